"""Blocks → PDF with reportlab's platypus.

Text reaches reportlab as `Paragraph` markup, which is live (it obeys `<font>`, reads
files named by `<img>`), so every span is escaped here with `escape.reportlab` and only
this module writes tags. Fonts are the bundled DejaVu Sans (Latin, Greek, Cyrillic),
embedded, so the PDF looks the same on every machine.
"""

from __future__ import annotations

import io
import itertools
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from briefgen.render import blocks as b
from briefgen.render.escape import reportlab as esc
from briefgen.render.escape import xml_attribute as quoteattr
from briefgen.render.escape import xml_clean
from briefgen.render.fontcache import load_font

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
FONT = "DejaVuSans"
PAGE_SIZES = {"A4": A4, "Letter": LETTER}


def register_fonts() -> str:
    """Register the bundled font family once; return its name."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        faces = {
            FONT: "DejaVuSans.ttf",
            f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
            f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf",
            f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
        }
        for name, file in faces.items():
            pdfmetrics.registerFont(load_font(name, FONT_DIR / file))
        pdfmetrics.registerFontFamily(
            FONT,
            normal=FONT,
            bold=f"{FONT}-Bold",
            italic=f"{FONT}-Oblique",
            boldItalic=f"{FONT}-BoldOblique",
        )
    return FONT


def _styles(accent: str) -> dict[str, ParagraphStyle]:
    font = register_fonts()
    colour = colors.HexColor(accent)
    body = ParagraphStyle(
        "Body",
        fontName=font,
        bulletFontName=font,
        fontSize=10,
        leading=13.5,
        alignment=TA_LEFT,
        spaceAfter=5,
        allowWidows=0,
        allowOrphans=0,
    )
    return {
        "body": body,
        "h1": ParagraphStyle(
            "Title",
            parent=body,
            fontName=f"{font}-Bold",
            fontSize=19,
            leading=23,
            textColor=colour,
            spaceAfter=4,
        ),
        "h2": ParagraphStyle(
            "Heading1",
            parent=body,
            fontName=f"{font}-Bold",
            fontSize=13,
            leading=16,
            textColor=colour,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "Heading2",
            parent=body,
            fontName=f"{font}-Bold",
            fontSize=11,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "bullet": ParagraphStyle("Bullet", parent=body, leftIndent=14, bulletIndent=3),
        "quote": ParagraphStyle(
            "Quote",
            parent=body,
            leftIndent=14,
            rightIndent=10,
            textColor=colors.HexColor("#333333"),
            borderPadding=(0, 0, 0, 6),
        ),
        "cell": ParagraphStyle("Cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "footer": ParagraphStyle("Footer", parent=body, fontSize=8, textColor=colors.grey),
    }


def markup(spans: tuple[b.Span, ...], link_colour: str = "#1F3A5F") -> str:
    """Spans → reportlab paragraph markup, every piece of text escaped."""
    out = []
    for span in spans:
        text = esc(span.text)
        if span.code:
            text = f'<font face="Courier">{text}</font>'
        if span.bold:
            text = f"<b>{text}</b>"
        if span.italic:
            text = f"<i>{text}</i>"
        if span.href:
            text = f"<a href={quoteattr(span.href)} color={quoteattr(link_colour)}>{text}</a>"
        if span.anchor:
            text = f"<a name={quoteattr(span.anchor)}/>{text}"
        out.append(text)
    return "".join(out)


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


def _flowables(
    blocks: tuple[b.Block, ...], styles: dict[str, ParagraphStyle], width: float, accent: str
) -> list[Flowable]:
    out: list[Flowable] = []
    bookmarks = itertools.count(1)
    for block in blocks:
        if isinstance(block, b.Heading):
            style = (
                styles["h1"]
                if block.level == 1
                else styles["h2"]
                if block.level == 2
                else styles["h3"]
            )
            out.append(_Bookmark(block.text, min(block.level - 1, 2), next(bookmarks)))
            out.append(Paragraph(markup(block.spans, accent), style))
            if block.level == 1:
                out.append(
                    HRFlowable(
                        width="100%", thickness=1.2, color=colors.HexColor(accent), spaceAfter=6
                    )
                )
        elif isinstance(block, b.Paragraph):
            out.append(Paragraph(markup(block.spans, accent), styles["body"]))
        elif isinstance(block, b.ListBlock):
            for n, item in enumerate(block.items, start=block.start):
                bullet = f"{n}." if block.ordered else "•"
                first = True
                for inner in item:
                    spans = inner.spans if isinstance(inner, b.Paragraph) else ()
                    out.append(
                        Paragraph(
                            markup(spans, accent),
                            styles["bullet"],
                            bulletText=bullet if first else None,
                        )
                    )
                    first = False
        elif isinstance(block, b.Table):
            out.append(_table(block, styles, width, accent))
        elif isinstance(block, b.Quote):
            inner = [
                Paragraph(markup(q.spans, accent), styles["quote"])
                for q in block.blocks
                if isinstance(q, b.Paragraph)
            ]
            out.append(KeepTogether(inner))
        elif isinstance(block, b.Rule):
            out.append(HRFlowable(width="100%", thickness=0.5, color=colors.grey))
    return out


def _table(block: b.Table, styles: dict[str, ParagraphStyle], width: float, accent: str) -> Table:
    columns = max([len(block.header)] + [len(r) for r in block.rows]) or 1
    header = [Paragraph(f"<b>{markup(c, accent)}</b>", styles["cell"]) for c in block.header]
    rows = [[Paragraph(markup(c, accent), styles["cell"]) for c in row] for row in block.rows]
    data = ([header] if header else []) + rows
    data = [r + [Paragraph("", styles["cell"])] * (columns - len(r)) for r in data]
    table = Table(data, colWidths=[width / columns] * columns, repeatRows=1 if header else 0)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Table cells default to Helvetica even when they hold Paragraphs.
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B0B7C3")),
                (
                    "BACKGROUND",
                    (0, 0),
                    (-1, 0),
                    colors.HexColor("#E8ECF2") if header else colors.white,
                ),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    table.spaceAfter = 6
    return table


class _NumberedCanvas(Canvas):
    """Holds every page until the end so the footer can say "Page N of M"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillColor(colors.grey)
            width = self._pagesize[0]
            self.drawCentredString(width / 2, 10 * mm, f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


def render_pdf(blocks: tuple[b.Block, ...], meta: dict[str, str], settings: Any) -> bytes:
    """The PDF bytes for `blocks`; `meta` holds title, author, subject and lang."""
    page = PAGE_SIZES[settings["page.size"]]
    margin = float(settings["page.margin_mm"]) * mm
    accent = settings["colours.accent"]
    styles = _styles(accent)
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
        creator="briefgen",
        lang=meta.get("lang", "en"),
        initialFontName=FONT,
        invariant=1,
    )
    story = _flowables(blocks, styles, doc.width, accent) or [Spacer(1, 1)]
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
