"""Reading source files as text, with the checks every loader needs.

Every problem becomes a `SourceError` that names the file and says what is wrong.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from briefgen.errors import SourceError

MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused before they are read (a guard, not a feature)."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Return the file's bytes, or raise `SourceError` saying why they cannot be had."""
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if not path.is_file():
        raise SourceError(f"{path}: not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        mib = 1024 * 1024
        raise SourceError(f"{path}: file is {size // mib} MB, over the {max_bytes // mib} MB limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise SourceError(f"{path}: file is empty")
    return data


def decode(path: Path, data: bytes) -> str:
    """Decode text bytes: a BOM wins, then UTF-8, then Windows-1252.

    A NUL byte outside UTF-16 means the file is not text at all.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:8192]:
        raise SourceError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Windows-1252 maps every byte but five; those become U+FFFD and are dropped
        # by normalisation rather than failing the whole article.
        return data.decode("cp1252", errors="replace")


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The file decoded as text, checked for existence, size, emptiness and binary."""
    text = decode(path, read_bytes(path, max_bytes))
    if not text.strip():
        raise SourceError(f"{path}: file is empty")
    return text
