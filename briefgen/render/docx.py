"""Blocks → DOCX with python-docx, using the real Word styles a reader can edit.

H1 becomes Title, H2 Heading 1, lists List Bullet / List Number, tables a table style,
quotes Quote. python-docx has no API for fields, bookmarks or internal links, so this
module writes those few elements as WordprocessingML directly. Every string passes
through `xml_clean`, because python-docx raises on characters XML cannot hold.
"""

from __future__ import annotations

import copy
import functools
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from briefgen.clock import now
from briefgen.render import blocks as b
from briefgen.render import docxzip
from briefgen.render.escape import xml_clean

PAGE_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}
HEADING_STYLES = {1: "Title", 2: "Heading 1", 3: "Heading 2", 4: "Heading 3"}


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
    if span.bold:
        run.bold = True
    if span.italic:
        run.italic = True
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
    run.font.color.rgb = accent
    link.append(run._r)
    paragraph._p.append(link)


class _Writer:
    """Appends blocks to a python-docx Document; numbers bookmarks as it goes."""

    def __init__(self, document: Any, accent: RGBColor) -> None:
        self.document = document
        self.accent = accent
        self.bookmarks = 0

    def paragraph(self, style: str | None = None) -> DocxParagraph:
        """A new paragraph in `style` (set by id: see `_style_id`)."""
        paragraph = self.document.add_paragraph()
        if style is not None:
            paragraph._p.style = _style_id(style, WD_STYLE_TYPE.PARAGRAPH)
        return paragraph

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

    def block(self, block: b.Block, list_level: int = 0) -> None:
        if isinstance(block, b.Heading):
            paragraph = self.paragraph(HEADING_STYLES.get(block.level, "Heading 3"))
            self.spans(paragraph, block.spans)
        elif isinstance(block, b.Paragraph):
            self.spans(self.paragraph(), block.spans)
        elif isinstance(block, b.ListBlock):
            style = "List Number" if block.ordered else "List Bullet"
            for item in block.items:
                for inner in item:
                    if isinstance(inner, b.Paragraph):
                        self.spans(self.paragraph(style), inner.spans)
                    else:
                        self.block(inner, list_level + 1)
        elif isinstance(block, b.Table):
            self.table(block)
        elif isinstance(block, b.Quote):
            for inner in block.blocks:
                if isinstance(inner, b.Paragraph):
                    self.spans(self.paragraph("Quote"), inner.spans)
        elif isinstance(block, b.Rule):
            self.paragraph()

    def table(self, block: b.Table) -> None:
        columns = max([len(block.header)] + [len(r) for r in block.rows]) or 1
        rows = ([block.header] if block.header else []) + list(block.rows)
        table = self.document.add_table(rows=len(rows), cols=columns)
        table._tbl.tblStyle_val = _style_id("Light Grid Accent 1", WD_STYLE_TYPE.TABLE)
        # Row by row: python-docx's table.cell(r, c) rebuilds the list of every cell on
        # each call, which made a 40-actor table cost more than the rest of the document.
        for table_row, row in zip(table.rows, rows, strict=True):
            for cell, cell_spans in zip(table_row.cells, row, strict=False):
                self.spans(cell.paragraphs[0], cell_spans)
        self.paragraph()


def _page_setup(document: Any, settings: Any) -> None:
    width, height = PAGE_MM[settings["page.size"]]
    margin = Mm(float(settings["page.margin_mm"]))
    for section in document.sections:
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = margin
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("Page ")
        _field(footer, "PAGE")
        footer.add_run(" of ")
        _field(footer, "NUMPAGES")


@functools.lru_cache(maxsize=1)
def _blank() -> Any:
    """python-docx's empty document, parsed once per process; each brief starts from a
    deep copy (half the cost of parsing it again, and the same bytes)."""
    return Document()


@functools.lru_cache(maxsize=64)
def _style_id(name: str, kind: WD_STYLE_TYPE) -> str | None:
    """The id of style `name` in the blank document every brief starts from.

    python-docx scans every style of the document at each lookup by name; done per
    paragraph, that cost more than the rest of the DOCX rendering together.
    """
    return _blank().part.get_style_id(name, kind)


def render_docx(blocks: tuple[b.Block, ...], meta: dict[str, str], settings: Any) -> bytes:
    """The DOCX bytes for `blocks`; `meta` holds title, author, subject and lang."""
    document = copy.deepcopy(_blank())
    accent_hex = settings["colours.accent"].lstrip("#")
    accent = RGBColor.from_string(accent_hex.upper())
    for name in ("Title", "Heading 1", "Heading 2"):
        document.styles[name].font.color.rgb = accent
    _page_setup(document, settings)
    writer = _Writer(document, accent)
    for block in blocks:
        writer.block(block)
    props = document.core_properties
    props.title = xml_clean(meta.get("title", ""))
    props.author = xml_clean(meta.get("author", ""))
    props.subject = xml_clean(meta.get("subject", ""))[:255]
    props.language = meta.get("lang", "en")
    when = now()
    props.created = props.modified = when.replace(tzinfo=None)
    props.last_modified_by = "briefgen"
    props.revision = 1
    # Not document.save(): it dates ZIP entries with the wall clock and deflates the
    # same 800 KB of style parts for every brief (see docxzip).
    return docxzip.save(document, when)
