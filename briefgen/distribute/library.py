"""The briefing library's pages: `index.html` and an Atom feed, from catalogue entries.

Brief text comes from news articles, so every value is escaped for where it lands:
`html.escape` in the page, ElementTree (which escapes) in the feed, and control
characters are removed before either (XML cannot carry them at all).
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import quote, urljoin

ATOM = "http://www.w3.org/2005/Atom"
FORMAT_LABELS = {"pdf": "PDF", "docx": "Word"}
FORMAT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_STYLE = """
body { font-family: Helvetica, Arial, sans-serif; color: #222; margin: 2em auto;
       max-width: 48em; padding: 0 1em; line-height: 1.45; }
h1 { color: #1F3A5F; border-bottom: 3px solid #1F3A5F; padding-bottom: .3em; }
ol.briefs { list-style: none; padding: 0; }
li.brief { border-bottom: 1px solid #ccc; padding: .8em 0 1em; }
li.brief h2 { font-size: 1.2em; margin: 0 0 .2em; }
li.brief h2 a { color: #1F3A5F; }
.date { color: #666; margin: 0 0 .4em; font-size: .9em; }
.marking { color: #B00020; font-weight: bold; letter-spacing: .05em; margin: 0 0 .2em;
           font-size: .85em; }
.bottom-line { margin: .3em 0; }
.files a { margin-right: 1em; }
""".strip()


@dataclass(frozen=True)
class Entry:
    """One brief in the library; `files` maps format → file name inside the library.

    `marking` is the brief's handling marking ("OFFICIAL-SENSITIVE"), shown with it.
    """

    stem: str
    key: str
    title: str
    date: str
    summary: str
    files: dict[str, str]
    published: str
    updated: str
    marking: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def newest_first(entries: list[Entry]) -> list[Entry]:
    """By the brief's date, newest first, undated briefs last; then by title."""
    by_title = sorted(entries, key=lambda e: (e.title.lower(), e.stem))
    dated = sorted((e for e in by_title if e.date), key=lambda e: e.date, reverse=True)
    return dated + [e for e in by_title if not e.date]


def _human_date(iso: str) -> str:
    if not iso:
        return "undated"
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _href(name: str, base_url: str | None = None) -> str:
    link = quote(name)
    return urljoin(base_url.rstrip("/") + "/", link) if base_url else link


def index_html(entries: list[Entry], title: str, feed: str) -> str:
    """The library's front page: every brief, newest first."""
    e = html.escape
    items = []
    for entry in entries:
        main = entry.files.get("pdf") or next(iter(entry.files.values()), "")
        links = " ".join(
            f'<a href="{e(_href(name))}">{FORMAT_LABELS.get(fmt, fmt.upper())}</a>'
            for fmt, name in entry.files.items()
        )
        date = (
            f'<time datetime="{e(entry.date)}">{_human_date(entry.date)}</time>'
            if entry.date
            else "undated"
        )
        marking = f'<p class="marking">{e(entry.marking)}</p>\n' if entry.marking else ""
        items.append(
            f'<li class="brief" id="{e(entry.stem)}">\n{marking}'
            f'<h2><a href="{e(_href(main))}">{e(entry.title)}</a></h2>\n'
            f'<p class="date">{date}</p>\n'
            f'<p class="bottom-line"><strong>Bottom line:</strong> {e(entry.summary)}</p>\n'
            f'<p class="files">{links}</p>\n</li>'
        )
    body = "\n".join(items) or "<li>No briefs published yet.</li>"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)}</title>\n"
        f'<link rel="alternate" type="application/atom+xml" title="{e(title)}"'
        f' href="{e(_href(feed))}">\n'
        f"<style>\n{_STYLE}\n</style>\n</head>\n<body>\n"
        f"<h1>{e(title)}</h1>\n"
        f'<p>{len(entries)} brief(s), newest first. <a href="{e(_href(feed))}">Atom feed</a></p>\n'
        f'<ol class="briefs">\n{body}\n</ol>\n</body>\n</html>\n'
    )


def atom_feed(entries: list[Entry], title: str, base_url: str | None, index: str, feed: str) -> str:
    """An Atom 1.0 feed of the library (links relative unless `base_url` is set)."""
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    root = ET.Element(f"{{{ATOM}}}feed")
    feed_id = uuid.uuid5(uuid.NAMESPACE_URL, base_url or f"briefgen-library:{title}")
    sub(root, "id", f"urn:uuid:{feed_id}")
    sub(root, "title", title)
    sub(root, "updated", max((e.updated for e in entries), default="1970-01-01T00:00:00Z"))
    author = sub(root, "author")
    sub(author, "name", title)
    sub(root, "generator", "briefgen")
    sub(root, "link", rel="self", href=_href(feed, base_url))
    sub(root, "link", rel="alternate", type="text/html", href=_href(index, base_url))
    for entry in entries:
        item = sub(root, "entry")
        sub(item, "id", f"urn:uuid:{uuid.uuid5(feed_id, entry.stem)}")
        sub(item, "title", entry.title)
        sub(item, "published", entry.published)
        sub(item, "updated", entry.updated)
        # Atom has no handling marking: a category says it, and the summary shows it
        summary = f"[{entry.marking}] {entry.summary}" if entry.marking else entry.summary
        sub(item, "summary", summary)
        if entry.marking:
            sub(item, "category", term=entry.marking, label=f"Handling: {entry.marking}")
        for n, (fmt, name) in enumerate(entry.files.items()):
            rel = "alternate" if n == 0 else "enclosure"
            mime = FORMAT_TYPES.get(fmt, "application/octet-stream")
            sub(item, "link", rel=rel, type=mime, href=_href(name, base_url))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
