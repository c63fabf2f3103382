"""Choosing each section's points: relevance to the section, centrality, position.

- proposal: sentences that name the proposal and say what it would do (key terms,
  proposal nouns, "would", figures), the lead first;
- supporters / opponents: for each actor on that side, the sentence that decided its
  stance, then what it said (its reasons), strongest actors first;
- outcome: the sentences of the events that decided the status.
A sentence too close to one already chosen for the section is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.analyse import lexicon
from briefgen.analyse.engine import Analysis, overlap, words_of
from briefgen.analyse.proposal import stem

MAX_POINTS = {"proposal": 3, "supporters": 4, "opponents": 4, "outcome": 3}
NEAR_DUPLICATE = 0.75
MIN_WORDS = 7  # "It's about economics." says too little on its own
DETAIL_WORDS = frozenset("would aims aim to require requires allow allows include includes".split())


def dedupe(
    candidates: Iterable[tuple[int, int | None]], analysis: Analysis, limit: int
) -> list[tuple[int, int | None]]:
    """The first `limit` (sentence, actor) pairs that are not near-duplicates of each other."""
    chosen: list[tuple[int, int | None]] = []
    taken: set[int] = set()
    words: dict[int, set[str]] = {}  # each chosen sentence's content words
    for sent, actor in candidates:
        if sent in analysis.duplicate or sent in taken:
            continue
        mine = set(words_of(analysis.parsed[sent].text))
        if any(overlap(mine, words[s]) >= NEAR_DUPLICATE for s, _ in chosen):
            continue
        chosen.append((sent, actor))
        taken.add(sent)
        words[sent] = mine
        if len(chosen) >= limit:
            break
    return chosen


def centrality(analysis: Analysis) -> list[float]:
    """How much each sentence shares the story's key terms (a cheap centrality)."""
    terms = analysis.model.terms
    out = []
    for p in analysis.parsed:
        stems = {stem(w) for w in p.words}
        out.append(len(stems & terms) / (1 + len(terms)) if terms else 0.0)
    return out


def proposal_points(analysis: Analysis) -> list[tuple[int, int | None]]:
    nouns = lexicon.proposal_nouns()
    central = centrality(analysis)
    proposer_sents = {ev.sent for ev in analysis.evidence if ev.rule == "proposer"}
    scored = []
    for i, p in enumerate(analysis.parsed):
        if not p.tokens or len(p.words) < 6:
            continue
        score = 2.0 * central[i]
        score += 0.6 if any(w in nouns for w in p.words) else 0.0
        score += 1.0 if p.index == 0 else 0.5 if p.index < 3 else 0.0
        score += 0.5 if i in proposer_sents else 0.0
        score += 0.3 if any(w in DETAIL_WORDS for w in p.words) else 0.0
        score += 0.3 if any(ch.isdigit() for ch in p.text) else 0.0
        score -= 0.5 if any(p.quoted) else 0.0
        score -= 0.6 if analysis.speech[i] is not None else 0.0
        score += (
            0.5 if any(w in ("proposed", "would", "aims", "expected") for w in p.words) else 0.0
        )
        score -= 0.05 * p.index
        scored.append((-score, i))
    return dedupe(((i, None) for _, i in sorted(scored)), analysis, limit(analysis, "proposal"))


def side_points(
    analysis: Analysis, stances: set[str], included: set[int]
) -> list[tuple[int, int | None]]:
    """Evidence and reasons of the actors on one side, strongest actors first."""
    ranked = []
    for entity, decision in analysis.decisions.items():
        if decision.stance not in stances or entity not in included:
            continue
        weight = sum(ev.weight for ev in decision.evidence)
        ranked.append((-weight, entity))
    ranked.sort()
    rounds: list[list[tuple[int, int | None]]] = []
    for _, entity in ranked:
        decision = analysis.decisions[entity]
        mine: list[int] = []
        if decision.deciding is not None:
            mine.append(decision.deciding.sent)
        side = 1 if stances & {"supporter", "proposer"} else -1
        for ev in sorted(decision.evidence, key=lambda e: (-e.weight, e.sent)):
            if ev.polarity == side or ev.rule == "proposer" and side > 0:
                mine.append(ev.sent)
        mine += analysis.said_by.get(entity, [])
        rounds.append(
            [
                (s, entity)
                for s in dict.fromkeys(mine)
                if s >= 0 and len(analysis.parsed[s].words) >= MIN_WORDS
            ]
        )
    # one point per actor first, then the second point of each, and so on
    interleaved = []
    for depth in range(4):
        for points in rounds:
            if depth < len(points):
                interleaved.append(points[depth])
    return dedupe(interleaved, analysis, limit(analysis, "supporters"))


TALLY = re.compile(r"\b\d+\s*(?:-|–|to)\s*\d+\b|\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)|\bvotes?\b")
DECISION_TALK = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|abstain\w*|ballots?|turnout|turned out|motion|rul(?:ed|ing)|"
    r"decision|decided|mediation|court|reapply|next step|schedul\w+|deadline)\b",
    re.IGNORECASE,
)


def limit(analysis: Analysis, key: str) -> int:
    """How many points a section takes: more when several articles tell the story."""
    return MAX_POINTS[key] + len(analysis.story.articles) - 1


def outcome_points(analysis: Analysis) -> list[tuple[int, int | None]]:
    """The events that decided the status, the latest article's other events, tallies
    and talk of the decision, then events of earlier articles."""
    latest = analysis.article_order[-1] if analysis.article_order else 0
    chosen = [ev.sent for ev in analysis.events if ev.sent >= 0]
    deciding = set(chosen)
    others = [
        ev.sent
        for ev in sorted(analysis.all_events, key=lambda ev: (-ev.weight, ev.sent))
        if ev.sent >= 0 and ev.sent not in deciding
    ]
    mine = [i for i, p in enumerate(analysis.parsed) if p.article == latest and not any(p.quoted)]
    tallies = [i for i in mine if TALLY.search(analysis.parsed[i].text)]
    talk = [i for i in mine if DECISION_TALK.search(analysis.parsed[i].text)]
    recent = [s for s in others if analysis.parsed[s].article == latest]
    sents = chosen + recent + tallies + talk + others
    if not sents:
        sents = [i for i, p in enumerate(analysis.parsed) if p.article == latest][:1]
    return dedupe(((s, None) for s in sents), analysis, limit(analysis, "outcome"))
