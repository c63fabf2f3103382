"""Web addresses: given on the command line, or listed in a `.urls` file.

A `.urls` file holds one http(s) URL a line; blank lines and lines starting with
`#` are skipped. Each URL is fetched within `Limits`; a page becomes one article, a
feed one article per entry. A failure is reported for that URL and the rest go on.
Offline (`Limits.offline`), a `.urls` file is one error: it is nothing but addresses.
`fetch` (and with it `http.client` and `ssl`) is imported only when a URL is fetched.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from briefgen.errors import SourceError
from briefgen.ingest.files import read_text
from briefgen.ingest.hosts import is_url
from briefgen.ingest.limits import Limits
from briefgen.model import Article


def load_url(url: str, limits: Limits) -> Iterator[Article | SourceError]:
    """The article at `url`, or every entry when it is a feed."""
    from briefgen.ingest import feed, webpage
    from briefgen.ingest.fetch import FEED_TYPES, fetch
    from briefgen.ingest.sniff import FEED_ROOT

    try:
        fetched = fetch(url, limits)
    except SourceError as exc:
        yield exc
        return
    head = fetched.body[:4096]
    if fetched.content_type in FEED_TYPES or (FEED_ROOT.search(head) and b"<html" not in head):
        yield from _guard(url, feed.parse_feed(url, fetched.body, limits))
        return
    try:
        page = webpage.decode_html(url, fetched.body, fetched.charset)
        yield webpage.parse(url, page, url=fetched.url)
    except SourceError as exc:
        yield exc


def _guard(url: str, items: Iterator[Article | SourceError]) -> Iterator[Article | SourceError]:
    """Turn a feed that fails as a whole into one reported error for its URL."""
    try:
        yield from items
    except SourceError as exc:
        yield exc


def listed(path: Path, limits: Limits) -> Iterator[tuple[int, str]]:
    """(line number, URL) for each address in a `.urls` file."""
    for number, line in enumerate(read_text(path, limits.max_file_bytes).splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield number, line


def load(path: Path, limits: Limits) -> Iterator[Article | SourceError]:
    """Every article the URLs of a `.urls` file lead to, or the error for each."""
    if limits.offline:
        raise SourceError(
            f"{path}: a list of URLs, not read: briefgen is offline "
            "(--offline or [sources] offline = true) and fetches nothing"
        )
    for number, url in listed(path, limits):
        if not is_url(url):
            yield SourceError(f"{path}:{number}: not an http(s) URL: {url[:80]!r}")
            continue
        yield from load_url(url, limits)
