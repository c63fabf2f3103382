"""Two reportlab behaviours that hostile input exposed (tests/hostile), worked around.

- Layout time: reportlab re-wraps a paragraph from its start at every page break, so
  one 20,000-word sentence took 15 s. `pieces` cuts long text into runs that read as
  one paragraph, and layout time grows linearly with the text.
- Search and copy: reportlab writes characters past U+FFFF into a font's ToUnicode
  map as five hex digits (`<1F60D>`), which PDF readers reject, so an emoji or a math
  letter in an article could not be searched or copied. `fix_to_unicode` writes them
  as UTF-16 surrogate pairs. It also maps the joined letter shapes that `bidi` draws
  for Arabic (presentation forms, U+FE80–FEF4) back to the letters they stand for,
  so a reader copies and searches the article's own letters.
"""

from __future__ import annotations

import unicodedata
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
    if sum(len(span.text) for span in spans) <= size:  # the usual case: nothing to cut
        return [tuple(span for span in spans if span.text or span.anchor)]
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


_CMAP_HEAD = """/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo
<< /Registry (%(name)s)
/Ordering (%(name)s)
/Supplement 0
>> def
/CMapName /%(name)s def
/CMapType 2 def
1 begincodespacerange
<00> <%(last)02X>
endcodespacerange
%(count)d beginbfchar
"""
_CMAP_TAIL = """
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end"""


def _is_presentation_form(code: int) -> bool:
    """Arabic Presentation Forms-A (U+FB50–FDFF) or -B (U+FE70–FEFF)."""
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC


def reading(code: int) -> str:
    """The text a reader should get for the glyph drawn for `code`: the character
    itself, or for an Arabic presentation form of one letter, that letter.

    A ligature of several letters (Lam-Alef, U+FEF5–FEFC) keeps its own code point,
    which NFKC (as readers' search applies it) turns into the letters: mapped to the
    letters themselves, poppler (pdftotext, Evince) reverses them with the line and
    reads "لا" as "ال". NFKC puts a space before a spacing haraka (U+FE70); it is
    dropped.
    """
    char = chr(code)
    if _is_presentation_form(code):
        letters = unicodedata.normalize("NFKC", char).replace(" ", "")
        return letters if len(letters) == 1 else char
    return char


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap (`ttfonts.makeToUnicodeCMap`, same bytes for plain
    characters), with characters past U+FFFF as UTF-16 pairs and Arabic presentation
    forms as their letters."""
    entries = "\n".join(
        f"<{i:02X}> <{code:04X}>" if code < 0xFB50 else f"<{i:02X}> <{_utf16_hex(reading(code))}>"
        for i, code in enumerate(subset)
    )
    head = _CMAP_HEAD % {"name": fontname, "last": len(subset) - 1, "count": len(subset)}
    return head + entries + _CMAP_TAIL


def fix_to_unicode() -> None:
    """Make reportlab write `_to_unicode_cmap` (it looks the function up by name)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
