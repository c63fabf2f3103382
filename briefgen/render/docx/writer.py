"""Blocks → the body of a python-docx Document, in the real Word styles a reader can edit.

H1 becomes Title, H2 Heading 1, lists List Bullet / List Number, tables a table style,
quotes Quote.
"""

from __future__ import annotations

import io
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from briefgen.render import blocks as b
from briefgen.render.bidi import base_is_rtl, has_rtl
from briefgen.render.docx import wordml
from briefgen.render.docx.base import has_style

HEADING_STYLES = {1: "Title", 2: "Heading 1", 3: "Heading 2", 4: "Heading 3"}
TABLE_STYLE = "Light Grid Accent 1"


class Writer:
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
                wordml.bookmark(paragraph, span.anchor, self.bookmarks)
            if span.href:
                wordml.hyperlink(paragraph, span, self.accent)
                continue
            run = wordml.run(paragraph, span)
            if span.code:
                run.font.name = "Courier New"
            if not span.text.isascii() and has_rtl(span.text):  # isascii: C speed
                run._r.get_or_add_rPr().insert_element_before(
                    OxmlElement("w:rtl"), *wordml.AFTER_RTL
                )
        text = "".join(s.text for s in spans)
        if not text.isascii() and base_is_rtl(text):
            pPr = paragraph._p.get_or_add_pPr()  # noqa: N806 (the XML name)
            pPr.insert_element_before(OxmlElement("w:bidi"), *wordml.AFTER_BIDI)

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
        num_id = wordml.restart_numbering(self.document, block.start) if block.ordered else None
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
                    wordml.set_number(paragraph, num_id)
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
        from briefgen.render import chart, chart_draw

        size = float(self.settings["fonts.size"]) * 0.8
        width_pt = self.content_width.pt
        layout = chart.layout(block.entries, width_pt, size)
        picture = chart_draw.png(layout, *chart_draw.png_fonts(layout, self.settings))
        self.document.add_picture(io.BytesIO(picture), width=self.content_width)
