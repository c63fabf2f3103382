"""What `briefgen make` shows as it goes: every file written, one path a line."""

from __future__ import annotations

from pathlib import Path

from briefgen.errors import BriefgenError
from briefgen.progress import BarProgress, PlainProgress


def test_bar_prints_each_path_on_its_own_line_in_story_order(capsys):
    bar = BarProgress()
    bar.start(3)
    bar.story_done([Path("out/a.pdf"), Path("out/a.docx")], None)
    bar.story_done([], BriefgenError("b.txt: no text"))
    bar.story_done([Path("out/c.pdf")], None)
    bar.close()
    lines = [line.strip() for line in capsys.readouterr().err.splitlines()]
    assert [line for line in lines if line.startswith("out/")] == [
        "out/a.pdf",
        "out/a.docx",
        "out/c.pdf",
    ]


def test_plain_progress_prints_paths_on_stdout(capsys):
    plain = PlainProgress()
    plain.start(1)
    plain.story_done([Path("out/a.pdf"), Path("out/a.docx")], None)
    assert capsys.readouterr().out.splitlines() == ["out/a.pdf", "out/a.docx"]
