"""Files are written several at a time, and stories reported in the order given."""

from __future__ import annotations

import time
from pathlib import Path

from builders import brief

from briefgen import writer
from briefgen.errors import RenderError
from briefgen.outputs import write_atomic


def test_stories_are_reported_in_order_even_when_a_later_write_finishes_first(
    tmp_path, monkeypatch
):
    def slow_for_first(path: Path, data: bytes) -> Path:
        if path.name.startswith("first"):
            time.sleep(0.3)
        return write_atomic(path, data)

    monkeypatch.setattr(writer, "write_atomic", slow_for_first)
    seen = []
    with writer.OrderedWriter(lambda b, files, failure: seen.append((b.title, files))) as out:
        for name in ("first", "second", "third"):
            out.add(brief(title=name), {"md": (tmp_path / f"{name}.md", name.encode())})
    assert [title for title, _ in seen] == ["first", "second", "third"]
    assert seen[0][1] == {"md": tmp_path / "first.md"}
    assert (tmp_path / "first.md").read_bytes() == b"first"


def test_a_failed_write_and_a_failed_story_are_reported_in_their_turn(tmp_path):
    seen = []
    with writer.OrderedWriter(lambda b, files, failure: seen.append((b, files, failure))) as out:
        out.add(brief(title="lost"), {"md": (tmp_path / "missing" / "lost.md", b"x")})
        out.fail(RenderError("story two: could not be rendered"))
        out.add(brief(title="kept"), {"md": (tmp_path / "kept.md", b"y")})
    assert [(b and b.title, str(f) if f else None) for b, _, f in seen] == [
        (None, f"{tmp_path / 'missing' / 'lost.md'}: cannot write (No such file or directory)"),
        (None, "story two: could not be rendered"),
        ("kept", None),
    ]
