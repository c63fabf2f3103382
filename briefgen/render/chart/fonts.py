"""Text widths for the DOCX's stance chart without importing reportlab.

The chart's labels are cut to fit with the PDF's font metrics (`fonts.FontChain`),
and building that chain imports reportlab and registers every face: 55 ms in a
process that makes only the DOCX (a `--jobs` worker, or `-f docx`). The chart needs
far less: the advance widths and the characters of its two faces (regular and bold).
So the first run takes them from reportlab, the same numbers `FontChain.width` uses,
and keeps them in a small cache file per font file; later runs read that file (under
a millisecond). Labels that need a character the main face lacks (a Chinese name)
still go through the whole chain, which switches fonts and finds system ones.

Anything unexpected with the cache (no folder, a damaged file) falls back to reportlab,
which is always correct.
"""

from __future__ import annotations

import functools
import marshal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.render import cachefiles
from briefgen.render.fonts import main_faces

FORMAT = 1  # bump when what is stored changes
CHART_STYLES = ("regular", "bold")  # the chart draws no italics
# Checked against reportlab before metrics are kept: `width` must give its very floats.
_PROBES = (("Ministry of Finance", 7.3), ("Zoë Ægir-Łukasiewicz 50%…", 6.3))


@dataclass(frozen=True)
class Metrics:
    """One font file's advance widths in 1/1000 em, as reportlab reads them."""

    widths: dict[int, float]
    default: float
    chars: frozenset[int]

    def width(self, text: str, size: float) -> float:
        """`text`'s width at `size` points, to the last bit as reportlab's C helper
        (rl_accel) computes it: the sum, times 0.001, times the size, in that order."""
        widths, default = self.widths, self.default
        return sum(widths.get(ord(c), default) for c in text) * 0.001 * size


def cache_folder() -> Path:
    """$XDG_CACHE_HOME/briefgen/widths, or ~/.cache/briefgen/widths."""
    return cachefiles.cache_folder("widths")


def _cache_file(path: Path) -> Path:
    return cachefiles.cache_file("widths", path, FORMAT)


def _read(path: Path) -> Metrics | None:
    try:
        widths, default, chars = marshal.loads(_cache_file(path).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not (isinstance(widths, dict) and isinstance(default, float) and isinstance(chars, list)):
        return None  # not a file this module wrote
    return Metrics(widths, default, frozenset(chars))


def _write(path: Path, metrics: Metrics) -> None:
    record = (metrics.widths, metrics.default, sorted(metrics.chars))
    cachefiles.write(_cache_file(path), record)


def _from_reportlab(path: Path) -> Metrics | None:
    """The font's metrics as reportlab reads them when the PDF registers it, cached;
    None when reportlab cannot use the font or measures differently (no rl_accel)."""
    from reportlab.pdfbase import pdfmetrics

    from briefgen.render.fonts import register

    name = register(path)
    if name is None:
        return None
    face = pdfmetrics.getFont(name).face
    widths = {int(k): float(v) for k, v in face.charWidths.items()}
    metrics = Metrics(widths, float(face.defaultWidth), frozenset(face.charToGlyph))
    if any(metrics.width(t, z) != pdfmetrics.stringWidth(t, name, z) for t, z in _PROBES):
        return None
    _write(path, metrics)
    return metrics


class ChartFonts:
    """The chart's two main faces, measured from cached metrics (see the module doc).

    Font names in `runs` are the font files' paths, for Pillow to open.
    """

    def __init__(self, faces: dict[str, Path], metrics: dict[str, Metrics]) -> None:
        self.faces = faces
        self.metrics = metrics

    def face(self, bold: bool = False) -> str:
        return str(self.faces["bold" if bold else "regular"])

    def covers(self, text: str, bold: bool = False) -> bool:
        """True when the main face draws every character of `text`."""
        return self.metrics["bold" if bold else "regular"].chars.issuperset(map(ord, text))

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """`text` as one run in the main face, as `FontChain.runs` gives covered text."""
        return [(self.face(bold), text)] if text else []

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """The drawn width, as `FontChain.width` gives it for covered text."""
        return self.metrics["bold" if bold else "regular"].width(text, size)


@functools.lru_cache(maxsize=32)
def _metrics(path: Path, size: int, mtime_ns: int) -> Metrics | None:
    """One font file's metrics, read once per process (per file version)."""
    return _read(path) or _from_reportlab(path)


def chart_fonts(settings: Any) -> ChartFonts | None:
    """The chart's faces for this template, or None when reportlab cannot use one
    (the whole chain then says why). reportlab is imported only on a cache miss."""
    main = main_faces(settings)
    faces = {style: main.get(style) or main["regular"] for style in CHART_STYLES}
    metrics = {}
    for style, path in faces.items():
        try:
            stat = path.stat()
        except OSError:
            return None
        found = _metrics(path, stat.st_size, stat.st_mtime_ns)
        if found is None:
            return None
        metrics[style] = found
    return ChartFonts(faces, metrics)
