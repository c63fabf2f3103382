"""analyse: a `Story` becomes a `Brief`, by the engine named (default "extractive").

Engines are registered in `ENGINES` by name; each takes a story and returns a brief
that fills the whole contract. The extractive engine is offline and deterministic:
its steps are listed in `briefgen.analyse.engine`.
"""

from __future__ import annotations

from collections.abc import Callable

from briefgen.errors import AnalysisError, UsageError
from briefgen.model import Brief, Story

EXTRACTIVE_VERSION = "0.2.0"


def extractive(story: Story) -> Brief:
    """The default engine: linguistic rules and data files, no model, no network."""
    from briefgen.analyse import brief, engine
    from briefgen.analyse.gcpause import collector_paused

    with collector_paused():  # it makes no reference cycles: see gcpause
        return brief.build(engine.run(story), "extractive", EXTRACTIVE_VERSION)


SPACY_VERSION = "0.3.0.dev0"


def spacy_engine(story: Story) -> Brief:
    """The engine rebuilt on a spaCy pipeline; not yet the default (see `parsed`)."""
    from briefgen.analyse.parsed import brief, engine

    return brief.build(engine.run(story), "spacy", SPACY_VERSION)


ENGINES: dict[str, Callable[[Story], Brief]] = {"extractive": extractive, "spacy": spacy_engine}


def analyse(story: Story, engine: str = "extractive") -> Brief:
    """The brief of `story`, made by the engine called `engine`."""
    try:
        run = ENGINES[engine]
    except KeyError:
        known = ", ".join(sorted(ENGINES))
        raise UsageError(f"unknown analysis engine {engine!r} (known: {known})") from None
    if not story.articles:
        raise AnalysisError("nothing to analyse: the story has no articles")
    return run(story)


def explain(story: Story) -> list[str]:
    """For every actor and the outcome, the cue and sentence that decided it."""
    from briefgen.analyse.why import explain as run

    return run(story)
