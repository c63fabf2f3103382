"""Stance toward THE proposal: cue, holder, target, and what changes them.

For each stance cue in a sentence (data/stance_cues.tsv) the rule finds
- the holder: the subject ("China expressed its opposition"), the agent of a passive
  ("was applauded by environmental groups"), the owner of a noun ("opposition from
  France"), the members of a label ("opponents of the bill, like Sen. X"), or the
  speaker when the cue is in what someone said;
- the target: the cue counts only when it is about the proposal; aimed at the
  opposite action or at an attack on the proposal it counts the other way round
  ("backed keeping the plant open", "dismissed the allegations"); aimed at anything
  else it does not count ("China criticized this statement");
- its modifiers: negation turns support into opposition and opposition into neither
  ("does not oppose"), a hedge weakens it ("has yet to back").
Each finding is an `Evidence`; `decide` weighs an actor's evidence into one stance.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.analyse import lexicon, syntax
from briefgen.analyse.actors import Entity, Ref
from briefgen.analyse.proposal import ProposalModel, clause_end
from briefgen.analyse.quotes import Speech
from briefgen.analyse.sentences import Parsed

BE = frozenset("is are was were be been being 's 're remain remains remained".split())
LIGHT_VERBS = frozenset(
    "expressed voiced signalled signaled declared announced reiterated stated registered "
    "lodged filed raised made showed show shows voice express expresses declare declares "
    "reiterate reiterates reaffirmed reaffirms pledged pledge offered offers gave give gives "
    "lent lend lends threw throw has have had its their his her".split()
)
MEMBER_MARKERS = ("including", "like", "such", "among", "led")
# Decisions a deciding body takes: for a council or a court they are the outcome, not a stance.
DECISION_WORDS = frozenset(
    "approve approved approves approving reject rejected rejects rejecting deny denied denies "
    "denying vote voted votes voting pass passed passes veto vetoed uphold upheld dismiss "
    "dismissed dismisses back backed backs endorse endorsed postpone postponed delay delayed "
    "block blocked".split()
)
DECIDERS = frozenset(
    "council commission committee board parliament senate house assembly legislature congress "
    "court tribunal regulators regulator bundestag voters electorate citizens public "
    "judge judges jury".split()
)
WEAK = 0.6


@dataclass
class Evidence:
    """One finding: this actor, in this sentence, leans this way because of this cue."""

    entity: int
    polarity: int  # +1 support, -1 opposition, 0 mixed or undecided
    weight: float
    sent: int  # position in the story's parsed list
    cue: str
    rule: str
    affect: bool = False  # a feeling about the result: its sign depends on the outcome
    note: str = ""


def is_decider(entity: Entity) -> bool:
    """A body that decides (a council, a court, the voters): its decision is the outcome."""
    words = set(entity.name.lower().split())
    return bool(words & DECIDERS) or entity.name.lower() in ("voters", "the public")


def _modifiers(p: Parsed, start: int, end: int) -> tuple[bool, bool]:
    """(negated, hedged) for the cue at [start, end): looks back within its clause."""
    negated = hedged = False
    k = start - 1
    mods = lexicon.modifiers()
    while k >= 0 and start - k <= 4 and p.words[k] not in (",", ";", ":", "and", "but", "that"):
        entry = mods.at(p.words, k) if p.words[k] in mods.by_first else None
        if entry and entry.label == "negation" and k + len(entry.pattern) <= start:
            negated = True
        if entry and entry.label == "hedge":
            hedged = True
        if p.words[k].endswith("n't"):
            negated = True
        k -= 1
    return negated, hedged


def _clause_start(p: Parsed, before: int) -> int:
    k = before - 1
    while k >= 0 and p.words[k] not in (";", ":", "."):
        k -= 1
    return k + 1


def _holders_noun(
    p: Parsed, refs: list[Ref], s: int, e: int
) -> tuple[list[Ref], tuple[int, int] | None]:
    """Who owns a cue noun, and where its target lies."""
    words = p.words
    n = len(words)
    if e < n and words[e] in ("from", "by"):
        holders = syntax.agent(p, refs, e)
        start = _clause_start(p, s)
        return holders, (start, s)
    after = (
        (e + 1, e + 16)
        if e < n
        and words[e] in ("to", "of", "for", "against", "over", "about", "toward", "towards", "on")
        else None
    )
    if s > 0 and words[s - 1] == "'s":
        owner = [r for r in refs if r.end == s - 1]
        if owner:
            return owner, after
    if s > 0 and words[s - 1] in lexicon.POSS:
        owner = [r for r in refs if r.start == s - 1]
        if owner:
            return owner, after
    for k in range(max(0, s - 3), s):
        if words[k] in LIGHT_VERBS and k > 0:
            holders = syntax.subject(p, refs, k)
            if holders:
                return holders, after
    return [], after


def _members(p: Parsed, refs: list[Ref], e: int) -> list[Ref]:
    """The actors a label lists: "Supporters, including X," / "opponents of the bill, like X"."""
    k = e
    limit = min(len(p.words), e + 8)
    while k < limit:
        if p.words[k] in MEMBER_MARKERS:
            return syntax.first_after(p, refs, k + 1, within=4)
        if p.words[k] in (".", ";"):
            break
        k += 1
    return []


def _cue_evidence(
    p: Parsed,
    sent: int,
    refs: list[Ref],
    s: int,
    e: int,
    entry: lexicon.Entry,
    model: ProposalModel,
    speech: Speech | None,
    entities: list[Entity],
) -> list[Evidence]:
    words, n = p.words, len(p.words)
    kind = entry.label
    in_speech = speech is not None and speech.content[0] <= s < speech.content[1]
    holders: list[Ref] = []
    target: tuple[int, int] | None = None
    weight = 1.0
    affect = False
    rule = kind
    if kind == "verb":
        passive = (
            e < n
            and words[e] == "by"
            and (
                (s > 0 and words[s - 1] in BE)
                or (s > 1 and words[s - 2] in BE)
                or words[s].endswith("ed")
            )
        )
        if passive:
            holders = syntax.agent(p, refs, e)
            target = (_clause_start(p, s), s)
            rule = "passive"
        else:
            holders = syntax.subject(p, refs, s, quoted_ok=p.quoted[s])
            target = (e, e + 16)
            if not holders and s > 0 and words[s - 1] == ",":
                # "a letter from 17 local physicians, urging councillors to ..."
                near = [r for r in refs if r.end <= s - 1 and not r.quoted]
                if near and near[-1].end >= s - 2:
                    holders = [near[-1]]
    elif kind == "noun":
        holders, target = _holders_noun(p, refs, s, e)
    elif kind == "pred":
        among = next((k for k in range(e, min(n, e + 2)) if words[k] in ("among", "within")), None)
        if among is not None:
            holders = syntax.first_after(p, refs, among + 1, within=3)
        elif _predicative(p, s):
            holders = syntax.subject(p, refs, s, quoted_ok=p.quoted[s])
            holders += _members(p, refs, e)
            if words[s] == "against":
                holders += [
                    r
                    for r in refs
                    if r.end <= s and s - r.end <= 4 and "with" in words[r.start - 3 : r.start]
                ]
        elif not (in_speech or p.quoted[s]):
            return []
        target = (e, e + 16) if entry.polarity else None
    elif kind == "label":
        own = [r for r in refs if r.start <= s < r.end]
        holders = own + _members(p, refs, e)
        if e < n and words[e] == "of":
            target = (e + 1, e + 12)
    elif kind == "eval":
        if not (in_speech or p.quoted[s]):
            return []
        weight = 0.5
        target = speech.content if speech else (0, n)
    elif kind == "affect":
        holders = syntax.subject(p, refs, s, quoted_ok=p.quoted[s])
        affect = True
        if holders and any(
            entities[r.entity].kind not in ("person", "organisation", "group", "country")
            for r in holders
        ):
            holders = []
    elif kind == "stir":
        if e < n and words[e] == "by":
            holders = syntax.subject(p, refs, s)
            target = (e + 1, e + 12)
        else:
            holders = syntax.first_after(p, refs, e, within=4)
            target = (_clause_start(p, s), s)
    if (
        not holders
        and speech is not None
        and speech.speaker is not None
        and (in_speech or p.quoted[s])
    ):
        holders = [Ref(s, s, speech.speaker, False, word="(speaker)")]
        rule += "+speech"
    first_person = [r for r in holders if r.quoted and r.word in ("i", "we")]
    if first_person and speech is not None and speech.speaker is not None:
        holders = [Ref(s, s, speech.speaker, False, word="(speaker)")]
    if not holders:
        return []
    sign = model.target(words, *target) if target else None
    if kind == "eval":
        sign = 1 if model.refers(words, *target) or _about_it(p, *target) else None
        if sign is None:
            return []
    if sign == 0 and entry.polarity != 0:
        return []
    if sign is None:
        sign = 1
        weight *= WEAK
    polarity = entry.polarity * sign
    negated, hedged = _modifiers(p, s, e)
    note = ""
    if negated:
        note = "negated"
        if polarity > 0:
            polarity, weight = -1, weight * 0.8
        elif polarity < 0:
            polarity, weight = 0, weight * 0.5
    if hedged:
        note = (note + " hedged").strip()
        weight *= 0.5
        if any(w == "yet" for w in words[max(0, s - 3) : s]):
            polarity = 0
    out = []
    cue = p.span(s, e)
    for ref in holders:
        entity = entities[ref.entity]
        if is_decider(entity) and words[s] in DECISION_WORDS:
            continue  # a council's vote is the outcome, not a stance
        out.append(Evidence(ref.entity, polarity, weight, sent, cue, rule, affect, note))
    return out


COPULAS = BE | frozenset(
    "seem seems seemed appear appears appeared stay stays stayed "
    "remain remains remained firmly strongly still all".split()
)
VOTE_WORDS = frozenset("vote votes voted voting spoke speak speaks campaigned campaign".split())


def _predicative(p: Parsed, s: int) -> bool:
    """ "were against", "is still open", "voted with X against": a predicate, not an attribute."""
    before = p.words[max(0, s - 3) : s]
    if any(w in COPULAS for w in before):
        return True
    return p.words[s] == "against" and any(w in VOTE_WORDS for w in p.words[max(0, s - 7) : s])


def _about_it(p: Parsed, start: int, end: int) -> bool:
    """Whether said words are about "it"/"this" (the thing under discussion)."""
    return any(w in ("it", "this", "that's", "it's") for w in p.words[start:end][:6])


def find_evidence(
    parsed: list[Parsed],
    refs: list[list[Ref]],
    entities: list[Entity],
    model: ProposalModel,
    speech: list[Speech | None],
) -> list[Evidence]:
    """Every stance finding in the story, in reading order."""
    found: list[Evidence] = []
    cues = lexicon.stance_cues()
    for i, p in enumerate(parsed):
        for s, e, entry in cues.find(p.words):
            if any(
                r.start <= s < r.end and not r.pronoun
                for r in refs[i]
                if entities[r.entity].kind != "group"
            ):
                continue
            found += _cue_evidence(p, i, refs[i], s, e, entry, model, speech[i], entities)
        found += proposer_evidence(p, i, refs[i], model)
    return found


PROPOSER_NOUN_GAP = 3


def proposer_evidence(
    p: Parsed, sent: int, refs: list[Ref], model: ProposalModel
) -> list[Evidence]:
    """Who puts the proposal forward: "X's plan", "proposed by X", "X introduced a bill"."""
    words, n = p.words, len(p.words)
    out: list[Evidence] = []
    nouns = lexicon.proposal_nouns()
    lead = sent in model.lead or p.index < 2
    # "Japan's proposal", "Governor Inslee's biggest legislative push"
    for ref in refs:
        if ref.end < n and words[ref.end] == "'s" and not ref.quoted:
            for k in range(ref.end + 1, min(n, ref.end + 2 + PROPOSER_NOUN_GAP)):
                if (
                    words[k] in nouns
                    and words[k] not in ("decision", "move", "idea", "push")
                    or (words[k] in ("push", "plan", "proposal"))
                ):
                    if (
                        lead
                        or model.refers(words, k, k + 6)
                        or model.refers(words, ref.end + 1, k + 1)
                    ):
                        out.append(
                            Evidence(ref.entity, 1, 1.5, sent, p.span(ref.start, k + 1), "proposer")
                        )
                    break
                if words[k] in (",", ".", "and", "to"):
                    break
    for s, e, entry in lexicon.proposal_words().find(words):
        if entry.label != "propose" or p.quoted[s]:
            continue
        if s > 0 and p.words[s - 1] in ("the", "a", "an", "this", "its", "their"):
            continue  # a noun: "the issue", "a launch"
        if e < n and words[e] == "by":
            holders = syntax.agent(p, refs, e)
            about = model.refers(words, _clause_start(p, s), s) or lead
        else:
            holders = syntax.subject(p, refs, s)
            about = model.refers(words, e, clause_end(words, e, e + 12)) or (
                lead and any(w in nouns for w in words[e : e + 6])
            )
        if about:
            for ref in holders:
                out.append(Evidence(ref.entity, 1, 1.5, sent, p.span(s, e), "proposer"))
    # "Carlyle, a sponsor of the bill"
    for k in range(n - 2):
        if (
            words[k] in ("sponsor", "author", "architect", "proponent", "champion", "co-sponsor")
            and words[k + 1] == "of"
        ):
            owner = [r for r in refs if r.end in (k - 1, k - 2) and words[r.end] == ","]
            if owner and model.refers(words, k + 1, k + 6):
                out.append(Evidence(owner[-1].entity, 1, 1.5, sent, p.span(k, k + 1), "proposer"))
    return out


@dataclass
class Decision:
    """An actor's stance and the finding that decided it."""

    stance: str
    evidence: list[Evidence]
    deciding: Evidence | None
    changed: bool = False


def decide(evidence: list[Evidence], outcome_sign: int) -> Decision:
    """Weigh one actor's findings into a stance; the latest article's view wins."""
    resolved: list[Evidence] = []
    for ev in evidence:
        if ev.affect:
            if outcome_sign == 0:
                continue
            ev = Evidence(
                ev.entity,
                ev.polarity * outcome_sign,
                ev.weight,
                ev.sent,
                ev.cue,
                ev.rule,
                False,
                ev.note,
            )
        resolved.append(ev)
    if not resolved:
        return Decision("neutral", [], None)
    proposer = [ev for ev in resolved if ev.rule.startswith("proposer")]
    pos = sum(ev.weight for ev in resolved if ev.polarity > 0)
    neg = sum(ev.weight for ev in resolved if ev.polarity < 0)
    mix = sum(ev.weight for ev in resolved if ev.polarity == 0)
    strongest = max(resolved, key=lambda ev: (ev.weight, -ev.sent))
    if proposer and pos >= neg:
        return Decision("proposer", resolved, proposer[0])
    if pos >= 0.5 and neg >= 0.5 and min(pos, neg) / max(pos, neg) >= 0.6:
        return Decision("mixed", resolved, strongest)
    if pos - neg >= 0.5 and pos > mix:
        return Decision(
            "supporter",
            resolved,
            max((e for e in resolved if e.polarity > 0), key=lambda e: e.weight),
        )
    if neg - pos >= 0.5 and neg > mix:
        return Decision(
            "opponent",
            resolved,
            max((e for e in resolved if e.polarity < 0), key=lambda e: e.weight),
        )
    if mix > 0 or (pos > 0 and neg > 0):
        return Decision("mixed", resolved, strongest)
    return Decision("neutral", resolved, strongest)
