"""Executors keep the input's order and survive a dying worker."""

from __future__ import annotations

import os
import time

import pytest

from briefgen.errors import BriefgenError, UsageError
from briefgen.executors import LocalExecutor, open_executor


def later_items_finish_first(n: int) -> tuple[int, int]:
    time.sleep(0.2 if n == 0 else 0.0)
    return n, os.getpid()


def dies_on_three(n: int) -> int:
    if n == 3:
        os._exit(1)
    time.sleep(0.01)
    return n * 10


def test_results_come_back_in_input_order_from_several_processes():
    executor = LocalExecutor(2)
    try:
        results = list(executor.map(later_items_finish_first, list(range(6))))
    finally:
        executor.close()
    assert [n for n, _ in results] == list(range(6))
    assert len({pid for _, pid in results}) == 2
    assert os.getpid() not in {pid for _, pid in results}


def test_one_worker_runs_in_this_process():
    results = list(LocalExecutor(1).map(later_items_finish_first, [1, 2]))
    assert {pid for _, pid in results} == {os.getpid()}


def test_a_dead_worker_becomes_an_error_for_the_lost_items_only():
    executor = LocalExecutor(2)
    try:
        results = list(executor.map(dies_on_three, list(range(6))))
    finally:
        executor.close()
    assert len(results) == 6
    assert isinstance(results[3], BriefgenError)
    assert "worker process died" in str(results[3])
    for n, result in enumerate(results):
        assert result == n * 10 or isinstance(result, BriefgenError)


def test_jobs_must_be_positive():
    with pytest.raises(UsageError, match="at least 1"):
        LocalExecutor(0)


def test_unknown_executor_lists_the_known_ones():
    with pytest.raises(UsageError, match="known: local, dask"):
        open_executor("spark", None, None)


def test_scheduler_without_dask_is_a_usage_error():
    with pytest.raises(UsageError, match="--executor dask"):
        open_executor("local", None, "tcp://127.0.0.1:1")
