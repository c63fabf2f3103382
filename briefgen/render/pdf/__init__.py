"""Blocks → PDF with reportlab's platypus.

Fonts are embedded (subset) TrueType fonts from the template's font chain, so the PDF
looks the same on every machine and prints every script some font covers; text goes
through `pdf.text`, which escapes it and picks a font per run. Headings become PDF
bookmarks and stay with what follows; paragraphs leave no widowed or orphaned line;
the page furniture (marking, organisation, logo, "Page N of M") is in `pdf.page`.

`lay_out` places the text on pages and `Layout.finish` writes the PDF: a page budget
(`render.fit`) measures several trimmed versions of a brief and writes only the one
kept; a version that runs past the budget is not even laid out to its end.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from briefgen.errors import RenderError
from briefgen.render import blocks as b
from briefgen.render import chart
from briefgen.render.chart import draw as chart_draw
from briefgen.render.escape import xml_clean
from briefgen.render.fonts import FontChain, font_chain
from briefgen.render.pdf.fixes import fix_to_unicode, pieces
from briefgen.render.pdf.page import page_furniture
from briefgen.render.pdf.styles import styles_for
from briefgen.render.pdf.subsets import keep_subsets
from briefgen.render.pdf.text import paragraph

PAGE_SIZES = {"A4": A4, "Letter": LETTER}


@dataclass
class PdfResult:
    """The bytes, the page count (for page budgets) and what could not be drawn."""

    data: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)


class _PastBudget(Exception):
    """Layout reached a page past the budget: the page count is all that was asked."""


class Layout:
    """A PDF laid out but not yet written: its page count, and `finish` to write it."""

    def __init__(
        self, doc: SimpleDocTemplate, buffer: io.BytesIO, fonts: FontChain, complete: bool
    ) -> None:
        self._doc, self._buffer, self._fonts = doc, buffer, fonts
        self._result: PdfResult | None = None
        self.pages = doc.page  # reportlab's count of the pages begun
        self.complete = complete
        """False when layout stopped at the first page past the budget (`pages` is
        then budget + 1): such a layout cannot be finished."""

    def finish(self) -> PdfResult:
        """The PDF: the page furniture drawn and the file written (once)."""
        if self._result is None:
            if not self.complete:
                raise ValueError("a layout cut short at the page budget cannot be written")
            self._doc.canv.save()
            self._result = PdfResult(self._buffer.getvalue(), self.pages, self._fonts.warnings())
        return self._result


class _Bookmark(Flowable):
    """A zero-size flowable that adds a heading to the PDF outline where it lands."""

    def __init__(self, title: str, level: int, number: int) -> None:
        super().__init__()
        self.title, self.level = title, level
        # Numbered per document, not id(self): the key is written into the PDF, and
        # object addresses differ from process to process.
        self.key = f"h{number}"

    def wrap(self, *_: Any) -> tuple[int, int]:
        return (0, 0)

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level)


class _Writer:
    """Blocks → flowables under one set of styles, fonts and page width."""

    def __init__(self, settings: Any, fonts: FontChain, width: float, height: float) -> None:
        self.settings, self.fonts, self.width, self.height = settings, fonts, width, height
        self.styles = styles_for(settings, fonts)
        self.accent = settings["colours.accent"]
        # Links name their colour as rgb(): reportlab reads a "#RRGGBB" attribute only
        # after trying it as a Python literal, 5 times slower, for every citation.
        accent = colors.HexColor(self.accent)
        self.link = "rgb({},{},{})".format(*(round(c * 255) for c in accent.rgb()))
        self.level = -1  # outline level of the last heading
        self.bookmarks = 0
        self.first_rows = 0.0  # see `table`

    def para(self, spans: tuple[b.Span, ...], style: str, bullet: str | None = None) -> Flowable:
        return paragraph(spans, self.styles[style], self.fonts, self.link, bullet)

    def paras(
        self, spans: tuple[b.Span, ...], style: str, bullet: str | None = None
    ) -> list[Flowable]:
        """Like `para`, cut into pieces when long, so layout time stays linear."""

        def make(part: tuple[b.Span, ...], piece_style: ParagraphStyle, mark: str | None):
            return paragraph(part, piece_style, self.fonts, self.link, mark)

        return pieces(spans, self.styles[style], make, bullet)

    def blocks(self, blocks: tuple[b.Block, ...]) -> list[Flowable]:
        laid: list[tuple[b.Block, list[Flowable]]] = []
        done = None  # a table already laid out under its heading
        for block, after in zip(blocks, (*blocks[1:], None), strict=True):
            if isinstance(block, b.Heading) and isinstance(after, b.Table):
                laid.append((after, self.heading_over_table(block, after)))
                done = after
            elif block is not done:
                laid.append((block, self.block(block)))
        _keep_closing_with_content(laid)
        return [flowable for _, flowables in laid for flowable in flowables]

    def heading_over_table(self, heading: b.Heading, table: b.Table) -> list[Flowable]:
        """A heading kept with the first rows of the table under it, not the whole table.

        `keepWithNext` would hold the heading and the table together and so move a
        long table whole to the next page, leaving half a page empty: the heading is
        released, and a conditional page break asks for room for it and two rows.
        """
        flowables = self.block(heading)
        for flowable in flowables:
            flowable.keepWithNext = 0  # overrides the heading style's
        rows = self.table(table, measure=True)
        need = sum(f.wrap(self.width, self.height)[1] + f.getSpaceBefore() for f in flowables)
        return [CondPageBreak(need + self.first_rows), *flowables, rows]

    def block(self, block: b.Block) -> list[Flowable]:
        if isinstance(block, b.Heading):
            style = {1: "h1", 2: "h2"}.get(block.level, "h3")
            # An outline cannot skip a level (an H3 straight under the H1 goes one down).
            self.level = min(block.level - 1, 2, self.level + 1)
            self.bookmarks += 1
            bookmark = _Bookmark(block.text, self.level, self.bookmarks)
            out = [bookmark, *self.paras(block.spans, style)]
            if block.level == 1:
                rule = HRFlowable(
                    width="100%", thickness=1.2, color=colors.HexColor(self.accent), spaceAfter=6
                )
                out.append(rule)
            return out
        if isinstance(block, b.Paragraph):
            return self.paras(block.spans, "body")
        if isinstance(block, b.ListBlock):
            return self.list(block)
        if isinstance(block, b.Table):
            return [self.table(block)]
        if isinstance(block, b.Quote):
            inner = [
                piece
                for q in block.blocks
                if isinstance(q, b.Paragraph)
                for piece in self.paras(q.spans, "quote")
            ]
            return [KeepTogether(inner)]
        if isinstance(block, b.Rule):
            return [HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceAfter=6)]
        if isinstance(block, b.Chart):
            size = float(self.settings["fonts.size"]) * 0.8
            layout = chart.layout(block.entries, self.width, size, self.fonts.width)
            return [chart_draw.drawing(layout, self.fonts), Spacer(1, 6)]
        return []

    def list(self, block: b.ListBlock) -> list[Flowable]:
        """The items, the first two and the last two kept together, so no page holds
        a list's single first or last item."""
        items: list[list[Flowable]] = []
        style = "number" if block.ordered else "bullet"
        for n, item in enumerate(block.items, start=block.start):
            bullet: str | None = f"{n}." if block.ordered else "•"
            out: list[Flowable] = []
            for inner in item:
                if isinstance(inner, b.Paragraph):
                    out.extend(self.paras(inner.spans, style, bullet))
                    bullet = None
                else:
                    out.extend(self.block(inner))
            items.append(out)
        for n in {0, len(items) - 2} if len(items) > 1 else ():
            if items[n]:
                items[n][-1].keepWithNext = 1
        return [flowable for item in items for flowable in item]

    def table(self, block: b.Table, measure: bool = False) -> Table:
        """The table; with `measure`, `first_rows` is left holding the height of its
        header and first row."""
        columns = max([len(block.header)] + [len(r) for r in block.rows]) or 1
        header = [self.paras(c, "cell_head") for c in block.header]
        rows = [[self.paras(c, "cell") for c in row] for row in block.rows]
        data = ([header] if header else []) + rows
        data = [r + [Paragraph("", self.styles["cell"])] * (columns - len(r)) for r in data]
        size = self.styles["cell"].fontSize
        widths = _column_widths(block, columns, self.width, self.fonts, size)
        # Rows move whole to the next page, the header row repeated on top. Only a
        # table with a row taller than a page (a hostile actor name) may split inside
        # rows: splitting inside rows also lets reportlab end a page part-way through
        # a row that would fit whole on the next, and then repeat the header mid-page.
        heights = [_row_height(row, widths) for row in data]
        tall = any(h > self.height * 0.8 for h in heights)
        if measure:
            self.first_rows = sum(heights[:2])
        table = Table(data, colWidths=widths, repeatRows=1 if header else 0, splitInRow=int(tall))
        head_bg = colors.HexColor(self.settings["colours.table_header"])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    # Table cells default to Helvetica even when they hold Paragraphs.
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.face()),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B0B7C3")),
                    ("BACKGROUND", (0, 0), (-1, 0), head_bg if header else colors.white),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        table.spaceAfter = 8
        return table


def _keep_closing_with_content(laid: list[tuple[b.Block, list[Flowable]]]) -> None:
    """Keep the closing line (and a distribution line before it) with the end of what
    precedes it, so no page holds only the closing line. A table before it is left
    alone: keeping with a table moves the whole table."""
    if len(laid) < 2 or not isinstance(laid[-1][0], b.Paragraph):
        return
    before = len(laid) - 2
    if isinstance(laid[before][0], b.Paragraph) and before > 0:
        laid[before][1][-1].keepWithNext = 1  # the distribution line
        before -= 1
    block, flowables = laid[before]
    if flowables and not isinstance(block, b.Table | b.Chart):
        flowables[-1].keepWithNext = 1


def _row_height(row: list[Any], widths: list[float]) -> float:
    """The height a table row takes: its tallest cell, padding included."""
    tallest = 0.0
    for cell, width in zip(row, widths, strict=False):
        flowables = cell if isinstance(cell, list) else [cell]
        tallest = max(tallest, sum(f.wrap(width - 12, 1e9)[1] for f in flowables))
    return tallest + 6


def _column_widths(
    block: b.Table, columns: int, width: float, fonts: FontChain, size: float
) -> list[float]:
    """Column widths: each at least as wide as its longest word (so no word breaks),
    the rest of the page shared by how much text each column holds."""
    floor = [12.0] * columns
    text = [1.0] * columns
    for row in (block.header, *block.rows):
        for c, cell in enumerate(row):
            words = b.plain_text(cell).split() or [""]
            longest = max(fonts.width(w, size, bold=True) for w in words) + 14  # 6 pt padding
            floor[c] = min(max(floor[c], longest), width * 0.3)
            text[c] += min(400.0, fonts.width(b.plain_text(cell), size))
    spare = max(0.0, width - sum(floor))
    total = sum(text)
    widths = [f + spare * t / total for f, t in zip(floor, text, strict=True)]
    scale = width / sum(widths)
    return [w * scale for w in widths]


def render_pdf(
    blocks: tuple[b.Block, ...], meta: dict[str, str], settings: Any, branding: Any = None
) -> PdfResult:
    """The PDF for `blocks`; `meta` holds title, author, subject, keywords and lang."""
    return lay_out(blocks, meta, settings, branding).finish()


def lay_out(
    blocks: tuple[b.Block, ...],
    meta: dict[str, str],
    settings: Any,
    branding: Any = None,
    max_pages: int = 0,
) -> Layout:
    """`blocks` laid out on pages, not yet written (see `render_pdf` for the rest).

    With `max_pages`, layout stops on the first page past it: a page budget needs no
    more than "too long" of such a version, whose bytes are never written.
    """
    fix_to_unicode()
    keep_subsets()
    page = PAGE_SIZES[settings["page.size"]]
    margin = float(settings["page.margin_mm"]) * mm
    fonts = font_chain(settings)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=xml_clean(meta.get("title", "")),
        author=xml_clean(meta.get("author", "")),
        subject=xml_clean(meta.get("subject", "")),
        keywords=xml_clean(meta.get("keywords", "")),
        creator="briefgen",
        lang=meta.get("lang", "en"),
        initialFontName=fonts.face(),
        invariant=1,
    )
    doc._doSave = 0  # reportlab's own switch: `build` lays out, `finish` saves
    # The frame pads its content by 6 pt a side: tables and charts get what is left.
    writer = _Writer(settings, fonts, doc.width - 12, doc.height - 12)
    story = writer.blocks(blocks) or [Spacer(1, 1)]
    canvasmaker = page_furniture(settings, fonts, branding, margin)

    def begin_later_page(_: Any, doc: SimpleDocTemplate) -> None:
        if max_pages and doc.page > max_pages:  # `page` counts the pages begun
            raise _PastBudget

    try:
        doc.build(story, onLaterPages=begin_later_page, canvasmaker=canvasmaker)
    except LayoutError as exc:  # e.g. margins so wide that a word cannot fit a line
        raise RenderError(f"PDF: something is too large for the page ({exc})") from exc
    except _PastBudget:
        return Layout(doc, buffer, fonts, complete=False)
    return Layout(doc, buffer, fonts, complete=True)
