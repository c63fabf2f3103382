"""`briefgen publish DIR`: a static briefing library colleagues can browse or subscribe to.

DIR holds each brief's files under an OS-safe name, `index.html` (newest first, with
title, date, bottom line and links), `feed.xml` (Atom) and `manifest.json`, which is
both the catalogue read back on the next publish and the list of every file with its
SHA-256. Publishing again updates in place: a brief is identified by its file stem
(from its slug), a changed brief replaces its files and entry, an unchanged one is
left as it was (same bytes, same dates). Every file is written atomically.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from briefgen import __version__
from briefgen.distribute.briefs import BriefFile
from briefgen.distribute.library import Entry, atom_feed, index_html, newest_first
from briefgen.distribute.names import clean_text, file_stem
from briefgen.errors import DistributionError

MANIFEST = "manifest.json"
INDEX = "index.html"
FEED = "feed.xml"
PUBLISHED_FORMATS = ("pdf", "docx")


@dataclass
class PublishResult:
    folder: Path
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    total: int = 0

    def lines(self) -> list[str]:
        """What the CLI prints: one line per brief touched, then the totals."""
        out = [f"added     {self.folder / s}" for s in self.added]
        out += [f"updated   {self.folder / s}" for s in self.updated]
        out.append(
            f"{self.folder / INDEX}: {self.total} brief(s); {len(self.added)} added,"
            f" {len(self.updated)} updated, {len(self.unchanged)} unchanged"
        )
        return out


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _load_entries(folder: Path) -> dict[str, Entry]:
    """The catalogue of an earlier publish (empty for a new library)."""
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = [Entry.from_json(item) for item in data["briefs"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DistributionError(
            f"{path}: not a briefgen library manifest ({exc}); move it away to start afresh"
        ) from None
    return {e.stem: e for e in entries if all((folder / n).is_file() for n in e.files.values())}


def _entry_for(item: BriefFile, stem: str, files: dict[str, str], now: str) -> Entry:
    return Entry(
        stem=stem,
        key=item.key,
        title=clean_text(item.title),
        date=item.date.isoformat() if item.date else "",
        summary=clean_text(item.summary),
        files=files,
        published=now,
        updated=now,
    )


def _write(path: Path, data: bytes) -> None:
    from briefgen.outputs import write_atomic

    write_atomic(path, data)


def publish(
    folder: Path,
    briefs: list[BriefFile],
    *,
    title: str = "Briefing library",
    base_url: str | None = None,
) -> PublishResult:
    """Add or update `briefs` in the library at `folder`, then rewrite its index files."""
    from briefgen.clock import now as clock_now
    from briefgen.outputs import ensure_folder

    ensure_folder(folder)
    now = clock_now().isoformat().replace("+00:00", "Z")
    entries = _load_entries(folder)
    result = PublishResult(folder)
    for item in briefs:
        stem = file_stem(item.slug or item.title)
        payloads: dict[str, bytes] = {}
        for fmt in PUBLISHED_FORMATS:
            if fmt in item.files:
                try:
                    payloads[f"{stem}.{fmt}"] = item.files[fmt].read_bytes()
                except OSError as exc:
                    raise DistributionError(f"{item.files[fmt]}: cannot read ({exc})") from None
        files = {name.rsplit(".", 1)[1]: name for name in payloads}
        new = _entry_for(item, stem, files, now)
        old = entries.get(stem)
        same_files = (
            old is not None
            and old.files == files
            and all(
                _sha256((folder / name).read_bytes()) == _sha256(data)
                for name, data in payloads.items()
            )
        )
        shown = files.get("pdf") or next(iter(files.values()), stem)
        if old is not None and same_files and old.key == item.key:
            result.unchanged.append(shown)
            continue
        for name, data in payloads.items():
            _write(folder / name, data)
        if old is None:
            result.added.append(shown)
            entries[stem] = new
        else:
            result.updated.append(shown)
            entries[stem] = replace(new, published=old.published)
    ordered = newest_first(list(entries.values()))
    result.total = len(ordered)
    _write(folder / INDEX, index_html(ordered, title, FEED).encode("utf-8"))
    _write(folder / FEED, atom_feed(ordered, title, base_url, INDEX, FEED).encode("utf-8"))
    _write(folder / MANIFEST, _manifest(folder, ordered, title).encode("utf-8"))
    return result


def _manifest(folder: Path, entries: list[Entry], title: str) -> str:
    """The catalogue plus every file's SHA-256 (the manifest itself excepted)."""

    def digest(name: str) -> str:
        return _sha256((folder / name).read_bytes())

    names = [INDEX, FEED] + [n for e in entries for n in e.files.values()]
    data: dict[str, Any] = {
        "generator": f"briefgen {__version__}",
        "title": title,
        "updated": max((e.updated for e in entries), default=""),
        "briefs": [e.to_json() for e in entries],
        "files": {name: {"sha256": digest(name)} for name in sorted(names)},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
