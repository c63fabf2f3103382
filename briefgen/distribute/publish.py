"""`briefgen publish DIR`: a static briefing library colleagues can browse or subscribe to.

DIR holds each brief's files under an OS-safe name, `index.html` (newest first, with
title, handling marking, date, bottom line and links), `feed.xml` (Atom) and
`manifest.json`, which is both the catalogue read back on the next publish and the
list of every file with its SHA-256.

A brief is identified by its file's name: publishing `…-vote.pdf` again replaces the
brief of that name when it changed and leaves it as it was (same bytes, same dates)
when it did not. Two different briefs never share a name: `make` writes `…-vote.pdf`
and `…-vote-2.pdf` for two briefs with the same slug, and two files of the same name
given at once are published as `…-vote` and `…-vote-2`. Every brief given is added,
updated, unchanged, skipped as given twice, or listed as not added with the reason.

The whole read-modify-write runs under the library's lock (`catalogue.library_lock`),
so two publishes into one folder take turns, and every file is written atomically,
the manifest last.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from briefgen import __version__
from briefgen.distribute.briefs import BriefFile
from briefgen.distribute.catalogue import MANIFEST, library_lock, load_entries
from briefgen.distribute.filemeta import handling_marking
from briefgen.distribute.library import Entry, atom_feed, index_html, newest_first
from briefgen.distribute.names import clean_text, file_stem
from briefgen.errors import DistributionError

INDEX = "index.html"
FEED = "feed.xml"
PUBLISHED_FORMATS = ("pdf", "docx")


@dataclass
class PublishResult:
    folder: Path
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # given twice: "what: why"
    not_added: list[str] = field(default_factory=list)  # "what: why", one line each
    total: int = 0

    def lines(self) -> list[str]:
        """What the CLI prints: one line per brief touched or not added, then the totals."""
        out = [f"added     {self.folder / s}" for s in self.added]
        out += [f"updated   {self.folder / s}" for s in self.updated]
        out += [f"skipped   {reason}" for reason in self.skipped]
        out += [f"not added {reason}" for reason in self.not_added]
        refused = f", {len(self.skipped)} given twice" if self.skipped else ""
        refused += f", {len(self.not_added)} not added" if self.not_added else ""
        out.append(
            f"{self.folder / INDEX}: {self.total} brief(s); {len(self.added)} added,"
            f" {len(self.updated)} updated, {len(self.unchanged)} unchanged{refused}"
        )
        return out


class _NotAdded(Exception):
    """Why one brief given to publish is not added."""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _payloads(item: BriefFile) -> dict[str, bytes]:
    """Format → bytes of the brief's PDF and DOCX."""
    payloads: dict[str, bytes] = {}
    for fmt in PUBLISHED_FORMATS:
        if fmt in item.files:
            try:
                payloads[fmt] = item.files[fmt].read_bytes()
            except OSError as exc:
                raise _NotAdded(f"{item.files[fmt]}: cannot read ({exc.strerror or exc})") from None
    if not payloads:
        raise _NotAdded(f"{item.main_file}: brief {item.title!r} has no PDF or Word file")
    return payloads


def _stem_for(item: BriefFile, entries: dict[str, Entry], taken: dict[str, str]) -> str:
    """The library name of `item`: its file's name, unless another brief given in
    this run has it (then `-2`, `-3`...); a name where the library already holds
    this very brief is kept."""
    base = file_stem(item.main_file.stem)
    names = [base] + [f"{base}-{n}" for n in range(2, len(taken) + 3)]
    for stem in names:
        known = entries.get(stem)
        if stem not in taken and known is not None and known.key == item.key:
            return stem
    return next(stem for stem in names if stem not in taken)


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
        marking=clean_text(handling_marking(item.files)),
    )


def _write(path: Path, data: bytes) -> None:
    from briefgen.outputs import write_atomic

    write_atomic(path, data)


def _unchanged(folder: Path, old: Entry | None, new: Entry, payloads: dict[str, bytes]) -> bool:
    if old is None or old.files != new.files or old.key != new.key or old.marking != new.marking:
        return False
    return all(
        _sha256((folder / new.files[fmt]).read_bytes()) == _sha256(data)
        for fmt, data in payloads.items()
    )


def publish(
    folder: Path,
    briefs: list[BriefFile],
    *,
    title: str = "Briefing library",
    base_url: str | None = None,
    not_added: list[str] | None = None,
) -> PublishResult:
    """Add or update `briefs` in the library at `folder`, then rewrite its index files.

    `not_added` holds the files already found not to be briefs, reported with the rest.
    """
    from briefgen.clock import now as clock_now
    from briefgen.outputs import ensure_folder

    ensure_folder(folder)
    now = clock_now().isoformat().replace("+00:00", "Z")
    result = PublishResult(folder, not_added=list(not_added or []))
    with library_lock(folder):
        entries = load_entries(folder)
        taken: dict[str, str] = {}  # stem → key of the brief given in this run
        seen: dict[str, Path] = {}  # key, and SHA-256 of the main file → the file given
        for item in briefs:
            try:
                payloads = _payloads(item)
            except _NotAdded as exc:
                result.not_added.append(str(exc))
                continue
            digest = _sha256(payloads.get("pdf") or payloads["docx"])
            first = seen.get(item.key) or seen.get(digest)
            if first is not None:
                result.skipped.append(f"{item.main_file}: the same brief as {first}")
                continue
            stem = _stem_for(item, entries, taken)
            taken[stem] = item.key
            seen[item.key] = seen[digest] = item.main_file
            new = _entry_for(item, stem, {fmt: f"{stem}.{fmt}" for fmt in payloads}, now)
            old = entries.get(stem)
            shown = new.files.get("pdf") or new.files["docx"]
            if _unchanged(folder, old, new, payloads):
                result.unchanged.append(shown)
                continue
            for fmt, data in payloads.items():
                _write(folder / new.files[fmt], data)
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
        try:
            return _sha256((folder / name).read_bytes())
        except OSError as exc:
            raise DistributionError(
                f"{folder / name}: cannot read ({exc.strerror or exc})"
            ) from None

    names = [INDEX, FEED] + [n for e in entries for n in e.files.values()]
    data: dict[str, Any] = {
        "generator": f"briefgen {__version__}",
        "title": title,
        "updated": max((e.updated for e in entries), default=""),
        "briefs": [e.to_json() for e in entries],
        "files": {name: {"sha256": digest(name)} for name in sorted(names)},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
