"""JSON articles: a `.json` object or list of objects, or `.jsonl`, one object a line.

Each object needs `text` (or `body` / `content`); `title`, `date`, `url`, `outlet`
(or `source` / `site`), `author` and `language` are used when present. `text` may
hold HTML. One bad object is reported with its line or position, and the rest load.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefgen.errors import SourceError
from briefgen.ingest import fragment
from briefgen.ingest.article import build
from briefgen.ingest.dates import parse_date
from briefgen.ingest.files import decode, read_bytes
from briefgen.ingest.limits import Limits
from briefgen.model import Article

TEXT_KEYS = ("text", "body", "content")
OUTLET_KEYS = ("outlet", "source", "site", "sitename")


def _first(item: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def from_object(where: str, item: Any) -> Article:
    """One JSON object → `Article`; `where` names it in errors ("a.jsonl:3")."""
    if not isinstance(item, dict):
        raise SourceError(f'{where}: expected an object with a "text", got {type(item).__name__}')
    text = _first(item, TEXT_KEYS)
    if text is None:
        raise SourceError(f'{where}: object has no "text"')
    blocks = fragment.paragraphs(text) if fragment.looks_like_html(text) else [text]
    title = item.get("title") if isinstance(item.get("title"), str) else None
    date = parse_date(item["date"]) if isinstance(item.get("date"), str) else None
    return build(
        where,
        title,
        blocks,
        date=date,
        outlet=_first(item, OUTLET_KEYS),
        author=item.get("author") if isinstance(item.get("author"), str) else None,
        url=item.get("url") if isinstance(item.get("url"), str) else None,
        language=item.get("language") if isinstance(item.get("language"), str) else None,
    )


def _items(path: Path, text: str) -> Iterator[tuple[str, Any]]:
    if path.suffix.lower() == ".jsonl" or (text.lstrip().startswith("{") and "\n{" in text):
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    yield f"{path}:{number}", json.loads(line)
                except ValueError as exc:
                    yield f"{path}:{number}", SourceError(f"{path}:{number}: invalid JSON ({exc})")
        return
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SourceError(f"{path}: invalid JSON ({exc})") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, list):
        for number, item in enumerate(data, start=1):
            yield f"{path}#{number}", item
    else:
        yield str(path), data


def load(path: Path, limits: Limits) -> Iterator[Article | SourceError]:
    """Every article in a `.json` or `.jsonl` file, or the error for each that fails."""
    text = decode(path, read_bytes(path, limits.max_file_bytes))
    for where, item in _items(path, text):
        if isinstance(item, SourceError):
            yield item
            continue
        try:
            yield from_object(where, item)
        except SourceError as exc:
            yield exc
