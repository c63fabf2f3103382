"""The page: size, margins, and the header and footer every page carries.

Placed as the PDF places them (render/pdf_page.py): the organisation at the top left,
the classification marking centred at the top and the bottom of every page, the logo
at the top right of page 1 only, and "Page N of M" at the bottom right. Header and
footer are each a borderless three-column table of fixed widths, so a long
organisation name wraps inside its own column instead of running over the marking
or under the logo.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from briefgen.render.docx import wordml
from briefgen.render.escape import xml_clean

PAGE_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}
FOOT_SIZE = 8  # as the PDF's page furniture
CENTRE_SHARE = 0.3  # of the text width, for the marking; the rest split left and right
LOGO_MAX_MM = 45  # the PDF's widest logo


def logo_size_mm(logo: Path, margin_mm: float) -> tuple[float, float]:
    """(width, height) of the logo as the PDF draws it: 0.6 of the margin high, at most
    45 mm wide, in proportion."""
    from docx.image.image import Image

    image = Image.from_file(str(logo))
    width, height = image.px_width, image.px_height
    box_h = margin_mm * 0.6
    box_w = min(width * box_h / height, LOGO_MAX_MM)
    return box_w, height * box_w / width


def _three_columns(part: Any, text_width: Any) -> list[DocxParagraph]:
    """A borderless 1×3 table at the margins in header or footer `part`; the first
    paragraph of each cell (left, centre, right aligned)."""
    side = int(text_width * (1 - CENTRE_SHARE) / 2)
    widths = [side, text_width - 2 * side, side]
    table = part.add_table(rows=1, cols=3, width=text_width)
    twips = [round(w / 635) for w in widths]  # EMU → twentieths of a point
    wordml.fix_table_layout(table._tbl, twips, None, margins=(0, 0))
    paragraphs = []
    aligns = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT)
    for cell, width, align in zip(table.rows[0].cells, twips, aligns, strict=True):
        wordml.cell_width(cell._tc, width)
        paragraph = cell.paragraphs[0]
        paragraph.alignment = align
        paragraph.paragraph_format.space_after = Pt(0)
        paragraphs.append(paragraph)
    return paragraphs


def _text(paragraph: DocxParagraph, text: str, colour: str, bold: bool = False) -> Any:
    """One line of page furniture: the PDF's size (a point larger for the bold marking)."""
    size = FOOT_SIZE + (1 if bold else 0)
    hex_colour = colour.lstrip("#").upper()
    return wordml.small_run(paragraph, text, size, hex_colour, bold)


def _empty(part: Any) -> None:
    part.is_linked_to_previous = False
    for paragraph in part.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    first = part.paragraphs[0]
    first.clear()
    first.paragraph_format.space_after = Pt(0)
    for table in part.tables:
        table._tbl.getparent().remove(table._tbl)


def _close(part: Any) -> None:
    """Move the part's empty paragraph after its table and make it 1 pt high: Word wants
    a header or footer to end with a paragraph, and a full line would push the text."""
    paragraph = part.paragraphs[0]
    element = paragraph._p
    element.getparent().append(element)
    paragraph.paragraph_format.line_spacing = Pt(1)
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    mark = OxmlElement("w:rPr")  # the paragraph mark's own size: 1 pt
    mark.append(OxmlElement("w:sz", {qn("w:val"): "2"}))
    element.get_or_add_pPr().insert_element_before(mark, "w:sectPr", "w:pPrChange")


def _header(part: Any, settings: Any, branding: Any, width: Any, logo: Path | None) -> None:
    _empty(part)
    organisation = getattr(branding, "organisation", "") or ""
    marking = getattr(branding, "classification", "") or ""
    if not (organisation or marking or logo):
        return
    left, centre, right = _three_columns(part, width)
    if organisation:
        _text(left, " ".join(organisation.split()), settings["colours.muted"])
    if marking:
        _text(centre, " ".join(marking.split()), settings["colours.marking"], bold=True)
    if logo:
        box_w, box_h = logo_size_mm(logo, float(settings["page.margin_mm"]))
        picture = right.add_run().add_picture(str(logo), width=Mm(box_w), height=Mm(box_h))
        label = f"Logo of {' '.join(organisation.split())}" if organisation else "Logo"
        picture._inline.docPr.set("descr", xml_clean(label))
    _close(part)


def _footer(part: Any, settings: Any, branding: Any, width: Any) -> None:
    _empty(part)
    marking = getattr(branding, "classification", "") or ""
    _, centre, right = _three_columns(part, width)
    if marking:
        _text(centre, " ".join(marking.split()), settings["colours.marking"], bold=True)
    muted = settings["colours.muted"]
    properties = _text(right, "Page ", muted)
    wordml.field(right, "PAGE", properties)
    _text(right, " of ", muted)
    wordml.field(right, "NUMPAGES", properties)
    _close(part)


def page_setup(document: Any, settings: Any, branding: Any) -> None:
    """Page size, margins, and the header and footer every page carries; with a logo,
    page 1 has a header of its own (the logo is on page 1 only, as in the PDF)."""
    width, height = PAGE_MM[settings["page.size"]]
    margin_mm = float(settings["page.margin_mm"])
    logo = getattr(branding, "logo", None)
    for section in document.sections:
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.left_margin = section.right_margin = Mm(margin_mm)
        section.top_margin = section.bottom_margin = Mm(margin_mm)
        # Where the PDF sets its top and bottom lines (0.45 of the margin from the edge).
        section.header_distance = section.footer_distance = Mm(margin_mm * 0.3)
        text_width = Mm(width - 2 * margin_mm)
        section.different_first_page_header_footer = bool(logo)
        _header(section.header, settings, branding, text_width, None)
        _footer(section.footer, settings, branding, text_width)
        if logo:
            _header(section.first_page_header, settings, branding, text_width, logo)
            _footer(section.first_page_footer, settings, branding, text_width)
