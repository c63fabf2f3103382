"""Training data for the engine's two learned parts, and how to swap them in.

The stance model (`model`) weighs each actor of a story (`rows`); the sentence
ranker (`ranker`) each sentence for each section of the brief (`sentence_rows`). The
quality benchmark labels the rows with the annotations (actors whose names match;
sentences that match a key sentence), fits `fit` and then `fit_ranker` on some folds
and scores the others with both (`using`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from briefgen.analyse import candidates, engine, model, ranker
from briefgen.analyse.features import actor_rows
from briefgen.analyse.model import Model, fit
from briefgen.analyse.ranker import Ranker
from briefgen.analyse.ranker import fit as fit_ranker
from briefgen.model import Story

__all__ = ["Fitted", "Model", "Ranker", "fit", "fit_ranker", "rows", "sentence_rows", "using"]
RANKER_FILE = ranker.FILE


@dataclass(frozen=True)
class Fitted:
    """What the benchmark fitted: the stance model, then the ranker (None: rules)."""

    stance: Model | None
    ranker: Ranker | None = None


def rows(story: Story) -> list[tuple[list[str], tuple[float, ...]]]:
    """(every name of the actor, its feature values), for each actor of the story."""
    a = engine.run(story)
    out = []
    found = actor_rows(a.cast, a.sents, a.speech, a.claims, a.duplicate, a.headlines, a.status)
    for row in found:
        actor = a.cast.actors[row.actor]
        out.append(([actor.name, *actor.aliases], row.values))
    return out


def sentence_rows(story: Story) -> dict[str, list[tuple[str, tuple[float, ...]]]]:
    """Each section: (the sentence's text, its feature values) for every candidate."""
    a = engine.run(story)
    return {
        key: [(a.sents[c.pos].text, c.values) for c in found]
        for key, found in candidates.candidates(a).items()
    }


@contextmanager
def using(fitted: Fitted | None) -> Iterator[None]:
    """Decide stance and choose sentences with what was fitted (None: the rules)."""
    with model.using(fitted and fitted.stance), ranker.using(fitted and fitted.ranker):
        yield
