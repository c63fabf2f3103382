"""DOCX files are the same bytes whenever and wherever the same brief is rendered."""

from __future__ import annotations

import datetime as dt
import io
import struct
import time
import zipfile

import pytest
from builders import brief

from briefgen import clock
from briefgen.render import render
from briefgen.render.templates import load_template
from briefgen.render.zipstamp import restamp

WHEN = dt.datetime(2024, 5, 1, 12, 30, 10, tzinfo=dt.UTC)


def _local_header_stamps(data: bytes) -> list[tuple[int, int]]:
    """(time, date) of every local file header, read straight from the bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        offsets = [info.header_offset for info in archive.infolist()]
    return [struct.unpack_from("<HH", data, offset + 10) for offset in offsets]


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_restamp_dates_every_entry_and_keeps_the_content():
    original = _zip({"word/document.xml": b"<w:document/>" * 50, "[Content_Types].xml": b"x"})
    stamped = restamp(original, WHEN)
    with zipfile.ZipFile(io.BytesIO(stamped)) as archive:
        assert archive.testzip() is None
        assert [i.date_time for i in archive.infolist()] == [(2024, 5, 1, 12, 30, 10)] * 2
        assert archive.read("word/document.xml") == b"<w:document/>" * 50
    (time_field, date_field) = _local_header_stamps(stamped)[0]
    assert date_field == ((2024 - 1980) << 9) | (5 << 5) | 1
    assert time_field == (12 << 11) | (30 << 5) | 5
    assert len(set(_local_header_stamps(stamped))) == 1


def test_times_before_1980_are_clamped():
    stamped = restamp(_zip({"a": b"1"}), dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
    with zipfile.ZipFile(io.BytesIO(stamped)) as archive:
        assert archive.infolist()[0].date_time == (1980, 1, 1, 0, 0, 0)


def test_not_a_zip_is_refused():
    with pytest.raises(zipfile.BadZipFile):
        restamp(b"not a zip", WHEN)


def test_docx_rendered_seconds_apart_is_identical():
    template = load_template(None)
    with clock.fixed(WHEN):
        first = render(brief(), template, ["docx"])["docx"]
        time.sleep(2.1)  # ZIP times have 2-second steps: the wall clock moved on
        second = render(brief(), template, ["docx"])["docx"]
    assert first == second
    assert set(_local_header_stamps(first)) == {struct.unpack("<HH", _dos(WHEN))}


def _dos(when: dt.datetime) -> bytes:
    from briefgen.render.zipstamp import dos_stamp

    return dos_stamp(when)
