"""STAND-IN analysis engine, for benchmarking before `briefgen.analyse` exists.

It is NOT the real engine: it fills a Brief by simple cue-word matching, touching
every sentence once (so its cost grows like a real single-pass engine's). Every table
and JSON that used it says "engine: stand-in". `install()` makes `briefgen.analyse`
importable with this `analyse` only when the real package is missing; running this
module as a script runs the briefgen CLI with it installed.
"""

from __future__ import annotations

import sys
import types

from briefgen.model import (
    DEFAULT_HEADINGS,
    Actor,
    Brief,
    Citation,
    Engine,
    Outcome,
    Point,
    Quote,
    Section,
    Source,
    Story,
    slug_for,
)

NAME = "stand-in"
CUES = {"supporters": ("support", "back", "welcom"), "opponents": ("oppos", "critic", "against")}


def analyse(story: Story) -> Brief:
    """A brief of cue-word matches: plausible shape, no linguistic quality."""
    first = story.articles[0]
    sources = tuple(
        Source(f"s{n}", a.title, a.date, a.outlet, a.url, a.path)
        for n, a in enumerate(story.articles, start=1)
    )
    hits: dict[str, list[Point]] = {"proposal": [], "supporters": [], "opponents": []}
    quotes: list[Quote] = []
    for n, article in enumerate(story.articles, start=1):
        for sentence in article.sentences:
            cite = (Citation(f"s{n}", sentence.index),)
            lower = sentence.text.lower()
            for key, cues in CUES.items():
                if any(cue in lower for cue in cues):
                    hits[key].append(Point(sentence.text, cite))
            if "propos" in lower:
                hits["proposal"].append(Point(sentence.text, cite))
            if "“" in sentence.text or '"' in sentence.text:
                quotes.append(Quote(sentence.text, None, cite[0]))
    last = first.sentences[-1]
    outcome = Outcome("unknown", last.text, (Citation("s1", last.index),))
    sections = tuple(
        Section(
            key, heading, tuple(hits.get(key, [])[:6]) or (Point(last.text, outcome.citations),)
        )
        for key, heading in DEFAULT_HEADINGS.items()
    )
    lead = first.sentences[0]
    actor = Actor("a1", "Stand-in Actor", "person", "neutral", evidence=(Citation("s1", 0),))
    return Brief(
        title=first.title,
        date=first.date,
        slug=slug_for(first.date, first.title),
        summary=lead.text,
        proposal=lead.text,
        sections=sections,
        actors=(actor,),
        quotes=tuple(quotes[:5]),
        outcome=outcome,
        sources=sources,
        engine=Engine(NAME, "0"),
    )


def install() -> str:
    """Provide `briefgen.analyse` from this module if the real engine is missing.

    Returns the engine's name: "extractive" (or whatever the real one is) or "stand-in".
    """
    try:
        import briefgen.analyse  # noqa: F401

        return "real"
    except ImportError:
        module = types.ModuleType("briefgen.analyse")
        module.analyse = analyse  # type: ignore[attr-defined]
        sys.modules["briefgen.analyse"] = module
        return NAME


if __name__ == "__main__":
    install()
    from briefgen.cli import main

    main(prog_name="briefgen")
