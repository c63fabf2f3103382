"""DOCX files are the same bytes whenever and wherever the same brief is rendered, and
our ZIP writer writes what zipfile would."""

from __future__ import annotations

import datetime as dt
import io
import struct
import time
import zipfile

from builders import brief

from briefgen import clock
from briefgen.render import render
from briefgen.render.docx import archive
from briefgen.render.templates import load_template

WHEN = dt.datetime(2024, 5, 1, 12, 30, 10, tzinfo=dt.UTC)
MEMBERS = [
    ("[Content_Types].xml", b"<Types/>"),
    ("word/document.xml", b"<w:document>" + b"text " * 500 + b"</w:document>"),
    ("docProps/thumbnail.jpeg", bytes(range(256)) * 4),
]


def _local_header_stamps(data: bytes) -> set[tuple[int, int]]:
    """(time, date) of every local file header, read straight from the bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        offsets = [info.header_offset for info in package.infolist()]
    return {struct.unpack_from("<HH", data, offset + 10) for offset in offsets}


def test_same_bytes_as_zipfile_writes_for_the_same_members_and_date():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in MEMBERS:
            info = zipfile.ZipInfo(name, (2024, 5, 1, 12, 30, 10))
            info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16
            package.writestr(info, data)
    assert archive.write_zip(MEMBERS, WHEN) == buffer.getvalue()


def test_every_entry_carries_the_date_and_the_content_is_intact():
    data = archive.write_zip(MEMBERS, WHEN)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        assert {i.date_time for i in package.infolist()} == {(2024, 5, 1, 12, 30, 10)}
        assert [(n, package.read(n)) for n in package.namelist()] == MEMBERS
    assert _local_header_stamps(data) == {struct.unpack("<HH", archive.dos_stamp(WHEN))}


def test_a_changed_member_is_deflated_again():
    first = archive.write_zip([("a.xml", b"<one/>" * 100)], WHEN)
    second = archive.write_zip([("a.xml", b"<two/>" * 100)], WHEN)
    with zipfile.ZipFile(io.BytesIO(second)) as package:
        assert package.read("a.xml") == b"<two/>" * 100
    assert first != second


def test_times_before_1980_are_clamped():
    data = archive.write_zip([("a", b"1")], dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.infolist()[0].date_time == (1980, 1, 1, 0, 0, 0)


def test_docx_rendered_seconds_apart_is_identical_and_opens():
    import docx

    template = load_template(None)
    with clock.fixed(WHEN):
        first = render(brief(), template, ["docx"])["docx"]
        time.sleep(2.1)  # ZIP times have 2-second steps: the wall clock moved on
        second = render(brief(), template, ["docx"])["docx"]
    assert first == second
    assert _local_header_stamps(first) == {struct.unpack("<HH", archive.dos_stamp(WHEN))}
    assert "A test brief" in [p.text for p in docx.Document(io.BytesIO(first)).paragraphs]
