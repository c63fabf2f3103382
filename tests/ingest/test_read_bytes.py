"""Reading a source: bounded by the size limit, without allocating the limit for each file."""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pytest

from briefgen.errors import SourceError
from briefgen.ingest.files import _read_upto, read_bytes


def test_a_small_file_does_not_cost_an_allocation_the_size_of_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("A short note about a council vote.\n", encoding="utf-8")
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        data = read_bytes(path, limit=64 * 2**20)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert data.startswith(b"A short note")
    assert peak < 2**20


def test_a_file_that_grew_after_stat_is_read_on_up_to_the_limit() -> None:
    handle = io.BytesIO(b"x" * 5000)
    assert _read_upto(handle, size=100, limit=10_000) == b"x" * 5000
    handle = io.BytesIO(b"y" * 5000)
    assert len(_read_upto(handle, size=100, limit=1000)) == 1001  # one past: "too big"


def test_a_file_over_the_limit_is_refused_with_the_limit_named(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(SourceError, match=r"long\.txt: .* limit"):
        read_bytes(path, limit=1000)
