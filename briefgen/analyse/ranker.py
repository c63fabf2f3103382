"""A small sentence ranker: linear scores over `candidates.NAMES`.

It scores how likely a sentence is a key sentence of a section, and each section of
the brief takes its best-scored sentences (`choose`). The supporters are ranked by a
regression learned from both sides' sentences (their features are read from the
side's point of view: its speakers, its cues), which doubles what it learns from;
the opponents by one of their own, since opposition is said in words of its own
(objections, criticism) that support's examples blur; the proposal and the outcome
have their own. The proposal, the supporters and the outcome are fitted row by row
(a logistic regression); the opponents on the order within each story (a listwise
loss), which is what a section uses.

The weights are learned from annotated stories (`fit`), in the manner of the stance
model (`model`): the quality benchmark fits them on four folds of the development
set and scores the fifth, and `python -m benchmarks.quality DIR --fit FILE` writes
the weights fitted on all of it beside the stance model, as
`briefgen/data/ranker_model.json`. Plain numpy, a fixed number of full-batch
gradient steps from zero: the same data give the same weights. With no ranker
shipped, the rules' order of `sections` stands.

How many points a section takes: `MAX_POINTS`, then up to `MOST_POINTS` while the
next sentence scores within the fitted `gap` of the one before it, so that the cut
does not fall between two sentences the ranker can hardly tell apart. The gap is
fitted with the weights, on the same stories, as the widest one under which their
sections average no more than `MEAN_POINTS` points.
"""

from __future__ import annotations

import contextvars
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from briefgen.analyse import candidates
from briefgen.analyse.engine import Analysis
from briefgen.analyse.sections import MAX_POINTS

FILE = "ranker_model.json"
# Which regression ranks each section, and which sections' rows each learns from.
REGRESSION = {
    "proposal": "proposal",
    "supporters": "sides",
    "opponents": "opponents",
    "outcome": "outcome",
}
LEARNS_FROM = {
    "proposal": ("proposal",),
    "sides": ("supporters", "opponents"),
    "opponents": ("opponents",),
    "outcome": ("outcome",),
}
# Regressions fitted listwise, on the order within each story, when the rows' stories
# are known. Opposition is ranked best so: across the ten fold assignments of the
# development set, listwise raised the opponents' recall by 0.03 and lowered every other
# section's (benchmarks/README, fifteenth session).
LISTWISE = frozenset({"opponents"})
STEPS = 3000
RATE = 0.2
L2 = 0.03  # more shrinkage than the stance model's: a few hundred key sentences
# A section's size: at least the rules' size, at most MOST_POINTS, and on average (on
# the stories the gap is fitted on) no more than MEAN_POINTS: half a point more than
# the rules' four buys the recall of the ranker's close calls, not a longer brief.
MOST_POINTS = 6
MEAN_POINTS = 4.5


@dataclass(frozen=True)
class Weights:
    """One section's regression: features are centred and scaled, then weighed."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]  # the bias, then a weight per feature

    def score(self, values: Sequence[float]) -> float:
        """The log-odds that the sentence is a key sentence of the section."""
        x = (np.asarray(values, dtype=float) - np.asarray(self.mean)) / np.asarray(self.scale)
        w = np.asarray(self.weights)
        return float(w[0] + w[1:] @ x)


@dataclass(frozen=True)
class Ranker:
    regressions: tuple[tuple[str, Weights], ...]  # by name (`REGRESSION`'s values)
    gap: float = 0.0  # in log-odds: how close a score must follow to be taken too

    def score(self, key: str, values: Sequence[float]) -> float:
        """The log-odds that the sentence is a key sentence of section `key`."""
        return dict(self.regressions)[REGRESSION[key]].score(values)

    def to_json(self) -> str:
        return json.dumps(
            {
                "features": list(candidates.NAMES),
                "gap": round(self.gap, 6),
                "regressions": {
                    name: {
                        "mean": [round(v, 6) for v in w.mean],
                        "scale": [round(v, 6) for v in w.scale],
                        "weights": [round(v, 6) for v in w.weights],
                    }
                    for name, w in self.regressions
                },
            },
            indent=1,
        )


def fit_regression(
    rows: Sequence[Sequence[float]],
    labels: Sequence[bool],
    groups: Sequence[object] | None = None,
) -> Weights:
    """Weights that best predict `labels` from `rows`, with a little L2 shrinkage:
    pointwise (a logistic regression), or, given each row's group (one section of one
    story), listwise (`_listwise`)."""
    x = np.asarray(rows, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    x = (x - mean) / scale
    y = np.asarray(labels, dtype=float)
    w = _pointwise(x, y) if groups is None else _listwise(x, y, groups)
    return Weights(
        tuple(float(v) for v in mean),
        tuple(float(v) for v in scale),
        tuple(float(v) for v in w),
    )


def _pointwise(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The bias and weights of a logistic regression: each row on its own."""
    x = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(x)
        grad[1:] += L2 * w[1:]
        w -= RATE * grad
    return w


def _listwise(x: np.ndarray, y: np.ndarray, groups: Sequence[object]) -> np.ndarray:
    """Weights under which each group's key sentences outscore the group's other
    sentences: a softmax over each group's rows fitted to an even share on its key
    sentences (ListNet's loss, Cao et al. 2007, with the top-one probability). Only
    the order within a group counts, so the bias is 0; groups without a key sentence
    teach nothing and are left out."""
    index = {g: n for n, g in enumerate(dict.fromkeys(groups))}
    gid = np.asarray([index[g] for g in groups])
    keys = np.bincount(gid, weights=y, minlength=len(index))
    keep = keys[gid] > 0
    x, gid = x[keep], gid[keep]
    target = y[keep] / keys[gid]
    taught = max(int((keys > 0).sum()), 1)
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        s = x @ w
        top = np.full(len(index), -np.inf)
        np.maximum.at(top, gid, s)
        e = np.exp(s - top[gid])
        p = e / np.bincount(gid, weights=e, minlength=len(index))[gid]
        w -= RATE * (x.T @ (p - target) / taught + L2 * w)
    return np.concatenate([[0.0], w])


def fit(
    rows: Mapping[str, Sequence[Sequence[float]]],
    labels: Mapping[str, Sequence[bool]],
    stories: Mapping[str, Sequence[object]] | None = None,
) -> Ranker:
    """Each regression from the rows and labels of the sections it ranks; given which
    story each row comes from, those in `LISTWISE` on the order within each story and
    then the gap (`fit_gap`); without, every regression pointwise and no gap."""
    out = []
    for name in sorted(LEARNS_FROM):
        keys = LEARNS_FROM[name]
        groups = None
        if name in LISTWISE and stories is not None:
            groups = [(k, story) for k in keys for story in stories[k]]
        out.append(
            (
                name,
                fit_regression(
                    [r for k in keys for r in rows[k]],
                    [y for k in keys for y in labels[k]],
                    groups,
                ),
            )
        )
    weighed = Ranker(tuple(out))
    if stories is None:
        return weighed
    sections: dict[tuple[str, object], list[float]] = {}
    for key in candidates.SECTIONS:
        for values, story in zip(rows[key], stories[key], strict=True):
            sections.setdefault((key, story), []).append(weighed.score(key, values))
    return Ranker(weighed.regressions, fit_gap(sections))


def fit_gap(sections: Mapping[tuple[str, object], Sequence[float]]) -> float:
    """The widest gap under which these sections (by section and story, their
    candidates' scores) take `MEAN_POINTS` points or fewer on average."""
    ordered = [(key, sorted(scores, reverse=True)) for (key, _), scores in sections.items()]
    options = sorted({a - b for _, s in ordered for a, b in zip(s, s[1:], strict=False)})
    best = 0.0
    for gap in options:
        if sum(size(s, gap, MAX_POINTS[key]) for key, s in ordered) > MEAN_POINTS * len(ordered):
            break
        best = gap
    return best


def size(scores: Sequence[float], gap: float, least: int) -> int:
    """How many of a section's candidates it takes, their scores best first: `least`,
    then each next one that scores within `gap` of the one before."""
    n = min(least, len(scores))
    while n < min(MOST_POINTS, len(scores)) and scores[n - 1] - scores[n] <= gap:
        n += 1
    return n


def choose(analysis: Analysis) -> dict[str, list[tuple[int, int | None]]]:
    """Each section's (sentence, actor) points: the ranker's best, else the rules' first.
    A section the rules find no evidence for stays empty (a side no one takes): the
    rules say whether there is anything to say, the ranker which sentences say it."""
    orders = candidates.rule_orders(analysis)
    ranking = current()
    if ranking is None:
        return {key: orders[key][: MAX_POINTS[key]] for key in candidates.SECTIONS}
    out = {}
    for key, rows in candidates.candidates(analysis, orders).items():
        scored = sorted(((ranking.score(key, c.values), c) for c in rows), key=_best_first)
        n = size([score for score, _ in scored], ranking.gap, MAX_POINTS[key])
        out[key] = [(c.pos, c.actor) for _, c in scored[:n]] if orders[key] else []
    return out


def _best_first(scored: tuple[float, candidates.Candidate]) -> tuple[float, int]:
    return -scored[0], scored[1].pos


@lru_cache(maxsize=1)
def shipped() -> Ranker | None:
    """The ranker fitted on the development set, if the package carries one that
    matches today's features."""
    try:
        text = resources.files("briefgen").joinpath(f"data/{FILE}").read_text()
    except FileNotFoundError:
        return None
    return from_json(text)


def from_json(text: str) -> Ranker | None:
    """The ranker `Ranker.to_json` wrote; None if its features are not today's."""
    data = json.loads(text)
    if tuple(data["features"]) != candidates.NAMES:
        return None
    return Ranker(
        tuple(
            (name, Weights(tuple(w["mean"]), tuple(w["scale"]), tuple(w["weights"])))
            for name, w in sorted(data["regressions"].items())
        ),
        data["gap"],
    )


SHIPPED = "shipped"
_CURRENT: contextvars.ContextVar[Ranker | str | None] = contextvars.ContextVar(
    "ranker", default=SHIPPED
)


def current() -> Ranker | None:
    """The ranker in force: the shipped one, or one the benchmark is trying; None
    means the rules' order decides."""
    value = _CURRENT.get()
    return shipped() if value == SHIPPED else value  # type: ignore[return-value]


@contextmanager
def using(ranking: Ranker | None) -> Iterator[None]:
    """Choose with `ranking` (None: in the rules' order) inside the block."""
    token = _CURRENT.set(ranking)
    try:
        yield
    finally:
        _CURRENT.reset(token)
