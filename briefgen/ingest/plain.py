"""Plain-text articles, including the sample format in `sources/`.

The sample format::

     date 2023-07-13 Title: <headline>
    Date: 13.07.2023          (optional)
    <body, paragraphs separated by blank lines>

The first line may carry only ` date YYYY-MM-DD`; then the headline, if any, is the
body's first line. A `.txt` without that first line is plain text: its first line is
the headline when it looks like one.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from briefgen.errors import SourceError
from briefgen.ingest.files import read_text
from briefgen.ingest.limits import Limits
from briefgen.ingest.text import normalise, split_paragraphs, split_sentences
from briefgen.model import Article

_HEADER = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})(?:\s+Title:\s*(.*))?$", re.IGNORECASE)
_DATE_LINE = re.compile(r"^Date:\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;\"”’»)]$")
MAX_HEADLINE_WORDS = 30


def looks_like_headline(line: str) -> bool:
    """A short line that does not end like a sentence: "Council Backs Bike Lanes"."""
    words = line.split()
    return 0 < len(words) <= MAX_HEADLINE_WORDS and not _SENTENCE_END.search(line)


def parse(text: str, path: Path) -> Article:
    """Build an `Article` from the text of a sample-format or plain-text file."""
    lines = normalise(text).split("\n")
    while lines and not lines[0]:
        lines.pop(0)
    title, date = "", None
    header = _HEADER.match(lines[0]) if lines else None
    if header:
        try:
            date = dt.date.fromisoformat(header.group(1))
        except ValueError as exc:
            raise SourceError(f"{path}: line 1: invalid date {header.group(1)!r}") from exc
        title = (header.group(2) or "").strip()
        lines = lines[1:]
    body = "\n".join(lines)
    paragraphs = split_paragraphs(body)
    if paragraphs and _DATE_LINE.match(paragraphs[0]):
        paragraphs = paragraphs[1:]
    if not title and len(paragraphs) > 1 and looks_like_headline(paragraphs[0]):
        title = paragraphs.pop(0)
    sentences = split_sentences(paragraphs)
    if not sentences:
        raise SourceError(f"{path}: no article text after the header")
    return Article(path=str(path), title=title or path.stem, sentences=sentences, date=date)


def load(path: Path, limits: Limits | None = None) -> Article:
    """Load a `.txt` article (sample format or plain text)."""
    return parse(read_text(path, limits and limits.max_file_bytes), path)
