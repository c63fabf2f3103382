"""Faults around `briefgen make`: full disk, read-only folder, a reader holding the old
file, and SIGINT / SIGTERM in the middle of a batch.

Whatever happens, no partial file may sit under an output name, no temporary file may
be left behind, the run must say what it made and what it did not, and a rerun must
make the rest. The processes are real (`run_briefgen.py`); the full and read-only
folders are small tmpfs mounts when this machine lets root mount them, and a file-size
limit (RLIMIT_FSIZE) stands in for a full disk when it does not.
"""

from __future__ import annotations

import os
import random
import re
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_support import read_docx, read_pdf

RUN = Path(__file__).resolve().parent / "run_briefgen.py"


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfglmnprstvz") + rng.choice("aeiou") for _ in range(3))


def write_sources(folder: Path, count: int) -> list[Path]:
    """`count` articles that share no rare words and lie three years apart, so neither
    grouping nor the wire-copy check joins them: each is its own story and brief."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        rng = random.Random(n)
        place, thing, person = (_word(rng).title() for _ in range(3))
        extra = " ".join(_word(rng) for _ in range(30))
        body = (
            f"The {place} council proposed a {thing.lower()} levy. Ms. {person}, the mayor, "
            f"supports it. Traders oppose it, saying {extra}.\n\n"
            f"The {place} finance committee backed the {thing.lower()} plan on Tuesday."
        )
        path = folder / f"{n:03d}.txt"
        path.write_text(f" date {1950 + 3 * n}-05-01 Title: Levy plan number {n}\n\n{body}\n")
        paths.append(path)
    return paths


def briefgen(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, str(RUN), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **kwargs,
    )


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=300)
    return process.returncode, out, err


def assert_only_whole_documents(folder: Path) -> None:
    """Every file under an output name reopens; no temporary file is left behind."""
    leftovers = [p.name for p in folder.rglob("*.tmp")]
    assert not leftovers, leftovers
    for path in folder.iterdir():
        if path.suffix == ".pdf" and path.is_file():
            read_pdf(path.read_bytes())
        elif path.suffix == ".docx" and path.is_file():
            read_docx(path.read_bytes())


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    return done.returncode == 0


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[callable]:
    """mount(folder, size) → True if a tmpfs was mounted there; unmounted afterwards."""
    mounts: list[Path] = []

    def mount(folder: Path, size: str) -> bool:
        ok = _mount_tmpfs(folder, size)
        if ok:
            mounts.append(folder)
        return ok

    yield mount
    for folder in reversed(mounts):
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _file_size_limit(limit: int):  # noqa: ANN202 (a preexec_fn)
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_full_output_folder_fails_cleanly_and_leaves_no_partial_file(tmp_path, mounted):
    sources = write_sources(tmp_path / "src", 3)
    out = tmp_path / "out"
    if mounted(out, "48k"):
        process = briefgen("make", *map(str, sources), "-o", str(out))
    else:  # no mount allowed: a per-process file-size limit fails writes the same way
        out.mkdir()
        process = briefgen(
            "make", *map(str, sources), "-o", str(out), preexec_fn=_file_size_limit(30_000)
        )
    code, stdout, stderr = finish(process)
    assert code == 1, stderr
    assert "Traceback" not in stderr and "internal error" not in stderr
    assert re.search(r"No space left on device|File too large", stderr), stderr
    assert re.search(r"made \d+ brief\(s\); \d+ failed", stderr), stderr
    assert_only_whole_documents(out)


def test_read_only_output_folder_is_refused_before_anything_is_made(tmp_path, mounted):
    out = tmp_path / "out"
    if not mounted(out, "1m"):
        pytest.skip("cannot mount a tmpfs here (root ignores file permissions)")
    subprocess.run(["mount", "-o", "remount,ro", str(out)], check=True)
    sources = write_sources(tmp_path / "src", 2)
    code, stdout, stderr = finish(briefgen("make", *map(str, sources), "-o", str(out)))
    assert code == 1
    assert stderr.strip() == f"briefgen: error: {out}: output folder is not writable"
    assert list(out.iterdir()) == []


def test_a_reader_holding_the_old_file_keeps_reading_it_whole(tmp_path):
    sources = write_sources(tmp_path / "src", 1)
    out = tmp_path / "out"
    assert finish(briefgen("make", str(sources[0]), "-o", str(out)))[0] == 0
    pdf = next(out.glob("*.pdf"))
    with pdf.open("rb") as held:  # as a viewer that has the brief open would
        old = pdf.read_bytes()
        assert finish(briefgen("make", str(sources[0]), "-o", str(out)))[0] == 0
        assert held.read() == old
        # Replaced by a rename (a new file), never rewritten under the reader's feet.
        assert os.stat(pdf).st_ino != os.fstat(held.fileno()).st_ino
    assert_only_whole_documents(out)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_mid_batch_stops_cleanly_reports_and_a_rerun_completes(tmp_path, signum):
    count = 30
    sources = tmp_path / "src"
    write_sources(sources, count)
    out = tmp_path / "out"
    process = briefgen("make", str(sources), "-o", str(out))
    written = []
    deadline = time.monotonic() + 120
    while len(written) < 3 and time.monotonic() < deadline:  # let a few briefs be made
        written.append(process.stdout.readline())
    process.send_signal(signum)
    code, stdout, stderr = finish(process)
    name = signal.Signals(signum).name
    assert code == {"SIGINT": 130, "SIGTERM": 143}[name], stderr
    assert "Traceback" not in stderr
    summary = re.search(rf"interrupted by {name}: made (\d+) brief\(s\), (\d+) not made", stderr)
    assert summary, stderr
    made, not_made = map(int, summary.groups())
    assert made >= 1 and not_made >= 1 and made + not_made == count
    assert stderr.count("briefgen: not made: ") == not_made
    assert_only_whole_documents(out)

    code, stdout, stderr = finish(briefgen("make", str(sources), "-o", str(out)))
    assert code == 0, stderr
    assert len(list(out.glob("*.pdf"))) == len(list(out.glob("*.docx"))) == count
    assert_only_whole_documents(out)


def test_an_output_name_taken_by_a_folder_fails_that_brief_only(tmp_path):
    sources = write_sources(tmp_path / "src", 2)
    out = tmp_path / "out"
    (out / "1950-05-01-levy-plan-number-0.pdf").mkdir(parents=True)
    code, stdout, stderr = finish(briefgen("make", *map(str, sources), "-o", str(out)))
    assert code == 1
    assert "levy-plan-number-0.pdf: cannot write, a folder has that name" in stderr
    assert "made 1 brief(s); 1 failed" in stderr
    assert (out / "1953-05-01-levy-plan-number-1.pdf").is_file()
    assert_only_whole_documents(out)


# --- workers die with their parent (issue 15, item 5) ------------------------------------


def _stat(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name, or None when the process is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rsplit(")", 1)[1].split()


def _alive(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] != "Z"  # a zombie has exited already


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None and int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _batch_with_workers(tmp_path: Path) -> tuple[subprocess.Popen, list[int]]:
    """`make` of 60 stories on 2 workers, once it has written its first brief."""
    write_sources(tmp_path / "src", 60)
    process = briefgen("make", str(tmp_path / "src"), "-o", str(tmp_path / "out"), "--jobs", "2")
    process.stdout.readline()
    workers = [pid for pid in _children(process.pid) if _alive(pid)]
    assert len(workers) == 2, workers
    return process, workers


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_kill_9_of_make_leaves_no_worker_alive(tmp_path):
    process, workers = _batch_with_workers(tmp_path)
    process.kill()  # SIGKILL: no handler, no finally, no pool shutdown
    process.communicate(timeout=60)
    time.sleep(1)
    assert [pid for pid in workers if _alive(pid)] == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_worker_given_sigterm_exits(tmp_path):
    process, workers = _batch_with_workers(tmp_path)
    try:
        os.kill(workers[0], signal.SIGTERM)
        time.sleep(1)
        assert not _alive(workers[0])
    finally:
        process.kill()
        process.communicate(timeout=60)


# --- honest interrupted runs (issue 15, item 6) -------------------------------------------


def _stems(folder: Path, suffix: str) -> set[str]:
    return {p.stem for p in folder.glob(f"*.{suffix}")}


@pytest.mark.parametrize("after", [1, 6], ids=["early", "later"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_an_interrupted_batch_reports_exactly_what_is_on_disk(tmp_path, signum, after):
    """The report (printed paths, made count, not-made list), last-make.json and the
    files on disk name the same briefs; a brief is on disk in every format or not at all.
    (SIGTERM 6 s into a 200-article batch once left 52 briefs on disk, reported 48 made
    and listed 4 of the 52 as not made.)"""
    import json

    sources = write_sources(tmp_path / "src", 60)
    out = tmp_path / "out"
    process = briefgen("make", str(tmp_path / "src"), "-o", str(out), "--jobs", "2")
    early = "".join(process.stdout.readline() for _ in range(after))
    process.send_signal(signum)
    # read on through the same buffer: communicate() would skip what readline buffered
    stdout = early + process.stdout.read()
    stderr = process.stderr.read()
    code = process.wait(timeout=300)
    name = signal.Signals(signum).name
    assert code == {"SIGINT": 130, "SIGTERM": 143}[name], stderr
    summary = re.search(rf"interrupted by {name}: made (\d+) brief\(s\), (\d+) not made", stderr)
    assert summary, stderr
    made, not_made = map(int, summary.groups())
    assert made + not_made == len(sources)

    on_disk = _stems(out, "pdf")
    assert on_disk == _stems(out, "docx")  # every brief whole, in both formats
    assert len(on_disk) == made
    printed = [Path(line) for line in stdout.splitlines() if line.strip()]
    assert {p.stem for p in printed} == on_disk
    assert len(printed) == 2 * made
    record = (
        json.loads((out / ".briefgen" / "last-make.json").read_text()) if made else {"briefs": []}
    )
    recorded = {Path(entry["files"]["pdf"]).stem for entry in record["briefs"]}
    assert recorded == on_disk
    made_sources = {entry["brief"]["sources"][0]["path"] for entry in record["briefs"]}
    listed = {
        line.removeprefix("briefgen: not made: ")
        for line in stderr.splitlines()
        if line.startswith("briefgen: not made: ")
    }
    assert listed == {str(p) for p in sources} - made_sources
    assert_only_whole_documents(out)


def test_a_brief_whose_last_format_cannot_be_written_leaves_none_of_its_files(tmp_path):
    """`ulimit -f` between the sizes of the formats: the Markdown and the DOCX fit, the
    PDF does not. The brief is reported failed and none of its files stays."""
    sources = write_sources(tmp_path / "src", 3)
    out = tmp_path / "out"
    out.mkdir()
    process = briefgen(
        "make",
        *map(str, sources),
        "-o",
        str(out),
        "-f",
        "md,docx,pdf",
        preexec_fn=_file_size_limit(60_000),
    )
    code, stdout, stderr = finish(process)
    assert code == 1, stderr
    assert "File too large" in stderr, stderr
    assert "made 0 brief(s); 3 failed" in stderr, stderr
    assert stdout.strip() == ""
    assert sorted(p.name for p in out.iterdir()) == []
