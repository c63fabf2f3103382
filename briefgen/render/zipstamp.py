"""Give every entry of a ZIP (a DOCX) one timestamp, so equal documents are equal bytes.

python-docx writes each part with the moment it was saved (`ZipFile.writestr` stamps
the local time), so two renders of the same brief a second apart, or on two machines
in different time zones, differ. `restamp` overwrites the DOS date and time fields of
every local header and central-directory record in place: nothing is recompressed.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile

LOCAL_HEADER = b"PK\x03\x04"
CENTRAL_RECORD = b"PK\x01\x02"
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


def restamp(data: bytes, when: dt.datetime) -> bytes:
    """`data` (a ZIP archive) with every entry dated `when` (UTC)."""
    stamp = dos_stamp(when)
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = archive.infolist()
        position = archive.start_dir  # offset of the central directory
    for entry in entries:
        offset = entry.header_offset
        if out[offset : offset + 4] != LOCAL_HEADER:
            raise ValueError(f"{entry.filename}: no local header where the ZIP says")
        out[offset + 10 : offset + 14] = stamp
    for _ in entries:
        if out[position : position + 4] != CENTRAL_RECORD:
            raise ValueError("ZIP central directory is not where its end record says")
        out[position + 12 : position + 16] = stamp
        name, extra, comment = struct.unpack_from("<HHH", out, position + 28)
        position += 46 + name + extra + comment
    return bytes(out)
