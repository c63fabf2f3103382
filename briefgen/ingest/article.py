"""The one way every loader turns what it found into an `Article`.

Loaders differ in how they find the headline, body and metadata; what happens next
is the same for all: normalise, split into paragraphs and sentences, drop a body
line that only repeats the headline, and refuse a source with no text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from briefgen.errors import SourceError
from briefgen.ingest.text import normalise, split_paragraphs, split_sentences
from briefgen.model import Article


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(normalise(value).split())
    return value or None


def build(
    where: str,
    title: str | None,
    paragraphs: Iterable[str],
    *,
    date: dt.date | None = None,
    outlet: str | None = None,
    author: str | None = None,
    url: str | None = None,
    language: str | None = None,
    fallback_title: str = "",
) -> Article:
    """An `Article` from raw parts; `where` (path or URL) names it in errors and `path`."""
    heading = _clean(title)
    blocks = split_paragraphs("\n\n".join(normalise(p) for p in paragraphs))
    if heading and blocks and blocks[0].casefold() == heading.casefold():
        blocks = blocks[1:]
    sentences = split_sentences(blocks)
    if not sentences:
        raise SourceError(f"{where}: no article text found")
    return Article(
        path=where,
        title=heading or fallback_title or where,
        sentences=sentences,
        date=date,
        outlet=_clean(outlet),
        author=_clean(author),
        url=_clean(url),
        language=_clean(language),
    )
