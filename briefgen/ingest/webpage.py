"""Saved web pages (`.html`, `.htm`) and fetched pages: the article without the page.

trafilatura finds the main text (leaving out navigation, adverts, comments and
scripts) and the page's metadata: headline, date, site name, canonical URL, author.
The language comes from `<html lang>`, which trafilatura does not report. Nothing
the page links to is fetched.
"""

from __future__ import annotations

import codecs
import re
import warnings
from pathlib import Path

from briefgen.errors import SourceError
from briefgen.ingest.article import build
from briefgen.ingest.dates import parse_date
from briefgen.ingest.files import decode, read_bytes
from briefgen.ingest.limits import Limits
from briefgen.model import Article

MIN_WORDS = 25
"""Fewer words than this is a page without an article: an error, index or login page."""
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_LANG = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)""", re.IGNORECASE
)


def decode_html(where: str, data: bytes, charset: str | None = None) -> str:
    """Page bytes as text: the HTTP charset, else the page's `<meta charset>`, else sniffed."""
    declared = charset
    if declared is None and (match := _META_CHARSET.search(data[:4096])):
        declared = match[1].decode("ascii", "ignore")
    if declared:
        try:
            codecs.lookup(declared)
            return data.decode(declared, errors="replace")
        except LookupError:
            pass
    return decode(Path(where), data)


def language_of(page: str) -> str | None:
    """The `<html lang>` code, lower case with a hyphen: "en-gb"."""
    match = _LANG.search(page[:4096])
    return match[1].replace("_", "-").lower() if match else None


def parse(where: str, page: str, url: str | None = None) -> Article:
    """Extract the article from an HTML page; `url` is where it was fetched from."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # trafilatura's lxml FutureWarnings are not ours
        found = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
        )
    words = len((found.text or "").split()) if found is not None else 0
    if found is None or words < MIN_WORDS:
        raise SourceError(
            f"{where}: no article text found in this page ({words} words; "
            "an error, index or login page?)"
        )
    return build(
        where,
        found.title,
        found.text.split("\n"),
        date=parse_date(found.date),
        outlet=found.sitename or found.hostname,
        author=found.author,
        url=found.url or url,
        language=language_of(page),
        fallback_title=Path(where).stem if url is None else where,
    )


def load(path: Path, limits: Limits | None = None) -> Article:
    """Load a saved web page."""
    data = read_bytes(path, limits and limits.max_file_bytes)
    return parse(str(path), decode_html(str(path), data))
