"""Drawing a chart `Layout`: reportlab graphics for the PDF, Pillow for the DOCX's PNG.

Both drawers use the document's fonts, so a name in Chinese or Arabic prints with the
same fonts as the text around the chart. (reportlab's own PNG renderer needs the
rlPyCairo or rl_renderPM add-on; Pillow is already a reportlab dependency.) The PNG
is measured with cached metrics when the main faces draw every label (`chart.fonts`:
no reportlab in a process that makes only the DOCX), else with the whole font chain.
"""

from __future__ import annotations

import functools
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from briefgen.render.bidi import visual_text
from briefgen.render.chart import Label, Layout
from briefgen.render.chart.fonts import chart_fonts
from briefgen.render.fonts import FontChain, font_chain, font_file

ELLIPSIS = "…"


class Fonts(Protocol):
    """What the PNG drawer needs: a `FontChain`, or `chart.fonts.ChartFonts`."""

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]: ...

    def width(self, text: str, size: float, bold: bool = False) -> float: ...


def png_fonts(chart: Layout, settings: Any) -> tuple[Fonts, Callable[[str], Path]]:
    """The fonts to draw `chart`'s PNG with, and how to find a font's file by its name.

    The cached metrics of the main faces when they draw every label (and the ellipsis
    that may shorten it), else the PDF's whole chain, which switches fonts per character.
    """
    light = chart_fonts(settings)
    if light is not None and all(
        light.covers(visual_text(label.text) + ELLIPSIS, label.bold) for label in chart.labels
    ):
        return light, Path
    return font_chain(settings), font_file


def fitted(text: str, label: Label, fonts: Fonts) -> str:
    """The label's text, shortened at a word or character with '…' to fit its width."""
    text = visual_text(text)
    if not label.max_width or fonts.width(text, label.size, label.bold) <= label.max_width:
        return text
    for end in range(len(text) - 1, 0, -1):
        candidate = text[:end].rstrip() + ELLIPSIS
        if fonts.width(candidate, label.size, label.bold) <= label.max_width:
            return candidate
    return ""


def drawing(chart: Layout, fonts: FontChain) -> Any:
    """A reportlab `Drawing` (a flowable) of the chart."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    out = Drawing(chart.width, chart.height)
    out.initialFontName = fonts.face()  # else reportlab selects Helvetica, unembedded
    for box in chart.boxes:
        out.add(
            Rect(
                box.x,
                box.y,
                box.width,
                box.height,
                fillColor=colors.HexColor(box.fill),
                strokeColor=None,
            )
        )
    for label in chart.labels:
        x = label.x
        for font, piece in fonts.runs(fitted(label.text, label, fonts), label.bold):
            out.add(
                String(
                    x,
                    label.y,
                    piece,
                    fontName=font,
                    fontSize=label.size,
                    fillColor=colors.HexColor(label.colour),
                )
            )
            x += fonts.width(piece, label.size, label.bold)
    return out


def png(
    chart: Layout,
    fonts: Fonts,
    files: Callable[[str], Path] = font_file,
    dpi: int = 200,
) -> bytes:
    """The chart as PNG bytes at `dpi` (its size in points stays the same); `files`
    gives the file of each font name `fonts.runs` returns."""
    from PIL import Image, ImageDraw

    scale = dpi / 72
    size = (max(1, round(chart.width * scale)), max(1, round(chart.height * scale)))
    image = Image.new("RGB", size, "white")
    pen = ImageDraw.Draw(image)

    def flip(y: float) -> float:
        return (chart.height - y) * scale

    for box in chart.boxes:
        pen.rectangle(
            (box.x * scale, flip(box.y + box.height), (box.x + box.width) * scale, flip(box.y)),
            fill=box.fill,
        )
    for label in chart.labels:
        x = label.x
        for font, piece in fonts.runs(fitted(label.text, label, fonts), label.bold):
            face = _truetype(str(files(font)), round(label.size * scale))
            pen.text((x * scale, flip(label.y)), piece, font=face, fill=label.colour, anchor="ls")
            x += fonts.width(piece, label.size, label.bold)
    return png_bytes(image)


@functools.lru_cache(maxsize=64)
def _truetype(path: str, pixels: int) -> Any:
    """A Pillow font, loaded once per process (the file is parsed at each load)."""
    from PIL import ImageFont

    return ImageFont.truetype(path, pixels)


def png_bytes(image: Any) -> bytes:
    """An RGB Pillow image as PNG: rows unfiltered, deflated at zlib's level 3.

    Not Pillow's encoder: it picks a filter for every row, which on a chart (flat
    colours, white space) costs more than it gains, and saving imports five image
    plugins (8 ms). A typical chart: Pillow 6.8 ms and 23 KB; unfiltered, level 6
    (zlib's default) 3.8 ms and 19 KB, level 3 1.9 ms and 24 KB.
    """
    width, height = image.size
    raw = image.tobytes()
    stride = 3 * width
    rows = b"".join(b"\0" + raw[i : i + stride] for i in range(0, len(raw), stride))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    chunks = ((b"IHDR", header), (b"IDAT", zlib.compress(rows, 3)), (b"IEND", b""))
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        for kind, data in chunks
    )
