"""Step 8, sections: the sentences that are evidence for each part of the brief.

- proposal: the sentences in which the proposer proposes, then the lead sentences
  that name the proposal;
- supporters / opponents: sentences in which an actor of that side acts or speaks on
  the proposal, one per actor before a second for anyone;
- outcome: the sentences of the events that decided the status, then what comes next.
A bullet is read alone: a leading connective ("However,") is dropped and a leading
pronoun is resolved in brackets ("[Macron] argued ...").
"""

from __future__ import annotations

from collections.abc import Iterable

from briefgen.analyse import lexicon
from briefgen.analyse.actors import Cast
from briefgen.analyse.nlp import Sent
from briefgen.analyse.outcome import Event
from briefgen.analyse.proposal import Proposal
from briefgen.analyse.stance import Claim, Decision

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
    sents: list[Sent], claims: list[Claim], proposal: Proposal, skip: set[int]
) -> list[int]:
    proposing = [c.sent for c in claims if c.kind == "propose" and c.weight >= 1]
    # news puts what is proposed, and by whom, in its first sentences
    leads = [s.pos for s in sents if s.index < 3 and s.pos not in skip and len(s.doc) > 5]
    return _unique([*leads[:3], *proposing[:1], *leads[3:]], MAX_POINTS["proposal"])


def side_points(
    decisions: dict[int, Decision],
    sides: set[str],
    key: str,
    skip: set[int],
    spoken: dict[int, list[int]],
) -> list[tuple[int, int]]:
    """(sentence, actor) pairs: each actor's strongest claims for its side, then what
    else it said, round-robin over actors in order of how strongly they hold it."""
    actors = sorted(
        (a for a, d in decisions.items() if d.stance in sides),
        key=lambda a: (-abs(decisions[a].score), a),
    )
    queues = []
    for actor in actors:
        d = decisions[actor]
        want = -1 if "opponent" in sides else 1
        own = sorted(
            (c for c in d.claims if c.sign == want and c.sent not in skip),
            key=lambda c: (-c.weight, c.sent),
        )
        said = [pos for pos in spoken.get(actor, []) if pos not in skip]
        queues.append([(pos, actor) for pos in dict.fromkeys([c.sent for c in own] + said)])
    out: list[tuple[int, int]] = []
    used: set[int] = set()
    while any(queues) and len(out) < MAX_POINTS[key]:
        for queue in queues:
            while queue and queue[0][0] in used:
                queue.pop(0)
            if queue and len(out) < MAX_POINTS[key]:
                sent, actor = queue.pop(0)
                used.add(sent)
                out.append((sent, actor))
    return out


def outcome_points(
    events: list[Event], sents: list[Sent], latest: int, skip: set[int]
) -> list[int]:
    """The deciding events' sentences, then the latest article's lead, which in news
    says what happened."""
    decided = [e.sent for e in events if e.sent >= 0][:2]
    lead = [s.pos for s in sents if s.article == latest and s.index < 3 and s.pos not in skip]
    return _unique([*decided, *lead], MAX_POINTS["outcome"])


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
    if first.lower_ in OPENING_PRONOUNS and first.pos_ == "PRON":
        actor = cast.actor_at(sent.pos, first.i)
        if actor is not None and cast.actors[actor].name:
            text = f"[{cast.actors[actor].name}]" + text[len(first.text) :]
    if start and text:
        text = text[0].upper() + text[1:]
    return text
