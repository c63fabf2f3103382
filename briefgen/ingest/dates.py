"""Dates from the strings that pages, feeds and clippings carry, in several languages.

A small parser of our own instead of dateparser (which takes half a second to import
and guesses freely): ISO dates and timestamps, RFC 2822 feed dates, numeric dates
("13.07.2023", "13/07/2023"; day first when ambiguous, as most of the world writes
them) and written dates in the languages of `data/months.tsv`:
"July 13, 2023", "13th July 2023", "13 juillet 2023", "13. Juli 2023",
"13 de julio de 2023". A string with no date in it gives None, never a guess.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from importlib import resources

_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")
_ORDINAL = r"(?:st|nd|rd|th|er|e|eme|o|º|°)?\.?"


@functools.cache
def month_names() -> dict[str, int]:
    """Folded month name or abbreviation → month number, from `data/months.tsv`."""
    table = resources.files("briefgen").joinpath("data/months.tsv").read_text("utf-8")
    names: dict[str, int] = {}
    for line in table.splitlines():
        if line.strip() and not line.startswith("#"):
            number, words = line.split("\t", 1)
            for word in words.split():
                names[word] = int(number)
    return names


@functools.cache
def _written() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(sorted(month_names(), key=len, reverse=True))
    month = rf"(?P<month>{names})\.?"
    day = rf"(?P<day>\d{{1,2}}){_ORDINAL}"
    year = r"(?P<year>\d{4})"
    day_first = rf"(?<![\w])(?:le\s+)?{day}\s*(?:de\s+|-)?{month}(?:\s*,?\s*|\s+de\s+|-){year}"
    month_first = rf"(?<![\w]){month}\s+{day},?\s+{year}"
    return re.compile(day_first), re.compile(month_first)


def fold(text: str) -> str:
    """Lower case without accents, so "Février" and "fevrier" match alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _make(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str | None) -> dt.date | None:
    """The first date written in `value`, or None.

    >>> parse_date("Thu, 13 Jul 2023 09:30:00 +0000")
    datetime.date(2023, 7, 13)
    >>> parse_date("le 1er février 2024")
    datetime.date(2024, 2, 1)
    """
    if not value:
        return None
    text = fold(value.strip())[:200]
    if match := _ISO.search(text):
        return _make(int(match[1]), int(match[2]), int(match[3]))
    for pattern in _written():
        if match := pattern.search(text):
            month = month_names()[match["month"]]
            return _make(int(match["year"]), month, int(match["day"]))
    if match := _NUMERIC.search(text):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        if first <= 12 < second:  # 07/13/2023 can only be month first
            first, second = second, first
        return _make(year, second, first)
    return None
