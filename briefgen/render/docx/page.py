"""The page: size, margins, and the header and footer every page carries."""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from briefgen.render.docx import wordml
from briefgen.render.escape import xml_clean

PAGE_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}


def _marking(paragraph: DocxParagraph, text: str, colour: str) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(xml_clean(text))
    run.bold = True
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())


def page_setup(document: Any, settings: Any, branding: Any) -> None:
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
        wordml.field(numbers, "PAGE")
        numbers.add_run(" of ")
        wordml.field(numbers, "NUMPAGES")
        if marking:
            _marking(footer.add_paragraph(), marking, colour)
