"""Step 6, stance: every claim an actor makes about the proposal.

A claim is a cue with its holder, found through the parse (`attribution.frame`):
- a predicate whose agent is the holder: "X opposes the plan", "opposed by X",
  "X refused to back it" (negated), "X and Y voted against";
- a noun: "X's opposition", "opposition from X", "X voiced support for";
- a predicate adjective: "X is against the plan";
- a label: "critics, including X", "X, a supporter of the plan";
- proposing: "X proposed / introduced / unveiled the plan", "X's plan";
- doing what the proposal does, as its author: "X will close the plant" (`_doers`);
- what a speaker says about the proposal ("it is unfair", she said), weighed less.
A cue counts for the proposal only when its object is about the proposal, or it has
none; an object that undoes the proposal ("urged keeping the plant open") turns it.
`decide` weighs each actor's claims into a stance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefgen.analyse import lexicon
from briefgen.analyse.actors import (
    INCLUDING,
    PORTFOLIOS,
    TOLD_VOTES,
    Actor,
    Cast,
    executive,
    owning_government,
    singular,
)
from briefgen.analyse.attribution import (
    DIRECTIVES,
    HEDGE_MODALS,
    JUDGING,
    NEGATING_HEADS,
    PERSUADED,
    Speech,
    denied_before,
    frame,
    hearer,
    identified,
    inverted_subject,
    judged_act,
    judging_words,
    named_as,
    named_by,
    objects_of,
    verb_chain,
    verdicts,
)
from briefgen.analyse.nlp import QUOTE, Sent
from briefgen.analyse.params import current
from briefgen.analyse.proposal import (
    VOTED_PLANS,
    Proposal,
    amending,
    another,
    phrase_core,
    proposal_noun,
    stems,
)
from briefgen.analyse.sentiment import polarity

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

SIGNS = {"+": 1, "-": -1, "0": 0}
# Verbs whose subject holds the stance noun that is their object: "voiced its
# opposition", "led a protest against it", "threatened legal action over it",
# "delivered a petition against it", "brought a challenge to it", "collected 450
# signatures against it"
LIGHT_VERBS = frozenset(
    "voice express signal lend give throw announce declare pledge offer state raise show "
    "lead stage hold join launch mount file lodge organise organize submit threaten take "
    "have sign start deliver present hand bring collect gather prepare".split()
)
HOLDER_PREPS = frozenset("from by of among".split())
# Going to law against a measure, and the verbs of weighing it ("is considering legal
# action", "will explore all legal options"): a threat of it is a side taken.
RECOURSE = frozenset(
    (
        "legal challenge",
        "legal action",
        "legal option",
        "legal options",
        "legal avenues",
        "court challenge",
    )
)
WEIGHING_RECOURSE = frozenset("consider explore examine weigh study pursue seek mull".split())
# Verbs whose object is a stance met with ("the plan drew criticism from X", "faced
# opposition from X", "won backing from X"), and verbs whose subject is a stance that
# arrives ("opposition came from X"): who holds it follows "from" on the verb.
MEETING = frozenset("draw attract face receive get earn win gain garner meet".split())
ARRIVING = frozenset("come emerge arise".split())
# Nouns of attack: news writes "launched an attack on" much more widely than of a
# proposal, so they count only when aimed at the proposal itself ("an attack on the
# plans"), not at whatever shares a word with it.
ATTACKS = frozenset("attack assault broadside onslaught tirade".split())
LABEL_PREPS = frozenset("including like as".split())


@dataclass(frozen=True)
class Claim:
    sent: int
    actor: int
    sign: int  # +1 support, -1 opposition, 0 undecided
    weight: float
    kind: str  # verb, noun, pred, label, propose, speech, affect, join
    cue: str
    how: str  # the dependency path or attribution, for --explain
    negated: bool = False
    earlier: bool = False  # said of a time before ("had backed", "initially supported")


@dataclass(frozen=True)
class Decision:
    stance: str
    score: float
    claims: tuple[Claim, ...]


# Claims that say the side outright (a predicate, a noun or a label aimed at the
# proposal), as against speech, whose side is read from its words, and proposing.
EXPLICIT = frozenset(("verb", "noun", "pred", "label"))
OBJECT_DEPS = frozenset(("dobj", "ccomp", "xcomp", "attr", "oprd", "pobj", "prep", "dative"))


# Prepositions that set a circumstance, not what the predicate acts on: "approved the
# plan despite opposition" approves the plan; the opposition is not its object; "backs
# it without reservation" says how.
CIRCUMSTANCE = frozenset("despite notwithstanding amid amidst after before during without".split())


def _when(prep: Token) -> bool:
    """Does the preposition only say when ("on Thursday", "in March") or why ("for the
    opposite reason"), not what the verb is about?"""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in REASONS for o in objects
    )


# Nouns of why: "voted no, for the opposite reason", "for reasons of cost".
REASONS = frozenset(("reason", "motive"))


# Nouns for what a measure is for, which one backs while denying the measure itself
# ("welcomed the idea of a watchdog, but not this bill").
IN_PRINCIPLE = frozenset("idea principle concept notion aim goal spirit thrust".split())


def _excepted(verb: Token, objects: list[Token], proposal: Proposal) -> bool:
    """Is the proposal the noun a verb is denied of after "but not", its objects
    something else: "backed the idea, but not this bill" (the parser makes the
    noun a conjunct of the verb)?"""
    if any(proposal.is_it(o) and o.lemma_.lower() not in IN_PRINCIPLE for o in objects):
        return False  # "backed the plan, but not its parking rules"
    return any(
        conj.dep_ == "conj"
        and conj.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "neg" for c in conj.children)
        and any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children)
        and proposal.is_it(conj)
        for conj in verb.children
    )


def _stranded(token: Token) -> bool:
    """Is the token a preposition left at the end of a relative clause with a subject of
    its own ("an insurer they can make a claim against"), whose object is the clause's
    antecedent? In "the three who voted against" the antecedent is the subject, the
    preposition bare."""
    return (
        token.pos_ == "ADP"
        and token.head.dep_ == "relcl"
        and not any(c.dep_ in ("pobj", "pcomp") for c in token.children)
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT")
            for c in token.head.children
        )
    )


def _objects(token: Token, end: int) -> list[Token]:
    """The heads of what a predicate is about: its objects and complements after
    the cue, or the object of the phrase's last preposition ("voted against X")."""
    doc = token.doc
    last = doc[end - 1]
    if last.dep_ == "mark" and last.i != token.i and last.head.i > last.i:
        return [last.head]  # "called for the plan to be shelved": the clause "for" opens
    if _stranded(last):
        # a preposition stranded in a relative clause is about its antecedent: "the
        # plan they campaigned against", "an insurer they can make a claim against", "the plan is
        # one they fought against"
        return identified(last.head.head) or [last.head.head]
    heads = [c for c in last.children if c.dep_ in ("pobj", "pcomp")] if last.i != token.i else []
    if heads:
        return heads
    if (
        last.i != token.i
        and last.lower_ in ("against", "for")
        and (last.i + 1 == len(doc) or doc[last.i + 1].pos_ in ("ADV", "PUNCT", "ADP", "SCONJ"))
    ):
        # "voted against nearly to a man", "voted against, as expected": the cue's
        # preposition left bare, what follows is how, not what
        return []
    # a passive's subject is what it acts on, whatever adjuncts follow ("the plan
    # was welcomed on Monday by X"); but one "not persuaded" holds the view
    acted_on = last.i == token.i and token.lemma_.lower() not in PERSUADED
    heads = [c for c in token.children if c.dep_ == "nsubjpass"] if acted_on else []
    if heads:
        return heads
    if acted_on and token.dep_ == "acl" and any(c.dep_ == "agent" for c in token.children):
        return [token.head]  # "parents, supported by X, sued": X supports the parents
    # a particle after the object: "voted [the tax] through"; a phrase's own
    # preposition and its object after it: "put [the plan] on hold"
    split = (
        last.dep_ in ("prt", "advmod", "prep")
        and last.head.i == token.i
        and not any(c.dep_ == "pobj" for c in last.children)
    ) or (last.dep_ == "pobj" and last.head.i > token.i + 1)
    subjects = inverted_subject(token)  # "Voting for it were X and Y": X is no object
    for child in token.children:
        if child in subjects:
            continue
        if split and child.dep_ == "dobj" and token.i < child.i < last.i:
            heads.append(child)
            continue
        if child.i < end or child.dep_ not in OBJECT_DEPS:
            continue
        if child.dep_ == "prep":
            if child.lower_ in CIRCUMSTANCE or _when(child) or _completes_a_change(child):
                continue
            heads.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        else:
            heads.append(child)
    if token.lemma_.lower() in JUDGING:  # "accused [the critics [of misreading it]]"
        heads += [
            act
            for h in heads
            if h.dep_ == "dobj"
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in ("of", "for")
            for act in p.children
            if act.dep_ == "pcomp"
        ]
    return heads


def _completes_a_change(prep: Token) -> bool:
    """ "rejected a compromise [on the bill]", "backed amendments [to it]": the parser
    may hang the phrase from the verb, but it says what the change is to. Not "proposed
    amendments to extradition laws": changes to the law in general are a bill's content."""
    return (
        prep.lower_ in ("to", "on")
        and any(c.dep_ == "dobj" and amending(c) and c.i < prep.i for c in prep.head.children)
        and any(o.pos_ == "PRON" or _definite(o) for o in prep.children if o.dep_ == "pobj")
    )


# Nouns for a misgiving held (a subset of the modifiers' "dissent": not the truth-claims
# "allegation", "claim", nor the holders "critic", "opposition")
MISGIVINGS = frozenset(
    "concern fear worry doubt misgiving reservation criticism objection complaint warning".split()
)


def _bare_dissent(noun: Token, cast: Cast | None, sent: int) -> bool:
    """ "dismissed the criticism", "rejected the objections of residents": a misgiving
    named without what it is about is, in a story of the proposal, about the proposal."""

    def holders(prep: Token) -> bool:  # "of residents", "from the union"
        return (
            prep.lower_ in HOLDER_PREPS
            and cast is not None
            and all(cast.actor_at(sent, o.i) is not None for o in prep.children)
        )

    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in MISGIVINGS
        and not any(
            c.dep_ in ("acl", "relcl", "ccomp", "appos") or (c.dep_ == "prep" and not holders(c))
            for c in noun.children
        )
    )


def _target_weight(
    proposal: Proposal, heads: list[Token], cast: Cast | None = None, sent: int = -1
) -> tuple[float, int]:
    """(weight, sign multiplier) from what the cue is about: the proposal counts
    fully, its undoing ("urged keeping the plant open") or an act against it as the
    head ("applauded the veto") turns the sign; its proposer counts too ("accused
    the minister of ..."); anything else does not count."""
    if not heads:
        return current().untargeted_weight, 1
    anti = proposal.against_words() | lexicon.modifier_words("dissent")
    # "criticised the climbdown over the plan", the plan hung from the verb: what is
    # done to the proposal is another of the verb's objects
    undone_beside = any(h.lemma_.lower() in anti and not proposal.names(h) for h in heads)
    for head in heads:
        if cast is not None and cast.actor_at(sent, head.i) in proposal.proposers:
            return current().proposer_weight, 1
        if (
            cast is not None
            and cast.actor_at(sent, head.i) is not None
            and not (head.lemma_.lower() in anti and proposal.about(list(head.subtree)))
        ):
            # "sided with the Civics": someone, not the proposal; but "rounded on critics
            # of the bill" is read as what is said of the bill's critics
            continue
        if any(c.lower_ in ("other", "another") for c in head.children) or (
            head.pos_ == "NOUN" and another(head, proposal)
        ):
            continue  # "backed other bus depots", "voted against a similar plan": not this
        if cast is not None and _their_own(head, cast, sent, proposal):
            continue  # "asked how they would pay for their own plans": a rival's
        if _process(head):
            continue  # "backed putting it out for consultation": a step, not a side
        if head.pos_ == "VERB" and _to_another_place(head):
            continue  # "urged the county to relocate the base outside the region": elsewhere
        if head.lemma_.lower() in INFORMATION:
            continue  # "demanded answers about the plan": asks about it, takes no side
        ballot = _ballot(head)
        if ballot:
            return 1.0, ballot  # "urged a Yes vote": the ballot's answer is the side
        core = phrase_core(head)
        undone = 1
        if head.pos_ == "VERB":  # "for the plan to be shelved": what it is done to
            core += [c for c in head.children if c.dep_ == "nsubjpass"]
            # "a decision not to build it": what is not to be done (an infinitive only:
            # "grumbled at not having been asked" is a grievance, not a refusal)
            children = [c.dep_ for c in head.children]
            undone = (
                -1
                if "neg" in children
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
                else 1
            )
        if (
            head.pos_ == "VERB"
            and head.lemma_.lower() in KEEPING
            and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in anti for c in head.children
            )
        ):
            return 1.0, -1  # "urged them to sustain the veto": to keep what stops it
        if head.lemma_.lower() in anti:  # "fears that the depot would ...": what they are of
            core += [
                s
                for c in head.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                for s in c.children
                if s.dep_ in ("nsubj", "nsubjpass")
            ]
        # "sought a ruling that would annul the act": a thing that undoes it; "called for
        # action against the plan": a thing aimed against it
        undoing = _undone_by_clause(head, proposal) or (
            head.lemma_.lower() in AIMED_ACTS
            and any(
                p.dep_ == "prep"
                and p.lower_ == "against"
                and any(proposal.names(o) for o in p.children if o.dep_ == "pobj")
                for p in head.children
            )
        )
        if proposal.counters(core) or undoing:
            return 1.0, -1
        if (
            head.lemma_.lower() in CALLS
            and _countering([head], proposal, None) is not None
            and proposal.about(list(head.subtree))
        ):
            return 1.0, -1  # "rejected calls to pause the bill": against the pause
        asked = _asked(head)
        if asked:  # "resisted calls to build the runway": the side is on what is asked
            weight, turn = _target_weight(proposal, asked, cast, sent)
            if weight:
                return weight, turn
        if _another_measure(head, proposal) or _owners_other(head, proposal):
            continue
        if proposal.about(core):
            against = (
                head.lemma_.lower() in anti
                or _refusal(head)
                or undone_beside
                or _opposing_verb(head)
            )
            turn = -undone if against else undone
            # backing what a ban stops ("defended cars") opposes the ban
            return 1.0, -turn if proposal.activity(core) else turn
    return 0.0, 1


# Verbs of keeping what is in place ("sustain the veto", "uphold the ban"): keeping an
# act against a proposal is against it.
KEEPING = frozenset("sustain uphold maintain keep retain preserve".split())


# What one asks for to learn about a proposal, not to have it done or undone.
INFORMATION = frozenset(
    "answer explanation clarification clarity detail information assurance evidence".split()
)


# Cue verbs whose first sense is a physical act ("kill the bill", "householders who
# kill intruders"): a stance only when what they act on is named as a proposal ("the
# bill", "it"), not a word it shares with the proposal's terms.
LITERAL = frozenset("kill".split())


# Nouns of an act that "against X" aims ("called for action against the plan", "backed
# the fight against it"): backing one is opposing X.
AIMED_ACTS = frozenset(
    "action campaign fight battle push drive crusade challenge case protest motion "
    "measure measures step steps move".split()
)


# Verbs of bowing to a decision, which say nothing of what one thinks of it
BOWING = frozenset("accept respect".split())
# Cues of doing what a rule requires: a side only when refused
COMPLYING = frozenset(("comply with",))


# Verbs of giving up one's own plan ("the ministry shelved the plan"), as against
# undoing another's ("repealed", "revoked", "reversed").
DROPPING = frozenset("withdraw shelve abandon drop pull scrap ditch axe pause".split())


def _others(cast: Cast, sent: Sent, objects: list[Token], agents: tuple[int, ...]) -> bool:
    """Is what is dropped said to be someone else's ("scrapped the previous
    government's scheme", "dropped the council's plan")?"""
    for o in objects:
        for c in o.children:
            if c.dep_ == "poss":
                owner = cast.actor_at(sent.pos, c.i)
                if owner is not None and owner not in agents:
                    return True
            if c.dep_ == "amod" and c.lower_ in ("previous", "former"):
                return True
    return False


def _sponsor(cast: Cast, proposal: Proposal, actor: int) -> bool:
    """Could the actor be the proposal's sponsor: its proposer, or an executive?"""
    return actor in proposal.proposers or executive(cast.actors[actor])


def _process(head: Token) -> bool:
    """Is the phrase a step the proposal goes through ("a review of it", "putting it
    out for consultation"), which anyone may back without taking its side?"""
    steps = lexicon.modifier_words("process")
    if head.lemma_.lower() in steps:
        return True
    return head.pos_ == "VERB" and any(
        o.lemma_.lower() in steps
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("for", "to")  # not "paused until a review"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _does_the_proposal(last: Token, proposal: Proposal) -> bool:
    """For a cue that ends in the "to" of an infinitive ("agreed to keep to the site"),
    is what is agreed to done to the proposal ("agreed to scrap the levy") or the
    proposal's own act ("agreed to ban it")? Agreeing to do something else is no side;
    agreeing to the proposal itself ("agreed to the plan") is not an infinitive."""
    verb = last.head
    if last.lower_ != "to" or last.dep_ != "aux" or verb.i < last.i or verb.pos_ != "VERB":
        return True
    if verb.lemma_.lower() in proposal.actions:
        return True
    return any(proposal.is_it(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))


def _obliging(verb: Token) -> bool:
    """ "announced that the operator would have to draw up a closure schedule": what
    another is made to do is reported, not proposed."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        if clause.lemma_ == "have" and any(c.dep_ == "xcomp" for c in clause.children):
            return True
        if any(c.tag_ == "MD" and c.lower_ == "must" for c in clause.children):
            return True
    return False


def _first_person(verb: Token) -> bool:
    """Is the verb's subject "we" or "I", on it or on the verb it completes?"""
    return any(
        c.dep_ == "nsubj" and c.lower_ in ("we", "i") for v in verb_chain(verb) for c in v.children
    )


def _owners_other(head: Token, proposal: Proposal) -> bool:
    """ "rejected the opposition's call for a quota": a proposal noun someone owns, said
    to be for something this proposal's words do not name, is that owner's other plan."""
    nouns = lexicon.proposal_nouns()
    if head.lemma_.lower() not in nouns and head.lower_ not in nouns:
        return False
    if not any(c.dep_ == "poss" for c in head.children):
        return False
    said = [
        t
        for c in head.children
        if c.dep_ not in ("poss", "det", "relcl")
        for t in c.subtree
        if t.pos_ in ("NOUN", "PROPN", "VERB")
    ]
    return bool(said) and not proposal.about(said)


def _their_own(head: Token, cast: Cast, sent: int, proposal: Proposal) -> bool:
    """Is the phrase "<owner>'s own <noun>" with an owner who did not propose this one
    ("the other party's own plans"), or a verb done to it ("how they would pay for
    their own plans")? "Own" sets it against another's."""
    if head.pos_ == "VERB":
        done_to = [c for c in head.children if c.dep_ == "dobj"] + [
            o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
        ]
        return any(_their_own(c, cast, sent, proposal) for c in done_to)
    if not any(c.dep_ == "amod" and c.lower_ == "own" for c in head.children):
        return False
    owners = [cast.actor_at(sent, c.i) for c in head.children if c.dep_ == "poss"]
    return any(o is not None and o not in proposal.proposers for o in owners)


# What is lost when a proposal loses: a contest ("lost the vote", "lost by two votes"),
# not a thing had ("a town would lose its market rents").
CONTESTS = frozenset("vote ballot division referendum motion appeal case battle fight".split())


def _refusal(verb: Token) -> bool:
    """Is the verb a decision against a proposal ("throw out", "vote down", "shelve")?"""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() not in CONTESTS for c in verb.children
    ):
        return False
    match = lexicon.outcome_cues().at(verb.doc, verb.i)
    return match is not None and match.cue.label in ("reject", "withdraw", "postpone")


def _another_measure(head: Token, proposal: Proposal) -> bool:
    """ "called for a weekly market beside the depot": a measure of its own, named with
    "a" by a noun that is neither a proposal's ("a ban") nor one of this proposal's
    words, is another proposal, even when its modifiers share words with this one."""
    nouns = lexicon.proposal_nouns()

    def named(token: Token) -> bool:
        lemma = token.lemma_.lower()
        return lemma in nouns or token.lower_ in nouns or lemma in proposal.terms

    # "an early version of the plan" is the plan
    of = [o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return (
        head.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        and not named(head)
        and not any(named(o) for o in of)
    )


def _ballot(head: Token) -> int:
    """+1 for "a yes vote", -1 for "a 'No' vote", else 0: a referendum's answers."""
    if head.lemma_.lower() != "vote":
        return 0
    words = {c.lower_ for c in head.children if c.dep_ in ("nmod", "amod", "compound", "det")}
    return 1 if "yes" in words else -1 if "no" in words else 0


# Verbs whose subject has not made up its mind about what follows "whether": "is
# weighing whether to back it" (English indirect questions; Quirk et al. 1985, 15.5).
DELIBERATING = frozenset("decide weigh consider ponder mull debate deliberate study review".split())


def _open_question(verb: Token) -> Token | None:
    """The indirect question the verb heads or serves ("whether she backs it", "if
    they would oppose it"): a question asked or left open, not a view. An adverbial
    "whether or not" concedes and is no question."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "mark" for c in clause.children):
            break
        clause = clause.head
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ not in ("ccomp", "dobj", "pcomp", "xcomp"):
        return None
    if "whether" in marks or ("if" in marks and clause.dep_ in ("ccomp", "dobj")):
        return clause
    return None


# A reply's first words that say yes or no (English response forms; Quirk et al. 1985,
# 11.5).
YES = frozenset("yes yeah yep absolutely certainly definitely sure indeed".split())
NO = frozenset("no nope never".split())


def _answer(question: Token) -> int:
    """+1 or -1 when the question is one put to the speaker of the sentence and the
    reply opens with yes or no: "Asked whether he backed it, X said: 'Absolutely.'"
    (+1), "..., X said no" (-1); 0 otherwise."""
    asked = question.head
    said = asked.head
    if asked.lemma_.lower() != "ask" or asked.dep_ != "advcl" or said.i == asked.i:
        return 0
    if said.lemma_.lower() not in lexicon.speech_verbs():
        return 0
    reply = [t for t in said.doc[said.i + 1 :] if t.is_alpha]
    if not reply:
        return 0
    words = " ".join(t.lower_ for t in reply[:2])
    if reply[0].lower_ in YES or words == "of course":
        return 1
    return -1 if reply[0].lower_ in NO or words == "not really" else 0


def _undecided_about(question: Token) -> bool:
    """Does the question's asker leave its own mind open: "has not said whether",
    "declined to say whether", "is weighing whether"? "Asked whether" does not."""
    matrix = question.head
    if matrix.dep_ == "prep":  # "undecided on whether to back it"
        matrix = matrix.head
    negated = any(c.dep_ == "neg" for c in matrix.children) or (
        matrix.dep_ == "xcomp" and matrix.head.lemma_.lower() in NEGATING_HEADS
    )
    return negated or matrix.lemma_.lower() in DELIBERATING


def _may_do(verb: Token) -> bool:
    """Is the verb's hedge its own modal of possibility ("several councillors could
    oppose it"): what they may do leans their way, less than what they do."""
    return any(c.tag_ == "MD" and c.lower_ in HEDGE_MODALS for c in verb.children)


def _claims_of_cue(
    cast: Cast,
    sent: Sent,
    proposal: Proposal,
    start: int,
    end: int,
    sign: int,
    kind: str,
    cue: str,
    status: str = "",
    before: Sequence[Sent] = (),
) -> list[Claim]:
    """The claims a cue word makes; `before` holds the sentences told just before, in
    the same article, latest last."""
    doc = sent.doc
    # a noun phrase's head is its last word: "legal challenge", "angry reaction"
    token = doc[end - 1] if kind == "noun" else doc[start]
    out: list[Claim] = []
    if kind == "verb" and token.pos_ in ("VERB", "AUX"):
        f = frame(cast, sent, token)
        maybe = f.hedged and not f.negated and _may_do(token)  # "might not": no lean
        if (f.hedged and not maybe) or not f.agents or _threat_condition(token, proposal):
            return []
        objects = _objects(token, end)
        if not objects and (_circumstance(token) or maybe):
            # "the places in which they may need to fight": no side taken; "parents
            # could sue": what someone may do, to nothing named, leans no way
            return []
        if cue in ASKED_OF and not any(o.dep_ in ("xcomp", "ccomp") for o in objects):
            return []  # "will press ministers over the cost": questions, not a side
        if token.lemma_.lower() in ASKING and any(o.dep_ in ("xcomp", "ccomp") for o in objects):
            # "urged the minister to order a review": who is asked is not what is asked
            objects = [o for o in objects if o.dep_ not in ("dobj", "dative")]
        clauses = [_content_clause(o) for o in objects]
        if objects and all(c is not None and not proposal.about(list(c.subtree)) for c in clauses):
            return []  # "dismissed the notion that they courted the same voters": a truth
        if objects and all(_done_to_another(o, proposal) for o in objects):
            return []  # "urged fellow senators to reject the motion": the motion's fate
        weight, turn = _target_weight(proposal, objects, cast, sent.pos)
        if (
            weight == 0
            and sign < 0
            and objects
            and all(_bare_dissent(o, cast, sent.pos) for o in objects)
        ):
            weight, turn = 1.0, -1  # "dismissed the criticism": the proposal's critics'
        if _excepted(token, objects, proposal):
            # "backed the idea of a review, but not this bill": the verb denied of it
            weight, turn = 1.0, -1
        if token.lemma_.lower() in LITERAL and not any(
            proposal_noun(o) or (o.pos_ == "PRON" and proposal.about([o])) for o in objects
        ):
            return []  # "householders who kill intruders": the act itself, on no proposal
        decided = status in OUTCOME_SIGN
        if objects and all(_the_decision(o) for o in objects) and token.lemma_.lower() in BOWING:
            return []  # "accepted the leader's decision": bowed to it, whatever they think
        if (
            objects
            and decided
            and all(
                _the_decision(o)
                or _undoing_done(o, proposal, status)
                or _decided_as(o) == OUTCOME_SIGN[status]
                for o in objects
            )
        ):
            # "welcomed the result": the decision on the proposal, whatever its words;
            # welcoming a decision to drop it is against it; "condemned the approval" of
            # a plan approved (of a plan rejected, an approval is another's, a step)
            weight, turn = 1.0, OUTCOME_SIGN[status]
        elif not objects and decided and token.lemma_.lower() == "react" and _to_decision(token):
            turn = OUTCOME_SIGN[status]  # "unions reacted angrily": to the decision
        if weight == 0 or not _does_the_proposal(doc[end - 1], proposal):
            return []
        s = sign * turn
        question = _open_question(token)
        if question is not None:
            # "has not said whether she backs it", "is weighing whether to oppose it":
            # undecided; "asked whether the union would back it": no one's view, unless
            # answered ("Asked whether he backed it, X said: 'Absolutely.'")
            answer = _answer(question)
            if answer:
                s *= answer
            elif _undecided_about(question):
                s = 0
            else:
                return []
        if (
            token.lemma_.lower() == "vote"
            and all(o.lower_ == "it" or _the_motion(o, proposal) for o in objects)
            and _on_a_counter_motion(before, proposal)
        ):
            # "X tabled a motion to postpone it. 57 states voted in favour (of it)", "...
            # voted against the motion": of that
            s = -s
        if f.negated:
            s = -1 if s > 0 else 0  # "did not support" opposes; "did not oppose" is no side
            if _not_yet(token) or _neither_nor(token, end):
                # "has not endorsed it" (so far), "neither campaigning for nor against it"
                s = 0
        if f.renounced:
            s = -s  # "was wrong to oppose it"
        how = f.path + (" (conditional)" if f.conditional else "")
        agents = f.agents
        done = not any(c.tag_ == "MD" for c in token.children)  # not "would scrap it"
        if s < 0 and token.lemma_.lower() in DROPPING and done:
            # "the government has scrapped its plans": who drops a plan is its sponsor,
            # giving it up, not opposing it; and a plan given up was its own (a
            # withdrawal is by the sponsors), weighed as "its plan" is
            if not _others(cast, sent, objects, agents):
                # "the ministry has scrapped its plans", its own act (not "hopes the
                # council will drop it"), by no body the proposal was put to
                own = {c.i for c in token.children if c.dep_ == "nsubj"} >= set(f.agent_tokens)
                sponsors = [
                    a
                    for a in agents
                    if _sponsor(cast, proposal, a)
                    or (
                        own
                        and any(proposal.is_it(o) for o in objects)
                        and not cast.actors[a].decider
                    )
                ]
                agents = tuple(a for a in agents if a not in sponsors)
                out.extend(
                    Claim(sent.pos, a, 1, 0.5, "propose", f"{cue} (its own)", how) for a in sponsors
                )
        if maybe:
            weight, how = weight / 2, f"{how} (may)"
        for actor in agents:
            out.append(Claim(sent.pos, actor, s, weight, kind, cue, how, f.negated, _before(token)))
    elif kind == "noun" and token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
        # not a noun that names another ("the opposition Social Liberals", "protest groups")
        if _sought(token):
            return []
        holders: list[int] = []
        how = ""
        for child in token.children:
            if child.dep_ == "poss":
                actor = cast.actor_at(sent.pos, child.i)
                if actor is not None:
                    holders.append(actor)
                    how = f"poss({cue})"
            if child.dep_ == "prep" and child.lower_ in HOLDER_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        for t in [obj, *obj.conjuncts]:
                            actor = cast.actor_at(sent.pos, t.i)
                            if actor is not None:
                                holders.append(actor)
                                how = f"pobj({child.lower_}) ← {cue}"
        if not holders:  # "a petition against it, organised by X": who made it holds it
            holders = _made_by(cast, sent, token)
            how = f"agent ← {cue}"
        f = None
        # "X led the resistance", "resistance was led by X"
        if (
            not holders
            and token.dep_ in ("dobj", "attr", "nsubjpass")
            and (
                token.head.lemma_ in LIGHT_VERBS
                # "is considering legal action", "will study every legal option"
                or (cue in RECOURSE and token.head.lemma_ in WEIGHING_RECOURSE)
            )
        ):
            f = frame(cast, sent, token.head)
            holders = list(f.agents)
            how = f.path + f" → dobj({cue})"
        met: list[Token] = []  # what drew it: "the plan drew criticism from X"
        if not holders:  # "opposition came from X"
            holders, met = _met_from(cast, sent, token)
            how = f"pobj(from) ← {token.head.lemma_} ← {cue}"
        if not holders:
            return []
        # what the noun is aimed at, not the preposition: "a protest against the plan"
        # is the noun's own side, not one turned by "against"
        targets = met + [
            t
            for c in token.children
            # "legal options, such as an appeal": kinds of it, no aim
            if c.dep_ == "prep" and c.lower_ not in HOLDER_PREPS | INCLUDING
            for t in c.subtree
            if t.i != c.i
        ]
        # "its refusal to build the runway": what the noun's infinitive does ("pressure
        # to keep it open" is asked for, which `_target_weight` reads from the noun)
        done = [
            c
            for c in token.children
            if c.dep_ == "acl"
            and c.pos_ == "VERB"
            and (
                c.lemma_.lower() in proposal.actions
                or any(proposal.is_it(o) for o in c.children if o.dep_ in ("dobj", "nsubjpass"))
            )
        ]
        if token.lemma_.lower() not in CALLS:
            targets += done
        if token.lemma_.lower() == "decision" and not done:
            return []  # "the decision" alone may be anyone's: whose side it is needs what
        if (
            token.lemma_.lower() in ATTACKS
            and not cue.startswith("under")
            and not any(
                proposal_noun(t) for c in token.children if c.dep_ == "prep" for t in c.children
            )
        ):
            return []  # "an attack on the running of the present service": not on the proposal
        weight, turn = _target_weight(proposal, targets)
        if weight == 0 and not proposal.about(list(doc)):
            return []
        weight = weight or current().untargeted_weight
        # "has no objection to it", "did not voice its opposition" ("the No campaign" is
        # a ballot's side)
        dets = [c.lower_ for c in token.children if c.dep_ == "det"]
        denied = dets == ["no"]
        negated = bool(f and f.negated) != denied
        s = sign * turn * (-1 if negated else 1)
        if not targets:  # "deferred it over the objections of X": X objected to deferring
            s *= _overridden(token)
        dropped = [v for v in done if v.lemma_.lower() in DROPPING]
        if s < 0 and dropped and token.lemma_.lower() == "decision":
            # "the Government's decision to abandon its bond": a sponsor giving up its
            # own plan, as "has scrapped its plans" is, not opposing it
            objects = [o for v in dropped for o in v.children if o.dep_ == "dobj"]
            sponsors = [
                a
                for a in holders
                if _sponsor(cast, proposal, a) and not _others(cast, sent, objects, (a,))
            ]
            holders = [a for a in holders if a not in sponsors]
            out.extend(
                Claim(sent.pos, a, 1, 0.5, "propose", f"{cue} (its own)", how) for a in sponsors
            )
        out.extend(Claim(sent.pos, a, s, weight, kind, cue, how, negated) for a in holders)
    elif kind == "pred":
        own_not = token.dep_ == "neg"  # "is not persuaded": the cue says its "not" itself
        if own_not:
            token = doc[start + 1]
        head = token.head if token.dep_ in ("acomp", "prep", "attr", "advmod", "amod") else token
        if head.pos_ not in ("AUX", "VERB"):
            return []
        f = frame(cast, sent, head)
        if not f.agents or f.hedged or f.conditional:
            return []
        weight, turn = _target_weight(proposal, _objects(token, end))
        if weight == 0:
            return []
        negated = f.negated and not own_not
        s = sign * turn * (-1 if negated else 1)
        if sign > 0 and any(
            c.dep_ == "advmod" and c.lower_ in ("less", "least") for c in token.children
        ):
            s = -s  # "haulage firms were less enthusiastic": cooler than those before
        out.extend(Claim(sent.pos, a, s, weight, kind, cue, f.path, negated) for a in f.agents)
    elif kind in ("stir", "feel") and token.pos_ in ("VERB", "ADJ"):
        out.extend(_stirred(cast, sent, proposal, token, sign, cue, kind == "feel"))
    elif kind == "label":
        # "critics of the minister" count; "supporters of the other scheme" do not
        of = [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        weight, turn = _target_weight(proposal, of, cast, sent.pos)
        if weight == 0:
            return []
        if sign > 0 and not of and any(c.ent_type_ or c.pos_ == "PROPN" for c in token.lefts):
            return []  # "a Whig supporter": of the party ("Whig critics" are its members)
        sign *= turn
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "one":
            token = token.head.head  # "one of the fiercest critics of it" stands where "one" does
        holders = []
        # "supporters of the plan, such as X": the parser may hang the list from the plan
        listed = [c for o in of for c in o.children if c.dep_ == "prep" and c.lower_ in LABEL_PREPS]
        for child in [*token.children, *listed]:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in LABEL_PREPS):
                for t in child.subtree:
                    actor = cast.actor_at(sent.pos, t.i)
                    if actor is not None and actor not in holders:
                        holders.append(actor)
        negated = False
        if token.dep_ in ("appos", "attr"):
            actor = cast.actor_at(sent.pos, token.head.i)
            if token.dep_ == "attr":
                f = frame(cast, sent, token.head)
                holders.extend(f.agents)
                # "is no fan of it", "is not a supporter of it": the other side
                negated = f.negated or any(
                    c.dep_ == "det" and c.lower_ == "no" for c in token.children
                )
            elif actor is not None:
                holders.append(actor)
        if negated:
            sign = -sign
        for actor in holders:
            out.append(Claim(sent.pos, actor, sign, 1.0, kind, cue, f"appos/prep({cue})", negated))
        for t in named_as(token):  # "critics include X", "X is among the critics"
            actor = cast.actor_at(sent.pos, t.i)
            if actor is not None and actor not in holders:
                holders.append(actor)
                how = f"{token.dep_}({token.head.lemma_}) → {t.dep_}({t.lower_})"
                out.append(Claim(sent.pos, actor, sign, 1.0, kind, cue, how))
    return out


# Verbs of pressing someone that take a side only through the act asked of them ("pressed
# the council to drop it"); "press for it" and "press ahead with it" are cues of their own.
ASKED_OF = frozenset(("press",))


# Verbs whose object is wanted, not had: "needs support from", "is seeking the backing of".
SEEKING = frozenset("need require seek want lack court request woo canvass".split())
WINNING = frozenset("win gain secure get".split())


DISPUTING = frozenset("reject dismiss deny dispute refute rebut".split())


# The adverbs that open a relative clause of place, time or manner, and of place alone
RELATIVE_ADVERBS = frozenset(("where", "when", "how"))
PLACE_ADVERB = frozenset(("where",))


def _circumstance(verb: Token, adverbs: frozenset[str] = RELATIVE_ADVERBS) -> bool:
    """Is the verb in a relative clause of place, time or manner ("the conditions in
    which they would fight", "the town where they campaign")? It tells of the noun
    the clause describes, not of a side taken on the proposal."""
    clause = verb
    while clause.dep_ in ("xcomp", "ccomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    return any(
        (c.dep_ == "prep" and any(o.lower_ in ("which", "whom") for o in c.children))
        or (c.dep_ == "advmod" and c.lower_ in adverbs)
        for c in clause.children
    )


def _disputed(token: Token) -> bool:
    """Is the word inside what a speaker disputes: "dismissed any notion that the
    levy would save lives" says it would not?"""
    for clause in (token, *token.ancestors):
        noun = clause.head
        if (
            _content_clause(noun) == clause
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in DISPUTING
        ):
            return True
    return False


def _content_clause(noun: Token) -> Token | None:
    """The "that" clause that gives a noun its content ("the idea that X", "the claim
    that Y"): then the noun is something said to be true, not a proposal (Huddleston &
    Pullum 2002, content clauses as complements of nouns)."""
    if noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "appos") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            return c
    return None


def _sought(noun: Token) -> bool:
    """Is the stance noun what someone seeks rather than what its holder gives ("the
    plan needs support from other parties", "to win the backing of the unions")? Won
    support is given ("it won the backing of the unions")."""
    if noun.dep_ != "dobj":
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    to_win = lemma in WINNING and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return lemma in SEEKING or to_win


CAUSE_PREPS = frozenset("by about over at with".split())


def _stirred(
    cast: Cast,
    sent: Sent,
    proposal: Proposal,
    token: Token,
    sign: int,
    cue: str,
    by_subject: bool = False,
) -> list[Claim]:
    """A feeling stirred by the proposal, held by who feels it: "the plan angered
    farmers" (the object), "farmers were angered by the plan", "farmers are worried
    it will ..." and "farmers worry that it ..." (the subject). A verb felt `by_subject`
    has what is felt as its object: "farmers fear the closure", "fear it will ...".
    Fearing the proposal's undoing ("fear the plan will be scrapped") is the other side."""
    children = list(token.children)
    # a forecast ("will reassure voters") is no feeling shown; "did not anger" shows
    # none, but "did not impress" shows the opposite one
    if any(c.tag_ == "MD" for c in children):
        return []
    if any(c.dep_ == "neg" for c in children):
        if sign < 0:
            return []
        sign = -sign
    felt = [] if by_subject else [c for c in children if c.dep_ == "dobj"]
    turn = 1
    if felt:  # the subject stirs it
        feelers, path = felt, f"dobj({token.lemma_})"
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if token.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in subjects):
            # "a storm that angered farmers": the antecedent, not this clause
            caused = proposal.about(phrase_core(token.head, 0))
        else:
            caused = any(
                proposal.about(list(c.subtree)) or _proposers_words(cast, sent, proposal, c)
                for c in subjects
            )
    else:  # the subject feels it, about a complement or a "by"/"about" phrase
        head = token.head if token.dep_ in ("acomp", "amod") else token
        feelers = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        path = f"nsubj({token.lemma_})"
        objects = ("ccomp", "dobj") if by_subject else ("ccomp",)
        causes = [c for c in children if c.dep_ in objects] + [
            o
            for prep in children
            if prep.dep_ in ("prep", "agent") and prep.lower_ in CAUSE_PREPS
            for o in prep.children
            if o.dep_ in ("pobj", "pcomp")
        ]
        caused = any(proposal.about(list(c.subtree)) for c in causes)
        named = [c for c in causes if c.pos_ in ("NOUN", "PROPN")]
        # "angered by the council's rejection of it": an act against it turns the feeling
        turn = -1 if any(_undoing(c, proposal) for c in causes) else 1
        if turn == 1 and named:
            turn = _target_weight(proposal, named)[1]
    if not caused:
        return []
    holders: list[int] = []
    for feeler in feelers:
        for t in (feeler, *feeler.conjuncts):
            actor = cast.actor_at(sent.pos, t.i)
            if actor is not None and actor not in holders:
                holders.append(actor)
    if not felt and not holders:  # "they fear ...": who the subject stands for
        holders = list(frame(cast, sent, head).agents)
    return [Claim(sent.pos, a, sign * turn, 1.0, "verb", cue, path) for a in holders]


# Nouns for what someone said: "her remarks did not impress them"
STATEMENTS = frozenset("comment remark word speech announcement statement".split())


def _proposers_words(cast: Cast, sent: Sent, proposal: Proposal, noun: Token) -> bool:
    """Is the noun what a proposer said ("the minister's remarks", "her comments")?
    Their words put the proposal, so a feeling they stir is about it."""
    if noun.lemma_.lower() not in STATEMENTS:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return any(cast.actor_at(sent.pos, o.i) in proposal.proposers for o in owners)


def _opposing_verb(head: Token) -> bool:
    """Does an opposition verb cue start at the verb ("think again about it", "vote
    against it"): what is asked for is then against the proposal."""
    if head.pos_ != "VERB":
        return False
    match = lexicon.stance_cues().at(head.doc, head.i)
    return match is not None and match.cue.label == "-" and match.cue.kind == "verb"


def _undoing(clause: Token, proposal: Proposal) -> bool:
    """Does the clause undo the proposal: "the plan will be scrapped", "the council
    will drop it" (its verb works against what it acts on, and that is the proposal)?"""
    if clause.pos_ != "VERB":
        return False
    lemma = clause.lemma_.lower()
    against = (
        proposal.counters([clause])
        or lemma in proposal.against_words()
        or lemma in DROPPING  # "the decision to drop the plan", "for it to be withdrawn"
        or any(c.label == "-" for c in _verb_cues(clause))
    )
    acted_on = [c for c in clause.children if c.dep_ in ("nsubjpass", "dobj")]
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if passive and (clause.dep_ == "acl" or clause.dep_ == "relcl" and infinitive):
        acted_on.append(clause.head)  # "asking for [the plan to be paused]"
    return against and any(proposal.names(c) for c in acted_on)


def _undone_by_clause(noun: Token, proposal: Proposal) -> bool:
    """Does a clause on the noun undo the proposal ("a ruling that would annul the act",
    "the plan to be scrapped")?"""
    return any(_undoing(c, proposal) for c in noun.children if c.dep_ in ("acl", "relcl"))


def _undone(target: Token, proposal: Proposal) -> bool:
    """Is what a cue verb is about the proposal's undoing: "for the plan to be
    scrapped" (the clause, or the noun the clause hangs from)?"""
    return _undoing(target, proposal) or _undone_by_clause(target, proposal)


def _verb_cues(token: Token) -> list:
    """The one-word verb cues a token's lemma is."""
    return [
        c
        for c in lexicon.stance_cues().by_first.get(token.lemma_.lower(), [])
        if c.kind == "verb" and len(c.words) == 1
    ]


def _stance_noun(token: Token) -> bool:
    """Is the noun a word of stance ("opposition", "backing"), not just the form of a
    stance verb ("the question put to voters" is no questioning)?"""
    cues = lexicon.stance_cues().by_first.get(token.lemma_.lower(), [])
    return any(c.kind != "verb" for c in cues)


# Nouns for a writing about a proposal ("published a report on the bill", "launched a
# review of it"): whoever puts one out studies the proposal and does not make it.
STUDIES = frozenset(
    "report review study survey inquiry investigation analysis assessment evaluation audit"
    " critique response rebuttal".split()
)


def _met_from(cast: Cast, sent: Sent, noun: Token) -> tuple[list[int], list[Token]]:
    """Who holds a stance noun the parser hung "from X" off the verb, and what drew
    it: "the plan drew criticism from X" (X; the plan), "opposition came from X" (X),
    "the plan came under fire from X" (X; the plan)."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in MEETING:
        drew = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif noun.dep_ == "nsubj" and verb.lemma_.lower() in ARRIVING:
        drew = []
    elif noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.pos_ in ("VERB", "AUX"):
        # "the plan came under fire from X": X's fire, the plan what drew it
        verb = verb.head
        drew = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        return [], []
    holders = list(dict.fromkeys(a for a, _ in _named_after(cast, sent, verb, ("from", "among"))))
    return holders, drew if holders else []


def _done_to_another(act: Token, proposal: Proposal) -> bool:
    """Is the asked act done to another thing than the proposal ("to reject the
    motion" moved on a bill, "to pass a rival bill")?"""
    done_to = [o for o in act.children if o.dep_ == "dobj"]
    return act.pos_ == "VERB" and bool(done_to) and all(another(o, proposal) for o in done_to)


def _to_another_place(act: Token) -> bool:
    """Is the act done somewhere else ("move the base outside the region", "build it
    elsewhere", "away from the town")? Then it is an alternative to the proposal."""
    near = [act, *(c for c in act.children if c.dep_ in ("dobj", "prt"))]
    return any(
        c.lower_ == "elsewhere" or (c.dep_ == "prep" and c.lower_ in ("outside", "away"))
        for t in near
        for c in t.children
    )


def _votes_cast(cast: Cast, sent: Sent, proposal: Proposal) -> list[Claim]:
    """ "X cast a decisive vote against the plan", "cast the only no vote", "led the
    party's vote against it": who casts or owns the vote voted so."""
    out: list[Claim] = []
    for vote in sent.doc:
        if vote.lemma_.lower() != "vote" or vote.pos_ != "NOUN":
            continue
        sides = {-1 for c in vote.children if c.lower_ == "no"} | {
            1 for c in vote.children if c.lower_ == "yes"
        }
        sides.update(_sides_of_votes(vote, proposal))
        if len(sides) != 1:
            continue
        side, how = sides.pop(), "poss(vote)"
        owners = [
            a
            for c in vote.children
            if c.dep_ == "poss" and (a := cast.actor_at(sent.pos, c.i)) is not None
        ]
        if not owners and vote.dep_ == "dobj" and vote.head.lemma_.lower() in CASTING:
            f = frame(cast, sent, vote.head)
            if f.negated or f.conditional or f.hedged:
                continue
            owners, how = list(f.agents), f"{f.path} → dobj(vote)"
        cue = f"vote {'against' if side < 0 else 'for'}"
        out.extend(Claim(sent.pos, a, side, 1.0, "verb", cue, how) for a in owners)
    return out


def _roll_call(cast: Cast, sent: Sent, proposal: Proposal) -> list[Claim]:
    """A division list: "For the motion (7): A, B, C." or "Against: D, E." Everyone
    named after the colon voted so, when what the heading names is the proposal or
    nothing ("Against (13):"), not another measure ("For the amendment:")."""
    told = TOLD_VOTES.match(sent.text)  # "Against were the 11 opposition councillors"
    if told is not None:
        side = ROLL_SIDES[" ".join(told.group(1).lower().split())]
        cue = f"{told.group(1).lower()} were"
        return _voters_after(cast, sent, told.end(), side, cue, "division told")
    match = ROLL_CALL.match(sent.text)
    if match is None:
        return []
    side = ROLL_SIDES[match.group(1).lower()]
    heading = sent.doc.char_span(0, match.end(), alignment_mode="expand")
    if heading is None or (
        match.group(2) is None and any(t.pos_ in ("VERB", "AUX") and t.i > 0 for t in sent.doc)
    ):
        # "For years, residents have said: ...", "Yes, but: the group calls it ...": a
        # sentence, not a heading and a list of names. A count, "Yes (16):", makes it
        # one whatever the list says of them ("present", "led by").
        return []
    named = [t for t in heading if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in ROLL_SIDES]
    if named and (not proposal.about(named) or any(another(t, proposal) for t in named)):
        return []  # "For the amendment (3):" is a vote on a change to it
    cue = f"listed {match.group(1).lower()}"
    return _voters_after(cast, sent, match.end(), side, cue, "division list")


def _voters_after(
    cast: Cast, sent: Sent, offset: int, side: int, cue: str, how: str
) -> list[Claim]:
    """Everyone named after character `offset` of the sentence, voting `side`: not the
    places they sit for ("Jane Roe of Yuma") nor the party naming them ("Republicans
    Jane Roe and ..."), which may have voted otherwise."""
    actors = dict.fromkeys(
        a
        for t in sent.doc
        if t.idx >= offset
        and (a := cast.actor_at(sent.pos, t.i)) is not None
        and not (
            t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and t.head.head.pos_ == "PROPN"
        )
        and not _naming_another(cast, sent, t, a)
    )
    return [Claim(sent.pos, a, side, 1.0, "verb", cue, how) for a in actors]


def _naming_another(cast: Cast, sent: Sent, token: Token, actor: int) -> bool:
    """Is the token a word of a phrase that names someone else: "committee chair Jane
    Roe" (the committee) or "Republicans Jane Roe and ..." (the party)?"""
    head = token
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
        if cast.actor_at(sent.pos, head.i) not in (None, actor):
            return True
    return False


# The headings of a division list (Erskine May's "Ayes" and "Noes"; council minutes'
# "For", "Against", "Abstained"), then what was voted on and the count, then a colon.
ROLL_SIDES = {
    "for": 1,
    "in favour": 1,
    "in favor": 1,
    "yes": 1,
    "ayes": 1,
    "against": -1,
    "no": -1,
    "noes": -1,
    "nays": -1,
    "abstained": 0,
    "abstaining": 0,
    "abstentions": 0,
}
ROLL_CALL = re.compile(
    r"\s*(?:[-*\u2022\u2013]\s*)?(?:voting\s+)?("
    + "|".join(sorted(ROLL_SIDES, key=len, reverse=True))
    + r")\b[^:.;]{0,60}?(\(\d+\))?\s*:",
    re.IGNORECASE,
)


# Verbs whose subject gives the vote they take as object: "cast a decisive vote".
CASTING = frozenset(("cast",))


def _sides_of_votes(votes: Token, proposal: Proposal) -> list[int]:
    """The sides a noun "vote(s)" says it was cast on: "against" (-1), "for" or "in
    favour" (+1), of the proposal or of nothing named ("the votes against")."""
    return [
        (-1 if c.lower_ == "against" else 1)
        for c in votes.children
        if c.dep_ in ("prep", "advmod")
        and c.lower_ in ("against", "for", "in")
        and (c.lower_ != "in" or any(o.lower_ == "favour" for o in c.children))
        and all(
            proposal.names(o) and not another(o, proposal)
            for o in c.children
            if o.dep_ == "pobj" and o.lower_ != "favour"
        )
    ]


def _votes_from(cast: Cast, sent: Sent, proposal: Proposal) -> list[Claim]:
    """ "The nine votes against came from X": X voted against; "votes in favour came
    from X and Y": they voted for it."""
    out: list[Claim] = []
    for votes in sent.doc:
        if votes.lemma_.lower() != "vote" or votes.dep_ != "nsubj":
            continue
        if votes.head.lemma_.lower() not in ARRIVING:
            continue
        sides = _sides_of_votes(votes, proposal)
        if len(sides) != 1:
            continue
        cue = f"votes {'against' if sides[0] < 0 else 'for'} came from"
        out.extend(
            Claim(sent.pos, actor, sides[0], 1.0, "verb", cue, f"pobj(from) ← {votes.head.lemma_}")
            for actor, _ in _named_after(cast, sent, votes.head, ("from",))
        )
    return out


def _named_after(
    cast: Cast, sent: Sent, head: Token, preps: tuple[str, ...]
) -> list[tuple[int, str]]:
    """The actors named after the head's prepositions in `preps`, with the
    preposition: "from X and Y" gives X and Y."""
    return [
        (actor, prep.lower_)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for obj in prep.children
        if obj.dep_ == "pobj"
        for t in (obj, *obj.conjuncts)
        if (actor := cast.actor_at(sent.pos, t.i)) is not None
    ]


def _reported_clause(head: Token) -> bool:
    """Is the phrase a clause with a subject of its own that takes a side ("that she
    would vote for it")? That is a stance said, not the proposal put ("announced that
    the government would cap fees" is)."""
    if head.dep_ != "ccomp" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    match = lexicon.stance_cues().at(head.doc, head.i)
    return match is not None and match.cue.kind == "verb"


def _proposing(
    cast: Cast, sent: Sent, proposal: Proposal, speech: Speech | None = None
) -> list[Claim]:
    """ "X proposed / introduced / unveiled the plan", "proposed by X", "X's plan"; and
    a speaker's "we are introducing the plan"."""
    out: list[Claim] = []
    doc = sent.doc
    for match in lexicon.proposal_words()["propose"].find(doc):
        token = doc[match.start]
        if token.pos_ != "VERB":
            continue
        f = frame(cast, sent, token)
        if not f.agents and speech is not None and speech.speaker is not None:
            if _first_person(token) and speech.content[0] <= token.i < speech.content[1]:
                f = replace(f, agents=(speech.speaker,), path=f"we ← {speech.how}")
        if f.negated or f.conditional or f.hedged or not f.agents or _obliging(token):
            continue  # "did not rule out filing a bill": not yet proposed
        if any(c.lower_ == "instead" for t in (token, *token.children) for c in t.children):
            continue  # "has proposed rebuilding the old ground instead": an alternative
        if match.end - match.start == 1 and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in token.children
        ):
            continue  # "signed off on Wednesday on the request": approved it
        if _put_off(token) or any(c.dep_ == "xcomp" and _put_off(c) for c in token.children):
            continue  # "voted to table the ordinance", "moved to table it": shelved
        if match.end - match.start == 1 and token.lemma_.lower() == "bring":
            brought = [c for c in token.children if c.dep_ == "dobj"]
            if token.dep_ != "acl" and not f.passive and not any(map(proposal_noun, brought)):
                continue  # "a bill brought by X", "who brought the bill" propose; "bring it on" not
        objects = _objects(token, match.end)
        if token.dep_ == "advcl" and any(
            _rival(o) for o in token.head.children if o.dep_ == "dobj"
        ):
            continue  # "circulated a rival paper proposing a soft cap": theirs, not the story's
        if token.dep_ == "acl":  # "a bill introduced by X": the bill is what X proposed
            objects = [token.head]
        elif token.dep_ == "conj" and token.head.dep_ == "acl":
            objects = [token.head.head]  # "a bill tabled by X and co-sponsored by Y"
        elif f.passive:  # "the plan was unveiled by X"
            objects = [c for c in token.children if c.dep_ == "nsubjpass"]
        # "announced that she would vote for the bill": a side said, not a proposal
        objects = [o for o in objects if not _reported_clause(o)]
        if match.cue.text == "move" and not all(map(proposal_noun, objects)):
            continue  # "moved a motion", "the levy, moved by X"; not "moved into town"
        # "moved an alternative motion that the council not proceed with it": a rival
        # motion that counters the proposal is a move against it
        countered = _countering(objects, proposal, token if token.dep_ == "acl" else None)
        if not objects or any(
            (_stance_noun(o) and not _the_act(o, proposal)) or (_rival(o) and countered is None)
            for o in objects
        ):
            continue  # "X unveiled its opposition": a side, not a proposal
        if any(
            o.dep_ == "dobj" and o.lemma_.lower() in STUDIES and not proposal.is_it(o)
            for o in objects
        ):
            continue  # "published a report on the bill": a study of it, not the bill
        if not any(proposal.names(o) or _the_act(o, proposal) for o in objects):
            continue
        cue = match.cue.text
        # "the measure, put forward by the opposition leader": no counter
        against = countered
        if against is not None:  # "filed a motion against the bill"
            agents = f.agents
            if against.lemma_.lower() in DROPPING:
                # "announced that the government had decided to shelve the bill": its
                # sponsor giving it up, as when it "shelved the bill", not opposing it
                doers = frame(cast, sent, against).agents
                if any(_sponsor(cast, proposal, a) for a in doers):
                    agents = ()
                agents = tuple(a for a in agents if not _sponsor(cast, proposal, a))
            out.extend(
                Claim(sent.pos, a, -1, 1.0, "verb", f"{cue} … {against.lower_}", f.path)
                for a in agents
            )
            continue
        if _elsewhere(objects, proposal, token):
            continue
        if all(another(o, proposal) for o in objects if proposal.names(o)):
            continue  # "tabled an amendment to limit it": a change, not the proposal
        if _asked_of_another(token):  # "urged the mayor to sign the plan": for it, not its author
            cue = f"{token.head.lemma_} … {cue}"
            out.extend(Claim(sent.pos, a, 1, 1.0, "verb", cue, f.path) for a in f.agents)
            continue
        if any(c.tag_ == "MD" and c.lower_ in PLEDGING_MODALS for c in token.children):
            cue = f"{cue} {TO_COME}"  # "would set out plans": maybe plans of its own
        out.extend(Claim(sent.pos, a, 1, 1.0, "propose", cue, f.path) for a in f.agents)
    nouns = lexicon.proposal_nouns()
    for token in doc:
        if hearer(token):
            continue  # "told the network's morning programme": whom it was said to
        lemma = token.lemma_.lower()
        # "the chancellor's Budget", when the budget is what the story is about
        if token.lower_ in nouns or lemma in nouns or lemma in VOTED_PLANS & proposal.terms:
            for child in token.children:
                # "X's plan", and a name before the noun: "Renewal plans", "Agrarian proposals"
                owner = (
                    child.dep_ == "poss"
                    or (
                        child.dep_ == "compound"
                        and child.pos_ == "PROPN"
                        and token.tag_ == "NNS"
                        # "Budget plans": the plans' own name, not their owner's
                        and not (proposal_noun(child) or child.lemma_.lower() in VOTED_PLANS)
                    )
                    or owning_government(child)
                )
                if owner:
                    actor = cast.actor_at(sent.pos, child.i)
                    if actor is None or not proposal.names(token):
                        continue
                    if (
                        not proposal.owned(token, child)
                        or _rival(token)
                        or any(
                            c.dep_ in ("amod", "det") and c.lower_ in APART for c in token.children
                        )
                    ):
                        # "X's marriage plans", "Poland's separate orders": not the story's
                        continue
                    if _countering([token], proposal, child) is not None:
                        continue  # "X's motion to delay the plan" is not the plan
                    how = f"{child.dep_}({token.lower_})"
                    out.append(Claim(sent.pos, actor, 1, 0.5, "propose", token.lower_, how))
            if token.tag_ == "NN" and token.lemma_.lower() in AGREEMENTS & proposal.terms:
                for actor, how in _parties(cast, sent, token):
                    out.append(Claim(sent.pos, actor, 1, 0.5, "propose", token.lower_, how))
        if token.lemma_.lower() in AUTHORS:
            out.extend(_authors(cast, sent, proposal, token))
    out.extend(_intending(cast, sent, proposal))
    return out


# Verbs of intent whose subject means to do the proposal's act itself ("the company
# wants to close the line", "the party has pledged to scrap the fee"): its author,
# unless someone else put it forward first. Not "will", "is set to" (forecasts) or
# "decide", "vote", "agree to" (decisions).
MEANING_TO = frozenset("plan want aim intend hope pledge vow promise".split())
INTENT = "(intent)"


def _intending(cast: Cast, sent: Sent, proposal: Proposal) -> list[Claim]:
    """ "X plans to close the line", "X wants to ban it": X means to do what the
    proposal does, to what it does it to."""
    out: list[Claim] = []
    doc = sent.doc
    for match in lexicon.proposal_words()["intend"].find(doc):
        token = doc[match.start]
        if token.pos_ != "VERB" or token.lemma_.lower() not in MEANING_TO:
            continue
        acts = [c for c in token.children if c.dep_ == "xcomp" and _the_act(c, proposal)]
        if not acts or any(c.dep_ == "neg" for c in acts[0].children):
            continue
        done_to = [c for c in acts[0].children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(proposal.about([o]) for o in done_to):
            continue  # "wants to close a loophole in the line's fares": another thing
        f = frame(cast, sent, token)
        if f.negated or f.conditional or f.hedged or not f.agents:
            continue
        cue = f"{match.cue.text} {acts[0].lower_} {INTENT}"
        out.extend(Claim(sent.pos, a, 1, 1.0, "propose", cue, f.path) for a in f.agents)
    return out


def _put_off(verb: Token) -> bool:
    """Is the verb the American "table" (Merriam-Webster, table, verb: "to remove (a
    parliamentary motion) from consideration indefinitely"), a motion to shelve ("voted
    to table the ordinance", "table it until the spring"), not the British "tabled a bill",
    which puts it forward?"""
    if verb.lemma_.lower() != "table":
        return False
    voted = verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in ("vote", "motion")
    return voted or any(t.lower_ == "until" for t in verb.subtree)


def _the_act(verb: Token, proposal: Proposal) -> bool:
    """Is a verb proposed the proposal's own act: "proposed shutting three mines",
    "has proposed to close the libraries" in a story of their closure?"""
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ("xcomp", "ccomp")
        and verb.lemma_.lower() in proposal.actions
    )


# Words that set an owner's measure apart from the story's ("Poland's separate orders").
# Narrower than `proposal.OTHER`: "X's earlier plan" or "X's new plan" may still be it.
APART = frozenset(("separate", "other", "another"))


# Nouns for who made a proposal: "the scheme's architect, X", "the bill's sponsor, X"
AUTHORS = frozenset("architect sponsor co-sponsor author".split())


def _authors(cast: Cast, sent: Sent, proposal: Proposal, noun: Token) -> list[Claim]:
    """The people an author noun names, when what they made is the proposal: in
    apposition ("the scheme's architect, X") or by a copula ("X is the bill's author")."""
    made = [c for c in noun.children if c.dep_ == "poss"]
    made += [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if not any(proposal.names(m) and not another(m, proposal) for m in made):
        return []
    holders = [
        a
        for c in noun.children
        if c.dep_ == "appos"
        for t in c.subtree
        if (a := cast.actor_at(sent.pos, t.i)) is not None
    ]
    if noun.dep_ == "attr":
        holders += list(frame(cast, sent, noun.head).agents)
    elif noun.dep_ == "appos" and (a := cast.actor_at(sent.pos, noun.head.i)) is not None:
        holders.append(a)  # "X, the bill's sponsor"
    how = f"appos({noun.lower_})"
    return [Claim(sent.pos, a, 1, 1.0, "propose", noun.lower_, how) for a in dict.fromkeys(holders)]


# Nouns of asking: what is called for is what the stance is about ("resisted calls
# to scrap the bill", "backed demands for a delay").
CALLS = frozenset("call demand plea appeal request pressure bid push".split())


def _asked(noun: Token) -> list[Token]:
    """What a noun of asking asks for: "calls for a delay", "pressure to build it"; the
    parser may hang the infinitive from the verb that takes the noun ("resisted calls
    to build it": the clause comes straight after the noun)."""
    if noun.lemma_.lower() not in CALLS:
        return []
    asked = [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    asked += [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
        if o.dep_ in ("pobj", "pcomp")
    ]
    if not asked and noun.dep_ == "dobj":
        asked = [
            c
            for c in noun.head.children
            if c.dep_ == "advcl"
            and c.left_edge.i == noun.right_edge.i + 1
            and c.left_edge.lower_ == "to"
        ]
    return asked


# Words that set a plan against another: "their own proposals", "a rival bill".
RIVAL = frozenset("own rival alternative".split())


def _rival(noun: Token) -> bool:
    """Is the noun a plan set against the story's ("unveiled their own proposals")?"""
    return any(c.dep_ == "amod" and c.lower_ in RIVAL for c in noun.children)


# Proposals made between parties: when the story's proposal is one, the party it is
# made "with" proposes it too.
AGREEMENTS = frozenset("deal agreement accord treaty pact compact".split())


def _parties(cast: Cast, sent: Sent, noun: Token) -> list[tuple[int, str]]:
    """The parties named "with" an agreement: "a deal with Italy", "the pact signed
    with Italy" (the signing phrase hangs from the noun)."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB")]
    return [
        (actor, f"pobj(with) ← {noun.lower_}")
        for head in heads
        for actor, _ in _named_after(cast, sent, head, ("with",))
    ]


def _elsewhere(objects: list[Token], proposal: Proposal, cue: Token) -> bool:
    """ "unveiled proposals for a new stadium" in a story about a depot: an indefinite
    proposal noun whose own words share none with what this story proposes is another
    proposal ("the plan", "its bill" point back to this one)."""
    nouns = lexicon.proposal_nouns()
    # "a plan unveiled by the minister": the proposing and its agent are not the plan's words
    own = {t.i for t in cue.subtree} if cue.dep_ == "acl" else set()
    for o in objects:
        words = [
            t
            for t in o.subtree
            if t.i not in own
            and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")
            and t.lower_ not in nouns
            and t.lemma_.lower() not in nouns
        ]
        # "the plan", "its bill", or a phrase of it: "a debate on the bill"
        definite = any(
            _definite(t)
            for t in o.subtree
            if t.i == o.i or (t.i not in own and (t.lower_ in nouns or t.lemma_.lower() in nouns))
        )
        # a word's form too: the headline's noun "policing" is the verb "police" here
        terms = proposal.terms
        if (
            definite
            or not words
            or any(t.lemma_.lower() in terms or t.lower_ in terms for t in words)
        ):
            return False
    return True


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in noun.children)


def _countering(objects: list[Token], proposal: Proposal, cue: Token | None) -> Token | None:
    """The word that makes what is put forward a move against the proposal: "a motion
    against it", "an amendment to put it off", "a proposal for a postponement" (not the
    proposal's own act, "a plan to stop drilling", nor the words of `cue`, the
    proposing)."""
    anti = proposal.against_words()
    own = {t.i for t in cue.subtree} if cue is not None else set()
    for o in objects:
        for t in o.subtree:
            if t.i in own or t.lemma_.lower() in proposal.actions or _in_its_terms(t, o):
                continue
            if (
                t.lower_ == "against"
                and any(proposal.names(c) for c in t.children)
                and not _through_a_verb(t, o)
            ):
                return t  # "a petition against the plan"; not "the force they may use against X"
            if t.pos_ == "VERB" and _someone_elses(t, o):
                continue  # "a request ..., a win for residents who had fought it": theirs
            if t.pos_ == "VERB" and any(c.label == "-" for c in _verb_cues(t)):
                return t
            if t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in anti:
                return t
            if t.lemma_.lower() in PROCEEDING and any(c.dep_ == "neg" for c in t.children):
                return t  # "a motion that the council not proceed with the lease"
    return None


# Words that attach terms to what is put forward: "approved it subject to ten conditions,
# among them that two piers go"
TERMS = frozenset("subject including except excluding".split())


def _in_its_terms(token: Token, top: Token) -> bool:
    """Is the token inside the terms attached to the phrase `top` heads ("the bridge,
    subject to conditions, among them the demolition of ...")? A condition on a proposal is
    no move against it."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.lower_ in TERMS:
            return True
        node = node.head
    return False


def _someone_elses(verb: Token, top: Token) -> bool:
    """Is the verb, inside the phrase `top` heads, told in a relative clause of someone
    else's ("an application ..., a victory for neighbours who filled the hall to fight it",
    "the request, which residents fought")? Not the phrase's own content ("a motion
    which opposes it", "a motion that the council not proceed")."""
    node = verb
    while node.i != top.i and node.head.i != node.i:
        # (a clause opened by "that" as a conjunction is content the parser took for one)
        content = any(c.dep_ == "mark" for c in node.children)
        if (
            node.dep_ == "relcl"
            and not content
            and (
                node.head.i != top.i
                or any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                    for c in node.children
                )
            )
        ):
            return True
        node = node.head
    return False


# Verbs of going on with a proposal: a motion not to do so is against it.
PROCEEDING = frozenset("proceed continue pursue progress".split())


def _through_a_verb(token: Token, top: Token) -> bool:
    """Does a verb with a subject of its own stand between the token and the phrase's
    head above it: a clause inside the phrase ("the force they may use against X")?"""
    node = token.head
    while node.i != top.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in node.children):
            return True
        node = node.head
    return False


OUGHT = frozenset("should must ought".split())
# Reporting verbs that put what follows "whether" in doubt
DOUBTING = frozenset("question doubt query wonder ask".split())
DECISION_SIGN = {"approve": 1, "reject": -1, "withdraw": -1, "postpone": -1}


def _ought(verb: Token) -> bool:
    """Is the verb said as what ought to be done ("should go ahead", "must be
    withdrawn", "should be allowed to proceed")? Not "should it become law", a
    condition put by inverting the subject (Quirk et al. 1985, 15.36)."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    inverted = any(
        c.dep_ == "aux" and c.lower_ == "should" and subjects and c.i < min(subjects)
        for c in verb.children
    )
    return _modal(verb, OUGHT) and not inverted


def _done_to_proposal(verb: Token, end: int, proposal: Proposal) -> bool:
    """Is the proposal the verb's subject, or what it acts on: "the plan should go
    ahead", "they must withdraw the bill", "was right to press ahead with it"?"""
    node = verb
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head  # "the plan should be allowed to proceed": the subject above
    acted = [c for n in (verb, node) for c in n.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(proposal.names(c) for c in acted + _objects(verb, end))


REACTION_WORDS = frozenset("result results vote outcome decision ruling verdict".split())
# What the decider did, named as a turn: "welcomed the climbdown"
TURNS = frozenset("climbdown u-turn reversal delay postponement deferral".split())


def _the_decision(noun: Token) -> bool:
    """Is the noun the decision on the proposal, named bare ("the decision", "the
    ruling", "the climbdown"), not a decision said to do something ("the decision to
    build it")?"""
    lemma = noun.lemma_.lower()
    return (
        lemma in REACTION_WORDS | TURNS
        # the tagger reads the capital of "U-turn" as a proper noun's
        and (noun.tag_ == "NN" or (noun.tag_ == "NNP" and lemma in TURNS))
        and _definite(noun)  # "urged a decision" asks for one still to come
        and not any(c.dep_ in ("acl", "relcl", "prep", "compound", "amod") for c in noun.children)
    )


OUTCOME_SIGN = {"passed": 1, "approved": 1, "rejected": -1, "withdrawn": -1, "postponed": -1}
# Nouns of a decision that say which way it went ("condemned the approval")
DECIDED_AS = {
    **dict.fromkeys(("approval", "passage", "adoption", "enactment", "go-ahead"), 1),
    **dict.fromkeys(("rejection", "veto", "withdrawal", "defeat"), -1),
}


def _decided_as(noun: Token) -> int:
    """+1 for a decision named as an adoption, bare ("the approval", "the go-ahead"),
    -1 as a refusal ("the rejection", "the veto"), else 0; "the rejection of the plan"
    is an act on what it names, read by the cue's other rules."""
    sign = DECIDED_AS.get(noun.lemma_.lower(), 0)
    if not sign or not _definite(noun):
        return 0
    return 0 if any(c.dep_ in ("acl", "relcl", "prep") for c in noun.children) else sign


def _undoing_done(noun: Token, proposal: Proposal, status: str) -> bool:
    """Once the proposal was dropped, rejected or put off, an act against it named bare
    ("welcomed the withdrawal", "the veto") is that decision."""
    return (
        OUTCOME_SIGN.get(status, 1) < 0
        and noun.lemma_.lower() in proposal.against_words()
        and noun.tag_ == "NN"
        and _definite(noun)
        and not any(c.dep_ in ("acl", "relcl", "prep", "compound", "amod") for c in noun.children)
    )


# Verbs that make their object what a complement says: "made them wary", "left them
# worse off" (Quirk et al. 1985, 16.48, complex-transitive).
CAUSATIVES = frozenset("make leave render".split())


def _judges_the_decision(word: Token) -> bool:
    """Is an evaluating word said of the decision, named bare: "called the vote a
    disgrace", "the ruling is a slap in the face"?"""
    while word.dep_ in ("amod", "compound") and word.head.i > word.i:
        word = word.head  # "common sense": the phrase's noun
    verb = word.head if word.dep_ in ("oprd", "attr", "acomp", "dobj", "pobj") else word
    if verb.dep_ == "prep":  # "a slap in the face": the phrase's head
        verb = verb.head.head
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in CAUSATIVES:
        verb = verb.head  # "the decision would make councils wary": what it makes them
    if any(_as_a_result(c) for c in (*word.children, *verb.children)):
        return True  # "the town is now less secure as a consequence": what the decision brought
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and _the_decision(c) for c in verb.children)


def _done_to_it(act: Token, proposal: Proposal) -> bool:
    """Is the proposal what the act is done to: "block the plan", "the plan's defeat",
    "the rejection of the bill"?"""
    done_to = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass", "poss")]
    done_to += [o for p in act.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(proposal.names(c) and _content_clause(c) is None for c in done_to)


def _judged_undoing(word: Token, proposal: Proposal) -> Token | None:
    """The act against the proposal an evaluating word is said of, if it is one:
    "called the rejection of the plan a disgrace", "scrapping it would be a mistake"."""
    while word.dep_ in ("det", "amod", "compound") and word.head.i > word.i:
        word = word.head  # "a costly mistake": the phrase's noun
    if word.dep_ not in ("oprd", "attr", "acomp", "dobj", "pobj", "npadvmod"):
        return None  # "branded it a retreat": a verb's own object is its label
    anti = proposal.against_words()
    for c in word.head.children:
        if (
            c.dep_ in ("nsubj", "csubj", "dobj")
            and c.i != word.i
            and c.lemma_.lower() in anti
            and _done_to_it(c, proposal)
        ):
            return c
    return None


def _as_a_result(prep: Token) -> bool:
    """Is the phrase "as a result" or "as a consequence"?"""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "as"
        and any(o.lemma_.lower() in ("result", "consequence") for o in prep.children)
    )


# What a feeling can be about: "disappointed by/at/with X", "that ...", "to see ...".
FEELING_OBJECTS = frozenset(("prep", "ccomp", "xcomp", "advcl", "dobj", "agent"))


def _reading(doc: Doc, status: str, proposal: Proposal, feeling: Token | None = None) -> int:
    """How to read a feeling in this sentence: a reaction to the decision ("was
    disappointed by the results") means the opposite side when the proposal lost;
    a feeling about an act against it (a veto) means the opposite side too."""
    reaction = outcome_reading(doc, status, feeling)
    if reaction is not None:
        return reaction
    return -1 if anti_in(doc, proposal) else 1


def outcome_reading(doc: Doc, status: str, feeling: Token | None = None) -> int | None:
    """The side a feeling about the decision shows, when the sentence reacts to one:
    glad of a rejection is against the proposal. None when it does not. A `feeling`
    said with nothing it is about ("the members were disappointed") is about the decision
    too, once there is one."""
    if status not in OUTCOME_SIGN:
        return None
    if {t.lemma_.lower() for t in doc} & REACTION_WORDS:
        return OUTCOME_SIGN[status]
    if feeling is not None and not any(c.dep_ in FEELING_OBJECTS for c in feeling.children):
        return OUTCOME_SIGN[status]
    return None


# Entity types whose words are a name: a cue word inside one says nothing.
NAME_TYPES = frozenset(
    ("PERSON", "ORG", "NORP", "FAC", "GPE", "LOC", "WORK_OF_ART", "LAW", "EVENT")
)


def _asked_what(token: Token) -> bool:
    """Is the evaluation what a "what" question asks about: "What is the benefit of
    it?", "What is wrong with it?" A rhetorical wh-question asserts its negation:
    there is no benefit, nothing is wrong (Han 2002, "Interpreting interrogatives as
    rhetorical questions", Lingua 112)."""
    copula = token.head
    if token.dep_ not in ("nsubj", "attr", "acomp") or copula.lemma_ != "be":
        return False
    asks = any(c.lower_ == "what" and c.dep_ in ("nsubj", "attr") for c in copula.children)
    return asks and any(t.text == "?" for t in token.doc[token.i : copula.right_edge.i + 2])


NEEDING = frozenset("need want require".split())


def _asked_why(content: Span, proposal: Proposal) -> bool:
    """Does the speaker ask why the proposal is needed ("why would anyone need
    this law?")? A rhetorical why-question asserts there is no reason (Han
    2002, "Interpreting interrogatives as rhetorical questions", Lingua 112)."""
    doc = content.doc
    if not any(t.text == "?" for t in doc[content.start : content.end + 2]):
        return False  # the question mark may close the quotation after the words
    for why in content:
        verb = why.head
        if why.lower_ != "why" or verb.lemma_.lower() not in NEEDING:
            continue
        if any(c.dep_ == "dobj" and proposal.names(c) for c in verb.children):
            return True
    return False


def _doubted(token: Token, reporting: int | None) -> bool:
    """Is the evaluation inside a "whether" clause that a verb of doubting other than
    the reporting verb governs ("called it a chance to question whether it
    was needed")? What is questioned is not asserted, and is put in doubt."""
    for clause in token.ancestors:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
            head = clause.head
            return head.i != reporting and head.lemma_.lower() in DOUBTING
    return False


def _declined(doc: Doc, speech: Speech) -> bool:
    """Does what was said decline to take a side ("he would not comment on it")?"""
    lo, hi = speech.content
    return any(
        m.cue.kind == "silent" and lo <= m.start < hi and _negated(doc[m.start], m.start, m.end)
        for m in lexicon.stance_cues().find(doc)
    )


def _speech_claims(
    cast: Cast, sent: Sent, speech: Speech, proposal: Proposal, status: str, whole: bool = True
) -> list[Claim]:
    """What a speaker says about the proposal: its evaluations, weighed less. The cues
    are read in the `whole` sentence, or in what was said alone."""
    if speech.speaker is None:
        return []
    doc = sent.doc
    if _declined(doc, speech):
        return []  # "said he would not comment on it": what follows is no view
    # the whole sentence: a report's frame ("X warned that ...", "X called it ...")
    # carries its stance as much as the words reported
    start, end = (0, len(doc)) if whole else speech.content
    parts: list[tuple[int, int, str]] = []  # where each cue is, its sign, its words
    judged_acts: set[int] = set()  # acts against it that an evaluation is said of
    foreign = _others_words(doc, speech)
    # words about what a ban stops ("cars are essential to us") turn as a whole, below
    spoken_of = _activity_spoken_of(doc[speech.content[0] : speech.content[1]], proposal)
    speakers = {t.i for t in doc if cast.actor_at(sent.pos, t.i) == speech.speaker}
    if speech.verb is not None:  # "said X, the group's legal director": who speaks, not what
        foreign |= {
            t.i
            for c in doc[speech.verb].children
            if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree
        }
    found = lexicon.stance_cues().find(doc)
    # "was devastated": the feeling, not "devastate" the verb of harm
    felt = {m.start for m in found if m.cue.kind == "affect"}
    # "was wrong to oppose it", "a mistake to scrap it": the words that judge a side
    # taken are not said of the proposal (the act, turned, is); "wrong to put them
    # under the embargo" judges an act that is no side, and is said of it
    judging = {
        w.i
        for m in found
        if m.cue.kind == "verb" and judged_act(doc[m.start])
        for w in judging_words(doc[m.start])
    }
    for match in found:
        if match.start in foreign or doc[match.start].ent_type_ in NAME_TYPES:
            continue  # "the Campaign Against Noise said": a name, not a view
        if match.cue.kind == "eval" and (
            match.start in felt or judging.intersection(range(match.start, match.end))
        ):
            continue
        if not start <= match.start < end or match.cue.kind not in (
            "eval",
            "verb",
            "feel",
            "pred",
            "affect",
        ):
            continue
        token = doc[match.start]
        if match.cue.kind == "eval" and (
            _not_judged(token) or _of_others(token, proposal, speakers)
        ):
            continue
        if match.cue.words == ("behind",) and not _predicated(token):
            continue  # "tied behind our backs", "two years behind schedule": a place
        if _stranded(token) and not proposal.about(_objects(token, match.end)):
            continue  # "an insurer they can make a claim against": no proposal
        if any(t.lower_ in ("neither", "nor") for t in doc[max(0, match.start - 2) : match.start]):
            continue  # "neither for nor against it": both sides denied
        acting = match.cue.kind in ("verb", "feel")
        excepted = False  # "supported the idea, but not this bill"
        if acting and token.pos_ != "VERB":
            continue  # "come back": a particle, not the verb "back"
        if acting:
            f = frame(cast, sent, token)
            # the subject of the cue or of the verb it completes ("they want to attack")
            subj = [t for v in verb_chain(token) for t in v.children if t.dep_ == "nsubj"]
            # the proposal as the subject of a passive is what is acted on ("it must be
            # scrapped"), not someone else acting
            passive = any(c.dep_ == "auxpass" for c in token.children)
            acted_on = passive and bool(subj) and proposal.names(subj[0])
            # "his party would repeal it": the speaker's own side's pledge
            own = bool(subj) and any(
                c.dep_ == "poss" and cast.actor_at(sent.pos, c.i) == speech.speaker
                for c in subj[0].children
            )
            # "X said the party would vote against it": a person announcing what a body
            # will do speaks for it
            own = own or (
                bool(f.agents)
                and _pledged(token)
                and cast.actors[speech.speaker].kind == "person"
                and all(cast.actors[a].kind == "organisation" for a in f.agents)
            )
            # "the law would undermine confidence": what the proposal does, judged
            its_doing = (
                bool(subj) and not passive and token.dep_ != "relcl" and proposal.is_it(subj[0])
            )
            # "it was a mistake to back it": an act judged with no one's name is the
            # speaker's judgement
            impersonal = bool(subj) and subj[0].lower_ == "it" and judged_act(token) != 0
            other = (
                subj
                and subj[0].lower_ not in ("we", "i")
                and not acted_on
                and not own
                and not impersonal
            )
            if ((f.agents and not own) or other) and not its_doing:
                continue  # someone else's act, counted as their own claim
            if passive and not _wished(token):
                continue  # "it was being promoted": what others did, not the speaker's view
            objects = _objects(token, match.end)
            if objects and all(_process(o) for o in objects):
                continue  # "I backed putting it out for consultation": a step, no side
            excepted = _excepted(token, objects, proposal)
            if (
                objects
                and not excepted
                and _target_weight(proposal, objects, cast, sent.pos)[0] == 0
            ):
                continue  # "called for extra funding for lessons": something else
        sign = SIGNS[match.cue.label]
        if acting and excepted:
            sign = -sign  # "we support the idea, but not this bill"
        if acting and any(_undone(o, proposal) for o in objects):
            sign = -sign  # "we are asking for the plan to be scrapped"
        if not acting and sign < 0 and _countered(token):
            if token.pos_ == "ADP":
                continue  # "the fight against crime": the fight's, no view
            sign = 1  # "it would help tackle illegal working": a bad thing fought
        if match.cue.kind == "affect" and sign < 0 and _own_act(doc):
            sign = 1  # "we regret that we had to close the clinic": they did it
        elif match.cue.kind == "affect":
            # disappointed by a veto: for what was vetoed
            sign *= _reading(doc, status, proposal, token)
        elif (
            match.cue.kind in ("eval", "pred")
            and status in OUTCOME_SIGN
            and _judges_the_decision(token)
        ):
            sign *= OUTCOME_SIGN[status]  # "called the vote a disgrace" when it was rejected
        elif match.cue.kind == "eval" and (act := _judged_undoing(token, proposal)) is not None:
            sign = -sign  # "called the rejection of the plan a disgrace"
            judged_acts.add(act.i)  # the act is what is judged, not what is wanted
        if _denied(doc, speech, token) or _disputed(token):
            sign = -sign  # "denied that it was rushed", "rejected the claim that it was"
        if (
            match.cue.kind == "eval"
            and not spoken_of
            and _activity_spoken_of(_own_clause(token), proposal)
        ):
            sign = -sign  # "the spread of casinos is a concern, and the trial will ..."
        if _status_quo(token):
            sign = -sign  # "the current system is unfair": for changing it
        if match.cue.kind == "eval" and _outweighed(token):
            sign = -sign  # "the costs could outweigh the benefits": the benefits lose
        if match.cue.kind == "eval" and _asked_what(token):
            sign = -sign  # "What is the benefit of it?": none
        if match.cue.kind == "eval" and _doubted(token, speech.verb):
            sign = -sign  # "a chance to question whether the law is necessary"
        negated = _negated(token, match.start, match.end)
        if negated and sign < 0 and match.cue.kind == "eval" and _refused(token):
            negated = False  # "we will not sign a blank cheque": it is one, refused
        parts.append((match.start, -sign if negated else sign, match.cue.text))
    stance_cued = {m.start for m in lexicon.stance_cues().find(doc)}
    for match in lexicon.outcome_cues().find(doc):
        if match.start in foreign or not start <= match.start < end:
            continue
        token = doc[match.start]
        judged = judged_act(token)
        if match.start in stance_cued and not judged:
            continue  # read as a stance cue already ("the council was right to" is not)
        # "the plan should go ahead", "it must be withdrawn": what they want done; "the
        # council was right to approve it": what they judge ("wrong to" is a negation)
        sign = DECISION_SIGN.get(match.cue.label, 0) * (1 if _ought(token) else abs(judged))
        if sign and _done_to_proposal(token, match.end, proposal):
            value = -sign if _negated(token, match.start, match.end) else sign
            parts.append((match.start, value, doc[match.start : match.end].text))
    parts = [p for p in parts if p[0] not in judged_acts]
    granted = _conceded_part(doc, start, end)
    kept = [p for p in parts if p[0] not in granted]
    if kept and sum(p[1] for p in kept) * sum(p[1] for p in parts if p[0] in granted) < 0:
        # "trains run on time, yet cutting staff would prove a false economy": the point
        # made is the clause after the contrast (Polanyi & Zaenen 2006)
        parts = kept
    total = sum(p[1] for p in parts)
    cues = [p[2] for p in parts]
    content = doc[speech.content[0] : speech.content[1]]
    outdone = _outdone(content, proposal)
    if outdone:  # "fences would keep the park safer than the depot": the words praise
        total, cues = outdone, ["does more than the rest" if outdone > 0 else "outdone"]
    if _impatient(content):  # what waiting costs is said for the proposal
        total, cues = 1, ["impatient for it"]
    if total == 0 and _harm_without(content, proposal):
        total, cues = 1, ["harm without it"]
    if total == 0 and _costs_someone(content, proposal):
        total, cues = -1, ["costs others"]
    if total == 0 and _asked_why(content, proposal):
        total, cues = -1, ["asks why it is needed"]
    needed = _what_is_needed(content, proposal) if total == 0 else 0
    if needed:
        total, cues = needed, ["what is needed" if needed > 0 else "not what is needed"]
    called = _called_for(content, proposal) if total == 0 else 0
    if called:
        total, cues = called, ["there should be it" if called > 0 else "there should be none"]
    owed = _its_act_owed(content, proposal) if total == 0 else 0
    if owed:
        total, cues = owed, ["it ought to be done" if owed > 0 else "it ought not to be done"]
    better = _better_to(content, proposal) if total == 0 else 0
    if better:
        total, cues = better, ["better done" if better > 0 else "better undone"]

    effect, said = _effect_on_a_harm(content, proposal) if total == 0 else (0, "")
    if effect:
        total, cues = effect, [said]
    if total == 0 and _excessive(content, proposal):
        total, cues = -1, ["too much of it"]
    dissent = _about_dissent(content)  # "the critics are wrong": against the other side
    if total == 0:
        if not proposal.about(list(content)):
            return []  # a feeling about something else is no side on the proposal
        words = _all_quoted(doc.text) if speech.quote else content.text
        granted = any(_granted(t) or _granted_misparsed(t) for t in content)
        hoped = any(t.i in foreign and t.lemma_.lower() in HOPING for t in content)
        if granted or hoped or _quoting_others(doc, speech.quote, foreign):
            # the speaker's own view: not a point granted, nor what others hope or say
            words = " ".join(t.text for t in content if t.i not in foreign)
        fought = _fought(content)
        # "pensioners who need help": what a clause says of others is no word on the plan
        others = {t.i for t in content if _of_others(t, proposal, speakers)}
        # "vowed to block it": the act against it is no feeling (and turns what is felt);
        # "the cards will tackle crime": the bad thing fought is no bad word
        anti = proposal.against_words()
        acts = {t.i for t in content if t.lemma_.lower() in anti and _done_to_it(t, proposal)}
        if fought or others or acts or judging:
            left_out = foreign | fought | others | acts | judging
            words = " ".join(t.text for t in content if t.i not in left_out)
        score = polarity(words)
        if any(_asked_what(t) for t in content):
            score = -score  # "What is the point of it?": there is none
        if abs(score) < current().sentiment_threshold:
            return []
        # said of the objections ("the fears are overblown"), the side is turned below:
        # the objections are not also an act against it that turns the feeling
        reading = outcome_reading(doc, status) or 1 if dissent else _reading(doc, status, proposal)
        total = (1 if score > 0 else -1) * reading
        cues.append(f"sentiment {score:+.2f}")
    sign = 1 if total > 0 else -1
    if _activity_spoken_of(content, proposal) and not effect:
        # "cars are essential to us": for what a ban stops (not "the ban has created a
        # barrier to the drinks trade", what the ban itself does)
        sign = -sign
    if dissent:
        sign = -sign
    if speech.cue in DOUBTING and any(t.dep_ == "mark" and t.lower_ == "whether" for t in content):
        sign = -sign  # "questioned whether it was affordable": doubts it is
    return [
        Claim(
            sent.pos,
            speaker,
            sign,
            current().speech_weight,
            "speech",
            ", ".join(cues),
            f"{speech.how}: {speech.cue} → content",
        )
        for speaker in (speech.speaker, *speech.with_)
    ]


def _all_quoted(text: str) -> str:
    """Every quotation of the sentence: "called it "reckless" and "totally wrong"" says
    both."""
    return " ".join((m.group(1) or m.group(2)).strip() for m in QUOTE.finditer(text))


def _outweighed(token: Token) -> bool:
    """Is the evaluated thing what something else outweighs ("the costs outweigh the
    benefits")? Then its good is the bad side's win, and the other way about."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() == "outweigh"


def _conceded_part(doc: Doc, start: int, end: int) -> set[int]:
    """The words of what was said that grant a point before a "but" joining two clauses
    makes it ("X is improving, but Y would prove a false economy"); not a "But" that
    opens the sentence. (A clause opened by "while" or "although" is set aside with the
    words of others, in `_others_words`.)"""
    for token in doc[start:end]:
        if (
            token.lower_ in ("but", "yet")
            and token.dep_ == "cc"
            and token.head.pos_ in ("VERB", "AUX")
            and token.i > start
            and not token.is_sent_start
        ):
            return set(range(start, token.i))
    return set()


def _status_quo(token: Token) -> bool:
    """Is the judged thing what there is now ("the current system is unfair", "branded
    the existing law a mess")? Faulting it is asking for the change."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "the current slow and costly system"
    if token.dep_ == "amod":
        nouns = [token.head]
        if token.head.dep_ in ("dobj", "oprd"):  # "branded the rules a costly mess"
            nouns += [c for c in token.head.head.children if c.dep_ == "dobj"]
    elif token.dep_ in ("acomp", "attr"):
        nouns = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        nouns = [c for c in token.children if c.dep_ == "dobj"][:1]
    return any(
        c.dep_ == "amod" and c.lower_ in ("current", "existing", "present")
        for noun in nouns
        for c in noun.children
    )


def _predicated(token: Token) -> bool:
    """Is a preposition of stance ("behind", "against") said of a subject by a verb
    of being ("we are behind it", "they remain against it")?"""
    return token.head.lemma_.lower() in lexicon.COPULAS


def _not_judged(token: Token) -> bool:
    """Is an evaluating word used for something other than judging: "beyond what is
    needed" (a measure, not a verdict), "the bill needed surgery" (what it lacks), a
    participle that names a kind of thing ("protected habitat", "a balanced budget"),
    an adjective of law before its noun ("our legal team", "illegal drugs": what kind
    of thing, not whether it is lawful), a word in a relative clause of place or time,
    or of those something is for?"""
    if token.dep_ == "amod" and token.tag_ == "VBN":
        return True
    if token.dep_ == "amod" and token.lower_ in lexicon.OF_LAW and not _countered(token):
        return True  # "tackle illegal working" still says what it fights
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.lower_ == "what" for c in subjects):
        return True
    clause = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), token)
    if clause.dep_ == "relcl" and clause.head.dep_ == "pobj" and clause.head.head.lower_ == "for":
        # "a lifeline for nurses who were priced out": the plight of those it is
        # for, not a verdict on it
        return True
    if _circumstance(clause, PLACE_ADVERB):
        # "hamlets where buses are the only option": said of the place (not "at a
        # time when the town needs homes", the speaker's case)
        return True
    return token.lemma_.lower() == "need" and any(c.dep_ == "dobj" for c in token.children)


def _of_others(token: Token, proposal: Proposal, speaker: set[int]) -> bool:
    """Is the evaluating word inside a relative clause that describes something
    other than the proposal and does not name it: "pensioners [who often need help
    at night]" says what the pensioners do, not what the speaker thinks of the plan.
    Not a clause about the speaker (tokens `speaker`): "the union, which complains of
    ..."."""
    for clause in token.ancestors:
        if clause.dep_ == "relcl":
            if clause.head.i in speaker or proposal.about([clause.head]):
                return False
            return not proposal.about(list(clause.subtree))
    return False


def _own_act(doc: Doc) -> bool:
    """ "We regret that we had to close the clinic", "with regret we decided": what
    the speakers did themselves, done though regretted. Not a side they took ("I
    regret that I voted for it")."""
    stance_words = {i for m in lexicon.stance_cues().find(doc) for i in range(m.start, m.end)}
    for token in doc:
        if token.dep_ != "nsubj" or token.lower_ not in ("we", "i"):
            continue
        verb = token.head
        # "we closed", "we have closed", "we had to close"
        done = verb.tag_ in ("VBD", "VBN") or (
            verb.lemma_ == "have"
            and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children)
        )
        if (
            verb.pos_ == "VERB"
            and done
            and verb.i not in stance_words
            and not any(c.dep_ == "neg" for c in verb.children)
            and not any(c.i in stance_words for c in verb.subtree if c.dep_ == "xcomp")
        ):
            return True
    return False


NEGATORS = frozenset("no nothing never none neither".split())
# The links through which a negation reaches a word below it: "do not think it is the
# right way to protect", "will not make the roads safe", "there are no funds to
# repair", "will do nothing to improve". Not a coordinated clause: it has its own.
NEGATION_SCOPE = frozenset(
    "amod acomp attr dobj pobj prep pcomp xcomp ccomp relcl acl advcl nsubj nsubjpass".split()
)


def _negated(token: Token, start: int, end: int) -> bool:
    """Is the cue said under a negation: an odd number of "not", "no", "nothing",
    "never" on its way up to its clause's root (a "not" the cue itself says, as in
    "not viable", is part of its sign already)? "Less" before the cue ("less keen on
    it") counts as one: it says the quality falls short."""
    flips = sum(1 for c in token.children if c.dep_ == "advmod" and c.lower_ in ("less", "least"))
    node = token
    # from the cue's head: "a" in "[was not] a mistake" hangs from "mistake"
    while start <= node.head.i < end and node.head.i != node.i:
        node = node.head
    for _ in range(6):
        # the word the walk came up from counts too: in "will do nothing to improve",
        # "nothing" is both the path and the negation
        flips += sum(
            1
            for c in node.children
            if not start <= c.i < end
            and (c.dep_ == "neg" or c.lower_ in NEGATORS and c.dep_ in ("det", "dobj", "advmod"))
        )
        flips += denied_before(node)  # "cannot in conscience back it"
        flips += judged_act(node) < 0  # "was wrong to grant it a fair hearing"
        # "neither fair nor workable": one negation of the whole coordination
        flips += not any(c.dep_ == "neg" for c in node.children) and any(
            c.lower_ in ("neither", "nor") and c.dep_ in ("preconj", "cc") for c in node.children
        )
        if _shares_negation(node):
            node = node.head
            continue
        if node.dep_ not in NEGATION_SCOPE or node.head.i == node.i:
            break
        node = node.head
    return flips % 2 == 1


def _shares_negation(word: Token) -> bool:
    """Is the word a verb joined by "or" or "nor" to one before it, with no subject of
    its own ("did not back or oppose it", "neither impose nor block it")? Such a
    coordination is under the first verb's negation (Quirk et al. 1985, 13.83: "not
    ... or" and "neither ... nor" negate every conjoin)."""
    return (
        word.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
        and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in word.head.children)
    )


# Verbs of taking on what is offered; "will not accept a power grab" refuses what the
# speaker calls the proposal (not "will not cause harm", which says it does none).
# Provenance: VerbNet's "get" (13.5.1) and "give" (13.1) classes, the accepting senses.
ACCEPTING = frozenset("accept tolerate allow sign hand give swallow support back endorse".split())


def _refused(word: Token) -> bool:
    """Is the word in the object of a verb of accepting?"""
    for node in (word, *word.ancestors):
        if node.dep_ in ("dobj", "dative") and node.head.lemma_.lower() in ACCEPTING:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _countered(token: Token) -> bool:
    """Is the word under one that acts against it ("fight [crime]", "cut [waste]",
    "the fight [against] terror"), within its clause?"""
    counter = lexicon.modifier_words("counter")
    node = token
    for _ in range(6):
        if node.head.i == node.i or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")):
            return False  # "would cut sales and threaten jobs": a verb of its own
        node = node.head
        if node.lemma_.lower() in counter:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False  # another verb's clause
    return False


def _fought(content: Span) -> set[int]:
    """The words of what is acted against in the content, with the word acting ("tackle
    crime", "cut waste"): read for polarity, they would say the opposite of what is
    meant."""
    counter = lexicon.modifier_words("counter")
    # only bad things fought: "preventing them from getting on with the job" is no aim
    bad = {t.i for t in content if _countered(t) and polarity(t.text) < 0}
    acting = {
        t.i for t in content if t.lemma_.lower() in counter and any(c.i in bad for c in t.subtree)
    }
    return bad | acting


def _bad(noun: Token) -> bool:
    """Does the noun name a bad thing: negative to VADER ("crime", "waste"), or a harm
    policy sets out to reduce that VADER rates neutral ("pollution", "congestion")?"""
    lemma = noun.lemma_.lower()
    return (
        lemma in lexicon.modifier_words("harm")
        or polarity(lemma) < 0
        or polarity(noun.text) < 0
        # "the dirtiest vehicles", "unsafe buildings": a thing made bad by its epithet
        or any(
            polarity(a.text.lower()) < 0
            for c in noun.children
            if c.dep_ == "amod"
            for a in (c, *c.conjuncts)
        )
    )


def _enables_a_good(verb: Token, proposal: Proposal) -> bool:
    """ "The decision would allow the firm to hire 30 more people", "will let farmers
    invest": the proposal (or the decision on it) lets someone make a good, not negated
    (benefactive events: Deng and Wiebe, 2014)."""
    if verb.lemma_.lower() not in ENABLING or verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(proposal.is_it(s) or s.lower_ == "it" for s in subjects):
        return False
    if _negated(verb, verb.i, verb.i + 1):
        return False
    done = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    done += [
        g
        for c in verb.children
        if c.dep_ == "dobj"
        for g in c.children
        if g.dep_ in ("acl", "xcomp")
    ]
    return any(d.lemma_.lower() in MAKING_GOODS for d in done)


ENABLING = frozenset("allow enable let help".split())
# What one is let do that is a good by itself: take people on, grow, put money in
MAKING_GOODS = frozenset("hire employ recruit expand grow invest build create".split())


# Verbs of making someone act, and the words a speaker uses of their own side: "it will
# force us to close", "would compel them to cut hours" (a cost the speaker bears).
FORCING = frozenset("force compel".split())
SELVES = frozenset("it us them me members".split())


def _good(noun: Token) -> bool:
    """Does the noun name a good that policy weighs ("investment", "jobs"), one VADER
    rates neutral, and is it not qualified as bad ("speculative investment")?"""
    return noun.lemma_.lower() in lexicon.modifier_words("good") and not any(
        c.dep_ in ("amod", "compound") and _bad(c) for c in noun.children
    )


def _excessive(content: Span, proposal: Proposal) -> bool:
    """ "The depot would be too small", "the cuts would leave it too small": "too" says
    a degree is more than is wanted, so saying it of the proposal, or of what the
    proposal makes of something, finds fault with it. "Too important to delay" (too
    ... to) and "not too costly" do not."""
    for token in content:
        if token.lower_ != "too" or token.dep_ != "advmod":
            continue
        degree = token.head
        if degree.pos_ not in ("ADJ", "ADV") or degree.dep_ not in ("acomp", "oprd", "advmod"):
            continue
        if any(c.dep_ in ("xcomp", "ccomp") for c in degree.children):
            continue  # "too important to delay": a reason for it
        verb = degree.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(
            proposal.names(s) and not another(s, proposal) and not _standing(s) for s in subjects
        ):
            return True
    return False


# Words for what stands now, against what is proposed: "the old depot is too small" is
# said for a new one
STANDING = frozenset("old existing current present".split())


def _standing(noun: Token) -> bool:
    """Is the noun said to be what stands now ("the old depot", "the existing rules")?"""
    return any(c.dep_ == "amod" and c.lower_ in STANDING for c in noun.children)


def _effect_on_a_harm(content: Span, proposal: Proposal) -> tuple[int, str]:
    """+1 when the proposal is said to act against a bad thing ("the ban would cut
    crime", "it will help tackle delays"), -1 when it is said to bring one about ("it
    will cause congestion"), to fail against one ("would do little to cut accidents")
    or to fall hard on those it touches ("it will penalise small firms");
    a negation turns it ("it will not cause congestion"); 0 when neither is said. With
    the words that say which.
    Benefactive and malefactive events on a bad thing: Deng and Wiebe, 2014, goodFor/
    badFor events and the writer's attitude."""
    counter = lexicon.modifier_words("counter")
    causing = lexicon.modifier_words("cause")
    hurting = lexicon.modifier_words("hurt")
    lessening = lexicon.modifier_words("lessen")
    for verb in content:
        lemma = verb.lemma_.lower()
        if _enables_a_good(verb, proposal):
            return 1, "enables a good"
        if verb.pos_ != "VERB" or lemma not in counter | causing | hurting | lessening | FORCING:
            continue
        # (an adjective after a verb of causing is a noun misread: "bring odour, dust")
        objects = [
            o
            for c in verb.children
            if c.dep_ == "dobj" or (c.dep_ == "acomp" and lemma in causing)
            for o in (c, *c.conjuncts)
        ]
        # "would deter investment", "cut jobs": a good held back
        lessened = lemma in lessening and any(_good(o) for o in objects)
        # "the rule would force it to limit riders": the speaker's side made to act
        forced = lemma in FORCING and bool(objects) and all(o.lower_ in SELVES for o in objects)
        if not lessened and not forced and lemma not in counter | causing | hurting:
            continue
        sign = 1 if lemma in counter and not lessened else -1
        node, failing = verb, False  # "will help cut crime": the helping verb's subject
        while node.dep_ in ("xcomp", "advcl") and node.head.i != node.i and not failing:
            node = node.head
            # "would fail to cut crime", "would do little to cut it"
            failing = node.lemma_.lower() in NEGATING_HEADS or any(
                c.lower_ == "little" for c in node.children
            )
        if failing:
            if sign < 0:
                continue  # "would fail to cause harm": no view said
            sign = -1
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        # the proposal itself, or "it": not "that would cut losses", often a rival plan
        if not any(proposal.is_it(s) or s.lower_ == "it" for s in subjects):
            continue
        if (lemma in hurting or forced) and not lessened:
            if not objects or any(_bad(o) for o in objects):
                continue  # "it would penalise small firms": whom it falls on, no harm
        elif not lessened and not any(_bad(o) for o in objects):
            continue
        if _negated(verb, verb.i, verb.i + 1) or _negated(node, node.i, node.i + 1):
            sign = -sign
        if lessened:
            return sign, "spares a good" if sign > 0 else "holds back a good"
        if lemma in counter:
            return sign, "acts against a harm" if sign > 0 else "fails against a harm"
        if lemma in hurting or forced:
            return sign, "spares those it touches" if sign > 0 else "hurts those it touches"
        return sign, "does no harm" if sign > 0 else "does harm"
    return 0, ""


def _wished(verb: Token) -> bool:
    """Is the passive said as what should or will be done ("it must be scrapped",
    "this tax will have to be dropped"), not as what others did ("it was being
    promoted")? A modal, on the verb or on the verb it completes, says so."""
    return _modal(verb)


def _modal(verb: Token, words: frozenset[str] | None = None) -> bool:
    """Is there a modal (one of `words`, if given) on the verb or on the verbs it
    completes ("will have to be dropped")?"""
    node = verb
    for _ in range(3):
        if any(
            c.dep_ == "aux" and c.tag_ == "MD" and (words is None or c.lower_ in words)
            for c in node.children
        ):
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _own_clause(token: Token) -> list[Token]:
    """The clause a word is in, without the clauses coordinated with it: in "casinos
    were a concern and the trial will help", "casinos were a concern"."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token)
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in verb.subtree if t.i not in joined]


# Nouns of a thing's growth or amount: "the proliferation of casinos" speaks of casinos.
GROWTH = frozenset(
    "proliferation spread growth rise increase expansion boom surge explosion number".split()
)


def _activity_spoken_of(content: Span, proposal: Proposal) -> bool:
    """Are the words about what a ban stops ("fishing is our way of life", "we will
    keep our cars"), not about a thing that only names it ("the definitions of older
    cars are a mess": the law's definitions)?"""
    if not proposal.activity(content):
        return False
    for token in content:
        if token.lemma_.lower() not in proposal.stops:
            continue
        owner = token.head.head if token.dep_ == "pobj" else token.head
        # "the definitions of older cars", "the mines' finances": another thing, named;
        # "the spread of casinos" is the casinos, more of them
        nested = token.dep_ in ("pobj", "poss") and owner.pos_ == "NOUN"
        if not nested or owner.lemma_.lower() in proposal.stops | GROWTH:
            return True
    return False


# Verbs that report another's case inside what a speaker says ("sources say senior
# figures had argued against it"); not "add", which is also "add up"
ARGUING = frozenset("argue claim insist contend maintain say tell".split())


def _others_words(doc: Doc, speech: Speech) -> set[int]:
    """The tokens of clauses that are not the speaker's view: a condition ("if we
    reject it, ..."), a clause joined to the speaker's with a subject of its own ("X
    says A, but the groups fear B"), and what others are reported to say inside the
    speaker's words ("..., which engineers say is unsafe")."""
    lo, hi = speech.content
    verbs = lexicon.speech_verbs()
    out: set[int] = set()
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.i in out:
            continue
        subtree = range(token.left_edge.i, token.right_edge.i + 1)
        if _supposed(token) or _granted(token):  # "if we reject it", "while it is well meant"
            out.update(subtree)
            continue
        out.update(_granted_misparsed(token))
        if named_by(token) and token.i != speech.verb:
            out.update(subtree)  # "the campaign launched by the ministry in support of it"
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        inside = lo <= token.i < hi
        if _named_by_others(token, subjects) and inside and token.i != speech.verb:
            # "they called it fair": the name others gave it, which the speaker reports
            out.add(token.i)
            out.update(t.i for c in token.children if c.dep_ in NAMES_GIVEN for t in c.subtree)
            # "called the plan modern and fair", the parser's adjectives after the noun
            out.update(
                t.i
                for o in token.children
                if o.dep_ == "dobj"
                for a in o.children
                if a.dep_ == "amod" and a.i > o.i
                for t in a.subtree
            )
            continue
        if not subjects and inside and token.dep_ == "conj" and token.lemma_.lower() in verbs:
            # "the minister stood up and told us it was essential": the minister's words
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].pos_ == "PRON":
            continue
        # not the speaker's own verb, whose clause holds all they said; but what they
        # say another argued ("sources say senior figures had argued against it") is
        # the other's
        whole = lo in subtree and hi - 1 in subtree
        arguing = token.lemma_.lower() in ARGUING and token.i != speech.verb
        others = token.lemma_.lower() in verbs or token.lemma_.lower() in HOPING
        if inside and others and lo < token.i and (not whole or arguing):
            out.update(subtree)
        elif not inside and token.dep_ == "conj" and not (lo in subtree and hi - 1 in subtree):
            out.update(subtree)
    return out


# Verbs of giving something a name or a description ("called it fair", "branded it a
# disgrace"): Levin 1993, 29.3 "dub verbs" and 29.1 "appoint verbs", the naming senses.
NAMING = frozenset("call brand label dub term hail describe".split())
# The parts of a naming clause that hold the name given
NAMES_GIVEN = frozenset(("oprd", "xcomp", "acomp", "attr", "ccomp"))


def _named_by_others(verb: Token, subjects: list[Token]) -> bool:
    """Is the verb one of naming whose subject is others: a noun ("ministers called it
    fair") or "they", not the speaker's "I" or "we"?"""
    return (
        verb.lemma_.lower() in NAMING
        and bool(subjects)
        and (subjects[0].pos_ != "PRON" or subjects[0].lower_ == "they")
    )


# Verbs of what someone hopes or means to do: "the £2bn ministers hope to save" is the
# ministers' hope, not the speaker's word on it.
HOPING = frozenset("hope want wish expect intend aim plan".split())


# Subordinators of concession (Quirk et al. 1985, 15.24, "concessive clauses").
CONCESSIVE = frozenset("although though while whilst".split())


def _granted(verb: Token) -> bool:
    """Is the verb a concessive clause's ("while cleaner air is important, ...", "though
    it means well, ..."): a point granted, the speaker's view being in the clause it
    hangs from?"""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in verb.children
    )


def _denied(doc: Doc, speech: Speech, token: Token) -> bool:
    """Is the cue what a speaker denies: the predicate of the clause "deny" reports
    ("denied that the plan was rushed"), not a word deeper in it ("denied the party
    was divided over a vote to back the plan")?"""
    if speech.cue != "deny" or speech.verb is None:
        return False
    clause = [c for c in doc[speech.verb].children if c.dep_ == "ccomp"]
    return any(token.i == c.i or (token.head.i == c.i and token.dep_ in PREDICATES) for c in clause)


def _granted_misparsed(verb: Token) -> set[int]:
    """The granted clause when the parser hung the concessive word on the clause's
    subject and the point made on the clause ("While investing in X is important,
    closing Y strands thousands": "While" marks "investing", and "strands" is joined
    to "is" as a conjunct): the verb's words but for its conjuncts."""
    if not any(
        c.dep_ in ("csubj", "nsubj")
        and any(m.dep_ == "mark" and m.lower_ in CONCESSIVE for m in c.children)
        for c in verb.children
    ):
        return set()
    out = set(range(verb.left_edge.i, verb.right_edge.i + 1))
    for c in verb.children:
        if c.dep_ in ("conj", "cc"):
            out -= set(range(c.left_edge.i, c.right_edge.i + 1))
    return out


PREDICATES = frozenset(("acomp", "attr", "oprd"))


def _quoting_others(doc: Doc, quote: str | None, foreign: set[int]) -> bool:
    """Is the sentence's quotation in others' words ("in a decision branded "a retreat" by
    X")?"""
    at = doc.text.find(quote) if quote else -1
    if at < 0:
        return False
    end = at + len(quote or "")
    return all(t.i in foreign for t in doc if at <= t.idx < end)


def _supposed(verb: Token) -> bool:
    """Is the verb's clause a condition ("if we reject it")?"""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children
    )


WAITING = frozenset("wait delay".split())
TIME_UNITS = frozenset("day week month term year session summer winter".split())


def _costs_someone(content: Span, proposal: Proposal) -> bool:
    """ "The levy would cost local traders millions", "it would cost taxpayers a
    fortune": the proposal costing someone named (the dative of "cost") is a loss laid
    at its door; "the depot would cost 12 million" says what it costs, no side."""
    for verb in content:
        if verb.lemma_.lower() != "cost" or verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if (
            any(c.dep_ == "dative" for c in verb.children)
            and any(c.dep_ == "dobj" for c in verb.children)
            and any(
                proposal.is_it(s) or (s.pos_ == "PRON" and proposal.about([s])) for s in subjects
            )
            and not any(c.dep_ == "neg" for c in verb.children)
        ):
            return True
    return False


def _harm_without(content: Span, proposal: Proposal) -> bool:
    """ "Without this line, the factories will not get the power they need",
    "without these upgrades the blackouts will come back": a harm that follows
    without the proposal, which is said for it (a counterfactual of need)."""
    for word in content:
        if word.lower_ != "without" or word.dep_ != "prep" or word.head.pos_ not in ("VERB", "AUX"):
            continue
        if not any(o.dep_ == "pobj" and _named(o, proposal) for o in word.children):
            continue
        phrase = {w.i for w in word.subtree}
        clause = [t for t in word.head.subtree if t.i not in phrase]
        negated = any(c.dep_ == "neg" for c in word.head.children)
        if negated or polarity(" ".join(t.text for t in clause)) < 0:
            return True
    return False


def _named(noun: Token, proposal: Proposal) -> bool:
    """Is the noun the proposal named as a thing ("this line", "the upgrades", "the
    bill"), not a bare noun of its terms in a general sense ("without trial")?"""
    return proposal.is_it(noun) and (
        proposal_noun(noun) or any(c.dep_ in ("det", "poss") for c in noun.children)
    )


NEEDING = frozenset("need want deserve".split())
NOBODY = frozenset(("nobody", "none"))


def _what_is_needed(content: Span, proposal: Proposal) -> int:
    """+1 when the proposal is said to be what someone needs or wants ("this depot is
    exactly what the town needs"), -1 when it is said not to be, or to be what nobody
    wants; 0 when neither is said. A free relative as the complement of "be"
    (Quirk et al. 1985, 15.8)."""
    for verb in content:
        if verb.lemma_.lower() not in NEEDING or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
            continue
        copula = verb.head
        if copula.lemma_.lower() != "be" or copula.i == verb.i:
            continue
        subjects = [c for c in copula.children if c.dep_ == "nsubj"]
        if not any(proposal.is_it(t) or t.lower_ in ("it", "this") for t in subjects):
            continue
        sign = -1 if _negated(copula, copula.i, copula.i + 1) else 1
        wanter = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(
            w.lower_ in NOBODY or (w.lower_ == "one" and any(d.lower_ == "no" for d in w.children))
            for w in wanter
        ):
            sign = -sign  # "what nobody wants", "what no one asked for"
        return sign
    return 0


# Verbs that, completed by an infinitive, say it must be done ("had to close", "needs
# to go"); with the modals of obligation (Quirk et al. 1985, 4.54).
OBLIGING = frozenset("have need".split())


def _its_act_owed(content: Span, proposal: Proposal) -> int:
    """+1 when the proposal's own act is said to be what must happen ("the campus must
    close", "the council should ban cars", "the mine had to close"), -1 when what must
    not ("the campus should not close"); 0 otherwise. The act's subject or object must
    be what the proposal is about."""
    for verb in content:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in proposal.actions:
            continue
        modal = any(c.tag_ == "MD" and c.lower_ in OUGHT for c in verb.children)
        outer = verb.head if verb.dep_ == "xcomp" else verb
        obliged = (
            outer is not verb
            and outer.lemma_.lower() in OBLIGING
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        )
        if not (modal or obliged):
            continue
        # "was losing money and had to close": the subject of the verb it is joined to
        joined = (outer.head,) if outer.dep_ == "conj" else ()
        around = [
            c
            for t in (verb, outer, *joined)
            for c in t.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj")
        ]
        if not any(proposal.about(phrase_core(c)) for c in around):
            continue
        negated = any(c.dep_ == "neg" for t in (verb, outer) for c in t.children)
        return -1 if negated else 1
    return 0


# Adjectives that rank a course of action: "it would be better to drop it"
PREFERRING = frozenset("better best wiser sensible preferable".split())


def _better_to(content: Span, proposal: Proposal) -> int:
    """+1 when doing the proposal, or passing it, is said to be the better course ("it
    would be best to adopt the plan"), -1 when undoing it is ("it would be better
    to reject the treaty"); 0 otherwise. The comparative of evaluation with an
    extraposed infinitive (Quirk et al. 1985, 18.33)."""
    for word in content:
        if word.lower_ not in PREFERRING or word.dep_ not in ("acomp", "attr"):
            continue
        acts = [c for c in word.head.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
        acts += [c for c in word.children if c.dep_ == "xcomp"]
        for act in acts:
            if act.pos_ != "VERB" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in act.children
            ):
                continue
            if not any(c.dep_ == "dobj" and proposal.names(c) for c in act.children):
                continue
            lemma = act.lemma_.lower()
            if lemma in proposal.against_words() or _refusal(act):
                return -1
            match = lexicon.outcome_cues().at(act.doc, act.i)
            if lemma in proposal.actions or (match is not None and match.cue.label == "approve"):
                return 1
    return 0


def _outdone(content: Span, proposal: Proposal) -> int:
    """-1 when something else is said to do more or better than the proposal ("fences
    would keep the park safer than the depot"), +1 when the proposal is said to do
    more than something else; 0 otherwise. The comparative clause, its subject against
    what "than" names (Quirk et al. 1985, 15.63)."""
    for than in content:
        if than.lower_ != "than" or than.dep_ != "prep":
            continue
        compared = [c for c in than.children if c.dep_ in ("pobj", "pcomp") and c.pos_ != "PRON"]
        degree = than.head if than.head.lower_ in COMPARATIVES else None
        if not compared or (degree is not None and _belittled(degree)):
            continue  # "even more vital than this"; "little more than a stunt"
        outdone = any(
            (proposal.names(c) or c.lemma_.lower() in proposal.actions) and not another(c, proposal)
            for c in compared
        )
        verb = than.head
        for _ in range(3):
            if any(c.lower_ in COMPARATIVES for c in verb.children) or verb.lower_ in COMPARATIVES:
                break
            verb = verb.head
        else:
            continue
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        if outdone:
            return -1
        if any(proposal.is_it(s) and not another(s, proposal) for s in subjects):
            return 1
    return 0


# Words of a comparison of degree: "would do more to cut traffic than the depot".
COMPARATIVES = frozenset(("more", "better", "further"))


def _belittled(degree: Token) -> bool:
    """ "little more than", "no more than", "nothing more than": an idiom that belittles,
    no comparison."""
    return any(c.lower_ in ("little", "no", "nothing") for c in (*degree.children, degree.head))


def _called_for(content: Span, proposal: Proposal) -> int:
    """+1 when the proposal is said to be what ought to exist ("there should be a new
    depot", "there needs to be an inquiry", "there is a need for it"), -1 when what
    ought not ("there must be no depot", "there was never any need for it"); 0 when neither
    is said. The existential "there" with a modal of obligation (Quirk et al. 1985,
    18.44 and 4.54)."""
    for be in content:
        if be.lemma_.lower() != "be":
            continue
        outer = be.head if be.dep_ == "xcomp" and be.head.lemma_.lower() in ("need", "have") else be
        # the parser may hang "there" from an auxiliary: "There does need to be ..."
        if not any(c.dep_ == "expl" for t in (outer, *outer.children) for c in t.children):
            continue
        obliged = outer is not be or any(c.tag_ == "MD" and c.lower_ in OUGHT for c in be.children)
        negated = any(c.dep_ == "neg" for c in (*be.children, *outer.children))
        for attr in (c for c in be.children if c.dep_ == "attr"):
            denied = negated != any(c.dep_ == "det" and c.lower_ == "no" for c in attr.children)
            if attr.lemma_.lower() == "need":  # "there is (no) need for it"
                wanted = [
                    o
                    for p in attr.children
                    if p.dep_ == "prep" and p.lower_ == "for"
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
                if any(proposal.is_it(o) for o in wanted):
                    return -1 if denied else 1
            elif obliged and proposal.is_it(attr):
                return -1 if denied else 1
    return 0


def _impatient(content: Span) -> bool:
    """Words of impatience for the proposal: the cost of waiting for it ("every month
    we wait is ...", "each year of delay adds ...", "every delay is ..."), "have waited
    long enough", "an excuse for delay". Not asking for a delay, nor welcoming one."""
    for token in content:
        lemma = token.lemma_.lower()
        if lemma not in WAITING:
            continue
        # "every delay"; "every month we wait" (a relative clause, or the parser's
        # adverbial "month"); "each year of delay"
        units = [token.head] if token.dep_ == "relcl" else []
        units += [c for c in token.children if c.dep_ == "npadvmod"]
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            units.append(token.head.head)
        if any(
            any(c.lower_ in ("every", "each") for c in unit.children)
            and (unit is token or unit.lemma_.lower() in TIME_UNITS)
            for unit in (token, *units)
        ):
            return True
        # "have waited long enough", "waited too long"
        after = token.doc[token.i + 1 : token.i + 3].text.lower()
        if token.pos_ == "VERB" and after in ("long enough", "too long"):
            return True
        # "an excuse for delay"
        excuse = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else None
        if excuse is not None and excuse.lemma_.lower() == "excuse":
            return True
    return False


def _about_dissent(content: Span) -> bool:
    """Is what was said about the other side's objections: its main clause's subject
    the critics, their fears or their complaints ("the fears are overblown")?"""
    dissent = lexicon.modifier_words("dissent")
    roots = [t for t in content if t.head.i == t.i or not content.start <= t.head.i < content.end]
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in dissent
        for root in roots
        for c in root.children
    )


def anti_in(doc: Doc, proposal: Proposal) -> bool:
    """Does the sentence speak of an act against the proposal (a veto, a rejection)
    or of a lesser version of it ("a partial implementation")? Not when the act is the
    proposal's own ("stopping the drilling" when stopping it is what is proposed)."""
    anti = proposal.against_words() - proposal.actions
    return any(
        t.lemma_.lower() in anti
        and t.pos_ in ("NOUN", "VERB")
        and not _undoes_another(t, proposal)
        and not _the_opposition(t)
        and not _conceded_act(t)
        for t in doc
    ) or bool(lexicon.modifiers()["weaken"].find(doc))  # "a half-hearted response": a lesser plan


def _conceded_act(token: Token) -> bool:
    """Is the act in a phrase of concession ("despite the opposition", "in spite of
    the veto"): granted, not what the feeling of the sentence is about (Quirk et al.
    1985, 9.7: concessive prepositions)?"""
    return any(
        a.dep_ == "prep"
        and a.lower_ in ("despite", "notwithstanding")
        or (a.lower_ == "of" and a.head.lower_ == "spite")
        for a in token.ancestors
    )


def _the_opposition(token: Token) -> bool:
    """Does "opposition" name the parties out of government, not an act against
    something: "opposition councillors", "Opposition leader X", "the opposition said",
    "a leader of the opposition"? (Against what, "opposition to it", it is an act.)"""
    if token.lower_ != "opposition" or any(
        c.dep_ == "prep" and c.lower_ in ("to", "against", "from") for c in token.children
    ):
        return False
    if token.dep_ in ("compound", "amod", "nsubj", "nsubjpass", "appos", "poss"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN"


def _undoes_another(verb: Token, proposal: Proposal) -> bool:
    """Is the act against something the sentence names that is not the proposal ("she
    wants to scrap the old review")? A pronoun may be the proposal."""
    if verb.pos_ != "VERB":
        return False
    acted_on = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.pos_ in ("NOUN", "PROPN") and not proposal.names(o) for o in acted_on)


def _members(cast: Cast, sent: Sent, token: Token) -> list[int]:
    """Actors listed as members in the cue's clause: "tenants were against the plan,
    including X"; "opponents, like X, say ..."."""
    clause = token.head if token.dep_ in ("nsubj", "nsubjpass", "acomp", "prep") else token
    places = [clause, *(c for c in clause.children if c.dep_ in ("prep", "dobj", "pobj"))]
    places += [g for c in clause.children if c.dep_ == "prep" for g in c.children]
    out: list[int] = []
    for place in places:
        for prep in place.children:
            if prep.dep_ == "prep" and prep.lower_ in INCLUDING:
                for obj in prep.children:
                    for t in (obj, *obj.conjuncts):
                        actor = cast.actor_at(sent.pos, t.i)
                        if actor is not None and actor not in out:
                            out.append(actor)
    return out


def _with_members(cast: Cast, sent: Sent, start: int, claims: list[Claim]) -> list[Claim]:
    """The claims, and the same claims for the members their holders list, and for
    the body whose members hold them."""
    if not claims:
        return claims
    members = _members(cast, sent, sent.doc[start])
    held = {c.actor for c in claims}
    extra = [
        replace(claims[0], actor=m, how=claims[0].how + " + member (including/like)")
        for m in members
        if m not in held
    ]
    for claim in claims:
        for body in _body_of_members(cast, sent, claim.actor):
            if body not in held:
                held.add(body)
                extra.append(replace(claim, actor=body, how=claim.how + " ← members of"))
    return claims + extra


def _body_of_members(cast: Cast, sent: Sent, actor: int) -> list[int]:
    """The bodies whose members the actor is named as here: "members of the ruling
    Unity Front voted for it" is the Front's vote, whatever its members elsewhere did."""
    return [
        body
        for token in sent.doc
        if token.lemma_.lower() == "member"
        and token.tag_ == "NNS"
        and cast.actor_at(sent.pos, token.i) == actor
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
        and (body := cast.actor_at(sent.pos, obj.i)) is not None
        and body != actor
        and cast.actors[body].kind == "organisation"
        and not cast.actors[body].decider
    ]


def _label_of_subject(cast: Cast, sent: Sent, start: int, sign: int) -> list[Claim]:
    """ "Opponents of the plan, like X, say ...": the label is the subject, its
    members hang from the verb."""
    token = sent.doc[start]
    if token.dep_ != "nsubj" or not sign:
        return []
    return [
        Claim(sent.pos, m, sign, 1.0, "label", token.lower_, "member of a labelled subject")
        for m in _members(cast, sent, token)
    ] + [
        Claim(sent.pos, a, sign, 1.0, "label", token.lower_, f"nsubj({token.lower_}) ← be → attr")
        for a in _named_by_copula(cast, sent, token)
    ]


def _named_by_copula(cast: Cast, sent: Sent, label: Token) -> list[int]:
    """ "Another critic is Ana Lima", "another critic is her predecessor, Ana Lima":
    the actors a copula says the labelled subject is."""
    verb = label.head
    if verb.lemma_ != "be":
        return []
    out: list[int] = []
    for attr in verb.children:
        if attr.dep_ == "attr":
            # "... is the mayor's former deputy, Ana Lima": the name in apposition
            named = [c for c in attr.children if c.dep_ == "appos"]
            for t in (attr, *attr.conjuncts, *named):
                actor = cast.actor_at(sent.pos, t.i)
                if actor is not None and actor not in out:
                    out.append(actor)
    return out


def _headline_owners(cast: Cast, sents: list[Sent], headlines: list[Doc]) -> list[Claim]:
    """ "Japan's proposal for ...": the owner a headline gives the proposal proposed it.
    A headline is not citable, so the claim cites the owner's first mention."""
    from briefgen.analyse.actors import fold

    nouns = lexicon.proposal_nouns()
    out = []
    for doc in headlines:
        for token in doc:
            if token.lower_ not in nouns and token.lemma_.lower() not in nouns:
                continue
            for child in token.children:
                if child.dep_ != "poss":
                    continue
                key = fold(doc[child.left_edge.i : child.i + 1].text)
                for actor in cast.actors:
                    if actor.name and key in actor.forms and actor.first < len(sents):
                        out.append(
                            Claim(
                                actor.first,
                                actor.id,
                                1,
                                1.0,
                                "propose",
                                token.lower_,
                                "poss(headline)",
                            )
                        )
    return out


# How a proposing said to be still to come is marked ("Labour would set out plans")
TO_COME = "(to come)"


def _rivals_dropped(proposing: list[Claim]) -> list[Claim]:
    """Once the story has said whose the proposal is (before or in the sentence), an
    actor who only will or would put plans forward ("the rival party said it would
    publish plans next month") speaks of plans of its own, not of this one."""
    done: dict[int, int] = {}  # actor -> the first sentence where it put the plan forward
    for c in proposing:
        if not c.cue.endswith(TO_COME):
            done.setdefault(c.actor, c.sent)
    kept = [
        c
        for c in proposing
        if not c.cue.endswith(TO_COME)
        or c.actor in done
        or not any(s <= c.sent for a, s in done.items() if a != c.actor)
    ]
    # an actor meaning to do what another put forward before backs it ("campaigners
    # want to close the line too"); the first to mean it is its author
    return [
        replace(c, kind="verb")
        if c.cue.endswith(INTENT) and any(s < c.sent for a, s in done.items() if a != c.actor)
        else c
        for c in kept
    ]


def find_claims(
    cast: Cast,
    sents: list[Sent],
    speech: list[Speech | None],
    proposal: Proposal,
    skip: set[int],
    status: str,
    headlines: list[Doc] = (),
) -> list[Claim]:
    """Every claim in the story, in reading order."""
    proposing = _rivals_dropped(
        [
            c
            for sent in sents
            if sent.pos not in skip
            for c in _proposing(cast, sent, proposal, speech[sent.pos])
        ]
    )
    proposing += _headline_owners(cast, sents, headlines)
    proposers = frozenset(c.actor for c in proposing if c.sign > 0)
    proposal = replace(proposal, proposers=proposers)
    claims: list[Claim] = []
    for i, sent in enumerate(sents):
        if sent.pos in skip:
            continue
        matches = list(lexicon.stance_cues().find(sent.doc))
        placed: set[tuple[int, int]] = set()  # (word, actor): "opposed" is a verb and a predicate
        for match in matches:
            kind = match.cue.kind
            if kind == "affect" and (voiced := _voiced(sent.doc[match.start])) is not None:
                # "expressed disappointment at the decision": a feeling said outright, of
                # what it is "at", as "expressed concern about" is
                verb, about = voiced
                found = _claims_of_cue(
                    cast,
                    sent,
                    proposal,
                    verb.i,
                    about.i + 1,
                    SIGNS[match.cue.label],
                    "verb",
                    f"{verb.lemma_} {match.cue.text} {about.lower_}",
                    status,
                    _told_before(sents, i),
                )
                claims.extend(c for c in found if (match.start, c.actor) not in placed)
                placed.update((match.start, c.actor) for c in found)
                continue
            if kind in ("eval", "affect"):
                continue
            if kind == "label" and _post(sent.doc[match.end - 1]):
                continue  # "their defence critic": a spokesperson's brief, not a view
            if kind == "label" and match.cue.words[-1] == "-":
                claims.extend(_prefixed(cast, sent, proposal, match.start))
                continue
            sign = SIGNS[match.cue.label]
            if kind == "aim":  # "the campaign against it": the preposition is the side
                sign, kind = _aim(sent.doc[match.end - 1], proposal.against_words()), "noun"
                if not sign:
                    continue
            silent = kind == "silent"  # "did not comment on it": no side, said outright
            kind = "verb" if silent else kind
            before = _told_before(sents, i)
            found = _claims_of_cue(
                cast,
                sent,
                proposal,
                match.start,
                match.end,
                sign,
                kind,
                match.cue.text,
                status,
                before,
            )
            if kind == "label" and not found:
                found = _label_of_subject(cast, sent, match.start, sign)
            if silent:  # "commented on it" says nothing of a side
                found = [c for c in found if c.negated]
            elif match.cue.text in COMMITMENTS:  # "has not committed to it": undecided
                found = [replace(c, sign=0) if c.negated else c for c in found]
            elif match.cue.text in COMPLYING:
                # "will comply with the ruling" bows to it, whatever one thinks of it;
                # "says it will not comply" defies it
                found = [c for c in found if c.negated]
            found = [c for c in found if (match.start, c.actor) not in placed]
            placed.update((match.start, c.actor) for c in found)
            claims.extend(_with_members(cast, sent, match.start, found))
        claims.extend(_likewise(cast, sent, [c for c in claims if c.sent == sent.pos]))
        claims.extend(c for c in proposing if c.sent == sent.pos)
        cued = {m.start for m in matches}
        claims.extend(_executive_decisions(cast, sent, proposal, cued))
        claims.extend(_doers(cast, sent, proposal, cued))
        claims.extend(_undoers(cast, sent, proposal, cued))
        claims.extend(_withdrawers(cast, sent, proposal, cued))
        claims.extend(_threats(cast, sent, proposal))
        claims.extend(_votes_from(cast, sent, proposal))
        claims.extend(_votes_cast(cast, sent, proposal))
        claims.extend(_roll_call(cast, sent, proposal))
        explicit = {m.start for m in matches if m.cue.kind in EXPLICIT}
        claims.extend(_acting_against(cast, sent, proposal, explicit))
        claims.extend(_unsaid(cast, sent))
        said = speech[sent.pos]
        if said is not None:
            claims.extend(
                c
                for c in _speech_claims(cast, sent, said, proposal, status)
                # a proposer's dark words describe the problem the proposal answers
                if not (c.actor in proposers and c.sign < 0)
            )
        for verdict in verdicts(cast, sent, said):
            if proposal.names(sent.doc[verdict.content[0]].head):
                claims.extend(_speech_claims(cast, sent, verdict, proposal, status, whole=False))
        if _conceding(sent.doc, proposal):
            claims = [
                c
                for c in claims
                if c.sent != sent.pos or c.sign < 0 or c.kind in ("propose", "label")
            ]
    claims += _voted_with(cast, sents, claims, proposal, skip)
    claims += _with_the_majority(cast, sents, claims, skip, status)
    claims += _judged_people(cast, sents, claims, proposal, skip)
    return (
        _since_changed(cast, claims, sents)
        + _labelled(cast, sents, proposal)
        + _campaigns_against(cast, headlines, proposal)
    )


def _unsaid(cast: Cast, sent: Sent) -> list[Claim]:
    """ "The Opposition has not said how it would vote", "would not reveal whether it
    will back it": a side withheld, so the holder is undecided for now."""
    out: list[Claim] = []
    for verb in sent.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in WITHHELD:
            continue
        asked = [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "advcl")
            and any(w.lower_ in ("whether", "how", "if") for w in c.children)
        ]
        if not asked:
            continue
        f = frame(cast, sent, verb)
        if not f.negated or not f.agents:
            continue
        # the holder's own side: "how it would vote", not "whether the plan would return"
        subjects = [t for t in asked[0].children if t.dep_ == "nsubj"]
        if not any(cast.actor_at(sent.pos, t.i) in f.agents for t in subjects):
            continue
        cue = f"not {verb.lemma_.lower()} {asked[0].lower_}"
        out.extend(Claim(sent.pos, a, 0, 1.0, "verb", cue, f.path, True) for a in f.agents)
    return out


# Verbs of telling one's side, which denied with a question after them ("has not said
# how it will vote") withhold it.
WITHHELD = frozenset("say indicate reveal disclose signal announce declare".split())


def _acting_against(cast: Cast, sent: Sent, proposal: Proposal, cued: set[int]) -> list[Claim]:
    """Whoever acts "against" the proposal opposes it, whatever the act: "lobbied
    councillors against the plan", "led the charge against it", "rallied neighbours
    against the bill". Not where a cue word already speaks ("voted against it"), nor
    acts whose "against" weighs or shields ("weighed the costs against the plan")."""
    out: list[Claim] = []
    for prep in sent.doc:
        if prep.lower_ != "against" or prep.dep_ != "prep":
            continue
        if not any(
            o.dep_ == "pobj"
            # the plan by name: its topic's words may be what it fights ("against fraud"),
            # unless they name it as the one ("against the lease")
            and (
                proposal_noun(o)
                or o.lower_ in ("it", "this")
                or (proposal.is_it(o) and _definite(o) and o.pos_ == "NOUN")
            )
            and not another(o, proposal)
            for o in prep.children
        ):
            continue
        verb = prep.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.i not in cued:
            verb = verb.head  # "led the charge against it"
        if (
            verb.pos_ != "VERB"
            or verb.i in cued
            or verb.lemma_.lower() in NOT_AGAINST
            or any(c.i in cued for c in verb.children if c.dep_ in ("dobj", "prt"))
        ):
            continue
        f = frame(cast, sent, verb)
        if not f.agents or f.hedged or f.conditional:
            continue
        sign = 1 if f.negated else -1
        cue = f"{verb.lemma_.lower()} against"
        out.extend(Claim(sent.pos, a, sign, 1.0, "verb", cue, f.path, f.negated) for a in f.agents)
    return out


# Verbs whose "against" weighs, shields or competes, and takes no side: "protect
# tenants against it", "weighed against the plan's cost", "ruled against it" (a
# decider's act is the outcome).
NOT_AGAINST = frozenset(
    "protect guard shield insure hedge weigh balance measure compare test check rule "
    "decide compete race win lose".split()
)


# Verbs that say a feeling outright ("expressed disappointment at", "voiced anger over").
VOICING = frozenset("express voice register".split())
FEELING_PREPOSITIONS = frozenset("at about over with".split())


def _voiced(noun: Token) -> tuple[Token, Token] | None:
    """The verb that voices a feeling noun as its object, and the preposition of what
    the feeling is about: "expressed [disappointment] [at] the decision"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in VOICING or verb.pos_ != "VERB":
        return None
    about = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in FEELING_PREPOSITIONS]
    return (verb, about[0]) if about else None


# Cues of a firm commitment, whose denial leaves the holder undecided rather than
# against ("has not committed to a vote on the bill": what is denied is the
# commitment, not the support).
COMMITMENTS = frozenset(("committed to",))
# Verbs of taking another's side in a vote or a dispute: "voted with the government".
SIDING = frozenset("vote side".split())
# Members of a side who break from it: "voted with Harbour Party rebels" is not with the
# party.
DISSENTERS = frozenset("rebel dissident critic opponent sceptic skeptic".split())


def _outright_sides(claims: list[Claim]) -> dict[int, set[int]]:
    """Each actor's signs among the claims said outright."""
    out: dict[int, set[int]] = {}
    for c in claims:
        if c.kind in EXPLICIT and c.weight >= 1 and c.sign:
            out.setdefault(c.actor, set()).add(c.sign)
    return out


def _placed_outright(claims: list[Claim]) -> set[tuple[int, int]]:
    """(sentence, actor) of every signed claim said outright: read already."""
    return {(c.sent, c.actor) for c in claims if c.kind in EXPLICIT and c.sign}


def _voted_with(
    cast: Cast, sents: list[Sent], claims: list[Claim], proposal: Proposal, skip: set[int]
) -> list[Claim]:
    """Who voted with another ("X voted with the two ruling-party members", "sided
    with the plan's sponsors") takes the side the other took outright, or the side of
    the proposal when the other is its proposer or a part of it; "voted with X against
    it" says its own side and is left to its cue."""
    from briefgen.analyse.actors import fold

    outright = _outright_sides(claims)
    sponsors = {w for a in proposal.proposers for w in fold(cast.actors[a].name).split()}
    # "sided with X to vote it down": read already
    placed = _placed_outright(claims)
    out: list[Claim] = []
    for sent in sents:
        if sent.pos in skip:
            continue
        for verb in sent.doc:
            if verb.lemma_.lower() not in SIDING or verb.pos_ != "VERB":
                continue
            preps = [c for c in verb.children if c.dep_ == "prep"]
            if any(p.lower_ in ("for", "against") for p in preps):
                continue  # "voted with them against the plan": its own cue
            allies = objects_of(verb, "with")
            if not allies:
                continue
            f = frame(cast, sent, verb)
            if not f.agents or f.negated or f.hedged or f.conditional:
                continue
            for ally in allies:
                actor = cast.actor_at(sent.pos, ally.i)
                words = {t.lower_ for t in ally.subtree}
                if actor in proposal.proposers or (
                    actor is None and words & sponsors and ally.lemma_.lower() not in DISSENTERS
                ):
                    sign = 1  # "with the ruling-party members", not "with its rebels"
                elif actor is not None and len(outright.get(actor, ())) == 1:
                    sign = next(iter(outright[actor]))
                else:
                    continue
                how = f"{f.path} → with({ally.text})"
                out.extend(
                    Claim(sent.pos, a, sign, 1.0, "verb", "vote with", how)
                    for a in f.agents
                    if a != actor and (sent.pos, a) not in placed
                )
    return out


# Verbs of judging a person (Levin 1993, 33 "judgement verbs"), with the sign of the
# judgement: "applauded the mayor" takes the mayor's side, "condemned" the other.
JUDGING_PEOPLE = {
    **dict.fromkeys("applaud commend congratulate hail laud praise salute thank".split(), 1),
    **dict.fromkeys("castigate censure condemn criticise criticize denounce rebuke".split(), -1),
}


def _judged_people(
    cast: Cast, sents: list[Sent], claims: list[Claim], proposal: Proposal, skip: set[int]
) -> list[Claim]:
    """ "Tenants applauded the mayor" who vetoed the bill: who praises
    someone with one side said outright takes that side, who condemns them the other;
    not when the judgement gives its reason ("praised her for her work on roads"),
    nor of the proposer, whom the cue's own target reads. Who agrees with someone
    ("X agreed with Y") takes their side, who disagrees the other."""
    outright = _outright_sides(claims)
    placed = _placed_outright(claims)
    out: list[Claim] = []
    for sent in sents:
        if sent.pos in skip:
            continue
        for verb in sent.doc:
            lemma = verb.lemma_.lower()
            judgement = JUDGING_PEOPLE.get(lemma) or AGREEING.get(lemma) or BACKING.get(lemma)
            if judgement is None or verb.pos_ != "VERB":
                continue
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            if lemma in AGREEING:  # "X agreed with Y": Y's side, whatever follows
                judged = objects_of(verb, "with")
            elif lemma in BACKING and passive:  # "she was supported by X and Y"
                judged = [c for c in verb.children if c.dep_ == "nsubjpass"]
            elif any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in verb.children):
                continue
            else:
                judged = [c for c in verb.children if c.dep_ == "dobj"]
            if len(judged) != 1 or any(c.dep_ == "prep" for c in judged[0].children):
                continue
            actor = cast.actor_at(sent.pos, judged[0].i)
            sides = outright.get(actor, set()) if actor is not None else set()
            if len(sides) != 1 or actor in proposal.proposers:
                continue
            f = frame(cast, sent, verb)
            if not f.agents or f.negated or f.hedged or f.conditional:
                continue
            how = f"{f.path} → {judged[0].text}"
            out.extend(
                Claim(sent.pos, a, judgement * next(iter(sides)), 1.0, "verb", verb.lemma_, how)
                for a in f.agents
                if a != actor and (sent.pos, a) not in placed
            )
    return out


# Verbs of agreeing with someone, who then stands where they stand (VerbNet's
# correspond-36.1 "agree", "concur"; "disagree" the other way; "sided with" is read as
# a vote's, `_voted_with`).
AGREEING = {"agree": 1, "concur": 1, "disagree": -1}
# ... and of backing a person, who then has the backer beside them: "she was supported
# by councillors X and Y" (a motion's seconders and supporters).
BACKING = {"support": 1, "back": 1, "second": 1}


# Which side of a vote: its majority decided, its minority lost.
MAJORITY = {"majority": 1, "minority": -1}


def _with_the_majority(
    cast: Cast, sents: list[Sent], claims: list[Claim], skip: set[int], status: str
) -> list[Claim]:
    """ "X joined the majority", "voted with the minority": once a vote decided the
    proposal, its majority took the decision's side and its minority the other."""
    if status not in ("passed", "approved", "rejected"):
        return []
    placed = _placed_outright(claims)
    out: list[Claim] = []
    for sent in sents:
        if sent.pos in skip:
            continue
        for noun in sent.doc:
            side = MAJORITY.get(noun.lower_)
            if side is None or not _definite(noun):
                continue
            if any(c.dep_ in ("compound", "prep") for c in noun.children):
                continue  # "the Labour majority", "the majority of residents"
            verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun
            if verb is noun and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "join":
                verb = noun.head
            if verb is noun or verb.lemma_.lower() not in SIDING | {"join"}:
                continue
            f = frame(cast, sent, verb)
            if not f.agents or f.negated or f.hedged or f.conditional:
                continue
            how = f"{f.path} → the {noun.lower_}"
            out.extend(
                Claim(sent.pos, a, side * OUTCOME_SIGN[status], 1.0, "verb", "join", how)
                for a in f.agents
                if (sent.pos, a) not in placed
            )
    return out


def _before(verb: Token) -> bool:
    """Is the verb said of a time before the story's: "had backed it", "initially
    supported it" (the pluperfect, or an adverb of an earlier time)?"""
    earlier = lexicon.modifier_words("earlier") - {"had", "before"}
    for v in verb_chain(verb):
        if v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children):
            return True
        if any(c.dep_ == "advmod" and c.lower_ in earlier for c in v.children):
            return True
        if any(
            c.lower_ == "at" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "first"
            for c in v.children
        ):
            return True  # "at first opposed it"
        if v.dep_ == "conj" and _dated(v):
            return False  # "had backed it, but last month joined ...": a time of its own
    return False


def _dated(verb: Token) -> bool:
    """Does the verb carry a time of its own ("last month joined", "in May voted")?"""
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "on"):
            if any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
                return True
    return False


# Adverbs that place a change after what was told before it: "has since switched", "later"
LATER = frozenset("since later subsequently afterwards then".split())


def _told_as_later(verb: Token) -> bool:
    """Is the change told as coming after the clause it is joined to: "but has since
    changed his mind", "but later switched sides"?"""
    return any(
        (c.dep_ == "advmod" and c.lower_ in LATER)
        or (c.dep_ == "aux" and c.lower_ in ("has", "have"))
        for c in verb.children
    )


def _since_changed(cast: Cast, claims: list[Claim], sents: list[Sent]) -> list[Claim]:
    """A side said of an earlier time, told with a change of it in the same sentence
    ("X, who had backed the plan, switched sides") or by the same actor in the next
    ("X had backed it. She has since changed her mind"), is the other side now."""
    changes = lexicon.modifiers()["change"]
    # who turned in each sentence (None: someone not named, "those who changed")
    changed: dict[int, set[int | None]] = {}
    turned: set[int] = set()  # sentences whose second half turns the first's side
    for s in sents:
        for m in changes.find(s.doc):
            if m.cue.words[0] in ("now", "no"):
                continue  # a turn of someone's side, not "now" or "no longer"
            verb = s.doc[m.start]
            if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "pobj"):
                continue  # "welcomed the U-turn": a change spoken of, someone else's
            if any(c.dep_ == "neg" for c in verb.children):
                continue  # "has not changed her mind": the side kept
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            whose = {cast.actor_at(s.pos, t.i) for t in subjects} if subjects else {None}
            changed.setdefault(s.pos, set()).update(whose)
            if verb.dep_ == "conj" and not subjects and _told_as_later(verb):
                turned.add(s.pos)
    out = []
    for c in claims:
        same = c.sent in changed
        if c.sent in turned and c.kind in EXPLICIT and not c.earlier:
            # "backed it last spring but has since changed her mind": the
            # side the sentence told first, turned in its second half
            out.append(replace(c, sign=-c.sign, how=c.how + " (since changed)"))
            continue
        following = c.sent + 1 < len(sents) and c.actor in changed.get(c.sent + 1, set())
        # "X has changed his tune. In April he voted for it": the change told first, and
        # the side then dated to a time of its own
        told_after = (
            c.sent > 0
            and c.actor in changed.get(c.sent - 1, set())
            and sents[c.sent - 1].article == sents[c.sent].article
            and any(e.label_ == "DATE" for e in sents[c.sent].doc.ents)
        )
        if told_after and c.kind in EXPLICIT:
            c = replace(c, sign=-c.sign, how=c.how + " (since changed)")
        elif (
            c.earlier
            and c.kind in EXPLICIT
            and (same or (following and sents[c.sent + 1].article == sents[c.sent].article))
        ):
            c = replace(c, sign=-c.sign, how=c.how + " (since changed)")
        out.append(c)
    return out


def _overridden(noun: Token) -> int:
    """The sign of the decision a stance noun was overridden by ("voted to defer it over
    the objections of X", "approved it despite protests"): objecting to a deferral is
    wanting the proposal. 1 when the noun is no such thing."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ in ("over", "despite")):
        return 1
    verb = noun.head.head
    for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        match = lexicon.outcome_cues().at(v.doc, v.i)
        if v.pos_ == "VERB" and match is not None and match.cue.label in DECISION_SIGN:
            return DECISION_SIGN[match.cue.label]
    return 1


def _to_decision(verb: Token) -> bool:
    """Is a reaction aimed at nothing ("unions reacted angrily") one to the decision,
    not to the proposal being put ("reacted angrily when the plan was unveiled")?"""
    proposing = lexicon.proposal_words()["propose"]
    said = [t for c in verb.children if c.dep_ in ("advcl", "prep") for t in c.subtree]
    return not any(proposing.at(verb.doc, t.i) for t in said)


def _not_yet(verb: Token) -> bool:
    """Is the denied verb in the present perfect ("has not endorsed it"): not so far,
    which leaves the holder undecided, unlike a refusal told in the past ("did not
    support it")?"""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _neither_nor(verb: Token, end: int) -> bool:
    """ "Neither campaigning for nor against it": both sides denied."""
    after = verb.doc[end : end + 3]
    return any(t.lower_ == "nor" for t in after) and any(
        t.lower_ in ("for", "against", "opposed", "opposing", "supporting") for t in after
    )


def _told_before(sents: list[Sent], i: int, window: int = 3) -> list[Sent]:
    """The sentences just before the i-th, in its article, latest last."""
    return [s for s in sents[max(0, i - window) : i] if s.article == sents[i].article]


def _on_a_counter_motion(before: Sequence[Sent], proposal: Proposal) -> bool:
    """Is the motion last told of before a move against the proposal ("tabled a motion
    to put it off for a year"; "Her amendment deferred the decision. It was carried"),
    so that a vote told next with no object or "it" ("57 states voted in favour",
    "voted for it") is on that motion? Not once the proposal itself is named again."""
    for sent in reversed(before):
        if _put_against(sent, proposal):
            return True
        if any(
            proposal_noun(t) and _definite(t) and not another(t, proposal) and not amending(t)
            for t in sent.doc
        ):
            return False  # "the lease", named again (not "a decision for years to come")
    return False


def _the_motion(noun: Token, proposal: Proposal) -> bool:
    """ "the motion", "the amendment", bare and definite: the one last told of, when the
    proposal is no motion."""
    return (
        noun.lemma_.lower() in ("motion", "amendment")
        and noun.lemma_.lower() not in proposal.terms
        and any(c.lower_ == "the" for c in noun.children)
        and not any(c.dep_ in ("prep", "acl", "relcl", "compound", "amod") for c in noun.children)
    )


def _put_against(sent: Sent, proposal: Proposal) -> bool:
    """Does the sentence put a motion against the proposal, or tell of one: "tabled a
    motion to put it off for a year", "the amendment deferred the decision"?"""
    nouns = lexicon.proposal_nouns()
    return any(
        (t.lower_ in nouns or t.lemma_.lower() in nouns)
        and (_countering([t], proposal, None) is not None or _does_against(t))
        for t in sent.doc
    )


def _does_against(noun: Token) -> bool:
    """Is the noun the subject of a decision against something: "the amendment deferred
    the decision", "the motion rejects the scheme"?"""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    match = lexicon.outcome_cues().at(verb.doc, verb.i)
    return match is not None and DECISION_SIGN.get(match.cue.label, 0) < 0


def _made_by(cast: Cast, sent: Sent, noun: Token) -> list[int]:
    """The actors a participle after the noun names as its makers ("a petition,
    organised by X and Y"); set off by a comma, it is the noun's, wherever the parser
    hung it ("a petition against the plan, organised by X"), not "the plan proposed
    by Y"."""
    participles = [
        t
        for t in noun.subtree
        if t.dep_ == "acl"
        and t.tag_ == "VBN"
        and (t.head.i == noun.i or t.doc[t.i - 1].text == ",")
    ]
    agents = [
        t
        for made in participles
        for agent in made.children
        if agent.dep_ == "agent"
        for obj in agent.children
        for t in (obj, *obj.conjuncts)
    ]
    found = (cast.actor_at(sent.pos, t.i) for t in agents)
    return [a for a in found if a is not None]


def _post(label: Token) -> bool:
    """Is the label a post named by its brief ("the health critic", "their defence
    critic": in Canada's parliament, an opposition party's spokesperson)?"""
    return label.lemma_.lower() == "critic" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in PORTFOLIOS for c in label.children
    )


CONTRASTING = frozenset("but while although though however yet".split())


def conceded(doc: Doc) -> bool:
    """Does the sentence grant a point before a "but" ("backed it in principle but ...",
    "we share the aim, but ...")? Then the support words in it are no support. Asked of
    each sentence many times; kept with the parse, which never changes."""
    if CONCEDED not in doc.user_data:
        doc.user_data[CONCEDED] = _conceded(doc)
    return doc.user_data[CONCEDED]


CONCEDED = ("briefgen", "conceded")


def _conceded(doc: Doc) -> bool:
    conceded_words = lexicon.modifier_words("concede")
    contrast = any(t.lower_ in CONTRASTING for t in doc)
    phrases = [m for m in lexicon.modifiers()["concede"].find(doc) if len(m.cue.words) > 1]
    if contrast and phrases:
        return True
    # "we share the objective of water security"
    return any(
        token.lemma_.lower() == "share"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in conceded_words for c in token.children)
        for token in doc
    )


def _conceding(doc: Doc, proposal: Proposal) -> bool:
    """Does the sentence grant the other side a point, so that the support in it is
    not support: `conceded`, or "we are not against welfare" (what they are not
    against is not the proposal)?"""
    if conceded(doc):
        return True
    for token in doc:
        # "not against cleaner water", "not opposed to higher wages": a good, not the plan
        if token.lower_ == "against" or (token.lemma_.lower() == "oppose" and token.tag_ == "VBN"):
            negated = any(c.dep_ == "neg" for c in (*token.head.children, *token.children))
            clause = token.head
            while not negated and clause.dep_ in ("pcomp", "prep") and clause.head.i != clause.i:
                clause = clause.head  # "it has never been about being against buses"
                negated = any(c.dep_ == "neg" for c in clause.children)
            objects = [o for t in (token, *token.children) for o in t.children if o.dep_ == "pobj"]
            if (
                negated
                and objects
                and not any(
                    proposal_noun(o)
                    or o.lower_ in ("it", "this", "that", "them")
                    or _definite(o)  # a good in general ("welfare"), not "the cess"
                    for o in objects
                )
            ):
                return True
    return False


# Verbs that ask for a decision ("urged the council to approve it", "wants MPs to pass it")
ASKING = DIRECTIVES | frozenset("call want encourage advise appeal challenge dare".split())


AIMS = {"against": -1, "for": 1, "yes": 1, "no": -1}


def _aim(noun: Token, anti: frozenset[str]) -> int:
    """The side a campaign or a fight is on: "the campaign against the plan", "the No
    campaign", "the opposition campaign" (-1), "the push for it" (+1), "the push for a
    delay" (-1: for an act against it); 0 when nothing says ("the Whigs' election
    campaign")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("against", "for"):
            undone = any(o.dep_ == "pobj" and o.lemma_.lower() in anti for o in child.children)
            return -AIMS[child.lower_] if undone else AIMS[child.lower_]
        if child.dep_ == "prep" and child.lower_ == "with":
            # "a petition with 9,000 names against the plan"
            for aim in (p for o in child.children for p in o.children):
                if aim.dep_ == "prep" and aim.lower_ in ("against", "for"):
                    return AIMS[aim.lower_]
        if child.dep_ in ("compound", "amod", "det", "nmod") and child.i < noun.i:
            if child.lower_ in ("yes", "no"):
                return AIMS[child.lower_]
            match = lexicon.stance_cues().at(noun.doc, child.i)
            if match is not None and match.cue.kind == "noun" and match.end == child.i + 1:
                return SIGNS[match.cue.label]
    return 0


LIKEWISE = re.compile(r"\b(?:as|so) (?:did|does|do)\b", re.IGNORECASE)


def _likewise(cast: Cast, sent: Sent, claims: list[Claim]) -> list[Claim]:
    """ "X voted for it, as did Y", "X backs it, and so does Y": Y does what X did, and
    takes the side X's claims in the clause give."""
    if not LIKEWISE.search(sent.text):
        return []  # read the parse only where the words are ("as do." ended a sentence)
    out = []
    for token in sent.doc:
        if token.lemma_ != "do" or token.dep_ not in ("advcl", "conj"):
            continue
        if not any(c.lower_ in ("as", "so") for c in token.children):
            continue
        doers = [cast.actor_at(sent.pos, c.i) for c in token.children if c.dep_ == "nsubj"]
        first = set(frame(cast, sent, token.head).agents)
        for claim in claims:
            if claim.actor in first and claim.kind in EXPLICIT:
                how = f"as {token.lower_} ← {claim.how}"
                out.extend(replace(claim, actor=d, how=how) for d in doers if d is not None)
    return out


def _asked_of_another(verb: Token) -> bool:
    """Is the verb what someone is asked to do: "urged the mayor to sign it" (the
    one asked is the verb's doer), "demanded the council introduce it"?"""
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in ASKING:
        return False
    if verb.dep_ == "ccomp":
        return any(c.dep_ == "nsubj" for c in verb.children)
    return verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.children)


def _executive_decisions(cast: Cast, sent: Sent, proposal: Proposal, cued: set[int]) -> list[Claim]:
    """ "The government authorised GM crops", "the governor rejected the bill": an
    executive that approves or refuses the measure takes that side (a legislature, court
    or council that decides is the outcome instead). Anyone who asks for the decision
    takes its side: "called on the council to approve the plan". Not where a stance cue
    (`cued`, the words that start one) reads the verb already ("rejected")."""
    doc = sent.doc
    out = []
    for match in lexicon.outcome_cues().find(doc):
        token = doc[match.start]
        asks = token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() in ASKING
        # "wants the plan scrapped": a withdrawal or delay asked for is a side too
        decisions = ("approve", "reject", "withdraw", "postpone") if asks else ("approve", "reject")
        if match.cue.label not in decisions or token.pos_ != "VERB":
            continue
        # "wants the plan scrapped": the plan the subject, no auxiliary, no "whether"
        small_clause = (
            asks
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in token.children)
            and any(c.dep_ == "nsubj" and proposal.names(c) for c in token.children)
        )
        if match.start in cued and not small_clause:
            continue  # read as a stance cue, unless "wants it scrapped", which it cannot
        f = frame(cast, sent, token.head if asks else token)
        agents = [a for a in f.agents if asks or executive(cast.actors[a])]
        if not agents or f.hedged or f.conditional:
            continue
        targets = _objects(token, match.end)
        if any(_excluding(t) for t in targets):
            continue  # "refused to rule out a rise": refusing to refuse it, no side
        weight, turn = _target_weight(proposal, targets, cast, sent.pos)
        if weight < 1 or not (targets or asks):
            continue  # "urged the council to press ahead": with the proposal, unsaid
        sign = DECISION_SIGN[match.cue.label] * turn * (-1 if f.negated else 1)
        cue = doc[match.start : match.end].text
        out.extend(Claim(sent.pos, a, sign, 1.0, "verb", cue, f.path, f.negated) for a in agents)
    return out


def _excluding(verb: Token) -> bool:
    """Is the verb one of refusing or excluding ("rule out", "exclude", "reject",
    "drop"): refused itself, it leaves the thing open?"""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in verb.children):
        return True
    match = lexicon.outcome_cues().at(verb.doc, verb.i)
    return verb.lemma_.lower() == "exclude" or (
        match is not None and match.cue.label in ("reject", "withdraw")
    )


def _withdrawers(cast: Cast, sent: Sent, proposal: Proposal, cued: set[int]) -> list[Claim]:
    """ "The state government has abandoned plans to raise fares": who withdraws a
    proposal is its sponsor giving it up (a withdrawal is by the sponsors), so it
    proposed it, weighed as "its plan" is. Not what is dropped as someone else's
    ("dropped the previous government's scheme"), nor a withdrawal only threatened,
    hedged or denied; a stance cue (`cued`) reads its verb already ("scrapped")."""
    doc = sent.doc
    out = []
    for match in lexicon.outcome_cues().find(doc):
        token = doc[match.start]
        if match.cue.label != "withdraw" or token.pos_ != "VERB" or match.start in cued:
            continue
        if not any(c.dep_ == "nsubj" for c in token.children) and token.dep_ != "ROOT":
            continue  # "gave the ministry a month to drop it": whom it is asked of
        f = frame(cast, sent, token)
        if not f.agents or f.hedged or f.conditional or f.negated or f.passive:
            continue
        if any(c.tag_ == "MD" for c in token.children):
            continue  # "would scrap it": a pledge (`_undoers`), not a withdrawal
        targets = _objects(token, match.end)
        weight, turn = _target_weight(proposal, targets, cast, sent.pos)
        if weight < 1 or turn < 0 or _others(cast, sent, targets, f.agents):
            continue
        if not any(proposal.is_it(t) for t in targets):
            continue  # "withdrew it": maybe an amendment of its own
        cue = f"{doc[match.start : match.end].text} (its own)"
        out.extend(Claim(sent.pos, a, 1, 0.5, "propose", cue, f.path) for a in f.agents)
    return out


def _kept_from_it(verb: Token, proposal: Proposal) -> bool:
    """Does the verb keep someone from an act on the proposal itself ("stopping the
    county from enforcing the act", "barred ministers from signing the deal")? What a
    ban stops is then the proposal, not what the proposal would stop."""
    return any(
        (proposal_noun(o) or proposal.is_it(o) or o.lemma_.lower() in ENACTMENTS)
        and not another(o, proposal)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for act in p.children
        if act.dep_ == "pcomp"
        for dobj in act.children
        if dobj.dep_ == "dobj"
        # "enforcing the Energy Drinks (Control) Act": the name's head is its apposition
        for o in (dobj, *(c for c in dobj.children if c.dep_ == "appos"))
    )


# Names of a law that are no proposal word (an "act" is as often a deed): as what is
# enforced or applied, the law.
ENACTMENTS = frozenset(("act", "statute", "bylaw", "by-law"))


def _doers(cast: Cast, sent: Sent, proposal: Proposal, cued: set[int]) -> list[Claim]:
    """ "The authority will close the plant": the subject of what the proposal does
    (one of its action words), done to what it is about, carries it out: it is the
    proposal's author, a deciding body too. Only its own subject: not "firms will have
    to close it" (the subject of "have"), nor a question."""
    doc = sent.doc
    if sent.text.rstrip('"”’ ').endswith("?"):
        return []
    nouns = lexicon.proposal_nouns()
    out = []
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or token.i in cued:
            continue
        # "set up" is no "set"
        if lemma not in proposal.actions or lemma not in lexicon.one_word_actions():
            continue
        f = frame(cast, sent, token)
        if not f.agents or f.hedged or f.conditional or f.negated:
            continue
        # "the plant will be closed by the authority": its agent does it too
        if f.path != (f"agent({lemma})" if f.passive else f"nsubj({lemma})"):
            continue
        if token.dep_ in ("acl", "ccomp") and token.head.pos_ in ("NOUN", "PROPN"):
            continue  # "fears that donors can buy favours": what a noun says may happen
        if token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() in ENABLING:
            continue  # "would allow police to close it": whom the measure lets act
        if _kept_from_it(token, proposal):
            continue  # "orders stopping the county from enforcing the act": against it
        # done to what the proposal is about, not to the proposal ("authorised the
        # plan" decides on it: `_executive_decisions`)
        done_to = (
            [c for c in token.children if c.dep_ == "nsubjpass"]
            if f.passive
            else _objects(token, token.i + 1)
        )
        # a thing, not a clause: "moved to adopt the bill" decides on it
        objects = [
            o for o in done_to if o.lemma_.lower() not in nouns and o.dep_ not in ("xcomp", "ccomp")
        ]
        if any(proposal.about(phrase_core(o)) for o in objects):
            how = f"{f.path} (does it)"
            out.extend(Claim(sent.pos, a, 1, 1.0, "propose", token.lower_, how) for a in f.agents)
    return out


# Verbs by which a measure lets or makes others act: their subject is not its author.
# Provenance: VerbNet's "allow" (64) and "force" (59) classes.
ENABLING = frozenset(
    "allow let permit enable empower authorise authorize require force oblige compel".split()
)
# Verbs that bring back what a ban or a closure stops
RESTORING = frozenset("restore reinstate revive legalise legalize allow permit".split())
# What makes an act a pledge: a modal of will, or an infinitive under a verb of intent
PLEDGING_MODALS = frozenset("will would shall 'll wo".split())
INTENDING = frozenset("vow pledge promise plan intend aim seek threaten".split())


def _pledged(verb: Token) -> bool:
    """ "they will restore hunting", "vowed to scrap it": said as what the subject will do."""
    if any(c.tag_ == "MD" and c.lower_ in PLEDGING_MODALS for c in verb.children):
        return True
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in INTENDING
    )


# Words of coming to power: a condition on them makes a pledge, not a hedge
POWER = frozenset("elect election power government office".split())


def _in_power(verb: Token) -> bool:
    """Is the verb's condition one of coming to power ("if elected", "if they win the
    election", "if they form the next government")? What a party says it would
    then do is its side now: a pledge."""
    conditions = [
        c
        for v in verb_chain(verb)
        for c in v.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
    ]
    return bool(conditions) and all(
        any(t.lemma_.lower() in POWER for t in c.subtree) for c in conditions
    )


def _undoers(cast: Cast, sent: Sent, proposal: Proposal, cued: set[int]) -> list[Claim]:
    """ "If elected they will restore hunting", "a new government would scrap the scheme":
    who pledges to undo what is proposed, or to bring back what it stops, is against it.
    Not an undoing done (a decision, or its authors dropping it: the outcome's), nor
    one its proposers would do."""
    out = []
    for token in sent.doc:
        if token.pos_ != "VERB" or token.i in cued or not _pledged(token):
            continue
        objects = _objects(token, token.i + 1)
        undoes = proposal.counters([token]) and any(proposal.about(phrase_core(o)) for o in objects)
        # "restore hunting" under a hunting ban: what it stops, brought back
        restores = token.lemma_.lower() in RESTORING and any(
            proposal.activity(phrase_core(o)) for o in objects
        )
        if not (undoes or restores):
            continue
        f = frame(cast, sent, token)
        if not f.agents or f.negated or f.passive or (f.conditional and not _in_power(token)):
            continue
        how = f"{f.path} (would undo it)"
        out.extend(
            Claim(sent.pos, a, -1, 1.0, "verb", token.lower_, how)
            for a in f.agents
            if a not in proposal.proposers
        )
    return out


# Verbs of threatening a reaction ("threatened to strike if ...", "warned it would sue
# unless ..."); provenance: VerbNet's warn-37.9 and promise-37.13 classes.
THREATENING = frozenset("threaten vow warn".split())


def _conditions(verb: Token, proposal: Proposal) -> list[tuple[Token, str]]:
    """The clauses of "if" and "unless" on a verb of threatening or its reaction that
    speak of the proposal itself: its subject or object ("if the council presses ahead
    with it"), not something further down ("if she wins her case to defend it")."""
    reaction = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
    out = []
    for v in (verb, *reaction):
        for clause in v.children:
            marks = [m.lower_ for m in clause.children if m.dep_ == "mark"]
            # the parser takes some for complements
            if clause.dep_ not in ("advcl", "ccomp") or not {"if", "unless"} & set(marks):
                continue
            arguments = [
                a
                for c in clause.children
                for a in ([c] if c.dep_ != "prep" else [*c.children])
                if a.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            ]
            # "if the council presses ahead with the depot": the proposal by its thing
            if any(
                _the_thing_proposed(a, proposal) or a.lower_ in ("it", "this") for a in arguments
            ):
                out.append((clause, "if" if "if" in marks else "unless"))
    return out


def _the_thing_proposed(noun: Token, proposal: Proposal) -> bool:
    """Is the common noun the proposal, or the thing it would make ("the depot")? Not
    a person the terms name, an act against it ("her lawsuit"), nor what a prohibiting
    proposal stops ("the pipeline")."""
    return proposal_noun(noun) or (
        noun.pos_ == "NOUN"
        and proposal.is_it(noun)
        and noun.lemma_.lower() not in proposal.against_words()
        and not proposal.activity(phrase_core(noun))
    )


def _threat_condition(token: Token, proposal: Proposal) -> bool:
    """Is the word inside the condition of a threat ("threatened to sue if it presses
    ahead")? What the condition supposes is nobody's act."""
    for head in token.ancestors:
        if head.lemma_.lower() in THREATENING and head.pos_ == "VERB":
            return any(token in clause.subtree for clause, _ in _conditions(head, proposal))
    return False


def _threats(cast: Cast, sent: Sent, proposal: Proposal) -> list[Claim]:
    """ "The union threatened to strike if the council presses ahead with the plan":
    a reaction threatened on condition that the proposal goes ahead is against it;
    "unless it is dropped", the same; "if it is dropped", for it."""
    out = []
    for verb in sent.doc:
        if verb.lemma_.lower() not in THREATENING or verb.pos_ != "VERB":
            continue
        for clause, mark in _conditions(verb, proposal):
            words = list(clause.subtree)
            # "if it is dropped" and "if it is not pressed ahead with" suppose it gone;
            # "if it is not dropped", that it goes ahead
            dropped = any(t.lemma_.lower() in DROPPING for t in words) != any(
                t.dep_ == "neg" for t in words
            )
            sign = -1 if (mark == "if") != dropped else 1
            f = frame(cast, sent, verb)
            if not f.agents or f.negated or f.passive:
                continue
            how = f"{f.path} → advcl({mark}) (a threat on a condition)"
            out.extend(
                Claim(sent.pos, a, sign, 1.0, "verb", verb.lower_, how)
                for a in f.agents
                if a not in proposal.proposers
            )
            break
    return out


def _labelled(cast: Cast, sents: list[Sent], proposal: Proposal) -> list[Claim]:
    """A group named by its side ("critics", "opponents of the plan") holds it."""
    labels = lexicon.side_labels()
    out = []
    for actor in cast.actors:
        if actor.kind != "group" or not actor.name:
            continue
        head = actor.name.lower().split()[-1]
        turned = _of_what_it_stops(actor.name, proposal)
        if (
            labels.get(head, 0) > 0
            and not turned
            and _of_another_cause(cast, sents, actor.id, head, proposal)
        ):
            continue
        if head in labels and labels[head]:
            # "hunt supporters" of a hunting ban: for what it stops, so against it
            sign = -labels[head] if turned else labels[head]
            out.append(Claim(actor.first, actor.id, sign, 1.0, "label", head, "named by its side"))
            continue
        side = _prefixed_side(actor.name, proposal)
        if side:
            out.append(
                Claim(actor.first, actor.id, side, 1.0, "label", actor.name, "named by its side")
            )
    return out


def _of_what_it_stops(name: str, proposal: Proposal) -> bool:
    """Does a group's name say it is for or against what a ban stops ("hunt
    supporters", "fishing opponents")? Its side on the ban is then the other."""
    words = name.lower().split()[:-1]
    return any({w, w.rstrip("s"), *stems(w)} & proposal.stops for w in words)


def _of_another_cause(
    cast: Cast, sents: list[Sent], actor: int, head: str, proposal: Proposal
) -> bool:
    """ "Privacy advocates", "Labour supporters": a noun before a word of support names
    what they support, here not the proposal."""
    first = cast.actors[actor].first
    if not 0 <= first < len(sents):
        return False
    for token in sents[first].doc:
        if token.lower_ != head or cast.actor_at(first, token.i) != actor:
            continue
        causes = [c for c in token.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
        nouns = [t for c in causes for t in c.subtree if t.pos_ in ("NOUN", "PROPN")]
        return bool(causes) and not proposal.about(nouns)
    return False


# Imperatives that open a campaign's name ("Stop the Levy", "Save Marsh Lane", "No to
# the Pylons", "Hands Off Our Park"): the campaign is against what would change the
# thing it names. Provenance: general knowledge of the names of British, Irish and
# American single-issue campaigns.
CAMPAIGN_OPENERS = ("save", "stop", "scrap", "block", "protect", "no to", "hands off")


def _campaigns_against(cast: Cast, headlines: list[Doc], proposal: Proposal) -> list[Claim]:
    """A body named by a campaign's imperative against what the proposal is about
    ("Save Glen Hospital" of a plan to close it), or against a name the headline
    gives ("Save Marsh Hill" when the headline is of a road across Marsh Hill)."""
    titled = {t.lower_ for h in headlines for t in h if t.pos_ == "PROPN"}
    names = lexicon.org_words() | {"the", "our", "a"}
    out = []
    for actor in cast.actors:
        if actor.kind != "organisation" or not actor.name:
            continue
        words = actor.name.split()
        opener = next(
            (o for o in CAMPAIGN_OPENERS if " ".join(words[: len(o.split())]).lower() == o), None
        )
        if opener is None:
            continue
        rest = [w.lower() for w in words[len(opener.split()) :] if w.lower() not in names]
        if any(singular(w) in proposal.terms or w in titled for w in rest):
            how = "a campaign named against it"
            out.append(Claim(actor.first, actor.id, -1, 1.0, "label", opener, how))
    return out


PREFIXES = {"pro": 1, "anti": -1}


def _prefixed(cast: Cast, sent: Sent, proposal: Proposal, start: int) -> list[Claim]:
    """ "Valmora Now, the pro-depot campaign", "the anti-tax group Fair Rates": the body
    the prefixed noun names, with the side `_prefixed_side` reads."""
    doc = sent.doc
    if start + 2 >= len(doc):
        return []
    words = doc[start : start + 3].text
    side = _prefixed_side(words, proposal)
    if not side:
        return []
    noun = doc[start]
    while noun.dep_ in ("amod", "compound", "nmod", "punct") and noun.head.i != noun.i:
        noun = noun.head  # the noun the prefixed word describes
    named = [noun, *(c for c in noun.children if c.dep_ in ("appos", "compound"))]
    if noun.dep_ in ("appos", "compound"):
        named.append(noun.head)
    for prep in noun.children:  # "anti-tax groups such as X and Y": X and Y too
        if prep.dep_ == "prep" and prep.lower_ in INCLUDING:
            named.extend(t for o in prep.children if o.dep_ == "pobj" for t in (o, *o.conjuncts))
    holders: list[int] = []
    for token in named:
        actor = cast.actor_at(sent.pos, token.i)
        if actor is not None and actor not in holders:
            holders.append(actor)
    if noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in MEMBERSHIP:
        # "X, with Y, led the anti-tax bloc": who leads or joins it is of it
        holders.extend(a for a in frame(cast, sent, noun.head).agents if a not in holders)
    return [Claim(sent.pos, a, side, 1.0, "label", words, "named by its side") for a in holders]


# Verbs that make their subject one of the group they name: "led the anti-tax bloc",
# "joined the pro-depot campaign", "is an anti-war campaigner".
MEMBERSHIP = frozenset("lead join form head spearhead found be become".split())


def _prefixed_side(name: str, proposal: Proposal) -> int:
    """ "anti-smoking campaigners", "the pro-tax lobby": for or against what the
    prefix names; against what a ban stops is for the ban. Nothing when the prefix
    names something else ("pro-democracy activists")."""
    match = re.search(r"\b(pro|anti)-([a-z]+)", name.lower())
    if match is None:
        return 0
    sign, word = PREFIXES[match.group(1)], match.group(2)
    forms = {word, word.rstrip("s"), *stems(word)}
    if forms & proposal.stops:
        return -sign
    if forms & proposal.terms:
        return sign
    return 0


def decide(cast: Cast, claims: list[Claim]) -> dict[int, Decision]:
    """Each actor's stance from its claims. A proposer stays a proposer; a deciding
    body is neutral unless it proposed; a spokesperson's side passes to the body they
    speak for when the body has none of its own."""
    margin = current().margin
    by_actor: dict[int, list[Claim]] = {}
    for claim in claims:
        by_actor.setdefault(claim.actor, []).append(claim)
    out: dict[int, Decision] = {}
    for actor_id, own in by_actor.items():
        actor = cast.actors[actor_id]
        pro = sum(c.weight for c in own if c.sign > 0)
        con = sum(c.weight for c in own if c.sign < 0)
        proposed = any(c.kind == "propose" and c.weight >= 1 for c in own)
        if proposed and pro >= con:
            stance = "proposer"
        elif actor.decider:
            stance = "neutral"
        elif pro - con >= margin:
            stance = "supporter"
        elif con - pro >= margin:
            stance = "opponent"
        elif pro and con:
            stance = "mixed"
        else:
            stance = "neutral"
        out[actor_id] = Decision(stance, pro - con, tuple(own))
    spokespeople(cast, out)
    return out


def _no_position(claims: tuple[Claim, ...]) -> bool:
    """Do the claims say outright that the actor takes no side ("has not taken a
    position on it", "did not oppose it"), and nothing signed?"""
    return any(c.kind in ("verb", "pred") for c in claims) and not any(c.sign for c in claims)


def spokespeople(cast: Cast, decisions: dict[int, Decision]) -> None:
    """A spokesperson's side passes to the body they speak for, if it has none (a
    deciding body's stays the outcome)."""
    from briefgen.analyse.actors import fold

    for actor in cast.actors:
        decision = decisions.get(actor.id)
        if not actor.affiliation or decision is None:
            continue
        if decision.stance not in ("supporter", "opponent", "proposer"):
            continue
        key = fold(actor.affiliation)
        for body in cast.actors:
            if key in body.forms and body.id != actor.id and not body.decider and not body.press:
                held = decisions.get(body.id)
                if held is not None and _no_position(held.claims):
                    # "the association is not taking a position": nor is its officer,
                    # when nothing they said was signed
                    if not any(c.sign for c in decision.claims):
                        decisions[actor.id] = replace(decision, stance="neutral")
                    continue
                if not actor.voice:
                    continue
                if held is None or held.stance == "neutral" or _outweighs(decision, held):
                    stance = "supporter" if decision.stance == "proposer" else decision.stance
                    decisions[body.id] = Decision(stance, decision.score, decision.claims)
    _ministers(cast, decisions)
    _staff(cast, decisions)


def _minister(actor: Actor) -> bool:
    """Does the person hold a government office: a minister, the chancellor, a
    secretary of a portfolio ("Home Secretary"), not a shadow or former one?"""
    title = (actor.title or actor.role or "").lower().split()
    if actor.kind != "person" or not title or {"shadow", "former", "opposition"} & set(title):
        return False
    if title[-1] in ("minister", "chancellor", "premier"):
        return True
    return title[-1] == "secretary" and len(title) > 1 and title[-2] in PORTFOLIOS


def _ministers(cast: Cast, decisions: dict[int, Decision]) -> None:
    """The government, named bare ("the government"), takes the side its ministers
    take when it has none of its own: a minister proposing or defending a measure
    speaks for the government they serve (collective responsibility), a body the
    annotation guide lists apart from them."""
    from briefgen.analyse.actors import fold

    governments = [
        a for a in cast.actors if a.kind == "organisation" and fold(a.name) == "government"
    ]
    sides = [
        decisions[a.id]
        for a in cast.actors
        if _minister(a)
        and not a.affiliation
        and a.id in decisions
        and decisions[a.id].stance in ("supporter", "opponent", "proposer")
    ]
    stances = {"supporter" if d.stance == "proposer" else d.stance for d in sides}
    if len(stances) != 1:
        return  # no minister took a side, or ministers differ
    side, best = stances.pop(), max(sides, key=lambda d: abs(d.score))
    for body in governments:
        held = decisions.get(body.id)
        if not body.decider and (held is None or held.stance == "neutral"):
            decisions[body.id] = Decision(side, best.score, best.claims)
            break


def _staff(cast: Cast, decisions: dict[int, Decision]) -> None:
    """Someone named as of a body or a person ("X's deputy", "the company's lawyer")
    who said nothing outright has the side that body has, when it is surer than their
    own: those who work for a side speak for it."""
    from briefgen.analyse.actors import fold

    sides = ("supporter", "opponent", "proposer")
    for person in cast.actors:
        if person.kind != "person" or not person.affiliation or person.press or person.decider:
            continue
        own = decisions.get(person.id)
        if own is None or own.stance == "proposer" or _outright(own):
            continue  # named in passing ("a letter to X"), or said it outright
        key = fold(person.affiliation)
        for body in cast.actors:
            if body.id == person.id or key not in body.forms or body.decider or body.press:
                continue
            held = decisions.get(body.id)
            if held is None or held.stance not in sides:
                continue
            stance = "supporter" if held.stance == "proposer" else held.stance
            sure = held.stance == "proposer" or _outright(held)
            if own.stance != stance and (sure or abs(held.score) > abs(own.score)):
                decisions[person.id] = Decision(stance, held.score, own.claims)
            break


def _outright(decision: Decision) -> bool:
    return any(c.kind in EXPLICIT and c.weight >= 1 for c in decision.claims)


def _outweighs(voice: Decision, body: Decision) -> bool:
    """The spokesperson's side is surer than the one the body's own weak evidence (its
    speech, its company; nothing said outright) gave it, and differs from it."""
    sides = ("supporter", "opponent")
    return (
        body.stance in sides
        and voice.stance in sides
        and voice.stance != body.stance
        and not _outright(body)
        and abs(voice.score) > abs(body.score)
    )
