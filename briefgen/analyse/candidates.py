"""Step 8, each section's candidates: the rules' order, and every sentence's features.

The rules of `sections` put a story's sentences in order for each section (the
leads and what the proposal would do; each side's evidence; the deciding events).
Every sentence not printed before then gets the section's features (`NAMES`): where
the rules placed it, where it stands in its article, who speaks in it and for which
side, the stance cues and claims in it, whether it names the proposal, an outcome
event or a vote's count. The fitted ranker (`ranker.choose`) orders them by how
likely each is a key sentence of the section. Every feature is general: counts,
positions and flags, never a word of one story.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefgen.analyse import lexicon
from briefgen.analyse import sections as rules
from briefgen.analyse.engine import Analysis
from briefgen.analyse.outcome import latest_article
from briefgen.analyse.sentiment import polarity
from briefgen.analyse.stance import SIGNS

SECTIONS = ("proposal", "supporters", "opponents", "outcome")
SIDES = {"supporters": {"proposer", "supporter"}, "opponents": {"opponent"}}
# For the side sections "own" is the section's side; for the others, support.
OWN_SIGN = {"proposal": 1, "supporters": 1, "opponents": -1, "outcome": 1}
NAMES = (
    "rule_rank",
    "rule_chosen",
    "lead",
    "early",
    "late",
    "paragraph_first",
    "latest_article",
    "length",
    "short",
    "speech",
    "quote",
    "speaker_own",
    "speaker_other",
    "speaker_proposer",
    "speaker_lean",
    "actors_lean",
    "actors_own",
    "actors_other",
    "decider_named",
    "claims_own",
    "claims_other",
    "proposes",
    "side_strength",
    "cues_own",
    "cues_other",
    "polarity",
    "outcome_cues",
    "headline_words",
    "about",
    "describes",
    "event",
    "tally",
    "next",
    "number",
)


@dataclass(frozen=True)
class Candidate:
    """A sentence that may be a point of a section; `actor` is the side's actor it is
    evidence of, if any."""

    pos: int
    actor: int | None
    values: tuple[float, ...]


def rule_orders(analysis: Analysis) -> dict[str, list[tuple[int, int | None]]]:
    """Every section's candidates in the rules' order, not cut to the section's size."""
    a = analysis
    skip = a.duplicate
    n = len(a.sents)
    spoken = _spoken(a)
    out: dict[str, list[tuple[int, int | None]]] = {
        "proposal": [
            (s, None)
            for s in rules.proposal_points(a.sents, a.claims, a.proposal, skip, a.speech, n)
        ],
        "outcome": [
            (s, None)
            for s in rules.outcome_points(a.events, a.sents, latest_article(a.story), skip, n)
        ],
    }
    for key, sides in SIDES.items():
        chosen = rules.side_points(a.sents, a.cast, a.decisions, sides, key, skip, spoken, n)
        out[key] = rules.cue_points(a.sents, chosen, key, skip, n)
    return {key: out[key] for key in SECTIONS}


def _spoken(analysis: Analysis) -> dict[int, list[int]]:
    spoken: dict[int, list[int]] = {}
    for said in analysis.speech:
        if said is not None and said.speaker is not None:
            spoken.setdefault(said.speaker, []).append(said.sent)
    return spoken


def candidates(
    analysis: Analysis, orders: dict[str, list[tuple[int, int | None]]] | None = None
) -> dict[str, list[Candidate]]:
    """Every sentence not printed before, with its features, for each section."""
    a = analysis
    orders = orders if orders is not None else rule_orders(a)
    side_of = {actor: d.stance for actor, d in a.decisions.items()}
    named: dict[int, set[int]] = {}
    for (pos, _), actor in a.cast.at.items():
        named.setdefault(pos, set()).add(actor)
    claims: dict[int, list] = {}
    for claim in a.claims:
        claims.setdefault(claim.sent, []).append(claim)
    events = [e.sent for e in a.events if e.sent >= 0]
    latest = latest_article(a.story)
    last_index: dict[int, int] = {}
    for sent in a.sents:
        last_index[sent.article] = max(last_index.get(sent.article, 0), sent.index)
    cues = [_cue_counts(s) for s in a.sents]
    lean = {actor: d.score for actor, d in a.decisions.items()}
    outcome_cues = [sum(1 for _ in lexicon.outcome_cues().find(s.doc)) for s in a.sents]
    headline = {t.lemma_.lower() for h in a.headlines for t in h if _content(t)}
    evidence = {
        key: _best_evidence(
            rules.side_evidence(a.sents, a.cast, a.decisions, sides, a.duplicate, _spoken(a))
        )
        for key, sides in SIDES.items()
    }
    # what does not depend on the section, once per sentence
    polarities = [polarity(s.text) for s in a.sents]
    shares = [_share(s, headline) for s in a.sents]
    about = [a.proposal.about(list(s.doc)) for s in a.sents]
    describes = [rules.describes(s, a.proposal) for s in a.sents]
    tallies = [rules.tally(s) for s in a.sents]
    next_steps = [bool(rules.NEXT.search(s.text)) for s in a.sents]
    numbers = [any(t.like_num for t in s.doc) for s in a.sents]
    out: dict[str, list[Candidate]] = {}
    for key in SECTIONS:
        own = SIDES.get(key, {"proposer", "supporter"})
        other = SIDES["opponents"] if own != SIDES["opponents"] else SIDES["supporters"]
        sign = OWN_SIGN[key]
        rank = {pos: r for r, (pos, _) in enumerate(orders[key])}
        actor_of = {pos: actor for pos, actor in orders[key]}
        strength = evidence.get(key, {})
        rows = []
        for sent in a.sents:
            pos = sent.pos
            if pos in a.duplicate:
                continue
            said = a.speech[pos]
            speaker = side_of.get(said.speaker, "neutral") if said and said.speaker else None
            here = named.get(pos, set())
            mine = claims.get(pos, [])
            r = rank.get(pos)
            values = (
                1.0 / (1 + r) if r is not None else 0.0,
                float(r is not None and r < rules.MAX_POINTS[key]),
                float(sent.index == 0),
                1.0 / (1 + sent.index),
                sent.index / max(last_index[sent.article], 1),
                float(sent.first_in_paragraph),
                float(sent.article == latest),
                math.log1p(len(sent.doc)),
                float(len(sent.doc) < 8),
                float(said is not None),
                float(bool(said and said.quote)),
                float(speaker in own),
                float(speaker in other),
                float(speaker == "proposer"),
                sign * lean.get(said.speaker, 0.0) if said and said.speaker is not None else 0.0,
                max((sign * lean.get(x, 0.0) for x in here), default=0.0),
                math.log1p(sum(side_of.get(x) in own for x in here)),
                math.log1p(sum(side_of.get(x) in other for x in here)),
                float(any(a.cast.actors[x].decider for x in here)),
                sum(c.weight for c in mine if c.sign == sign and c.kind != "propose"),
                sum(c.weight for c in mine if c.sign == -sign and c.kind != "propose"),
                float(any(c.kind == "propose" for c in mine)),
                strength.get(pos, (0.0, None))[0],
                math.log1p(cues[pos][0 if sign > 0 else 1]),
                math.log1p(cues[pos][1 if sign > 0 else 0]),
                sign * polarities[pos],
                math.log1p(outcome_cues[pos]),
                shares[pos],
                float(about[pos]),
                float(describes[pos]),
                float(pos in events),
                float(tallies[pos]),
                float(next_steps[pos]),
                float(numbers[pos]),
            )
            actor = actor_of.get(pos, strength.get(pos, (0.0, None))[1])
            rows.append(Candidate(pos, actor, values))
        out[key] = rows
    return out


def _cue_counts(sent) -> tuple[int, int]:
    """Support and opposition cue words in the sentence, a negated one not counted."""
    pro = con = 0
    for match in lexicon.stance_cues().find(sent.doc):
        if rules.negated(sent, match.start):
            continue
        sign = SIGNS[match.cue.label]
        pro += sign > 0
        con += sign < 0
    return pro, con


def _content(token) -> bool:
    return token.is_alpha and not token.is_stop


def _share(sent, words: set[str]) -> float:
    """The share of the sentence's content words that the headlines use too."""
    content = [t.lemma_.lower() for t in sent.doc if _content(t)]
    return sum(w in words for w in content) / len(content) if content else 0.0


def _best_evidence(evidence: dict[int, dict[int, float]]) -> dict[int, tuple[float, int | None]]:
    """Each sentence: the strongest evidence of the side in it, and whose it is."""
    best: dict[int, tuple[float, int | None]] = {}
    for actor, found in evidence.items():
        for pos, strength in found.items():
            if pos not in best or strength > best[pos][0]:
                best[pos] = (strength, actor)
    return best
