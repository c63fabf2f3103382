"""Tiny stories for analysis tests: one call from paragraphs to a brief or an analysis."""

from __future__ import annotations

from briefgen.analyse import analyse, engine
from briefgen.model import Brief, Story
from tests.builders import article


def brief_of(*paragraphs: str, title: str = "City weighs plan for a new bus depot") -> Brief:
    return analyse(Story((article(*paragraphs, title=title),)))


def analysis_of(
    *paragraphs: str, title: str = "City weighs plan for a new bus depot"
) -> engine.Analysis:
    return engine.run(Story((article(*paragraphs, title=title),)))


def stances(brief: Brief) -> dict[str, str]:
    """Actor name → stance."""
    return {a.name: a.stance for a in brief.actors}


LEAD = "The city council is considering a plan to build a bus depot in Riverside."
