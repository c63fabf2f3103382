"""The engine's few tuned settings, and the grid the quality benchmark tunes them on.

`DEFAULT` holds the values fitted on the whole development set; the benchmark
(`benchmarks/quality.py --folds 5`) picks them on four folds and scores the fifth,
so the figures it reports as cross-validated never saw the articles they score.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Params:
    margin: float = 0.25
    """How much more support than opposition (or the reverse) makes a side."""
    speech_weight: float = 1.0
    """The weight of an evaluation in reported speech ("it is unfair", she said)
    against an explicit predicate ("she opposes the plan"), which weighs 1."""
    untargeted_weight: float = 1.0
    """The weight of a stance predicate with no object ("she objected")."""
    default_status: str = "left_open"
    """The status when no event of the proposal is found."""
    proposer_weight: float = 0.5
    """The weight of a stance aimed at the proposer rather than the proposal
    ("accused the minister of ...")."""
    sentiment_threshold: float = 0.4
    """How far from neutral (VADER's -1..1) a speaker's words must be to count as a
    side when they hold no stance cue."""


DEFAULT = Params()
# Kept small: each combination is a run over the whole development set, and the
# stance model (fitted per fold) already weighs what the claim weights would.
GRID: dict[str, tuple[object, ...]] = {
    "margin": (0.25, 0.5),
    "default_status": ("pending", "left_open"),
}
_CURRENT: contextvars.ContextVar[Params] = contextvars.ContextVar("params", default=DEFAULT)


def current() -> Params:
    """The settings in force."""
    return _CURRENT.get()


@contextmanager
def using(values: dict[str, object]) -> Iterator[None]:
    """Run with some settings changed (the benchmark's tuning)."""
    token = _CURRENT.set(replace(DEFAULT, **values))  # type: ignore[arg-type]
    try:
        yield
    finally:
        _CURRENT.reset(token)
