"""The stance model: logistic regression fitted on rows, deciding by the likeliest class."""

from __future__ import annotations

import math

from briefgen.analyse.features import NAMES
from briefgen.analyse.model import CLASSES, Model, fit


def _row(value: float) -> list[float]:
    return [value] + [0.0] * (len(NAMES) - 1)


def test_fit_learns_which_way_a_feature_points() -> None:
    rows = [_row(v) for v in (2.0, 1.5, 1.8, -2.0, -1.7, -1.6, 0.0, 0.1, -0.1)]
    labels = ["supporter"] * 3 + ["opponent"] * 3 + ["neutral"] * 3
    model = fit(rows, labels)
    assert model.side(_row(2.0))[0] == "supporter"
    assert model.side(_row(-2.0))[0] == "opponent"
    assert model.side(_row(0.0))[0] == "neutral"


def test_a_side_is_taken_when_it_is_the_likeliest_however_unsure() -> None:
    # biases only: odds of 0.40 / 0.30 / 0.30 for supporter / opponent / neutral
    biases = {"supporter": math.log(0.4), "opponent": math.log(0.3), "neutral": math.log(0.3)}
    weights = tuple((biases[c],) + (0.0,) * len(NAMES) for c in CLASSES)
    model = Model((0.0,) * len(NAMES), (1.0,) * len(NAMES), weights)
    side, odds = model.side([0.0] * len(NAMES))
    assert side == "supporter"
    assert abs(odds["supporter"] - 0.4) < 1e-9
