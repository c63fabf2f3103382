"""analyse: a `Story` becomes a `Brief`, by the engine named (default "extractive").

Engines are registered in `ENGINES` by name; each takes a story and returns a brief
that fills the whole contract. The extractive engine is offline and deterministic:
its steps are listed in `briefgen.analyse.engine`. The llm engine asks the language
model of briefgen.toml's `[llm]` and checks every statement against the sentences
(`briefgen.analyse.llm`). `choose` picks the engine for a run and puts the choice in
the environment (`ENGINE_VARIABLE`), where workers find it, as they find the spaCy model.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from briefgen import __version__
from briefgen.errors import AnalysisError, UsageError
from briefgen.model import Brief, Story

EXTRACTIVE_VERSION = __version__


def extractive(story: Story) -> Brief:
    """The default engine: a spaCy pipeline, data files and a small fitted stance
    model; offline and deterministic."""
    from briefgen.analyse import brief, engine

    return brief.build(engine.run(story), "extractive", EXTRACTIVE_VERSION)


def llm(story: Story) -> Brief:
    """A language model's brief, every statement grounded in the cited sentences."""
    from briefgen.analyse.llm import run

    return run(story)


ENGINES: dict[str, Callable[[Story], Brief]] = {"extractive": extractive, "llm": llm}
ENGINE_VARIABLE = "BRIEFGEN_ENGINE"


def choose(engine: str | None, config_path: Path | None = None) -> str:
    """The engine of this run: `engine` if given, else briefgen.toml's [analysis]
    engine. Known, and for "llm" configured (a usage error saying how, if not); the
    choice and the [llm] settings are left in the environment for `analyse`."""
    from briefgen.config import LLM_VARIABLE, load_analysis_settings, load_llm_settings

    name = engine or load_analysis_settings(config_path).engine
    if name not in ENGINES:
        known = ", ".join(sorted(ENGINES))
        raise UsageError(f"unknown analysis engine {name!r} (known: {known})")
    if name == "llm":
        # Only here: the llm package imports its HTTP client (httpx, about 70 ms).
        from briefgen.analyse.llm import setup

        settings, root = load_llm_settings(config_path)
        if settings is None:
            raise UsageError(setup.HOW_TO_CONFIGURE)
        setup.export(settings, root)
    else:
        os.environ.pop(LLM_VARIABLE, None)
    os.environ[ENGINE_VARIABLE] = name
    return name


def analyse(story: Story, engine: str | None = None) -> Brief:
    """The brief of `story`, made by the engine called `engine` (default: the one
    `choose` picked, else "extractive")."""
    engine = engine or os.environ.get(ENGINE_VARIABLE) or "extractive"
    try:
        run = ENGINES[engine]
    except KeyError:
        known = ", ".join(sorted(ENGINES))
        raise UsageError(f"unknown analysis engine {engine!r} (known: {known})") from None
    if not story.articles:
        raise AnalysisError("nothing to analyse: the story has no articles")
    return run(story)


def explain(story: Story, engine: str | None = None) -> list[str]:
    """For every actor and the outcome, the cue and sentence that decided it; with the
    llm engine, also every statement grounding dropped and why."""
    engine = engine or os.environ.get(ENGINE_VARIABLE) or "extractive"
    if engine == "llm":
        from briefgen.analyse.llm import explain as run
    else:
        from briefgen.analyse.why import explain as run
    return run(story)
