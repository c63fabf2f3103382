"""Blocks → DOCX with python-docx, using the real Word styles a reader can edit.

H1 becomes Title, H2 Heading 1, lists List Bullet / List Number, tables a table style,
quotes Quote. A `reference.docx` in the template folder, when there is one, is the
base document whose styles (and page furniture) every brief inherits, as pandoc's
`--reference-doc` does (see docx_base). python-docx has no API for fields, bookmarks, internal links
or right-to-left paragraphs, so this module writes those few elements as
WordprocessingML directly. Every string passes through `xml_clean`, because
python-docx raises on characters XML cannot hold.
"""

from __future__ import annotations

import io
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from briefgen.clock import now
from briefgen.render import blocks as b
from briefgen.render import docxzip
from briefgen.render.bidi import base_is_rtl, has_rtl
from briefgen.render.docx_base import base_key, has_style, new_document, prepared_base
from briefgen.render.escape import xml_clean

PAGE_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}
HEADING_STYLES = {1: "Title", 2: "Heading 1", 3: "Heading 2", 4: "Heading 3"}
TABLE_STYLE = "Light Grid Accent 1"
# Elements that must follow w:rtl in a run's and w:bidi in a paragraph's properties.
_AFTER_RTL = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def _field(paragraph: DocxParagraph, instruction: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in."""
    run = paragraph.add_run()
    for kind, text in (
        ("begin", None),
        (None, instruction),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            tag = "w:instrText" if text == instruction else "w:t"
            element = OxmlElement(tag)
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} " if tag == "w:instrText" else text
        run._r.append(element)


def _bookmark(paragraph: DocxParagraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.append(start)
    paragraph._p.append(end)


def _run(paragraph: DocxParagraph, span: b.Span) -> Run:
    """A run holding `span`'s text, bold or italic as the span is.

    The text goes into one <w:t> directly unless it holds a tab or a line break:
    python-docx's `run.text` walks the text a character at a time to map those. Bold and
    italic are set only when on (setting them to None still adds an empty <w:rPr/>).
    """
    run = paragraph.add_run()
    text = xml_clean(span.text)
    if "\t" in text or "\n" in text or "\r" in text:
        run.text = text
    elif text:
        run._r.add_t(text)
    if span.bold or span.italic:  # as run.bold and run.italic write them, minus searches
        properties = OxmlElement("w:rPr")
        for on, tag in ((span.bold, "w:b"), (span.italic, "w:i")):
            if on:
                properties.append(OxmlElement(tag))
        run._r.insert(0, properties)
    return run


def _hyperlink(paragraph: DocxParagraph, span: b.Span, accent: RGBColor) -> None:
    """A clickable run: `#name` links to a bookmark, anything else to a URL."""
    link = OxmlElement("w:hyperlink")
    href = span.href or ""
    if href.startswith("#"):
        link.set(qn("w:anchor"), href[1:])
    else:
        rel = paragraph.part.relate_to(href, RT.HYPERLINK, is_external=True)
        link.set(qn("r:id"), rel)
    run = _run(paragraph, span)
    # What `run.font.color.rgb = accent` writes, without its generic child search: the
    # colour follows the run's b and i, the only properties a link's run has.
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), str(accent))
    run._r.get_or_add_rPr().append(colour)
    link.append(run._r)
    paragraph._p.append(link)


class _Writer:
    """Appends blocks to a python-docx Document; numbers bookmarks as it goes."""

    def __init__(
        self, document: Any, accent: RGBColor, settings: Any, style_ids: dict[str, Any]
    ) -> None:
        self.document = document
        self.accent = accent
        self.settings = settings
        self.style_ids = style_ids
        section = document.sections[0]
        self.content_width = Emu(section.page_width - section.left_margin - section.right_margin)
        self.bookmarks = 0
        self.body = document.element.body
        self.end = self.body.sectPr  # the last child, kept last

    def spans(self, paragraph: DocxParagraph, spans: tuple[b.Span, ...]) -> None:
        for span in spans:
            if span.anchor:
                self.bookmarks += 1
                _bookmark(paragraph, span.anchor, self.bookmarks)
            if span.href:
                _hyperlink(paragraph, span, self.accent)
                continue
            run = _run(paragraph, span)
            if span.code:
                run.font.name = "Courier New"
            if not span.text.isascii() and has_rtl(span.text):  # isascii: C speed
                run._r.get_or_add_rPr().insert_element_before(OxmlElement("w:rtl"), *_AFTER_RTL)
        text = "".join(s.text for s in spans)
        if not text.isascii() and base_is_rtl(text):
            pPr = paragraph._p.get_or_add_pPr()  # noqa: N806 (the XML name)
            pPr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)

    def style_id(self, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH) -> str | None:
        """The id of style `name`, None for the default style or one the base lacks.

        Looked up once per base document and kept: python-docx scans every style of the
        document at each lookup by name, which, once per paragraph, cost more than the
        rest of the DOCX rendering together.
        """
        key = f"{kind.name}:{name}"
        if key not in self.style_ids:
            known = has_style(self.document, name)
            self.style_ids[key] = self.document.part.get_style_id(name, kind) if known else None
        return self.style_ids[key]

    def paragraph(self, style: str | None = None) -> DocxParagraph:
        """A new body paragraph in `style`, or the default one if the base lacks it.

        Put before the body's closing section properties as `document.add_paragraph`
        does, but without looking for them anew each time (a child search each call).
        """
        p = OxmlElement("w:p")
        if self.end is None:
            self.body.append(p)
        else:
            self.end.addprevious(p)
        if style:  # as `paragraph.style = ...` writes it: <w:pPr/> even without the style
            properties = OxmlElement("w:pPr")
            style_id = self.style_id(style)
            if style_id is not None:
                properties.append(OxmlElement("w:pStyle", {qn("w:val"): style_id}))
            p.append(properties)
        return DocxParagraph(p, self.document._body)

    def block(self, block: b.Block) -> None:
        if isinstance(block, b.Heading):
            style = HEADING_STYLES.get(block.level, "Heading 3")
            self.spans(self.paragraph(style), block.spans)
        elif isinstance(block, b.Paragraph):
            self.spans(self.paragraph(), block.spans)
        elif isinstance(block, b.ListBlock):
            self.list(block)
        elif isinstance(block, b.Table):
            self.table(block)
        elif isinstance(block, b.Quote):
            for inner in block.blocks:
                if isinstance(inner, b.Paragraph):
                    self.spans(self.paragraph("Quote"), inner.spans)
        elif isinstance(block, b.Rule):
            self.paragraph()
        elif isinstance(block, b.Chart):
            self.chart(block)

    def list(self, block: b.ListBlock) -> None:
        style = "List Number" if block.ordered else "List Bullet"
        num_id = restart_numbering(self.document, block.start) if block.ordered else None
        for n, item in enumerate(block.items, start=block.start):
            first = True
            for inner in item:
                if not isinstance(inner, b.Paragraph):
                    self.block(inner)
                    continue
                paragraph = self.paragraph(style)
                if first and block.ordered and num_id is None:
                    paragraph.add_run(f"{n}. ")  # no numbering in the base document
                elif num_id is not None:
                    _set_number(paragraph, num_id)
                self.spans(paragraph, inner.spans)
                first = False

    def table(self, block: b.Table) -> None:
        columns = max([len(block.header)] + [len(r) for r in block.rows]) or 1
        rows = ([block.header] if block.header else []) + list(block.rows)
        table = self.document.add_table(rows=len(rows), cols=columns)
        table_style = self.style_id(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
        if table_style:
            table._tbl.tblStyle_val = table_style
        # Row by row: python-docx's table.cell(r, c) rebuilds the list of every cell on
        # each call, which made a 40-actor table cost more than the rest of the document.
        for r, (table_row, row) in enumerate(zip(table.rows, rows, strict=True)):
            for cell, cell_spans in zip(table_row.cells, row, strict=False):
                paragraph = cell.paragraphs[0]
                self.spans(paragraph, cell_spans)
                if r == 0 and block.header:
                    for run in paragraph.runs:
                        run.bold = True
        self.paragraph()

    def chart(self, block: b.Chart) -> None:
        from briefgen.render import chart
        from briefgen.render.chart import draw as chart_draw

        size = float(self.settings["fonts.size"]) * 0.8
        width_pt = self.content_width.pt
        layout = chart.layout(block.entries, width_pt, size)
        picture = chart_draw.png(layout, *chart_draw.png_fonts(layout, self.settings))
        self.document.add_picture(io.BytesIO(picture), width=self.content_width)


def restart_numbering(document: Any, start: int) -> str | None:
    """A new numbering instance of the List Number style, starting at `start`.

    Word numbers every "List Number" paragraph in one sequence; each ordered list
    needs its own instance (`w:num` with a start override) to count from its start.
    None when the base document's List Number style has no numbering.
    """
    try:
        style = document.styles["List Number"]
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None
    num_ids = style.element.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    if not num_ids:
        return None
    abstract = numbering.xpath(f'./w:num[@w:numId="{num_ids[0]}"]/w:abstractNumId/@w:val')
    if not abstract:
        return None
    used = [int(n) for n in numbering.xpath("./w:num/@w:numId")]
    new_id = str(max(used, default=0) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), new_id)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), abstract[0])
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start_at = OxmlElement("w:startOverride")
    start_at.set(qn("w:val"), str(start))
    override.append(start_at)
    num.extend([ref, override])
    numbering.append(num)
    return new_id


def _set_number(paragraph: DocxParagraph, num_id: str) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = int(num_id)


def _marking(paragraph: DocxParagraph, text: str, colour: str) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(xml_clean(text))
    run.bold = True
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())


def _page_setup(document: Any, settings: Any, branding: Any) -> None:
    """Page size, margins, and the header and footer every page carries."""
    width, height = PAGE_MM[settings["page.size"]]
    margin_mm = float(settings["page.margin_mm"])
    marking = getattr(branding, "classification", "")
    colour = settings["colours.marking"]
    for section in document.sections:
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.left_margin = section.right_margin = Mm(margin_mm)
        section.top_margin = section.bottom_margin = Mm(margin_mm)
        section.header_distance = section.footer_distance = Mm(margin_mm / 3)
        header, footer = section.header, section.footer
        header.is_linked_to_previous = footer.is_linked_to_previous = False
        for part in (header, footer):
            for paragraph in part.paragraphs[1:]:
                paragraph._p.getparent().remove(paragraph._p)
            part.paragraphs[0].clear()
        top = header.paragraphs[0]
        if marking:
            _marking(top, marking, colour)
            top = header.add_paragraph()
        if getattr(branding, "logo", None):
            top.add_run().add_picture(str(branding.logo), height=Mm(10))
            top.add_run("  ")
        if getattr(branding, "organisation", ""):
            top.add_run(xml_clean(branding.organisation)).font.size = Pt(8)
        numbers = footer.paragraphs[0]
        numbers.alignment = WD_ALIGN_PARAGRAPH.CENTER
        numbers.add_run("Page ")
        _field(numbers, "PAGE")
        numbers.add_run(" of ")
        _field(numbers, "NUMPAGES")
        if marking:
            _marking(footer.add_paragraph(), marking, colour)


def render_docx(
    blocks: tuple[b.Block, ...], meta: dict[str, str], template: Any, branding: Any = None
) -> bytes:
    """The DOCX bytes for `blocks`; `meta` holds title, author, subject, keywords, lang."""
    settings = template.settings
    accent_hex = settings["colours.accent"].lstrip("#").upper()
    base = prepared_base(*base_key(template), accent_hex, settings["fonts.docx"] or "")
    document = new_document(base)
    writer = _Writer(document, RGBColor.from_string(accent_hex), settings, base.style_ids)
    _page_setup(document, settings, branding)
    for block in blocks:
        writer.block(block)
    props = document.core_properties
    # Core properties hold at most 255 characters; python-docx raises past that.
    props.title = xml_clean(meta.get("title", ""))[:255]
    props.author = xml_clean(meta.get("author", ""))[:255]
    props.subject = xml_clean(meta.get("subject", ""))[:255]
    props.keywords = xml_clean(meta.get("keywords", ""))
    props.category = xml_clean(getattr(branding, "classification", "") or "")
    props.comments = "Made by briefgen; citations [n:i] point to source n, sentence i."
    props.language = meta.get("lang", "en")
    when = now()
    props.created = props.modified = when.replace(tzinfo=None)
    props.last_modified_by = "briefgen"
    props.revision = 1
    # Not document.save(): it dates ZIP entries with the wall clock and deflates the
    # same style parts (hundreds of KB) for every brief (see docxzip).
    return docxzip.save(document, when, base.blobs)
