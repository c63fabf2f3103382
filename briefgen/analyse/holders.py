"""Who holds a stance cue and what it is aimed at: the shallow rules stance.py uses.

- the owner of a cue noun: "opposition from France", "China's opposition", "China
  expressed its opposition";
- a label's members: "Supporters, including X", "critics of the scheme, like Y";
- a predicate's subject: "tenants are opposed to", "voted with X against";
- what is aimed at: a target that starts with an actor counts only for what follows
  "for/over/about" ("faulted the ministry for the scheme");
- modifiers in the clause: negation and hedges.
"""

from __future__ import annotations

from briefgen.analyse import lexicon, syntax
from briefgen.analyse.actors import Ref
from briefgen.analyse.sentences import Parsed

BE = frozenset("is are was were be been being 's 're remain remains remained".split())


LIGHT_VERBS = frozenset(
    "expressed voiced signalled signaled declared announced reiterated stated registered "
    "lodged filed raised made showed show shows voice express expresses declare declares "
    "reiterate reiterates reaffirmed reaffirms pledged pledge offered offers gave give gives "
    "lent lend lends threw throw has have had its their his her".split()
)


MEMBER_MARKERS = ("including", "like", "such", "among", "led")


FACE_VERBS = frozenset(
    "face faces faced facing met meets meet drew draws drawn draw encountered encounter "
    "sparked sparks spark prompted prompts attracted attracts attract received receives "
    "triggered triggers provoked provokes".split()
)


def cue_modifiers(p: Parsed, start: int, end: int) -> tuple[bool, bool]:
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


def clause_start(p: Parsed, before: int) -> int:
    k = before - 1
    while k >= 0 and p.words[k] not in (";", ":", "."):
        k -= 1
    return k + 1


def noun_holders(
    p: Parsed, refs: list[Ref], s: int, e: int
) -> tuple[list[Ref], tuple[int, int] | None]:
    """Who owns a cue noun, and where its target lies."""
    words = p.words
    n = len(words)
    if e < n and words[e] in ("from", "by"):
        holders = syntax.agent(p, refs, e)
        after_agent = max((r.end for r in holders), default=e)
        if after_agent < n and words[after_agent] == "to":
            return holders, (after_agent, after_agent + 14)  # "pressure from X to keep it open"
        if any(w in FACE_VERBS for w in words[max(0, s - 4) : s]):
            return holders, (clause_start(p, s), s)  # "the plan faced opposition from X"
        return holders, None
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


def members(p: Parsed, refs: list[Ref], e: int) -> list[Ref]:
    """The actors a label lists: "Supporters, including X," / "critics of the scheme, like X"."""
    k = e
    limit = min(len(p.words), e + 8)
    while k < limit:
        if p.words[k] in MEMBER_MARKERS:
            return syntax.first_after(p, refs, k + 1, within=4)
        if p.words[k] in (".", ";"):
            break
        k += 1
    return []


COPULAS = BE | frozenset(
    "seem seems seemed appear appears appeared stay stays stayed "
    "remain remains remained firmly strongly still all".split()
)


VOTE_WORDS = frozenset("vote votes voted voting spoke speak speaks campaigned campaign".split())


def predicative(p: Parsed, s: int) -> bool:
    """ "were against", "is still open", "voted with X against": a predicate, not an attribute."""
    before = p.words[max(0, s - 3) : s]
    if any(w in COPULAS for w in before):
        return True
    return p.words[s] == "against" and any(w in VOTE_WORDS for w in p.words[max(0, s - 7) : s])


def owner_of(p: Parsed, refs: list[Ref], start: int) -> int | None:
    """The actor whose thing a target is: "Lima" in "Lima's letter"."""
    k = start
    while k < len(p.words) and p.words[k] in ("the", "a", "an"):
        k += 1
    for r in refs:
        if r.start == k and r.end < len(p.words) and p.words[r.end] in ("'s", "'"):
            return r.entity
        if r.start == k and r.pronoun and p.words[k] in lexicon.POSS:
            return r.entity
    return None


def first_person(p: Parsed, s: int) -> bool:
    """A quoted cue whose subject is "I" or "we" ("We will keep opposing it")."""
    k = s - 1
    while k >= 0 and p.quoted[k] and s - k <= 10 and p.words[k] not in (".", ";", "“", '"'):
        if p.words[k] in ("i", "we"):
            return True
        if p.tokens[k].cap and p.words[k] not in ("i",):
            return False  # another actor is named on the way
        k -= 1
    return False


def past_actor(p: Parsed, refs: list[Ref], target: tuple[int, int]) -> tuple[int, int]:
    """A target that starts with an actor counts only for what follows "for/over/about".

    "faulted the ministry for the scheme" is about the scheme; "lashed out at the
    planners after a rowdy meeting" is about the planners.
    """
    start, end = target
    k = start
    while k < len(p.words) and p.words[k] in ("the", "a", "an", "its", "their", "his", "her"):
        k += 1
    actor = next((r for r in refs if r.start == k and not r.pronoun), None)
    if actor is None or (actor.end < len(p.words) and p.words[actor.end] in ("'s", "'")):
        return target
    if actor.end < len(p.words) and p.words[actor.end] in ("for", "over", "about", "on"):
        return actor.end + 1, end
    if actor.end < len(p.words) and p.words[actor.end] == "to":
        return actor.end, end  # "pressing the board to approve the scheme"
    return actor.end, actor.end  # nothing about the proposal


def about_it(p: Parsed, start: int, end: int) -> bool:
    """Whether said words are about "it"/"this" (the thing under discussion)."""
    words = [w for w in p.words[start:end] if w not in ('"', "'", "“", "”", "‘", "’")]
    return bool(words) and words[0] in ("it", "this", "that", "these", "they")


def conditional(p: Parsed, s: int, e: int) -> bool:
    """ "would support the plan if it were cheaper": support on a condition."""
    mods = lexicon.modifiers()
    end = min(len(p.words), e + 14)
    for k in range(max(0, s - 6), end):
        entry = mods.at(p.words, k) if p.words[k] in mods.by_first else None
        if entry and entry.label == "condition":
            return True
        if k > e and p.words[k] in (".", ";"):
            break
    return False


def changed(p: Parsed, s: int) -> bool:
    """ "now opposes", "has reversed course": a position that changed."""
    mods = lexicon.modifiers()
    for k in range(max(0, s - 5), min(len(p.words), s + 4)):
        entry = mods.at(p.words, k) if p.words[k] in mods.by_first else None
        if entry and entry.label == "change":
            return True
    return False
