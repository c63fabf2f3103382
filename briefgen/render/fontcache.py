"""TrueType fonts for reportlab, with their parsed metrics kept between runs.

reportlab parses a whole TTF (every glyph's width and code point) when a font is
registered: 8-15 ms for each DejaVu face, ~40 ms for the four, in every `briefgen make`
process, a tenth of its time. The parsed tables are plain ints, floats, strings, lists
and dicts, so after the first run they are kept in the user's cache folder with
`marshal` and read back in ~2 ms a face. The cache is keyed by the font file (name, size,
modification time) and the reportlab version; anything unexpected (no cache folder, a
damaged file, another reportlab) falls back to parsing, which is always correct.
"""

from __future__ import annotations

import marshal
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

from briefgen.render import cachefiles

# Attributes rebuilt on load instead of stored: the font file's bytes (read again, for
# subsetting) and a scaling function (not data).
_NOT_STORED = ("_ttf_data", "_pdfScale")
FORMAT = 1  # bump when what is stored changes


def cache_folder() -> Path:
    """$XDG_CACHE_HOME/briefgen/fonts, or ~/.cache/briefgen/fonts."""
    return cachefiles.cache_folder("fonts")


def _cache_file(path: Path) -> Path:
    return cachefiles.cache_file("fonts", path, FORMAT)


def _scale(units_per_em: int) -> Any:
    """reportlab's glyph-units → PDF-units function (see TTFontFile.extractInfo)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _plain(value: Any) -> Any:
    """`value` with bytes subclasses (reportlab's TTFNameBytes) as plain bytes."""
    return bytes(value) if isinstance(value, bytes) else value


def _store(path: Path, font: TTFont) -> None:
    face = {k: _plain(v) for k, v in vars(font.face).items() if k not in _NOT_STORED}
    record = {"face": face, "font": sorted(vars(font))}
    cachefiles.write(_cache_file(path), record)


def _restore(name: str, path: Path, record: dict[str, Any]) -> TTFont | None:
    """The font rebuilt as `TTFont.__init__` builds it, or None if that no longer fits."""
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(record["face"])
    face._ttf_data = path.read_bytes()
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, pattern) for pattern in rl_config.unShapedFontGlob)
    # A reportlab whose TTFont holds other attributes gets a parsed font instead.
    return font if sorted(vars(font)) == record["font"] else None


def load_font(name: str, path: Path) -> TTFont:
    """`TTFont(name, path)`, from the metrics cache when it has this file."""
    try:
        record = marshal.loads(_cache_file(path).read_bytes())
        font = _restore(name, path, record)
        if font is not None:
            return font
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        pass
    font = TTFont(name, str(path))
    _store(path, font)
    return font
