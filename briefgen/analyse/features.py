"""What the story says about each actor, as numbers a stance model can weigh.

Two kinds of evidence: the claims attribution found through the parse (precise, but
a parse misses much), and the plain signal of the sentences that name the actor or
report its words (support and opposition cue words, VADER's polarity), which a
parse-free reader would see. Every feature is general: counts and scores, never a
word or name of one story.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.analyse import lexicon
from briefgen.analyse.actors import Cast
from briefgen.analyse.attribution import Speech
from briefgen.analyse.nlp import Sent
from briefgen.analyse.sentiment import polarity
from briefgen.analyse.stance import EXPLICIT, SIGNS, Claim, conceded, outcome_reading

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAMES = (
    "explicit_for",
    "explicit_against",
    "speech_for",
    "speech_against",
    "proposes",
    "owns_proposal",
    "polarity_mean",
    "speaks",
    "mentions",
    "person",
    "organisation",
    "group",
    "country",
    "decider",
    "voice",
    "early",
    "negated",
    "subject_cues_for",
    "subject_cues_against",
    "affiliates_for",
    "affiliates_against",
    "in_headline",
    "quote_polarity",
)
ALL = EXPLICIT | {"speech", "propose"}


@dataclass(frozen=True)
class Row:
    actor: int
    values: tuple[float, ...]


def _cue_signs(sent: Sent, status: str) -> tuple[int, int]:
    pro = con = 0
    granted = conceded(sent.doc)  # "backed it in principle, but ...": no support
    for match in lexicon.stance_cues().find(sent.doc):
        sign = SIGNS[match.cue.label]
        if granted and sign > 0:
            continue
        if match.cue.kind == "affect":  # "disappointed" by a rejection: for it
            sign *= outcome_reading(sent.doc, status, sent.doc[match.start]) or 1
        pro += sign > 0
        con += sign < 0
    return pro, con


def _subject_cues(
    where: set[int] | tuple[()],
    sents: list[Sent],
    cache: dict[int, tuple[int, int]],
    status: str,
) -> tuple[float, float]:
    """Support and opposition cue words in the sentences the actor is the subject of."""
    pro = con = 0
    for pos in where:
        if pos not in cache:
            cache[pos] = _cue_signs(sents[pos], status)
        pro += cache[pos][0]
        con += cache[pos][1]
    return math.log1p(pro), math.log1p(con)


def _weight(claims: list[Claim], kinds: frozenset[str] | tuple[str, ...], sign: int) -> float:
    return sum(c.weight for c in claims if c.kind in kinds and c.sign == sign)


def actor_rows(
    cast: Cast,
    sents: list[Sent],
    speech: list[Speech | None],
    claims: list[Claim],
    skip: set[int],
    headlines: list[Doc] | None = None,
    status: str = "left_open",
) -> list[Row]:
    """One row of `NAMES` per actor that has a name. A sentence's polarity is read
    against the outcome when it reacts to it ("terribly disappointed by the result"
    of a rejection is for the proposal)."""
    from briefgen.analyse.actors import fold

    as_subject: dict[int, set[int]] = defaultdict(set)
    for pos, actor in cast.subjects:
        if pos not in skip:
            as_subject[actor].add(pos)

    def reading(pos: int) -> int:
        return outcome_reading(sents[pos].doc, status) or 1

    quotes: dict[int, list[float]] = defaultdict(list)
    for said in speech:
        if said is not None and said.speaker is not None and said.quote:
            quotes[said.speaker].append(polarity(said.quote) * reading(said.sent))
    headline_text = " ".join(fold(h.text) for h in headlines or [])
    # people and the bodies they speak for, both ways
    linked: dict[int, set[int]] = defaultdict(set)
    for person in cast.actors:
        if person.kind == "person" and person.affiliation:
            key = fold(person.affiliation)
            for body in cast.actors:
                if body.id != person.id and body.name and key in body.forms:
                    linked[person.id].add(body.id)
                    linked[body.id].add(person.id)
    named: dict[int, set[int]] = defaultdict(set)
    for (pos, _), actor in cast.at.items():
        if pos not in skip:
            named[actor].add(pos)
    spoken: dict[int, set[int]] = defaultdict(set)
    for said in speech:
        if said is not None and said.speaker is not None and said.sent not in skip:
            for speaker in (said.speaker, *said.with_):
                spoken[speaker].add(said.sent)
                named[speaker].add(said.sent)
    by_actor: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_actor[claim.actor].append(claim)
        if claim.kind == "speech" and claim.sent not in skip:
            spoken[claim.actor].add(claim.sent)  # words in a phrase: "branded X by Y"
    cue_cache: dict[int, tuple[int, int]] = {}
    polarity_cache: dict[int, float] = {}
    total = max(len(sents), 1)
    rows = []
    for actor in cast.actors:
        if not actor.name:
            continue
        own = by_actor.get(actor.id, [])
        where = sorted(named.get(actor.id, ()))
        scores = []
        for pos in where:
            if pos not in polarity_cache:
                polarity_cache[pos] = polarity(sents[pos].text) * reading(pos)
            scores.append(polarity_cache[pos])
        mean = sum(scores) / len(scores) if scores else 0.0

        values = (
            _weight(own, EXPLICIT, 1),
            _weight(own, EXPLICIT, -1),
            _weight(own, ("speech",), 1),
            _weight(own, ("speech",), -1),
            float(sum(1 for c in own if c.kind == "propose" and c.weight >= 1)),
            float(sum(1 for c in own if c.kind == "propose" and c.weight < 1)),
            mean,
            math.log1p(len(spoken.get(actor.id, ()))),
            math.log1p(len(where)),
            float(actor.kind == "person"),
            float(actor.kind == "organisation"),
            float(actor.kind == "group"),
            float(actor.kind == "country"),
            float(actor.decider),
            float(actor.voice),
            1.0 - min(where[0], total) / total if where else 0.0,
            float(sum(1 for c in own if c.negated)),
            *_subject_cues(as_subject.get(actor.id, ()), sents, cue_cache, status),
            sum(_weight(by_actor.get(o, []), ALL, 1) for o in linked.get(actor.id, ())),
            sum(_weight(by_actor.get(o, []), ALL, -1) for o in linked.get(actor.id, ())),
            float(any(f" {form} " in f" {headline_text} " for form in actor.forms if form)),
            sum(quotes[actor.id]) / len(quotes[actor.id]) if quotes.get(actor.id) else 0.0,
        )
        rows.append(Row(actor.id, values))
    return rows
