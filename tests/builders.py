"""Builders for tiny articles and briefs, so tests read like the feature list."""

from __future__ import annotations

import datetime as dt

from briefgen.ingest.text import split_sentences
from briefgen.model import (
    DEFAULT_HEADINGS,
    Actor,
    Article,
    Brief,
    Citation,
    Engine,
    Outcome,
    Point,
    Quote,
    Section,
    Source,
    slug_for,
)


def article(
    *paragraphs: str,
    title: str = "Test headline",
    date: str | None = "2024-05-01",
    path: str = "test.txt",
) -> Article:
    """An article from paragraph strings: `article("One. Two.", "Three.")`."""
    return Article(
        path=path,
        title=title,
        sentences=split_sentences(list(paragraphs)),
        date=dt.date.fromisoformat(date) if date else None,
    )


def brief(
    text: str = "Plain text.",
    title: str = "A test brief",
    *,
    actors: tuple[tuple[str, str], ...] = (("Ana Lima", "opponent"),),
    quote: str | None = None,
) -> Brief:
    """A hand-made brief whose every text field is `text` (for rendering tests)."""
    cite = (Citation("s1", 0),)
    actor_models = tuple(
        Actor(f"a{n}", name, "person", stance, evidence=cite)
        for n, (name, stance) in enumerate(actors, start=1)
    )
    sections = tuple(
        Section(key, heading, (Point(text, cite, actor_models[0].id if actor_models else None),))
        for key, heading in DEFAULT_HEADINGS.items()
    )
    date = dt.date(2024, 5, 1)
    return Brief(
        title=title,
        date=date,
        slug=slug_for(date, title),
        summary=text,
        proposal=text,
        sections=sections,
        actors=actor_models,
        quotes=(Quote(quote or text, actor_models[0].id if actor_models else None, cite[0]),),
        outcome=Outcome("pending", text, cite),
        sources=(Source("s1", title, date, None, None, "test.txt"),),
        engine=Engine("test", "0"),
    )
