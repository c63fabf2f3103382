"""The one data model every stage shares.

ingest makes `Article`s, group makes `Story`s, analyse makes a `Brief`, render and
distribute read it. Everything is a frozen dataclass holding tuples, so a stage can
pass the model on without fearing that a later one changes it.

`brief_to_dict` / `brief_from_dict` are the public JSON contract
(`briefgen/schema/brief.schema.json`); nothing else decides the JSON shape.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

STANCES = ("proposer", "supporter", "opponent", "mixed", "neutral")
ACTOR_KINDS = ("person", "organisation", "country", "group")
OUTCOME_STATUSES = (
    "passed",
    "approved",
    "rejected",
    "withdrawn",
    "pending",
    "postponed",
    "left_open",
    "unknown",
)
SECTION_KEYS = ("proposal", "supporters", "opponents", "outcome")
DEFAULT_HEADINGS = {
    "proposal": "The proposal",
    "supporters": "Supporters",
    "opponents": "Opponents",
    "outcome": "Outcome",
}


# --- what ingest produces -------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article's body; `index` counts from 0 over the whole body."""

    index: int
    paragraph: int
    text: str


@dataclass(frozen=True)
class Article:
    """One source document, normalised and split into sentences."""

    path: str
    title: str
    sentences: tuple[Sentence, ...]
    date: dt.date | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    copies: tuple[Article, ...] = ()
    """Near-identical versions of this article run by other outlets (wire copy), found
    by ingest; this article's text stands for them all, and a brief cites each."""
    warnings: tuple[str, ...] = ()
    """How this article was read that its reader should know, one line each (a feed
    entry's own summary used because its link could not be fetched)."""

    @property
    def editions(self) -> tuple[Article, ...]:
        """This article and its copies: every source a brief should list for it."""
        return (self, *self.copies)

    @property
    def paragraphs(self) -> tuple[tuple[Sentence, ...], ...]:
        """The sentences grouped by paragraph, in order."""
        groups: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            groups.setdefault(sentence.paragraph, []).append(sentence)
        return tuple(tuple(group) for _, group in sorted(groups.items()))

    @property
    def text(self) -> str:
        """The body as paragraphs separated by blank lines."""
        return "\n\n".join(" ".join(s.text for s in p) for p in self.paragraphs)


@dataclass(frozen=True)
class Story:
    """Articles about one proposal, analysed together into one brief."""

    articles: tuple[Article, ...]

    @property
    def title(self) -> str:
        return self.articles[0].title if self.articles else ""


# --- what analyse produces --------------------------------------------------------


@dataclass(frozen=True)
class Citation:
    """A pointer to one sentence: `source` is a source id ("s1"), `sentence` its index."""

    source: str
    sentence: int


@dataclass(frozen=True)
class Point:
    """One statement in a section; extractive points are their source sentence."""

    text: str
    citations: tuple[Citation, ...]
    actor: str | None = None


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    points: tuple[Point, ...] = ()


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    stance: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    evidence: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    citation: Citation


@dataclass(frozen=True)
class Outcome:
    status: str
    text: str
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    date: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Engine:
    name: str
    version: str


@dataclass(frozen=True)
class Brief:
    title: str
    date: dt.date | None
    slug: str
    summary: str
    proposal: str
    sections: tuple[Section, ...]
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    outcome: Outcome
    sources: tuple[Source, ...]
    engine: Engine
    warnings: tuple[str, ...] = field(default=())

    def section(self, key: str) -> Section:
        """The section with this key (an empty one if the engine left it out)."""
        for section in self.sections:
            if section.key == key:
                return section
        return Section(key, DEFAULT_HEADINGS.get(key, key.title()))

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None


# --- JSON ------------------------------------------------------------------------


def _date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date_in(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _citation_out(c: Citation) -> dict[str, Any]:
    return {"source": c.source, "sentence": c.sentence}


def _citations_in(items: list[dict[str, Any]]) -> tuple[Citation, ...]:
    return tuple(Citation(c["source"], int(c["sentence"])) for c in items)


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The brief as the JSON contract's plain dict."""

    def point(p: Point) -> dict[str, Any]:
        out: dict[str, Any] = {"text": p.text}
        if p.actor is not None:
            out["actor"] = p.actor
        out["citations"] = [_citation_out(c) for c in p.citations]
        return out

    return {
        "title": brief.title,
        "date": _date_out(brief.date),
        "slug": brief.slug,
        "summary": brief.summary,
        "proposal": brief.proposal,
        "sections": {
            s.key: {"heading": s.heading, "points": [point(p) for p in s.points]}
            for s in brief.sections
        },
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "aliases": list(a.aliases),
                "kind": a.kind,
                "role": a.role,
                "affiliation": a.affiliation,
                "stance": a.stance,
                "evidence": [_citation_out(c) for c in a.evidence],
            }
            for a in brief.actors
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "citation": _citation_out(q.citation)}
            for q in brief.quotes
        ],
        "outcome": {
            "status": brief.outcome.status,
            "text": brief.outcome.text,
            "citations": [_citation_out(c) for c in brief.outcome.citations],
        },
        "sources": [
            {
                "id": s.id,
                "title": s.title,
                "date": _date_out(s.date),
                "outlet": s.outlet,
                "url": s.url,
                "path": s.path,
            }
            for s in brief.sources
        ],
        "engine": {"name": brief.engine.name, "version": brief.engine.version},
        "warnings": list(brief.warnings),
    }


def brief_from_dict(data: dict[str, Any]) -> Brief:
    """Rebuild a `Brief` from the JSON contract (the inverse of `brief_to_dict`)."""
    return Brief(
        title=data["title"],
        date=_date_in(data.get("date")),
        slug=data["slug"],
        summary=data["summary"],
        proposal=data["proposal"],
        sections=tuple(
            Section(
                key,
                s["heading"],
                tuple(
                    Point(p["text"], _citations_in(p["citations"]), p.get("actor"))
                    for p in s["points"]
                ),
            )
            for key, s in data["sections"].items()
        ),
        actors=tuple(
            Actor(
                id=a["id"],
                name=a["name"],
                kind=a["kind"],
                stance=a["stance"],
                aliases=tuple(a.get("aliases", ())),
                role=a.get("role"),
                affiliation=a.get("affiliation"),
                evidence=_citations_in(a.get("evidence", [])),
            )
            for a in data["actors"]
        ),
        quotes=tuple(
            Quote(q["text"], q.get("speaker"), _citations_in([q["citation"]])[0])
            for q in data["quotes"]
        ),
        outcome=Outcome(
            data["outcome"]["status"],
            data["outcome"]["text"],
            _citations_in(data["outcome"].get("citations", [])),
        ),
        sources=tuple(
            Source(
                s["id"],
                s["title"],
                _date_in(s.get("date")),
                s.get("outlet"),
                s.get("url"),
                s.get("path"),
            )
            for s in data["sources"]
        ),
        engine=Engine(data["engine"]["name"], data["engine"]["version"]),
        warnings=tuple(data.get("warnings", ())),
    )


SLUG_MAX_CHARS = 80
"""Longest slug stem: file systems refuse names over 255 bytes, and a headline can be
one 5,000-letter word."""


def slug_for(date: dt.date | None, title: str, max_words: int = 8) -> str:
    """A file-name-safe slug: "2023-07-13-japans-proposal-for-nato-office".

    Letters are folded to ASCII where Unicode allows, anything else is dropped, so
    the slug is safe on every file system whatever the headline holds; the stem is cut
    to `SLUG_MAX_CHARS`, at a hyphen when there is one.
    """
    import re
    import unicodedata

    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    folded = re.sub(r"['’]", "", folded.lower())
    words = re.findall(r"[a-z0-9]+", folded)[:max_words]
    stem = "-".join(words)
    if len(stem) > SLUG_MAX_CHARS:
        cut = stem[: SLUG_MAX_CHARS + 1]
        stem = cut[: cut.rfind("-")] if "-" in cut else cut[:SLUG_MAX_CHARS]
    stem = stem or "brief"
    return f"{date.isoformat()}-{stem}" if date else stem
