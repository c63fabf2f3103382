"""A small stance model: multinomial logistic regression over `features.NAMES`.

Three classes, for, against and neither. Its weights are learned from annotated
stories (`fit`), not written by hand: the quality benchmark fits them on four folds
of the development set and scores the fifth, and `python -m benchmarks.quality DIR
--fit FILE` writes the weights fitted on all of it to
`briefgen/data/stance_model.json`, which the engine ships with. Plain numpy, a fixed
number of full-batch gradient steps from zero: the same data give the same weights.
"""

from __future__ import annotations

import contextvars
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from briefgen.analyse.features import NAMES

CLASSES = ("supporter", "opponent", "neutral")
STEPS = 3000
RATE = 0.2
L2 = 0.01


@dataclass(frozen=True)
class Model:
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]  # one row per class: bias, then a weight per feature

    def side(self, values: Sequence[float]) -> tuple[str, dict[str, float]]:
        """The likeliest class, and the odds.

        No threshold on how likely a side must be: one chosen on the rows the model
        was fitted on moved between folds and cost 0.005 of cross-validated stance F1
        (mean of five fold assignments)."""
        p = self.probabilities(values)
        return max(p, key=lambda c: (p[c], c)), p

    def probabilities(self, values: Sequence[float]) -> dict[str, float]:
        x = (np.asarray(values, dtype=float) - np.asarray(self.mean)) / np.asarray(self.scale)
        w = np.asarray(self.weights)
        z = w[:, 0] + w[:, 1:] @ x
        z = np.exp(z - z.max())
        p = z / z.sum()
        return {c: float(v) for c, v in zip(CLASSES, p, strict=True)}

    def to_json(self) -> str:
        return json.dumps(
            {
                "features": list(NAMES),
                "classes": list(CLASSES),
                "mean": [round(v, 6) for v in self.mean],
                "scale": [round(v, 6) for v in self.scale],
                "weights": [[round(v, 6) for v in row] for row in self.weights],
            },
            indent=1,
        )


def fit(rows: Sequence[Sequence[float]], labels: Sequence[str]) -> Model:
    """Weights that best predict `labels` from `rows`, with a little L2 shrinkage."""
    x = np.asarray(rows, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    x = (x - mean) / scale
    x = np.hstack([np.ones((len(x), 1)), x])
    y = np.zeros((len(labels), len(CLASSES)))
    for i, label in enumerate(labels):
        y[i, CLASSES.index(label)] = 1.0
    # each class weighs as much as the others in all: neutral actors outnumber the
    # sides, and an unweighted fit learns to call almost everyone neutral
    counts = y.sum(axis=0)
    balance = (y @ (len(y) / (len(CLASSES) * np.maximum(counts, 1))))[:, None]
    w = np.zeros((len(CLASSES), x.shape[1]))
    for _ in range(STEPS):
        z = x @ w.T
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = ((p - y) * balance).T @ x / len(x)
        grad[:, 1:] += L2 * w[:, 1:]
        w -= RATE * grad
    return Model(
        tuple(float(v) for v in mean),
        tuple(float(v) for v in scale),
        tuple(tuple(float(v) for v in row) for row in w),
    )


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The model fitted on the development set, if the package carries one that
    matches today's features."""
    try:
        text = resources.files("briefgen").joinpath("data/stance_model.json").read_text()
    except FileNotFoundError:
        return None
    data = json.loads(text)
    if tuple(data["features"]) != NAMES:
        return None
    return Model(
        tuple(data["mean"]),
        tuple(data["scale"]),
        tuple(tuple(r) for r in data["weights"]),
    )


SHIPPED = "shipped"
_CURRENT: contextvars.ContextVar[Model | str | None] = contextvars.ContextVar(
    "model", default=SHIPPED
)


def current() -> Model | None:
    """The model in force: the shipped one, or one the benchmark is trying; None
    means the hand-set rules decide (`stance.decide`)."""
    value = _CURRENT.get()
    return shipped() if value == SHIPPED else value  # type: ignore[return-value]


@contextmanager
def using(model: Model | None) -> Iterator[None]:
    """Decide with `model` (None: with the rules) inside the block."""
    token = _CURRENT.set(model)
    try:
        yield
    finally:
        _CURRENT.reset(token)
