"""RSS and Atom feeds, from a file or a URL: one article per entry.

An entry's full content is used when the feed carries it (`content:encoded`, Atom
`content`, or a summary long enough to be the article); otherwise the entry's link
is fetched, the one kind of address inside an input that briefgen follows (and only
to a public address: see `hosts`). When the link cannot be fetched, or briefgen is
offline, a summary of at least a paragraph is used instead, with one warning on the
article; the article keeps the link as its URL. The XML
is checked with defusedxml before feedparser sees it, so entity expansion ("billion
laughs") and external entities are refused; feedparser is only ever given bytes,
never a URL, so it fetches nothing itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefgen.errors import SourceError
from briefgen.ingest import fragment
from briefgen.ingest.article import build
from briefgen.ingest.dates import parse_date
from briefgen.ingest.files import read_bytes
from briefgen.ingest.hosts import is_url
from briefgen.ingest.limits import Limits
from briefgen.model import Article

FULL_TEXT_WORDS = 120
"""A summary at least this long is the article itself, not a teaser."""
PARAGRAPH_WORDS = 30
"""A summary at least this long (a news paragraph: two or three sentences) can stand in
for an article whose link cannot be fetched; "Parents welcomed the plan..." cannot."""


def check_xml(where: str, data: bytes) -> None:
    """Refuse XML that declares entities or reaches outside itself.

    Malformed XML passes: feedparser's lenient parser reads it without a DTD, so
    it cannot expand entities either.
    """
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise SourceError(f"{where}: feed refused: it declares XML entities ({exc})") from None
    except ParseError:
        pass


def _date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return parse_date(entry.get("published") or entry.get("updated"))


def _full_text(entry: Any) -> list[str] | None:
    """The entry's own article text, or None when it carries only a teaser."""
    for content in entry.get("content") or ():
        blocks = fragment.paragraphs(content.get("value", ""))
        if blocks:
            return blocks
    summary = fragment.paragraphs(entry.get("summary", ""))
    if len(" ".join(summary).split()) >= FULL_TEXT_WORDS:
        return summary
    return None


def _own_text(entry: Any) -> tuple[list[str], int]:
    """The entry's summary as paragraphs, and its length in words."""
    summary = fragment.paragraphs(entry.get("summary", ""))
    return summary, len(" ".join(summary).split())


def _from_link(where: str, link: str, limits: Limits) -> Article:
    from briefgen.ingest.fetch import PAGE_TYPES, fetch  # only for a teaser's link
    from briefgen.ingest.webpage import decode_html, parse

    page = fetch(link, limits, accept=PAGE_TYPES)
    return parse(link, decode_html(link, page.body, page.charset), url=page.url)


def _entry(where: str, entry: Any, feed: Any, limits: Limits) -> Article:
    title = entry.get("title")
    date = _date(entry)
    outlet = feed.get("title")
    language = feed.get("language")
    link = entry.get("link")

    def own(paragraphs: list[str], warning: str = "") -> Article:
        article = build(
            where,
            title,
            paragraphs,
            date=date,
            outlet=outlet,
            url=link,
            author=entry.get("author"),
            language=language,
        )
        return replace(article, warnings=(warning,)) if warning else article

    blocks = _full_text(entry)
    if blocks is not None:
        return own(blocks)
    summary, words = _own_text(entry)
    enough = words >= PARAGRAPH_WORDS
    used = f"used the entry's own text ({words} words) instead"
    if limits.offline:
        if enough:
            return own(summary, f"{where}: link not fetched (offline); {used}")
        raise SourceError(
            f"{where}: only a teaser ({words} words) and briefgen is offline, so its link "
            "was not fetched; drop --offline (or [sources] offline) to fetch it"
        )
    if not is_url(link):
        if enough:
            return own(summary, f"{where}: no web link to fetch the article from; {used}")
        raise SourceError(f"{where}: entry has no content and no web link to fetch it from")
    try:
        page = _from_link(where, link, limits)
    except SourceError as exc:
        if enough:
            return own(summary, f"{where}: {exc}; {used}")
        raise
    return replace(
        page,
        title=page.title if page.title != page.path or not title else title,
        date=page.date or date,
        outlet=page.outlet or outlet,
        author=page.author or entry.get("author"),
        language=page.language or language,
    )


def parse_feed(where: str, data: bytes, limits: Limits) -> Iterator[Article | SourceError]:
    """Every entry of a feed as an article, or the error for each entry that fails."""
    check_xml(where, data)
    import feedparser

    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.entries:
        problem = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise SourceError(f"{where}: not an RSS or Atom feed, or a feed with no entries{problem}")
    for number, entry in enumerate(parsed.entries, start=1):
        label = f"{where} entry {number}"
        try:
            yield _entry(label, entry, parsed.feed, limits)
        except SourceError as exc:
            yield exc


def load(path: Path, limits: Limits) -> Iterator[Article | SourceError]:
    """Every entry of a feed file."""
    yield from parse_feed(str(path), read_bytes(path, limits.max_file_bytes), limits)
