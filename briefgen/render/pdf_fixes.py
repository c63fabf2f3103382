"""Two reportlab behaviours that hostile input exposed (tests/hostile), worked around.

- Layout time: reportlab re-wraps a paragraph from its start at every page break, so
  one 20,000-word sentence took 15 s. `pieces` cuts long text into runs that read as
  one paragraph, and layout time grows linearly with the text.
- Search and copy: reportlab writes characters past U+FFFF into a font's ToUnicode
  map as five hex digits (`<1F60D>`), which PDF readers reject, so an emoji or a math
  letter in an article could not be searched or copied. `fix_to_unicode` writes them
  as UTF-16 surrogate pairs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.platypus import Flowable

from briefgen.render import blocks as b

CHUNK_CHARS = 2_000
"""Longest text one reportlab paragraph gets."""


def chunks(spans: tuple[b.Span, ...], size: int = CHUNK_CHARS) -> list[tuple[b.Span, ...]]:
    """`spans` cut into runs of at most `size` characters, at a space where there is one."""
    out: list[tuple[b.Span, ...]] = []
    current: list[b.Span] = []
    length = 0
    for span in spans:
        text = span.text
        while length + len(text) > size:
            cut = text.rfind(" ", 0, size - length) + 1
            if cut <= 0 and current:  # no space in the room left: break between spans
                out.append(tuple(current))
                current, length = [], 0
                continue
            cut = cut or size  # one word longer than a chunk is cut where it must be
            current.append(replace(span, text=text[:cut]))
            out.append(tuple(current))
            span = replace(span, anchor=None)  # an anchor marks the first piece only
            current, length, text = [], 0, text[cut:]
        if text or span.anchor:
            current.append(replace(span, text=text))
            length += len(text)
    if current or not out:
        out.append(tuple(current))
    return out


Make = Callable[[tuple[b.Span, ...], ParagraphStyle, str | None], Flowable]


def pieces(
    spans: tuple[b.Span, ...], style: ParagraphStyle, make: Make, bullet: str | None = None
) -> list[Flowable]:
    """One block of text as paragraphs made by `make` that read as one (no gap between)."""
    parts = chunks(spans)
    if len(parts) == 1:
        return [make(parts[0], style, bullet)]
    inner = ParagraphStyle(f"{style.name}-cont", parent=style, spaceBefore=0, spaceAfter=0)
    first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0)
    out = []
    for n, part in enumerate(parts):
        out.append(make(part, first if n == 0 else last if n == len(parts) - 1 else inner, bullet))
        bullet = None
    return out


_ASTRAL_ENTRY = re.compile(r"^(<[0-9A-F]+> )<([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16_hex(match: re.Match[str]) -> str:
    pair = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
    return f"{match.group(1)}<{pair}>"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters past U+FFFF as UTF-16 pairs."""
    return _ASTRAL_ENTRY.sub(_utf16_hex, _REPORTLAB_TO_UNICODE(fontname, subset))


_REPORTLAB_TO_UNICODE = ttfonts.makeToUnicodeCMap


def fix_to_unicode() -> None:
    """Make reportlab write `_to_unicode_cmap` (it looks the function up by name)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
