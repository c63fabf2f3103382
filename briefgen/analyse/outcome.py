"""The outcome: what happened to the proposal, preferring the latest event.

Each outcome cue (data/outcome_cues.tsv) about the proposal is an event. An event is
weighed by where it stands (the headline and the lead report the news; "had" and
"earlier" push an event into the past; "would have" is no event at all) and the
latest article of a story decides. Whether an adoption is `passed` or `approved`
depends on who decided: a legislature passes, a council, a regulator, a court or the
voters approve. Rejecting an attack on the proposal ("rejected a challenge to the
decision") approves it.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.analyse import lexicon
from briefgen.analyse.proposal import ProposalModel, clause_end
from briefgen.analyse.sentences import Parsed

LEGISLATURE = frozenset(
    "parliament parliamentary senate house legislature legislative congress congressional "
    "lawmakers mps deputies assembly chamber bundestag bundesrat knesset diet duma sejm "
    "senators representatives legislators".split()
)
POPULAR = frozenset("voters referendum ballot ballots electorate citizens plebiscite".split())
VOTE_FORMS = frozenset("vote votes voted voting".split())
INTENT_BEFORE_TO = frozenset("voted decided decides agreed agrees chose opted elected".split())
# Bodies whose approval is a step on the way, not the decision: "passed the committee".
INTERMEDIATE = frozenset("committee committees subcommittee panel".split())
COUNTERFACTUAL = ("would have", "could have", "might have")
STATUS_OF = {
    "reject": "rejected",
    "withdraw": "withdrawn",
    "postpone": "postponed",
    "pending": "pending",
    "open": "left_open",
}
SIGN = {"approved": 1, "passed": 1, "rejected": -1, "withdrawn": -1}
DECISION_NOUNS = frozenset("vote decision hearing referendum ballot".split())


@dataclass
class Event:
    status: str
    weight: float
    sent: int  # position in the story's parsed list (-1: a headline)
    cue: str
    article: int


def _approve_status(words: list[str], cue: str) -> str:
    """`passed` when a legislature decided, `approved` when anyone else did."""
    if any(w in ("law",) for w in cue.split()):
        return "passed"
    has_legislature = any(w in LEGISLATURE for w in words)
    has_popular = any(w in POPULAR for w in words)
    if has_legislature and not has_popular:
        return "passed"
    if cue.split()[0].startswith("pass") and not has_popular:
        return "passed"
    return "approved"


def _about(model: ProposalModel, words: list[str], s: int, e: int) -> int | None:
    """+1/-1 when the cue's object or subject is the proposal (or an attack on it)."""
    sign = model.target(words, e, e + 14)
    if sign:
        return sign
    start = s - 1
    while start >= 0 and words[start] not in (";", ":", "."):
        start -= 1
    subject_sign = model.target(words, start + 1, s)
    if subject_sign:
        return subject_sign
    if any(w in DECISION_NOUNS for w in words[e : clause_end(words, e, e + 6)]):
        return 1
    return None


def _weight(p: Parsed, s: int, headline: bool) -> float:
    words = p.words
    before = " ".join(words[max(0, s - 4) : s])
    weight = 2.0 if headline else (1.5 if p.index < 2 else 1.0 if p.index < 6 else 0.8)
    mods = lexicon.modifiers()
    for k in range(max(0, s - 4), s):
        entry = mods.at(words, k) if words[k] in mods.by_first else None
        if entry and entry.label == "earlier":
            weight *= 0.4
            break
    if any(
        w in ("earlier", "initial", "previous", "previously", "originally", "last")
        for w in words[s : s + 8]
    ):
        weight *= 0.6
    if any(c in before for c in ("will", "expected to", "set to")):
        weight *= 0.7
    if p.quoted[s]:
        weight *= 0.5
    elif any(w in ("said", "says", "stated", "told", "argued", "according") for w in words[:s]):
        weight *= 0.7  # reported, not reported on
    return weight


def find_events(
    parsed: list[Parsed], model: ProposalModel, headlines: dict[int, Parsed]
) -> list[Event]:
    """Every outcome event in the headlines and the body."""
    events: list[Event] = []
    items = [(-1, h, a) for a, h in headlines.items()] + [
        (i, p, p.article) for i, p in enumerate(parsed)
    ]
    for sent, p, article in items:
        words = p.words
        headline = sent == -1
        for s, e, entry in lexicon.outcome_cues().find(words):
            cue = p.span(s, e)
            before = " ".join(words[max(0, s - 3) : s])
            if any(c in before for c in COUNTERFACTUAL):
                continue
            if (
                s > 0
                and words[s - 1] == "to"
                and entry.label != "pending"
                and (s < 2 or words[s - 2] not in INTENT_BEFORE_TO)
                and not (s >= 3 and words[s - 3] in INTENT_BEFORE_TO)
            ):
                continue  # "a motion to postpone", "needed to pass": no event
            if entry.label == "pending" and words[s] in VOTE_FORMS and words[s].endswith("ed"):
                continue
            status = entry.label
            sign = 1
            if status in ("approve", "reject", "withdraw", "postpone"):
                about = _about(model, words, s, e)
                if about is None and not headline:
                    continue
                sign = about or 1
            elif status in ("pending", "open"):
                if not (model.refers(words, 0, len(words)) or p.index < 2 or headline):
                    continue
            negated = any(w in ("not", "no") or w.endswith("n't") for w in words[max(0, s - 3) : s])
            if status in ("approve", "reject"):
                direction = (1 if status == "approve" else -1) * sign
                if negated:
                    if direction < 0:
                        continue  # "did not reject"
                    direction = -1
                status = "approve" if direction > 0 else "reject"
            elif status == "postpone" and negated:
                continue
            final = _approve_status(words, cue) if status == "approve" else STATUS_OF[status]
            if status == "approve" and any(w in INTERMEDIATE for w in words[e : e + 8]):
                final = "pending"  # "cleared the finance committee": one step of several
            weight = _weight(p, s, headline)
            if status == "open" and entry.text.split()[-1] in ("conflict", "tensions", "dispute"):
                weight *= 0.6
            if final == "pending" and cue.lower().startswith(("introduc", "submit", "file")):
                weight *= 0.6
            events.append(Event(final, weight, sent, cue, article))
        events += _vote_to(p, sent, article, model, headline)
    return events


def _vote_to(
    p: Parsed, sent: int, article: int, model: ProposalModel, headline: bool
) -> list[Event]:
    """ "voted on Monday to sell the depot": approves the proposal's action (or rejects it)."""
    words = p.words
    out = []
    for k, word in enumerate(words):
        if word not in VOTE_FORMS or word == "vote" and k > 0 and words[k - 1] in ("the", "a"):
            continue
        j = k + 1
        while j < len(words) and j - k <= 3 and words[j] != "to" and words[j] not in (",", "."):
            j += 1
        if j >= len(words) or words[j] != "to" or j + 1 >= len(words):
            continue
        sign = model.target(words, j + 1, j + 12)
        if sign and (model.action_side(words, j + 1, j + 4) is not None or sign < 0):
            status = _approve_status(words, words[k]) if sign > 0 else "rejected"
            if "will" in words[max(0, k - 3) : k]:
                status = "pending"
            out.append(Event(status, _weight(p, k, headline), sent, p.span(k, j + 2), article))
    return out


def decide(events: list[Event], article_order: list[int]) -> tuple[str, list[Event]]:
    """The status of the latest article that reports one, with the events behind it."""
    by_article: dict[int, list[Event]] = {}
    for ev in events:
        by_article.setdefault(ev.article, []).append(ev)
    for article in reversed(article_order):
        mine = by_article.get(article, [])
        if not mine:
            continue
        totals: dict[str, float] = {}
        for ev in mine:
            totals[ev.status] = totals.get(ev.status, 0.0) + ev.weight
        status = max(sorted(totals), key=lambda s: totals[s])
        chosen = sorted(
            (ev for ev in mine if ev.status == status), key=lambda ev: (-ev.weight, -ev.sent)
        )
        return status, chosen
    return "unknown", []


def outcome_sign(status: str) -> int:
    """+1 when the proposal went through, -1 when it failed, 0 when undecided."""
    return SIGN.get(status, 0)
