"""The library's catalogue, `manifest.json`: read back with care, changed under a lock.

The manifest is the library's memory between two publishes, and it can be edited by
hand or come from somewhere else, so every entry is checked on reading: file names
are plain names inside the library (no folders, no `..`, no hidden files, no links),
formats are known, dates are dates. A bad entry is one line naming the entry and what
is wrong with it; nothing outside the folder is ever opened.

Two publishes into one folder at once take turns: `library_lock` holds an exclusive
`fcntl.flock` on a lock file in the folder for the whole read-modify-write.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from briefgen.distribute.library import FORMAT_TYPES, Entry
from briefgen.errors import DistributionError

MANIFEST = "manifest.json"
LOCK = ".briefgen-publish.lock"
_TEXT_FIELDS = ("stem", "key", "title", "date", "summary", "published", "updated")


@contextmanager
def library_lock(folder: Path) -> Iterator[None]:
    """Hold the library at `folder` for one publish; another publish waits its turn."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; one publish at a time is on the user
        yield
        return
    try:
        fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise DistributionError(
            f"{folder / LOCK}: cannot lock the library ({exc.strerror or exc})"
        ) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


class _Bad(Exception):
    """One thing wrong with one entry (turned into a DistributionError with its place)."""


def _plain_name(name: object, fmt: str) -> str:
    """A file name of this library: no folder part, not hidden, the format's suffix."""
    if not isinstance(name, str):
        raise _Bad(f"{name!r} is not a file name")
    parts = name.replace("\\", "/").split("/")
    if len(parts) != 1 or name.startswith(".") or "\x00" in name or ":" in name:
        raise _Bad(f"{name!r} is not a file name inside the library")
    if not name.lower().endswith(f".{fmt}"):
        raise _Bad(f"{name!r} is not a .{fmt} file")
    return name


def _check_date(value: str, field: str) -> None:
    try:
        if field == "date":
            if value:
                dt.date.fromisoformat(value)
        else:
            dt.datetime.fromisoformat(value)
    except ValueError:
        raise _Bad(f"{field} {value!r} is not a valid date") from None


def _entry(item: object) -> Entry:
    """One catalogue entry, every field checked."""
    if not isinstance(item, dict):
        raise _Bad("not an object")
    values: dict[str, Any] = {}
    for field in _TEXT_FIELDS:
        value = item.get(field)
        if not isinstance(value, str):
            raise _Bad(f"{field} is missing or not text")
        values[field] = value
    values["marking"] = item.get("marking", "")  # manifests before 0.2.0 have none
    if not isinstance(values["marking"], str):
        raise _Bad("marking is not text")
    for field in ("date", "published", "updated"):
        _check_date(values[field], field)
    files = item.get("files")
    if not isinstance(files, dict) or not files:
        raise _Bad("files is missing or empty")
    for fmt, name in files.items():
        if fmt not in FORMAT_TYPES:
            raise _Bad(f"files: unknown format {fmt!r} (known: {', '.join(FORMAT_TYPES)})")
        _plain_name(name, fmt)
    values["files"] = dict(files)
    return Entry(**values)


def _present(folder: Path, entry: Entry) -> bool:
    """Whether all of the entry's files are in the folder (a link is refused)."""
    for name in entry.files.values():
        path = folder / name
        if path.is_symlink():
            raise _Bad(f"{name!r} is a symbolic link; the library holds only its own files")
        if not path.is_file():
            return False
    return True


def load_entries(folder: Path) -> dict[str, Entry]:
    """The catalogue of an earlier publish by stem (empty for a new library).

    Entries whose files were deleted by hand are dropped; anything malformed is a
    `DistributionError` of one line.
    """
    path = folder / MANIFEST
    if path.is_symlink():
        raise DistributionError(f"{path}: is a symbolic link; move it away to start afresh")
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data["briefs"]
        if not isinstance(items, list):
            raise TypeError("'briefs' is not a list")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DistributionError(
            f"{path}: not a briefgen library manifest ({exc}); move it away to start afresh"
        ) from None
    entries: dict[str, Entry] = {}
    for n, item in enumerate(items):
        try:
            entry = _entry(item)
            if entry.stem in entries:
                raise _Bad(f"stem {entry.stem!r} is listed twice")
            if _present(folder, entry):
                entries[entry.stem] = entry
        except _Bad as exc:
            raise DistributionError(
                f"{path}: briefs[{n}]: {exc}; fix the entry or move {MANIFEST} away"
            ) from None
    return entries
