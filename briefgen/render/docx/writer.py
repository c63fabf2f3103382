"""Blocks → the body of a python-docx Document, in the real Word styles a reader can edit.

H1 becomes Title, H2 Heading 1, lists List Bullet / List Number, tables a table style,
quotes Quote.
"""

from __future__ import annotations

import dataclasses
import io
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from briefgen.render import blocks as b
from briefgen.render import chart
from briefgen.render.bidi import base_is_rtl, has_rtl
from briefgen.render.docx import wordml
from briefgen.render.docx.base import has_style
from briefgen.render.docx.columns import widths
from briefgen.render.docx.styles import TABLE_TEXT, Look
from briefgen.render.escape import xml_clean

HEADING_STYLES = {1: "Title", 2: "Heading 1", 3: "Heading 2", 4: "Heading 3"}
# Plain ruled cells, as the PDF draws them (colours and widths: wordml.fix_table_layout).
TABLE_STYLE = "Table Grid"
# Cell margins in twips: Word's own at the sides (0.075 in), the PDF's 3 pt above and below.
CELL_SIDES, CELL_TOP_BOTTOM = 108, 60


class Writer:
    """Appends blocks to a python-docx Document; numbers bookmarks as it goes."""

    def __init__(self, document: Any, look: Look, settings: Any, style_ids: dict[str, Any]) -> None:
        self.document = document
        self.look = look
        self.accent = RGBColor.from_string(look.accent)
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
            wordml.rule(self.paragraph(), "808080")  # the PDF's: 0.5 pt, grey
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
        """A table with columns sized to their text, a header row that repeats on
        every page, and rows that do not break across pages (a row taller than a page
        still does: Word and LibreOffice split it rather than lose it)."""
        columns = max([len(block.header)] + [len(r) for r in block.rows]) or 1
        rows = ([block.header] if block.header else []) + list(block.rows)
        table = self.document.add_table(rows=len(rows), cols=columns)
        tbl = table._tbl
        table_style = self.style_id(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
        if table_style:
            tbl.tblStyle_val = table_style
        size = self.look.size * 0.9
        texts = [
            [(b.plain_text(cell), r == 0 and bool(block.header)) for cell in row]
            for r, row in enumerate(rows)
        ]
        cells_by_column = [[row[c] for row in texts if c < len(row)] for c in range(columns)]
        twips = [round(w * 20) for w in widths(cells_by_column, self.content_width.pt, size)]
        wordml.fix_table_layout(tbl, twips, self.look.grid, (CELL_SIDES, CELL_TOP_BOTTOM))
        cell_style = self.style_id(TABLE_TEXT)
        # Row by row: python-docx's table.cell(r, c) rebuilds the list of every cell on
        # each call, which made a 40-actor table cost more than the rest of the document.
        for r, (table_row, row) in enumerate(zip(table.rows, rows, strict=True)):
            header = r == 0 and bool(block.header)
            wordml.keep_row_whole(table_row._tr, header)
            for c, cell in enumerate(table_row.cells):
                wordml.cell_width(cell._tc, twips[c], self.look.table_header if header else None)
                paragraph = cell.paragraphs[0]
                if cell_style:  # a new cell's paragraph is empty: its pPr goes first
                    style = OxmlElement("w:pStyle", {qn("w:val"): cell_style})
                    paragraph._p.insert(0, OxmlElement("w:pPr"))
                    paragraph._p[0].append(style)
                if c < len(row):
                    spans = row[c]
                    if header:
                        spans = tuple(dataclasses.replace(span, bold=True) for span in spans)
                    self.spans(paragraph, spans)
        self.paragraph()

    def chart(self, block: b.Chart) -> None:
        from briefgen.render.chart import draw as chart_draw

        size = float(self.settings["fonts.size"]) * 0.8
        width_pt = self.content_width.pt
        layout = chart.layout(block.entries, width_pt, size)
        picture = chart_draw.png(layout, *chart_draw.png_fonts(layout, self.settings))
        shape = self.document.add_picture(io.BytesIO(picture), width=self.content_width)
        shape._inline.docPr.set("descr", chart_alt_text(block.entries))


def keep_end_together(body: Any, paragraphs: int = 3) -> None:
    """Keep the last `paragraphs` paragraphs of `body` on one page, so that the closing
    lines (distribution, the note on citations) never stand alone on the last page:
    they bring the last item before them along."""
    kept = 0
    for element in reversed(body):
        if element.tag == qn("w:sectPr"):
            continue
        if element.tag != qn("w:p") or kept == paragraphs:
            break
        if kept:  # the last paragraph has nothing to keep with
            element.get_or_add_pPr().keepNext_val = True
        kept += 1


def chart_alt_text(entries: tuple[chart.Entry, ...]) -> str:
    """What the stance chart shows, in words, for a reader who cannot see it:
    "Stance chart. Proposes: A. Supports: B, C. Opposes: D."."""
    parts = ["Stance chart."]
    for stance in chart.STANCE_ORDER:
        names = [xml_clean(e.name) for e in entries if e.stance == stance]
        if names:
            parts.append(f"{chart.STANCE_LABELS[stance]}: {', '.join(names)}.")
    return " ".join(parts)
