"""What every PDF page carries besides the text: marking, organisation, logo, page number.

The canvas keeps every page until the end so the footer can say "Page N of M"; then
it draws, in the margins, the classification marking at the top and bottom of every
page, the organisation at the top left, the logo at the top right of page 1, and the
page number at the bottom right.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from briefgen.render.bidi import visual_text
from briefgen.render.fonts import FontChain

FOOT_SIZE = 8


def draw_text(
    canvas: Canvas,
    fonts: FontChain,
    x: float,
    y: float,
    text: str,
    size: float,
    bold: bool = False,
    align: str = "left",
) -> None:
    """Draw one line of any script at (x, y), aligned left, centre or right of x."""
    text = visual_text(" ".join(text.split()))
    width = fonts.width(text, size, bold)
    x -= {"left": 0.0, "centre": width / 2, "right": width}[align]
    for font, piece in fonts.runs(text, bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += fonts.width(piece, size, bold)


def _logo(canvas: Canvas, logo: Any, margin: float) -> None:
    image = ImageReader(str(logo))
    width, height = image.getSize()
    box_h = margin * 0.6
    box_w = min(width * box_h / height, 45 * 72 / 25.4)
    box_h = height * box_w / width
    page_w, page_h = canvas._pagesize
    canvas.drawImage(
        image, page_w - margin - box_w, page_h - margin * 0.85, box_w, box_h, mask="auto"
    )


def page_furniture(
    settings: Any, fonts: FontChain, branding: Any, margin: float
) -> tuple[type[Canvas], dict[str, int]]:
    """A canvas class that draws the page furniture, and a dict that gets the page total."""
    pages = {"total": 0}
    marking = getattr(branding, "classification", "") or ""
    organisation = getattr(branding, "organisation", "") or ""
    logo = getattr(branding, "logo", None)
    muted = colors.HexColor(settings["colours.muted"])
    marking_colour = colors.HexColor(settings["colours.marking"])

    class PageCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = pages["total"] = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furnish(total)
                super().showPage()
            super().save()

        def _furnish(self, total: int) -> None:
            width, height = self._pagesize
            low, high = margin * 0.45, height - margin * 0.55
            self.setFillColor(muted)
            draw_text(
                self,
                fonts,
                width - margin,
                low,
                f"Page {self._pageNumber} of {total}",
                FOOT_SIZE,
                align="right",
            )
            if organisation:
                draw_text(self, fonts, margin, high, organisation, FOOT_SIZE)
            if marking:
                self.setFillColor(marking_colour)
                for y in (low, high):
                    draw_text(self, fonts, width / 2, y, marking, FOOT_SIZE + 1, True, "centre")
            if logo and self._pageNumber == 1:
                _logo(self, logo, margin)

    return PageCanvas, pages
