"""analyse: a `Story` becomes a `Brief`, by the engine named (default "extractive").

Engines are registered in `ENGINES` by name; each takes a story and returns a brief
that fills the whole contract. The extractive engine is offline and deterministic:
its steps are listed in `briefgen.analyse.engine`.
"""

from __future__ import annotations

from collections.abc import Callable

from briefgen import __version__
from briefgen.errors import AnalysisError, UsageError
from briefgen.model import Brief, Story

EXTRACTIVE_VERSION = __version__


def extractive(story: Story) -> Brief:
    """The default engine: a spaCy pipeline, data files and a small fitted stance
    model; offline and deterministic."""
    from briefgen.analyse import brief, engine

    return brief.build(engine.run(story), "extractive", EXTRACTIVE_VERSION)


ENGINES: dict[str, Callable[[Story], Brief]] = {"extractive": extractive}


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
