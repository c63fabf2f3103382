"""Grounded statements become a `Brief`; what grounding left empty comes from the
offline engine's brief, and the brief's warnings say so.

Actor ids are the LLM's actors in stance order; an offline section or quote that is
used keeps its actors, found among them by name or added.
"""

from __future__ import annotations

from dataclasses import replace

from briefgen.analyse.actors import fold
from briefgen.analyse.brief import STANCE_ORDER
from briefgen.analyse.engine import Analysis
from briefgen.analyse.llm.grounding import Grounded
from briefgen.model import Actor, Brief, Citation, Outcome, Point, Quote, Section


class Actors:
    """The brief's actors: the grounded ones, then offline ones a fallback needs."""

    def __init__(self, analysis: Analysis, grounded: Grounded) -> None:
        self.list: list[Actor] = []
        ranked = sorted(grounded.actors, key=lambda a: STANCE_ORDER[a.stance])
        for kept in ranked:
            cast = analysis.cast.actors[kept.cast_id] if kept.cast_id is not None else None
            aliases = tuple(sorted(set(cast.aliases) - {kept.name})) if cast else ()
            self._add(
                Actor(
                    id="",
                    name=kept.name,
                    kind=kept.kind,
                    stance=kept.stance,
                    aliases=aliases,
                    role=cast.role if cast else None,
                    affiliation=cast.affiliation if cast else None,
                    evidence=tuple(kept.citations[:4]),
                )
            )

    def _add(self, actor: Actor) -> str:
        actor = replace(actor, id=f"a{len(self.list) + 1}")
        self.list.append(actor)
        return actor.id

    def id_of(self, name: str | None) -> str | None:
        if not name:
            return None
        for actor in self.list:
            if fold(name) in {fold(actor.name), *map(fold, actor.aliases)}:
                return actor.id
        return None

    def adopt(self, offline: Brief, actor_id: str | None) -> str | None:
        """The id here of an actor of the offline brief, added if it is not here."""
        actor = offline.actor(actor_id)
        if actor is None:
            return None
        return self.id_of(actor.name) or self._add(actor)


def build(analysis: Analysis, grounded: Grounded, offline: Brief, notes: list[str]) -> Brief:
    """The brief: grounded statements first, the offline engine's where none passed."""
    actors = Actors(analysis, grounded)
    warnings = list(notes)
    sections = []
    for section in offline.sections:
        points = grounded.points.get(section.key, [])
        if points:
            sections.append(
                Section(
                    section.key,
                    section.heading,
                    tuple(Point(p.text, p.citations, actors.id_of(p.actor)) for p in points[:4]),
                )
            )
            continue
        if section.points:
            warnings.append(
                f"{section.heading}: no statement of the model's passed the grounding "
                "check; this section is the offline engine's"
            )
        sections.append(
            replace(
                section,
                points=tuple(
                    replace(p, actor=actors.adopt(offline, p.actor)) for p in section.points
                ),
            )
        )
    if grounded.quotes:
        quotes = tuple(
            Quote(q.text, actors.id_of(q.actor), q.citations[0]) for q in grounded.quotes[:8]
        )
    else:
        quotes = tuple(replace(q, speaker=actors.adopt(offline, q.speaker)) for q in offline.quotes)
    if grounded.outcome is not None and grounded.outcome.citations:
        first = analysis.sents[_pos(analysis, grounded.outcome.citations[0])].text
        outcome = Outcome(grounded.outcome.text, first, grounded.outcome.citations[:3])
    else:
        outcome = offline.outcome
        warnings.append("the outcome is the offline engine's")
    if grounded.bottom_line is None:
        warnings.append("the bottom line is the offline engine's")
    sides = {a.stance for a in actors.list}
    if "opponent" not in sides:
        warnings.append("no opponent of the proposal was found")
    if not sides & {"proposer", "supporter"}:
        warnings.append("no supporter of the proposal was found")
    return replace(
        offline,
        summary=grounded.bottom_line.text if grounded.bottom_line else offline.summary,
        proposal=grounded.proposal.text if grounded.proposal else offline.proposal,
        sections=tuple(sections),
        actors=tuple(actors.list),
        quotes=quotes,
        outcome=outcome,
        warnings=tuple(warnings),
    )


def _pos(analysis: Analysis, citation: Citation) -> int:
    for sent in analysis.sents:
        if f"s{sent.article + 1}" == citation.source and sent.index == citation.sentence:
            return sent.pos
    raise LookupError(citation)
