"""Training data for the stance model: each actor of a story with its features.

The quality benchmark labels the rows with the annotations (whose names match) and
fits `model.fit` on some folds to score the others.
"""

from __future__ import annotations

from briefgen.analyse import engine
from briefgen.analyse.features import actor_rows
from briefgen.analyse.model import Model, fit, using
from briefgen.model import Story

__all__ = ["Model", "fit", "rows", "using"]


def rows(story: Story) -> list[tuple[list[str], tuple[float, ...]]]:
    """(every name of the actor, its feature values), for each actor of the story."""
    a = engine.run(story)
    out = []
    for row in actor_rows(a.cast, a.sents, a.speech, a.claims, a.duplicate, a.headlines):
        actor = a.cast.actors[row.actor]
        out.append(([actor.name, *actor.aliases], row.values))
    return out
