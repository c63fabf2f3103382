"""Files are written several at a time, stories reported in the order given, and a
brief is on disk in all its formats or not at all."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from builders import brief

from briefgen import writer
from briefgen.errors import RenderError
from briefgen.interrupt import Interrupted
from briefgen.outputs import write_temp


def test_stories_are_reported_in_order_even_when_a_later_write_finishes_first(
    tmp_path, monkeypatch
):
    def slow_for_first(path: Path, data: bytes) -> Path:
        if path.name.startswith("first"):
            time.sleep(0.3)
        return write_temp(path, data)

    monkeypatch.setattr(writer, "write_temp", slow_for_first)
    seen = []
    with writer.OrderedWriter(lambda n, b, files, failure: seen.append((n, b.title, files))) as out:
        for n, name in enumerate(("first", "second", "third")):
            out.add(n, brief(title=name), {"md": (tmp_path / f"{name}.md", name.encode())})
    assert [(n, title) for n, title, _ in seen] == [(0, "first"), (1, "second"), (2, "third")]
    assert seen[0][2] == {"md": tmp_path / "first.md"}
    assert (tmp_path / "first.md").read_bytes() == b"first"


def test_a_failed_write_and_a_failed_story_are_reported_in_their_turn(tmp_path):
    seen = []
    with writer.OrderedWriter(lambda n, b, files, failure: seen.append((b, files, failure))) as out:
        out.add(0, brief(title="lost"), {"md": (tmp_path / "missing" / "lost.md", b"x")})
        out.fail(1, RenderError("story two: could not be rendered"))
        out.add(2, brief(title="kept"), {"md": (tmp_path / "kept.md", b"y")})
    assert [(b and b.title, str(f) if f else None) for b, _, f in seen] == [
        (None, f"{tmp_path / 'missing' / 'lost.md'}: cannot write (No such file or directory)"),
        (None, "story two: could not be rendered"),
        ("kept", None),
    ]


def test_a_brief_with_one_format_not_written_leaves_none_of_its_files(tmp_path, monkeypatch):
    def pdf_fails(path: Path, data: bytes) -> Path:
        if path.suffix == ".pdf":
            raise RenderError(f"{path}: cannot write (File too large)")
        return write_temp(path, data)

    monkeypatch.setattr(writer, "write_temp", pdf_fails)
    seen = []
    with writer.OrderedWriter(lambda n, b, files, failure: seen.append((b, files, failure))) as out:
        files = {fmt: (tmp_path / f"levy.{fmt}", b"x" * 10) for fmt in ("md", "docx", "pdf")}
        out.add(0, brief(title="levy"), files)
    assert [(b, files, str(f)) for b, files, f in seen] == [
        (None, {}, f"{tmp_path / 'levy.pdf'}: cannot write (File too large)")
    ]
    assert list(tmp_path.iterdir()) == []  # no .md, no .docx, no temporary file


def _interrupted_batch(tmp_path: Path, monkeypatch, threads: int) -> list:
    """Two briefs of two formats; first.docx takes 0.3 s; interrupted right after."""

    def slow_first(path: Path, data: bytes) -> Path:
        if path.name == "first.docx":
            time.sleep(0.3)
        return write_temp(path, data)

    monkeypatch.setattr(writer, "THREADS", threads)
    monkeypatch.setattr(writer, "write_temp", slow_first)
    seen: list = []
    with (
        pytest.raises(Interrupted),
        writer.OrderedWriter(
            lambda n, b, files, failure: seen.append((n, sorted(files), failure))
        ) as out,
    ):
        for n, name in enumerate(("first", "second")):
            files = {fmt: (tmp_path / f"{name}.{fmt}", b"x") for fmt in ("docx", "pdf")}
            out.add(n, brief(title=name), files)
        raise Interrupted("SIGTERM")
    return seen


def test_an_interrupted_writer_reports_exactly_the_briefs_it_leaves_on_disk(tmp_path, monkeypatch):
    seen = _interrupted_batch(tmp_path, monkeypatch, threads=4)
    # a write still queued when the pool stopped was cancelled: each brief is made
    # whole (both formats, reported) or not at all (no file, not reported)
    assert all(files == ["docx", "pdf"] and failure is None for _, files, failure in seen)
    made = {("first", "second")[n] for n, _, _ in seen}
    expected = sorted(f"{name}.{fmt}" for name in made for fmt in ("docx", "pdf"))
    assert sorted(p.name for p in tmp_path.iterdir()) == expected


def test_an_interrupted_writer_leaves_nothing_of_a_brief_whose_writes_were_cancelled(
    tmp_path, monkeypatch
):
    seen = _interrupted_batch(tmp_path, monkeypatch, threads=1)
    assert seen == []  # first.pdf and all of second were still queued: cancelled
    assert list(tmp_path.iterdir()) == []  # first.docx, written, was removed with it


def test_a_signal_during_the_check_of_a_write_waits_until_the_check_ends(tmp_path, monkeypatch):
    """A signal raised inside `Future.done()` right after it took the future's lock
    left the lock taken, and the stopped batch hung for ever on the write thread that
    wanted it: the check is held like the rest of the reporting."""
    import os
    import signal
    from concurrent.futures import Future

    from briefgen.interrupt import stop_on_signals

    real_done = Future.done
    calls: list[Future] = []
    checks: list[bool] = []

    def signalled_during(future: Future) -> bool:
        calls.append(future)
        os.kill(os.getpid(), signal.SIGTERM)
        answer = real_done(future)
        checks.append(answer)
        return answer

    with stop_on_signals(), pytest.raises(Interrupted):
        with writer.OrderedWriter(lambda *args: None) as out:
            monkeypatch.setattr(Future, "done", signalled_during)
            out.add(0, brief(title="one"), {"pdf": (tmp_path / "one.pdf", b"x")})
    assert calls and len(checks) == len(calls)  # every check ran to its end, the signal after
