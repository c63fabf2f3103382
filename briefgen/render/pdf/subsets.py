"""Embedded font subsets made and deflated once per set of characters, not per PDF.

Every PDF embeds, for each font it uses, a TrueType subset holding the glyphs of the
characters it draws: reportlab builds it (`TTFontFace.makeSubset`) and deflates it
(~37 KB of DejaVu Sans a face) for every document, a fifth of a brief's PDF time.
But briefs in one language use much the same characters: reportlab's first subset
is all of ASCII plus the few others a text uses (’ “ ” — ·) in the order met, and
over 60 generated briefs four subsets in five repeated one seen before. So the subset
and its deflated bytes are kept, keyed by font face and the exact subset; the PDF
bytes are the same as without the cache.
"""

from __future__ import annotations

import zlib
from typing import Any

from reportlab.pdfbase import pdfdoc, ttfonts

KEEP = 64
"""Subsets kept per process (~50 KB each): a batch has a few dozen distinct ones."""


class _Subset(bytes):
    """A font subset's bytes, with their deflated form made at most once."""

    deflated: bytes | None = None


_SUBSETS: dict[tuple[ttfonts.TTFontFace, tuple[int, ...]], _Subset] = {}
_MAKE_SUBSET = ttfonts.TTFontFace.makeSubset
_ENCODE = pdfdoc.PDFZCompress.encode


def _make_subset(face: ttfonts.TTFontFace, subset: list[int]) -> bytes:
    key = (face, tuple(subset))  # faces are registered for the life of the process
    made = _SUBSETS.get(key)
    if made is None:
        made = _Subset(_MAKE_SUBSET(face, subset))
        if len(_SUBSETS) >= KEEP:
            del _SUBSETS[next(iter(_SUBSETS))]  # the oldest
        _SUBSETS[key] = made
    return made


def _encode(text: Any) -> bytes:
    """reportlab's Flate filter, reusing a kept subset's deflated bytes."""
    if type(text) is _Subset:
        if text.deflated is None:
            text.deflated = zlib.compress(text)  # as reportlab does: the default level
        return text.deflated
    return _ENCODE(text)


def keep_subsets() -> None:
    """Make reportlab build and deflate each distinct font subset once per process."""
    ttfonts.TTFontFace.makeSubset = _make_subset
    pdfdoc.PDFZCompress.encode = _encode
