"""One brief's formats are rendered in separate processes only when cores are idle."""

from __future__ import annotations

import pytest

from briefgen import executors
from briefgen.executors import LocalExecutor, idle_cores
from briefgen.pipeline import side_by_side


@pytest.mark.parametrize(
    ("loadavg", "idle"),
    [
        ("0.52 0.58 0.59 1/180 4242\n", 4),  # only this process runs
        ("1.90 1.20 0.80 3/180 4242\n", 2),  # two others
        ("4.00 4.00 4.00 9/180 4242\n", 1),  # more than the cores: still one
        ("garbled\n", 4),  # unreadable: every core counts
    ],
)
def test_idle_cores_are_those_no_other_running_task_holds(tmp_path, monkeypatch, loadavg, idle):
    monkeypatch.setattr(executors, "cpu_count", lambda: 4)
    path = tmp_path / "loadavg"
    path.write_text(loadavg)
    assert idle_cores(path) == idle
    assert idle_cores(tmp_path / "missing") == 4


@pytest.mark.parametrize(("idle", "expected"), [(2, 2), (1, 1)])
def test_a_local_pool_counts_only_idle_cores(monkeypatch, idle, expected):
    monkeypatch.setattr(executors, "idle_cores", lambda: idle)
    assert side_by_side(LocalExecutor(2)) == expected


def test_other_executors_count_all_their_workers(monkeypatch):
    monkeypatch.setattr(executors, "idle_cores", lambda: 1)

    class Cluster:
        workers = 8

    assert side_by_side(Cluster()) == 8  # type: ignore[arg-type]
