"""PDF clippings and reports: the text layer and metadata, read with pypdf.

PDF keeps lines, not paragraphs, so paragraphs are rebuilt: wrapped lines fill the
width, so a line well short of the widest one ends its paragraph (the last line of a
paragraph, a headline, a date line), and a word hyphenated across lines is joined.
A PDF without a text layer (a scan) is reported as such; briefgen does no OCR.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

from briefgen import limits
from briefgen.errors import SourceError
from briefgen.ingest.article import build
from briefgen.ingest.dates import parse_date
from briefgen.ingest.files import read_bytes
from briefgen.ingest.limits import Limits
from briefgen.ingest.plain import looks_like_headline
from briefgen.model import Article

MIN_TEXT_CHARS = 40
"""Fewer extracted characters than this over the whole file means: no text layer."""
_HYPHENATED = re.compile(r"[a-zà-ÿ]-$")
_SHORT_LINE = 0.8
_DATE_LINE_WORDS = 8


def paragraphs_from_lines(lines: list[str]) -> list[str]:
    """Rejoin wrapped lines into paragraphs (see the module docstring)."""
    lines = [line.strip() for line in lines]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current.endswith("-") and _HYPHENATED.search(current) and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        if len(line) < _SHORT_LINE * width and not line.endswith("-"):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def parse(where: str, data: bytes) -> Article:
    """Extract headline, body and metadata from PDF bytes."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are not the user's
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(f"{where}: PDF is password-protected")
        limits.check_pages(len(reader.pages))  # before the (slow) text extraction
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
        meta = {key: str(info.get(key) or "") for key in ("/Title", "/Subject", "/Author")}
    except limits.LimitError as exc:
        raise exc.at(where) from None
    except SourceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceError(f"{where}: not a readable PDF ({exc})") from None
    except Exception as exc:  # pypdf on a damaged file raises almost anything
        # (seen by the fuzzer: NotImplementedError for an unknown stream filter)
        raise SourceError(f"{where}: not a readable PDF ({type(exc).__name__}: {exc})") from None
    text = "\n\n".join(pages)
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise SourceError(f"{where}: PDF has no text layer (a scanned image?); run OCR on it first")
    paragraphs = paragraphs_from_lines(text.split("\n"))
    title = meta["/Title"].strip()
    if not title and len(paragraphs) > 1 and looks_like_headline(paragraphs[0]):
        title = paragraphs.pop(0)
    date = None
    for index, paragraph in enumerate(paragraphs[:4]):
        if len(paragraph.split()) <= _DATE_LINE_WORDS and (date := parse_date(paragraph)):
            paragraphs.pop(index)
            break
    return build(
        where,
        title,
        paragraphs,
        date=date,
        outlet=meta["/Subject"].strip() or None,
        author=meta["/Author"].strip() or None,
        fallback_title=Path(where).stem,
    )


def load(path: Path, limits: Limits | None = None) -> Article:
    """Load a `.pdf` file."""
    return parse(str(path), read_bytes(path, limits and limits.max_file_bytes))
