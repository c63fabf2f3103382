"""Reading source files as bytes and text, with the checks every loader needs.

Every problem becomes a `SourceError` that names the file and says what is wrong.
The size limit is a guard against a mistaken or hostile input, not a feature: it is
`MAX_BYTES` unless the environment variable `BRIEFGEN_MAX_SOURCE_MB` or the caller
says otherwise.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from typing import BinaryIO

from briefgen.errors import SourceError

MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused before they are read."""

MAX_BYTES_ENV = "BRIEFGEN_MAX_SOURCE_MB"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Letters outside ASCII. Western European text decoded as cp1252 has a few of them;
# Cyrillic or Greek bytes decoded as cp1252 turn into runs of them ("Ãîðîä").
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
_LETTER = re.compile(r"[^\W\d_]")
_FOREIGN_SHARE = 0.3
# C0 controls other than tab, newline, vertical tab, form feed, carriage return and
# escape, and DEL. Compressed or random bytes have about 11% of them; text that is not
# UTF-8 (Windows-1252) has none, UTF-8 text pasted from a terminal a few.
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_LEGACY_CONTROL_SHARE = 0.01
_UTF8_CONTROL_SHARE = 0.3


def max_bytes() -> int:
    """The size limit in force: `BRIEFGEN_MAX_SOURCE_MB` if set, else the input_bytes limit
    (`briefgen.limits`: BRIEFGEN_LIMIT_INPUT_BYTES, briefgen.toml's [limits], 50 MB)."""
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not value:
        from briefgen import limits

        return limits.current().input_bytes
    try:
        megabytes = float(value)
    except ValueError:
        raise SourceError(f"{MAX_BYTES_ENV}={value!r} is not a number of megabytes") from None
    if megabytes <= 0:
        raise SourceError(f"{MAX_BYTES_ENV}={value!r} must be more than 0")
    return int(megabytes * 1024 * 1024)


def _megabytes(n: int) -> str:
    if n < 100 * 1024:  # a small limit set for a test or a tight machine
        return f"{n:,} bytes"
    return f"{n / (1024 * 1024):.1f}".removesuffix(".0") + " MB"


def too_big(where: object, size: int, limit: int) -> SourceError:
    """The one message for every size limit, so files and downloads read the same."""
    return SourceError(
        f"{where}: {_megabytes(size)} is over the {_megabytes(limit)} limit (raise it with "
        f"{MAX_BYTES_ENV}, or input_bytes under [limits] in briefgen.toml)"
    )


def _read_upto(handle: BinaryIO, size: int, limit: int) -> bytes:
    """At most `limit + 1` bytes, asking for the size `stat()` gave and more only if it grew.

    `read(limit + 1)` would allocate the whole limit (50 MB by default) for every file,
    however small, before shrinking it.
    """
    data = handle.read(size + 1)
    if len(data) <= size:
        return data
    parts = [data]
    got = len(data)
    while got <= limit:  # the file grew after stat(): read on, in bounded chunks
        chunk = handle.read(min(1 << 20, limit + 1 - got))
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """Return the file's bytes, or raise `SourceError` saying why they cannot be had."""
    limit = max_bytes() if limit is None else limit
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if not path.is_file():
        raise SourceError(f"{path}: not a regular file")
    size = path.stat().st_size
    if size > limit:
        raise too_big(path, size, limit)
    try:
        with path.open("rb") as handle:
            data = _read_upto(handle, size, limit)
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise too_big(path, len(data), limit)
    if not data.strip():
        raise SourceError(f"{path}: file is empty")
    return data


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: ASCII letters leave NULs on every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    encoding = "utf-16-le" if odd > 0.4 * half and even == 0 else None
    encoding = "utf-16-be" if even > 0.4 * half and odd == 0 else encoding
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _legacy(data: bytes) -> str:
    """Decode bytes that are not UTF-8: Windows-1252 unless they read as another script.

    charset-normalizer alone takes short French or German text for cp1250, which
    garbles letters; so cp1252 wins whenever it gives mostly-ASCII letters, and the
    detector is asked only when it gives runs of accented letters (Cyrillic, Greek).
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # Five bytes are undefined in cp1252; Latin-1 maps every byte.
        text = data.decode("latin-1")
    letters = len(_LETTER.findall(text[:20000])) or 1
    if len(_NON_ASCII_LETTER.findall(text[:20000])) / letters < _FOREIGN_SHARE:
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding.startswith(("utf_16", "utf_32")):
        return text
    return str(best)


def _controls(sample: bytes) -> int:
    """How many bytes of `sample` are control characters that text does not use."""
    return sum(sample.count(bytes([b])) for b in _CONTROL_BYTES)


def _binary(path: Path, kind: str | None = None) -> SourceError:
    return SourceError(f"{path}: binary data{f' ({kind})' if kind else ''}, not text")


def decode(path: Path, data: bytes) -> str:
    """Decode text bytes: a BOM wins, then UTF-8, then UTF-16 by its NULs, then legacy.

    The content decides whether a file is text, never its name: a NUL byte that is not
    UTF-16's, the signature of a binary format (`sniff.binary_kind`) on bytes that are not
    UTF-8, or too many control bytes, and the file is refused as binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise SourceError(
                    f"{path}: starts with a {encoding} mark but is not {encoding} text"
                ) from None
    from briefgen.ingest.sniff import binary_kind

    kind = binary_kind(data[:32])
    sample = data[:8192]
    if b"\x00" in sample:
        text = _utf16_without_bom(data)
        if text is None:
            raise _binary(path, kind)
        return text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if kind or _controls(sample) > max(1, len(sample) * _LEGACY_CONTROL_SHARE):
            raise _binary(path, kind) from None
        return _legacy(data)
    if _controls(sample) > len(sample) * _UTF8_CONTROL_SHARE:
        raise _binary(path, kind)
    return text


def read_text(path: Path, limit: int | None = None) -> str:
    """The file decoded as text, checked for existence, size, emptiness and binary."""
    text = decode(path, read_bytes(path, limit))
    if not text.strip():
        raise SourceError(f"{path}: file is empty")
    return text
