"""Right-to-left text in reading order for a renderer that draws left to right.

reportlab draws characters in the order it is given and does not join Arabic
letters. So text with Arabic or Hebrew is reshaped (`arabic-reshaper` picks each
letter's joined form) and reordered (`python-bidi`) before it is drawn. Reordering
must happen per line, after wrapping, or a two-line Arabic sentence would read bottom
line first; `order_line` therefore reorders the words of one already-wrapped line
(the Unicode bidi algorithm at word level, which is what prose needs), and
`visual_word` reverses the letters inside one word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any, TypeVar

T = TypeVar("T")
_RTL = {"R", "AL"}


def direction(text: str) -> str:
    """'R' if `text` has a strong right-to-left character, else 'L' if a strong
    left-to-right one, else 'N' (numbers, punctuation)."""
    kinds = {unicodedata.bidirectional(c) for c in text}
    if kinds & _RTL:
        return "R"
    return "L" if "L" in kinds else "N"


# Where Unicode puts right-to-left (R and AL) characters: Hebrew to NKo and Samaritan
# to Arabic Extended, the right-to-left mark, presentation forms, and the historic and
# Arabic mathematical blocks (tests/render/test_bidi.py checks every code point).
_RTL_BLOCKS = (
    (0x0590, 0x08FF),
    (0x200F, 0x200F),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x10800, 0x10FFF),
    (0x1E800, 0x1EFFF),
)


@cache
def _rtl_pattern() -> re.Pattern[str]:
    """One character class of every R and AL character (a scan of ~6,000 code points)."""
    ranges: list[list[int]] = []
    for first, last in _RTL_BLOCKS:
        for code in range(first, last + 1):
            if unicodedata.bidirectional(chr(code)) in _RTL:
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1][1] = code
                else:
                    ranges.append([code, code])
    return re.compile("[" + "".join(f"{chr(a)}-{chr(z)}" for a, z in ranges) + "]")


def has_rtl(text: str) -> bool:
    """True if `text` holds a right-to-left letter (one regex search: every paragraph
    of every brief is asked, and a character at a time took a tenth of building it)."""
    return _rtl_pattern().search(text) is not None


def base_is_rtl(text: str) -> bool:
    """The paragraph direction: that of its first strong character (UBA rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL:
            return True
        if kind == "L":
            return False
    return False


# The only ligatures the reshaper may form: Lam-Alef (U+FEF5–FEFC), which Arabic
# writing requires and DejaVu Sans draws. Its default also forms ﷲ (U+FDF2) for the
# word الله, which DejaVu Sans lacks (it printed as a box and the word was lost to
# search and copy), and a configuration file named by an environment variable could
# turn on dozens more; every ligature is therefore named here, on or off.
LIGATURES_ON = frozenset(
    {
        "ARABIC LIGATURE LAM WITH ALEF",
        "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
        "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
        "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE",
    }
)


@cache
def _reshaper() -> Any:
    """An `arabic_reshaper.ArabicReshaper` forming only the `LIGATURES_ON`."""
    import arabic_reshaper
    from arabic_reshaper.ligatures import LIGATURES

    configuration: dict[str, Any] = {name: name in LIGATURES_ON for name, _ in LIGATURES}
    # Its default deletes harakat (the short-vowel marks of مُحَمَّد); DejaVu Sans places
    # them over the right letter in the reversed word, and they are the article's text.
    configuration |= {"language": "Arabic", "delete_harakat": False}
    return arabic_reshaper.ArabicReshaper(configuration=configuration)


@lru_cache(maxsize=16_384)
def visual_word(word: str) -> str:
    """One word as drawn: Arabic letters in their joined forms, right-to-left order.

    Kept per word: a right-to-left paragraph asks for each word's shape to measure it
    and again to draw it, and reshaping was three quarters of an Arabic brief's PDF."""
    if not has_rtl(word):
        return word
    from bidi.algorithm import get_display

    shaped = _reshaper().reshape(word)
    try:
        return get_display(shaped)
    except AssertionError:  # python-bidi 0.6 asserts on some rare marks ("\u05be\U00013439")
        return shaped[::-1]


def visual_text(text: str) -> str:
    """A whole single line (a header, a chart label) in visual order."""
    if not has_rtl(text):
        return text
    words = text.split(" ")
    return " ".join(visual_word(w) for w in order_line(words, lambda w: w, base_is_rtl(text)))


def _runs(kinds: list[str], strong: str) -> list[tuple[int, int]]:
    """Maximal [start, end) runs of `strong` items, swallowing neutrals between them."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(kinds):
        if kinds[i] != strong:
            i += 1
            continue
        end = last = i
        while end < len(kinds) and kinds[end] in (strong, "N"):
            if kinds[end] == strong:
                last = end
            end += 1
        runs.append((i, last + 1))
        i = last + 1
    return runs


def order_line(items: Sequence[T], text_of: Callable[[T], str], rtl_base: bool) -> list[T]:
    """The words of one line in the order they are drawn, left to right.

    In a left-to-right line, each run of right-to-left words is reversed ("He said
    A B C today" draws as "He said C B A today"); in a right-to-left line the whole line
    is reversed and then runs of left-to-right words are put back in their order.
    """
    ordered = list(items)
    if rtl_base:
        ordered.reverse()
    kinds = [direction(text_of(item)) for item in ordered]
    for start, end in _runs(kinds, "L" if rtl_base else "R"):
        ordered[start:end] = reversed(ordered[start:end])
    return ordered
