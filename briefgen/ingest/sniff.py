"""What a file really is, from its first bytes, for files whose suffix lies or is missing.

A saved page called `article`, a PDF called `clip.txt`, a feed called `news.xml`:
the content decides. Only strong signatures count (the PDF and zip magic numbers,
an XML root that names a feed, an HTML doctype or root, JSON that parses); plain
text has no signature, so a file the sniffer does not know falls back to its suffix.
A list of URLs is never sniffed: only a file named `.urls` makes briefgen fetch.

`binary_kind` names the formats that are never text (images, archives, programs), so
that a PNG called `photo.txt` is refused as binary data instead of read as Windows-1252
into a brief titled "‰PNG" (see `files.decode`).
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

HEAD = 4096
FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_ROOT = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b|head\b)", re.IGNORECASE | re.DOTALL
)


# Magic numbers of formats that are never an article: (signature, offset, name).
_BINARY = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"WEBP", 8, "a WebP image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"\x00\x00\x01\x00", 0, "an icon"),
    (b"ftyp", 4, "a video or audio file"),
    (b"OggS", 0, "an Ogg audio or video file"),
    (b"ID3", 0, "an MP3 file"),
    (b"PK\x03\x04", 0, "a zip archive"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"BZh", 0, "a bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"(\xb5/\xfd", 0, "a zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Office document"),
    (b"\x7fELF", 0, "a program"),
    (b"\xca\xfe\xba\xbe", 0, "a program"),
    (b"\x00asm", 0, "a program"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
)


def binary_kind(head: bytes) -> str | None:
    """What binary format `head` (a file's first bytes) starts like, or None.

    A few signatures are plain ASCII ("GIF89a", "BZh", "ID3"), so a match only says what
    the file would be *if* it is not text; `files.decode` lets text that decodes as UTF-8
    through whatever it starts with.
    """
    for signature, offset, name in _BINARY:
        if head[offset : offset + len(signature)] == signature:
            return name
    return None


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
        rest = path.read_bytes()[len(first) :].strip()
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
