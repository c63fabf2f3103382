"""The WordprocessingML python-docx has no API for, written as XML directly.

Fields (PAGE, NUMPAGES), bookmarks, internal and external links, right-to-left
marks and list numbering instances. Every string passes through `xml_clean`, because
python-docx raises on characters XML cannot hold.
"""

from __future__ import annotations

import copy
from typing import Any

from docx.enum.text import WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from briefgen.render import blocks as b
from briefgen.render.bidi import has_rtl
from briefgen.render.escape import xml_clean

# Elements that must follow w:pBdr in a paragraph's properties.
PPR_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
)
# Elements that must follow w:rtl in a run's and w:bidi in a paragraph's properties.
AFTER_RTL = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
AFTER_BIDI = (
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
PPR_AFTER_PBDR += AFTER_BIDI


def field(paragraph: DocxParagraph, instruction: str, properties: Any = None) -> None:
    """Append a Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in.

    One run per part, as Word writes it: with the whole field in one run, LibreOffice
    set the number in the default size whatever the run's own.
    """
    for kind, text in (
        ("begin", None),
        (None, instruction),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        run = paragraph.add_run()
        if properties is not None:
            run._r.append(copy.deepcopy(properties))
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            tag = "w:instrText" if text == instruction else "w:t"
            element = OxmlElement(tag)
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} " if tag == "w:instrText" else text
        run._r.append(element)


def bookmark(paragraph: DocxParagraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.append(start)
    paragraph._p.append(end)


def run(paragraph: DocxParagraph, span: b.Span) -> Run:
    """A run holding `span`'s text, bold or italic as the span is.

    The text goes into one <w:t> directly unless it holds a tab or a line break:
    python-docx's `run.text` walks the text a character at a time to map those. Bold and
    italic are set only when on (setting them to None still adds an empty <w:rPr/>).
    """
    made = paragraph.add_run()
    text = xml_clean(span.text)
    if "\t" in text or "\n" in text or "\r" in text:
        made.text = text
    elif text:
        made._r.add_t(text)
    if span.bold or span.italic:  # as run.bold and run.italic write them, minus searches
        properties = OxmlElement("w:rPr")
        for on, tag in ((span.bold, "w:b"), (span.italic, "w:i")):
            if on:
                properties.append(OxmlElement(tag))
        made._r.insert(0, properties)
    return made


def hyperlink(paragraph: DocxParagraph, span: b.Span, accent: RGBColor) -> None:
    """A clickable run: `#name` links to a bookmark, anything else to a URL."""
    link = OxmlElement("w:hyperlink")
    href = span.href or ""
    if href.startswith("#"):
        link.set(qn("w:anchor"), href[1:])
    else:
        rel = paragraph.part.relate_to(href, RT.HYPERLINK, is_external=True)
        link.set(qn("r:id"), rel)
    link_run = run(paragraph, span)
    # What `run.font.color.rgb = accent` writes, without its generic child search: the
    # colour follows the run's b and i, the only properties a link's run has.
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), str(accent))
    link_run._r.get_or_add_rPr().append(colour)
    link.append(link_run._r)
    paragraph._p.append(link)


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


def set_number(paragraph: DocxParagraph, num_id: str) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = int(num_id)


def _edges(tag: str, edges: dict[str, dict[str, str]]) -> Any:
    element = OxmlElement(tag)
    for edge, attributes in edges.items():
        element.append(OxmlElement(f"w:{edge}", {qn(k): v for k, v in attributes.items()}))
    return element


def fix_table_layout(
    tbl: Any, twips: list[int], grid: str | None, margins: tuple[int, int] | None = None
) -> None:
    """Give a new table `tbl` fixed column widths (`twips` per column), its total width,
    thin `grid`-coloured rules (RRGGBB) as the PDF draws them (none if None), and cell
    `margins` in twips (sides, top and bottom) if given.

    Word lays out a table without widths as it likes (equal columns, or sized to its
    longest words in LibreOffice); `tblLayout fixed` makes both keep these widths. The
    properties are put before `w:tblLook`, in the schema's order (tblW, tblBorders,
    tblLayout, tblCellMar), directly: python-docx's ordered insert cost more than the
    rest of a table.
    """
    properties = tbl.tblPr
    for tag in ("w:tblW", "w:tblBorders", "w:tblLayout", "w:tblCellMar"):
        for old in properties.findall(qn(tag)):
            properties.remove(old)
    added = [OxmlElement("w:tblW", {qn("w:w"): str(sum(twips)), qn("w:type"): "dxa"})]
    if grid:
        rule = {"w:val": "single", "w:sz": "3", "w:space": "0", "w:color": grid}
        sides = ("top", "left", "bottom", "right", "insideH", "insideV")
        added.append(_edges("w:tblBorders", dict.fromkeys(sides, rule)))
    added.append(OxmlElement("w:tblLayout", {qn("w:type"): "fixed"}))
    if margins:
        side, top = ({"w:w": str(m), "w:type": "dxa"} for m in margins)
        edges = {"top": top, "left": side, "bottom": top, "right": side}
        added.append(_edges("w:tblCellMar", edges))
    look = properties.find(qn("w:tblLook"))
    for element in added:
        if look is None:
            properties.append(element)
        else:
            look.addprevious(element)
    for column, width in zip(tbl.tblGrid.findall(qn("w:gridCol")), twips, strict=True):
        column.set(qn("w:w"), str(width))


def keep_row_whole(tr: Any, header: bool) -> None:
    """Keep row `tr` on one page (`cantSplit`); a header row repeats on every page."""
    properties = tr.trPr
    if properties is None:  # a new row has none: put it first, without a search
        properties = OxmlElement("w:trPr")
        tr.insert(0, properties)
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


def cell_width(tc: Any, twips: int, fill: str | None = None) -> None:
    """Set cell `tc`'s width, and its background to `fill` (RRGGBB) when given."""
    properties = tc.get_or_add_tcPr()
    width = properties.find(qn("w:tcW"))
    if width is None:
        width = OxmlElement("w:tcW")
        properties.insert(0, width)
    width.set(qn("w:w"), str(twips))
    width.set(qn("w:type"), "dxa")
    if fill:
        shading = {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill}
        properties.append(OxmlElement("w:shd", shading))


def rule(paragraph: DocxParagraph, colour: str) -> None:
    """Make `paragraph` an empty line ruled along its bottom in `colour` (RRGGBB), 0.5 pt."""
    border = OxmlElement("w:pBdr")
    attributes = {"w:val": "single", "w:sz": "4", "w:space": "1", "w:color": colour}
    border.append(OxmlElement("w:bottom", {qn(k): v for k, v in attributes.items()}))
    properties = paragraph._p.get_or_add_pPr()
    properties.insert_element_before(border, *PPR_AFTER_PBDR)
    paragraph.paragraph_format.space_after = Pt(6)
    paragraph.paragraph_format.line_spacing = Pt(2)
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY


def small_run(
    paragraph: DocxParagraph, text: str, size: float, colour: str, bold: bool = False
) -> Any:
    """A run of `text` at `size` points in `colour` (RRGGBB), bold if asked, its
    properties written at once (python-docx's font setters search on every call).
    Returns the run's `w:rPr`, to copy onto the runs of a field."""
    properties = OxmlElement("w:rPr")
    if bold:
        properties.append(OxmlElement("w:b"))
    properties.append(OxmlElement("w:color", {qn("w:val"): colour}))
    properties.append(OxmlElement("w:sz", {qn("w:val"): str(round(size * 2))}))
    if not text.isascii() and has_rtl(text):  # set with the complex-script font, in order
        properties.append(OxmlElement("w:rtl"))
    run = paragraph.add_run()
    run._r.insert(0, properties)
    if text:
        run._r.add_t(xml_clean(text))
    return properties
