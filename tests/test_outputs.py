"""Temporary files left by a killed run are swept by the next one, and nothing else is."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from briefgen.outputs import STALE_AFTER, ensure_folder, sweep_temps, write_atomic


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_killed_writers_temporary_file_is_removed_by_the_next_run(tmp_path: Path) -> None:
    # What SIGKILL leaves: no `finally` ran, so the temporary file stays under its name.
    leftover = tmp_path / f".brief.pdf.{_dead_pid()}-0123456789ab.tmp"
    leftover.write_bytes(b"%PDF-1.4 half")
    ensure_folder(tmp_path)
    assert not leftover.exists()


def test_a_running_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    busy = tmp_path / f".brief.pdf.{os.getpid()}-0123456789ab.tmp"
    busy.write_bytes(b"being written")
    assert sweep_temps(tmp_path) == []
    assert busy.exists()


def test_a_day_old_temporary_file_is_removed_even_if_its_pid_is_alive(tmp_path: Path) -> None:
    old = tmp_path / f".brief.docx.{os.getpid()}-0123456789ab.tmp"
    old.write_bytes(b"x")
    assert sweep_temps(tmp_path, now=time.time() + STALE_AFTER + 60) == [old]


def test_other_files_are_never_touched(tmp_path: Path) -> None:
    dead = _dead_pid()
    keep = [
        tmp_path / "brief.pdf",
        tmp_path / f"notes.{dead}-0123456789ab.tmp",  # not hidden: not ours
        tmp_path / f".brief.pdf.{dead}-xyz.tmp",  # not our suffix
        tmp_path / ".brief.pdf.tmp",
    ]
    for path in keep:
        path.write_bytes(b"keep")
    (tmp_path / f".folder.{dead}-0123456789ab.tmp").mkdir()
    assert sweep_temps(tmp_path) == []
    assert all(path.exists() for path in keep)


def test_write_atomic_names_its_temporary_file_so_the_sweep_can_recognise_it(
    tmp_path: Path, monkeypatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    write_atomic(tmp_path / "brief.pdf", b"%PDF")
    assert seen and seen[0].startswith(f".brief.pdf.{os.getpid()}-")
    # the name the sweep looks for, with a pid that no longer runs
    stale = tmp_path / seen[0].replace(str(os.getpid()), str(_dead_pid()))
    stale.write_bytes(b"x")
    assert sweep_temps(tmp_path) == [stale]
