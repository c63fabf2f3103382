"""`briefgen make --executor dask` on a real Dask cluster: one scheduler and two workers,
separate processes on loopback. The files must be byte-identical to a local run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from stories import write_articles

try:
    import distributed  # noqa: F401
except ImportError:
    if os.environ.get("CI"):  # CI installs the extra: a skip there would hide a lost test
        raise
    pytest.skip("Dask is not installed: pip install 'briefgen[dask]'", allow_module_level=True)

from briefgen.cli import main  # noqa: E402
from briefgen.pipeline import make  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 90


def _start(args: list[str], log: Path, cwd: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["PYTHONPATH"] = str(ROOT)  # workers import this checkout's briefgen
    return subprocess.Popen(
        [sys.executable, "-m", *args],
        cwd=cwd,  # not the repository: workers must not find sources or templates by path
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory) -> str:
    """The address of a running scheduler with two single-threaded workers."""
    from distributed import Client

    home = tmp_path_factory.mktemp("dask")
    info = home / "scheduler.json"
    common = ["--host", "127.0.0.1", "--no-dashboard"]
    processes = [
        _start(
            [
                "distributed.cli.dask_scheduler",
                *common,
                "--port",
                "0",
                "--scheduler-file",
                str(info),
            ],
            home / "scheduler.log",
            home,
        )
    ]
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not info.exists() and time.monotonic() < deadline:
            assert processes[0].poll() is None, (home / "scheduler.log").read_text()
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        for n in (1, 2):
            worker = ["distributed.cli.dask_worker", address, *common, "--no-nanny"]
            worker += ["--nthreads", "1", "--local-directory", str(home / f"w{n}")]
            processes.append(_start(worker, home / f"worker{n}.log", home))
        with Client(address, timeout=START_TIMEOUT_S) as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT_S)
        yield address
    finally:
        for process in reversed(processes):
            _stop(process)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_dask_run_writes_the_same_bytes_as_a_local_run(scheduler, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    sources = write_articles(tmp_path / "sources")
    local = make([sources], None, ["pdf", "docx"], tmp_path / "local", jobs=2)
    assert not local.failures

    # The client's own engine is broken: only work done on the workers can succeed.
    import briefgen.analyse

    monkeypatch.setattr(briefgen.analyse, "analyse", lambda story: 1 / 0)
    remote = make(
        [sources], None, ["pdf", "docx"], tmp_path / "dask", executor="dask", scheduler=scheduler
    )
    assert not remote.failures
    assert len(_files(tmp_path / "dask")) == 6
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")


def test_cli_reads_the_scheduler_from_the_environment(runner, scheduler, tmp_path):
    sources = write_articles(tmp_path / "sources", ["harbour-tax", "school-phones"])
    out = tmp_path / "out"
    result = runner.invoke(
        main,
        ["make", "--executor", "dask", "-f", "pdf", "-o", str(out), str(sources)],
        env={"BRIEFGEN_DASK_SCHEDULER": scheduler},
    )
    assert result.exit_code == 0, result.output
    assert [Path(line).name[:15] for line in result.output.split()] == [
        "2024-03-04-port",
        "2024-09-02-educ",
    ]
    assert all(p.read_bytes().startswith(b"%PDF") for p in out.glob("*.pdf"))


def test_an_unreachable_scheduler_is_one_line_and_exit_1(runner, tmp_path):
    import socket

    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sources = write_articles(tmp_path / "sources", ["harbour-tax"])
    args = ["make", "--scheduler", f"tcp://127.0.0.1:{port}", "-o", str(tmp_path / "o")]
    result = runner.invoke(main, [*args, str(sources)])
    assert result.exit_code == 1
    assert result.output == (
        f"briefgen: error: tcp://127.0.0.1:{port}: cannot reach the Dask scheduler "
        "(Connection refused)\n"
    )
