"""Saving a DOCX: python-docx lays out the package, this module writes the ZIP.

python-docx deflates every part at every save. Two of them, the style parts of its
blank document (350 and 440 KB of XML), are the same in every brief and cost more to
compress than the brief's own text. Here each part's deflated bytes are kept and reused
while the part is unchanged. Every entry is dated with the brief's clock, so the same
brief gives the same bytes. The bytes are those `zipfile` would write for the same
entries and dates (tests/render/docx/test_docx_archive.py checks it).
"""

from __future__ import annotations

import datetime as dt
import struct
import threading
import zipfile
import zlib
from collections.abc import Mapping
from typing import Any

from docx.opc.pkgwriter import PackageWriter

# zipfile's choices for a member written with writestr(name, data) and ZIP_DEFLATED.
_VERSION = 20
_UNIX = 3
_FILE_MODE = 0o600 << 16
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")

# ZIP stores times from 1980 to 2107 only; anything outside is clamped.
EARLIEST = dt.datetime(1980, 1, 1)
LATEST = dt.datetime(2107, 12, 31, 23, 59, 58)


def dos_stamp(when: dt.datetime) -> bytes:
    """The 4 bytes ZIP stores for `when` (time then date, 2-second resolution)."""
    naive = when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when
    naive = min(max(naive, EARLIEST), LATEST)
    time = (naive.hour << 11) | (naive.minute << 5) | (naive.second // 2)
    date = ((naive.year - 1980) << 9) | (naive.month << 5) | naive.day
    return struct.pack("<HH", time, date)


_deflated: dict[str, tuple[bytes, int, bytes]] = {}  # name → (part, crc, deflated)
_lock = threading.Lock()


class _Entries:
    """Collects what python-docx's PackageWriter writes (its PhysPkgWriter interface)."""

    def __init__(self) -> None:
        self.items: list[tuple[str, bytes]] = []

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self.items.append((pack_uri.membername, blob))

    def close(self) -> None:
        pass


def _deflate(name: str, blob: bytes) -> tuple[int, bytes]:
    with _lock:
        known = _deflated.get(name)
        if known is not None and known[0] == blob:
            return known[1], known[2]
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    data = compressor.compress(blob) + compressor.flush()
    crc = zlib.crc32(blob)
    with _lock:
        _deflated[name] = (blob, crc, data)
    return crc, data


class _Serialized:
    """A part whose bytes are already known: python-docx's writer reads only these."""

    def __init__(self, part: Any, blob: bytes) -> None:
        self.partname, self.rels, self.blob = part.partname, part.rels, blob


def entries(document: Any, known: Mapping[Any, bytes] | None = None) -> list[tuple[str, bytes]]:
    """The package's members in python-docx's order, as (name, bytes); the parts in
    `known` (part → bytes, see base) are not serialized again."""
    known = known or {}
    package = document.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    collected = _Entries()
    PackageWriter._write_content_types_stream(collected, parts)
    PackageWriter._write_pkg_rels(collected, package.rels)
    written = [_Serialized(part, known[part]) if part in known else part for part in parts]
    PackageWriter._write_parts(collected, written)  # type: ignore[arg-type]
    return collected.items


def write_zip(members: list[tuple[str, bytes]], when: dt.datetime) -> bytes:
    """A ZIP of `members`, deflated, every entry dated `when`."""
    time, date = struct.unpack("<HH", dos_stamp(when))
    out, central = bytearray(), bytearray()
    for name, blob in members:
        crc, data = _deflate(name, blob)
        info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.CRC, info.compress_size, info.file_size = crc, len(data), len(blob)
        offset = len(out)
        header = bytearray(info.FileHeader(zip64=False))
        header[10:14] = struct.pack("<HH", time, date)
        out += header + data
        flags = info.flag_bits
        fields = (b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, flags, zipfile.ZIP_DEFLATED)
        fields += (time, date, crc, len(data), len(blob), len(info.filename.encode()), 0, 0)
        central += _CENTRAL.pack(*fields, 0, 0, _FILE_MODE, offset) + info.filename.encode()
    end = _END.pack(b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(out), 0)
    return bytes(out + central + end)


def save(document: Any, when: dt.datetime, known: Mapping[Any, bytes] | None = None) -> bytes:
    """The DOCX bytes of `document`, dated `when` (`known`: see `entries`)."""
    return write_zip(entries(document, known), when)
