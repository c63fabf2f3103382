"""Reading source files as text, with the checks every loader needs.

Every problem becomes a `SourceError` that names the file and says what is wrong.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from briefgen import limits
from briefgen.errors import SourceError

MAX_BYTES = limits.Limits.input_bytes
"""The default size guard; the limit in force is `limits.current().input_bytes`."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """Return the file's bytes, or raise `SourceError` saying why they cannot be had.

    Files over the input_bytes limit are refused before they are read.
    """
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if not path.is_file():
        raise SourceError(f"{path}: not a regular file")
    size = path.stat().st_size
    limit = max_bytes if max_bytes is not None else limits.current().input_bytes
    if size > limit:
        raise limits.LimitError("input_bytes", f"file is {size:,} bytes", limit, str(path))
    try:
        with path.open("rb") as handle:  # the file may have grown since stat()
            data = handle.read(limit + 1)
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise limits.LimitError("input_bytes", "file grew while read", limit, str(path))
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


def read_text(path: Path, max_bytes: int | None = None) -> str:
    """The file decoded as text, checked for existence, size, emptiness and binary."""
    text = decode(path, read_bytes(path, max_bytes))
    if not text.strip():
        raise SourceError(f"{path}: file is empty")
    return text
