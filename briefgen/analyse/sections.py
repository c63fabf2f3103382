"""Step 8, sections: the rules that put sentences in order for each part of the brief.

Their order is one feature of the sentence ranker (`candidates`, `ranker`), which
chooses each section's sentences; with no ranker shipped, the first `MAX_POINTS` of
the rules' order are the section:

- proposal: the lead sentences, the one in which the proposer proposes, then those
  in which the narrator says what the proposal would do;
- supporters / opponents: sentences in which an actor of that side acts or speaks on
  the proposal, one per actor before a second for anyone, topped up with sentences
  that say the side's stance when no placed actor says more (reported speech first);
- outcome: the sentences of the events that decided the status, those that give the
  count of a vote, the latest article's first word on what comes next, then its lead.
A bullet is read alone: a leading connective ("However,") is dropped and a leading
pronoun is resolved in brackets ("[Macron] argued ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefgen.analyse import lexicon
from briefgen.analyse.actors import Cast, acting_verbs
from briefgen.analyse.attribution import Speech
from briefgen.analyse.nlp import Sent
from briefgen.analyse.outcome import Event
from briefgen.analyse.proposal import Proposal
from briefgen.analyse.stance import Claim, Decision

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_POINTS = {"proposal": 4, "supporters": 4, "opponents": 4, "outcome": 4}
OPENING_PRONOUNS = frozenset("he she they it".split())


def _unique(items: Iterable[int], limit: int) -> list[int]:
    out: list[int] = []
    for item in items:
        if item not in out:
            out.append(item)
        if len(out) == limit:
            break
    return out


def proposal_points(
    sents: list[Sent],
    claims: list[Claim],
    proposal: Proposal,
    skip: set[int],
    said: list[Speech | None],
    limit: int = MAX_POINTS["proposal"],
) -> list[int]:
    proposing = [c.sent for c in claims if c.kind == "propose" and c.weight >= 1]
    # news puts what is proposed, and by whom, in its first sentences
    leads = [s.pos for s in sents if s.index < 4 and s.pos not in skip and len(s.doc) > 5]
    described = [
        s.pos for s in sents if s.pos not in skip and not said[s.pos] and describes(s, proposal)
    ]
    return _unique([*leads[:3], *proposing[:1], *described, *leads[3:]], limit)


# Verbs that say what a proposal does: "the bill includes ...", "it aims to ...".
CONTENT_VERBS = frozenset("include aim allow require mean cover apply replace provide".split())


def describes(sent: Sent, proposal: Proposal) -> bool:
    """Does the sentence say what the proposal would do, in the narrator's words: the
    proposal named, with a modal ("will have to", "could") or a verb of content?"""
    doc = sent.doc
    return proposal.about(list(doc)) and any(
        (t.tag_ == "MD" and t.lower_ in ("will", "would", "could", "must"))
        or (t.pos_ == "VERB" and t.lemma_.lower() in CONTENT_VERBS)
        for t in doc
    )


def quoted_on(sents: list[Sent], pos: int) -> list[int]:
    """The sentences after `pos` that go on with a quotation `pos` leaves open: "It
    is a good deal, she said. "It lets councils plan. | And it is fair."" A quotation
    goes on into the next paragraph when that paragraph opens with a quotation mark."""
    out: list[int] = []
    open_ = _still_open(sents[pos].text, False)
    current = sents[pos]
    while open_ and current.pos + 1 < len(sents):
        nxt = sents[current.pos + 1]
        if nxt.article != current.article:
            break
        if nxt.paragraph != current.paragraph and not nxt.text.lstrip().startswith(OPENING):
            break
        out.append(nxt.pos)
        open_ = _still_open(nxt.text, nxt.paragraph == current.paragraph)
        current = nxt
    return out


OPENING = ("\u201c", '"')


def _still_open(text: str, inside: bool) -> bool:
    """Is a quotation open at the end of `text`, given whether one was open before it?
    Curly marks say which way they go; straight ones alternate."""
    for ch in text:
        if ch == "\u201c":
            inside = True
        elif ch == "\u201d":
            inside = False
        elif ch == '"':
            inside = not inside
    return inside


# How much a sentence tells of an actor's side: a claim for or against the proposal
# outweighs a mere report of speech, which outweighs the act of proposing (the
# proposal section's evidence) and a quotation's later sentences.
CLAIM_STRENGTH = 3.0
SAID_STRENGTH = 1.0
PROPOSE_STRENGTH = 1.0
QUOTED_ON_STRENGTH = 0.5
NAMED_STRENGTH = 1.0  # the sentence names the actor, so the bullet reads alone
REPEAT_PENALTY = 2.0  # each bullet an actor already has


def _strengths(
    sents: list[Sent],
    cast: Cast,
    actor: int,
    claims: Iterable[Claim],
    said: list[int],
    skip: set[int],
) -> dict[int, float]:
    """Each sentence that is evidence of the actor's side, with how strong it is."""
    out: dict[int, float] = {}
    for claim in claims:
        strength = PROPOSE_STRENGTH if claim.kind == "propose" else CLAIM_STRENGTH
        out[claim.sent] = max(out.get(claim.sent, 0.0), strength)
    for pos in said:
        out[pos] = out.get(pos, 0.0) + SAID_STRENGTH
        for later in quoted_on(sents, pos):
            out.setdefault(later, QUOTED_ON_STRENGTH)
    for pos in list(out):
        if pos in skip:
            del out[pos]
            continue
        if any(t.pos_ == "PROPN" and cast.actor_at(pos, t.i) == actor for t in sents[pos].doc):
            out[pos] += NAMED_STRENGTH
    return out


def side_actors(decisions: dict[int, Decision], sides: set[str]) -> list[int]:
    """The actors on the side, the most decided first."""
    return sorted(
        (a for a, d in decisions.items() if d.stance in sides),
        key=lambda a: (-abs(decisions[a].score), a),
    )


def side_evidence(
    sents: list[Sent],
    cast: Cast,
    decisions: dict[int, Decision],
    sides: set[str],
    skip: set[int],
    spoken: dict[int, list[int]],
) -> dict[int, dict[int, float]]:
    """Each actor of the side: the sentences that are evidence of it, and how strong."""
    want = -1 if "opponent" in sides else 1
    return {
        actor: _strengths(
            sents,
            cast,
            actor,
            (c for c in decisions[actor].claims if c.sign == want),
            spoken.get(actor, []),
            skip,
        )
        for actor in side_actors(decisions, sides)
    }


def side_points(
    sents: list[Sent],
    cast: Cast,
    decisions: dict[int, Decision],
    sides: set[str],
    key: str,
    skip: set[int],
    spoken: dict[int, list[int]],
    limit: int | None = None,
) -> list[tuple[int, int]]:
    """(sentence, actor) pairs, strongest evidence first: a claim for or against the
    proposal before a mere report of speech, a sentence that names its actor before
    one that does not, and a bullet for another actor before a second for anyone."""
    actors = side_actors(decisions, sides)
    evidence = side_evidence(sents, cast, decisions, sides, skip, spoken)
    out: list[tuple[int, int]] = []
    used: set[int] = set()
    count = dict.fromkeys(actors, 0)
    while len(out) < (MAX_POINTS[key] if limit is None else limit):
        best: tuple[float, int, int, int] | None = None
        for rank, actor in enumerate(actors):
            for pos, strength in evidence[actor].items():
                if pos in used:
                    continue
                option = (strength - REPEAT_PENALTY * count[actor], -rank, -pos, actor)
                if best is None or option > best:
                    best = option
        if best is None:
            break
        pos, actor = -best[2], best[3]
        used.add(pos)
        count[actor] += 1
        out.append((pos, actor))
    return out


def cue_points(
    sents: list[Sent],
    chosen: list[tuple[int, int]],
    key: str,
    skip: set[int],
    limit: int | None = None,
) -> list[tuple[int, int | None]]:
    """The side's bullets, topped up to the section's size with sentences that say
    the side's stance without an actor the analysis placed: "Most residents who spoke
    were against the plan." A negated cue ("did not oppose") says nothing of the side."""
    sign = "-" if key == "opponents" else "+"
    used = {pos for pos, _ in chosen}
    out: list[tuple[int, int | None]] = list(chosen)
    saying = [
        sent
        for sent in sents
        if sent.pos not in used
        and sent.pos not in skip
        and any(_says(sent, match.start, sign) for match in lexicon.stance_cues().find(sent.doc))
    ]
    # someone speaking for the side, with their reasons, before the narrator's summary
    speech = lexicon.speech_verbs()
    saying.sort(key=lambda s: (not any(t.lemma_.lower() in speech for t in s.doc), s.pos))
    room = (MAX_POINTS[key] if limit is None else limit) - len(out)
    out += [(sent.pos, None) for sent in saying[: max(room, 0)]]
    return out


def _says(sent: Sent, start: int, sign: str) -> bool:
    token = sent.doc[start]
    cues = lexicon.stance_cues().by_first.get(token.lemma_.lower(), [])
    return any(c.label == sign for c in cues) and not negated(sent, start)


def negated(sent: Sent, start: int) -> bool:
    """Is the cue word at `start` negated, or the word it hangs on ("did not oppose")?"""
    token = sent.doc[start]
    return any(t.dep_ == "neg" for t in (token, token.head) for t in t.children)


def outcome_points(
    events: list[Event],
    sents: list[Sent],
    latest: int,
    skip: set[int],
    limit: int = MAX_POINTS["outcome"],
) -> list[int]:
    """The deciding events' sentences, the counts of votes, what comes next, then the
    latest article's lead, which in news says what happened."""
    decided = [e.sent for e in events if e.sent >= 0]
    counted = [s.pos for s in sents if s.pos not in skip and tally(s)]
    lead = [s.pos for s in sents if s.article == latest and s.index < 4 and s.pos not in skip]
    coming = [
        s.pos for s in sents if s.article == latest and s.pos not in skip and NEXT.search(s.text)
    ]
    return _unique([*decided, *counted, *coming[:1], *lead], limit)


# What comes next, in the latest article: "a vote is expected next month", "in the
# coming weeks", "next Tuesday", "later this year", "the law is due to take effect", "the
# government will now ...", "has yet to decide".
NEXT = re.compile(
    r"\b(?:next (?:(?:few|two|three) )?(?:week|month|year|weeks|months|years|session|term)"
    r"|next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn)"
    r"|in the (?:next|coming) (?:few |two |three )?(?:days|weeks|months)"
    r"|later this (?:week|month|year)"
    r"|(?:is|are) (?:expected|due) to|will now|yet to|scheduled|deadline)\b",
    re.IGNORECASE,
)


# A vote's count: "by 229 votes to 206", "voted 5-2", "50.1% of voters", "77 MPs".
TALLY = re.compile(r"\b\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*\b|\b\d+(?:\.\d+)?\s*(?:%|per ?cent)")
VOTE_WORDS = frozenset("vote votes voted voter voters ballot majority referendum".split())


def tally(sent: Sent) -> bool:
    """Does the sentence give the count of a vote?"""
    return bool(TALLY.search(sent.text)) and any(t.lower_ in VOTE_WORDS for t in sent.doc)


def bullet(sent: Sent, cast: Cast) -> str:
    """The sentence as a bullet: no leading connective, a leading pronoun resolved."""
    doc = sent.doc
    start = 0
    connectives = lexicon.connectives()
    for n in (4, 3, 2, 1):
        if n < len(doc) and doc[:n].text.lower() in connectives:
            start = n
            while start < len(doc) and doc[start].is_punct:
                start += 1
            break
    if start >= len(doc):
        return sent.text
    first = doc[start]
    text = doc[start:].text
    if first.lower_ in OPENING_PRONOUNS and first.pos_ == "PRON" and _acting(first):
        actor = cast.actor_at(sent.pos, first.i)
        if actor is not None and cast.actors[actor].name:
            text = f"[{cast.actors[actor].name}]" + text[len(first.text) :]
    if start and text:
        text = text[0].upper() + text[1:]
    return text


def _acting(pronoun: Token) -> bool:
    """Does the pronoun stand for someone acting: "he", "she", or an "it" or "they"
    that speaks, proposes or takes a side ("It said", "They opposed it"), not a thing
    that is described or done to ("It was the board's first ruling", "They will be
    moved to other schools", "It ends a ten-year wait": the measure)?"""
    if pronoun.lower_ in ("he", "she"):
        return True
    verb = pronoun.head
    return pronoun.dep_ == "nsubj" and verb.lemma_.lower() in acting_verbs()
