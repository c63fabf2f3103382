"""What a file really is, from its first bytes, for files whose suffix lies or is missing.

A saved page called `article`, a PDF called `clip.txt`, a feed called `news.xml`:
the content decides. Only strong signatures count (the PDF and zip magic numbers,
an XML root that names a feed, an HTML doctype or root, JSON that parses); plain
text has no signature, so a file the sniffer does not know falls back to its suffix.
A list of URLs is never sniffed: only a file named `.urls` makes briefgen fetch.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

HEAD = 4096
FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b|head\b)",
                        re.IGNORECASE | re.DOTALL)


def _text_head(head: bytes) -> bytes:
    """The head as ASCII-compatible bytes, so UTF-16 pages sniff like UTF-8 ones."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    return head.removeprefix(b"\xef\xbb\xbf")


def _is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    # ValueError: undecodable names; NotImplementedError: an unknown zip version (fuzzing)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return False


def _is_json(path: Path, head: bytes) -> str | None:
    if head.lstrip()[:1] not in (b"{", b"["):
        return None
    try:
        with path.open("rb") as file:
            first = file.readline()
        json.loads(first)
        rest = path.read_bytes()[len(first):].strip()
        return ".jsonl" if rest.startswith(b"{") else ".json"
    except (ValueError, OSError):
        pass
    try:
        json.loads(path.read_bytes())
        return ".json"
    except (ValueError, OSError):
        return None


def sniff(path: Path, size_limit: int) -> str | None:
    """The `LOADERS` key this file's content calls for, or None when it does not say.

    Files over `size_limit` are not opened; the loader refuses them with a message.
    """
    try:
        with path.open("rb") as file:
            raw = file.read(HEAD)
        size = path.stat().st_size
    except OSError:
        return None
    if raw.startswith(b"%PDF-"):
        return ".pdf"
    if raw.startswith(b"PK\x03\x04"):
        return ".docx" if size <= size_limit and _is_docx(path) else None
    head = _text_head(raw)
    stripped = head.lstrip()
    if stripped.startswith((b"<?xml", b"<rss", b"<feed")) and FEED_ROOT.search(head):
        return ".rss"
    if _HTML_ROOT.search(head):
        return ".html"
    if size <= size_limit and (kind := _is_json(path, head)):
        return kind
    return None
