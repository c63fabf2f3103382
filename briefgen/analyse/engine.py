"""The extractive engine: a story in, every finding about it out.

The steps, in order, each a module:
1. nlp: every sentence through spaCy (tokens, lemmas, tags, parse, entities), and
   repeated wire copy marked (`copies`);
2. actors: entities and acting groups, merged across forms, pronouns resolved;
3. proposal: the words that name what is proposed;
4. attribution: who says what (speech and quotations, through the parse);
5. outcome: the events of the proposal, the latest article deciding;
6. stance: every claim about the proposal with its holder (a feeling about the
   result is read against the outcome);
7. sides: each actor's stance from its claims (`features` and the fitted `model`);
8. sections: the evidence sentences for each part of the brief, put in order by
   rules (`sections`) and chosen by the fitted sentence ranker (`ranker`).
`run` returns an `Analysis` holding all of it; `brief.build` turns that into a `Brief`
and `why.explain` into the reasons behind each decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.analyse import copies, nlp, sides
from briefgen.analyse import outcome as outcomes
from briefgen.analyse import stance as stances
from briefgen.analyse.actors import Cast, find_actors
from briefgen.analyse.attribution import Speech, find_speech
from briefgen.analyse.proposal import Proposal, find_proposal
from briefgen.model import Story

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Analysis:
    story: Story
    sents: list[nlp.Sent]
    headlines: list[Doc]
    duplicate: set[int]
    cast: Cast
    proposal: Proposal
    speech: list[Speech | None]
    claims: list[stances.Claim]
    decisions: dict[int, stances.Decision]
    status: str
    events: list[outcomes.Event]


def _repeated(sents: list[nlp.Sent]) -> set[int]:
    """Sentences an earlier article printed word for word (a short one too, which the
    near-copy finder leaves alone)."""
    seen: dict[str, int] = {}
    out = set()
    for sent in sents:
        key = " ".join(sent.text.lower().split())
        if key in seen and seen[key] != sent.article:
            out.add(sent.pos)
        seen.setdefault(key, sent.article)
    return out


def run(story: Story) -> Analysis:
    """Analyse a story: the steps above, in order."""
    sents, headlines = nlp.parse_story(story)
    duplicate = copies.duplicates([(s.article, s.text) for s in sents]) | _repeated(sents)
    cast = find_actors(sents)
    proposal = find_proposal(sents, headlines)
    speech = find_speech(cast, sents)
    events = outcomes.find_events(story, cast, sents, headlines, proposal, duplicate)
    status, deciding = outcomes.decide(story, events, sents, proposal)
    # a reaction reads against the outcome: "disappointed by the result" of a rejection
    claims = stances.find_claims(cast, sents, speech, proposal, duplicate, status, headlines)
    # where a decision taken is told: who only tells it reports the outcome
    done = status not in ("pending", "left_open")
    told = {e.sent for e in deciding if e.status == status and done}
    decisions = sides.decide(cast, sents, speech, claims, duplicate, headlines, status, told)
    return Analysis(
        story,
        sents,
        headlines,
        duplicate,
        cast,
        proposal,
        speech,
        claims,
        decisions,
        status,
        deciding,
    )
