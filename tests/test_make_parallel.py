"""`briefgen make --jobs N`: the same files, in the same order, whatever N is."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from stories import write_articles

from briefgen.cli import main
from briefgen.executors import LocalExecutor
from briefgen.pipeline import make
from briefgen.render.templates import shipped_dir

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "sources")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_one_and_two_workers_write_identical_files_in_the_same_order(
    runner, sources, tmp_path, monkeypatch
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = runner.invoke(main, ["make", "-j", jobs, "-o", str(out), str(sources)])
        assert result.exit_code == 0, result.output
        outputs[jobs] = ([Path(line).name for line in result.output.split()], _files(out))
    assert outputs["1"] == outputs["2"]
    names = outputs["1"][0]
    assert len(names) == 6
    assert [n.split("-", 3)[3].split(".")[0][:4] for n in names[::2]] == ["port", "mini", "educ"]


def test_without_source_date_epoch_every_docx_of_a_run_has_one_time(sources, tmp_path):
    import zipfile

    make([sources], None, ["docx"], tmp_path / "out", jobs=2)
    stamps = set()
    for path in (tmp_path / "out").glob("*.docx"):
        with zipfile.ZipFile(path) as archive:
            stamps |= {info.date_time for info in archive.infolist()}
    assert len(stamps) == 1


def _failing_template(tmp_path: Path) -> Path:
    """The shipped template, made to fail for one headline only."""
    folder = tmp_path / "fragile"
    shutil.copytree(shipped_dir() / "policy-brief", folder)
    body = folder / "brief.md.j2"
    body.write_text('{% if "Night" in title %}{{ no_such_value }}{% endif %}' + body.read_text())
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_story_is_reported_and_the_others_are_made(sources, tmp_path, jobs):
    report = make([sources], str(_failing_template(tmp_path)), ["pdf"], tmp_path / "o", jobs=jobs)
    assert len(report.made) == 2
    assert [str(f).split(":")[0] for f in report.failures] == [str(sources / "night-trains.txt")]
    assert "no_such_value" in str(report.failures[0])
    assert sorted(p.name[11:15] for p in (tmp_path / "o").glob("*.pdf")) == ["educ", "port"]


def test_cli_reports_failures_at_the_end_with_exit_code_1(runner, sources, tmp_path):
    template = str(_failing_template(tmp_path))
    args = ["make", "-j", "2", "-t", template, "-o", str(tmp_path / "o"), str(sources)]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[-2].startswith(f"briefgen: error: {sources / 'night-trains.txt'}: ")
    assert lines[-1] == "briefgen: made 2 brief(s); 1 failed"
    assert [Path(line).suffix for line in lines[:4]] == [".pdf", ".docx"] * 2


def test_one_story_is_made_in_this_process_whatever_the_workers(
    runner, sources, tmp_path, monkeypatch
):
    # A pool would load spaCy and analyse the story again in each process it starts.
    def no_pool(self, size):
        raise AssertionError("a pool was started for one story")

    monkeypatch.setattr(LocalExecutor, "_start", no_pool)
    one = sorted(sources.iterdir())[0]
    result = runner.invoke(main, ["make", "-j", "2", "-o", str(tmp_path / "o"), str(one)])
    assert result.exit_code == 0, result.output
    assert sorted(p.suffix for p in (tmp_path / "o").iterdir() if p.is_file()) == [
        ".docx",
        ".pdf",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-j", "0"], "0 is not in the range x>=1"),
        (["--executor", "local", "--scheduler", "tcp://127.0.0.1:9"], "--executor dask"),
        (["--executor", "dask"], "BRIEFGEN_DASK_SCHEDULER"),
    ],
)
def test_bad_parallel_options_are_usage_errors(runner, sources, tmp_path, args, message):
    result = runner.invoke(main, ["make", *args, "-o", str(tmp_path / "o"), str(sources)])
    assert result.exit_code == 2
    assert message in result.output


def test_scheduler_in_the_environment_is_only_read_for_dask(runner, sources, tmp_path):
    env = {"BRIEFGEN_DASK_SCHEDULER": "tcp://127.0.0.1:9"}
    result = runner.invoke(main, ["make", "-o", str(tmp_path / "o"), str(sources)], env=env)
    assert result.exit_code == 0, result.output


def test_a_terminal_gets_a_progress_bar_and_a_pipe_plain_paths(sources, tmp_path):
    """Run the real command under a pseudo-terminal, then with stdout piped."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100", "TERM": "xterm"}
    command = [sys.executable, "-m", "briefgen", "make", "-j", "2", "-o", str(tmp_path / "o")]
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*command, str(sources)], stdin=follower, stdout=follower, stderr=follower, env=env
    )
    os.close(follower)
    screen, deadline = b"", time.monotonic() + 60
    while time.monotonic() < deadline:
        if select.select([leader], [], [], 0.5)[0]:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    assert process.wait(timeout=30) == 0
    text = screen.decode("utf-8", "replace")
    assert "Making briefs" in text and "3/3" in text
    assert text.count(".pdf") >= 3

    piped = subprocess.run([*command, str(sources)], capture_output=True, text=True, env=env)
    assert piped.returncode == 0
    assert "Making briefs" not in piped.stdout + piped.stderr
    assert [Path(line).suffix for line in piped.stdout.split()] == [".pdf", ".docx"] * 3
