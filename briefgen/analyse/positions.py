"""Positions that are not cue words: proposing, intending, labels, agreeing, speaking for.

- the proposer: "X's plan", "proposed by X", "X introduced a bill", "X, a sponsor of
  the bill" (and "X's motion to block the licence" makes X an opponent);
- intent: "X wants public money for the stadium", "X will close the plant";
- labels on a name: "Riverton Yes, the pro-depot campaign";
- agreement: "X agreed with Y" takes Y's stance (settled once Y's is known);
- a spokesperson who says what their body thinks shares it ("its spokesperson said
  the company was disappointed").
"""

from __future__ import annotations

from briefgen.analyse import lexicon, syntax
from briefgen.analyse.actors import Entity, Ref
from briefgen.analyse.holders import clause_start, cue_modifiers
from briefgen.analyse.mentions import fold
from briefgen.analyse.proposal import ANTI_NOUNS, ProposalModel, clause_end, stem
from briefgen.analyse.quotes import Speech
from briefgen.analyse.sentences import Parsed
from briefgen.analyse.stance import ALIGN, Evidence, is_decider

PROPOSER_NOUN_GAP = 3
# Things rather than acts: "the university's stadium" is no proposal of the university.
CONCRETE = frozenset("stadium arena pipeline development construction".split())
BODY_WORDS = frozenset(
    "government administration party ministry cabinet coalition campaign".split()
)
# Nouns that name a proposal only when what follows says which: "Okafor's motion".
WEAK_NOUNS = frozenset("motion move decision idea push request order recommendation".split())


def _rival(words: list[str], e: int) -> bool:
    """ "a proposal to ...", "a new plan that ...": another proposal than the story's."""
    nouns = lexicon.proposal_nouns()
    for k in range(e, min(len(words) - 1, e + 4)):
        if words[k] in nouns:
            before = words[e:k]
            return (
                bool(before)
                and before[0] in ("a", "an", "another")
                and words[k + 1] in ("to", "that")
            )
    return False


def _anti(words: list[str], k: int) -> bool:
    """Whether words[k] starts an action against a proposal ("deny", "block")."""
    entry = (
        lexicon.modifiers().at(words, k)
        if k < len(words) and words[k] in lexicon.modifiers().by_first
        else None
    )
    return bool(entry and entry.label == "anti")


def proposer_evidence(
    p: Parsed, sent: int, refs: list[Ref], model: ProposalModel
) -> list[Evidence]:
    """Who puts the proposal forward: "X's plan", "proposed by X", "X introduced a bill"."""
    words, n = p.words, len(p.words)
    out: list[Evidence] = []
    nouns = lexicon.proposal_nouns()
    lead = sent in model.lead or p.index < 2
    # "Japan's proposal", "Governor Lima's biggest legislative push"
    for ref in refs:
        pronoun = ref.pronoun and words[ref.start] in lexicon.POSS  # "her order to ..."
        if ref.quoted or not pronoun and (ref.end >= n or words[ref.end] not in ("'s", "'")):
            continue
        first = ref.end if pronoun else ref.end + 1
        for k in range(first, min(n, first + 1 + PROPOSER_NOUN_GAP)):
            if words[k] in ANTI_NOUNS and model.refers(
                words, k + 1, clause_end(words, k + 1, k + 10)
            ):
                # "the province's cancellation of consent for the dam" opposes it;
                # "his suit to enforce the rule" is for it
                sign = -1
                if words[k + 1 : k + 2] == ["to"]:
                    sign = model.target(words, k + 1, k + 12) or 0
                if sign:
                    cue = p.span(ref.start, k + 1)
                    out.append(Evidence(ref.entity, sign, 1.0, sent, cue, "noun"))
                break
            if words[k] in nouns and words[k] not in CONCRETE:
                cue = p.span(ref.start, k + 1)
                if words[k + 1 : k + 2] == ["to"] and _anti(words, k + 2):
                    # "Okafor's motion to block the licence": against the proposal
                    out.append(Evidence(ref.entity, -1, 1.0, sent, cue, "noun"))
                elif words[k] in WEAK_NOUNS or pronoun:
                    if model.target(words, k + 1, k + 12) == 1:
                        out.append(Evidence(ref.entity, 1, 1.5, sent, cue, "proposer"))
                elif (
                    lead or model.refers(words, k, k + 6) or model.refers(words, ref.end + 1, k + 1)
                ):
                    out.append(Evidence(ref.entity, 1, 1.5, sent, cue, "proposer"))
                break
            if words[k] in (",", ".", "and", "to") or words[k] in BODY_WORDS:
                break  # "Peru's government introduces a bill": the body's, not Peru's
    for s, e, entry in lexicon.proposal_words().find(words):
        if entry.label != "propose" or p.quoted[s]:
            continue
        if s > 0 and p.words[s - 1] in ("the", "a", "an", "this", "its", "their", "'s", "'"):
            continue  # a noun: "the issue", "a launch"
        if e < n and words[e] == "by":
            holders = syntax.agent(p, refs, e)
            about = model.refers(words, clause_start(p, s), s) or lead
        elif e < n and words[e] == "with" and words[s].startswith("sign"):
            # "a deal signed with Peru": the other party to the agreement
            holders = syntax.agent(p, refs, e + 1)
            about = model.refers(words, clause_start(p, s), s) or lead
        else:
            holders = syntax.subject(p, refs, s)
            # the proposal is the verb's object: "X introduced a bill", not "X announced
            # it will lobby against the scheme"; "a proposal to let the club build a new
            # stadium" after the lead is a rival one
            about = model.refers(words, e, min(clause_end(words, e, e + 12), e + 5)) or (
                lead and any(w in nouns for w in words[e : e + 6])
            )
            if not lead and _rival(words, e):
                about = False
        if about:
            for ref in holders:
                out.append(Evidence(ref.entity, 1, 1.5, sent, p.span(s, e), "proposer"))
    # "Reyes, a sponsor of the bill"
    for k in range(n - 2):
        if (
            words[k] in ("sponsor", "author", "architect", "proponent", "champion", "co-sponsor")
            and words[k + 1] == "of"
        ):
            owner = [r for r in refs if r.end in (k - 1, k - 2) and words[r.end] == ","]
            if owner and model.refers(words, k + 1, k + 6):
                out.append(Evidence(owner[-1].entity, 1, 1.5, sent, p.span(k, k + 1), "proposer"))
    return out


def intent_evidence(
    p: Parsed, sent: int, refs: list[Ref], entities: list[Entity], model: ProposalModel
) -> list[Evidence]:
    """ "The team wants public money for the stadium": wanting the proposal done."""
    out = []
    words = p.words
    for s, e, entry in lexicon.proposal_words().find(words):
        if entry.label != "intend" or p.quoted[s]:
            continue
        side = model.action_side(words, e, e + 3)
        if words[s] == "will" or entry.text.startswith(("~vote", "~decide", "~agree")):
            ok = model.action is not None and side == model.action[1]
        else:
            ok = model.target(words, e, e + 14) == 1
        if not ok:
            continue
        negated, _ = cue_modifiers(p, s, e)
        for ref in syntax.subject(p, refs, s):
            if not is_decider(entities[ref.entity]):
                polarity = -1 if negated else 1
                out.append(Evidence(ref.entity, polarity, 0.8, sent, p.span(s, e), "intent"))
    return out


def label_evidence(p: Parsed, sent: int, refs: list[Ref], model: ProposalModel) -> list[Evidence]:
    """ "Riverton Yes, the pro-depot campaign": a pro- or anti- label on an actor."""
    out = []
    for k, word in enumerate(p.words):
        for prefix, sign in (("pro-", 1), ("anti-", -1)):
            if not word.startswith(prefix):
                continue
            rest = word[len(prefix) :]
            if stem(rest) not in model.terms and rest not in lexicon.proposal_nouns():
                continue
            owner = [r for r in refs if r.start <= k < r.end]
            j = k - 1
            while j >= 0 and p.words[j] in ("the", "a", "an"):
                j -= 1
            if not owner and j >= 0 and p.words[j] == ",":
                owner = [r for r in refs if r.end == j]
            for ref in owner:
                out.append(Evidence(ref.entity, sign, 1.0, sent, p.span(k, k + 1), "label"))
    return out


def align_evidence(p: Parsed, sent: int, refs: list[Ref], speech: Speech | None) -> list[Evidence]:
    """ "Okafor agreed with Lima": Okafor will take Lima's stance.

    In a quote "us" is the speaker: "X refused to join us" takes the
    speaker's stance the other way round.
    """
    out = []
    speaker = speech.speaker if speech is not None else None
    for k, word in enumerate(p.words[:-1]):
        if word not in ALIGN:
            continue
        j = k + 1
        if p.words[j] in ("with", "in"):
            j += 1
        other = next((r.entity for r in refs if j <= r.start <= j + 1 and not r.quoted), None)
        if other is None and p.words[j] in ("us", "me") and p.quoted[j] and speaker is not None:
            other = speaker
        if other is None:
            continue
        negated, _ = cue_modifiers(p, k, k + 1)
        for ref in syntax.subject(p, refs, k, quoted_ok=p.quoted[k]):
            if ref.entity != other:
                out.append(
                    Evidence(
                        ref.entity,
                        -1 if negated else 1,
                        1.0,
                        sent,
                        p.span(k, j),
                        "align",
                        align=other,
                    )
                )
    return out


def shared_with_speaker(
    found: list[Evidence], speech: Speech | None, entities: list[Entity]
) -> list[Evidence]:
    """What a spokesperson says their body feels, they feel too."""
    if speech is None or speech.speaker is None:
        return []
    speaker = entities[speech.speaker]
    if not (speaker.voice and speaker.affiliation):
        return []
    out = []
    for ev in found:
        body = entities[ev.entity]
        if ev.entity != speaker.id and fold(speaker.affiliation) in {
            fold(body.name),
            *(fold(a) for a in body.aliases),
        }:
            out.append(
                Evidence(
                    speaker.id,
                    ev.polarity,
                    ev.weight,
                    ev.sent,
                    ev.cue,
                    ev.rule + "+voice",
                    ev.affect,
                    ev.note,
                )
            )
    return out


EXECUTIVE_ACTS = (
    "approve",
    "authori",
    "order",
    "sign",
    "grant",
    "adopt",
    "enact",
    "issue",
    "greenlight",
    "green-light",
    "clear",
)
EXECUTIVE = frozenset(
    "government administration president governor minister ministry department mayor "
    "authorities authority premier chancellor cabinet".split()
)


def executive_evidence(
    p: Parsed, sent: int, refs: list[Ref], entities: list[Entity], model: ProposalModel
) -> list[Evidence]:
    """ "Lima's government authorized the new vaccine": an executive's act is its own.

    A council, a court or the voters decide on other people's proposals; a government,
    a minister or a governor that orders or authorises something has made it.
    """
    out = []
    for s, e, entry in lexicon.outcome_cues().find(p.words):
        if entry.label != "approve" or p.quoted[s] or (s > 0 and p.words[s - 1] == "to"):
            continue
        if not entry.text.lstrip("~").startswith(EXECUTIVE_ACTS):
            continue  # "backed", "voted for": a stance or a vote, not an act of office
        if syntax.noun_use(p, s):
            continue
        if model.target(p.words, e, e + 14) != 1:
            continue
        for ref in syntax.subject(p, refs, s):
            entity = entities[ref.entity]
            words = set(fold(entity.name).split()) | set((entity.role or "").lower().split())
            if words & EXECUTIVE and not is_decider(entity):
                out.append(Evidence(ref.entity, 1, 1.5, sent, p.span(s, e), "proposer"))
    return out


def owners(evidence: list[Evidence], entities: list[Entity]) -> list[Evidence]:
    """What "Lima's government" does, Lima does too."""
    by_name = {fold(e.name): e.id for e in entities if e.kind == "person"}
    for e in entities:
        for alias in e.aliases:
            if e.kind == "person":
                by_name.setdefault(fold(alias), e.id)
    out = []
    for ev in evidence:
        owner = entities[ev.entity].possessor
        person = by_name.get(fold(owner)) if owner else None
        if person is not None and person != ev.entity and ev.polarity != 0:
            out.append(
                Evidence(
                    person,
                    ev.polarity,
                    ev.weight,
                    ev.sent,
                    ev.cue,
                    ev.rule + "+owner",
                    ev.affect,
                    ev.note,
                )
            )
    return out


def find_positions(
    parsed: list[Parsed],
    refs: list[list[Ref]],
    entities: list[Entity],
    model: ProposalModel,
    speech: list[Speech | None],
    found: list[Evidence],
) -> list[Evidence]:
    """All the findings of this module, sentence by sentence."""
    out: list[Evidence] = []
    found_in: dict[int, list[Evidence]] = {}
    for ev in found:
        found_in.setdefault(ev.sent, []).append(ev)
    for i, p in enumerate(parsed):
        out += proposer_evidence(p, i, refs[i], model)
        out += intent_evidence(p, i, refs[i], entities, model)
        out += label_evidence(p, i, refs[i], model)
        out += executive_evidence(p, i, refs[i], entities, model)
        out += align_evidence(p, i, refs[i], speech[i])
        out += shared_with_speaker(found_in.get(i, []), speech[i], entities)
    return out
