"""Invented news constructions: the engine reads at least as many right as it did.

The floors are the counts when each was last raised; they only go up. The cases that
fail are listed by `python -m benchmarks.constructions --failures`.
"""

from __future__ import annotations

from benchmarks.constructions import STANCE, STATUS, stance_results, status_results

STANCE_FLOOR = 273
STATUS_FLOOR = 47


def test_the_stance_of_invented_constructions_does_not_fall() -> None:
    results = stance_results()
    assert len(results) == len(STANCE)
    right = sum(want == got for _, _, want, got in results)
    assert right >= STANCE_FLOOR, [r for r in results if r[2] != r[3]]


def test_the_status_of_invented_stories_does_not_fall() -> None:
    results = status_results()
    assert len(results) == len(STATUS)
    right = sum(want == got for _, _, want, got in results)
    assert right >= STATUS_FLOOR, [r for r in results if r[2] != r[3]]
