"""Just enough syntax to find who does what: subjects, agents and lists of actors.

There is no parser here; these are the shallow patterns news prose keeps to. The
subject of a verb is the actor right before it ("Lima also warned"), or, when a
parenthetical sits between them, the actor that opens the clause ("Ana Ruiz,
R-Springfield, who chairs a committee, applauded"). An actor inside a prepositional
phrase ("in a letter to Ben Okafor") is not a subject.
"""

from __future__ import annotations

from briefgen.analyse.actors import PREPOSITIONS, Ref, in_phrase
from briefgen.analyse.sentences import Parsed

# Words that may stand between a subject and its verb: "X has also repeatedly said".
GAP_WORDS = frozenset(
    "has have had is are was were will would could should may might must can do does did "
    "be been being also still repeatedly strongly now then already further publicly formally "
    "narrowly unanimously not n't never initially previously recently earlier later today "
    "yesterday again once reportedly quickly swiftly openly firmly long even only jointly "
    "both all themselves itself himself herself to want wants wanted try tries tried seek seeks "
    "sought continue continues continued plan plans planned intend intends intended hope hopes "
    "hoped decided agreed began begin going able refuse refused refuses".split()
)
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
LIST_JOINS = frozenset({"and", ",", "&", "or"})


RELATIVE = frozenset({"that", "which", "who"})


def _gap_ok(p: Parsed, start: int, end: int) -> bool:
    """Only auxiliaries, adverbs and day names between a subject and its verb."""
    return all(
        w in GAP_WORDS or w in DAYS or (w.endswith("ly") and len(w) > 4) or w.endswith("n't")
        for w in p.words[start:end]
    )


JOIN_PHRASES = frozenset(
    {
        "as well as",
        "along with",
        "together with",
        "as well as by",
        "and by",
        ", as well as",
        ", and",
        "and fellow",
        "with the entire",
        "and the entire",
    }
)


def _joins(between: list[str], commas_ok: bool) -> bool:
    """Whether the words between two actors list them together ("and", ", ", "as well as")."""
    words = [w for w in between if w not in ("the", "a", "an")]
    if not words:
        return False
    if " ".join(between) in JOIN_PHRASES or " ".join(words) in JOIN_PHRASES:
        return True
    if not all(w in LIST_JOINS for w in words):
        return False
    return commas_ok or any(w != "," for w in words)


def coordinated(p: Parsed, refs: list[Ref], chosen: Ref, leftward: bool = True) -> list[Ref]:
    """The chosen ref and those joined to it by "and", commas or "as well as".

    A comma alone joins only inside a list that has its "and" ("France, China and
    Russia"); "in Lima, she said" is no list.
    """
    group = [chosen]
    ordered = sorted(refs, key=lambda r: r.start)
    if leftward:
        current, seen_and = chosen, False
        for r in reversed([r for r in ordered if r.end <= chosen.start]):
            between = p.words[r.end : current.start]
            if r.quoted == chosen.quoted and not in_phrase(p, r) and _joins(between, seen_and):
                group.insert(0, r)
                current = r
                seen_and = seen_and or any(w in ("and", "or", "&") for w in between)
            elif r.end == current.start and r.pronoun is False and r.start < current.start:
                continue
            else:
                break
    current = group[-1]
    later = [r for r in ordered if r.start >= chosen.end]
    for n, r in enumerate(later):
        between = p.words[current.end : r.start]
        ahead = p.words[r.start : r.start + 12]
        if _joins(between, any(w in ("and", "or", "&") for w in ahead) or n > 0):
            group.append(r)
            current = r
        else:
            break
    seen, out = set(), []
    for r in group:
        if r.entity not in seen:
            seen.add(r.entity)
            out.append(r)
    return out


def appositive(p: Parsed, refs: list[Ref], ref: Ref) -> bool:
    """Whether `ref` follows another actor and a comma ("Ben Okafor, Northline's chief")."""
    if ref.start == 0 or p.words[ref.start - 1] != ",":
        return False
    return any(r.end == ref.start - 1 for r in refs)


def possessor(p: Parsed, ref: Ref) -> bool:
    """Whether `ref` only owns what follows ("Northline's executive", "Lima's push")."""
    return ref.end < len(p.words) and p.words[ref.end] in ("'s", "'")


def subject(p: Parsed, refs: list[Ref], verb: int, quoted_ok: bool = False) -> list[Ref]:
    """The actors doing the verb at token `verb` (with those listed alongside them)."""
    candidates = [
        r
        for r in refs
        if r.end <= verb
        and (quoted_ok or not r.quoted)
        and not in_phrase(p, r)
        and not possessor(p, r)
    ]
    if not candidates:
        return []
    # 0. a relative clause: "a resolution that opposes X" has no actor as subject,
    #    "Rosa Vidal, who spoke first" has the actor before "who"
    k = verb - 1
    while k >= 0 and (p.words[k] in GAP_WORDS or p.words[k].endswith("ly")):
        k -= 1
    if k >= 0 and p.words[k] in RELATIVE and not (k > 0 and p.words[k - 1] in ("said", "says")):
        j = k - 1 if k > 0 and p.words[k - 1] != "," else k - 2
        before = [r for r in candidates if r.end == j + 1]
        return (
            coordinated(p, refs, before[-1])
            if before
            and p.words[k] != "that"
            or (before and p.words[k] == "that" and _named(p, before[-1]))
            else []
        )
    # 1. right before the verb: "Environmentalists praised", "Lima also warned"
    nearest = max(candidates, key=lambda r: (r.end, -r.start))
    if _gap_ok(p, nearest.end, verb):
        return coordinated(p, refs, nearest)
    openers = [
        r for r in candidates if not appositive(p, refs, r) and not _inside_aside(p, r, verb)
    ]
    # 2. a parenthetical between: "Okafor, a transit board member, offered"
    k = verb - 1
    while k > 0 and (p.words[k] in GAP_WORDS or p.words[k] in DAYS):
        k -= 1
    if p.words[k] in (",", ")", "—", "–"):
        for r in openers:
            if r.end < len(p.words) and p.words[r.end] in (",", "(", "—", "–"):
                return coordinated(p, refs, r)
    # 3. the clause's first actor: "Macron emphasized ... and expressed his opposition"
    if openers:
        restart = [r for r in openers if r.start > 0 and _opens_clause(p, r)]
        first = (
            max(restart, key=lambda r: r.start) if restart else min(openers, key=lambda r: r.start)
        )
        named = [r for r in refs if r.start == first.end + 1 and p.words[first.end] == ","]
        if first.pronoun and named and not named[0].pronoun:
            first = named[0]  # "The attorney, Eva Stone, contended"
        return coordinated(p, refs, first)
    return []


def _inside_aside(p: Parsed, ref: Ref, verb: int) -> bool:
    """ "The scheme, two years after tenants asked for it, aims to": an aside.

    A ref deep inside commas that close before the verb is not its subject; a name
    right after the comma ("The attorney, Eva Stone, contended") still can be.
    """
    before = p.words[: ref.start]
    after = p.words[ref.end : verb]
    if "," not in before or "," not in after:
        return False
    k = ref.start - 1
    while k >= 0 and p.words[k] in ("the", "a", "an"):
        k -= 1
    if k < 0 or p.words[k] in (",", "including", "like", "and", "as", "such"):
        return False  # a name in apposition, or one in a list: part of the subject
    comma = max(i for i, w in enumerate(before) if w == ",")
    opening = before[:comma]
    intro = not opening or opening[0] in INTRO_WORDS or opening[0] in PREPOSITIONS
    return not (intro and "," not in opening)  # "But a coalition including X, ..."


INTRO_WORDS = frozenset(
    "however but meanwhile instead still yet also moreover furthermore additionally "
    "nevertheless nonetheless thus therefore so then now today later earlier".split()
)


def _opens_clause(p: Parsed, ref: Ref) -> bool:
    """ "..., and Green MP Rosa Vidal also broke": a new clause's subject."""
    k = ref.start - 1
    while k >= 0 and p.words[k] in ("the", "a", "an"):
        k -= 1
    return (
        k >= 0
        and p.words[k] in ("and", "but", "while", "whereas", ";")
        and (
            _gap_ok(p, ref.end, min(len(p.words), ref.end + 1))
            or p.words[ref.end : ref.end + 1] != [","]
        )
    )


def _named(p: Parsed, ref: Ref) -> bool:
    return not ref.pronoun


def agent(p: Parsed, refs: list[Ref], after: int) -> list[Ref]:
    """The actors after "by"/"from" at or right after token `after` (a passive's agent)."""
    k = after
    while k < len(p.words) and p.words[k] in ("by", "from", "of", "the", "a", "an", "as", "well"):
        k += 1
    for r in refs:
        if after <= r.start <= k + 4 and not r.quoted and not possessor(p, r):
            if r.start > k and not all(
                w.isalpha() or w in ("'s", "'") for w in p.words[k : r.start]
            ):
                continue
            return coordinated(p, refs, r, leftward=False)
    return []


def first_after(p: Parsed, refs: list[Ref], start: int, within: int = 3) -> list[Ref]:
    """The actors starting within `within` tokens after `start` ("said Rosa Vidal")."""
    for r in refs:
        if start <= r.start <= start + within and not r.quoted:
            return coordinated(p, refs, r, leftward=False)
    return []


# Adjectives that stand before a noun: "the latest vote", "broad support".
PRENOMINAL = frozenset(
    "latest final first second last next new key planned upcoming recent public popular broad "
    "strong widespread bipartisan unanimous fresh further initial earlier previous official "
    "formal full major crucial decisive narrow".split()
)
NOUN_MARKERS = frozenset("the a an this that 's ' his her its their our my".split())


def noun_use(p: Parsed, s: int) -> bool:
    """Whether the verb-like word at s is a noun here: "the veto", "the latest vote"."""
    if s == 0:
        return False
    if p.words[s - 1] in NOUN_MARKERS:
        return True
    return (
        s > 1
        and p.words[s - 2] in ("the", "a", "an", "this", "that")
        and (p.words[s - 1] in PRENOMINAL)
    )
