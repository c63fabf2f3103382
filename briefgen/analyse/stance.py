"""Stance toward THE proposal: cue, holder, target, and what changes them.

For each stance cue in a sentence (data/stance_cues.tsv) the rule finds
- the holder: the subject ("China expressed its opposition"), the agent of a passive
  ("was hailed by cycling groups"), the owner of a noun ("opposition from
  France"), the members of a label ("critics of the scheme, like Sen. X"), or the
  speaker when the cue is in what someone said;
- the target: the cue counts only when it is about the proposal; aimed at the
  opposite action or at an attack on the proposal it counts the other way round
  ("urged keeping the old depot running", "rejected the accusations"); aimed at anything
  else it does not count ("China criticized this statement");
- its modifiers: negation turns support into opposition and opposition into neither
  ("does not oppose"), a hedge weakens it ("has yet to back").
Each finding is an `Evidence`; `decide` weighs an actor's evidence into one stance.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.analyse import holders as who
from briefgen.analyse import lexicon, syntax
from briefgen.analyse.actors import Entity, Ref
from briefgen.analyse.proposal import ProposalModel, clause_end
from briefgen.analyse.quotes import Speech
from briefgen.analyse.sentences import Parsed

ALIGN = frozenset(
    "agreed agrees agree sided sides side echoed echoes echo joined joins join follow "
    "follows followed".split()
)
DECIDERS = frozenset(
    "council commission committee board parliament senate house assembly legislature congress "
    "court tribunal regulators regulator bundestag voters electorate citizens public "
    "judge judges jury".split()
)
WEAK = 0.6
INTENT_NOUNS = frozenset(
    "proposal plan bid motion move effort attempt push campaign initiative resolution "
    "measure bill call calls".split()
)
ING_OPENERS = frozenset(", and but while by after before is are was were been be also not".split())
DESCRIBING = ("describ", "call", "label", "brand", "dub", "term")
NOUN_MARKERS = frozenset("the a an this that 's ' his her its their our my".split())
PUSH_NOUNS = frozenset("pressure calls call push pleas plea demands demand".split())
PARTICLE_VERBS = frozenset(
    "come comes came coming go goes went going get gets got bring brings brought push pushes "
    "pushed pull pulls pulled step steps stepped fall falls fell cut cuts scale scaled roll "
    "rolled hold held fight fought hit write wrote call called turn turned".split()
)


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
    align: int | None = None  # "agreed with X": the stance is X's


def is_decider(entity: Entity) -> bool:
    """A body that decides (a council, a court, the voters): its decision is the outcome."""
    words = entity.name.lower().split()
    return bool(words) and words[-1] in DECIDERS or entity.name.lower() in ("voters", "the public")


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
        be_before = (s > 0 and words[s - 1] in who.BE) or (s > 1 and words[s - 2] in who.BE)
        passive = e < n and words[e] == "by" and (be_before or words[s].endswith("ed"))
        if be_before and not passive and words[s].endswith(("ed", "en")):
            # "was attacked over the scheme, above all by the unions"
            by = next((k for k in range(e, clause_end(words, e, e + 12)) if words[k] == "by"), None)
            holders = syntax.agent(p, refs, by) if by is not None else []
            target = (who.clause_start(p, s), s)
            rule = "passive"
        elif passive:
            holders = syntax.agent(p, refs, e)
            target = (who.clause_start(p, s), s)
            rule = "passive"
        elif words[s].endswith("ing") and s > 0 and words[s - 1] not in ING_OPENERS:
            # "a petition by a tenants' group contesting the scheme": the
            # participle belongs to the noun right before it
            holders = [r for r in refs if r.end == s and not r.quoted]
            target = (e, e + 16)
        else:
            holders = syntax.subject(p, refs, s, quoted_ok=p.quoted[s])
            target = (e, e + 16)
            author = [
                r
                for r in refs
                if r.end == s - 1 and r.start > 0 and words[r.start - 1] in ("from", "by")
            ]
            if words[s].endswith("ing") and s > 0 and words[s - 1] == "," and author:
                holders = author  # "a petition from local doctors, pressing the board to ..."
    elif kind == "noun":
        holders, target = who.noun_holders(p, refs, s, e)
    elif kind == "pred":
        among = next((k for k in range(e, min(n, e + 2)) if words[k] in ("among", "within")), None)
        if among is not None:
            holders = syntax.first_after(p, refs, among + 1, within=3)
        elif who.predicative(p, s):
            vote = next(
                (k for k in range(s - 1, max(-1, s - 8), -1) if words[k] in who.VOTE_WORDS), None
            )
            if words[s] == "against" and vote is not None:
                holders = syntax.subject(p, refs, vote, quoted_ok=p.quoted[s])
            else:
                holders = syntax.subject(p, refs, s, quoted_ok=p.quoted[s])
            holders += who.members(p, refs, e)
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
        holders = own + who.members(p, refs, e)
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
            target = (who.clause_start(p, s), s)
    if s > 0 and words[s - 1] == "to" and any(r.end == s - 1 for r in holders):
        return []  # "pressing the board to approve": the urger holds the stance
    if s > 1 and words[s - 1] == "to" and words[s - 2] in INTENT_NOUNS:
        return []  # "a rival proposal to cancel the scheme": the proposal's, not the subject's
    speaker = speech.speaker if speech is not None else None
    said = speaker is not None and (in_speech or p.quoted[s])
    if said and who.first_person(p, s):
        holders = [Ref(s, s, speaker, False, word="(speaker)")]
        rule += "+speech"
    elif not holders and said and kind in ("eval", "affect", "label"):
        holders = [Ref(s, s, e, False, word="(speaker)") for e in (speaker, *speech.also)]
        rule += "+speech"
    if not holders:
        return []
    if target and kind in ("verb", "pred"):
        target = who.past_actor(p, refs, target)
        if target[0] == target[1]:
            return []
    sign = model.target(words, *target) if target else None
    if kind == "eval":
        if speech is not None and speech.verb.lower().startswith(("pledg", "vow", "promis")):
            return []  # a promise tells what one will do, not what one thinks of the plan
        about = model.names(words, *target) or who.about_it(p, *target)
        if speech is not None and speech.verb.lower().startswith(DESCRIBING):
            about = about or model.refers(words, 0, n)  # "called the scheme 'reckless'"
        sign = 1 if about else None
        if sign is None:
            return []
    if sign == 0 and entry.polarity != 0 and target and kind in ("verb", "pred"):
        owner = who.owner_of(p, refs, target[0])
        if owner is not None:
            # "praised Lima's letter": on the side of whoever wrote it
            negated, _ = who.cue_modifiers(p, s, e)
            polarity = -entry.polarity if negated else entry.polarity
            return [
                Evidence(r.entity, polarity, 1.0, sent, p.span(s, e), "align", align=owner)
                for r in holders
                if r.entity != owner and not is_decider(entities[r.entity])
            ]
    if sign == 0 and entry.polarity != 0:
        return []
    if sign is None:
        sign = 1
        weight *= WEAK
    polarity = entry.polarity * sign
    if kind == "noun" and words[s] in PUSH_NOUNS and target and words[target[0]] == "to":
        polarity = sign  # "pressure to keep the plant open": what is pressed for decides
    negated, hedged = who.cue_modifiers(p, s, e)
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
    if polarity > 0 and who.conditional(p, s, e):
        note = (note + " conditional").strip()  # "would back the plan if it were cheaper"
        weight *= 0.8
    if who.changed(p, s):
        note = (note + " changed").strip()  # "now opposes", "reversed course"
    out = []
    cue = p.span(s, e)
    for ref in holders:
        entity = entities[ref.entity]
        voting = any(w in who.VOTE_WORDS for w in words[max(0, s - 2) : s + 1])
        if is_decider(entity) or (entity.kind in ("country", "group") and voting):
            continue  # a council, a court, the voters: their decision is the outcome
        out.append(Evidence(ref.entity, polarity, weight, sent, cue, rule, affect, note))
    return out


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
        last_end = -1
        for s, e, entry in cues.find(p.words):
            if s > 0 and p.tokens[s].cap and not p.tokens[s].text.isupper():
                continue  # part of a name: "Riverton Yes", "Support Group"
            follows_cue, last_end = s == last_end, e
            if follows_cue and entry.label == "verb":
                continue  # "rejecting calls for": the second word is a noun
            if p.words[s] == "back" and s > 0 and p.words[s - 1] in PARTICLE_VERBS:
                continue  # "come back", "go back to square one"
            if entry.label == "verb" and syntax.noun_use(p, s):
                # "the veto", "his support": a noun, not the verb
                nouns = [x for x in cues.all_at(p.words, s) if x.label == "noun"]
                if not nouns:
                    continue
                entry = nouns[0]
            if any(
                r.start <= s < r.end and not r.pronoun
                for r in refs[i]
                if entities[r.entity].kind != "group"
            ):
                continue
            found += _cue_evidence(p, i, refs[i], s, e, entry, model, speech[i], entities)
    return found
