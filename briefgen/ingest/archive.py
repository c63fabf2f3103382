"""Zip-based formats (DOCX) checked against decompression bombs before they are opened.

A few kilobytes of zip can inflate to gigabytes. The central directory states every
member's uncompressed size, so the check reads only that: too many members, too
much in total, or a member that inflates far more than text does is refused. (The
directory can lie; zipfile stops reading a member at its stated size, so a lying
member fails to open instead of growing.)
"""

from __future__ import annotations

import io
import zipfile

from briefgen import limits
from briefgen.errors import SourceError

MAX_MEMBERS = 2000
MAX_RATIO = 200
"""Text and XML compress 5 to 20 times; 200 leaves room and still stops bombs (1000+)."""
_SMALL = 1024 * 1024  # members this small cannot harm, whatever their ratio


def check_zip(where: str, data: bytes) -> None:
    """Raise `SourceError` unless `data` is a zip that is safe to open."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, NotImplementedError) as exc:
        raise SourceError(f"{where}: not a valid zip archive ({exc})") from None
    if len(members) > MAX_MEMBERS:
        raise SourceError(f"{where}: archive holds {len(members)} files, over {MAX_MEMBERS}")
    try:  # the decompressed_bytes limit (briefgen.limits, 200 MB unless raised)
        limits.check_archive([m.file_size for m in members])
    except limits.LimitError as exc:
        raise exc.at(where) from None
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _SMALL and ratio > MAX_RATIO:
            raise SourceError(
                f"{where}: {member.filename} inflates {ratio:.0f} times, over {MAX_RATIO} "
                "(a decompression bomb?)"
            )
