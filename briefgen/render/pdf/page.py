"""What every PDF page carries besides the text: marking, organisation, logo, page number.

The canvas keeps every page until the end so the footer can say "Page N of M"; then
it draws, in the margins, the classification marking at the top and bottom of every
page, the organisation at the top left, the logo at the top right of page 1, and the
page number at the bottom right. A long organisation name is wrapped (and, past the
lines the margin holds, set smaller) within the room left of the marking and the
logo, never over them.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from briefgen.render.bidi import visual_text
from briefgen.render.fonts import FontChain
from briefgen.render.lines import wrap

FOOT_SIZE = 8
GAP = 8.0  # points between the organisation and the marking or logo


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


def _logo_box(logo: Any, margin: float) -> tuple[Any, float, float]:
    """The logo's image and its drawn width and height (at most 45 mm wide)."""
    image = ImageReader(str(logo))
    width, height = image.getSize()
    box_h = margin * 0.6
    box_w = min(width * box_h / height, 45 * 72 / 25.4)
    return image, box_w, height * box_w / width


def _logo(canvas: Canvas, logo: Any, margin: float) -> None:
    image, box_w, box_h = _logo_box(logo, margin)
    page_w, page_h = canvas._pagesize
    canvas.drawImage(
        image, page_w - margin - box_w, page_h - margin * 0.85, box_w, box_h, mask="auto"
    )


def header_lines(
    text: str, room: float, fonts: FontChain, lines_max: int = 3
) -> tuple[list[str], float]:
    """The organisation in lines no wider than `room`, and the size to set them at:
    the footer size while `lines_max` lines hold it, smaller down to 5 pt, and past that
    broken wherever it must be (a word wider than the room breaks between letters)."""
    size = float(FOOT_SIZE)
    while True:
        lines = wrap(text, room, size, fonts.width)
        if len(lines) <= lines_max or size <= 5:
            return lines, size
        size -= 0.5


def header_rows(margin: float) -> int:
    """How many lines of the footer size fit in the top margin, between a quarter of
    it below the edge and 4 pt above the text (3 in a 16 mm margin)."""
    return max(1, int((margin * 0.75 - 4) // (FOOT_SIZE * 1.15)))


def organisation_room(
    page_width: float, margin: float, marking_width: float, logo_width: float
) -> float:
    """Width left for the organisation at the top left: up to the centred marking, and
    up to the logo where there is one."""
    right = page_width - margin
    if marking_width:
        right = min(right, (page_width - marking_width) / 2 - GAP)
    if logo_width:
        right = min(right, page_width - margin - logo_width - GAP)
    return max(right - margin, 36.0)


def page_furniture(settings: Any, fonts: FontChain, branding: Any, margin: float) -> type[Canvas]:
    """A canvas class that draws the page furniture when it saves."""
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
            total = len(self._pages)
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
                self._organisation(width, high)
            if marking:
                self.setFillColor(marking_colour)
                for y in (low, high):
                    draw_text(self, fonts, width / 2, y, marking, FOOT_SIZE + 1, True, "centre")
            if logo and self._pageNumber == 1:
                _logo(self, logo, margin)

        def _organisation(self, width: float, baseline: float) -> None:
            marking_w = fonts.width(visual_text(" ".join(marking.split())), FOOT_SIZE + 1, True)
            logo_w = _logo_box(logo, margin)[1] if logo and self._pageNumber == 1 else 0.0
            room = organisation_room(width, margin, marking_w if marking else 0.0, logo_w)
            lines, size = header_lines(organisation, room, fonts, header_rows(margin))
            if len(lines) == 1:  # on the marking's baseline
                draw_text(self, fonts, margin, baseline, lines[0], size)
                return
            # From a quarter of the margin below the page's top edge, downwards,
            # ending above the text (`header_rows` says how many lines fit).
            top = self._pagesize[1] - margin * 0.25 - size * 0.8
            for n, line in enumerate(lines):
                draw_text(self, fonts, margin, top - n * size * 1.15, line, size)

    return PageCanvas
