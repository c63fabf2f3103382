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


def brief_citing(
    source: Article,
    sections: dict[str, tuple[int, ...]],
    actors: tuple[tuple[str, str, int], ...] = (),
    quotes: tuple[int, ...] = (),
    outcome: int = 0,
) -> Brief:
    """A brief whose points are sentences of `source`, by index, as an extractive
    engine would make it. `actors` are (name, stance, index of their evidence); a point
    is attributed to the actor whose evidence it is."""
    texts = {s.index: s.text for s in source.sentences}
    cite = {i: Citation("s1", i) for i in texts}
    actor_of = {index: f"a{n}" for n, (_, _, index) in enumerate(actors, start=1)}
    actor_models = tuple(
        Actor(f"a{n}", name, "person", stance, evidence=(cite[index],))
        for n, (name, stance, index) in enumerate(actors, start=1)
    )
    return Brief(
        title=source.title,
        date=source.date,
        slug=slug_for(source.date, source.title),
        summary=" ".join(texts[i] for i in sections.get("proposal", ())[:2]),
        proposal=texts[sections["proposal"][0]] if sections.get("proposal") else "",
        sections=tuple(
            Section(
                key,
                DEFAULT_HEADINGS[key],
                tuple(Point(texts[i], (cite[i],), actor_of.get(i)) for i in indices),
            )
            for key, indices in sections.items()
        ),
        actors=actor_models,
        quotes=tuple(Quote(texts[i], actor_of.get(i), cite[i]) for i in quotes),
        outcome=Outcome("postponed", texts[outcome], (cite[outcome],)),
        sources=(Source("s1", source.title, source.date, source.outlet, source.url, source.path),),
        engine=Engine("test", "0"),
    )
