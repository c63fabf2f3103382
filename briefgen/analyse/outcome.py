"""Step 5, outcome: what happened to the proposal, read from its events.

An event is an outcome cue ("approved", "vetoed", "shelved", "postponed", "will
vote on") whose subject is the proposal (passive: "the bill was passed") or whose
agent decides (a council, a court, voters, a head of government) or sponsors it
(only they withdraw). A vote by some members ("32 MPs voted against") is not what the
decider did, so it is no event. Tense and modality place the event: a future or
hedged decision leaves the proposal pending; a negated one turns approval into
rejection ("failed to pass"); a condition ("if passed") is no event. The latest
article decides, and in it the headline and the lead weigh most.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefgen.analyse import lexicon
from briefgen.analyse.actors import EXECUTIVES, Cast, executive
from briefgen.analyse.attribution import DIRECTIVES, RAISING, frame
from briefgen.analyse.nlp import Sent
from briefgen.analyse.params import current
from briefgen.analyse.proposal import VOTED_PLANS, Proposal, another, phrase_core, proposal_noun
from briefgen.analyse.stance import _objects
from briefgen.model import Story

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DECISIVE = ("approve", "reject", "withdraw", "postpone")
STATUS = {
    "reject": "rejected",
    "withdraw": "withdrawn",
    "postpone": "postponed",
    "pending": "pending",
    "open": "left_open",
}
LAW_WORDS = frozenset("enact law".split())
# Verbs that only a deciding body uses of a proposal ("backed" or "welcomed" is a side)
DECISION_VERBS = frozenset("approve pass adopt ratify enact reject veto deny defeat".split())
BILLS = frozenset("bill legislation act law".split())
# What a court does to a law it lets stand
UPHOLDING = frozenset("uphold".split())
# what only a law does: it comes into force
LAW_CUES = frozenset(
    (
        "come into force",
        "come into effect",
        "enter into force",
        "take effect",
        "become law",
        # the last stage of a bill in a Westminster-style parliament
        "receive royal assent",
        "get royal assent",
        "be given royal assent",
    )
)
# Tabling a bill starts a process ("introduced a bill", "filed papers"); "plans to
# introduce health checks" only restates what is proposed
TABLING = frozenset("introduce submit file table lodge publish".split())
# Verbs whose object is a stage the proposal is in ("faces a lawsuit", "entered
# mediation", "reached a deadlock"); any other verb's object is what a side argues over
STAGE_VERBS = frozenset(
    "face enter begin start file bring launch lodge reach have hold make continue "
    "resume await schedule force trigger call expect see end".split()
)
# Verbs of stopping a measure, which a court or a body may refuse to do
STOPPING = frozenset("stop block halt overturn quash prevent suspend freeze strike".split())
# What a case in court is brought to do: "go to court to stop the plan"
CHALLENGING = frozenset("stop block halt overturn quash challenge prevent fight defend".split())
# Adverbs of what happens as a rule (the frequency adverbs of English grammars)
HABITUAL = frozenset(
    "usually often routinely regularly annually typically generally normally always "
    "sometimes seldom rarely frequently".split()
)
# "the bill goes to the upper house": a move counts only towards a deciding body
MOVING = frozenset("go head".split())
# "voted down", "voted through": what members do together, as the body
TOGETHER = frozenset(("down", "through"))
NONE = frozenset(("no", "not", "n't", "never"))
TABLED = frozenset(
    "bill legislation law motion amendment application papers petition lawsuit case "
    "appeal challenge complaint claim suit".split()
)
# Who in a parliament sponsors the measures it votes on (lemmas: "ministers" is
# "minister"): their defeat over a measure is its rejection. What they lose: a vote.
SPONSORS = frozenset("government minister administration".split())
VOTES = frozenset("vote division ballot".split())
# Verbs of a decision taken, whose infinitive is what was decided ("voted to close")
DECIDING = frozenset("decide agree vote resolve opt choose move".split())
# Verbs whose infinitive, in the past, happened ("was forced to drop the plan",
# "managed to pass it"): Karttunen (1971), implicative verbs.
IMPLICATIVE = frozenset("force compel oblige manage".split())
# Verbs that refuse what their infinitive says ("refused to publish the report")
REFUSING = frozenset("refuse decline".split())
# Verbs of giving or refusing consent, which a government does as the deciding authority
# when a scheme is put to it (planning consent, licences), whatever it does with bills
CONSENTING = frozenset("approve reject refuse deny grant".split())
# Who holds an executive's power to refuse: "the government refuses to publish"
GOVERNMENTS = frozenset("government ministers minister cabinet executive".split())
# "is expected", "is due", "is likely to be lifted", "is set for June": still to come
EXPECTED = frozenset("expect due likely set".split())
# what a decision is called when it is still to come ("the response is expected")
DECISION_NOUNS = frozenset(
    "decision response ruling verdict vote referendum judgment judgement answer".split()
)
# ... and what a body takes or puts off on it: "deferred a decision", "held off on action"
DECISIONS_TAKEN = DECISION_NOUNS | {"action"}
# Verbs of weighing a matter before deciding it: what they weigh must be the proposal.
WEIGHING = frozenset("consider review examine study weigh discuss debate assess".split())
# A story about a bill is one whose decision comes through parliamentary passage
LEGISLATION = frozenset(("bill", "bills", "legislation"))


@dataclass(frozen=True)
class Event:
    article: int
    sent: int  # the sentence's position in the story, -1 for a headline
    status: str
    cue: str
    score: float
    how: str


def _agent_words(tokens: list[Token]) -> set[str]:
    """The words of the agents, an abbreviated title also in full ("Gov." a governor)."""
    words = {t.lower_ for tok in tokens for t in tok.subtree}
    full = lexicon.full_titles()
    return words | {full[w.rstrip(".")] for w in words if w.rstrip(".") in full}


def _awaits_a_decision(token: Token, proposal: Proposal) -> bool:
    """Is what is awaited, or who awaits, the proposal or a decision on it ("the bill
    awaits royal assent", "awaiting a ruling on the plan", "awaiting approval")?"""
    if any(c.dep_ in ("nsubj", "nsubjpass") and proposal.is_it(c) for c in token.children):
        return True
    awaited = [t for c in token.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    return any(
        (t.pos_ in ("NOUN", "PROPN") and proposal.names(t))
        or t.lemma_.lower() in DECISION_NOUNS
        or t.lemma_.lower() in lexicon.outcome_cues().by_first
        for t in awaited
    )


def _subject_tokens(token: Token) -> list[Token]:
    if _fragment(token):
        return [token.head]
    for verb in [token, token.head]:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        if subj:
            out = []
            for s in subj:
                out.extend(
                    # "passed by 300 votes to 250": the margin, not who passed it; "put
                    # back by twelve months": how long, not who
                    [
                        o
                        for o in s.children
                        if o.dep_ == "pobj"
                        and o.lemma_.lower() not in VOTES | TIME_UNITS
                        and o.ent_type_ not in ("DATE", "TIME")
                    ]
                    if s.dep_ == "agent"
                    else [s]
                )
            return out
    return []


def _parallel_object(pronoun: Token) -> Token | None:
    """The noun an object "it" stands for when its clause is the second of two alike
    ("12 voted to overturn the veto and 9 voted to sustain it"): the first clause's
    object, not the proposal a bare "it" is taken for elsewhere."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "dobj":
        return None
    verb = pronoun.head
    while verb.dep_ == "xcomp":
        verb = verb.head
    if verb.dep_ != "conj":
        return None
    first = verb.head
    while True:
        nouns = [c for c in first.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if nouns:
            return nouns[0]
        down = [c for c in first.children if c.dep_ == "xcomp"]
        if not down:
            return None
        first = down[0]


def _event(
    cast: Cast,
    sent: Sent | None,
    doc: Doc,
    proposal: Proposal,
    start: int,
    end: int,
    label: str,
    cue: str,
    decided_by: set[int],
) -> tuple[str, str] | None:
    """The status an outcome cue gives, and how it was read; None when it is not
    an event of the proposal."""
    token = doc[start]
    about_sentence = proposal.about(list(doc))
    voted = _voted_to(token, proposal)
    if voted is not None:
        label, cue = "approve", f"vote to {voted}"  # "the board voted to close the plant"
    # a phrase may open with the verb's auxiliary ("to vote"): the verb is asked for
    verb = token.head if token.dep_ == "aux" and token.head.pos_ == "VERB" else token
    if sent is not None and (_imperative(token) or _habitual(token) or _asked_for(verb)):
        return None
    if token.lemma_.lower() == "pass" and _onto_a_chamber(token) and _moved(token, proposal):
        return "pending", f"{cue} {NEXT_CHAMBER}"  # "the bill passes to the upper house"
    if voted is None and label in ("pending", "open"):
        if token.lemma_.lower() in TABLING and not _tables_a_bill(token):
            return None
        if token.lemma_.lower() == "await" and not _awaits_a_decision(token, proposal):
            return None  # "the authority said it was awaiting guidance": not on the proposal
        said = [token, *(c for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))]
        if any(c.dep_ in ("det", "neg") and c.lower_ in NONE for t in said for c in t.children):
            return None  # "no vote has been scheduled": no step to come
        if token.lemma_.lower() == "schedule" and token.pos_ == "NOUN":
            return None  # "years ahead of schedule": a timetable, not a step set
        if _step_unsaid(token):
            return None  # "has set no date for it to go to the cabinet"
        weighed = [c for c in verb.children if c.dep_ == "dobj"]
        if (
            verb.lemma_.lower() in WEIGHING
            and weighed
            and not any(proposal.about(phrase_core(c)) for c in weighed)
        ):
            return None  # "the union will consider legal action": something else is weighed
        if (
            token.pos_ == "NOUN"
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() not in STAGE_VERBS
        ):
            return None  # "opposed compulsory mediation": the content argued over
        if token.lemma_.lower() in MOVING and not (
            _towards_a_body(token) and _moved(token, proposal)
        ):
            return None
        if token.lemma_.lower() == "send":
            if not (_to_a_chamber(token, sent_on=True) and _sent(token, proposal)):
                return None  # "sent a letter to the senate", "sends it to the governor"
            cue = f"{cue} {NEXT_CHAMBER}"
        elif token.lemma_.lower() in MOVING and _to_a_chamber(token):
            cue = f"{cue} {NEXT_CHAMBER}"
        return (STATUS[label], f"{cue}") if about_sentence else None
    if token.pos_ == "NOUN":
        # a decision named by a noun is reported only as a headline's or a clause's
        # subject ("Passage of the bill ..."), not inside another phrase
        if sent is not None and token.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
            return None
        return _nominal(token, proposal, label, cue)
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    f = frame(cast, sent, token) if sent is not None else None
    subjects = _subject_tokens(token)
    words = _agent_words(subjects)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or (
        # a headline drops the auxiliary: "Vote on the plan postponed", "Wind farm approved"
        # (which the parser may read as a past tense with no object)
        sent is None
        and (
            token.tag_ == "VBN"
            or (token.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in token.children))
        )
        and not any(c.dep_ == "aux" for c in token.children)
    )
    # what was acted on: a noun phrase, not a clause ("denied that it was split")
    acted_on = _objects(token, end)
    objects = [
        o
        for o in acted_on
        if o.pos_ in ("NOUN", "PROPN", "PRON") and o.ent_type_ not in ("DATE", "TIME")
    ]  # "on Monday" is when, not what
    # "approved tripling the levy": the proposal's own act, as a gerund
    doing_it = any(
        o.tag_ == "VBG"
        and o.lemma_.lower() in proposal.terms
        and not proposal.counters(list(o.subtree))  # not "backed keeping it open"
        for o in acted_on
    )
    # "voted to overturn the veto and 9 voted to sustain it": the veto stands
    objects = [_parallel_object(o) or o for o in objects]
    if any(o.dep_ == "dobj" for o in objects):  # "withdraw services over the plan": why
        objects = [o for o in objects if o.dep_ != "pobj" or o.head.lower_ not in ("over", "about")]
    beaten = _sponsor_beaten(token, subjects, passive, label)
    if beaten:  # "the government was defeated over the bill": the bill was
        objects = beaten
    object_words = {t.lower_ for o in objects for t in o.subtree}
    through = token.lemma_.lower() in ("pass", "clear") and bool(
        object_words & lexicon.legislatures()
    )  # "the ban passes Parliament"
    raised = (
        passive
        and token.dep_ == "xcomp"
        and (token.head.lemma_.lower() in RAISING or _arranged(token))
    )  # "the plan is to be scrapped": the subject of "is"
    subject_is_proposal = any(
        s.dep_ in ("nsubjpass", "nsubj")
        # "children whose claims were refused": something of the antecedent's
        and not any(c.lower_ == "whose" for c in s.children)
        and not _a_persons_name(cast, s)  # "Hale backs ..." in a headline
        and (
            # the active subject of a decision is a proposal noun ("the bill failed");
            # a word the proposal shares may name someone ("the artist denied")
            (
                proposal.is_it(s)
                and (passive or proposal_noun(s) or _passes_or_fails(token, s))
                and not another(s, proposal)
            )
            # "the debate on the adoption of the framework was postponed"
            # a decision on it stands for the proposal: "the debate on the adoption of ..."
            or (
                label in ("postpone", "withdraw")
                and passive
                and (proposal.names(s) or proposal.about(list(s.subtree)))
                and not another(s, proposal)  # "a later plan to charge for it was shelved"
            )
        )
        # "the bill is expected to be approved": the subject of the verb it completes
        for s in (*token.children, *(token.head.children if raised else ()))
    ) and (passive or not objects or through)
    if token.dep_ in ("relcl", "acl", "amod", "pcomp") and not (
        subject_is_proposal or _fragment(token)
    ):
        return None  # "parents who refuse to ...": a clause about something else
    deciders = lexicon.deciders()
    decider = (
        bool(words & deciders)
        or any(cast.actors[a].decider for a in (f.agents if f else ()))
        or bool(words & EXECUTIVES)
    )
    if beaten:
        decider = True  # the chamber that beat the sponsor decided
    if words & GOVERNMENTS and token.lemma_.lower() in CONSENTING:
        decider = True  # "ministers approved the wind farm": consent given
    if "referendum" in {t.lemma_.lower() for t in doc} and token.lemma_.lower() == "vote":
        decider = True  # in a referendum the voters decide
    if token.lemma_.lower() == "veto":
        decider = True  # only those who can decide can veto
    if token.lemma_.lower() in APPELLATE or (
        token.lemma_.lower() == "grant"
        and any(o.dep_ == "dobj" and o.lemma_.lower() in CONSENTS for o in token.children)
    ):
        decider = True  # "overturned the council's refusal", "granted permission"
    if (
        token.lemma_.lower() == "vote"
        and any(c.dep_ in ("prt", "prep") and c.lower_ in TOGETHER for c in token.children)
        and subjects
        and all(s.tag_ in ("NNS", "NNPS") for s in subjects)
    ):
        decider = True  # "clubs voted the cap down": only a body's members together can
    counted = any(c.dep_ == "nummod" for s in subjects for c in s.children)
    if counted and not words & {"voters"}:
        return None  # "32 MPs voted against": members, not the decider
    if any(_faction(s) for s in subjects):
        return None  # "Opposition MPs voted against it": a side of the chamber
    unknown_decider = False
    if not subject_is_proposal and voted is None:
        # an act on the proposal counts when a decider does it ("the council rejected
        # the plan"); anyone may withdraw or delay what they put forward
        anti = proposal.against_words()
        if not doing_it and not any(
            (proposal.is_it(o) and not another(o, proposal))
            # "rejected a challenge to the plan", "postponed its vote on the plan"
            or ((o.lemma_.lower() in anti or label == "postpone") and proposal.names(o))
            or (label == "postpone" and decider and _its_decision(o))
            for o in objects
            if not _decision_on_another(o, proposal)
        ):
            return None
        if label in ("approve", "reject") and not decider:
            # a body the word lists do not know (a parliament by its own name) may
            # still be deciding, but a person or a party rejecting a plan is taking
            # a side: only a named organisation's act counts, and only where
            # nothing clearer is said
            if words & SIDES or not any(
                t.pos_ == "PROPN"
                and t.ent_type_ not in ("PERSON", "NORP", "GPE")
                and not _a_persons_name(cast, t)
                for t in subjects
            ):
                return None  # "the Harbour Party backs the plan": a side, not a decision
            cue, unknown_decider = f"{cue} (by an actor not known to decide)", True
    if through:
        words |= object_words
    own = any(c.dep_ == "poss" for o in objects for c in o.children)  # "dropped its plan"
    if label == "withdraw" and decider and not own and not words & EXECUTIVES and words & deciders:
        # a body does not withdraw a proposal it did not make: scrapping one put to it
        # ("the council shelved the plan") is turning it down. Not in a headline, which
        # drops the "its" that tells a body's own plan ("Council drops depot")
        if sent is None or any(o.lemma_.lower() in proposal.against_words() for o in objects):
            return None  # "the assembly dropped its challenge to the plan"
        label, cue = "reject", f"{cue} (by the body it was put to)"
    negated = bool(f and f.negated)
    hedged = bool(f and f.hedged)
    conditional = bool(f and f.conditional)
    if conditional:
        return None
    hypothetical = any(
        c.tag_ == "MD" and c.lower_ in ("would", "could", "might", "may", "should")
        for verb in token.ancestors
        for c in verb.children
    )  # "it would make sure the law was repealed"
    future = (
        hypothetical
        or (_unrealised(token) and not (label in ("withdraw", "postpone") and _arranged(token)))
        or any(c.tag_ == "MD" for c in token.children)
        or (token.tag_ == "VB" and token.dep_ in ("xcomp", "ccomp") and not _decided_to(token))
    ) and not (label == "postpone" and not hypothetical and _to_a_date(token))
    if (
        f is not None
        and label in DECISIVE
        and (decider or token.lemma_.lower() in DECISION_VERBS)
        and not (hedged or future)
    ):
        # whoever decides is a deciding body (a person who vetoes may take a side);
        # who asks for a decision ("urged the council to reject it") is not
        decided_by.update(
            a for a in f.agents if cast.actors[a].kind != "person" and not executive(cast.actors[a])
        )
    anti = proposal.against_words()
    if any(o.lemma_.lower() in anti for o in objects):
        if label == "withdraw":
            return None  # "the upper house dropped its challenge": the opposing is dropped
        label = {"approve": "reject", "reject": "approve"}.get(label, label)
    if negated:
        if label == "approve":
            label = "reject"
        elif label == "reject":
            return None
        else:
            return None
    if hedged or future:
        if unknown_decider:
            return None  # "the league will press ahead with it": no decision to come
        return "pending", f"{cue} (future or hedged)"
    if label == "withdraw" and _for_now(token):
        label, cue = "postpone", f"{cue} (for a time)"  # "called off the plan until May"
    if label == "approve" and (_a_stage(words, subjects, objects) or _an_early_stage(token)):
        return "pending", f"{cue} {STAGE}"
    if label == "approve" and token.lemma_.lower() in UPHOLDING:
        return "approved", cue  # a court upholds a law: approved, not passed again
    if label == "approve":
        legislature = (
            bool(words & lexicon.legislatures())
            or token.lemma_.lower() in LAW_WORDS
            or cue in LAW_CUES
            or bool(LAW_WORDS & set(cue.split()))  # "signed it into law": enacted
            or any(o.lemma_.lower() in BILLS for o in objects)  # bills are passed
        )
        # "passed by 4,100 votes in the referendum": a ballot of the people
        balloted = {t.lower_ for t in doc} & {"voters", "referendum", "electorate"}
        if not legislature and token.lemma_.lower() == "pass" and not balloted:
            legislature = True
        return ("passed" if legislature else "approved"), cue
    return STATUS[label], cue


# Verbs of wanting and asking: what they take is wished for, not done
# ... and of persuading: "tried to persuade members to vote for it" (Levin 1993, 59
# "force" verbs: what one is brought to do has not happened yet)
WISHING = DIRECTIVES | frozenset("want wish call hope persuade convince encourage".split())


def _step_unsaid(token: Token) -> bool:
    """Is the step denied or put in doubt by a word above it: "has set no date for the
    plan to go to the cabinet", "has not said whether a bill would go to Parliament"?"""
    clause = token
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
            return True
        if clause.dep_ not in ("acl", "advcl", "xcomp", "ccomp", "relcl", "pcomp", "pobj", "prep"):
            return False
        clause = clause.head
        if any(c.dep_ in ("det", "neg") and c.lower_ in NONE for c in clause.children):
            return True
    return False


def _asked_for(token: Token) -> bool:
    """ "The union wants the plan scrapped", "urged ministers to publish the papers
    instead": an act someone wants done has not happened."""
    verb = token
    for _ in range(3):
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "wants it scrapped and replaced": the first conjunct's place
        # "called for the purchase to be suspended", "asking for it to be approved"
        if verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in verb.children
        ):
            return verb.head.lemma_.lower() in WISHING
        if verb.dep_ == "pcomp" and verb.head.lower_ == "for":
            return verb.head.head.lemma_.lower() in WISHING
        if verb.dep_ not in ("ccomp", "xcomp", "oprd") or verb.head.i == verb.i:
            return False  # "called a meeting and the council rejected it": a clause of its own
        verb = verb.head
        if verb.lemma_.lower() in WISHING:
            return True
    return False


# Bodies that take sides and never decide: a party, a campaign, a union
SIDES = frozenset("party parties campaign group union association alliance lobby".split())
# Qualifiers that make a committee a legislature's: "a parliamentary committee"
LEGISLATIVE = frozenset("parliamentary legislative congressional select standing".split())


def _a_stage(words: set[str], subjects: list[Token], objects: list[Token]) -> bool:
    """Is an approval a stage of a bill's passage, not its end: a legislature's
    committee passing it ("a parliamentary committee passed the bill"), or a cabinet
    approving a bill it then puts to the legislature ("the cabinet cleared the bill")?
    A council's planning committee approving a scheme decides it."""
    committee = "committee" in words and bool(words & (LEGISLATIVE | lexicon.legislatures()))
    bill = any(t.lemma_.lower() in BILLS - LAW_WORDS for t in (*subjects, *objects))
    return committee or (bill and bool(words & {"cabinet"}))


# What an approval passes when it is one step of a bill's passage: "passed second
# stage", "cleared its first hurdle", "backed its general principles" (Westminster-style
# readings and stages, and the debates of legislatures that pass a bill in two or more
# "debates"; the last one, "final", ends it)
STEPS = frozenset("stage reading hurdle vote debate".split())
EARLY = frozenset("first second preliminary initial".split())
PRINCIPLE = frozenset(("principle", "principles"))
CLAUSES = frozenset("ccomp xcomp advcl relcl acl csubj".split())


def _an_early_stage(token: Token) -> bool:
    """Is what was approved an early step of the passage: "passed second stage",
    "clears first hurdle", "backed the general principles", "approved in principle"?"""
    for t in token.subtree:
        if t.i == token.i:
            continue
        between = [t]  # t and its heads up to the verb, whose subtree holds it
        while between[-1].head.i != token.i:
            between.append(between[-1].head)
        if len(between) > 3 or any(a.dep_ in CLAUSES for a in between):
            continue  # within the verb's own phrases: "approved the plan in principle"
        lemma = t.lemma_.lower()
        if lemma in PRINCIPLE and (
            (t.dep_ == "pobj" and t.head.lower_ == "in")  # "approved in principle"
            or any(c.lower_ == "general" for c in t.children)  # "its general principles"
        ):
            return True
        if lemma in STEPS and any(
            m.lower_ in EARLY for m in t.children if m.dep_ in ("amod", "compound", "nummod")
        ):
            return True
    return False


def _for_now(token: Token) -> bool:
    """Is the act limited in time ("dropped until the board meets", "shelved for now",
    "for the time being")? Then it puts the proposal off, it does not end it."""
    for t in token.subtree:
        if t.lower_ in ("until", "till") and (
            t.head == token or (t.head.dep_ == "advcl" and t.head.head == token)
        ):
            return True
        if t.lower_ == "for" and t.head in (token, *token.children):
            rest = [c.lower_ for c in t.subtree][1:]
            if rest in (["now"], ["the", "time", "being"]):
                return True
    return False


def _sponsor_beaten(token: Token, subjects: list[Token], passive: bool, label: str) -> list[Token]:
    """What the government lost a vote over: "the government was defeated over the
    bill", "ministers lost the vote on the bill" (in a parliament the executive's
    defeat on its measure is the measure's). Empty when the sentence says no such thing."""
    lemma = token.lemma_.lower()
    if label != "reject" or not (lemma == "defeat" and passive or lemma == "lose" and not passive):
        return []
    if not subjects or not all(s.lemma_.lower() in SPONSORS for s in subjects):
        return []
    heads = [token, *(c for c in token.children if c.dep_ == "dobj" and c.lemma_ in VOTES)]
    return [
        o
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("over", "on")
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _decided_to(token: Token) -> bool:
    """ "The board has decided to drop the plan", "was forced to drop it": an
    infinitive under a decision already taken, or one that says it happened, is done,
    not to come."""
    head = token.head
    # the parser may read a vote's infinitive as one of purpose after an adjunct ("voted
    # 6-3 on Monday to reject it"): what a body voted or decided to do is the decision
    deciding = token.dep_ == "advcl" and head.lemma_.lower() in DECIDING
    return (
        (token.dep_ == "xcomp" or deciding)
        and head.lemma_.lower() in DECIDING | IMPLICATIVE
        and head.tag_ in ("VBD", "VBN", "VBZ")
        and not any(c.tag_ == "MD" for c in head.children)
    )


def _arranged(token: Token) -> bool:
    """ "The scheme is to be scrapped", "Scheme to be scrapped": "be to" reports what
    has been arranged (Quirk et al., A Comprehensive Grammar of the English Language,
    4.48); a sponsor's arrangement to drop or delay its plan is the decision."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
        return False
    head = token.head
    if token.dep_ == "ROOT":  # a headline leaves out the "is"
        return not any(c.dep_ == "aux" and c.tag_ != "TO" for c in token.children)
    return (
        token.dep_ == "xcomp"
        and head.lemma_.lower() == "be"
        and head.tag_ in ("VBZ", "VBP", "VBD")
        and not any(c.tag_ == "MD" for c in head.children)
    )


def _to_a_date(token: Token) -> bool:
    """Does the delay name its new date or its length ("will be pushed back to January",
    "would be delayed by a year", "put off until after the election")? A delay told
    with when it ends has been settled, said in the future or not."""
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("to", "until", "till", "by"):
            for o in child.children:
                if o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in TIME_UNITS:
                    return True
    return False


# Nouns of a length of time: "delayed by twelve months".
TIME_UNITS = frozenset("day week month year decade".split())


def _unrealised(token: Token) -> bool:
    """Is the event inside an infinitive, a purpose or a plan not yet carried out ("time
    is crucial for the government to get the bill passed", "plans to scrap the fee")?
    The clauses up to the first finite verb are read; a decision taken ("decided to
    scrap") is realised."""
    verb = token
    while True:
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            return not _decided_to(verb)
        if verb.tag_ in ("VBD", "VBZ", "VBP") or verb.dep_ == "ROOT" or verb.head is verb:
            return False
        if any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children):
            return False
        verb = verb.head


def _dated_before(token: Token, year: int | None) -> bool:
    """ "In 2014, voters rejected a plan ...": an event the text dates to a year before
    the article's is background, not the latest news."""
    if year is None:
        return False
    for ent in token.doc.ents:
        if ent.label_ != "DATE" or not (ent.root.is_ancestor(token) or token.is_ancestor(ent.root)):
            continue
        years = [int(t.text) for t in ent if t.like_num and len(t.text) == 4 and t.text.isdigit()]
        if any(1800 < y < year for y in years):
            return True
    return False


def _tables_a_bill(token: Token) -> bool:
    """ "introduced a bill", "the bill, introduced by ...", "filed court papers": what
    is tabled is a bill, a motion or a legal claim, which starts a process."""
    tabled = [o for o in token.children if o.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ in ("acl", "relcl"):
        tabled.append(token.head)
    return any(t.lemma_.lower() in TABLED or t.lower_ in TABLED for t in tabled)


def _declined(token: Token, proposal: Proposal) -> bool:
    """ "The government refuses to publish the advice", "a decision by ministers not to
    change the law": an executive or a deciding body declines to do what is proposed."""
    lemma = token.lemma_.lower()
    refusing = lemma in REFUSING and token.pos_ == "VERB"
    deciding = lemma in DECIDING or (lemma == "decision" and token.pos_ == "NOUN")
    if not (refusing or deciding) or any(c.tag_ == "MD" for c in token.children):
        return False
    done = [x for x in token.children if x.dep_ in ("xcomp", "acl") and x.pos_ == "VERB"]
    # "the court refused to halt the scheme": what is refused is an act against it
    undoing = STOPPING | proposal.against_words()
    done = [x for x in done if x.lemma_.lower() not in undoing]
    if not any(
        (refusing or any(c.dep_ == "neg" for c in x.children))
        and (
            x.lemma_.lower() in proposal.actions
            or any(
                o.dep_ == "dobj" and proposal.is_it(o) and o.lemma_.lower() not in RULINGS
                for o in x.children
            )
        )
        for x in done
    ):
        return False  # "declined to take a decision": none taken, no refusal of the plan
    agents = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] + [
        o for c in token.children if c.dep_ == "agent" or c.lower_ == "by" for o in c.children
    ]
    words = {t.lemma_.lower() for a in agents for t in a.subtree} | _agent_words(agents)
    return bool(words & (GOVERNMENTS | EXECUTIVES | lexicon.deciders()))


# Acts only a body above another's decision can do (appeal boards, courts), and what
# only a deciding authority grants.
APPELLATE = frozenset(("overturn", "quash"))
CONSENTS = frozenset("permission consent approval licence license permit".split())


# Nouns of a decision itself: declining to take one rejects nothing.
RULINGS = frozenset(("decision", "ruling", "vote", "position"))


# Who signs what a legislature has passed: a move to them is assent, not a decision
SIGNERS = frozenset("president governor king queen monarch".split())


def _towards_a_body(token: Token) -> bool:
    """ "when the bill reaches the upper house": a move to a deciding body, not "now
    goes to the president" for signing once passed."""
    bodies = lexicon.deciders() | lexicon.legislatures()
    return any(
        prep.lower_ in ("to", "before")
        and not any(t.lower_ in SIGNERS for t in prep.children)
        and any(t.lower_ in bodies or t.lemma_.lower() in bodies for t in prep.subtree)
        for prep in _onward(token)
    )


def _onward(verb: Token) -> list[Token]:
    """The verb's prepositions of where to, and those after an "on": "sending it to
    the senate" (the parser's dative), "sent it on to the senate"."""
    preps = [c for c in verb.children if c.dep_ in ("prep", "dative")]
    preps += [
        p
        for c in verb.children
        if c.lower_ == "on" and c.dep_ in ("prep", "prt", "advmod")
        for p in c.children
        if p.dep_ == "prep"
    ]
    return preps


# What opens a case in court against a measure: "ongoing litigation" is a decision
# still to come, even on a law already signed (the stages of a law: a court may yet
# strike it down). "file" counts when what is filed is a case.
LITIGATION = frozenset(
    ("litigation", "lawsuit", "lawsuits", "face a legal challenge", "face a court challenge")
)
COURT_CASES = frozenset("court lawsuit suit litigation petition".split())
NEXT_CHAMBER = "(to the next chamber)"
STAGE = "(a stage on the way to the decision)"


def _lower_chamber(event: Event, sents: list[Sent]) -> bool:
    """Was the passage a lower chamber's ("cleared the House of Representatives", "the
    Commons passed it"), which an upper chamber still had to pass?"""
    if event.sent < 0:
        return False
    words = {t.lower_ for t in sents[event.sent].doc}
    return bool(words & LOWER_CHAMBERS) or {"lower", "house"} <= words


# Names of the lower chambers of bicameral legislatures (the Inter-Parliamentary
# Union's Parline database): "the House of Representatives", "the Commons", "the Lok
# Sabha", "the Dail".
LOWER_CHAMBERS = frozenset("representatives commons delegates deputies dáil dail".split())


def _to_a_chamber(token: Token, sent_on: bool = False) -> bool:
    """ "It now goes to the Senate", "the bill will head to the upper house": a move,
    now or to come, to a legislature, so what passed before was one chamber's vote.
    With `sent_on`, also a participle of the vote's result: "voted for it, sending it
    on to the senate"."""
    now = token.tag_ in ("VBZ", "VBP") or any(c.tag_ == "MD" for c in token.children)
    now = now or (sent_on and token.tag_ == "VBG" and token.dep_ in ("advcl", "conj"))
    return now and _onto_a_chamber(token)


def _onto_a_chamber(token: Token) -> bool:
    """Is where the verb goes a legislature: "goes to the Senate", "passes to the
    Senate" (a bill that passes to a chamber moves there, whatever the tense; what
    passes a chamber is its vote)?"""
    chambers = lexicon.legislatures()
    return any(
        t.lower_ in chambers or t.lemma_.lower() in chambers
        for prep in _onward(token)
        if prep.lower_ == "to"
        for t in prep.subtree
    )


def _sent(token: Token, proposal: Proposal) -> bool:
    """Is what "send" moves the proposal: "sending the bill", "sent it"?"""
    nouns = lexicon.proposal_nouns()
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in nouns or proposal.is_it(c) or c.lower_ == "it")
        for c in token.children
    )


def _moved(token: Token, proposal: Proposal) -> bool:
    """ "The bill heads to the senate", "critics will go to court over the plan":
    what moves is the proposal or a case about it, not "couples go to court" in
    general."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns = lexicon.proposal_nouns() | TABLED
    if any(
        s.lemma_.lower() in nouns or (s.pos_ == "PROPN" and proposal.is_it(s)) or s.lower_ == "it"
        for s in subjects
    ):
        return True  # "the bill goes to ...", "it now goes to the Senate"; not "residents"
    # what the case is over ("over the plan") or for: "to stop the plan", not "to give
    # evidence" in a story about evidence
    over = [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("over", "against", "about", "on")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    purpose = [
        o
        for c in token.children
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in CHALLENGING
        for o in c.children
        if o.dep_ == "dobj"
    ]
    return any(proposal.names(o) for o in [*over, *purpose])


def _a_persons_name(cast: Cast, token: Token) -> bool:
    """ "Hale backs the plan" in a headline, where the tagger sees no person: a name
    the story gives a person."""
    form = token.text.lower()
    return any(a.kind == "person" and form in a.name.lower().split() for a in cast.actors)


def _habitual(token: Token) -> bool:
    """ "Couples go to court each year", "the council usually approves such plans": what
    happens as a rule is background, not an event of this proposal. The frequency
    may hang from the purpose clause: "go to court to settle disputes each year"."""
    verbs = [token, *(c for c in token.children if c.dep_ in ("advcl", "xcomp"))]
    for child in (c for v in verbs for c in v.children):
        if child.dep_ == "advmod" and child.lower_ in HABITUAL:
            return True
        if child.dep_ == "npadvmod" and any(
            d.dep_ == "det" and d.lower_ in ("each", "every") for d in child.children
        ):
            return True  # "each year", "every day" (not "a day after the vote")
    return False


def _imperative(token: Token) -> bool:
    """ "- Introduce laws to ...": a bare verb opening a sentence, with no subject, is an
    item in a list of plans, not something that happened."""
    before = [t for t in token.doc[: token.i] if not t.is_space]
    opens = token.dep_ == "ROOT" or (bool(before) and before[-1].text in ("-", "–", "•", "*"))
    return (
        token.tag_ == "VB"
        and opens
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)
    )


def _expected(token: Token, proposal: Proposal) -> bool:
    """ "The government's response to the plan is expected next week", "the ban is
    likely to be lifted": a decision on the proposal still to come."""
    if token.lemma_.lower() not in EXPECTED or any(c.dep_ == "neg" for c in token.children):
        return False
    holder = token.head if token.dep_ == "acomp" else token
    for subject in holder.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.lemma_.lower() in DECISION_NOUNS and proposal.names(subject):
            return True
        if any(  # "the government is expected to win Wednesday's vote"
            x.dep_ == "xcomp"
            and any(o.dep_ == "dobj" and o.lemma_.lower() in DECISION_NOUNS for o in x.children)
            for x in token.children
        ):
            return True
        if proposal.is_it(subject) and any(
            x.dep_ == "xcomp"
            and any(c.dep_ == "auxpass" for c in x.children)
            and (x.lemma_.lower() in proposal.terms or x.lemma_.lower() in proposal.actions)
            for x in token.children
        ):
            return True  # the proposal is to be done: "the ban is likely to be lifted"
    return False


def _fragment(token: Token) -> bool:
    """A verb the parser hung under a noun that heads the whole sentence ("the
    commission approved of ..." read as a noun phrase): the noun is its subject."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBD"
        and token.head.dep_ == "ROOT"
        and token.head.pos_ in ("NOUN", "PROPN")
    )


def _voted_to(token: Token, proposal: Proposal) -> str | None:
    """ "voted to close the plant": a vote, in the past, to do what is proposed."""
    if token.lemma_.lower() != "vote" or token.tag_ not in ("VBD", "VBZ", "VBN"):
        return None
    if any(c.lower_ in ("down", "against") or c.dep_ == "dobj" for c in token.children):
        return None  # "voted down a bill to build it": the bill's aim, not the vote's
    for child in token.children:
        if child.dep_ == "xcomp" and (
            child.lemma_.lower() in proposal.actions or child.lemma_.lower() in proposal.terms
        ):
            protest = lexicon.stance_cues().at(token.doc, child.i)
            if protest is not None and protest.cue.label == "-":
                return None  # "voted to strike over the cuts": a protest against it
            done_to = [_parallel_object(o) or o for o in child.children if o.dep_ == "dobj"]
            if any(o.lemma_.lower() in proposal.against_words() for o in done_to):
                return None  # "voted to sustain [the veto]": an act against it, kept
            return child.lemma_.lower()
    return None


def _nominal(token: Token, proposal: Proposal, label: str, cue: str) -> tuple[str, str] | None:
    """ "the passage of the bill", "the bill's rejection": a decision named by a noun
    is an event when what it is of is the proposal."""
    owners = [c for c in token.children if c.dep_ == "poss"] + [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if label not in DECISIVE or not any(proposal.is_it(o) for o in owners):
        return None
    if label == "approve":
        return "passed" if token.lemma_.lower() in (
            "passage",
            "passing",
            "enactment",
        ) else "approved", cue
    return STATUS[label], cue


def find_events(
    story: Story,
    cast: Cast,
    sents: list[Sent],
    headlines: list[Doc],
    proposal: Proposal,
    skip: set[int],
) -> list[Event]:
    """Every event of the proposal in the story, headlines included. The bodies
    that decide are marked as deciders in the cast."""
    events: list[Event] = []
    decided_by: set[int] = set()
    cues = lexicon.outcome_cues()
    earlier = lexicon.modifier_words("earlier")
    years = [a.date.year if a.date else None for a in story.articles]

    def scan(article: int, pos: int, doc: Doc, sent: Sent | None, base: float) -> None:
        for token in doc:
            if _expected(token, proposal):
                events.append(Event(article, pos, "pending", token.text, base - 1.5, "expected"))
            if _declined(token, proposal):
                events.append(Event(article, pos, "rejected", token.text, base, "declined"))
            if _fell_short(token, proposal):
                events.append(Event(article, pos, "rejected", token.text, base, "fell short"))
            # adoptions no cue list holds: "voted to close it", "the bill was carried"
            cue = "carried" if _carried(token) else "vote" if _voted_to(token, proposal) else None
            if cue is not None:
                found = _event(
                    cast, sent, doc, proposal, token.i, token.i + 1, "approve", cue, decided_by
                )
                if found is not None:
                    events.append(Event(article, pos, found[0], found[1], base, found[1]))
        for match in cues.find(doc):
            cue = match.cue.text
            found = _event(
                cast, sent, doc, proposal, match.start, match.end, match.cue.label, cue, decided_by
            )
            if found is None:
                continue
            status, how = found
            score = base - (2.5 if "not known to decide" in how else 0)
            if status in ("pending", "left_open"):
                score -= 1.5
                if sent is None and _held(doc[match.start]):
                    score -= 1.5  # "Parliament votes on it": the body tells the result
            if (
                any(t.lower_ in earlier and not _backshifted(t) for t in doc)
                or any(c.lower_ == "had" for c in doc[match.start].children)
                and not _backshifted(doc[match.start])
                or _dated_before(doc[match.start], years[article])
            ):
                score -= 2
            said = doc[match.start : match.end].text  # the words as written, for --explain
            events.append(Event(article, pos, status, said, score, how))

    for a, doc in enumerate(headlines):
        scan(a, -1, doc, None, 3.0)
    for sent in sents:
        if sent.pos in skip or ASIDE.match(sent.text):
            continue  # "Separately, the ministry said ...": news of another matter
        base = 2.0 if sent.index < 2 else 1.0 - min(sent.index, 20) / 40
        scan(sent.article, sent.pos, sent.doc, sent, base)
        counted = _result(sent.text)
        if counted is not None:  # "Result: 15 in favour, 8 against": told by its count
            status = (
                ("passed" if legislative(sents, proposal) else "approved")
                if counted
                else "rejected"
            )
            events.append(
                Event(sent.article, sent.pos, status, "result", base - 0.5, "result counted")
            )
    for actor in decided_by:
        cast.actors[actor].decider = True
    return events


def _its_decision(noun: Token) -> bool:
    """ "The council held off on final action", "deferred a decision until May": a
    deciding body putting off its decision, on nothing else named, puts off the
    proposal it is deciding."""
    return noun.lemma_.lower() in DECISIONS_TAKEN and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "about", "over") for c in noun.children
    )


def _decision_on_another(noun: Token, proposal: Proposal) -> bool:
    """ "deferred a decision on the library budget": a decision on something the
    proposal's words do not name."""
    return noun.lemma_.lower() in DECISIONS_TAKEN and any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "about", "over")
        and not proposal.about(list(c.subtree))
        for c in noun.children
    )


def _faction(subject: Token) -> bool:
    """Is the subject some of a chamber's members, named by their party or side
    ("Labour MPs", "opposition deputies", "several senators"), not the chamber (nor
    its members by their country or state)?"""
    return subject.lower_ in MEMBERS and any(
        c.dep_ in ("compound", "amod", "nmod", "det")
        and c.lower_ not in ("the", "all", "most", "these", "those", "its", "their")
        # "Danish lawmakers", "Texas senators": the whole chamber, by its place
        and c.lower_ not in lexicon.countries()
        and c.ent_type_ not in ("GPE", "LOC")
        for c in subject.children
    )


# The members of a chamber or a council, by the plural nouns that name them
MEMBERS = frozenset(
    "lawmakers legislators parliamentarians mps msps mlas meps tds peers senators "
    "representatives deputies councillors councilors councilmembers delegates".split()
)


def _result(text: str) -> bool | None:
    """A vote's result told by its count ("Result: 150 in favour, 60 against", "The
    result was 10 in favour, 13 against"): True when more voted for than against, False
    when fewer, None when the sentence tells no result or a tie."""
    match = RESULT.search(text)
    if match is None:
        return None
    ayes, noes = (int(match.group(g).replace(",", "")) for g in (1, 2))
    return None if ayes == noes else ayes > noes


# The openings by which news copy turns to another matter ("Separately, ...", "In a
# separate vote, ...", "In other business, ..."): what is decided there is not the story's.
ASIDE = re.compile(
    r"\s*(?:separately|in\s+(?:a\s+)?separate\s+\w+|in\s+other\s+(?:business|news|matters))\b",
    re.IGNORECASE,
)


# A result by its count, as live reports and minutes give it
RESULT = re.compile(
    r"\bresult(?:\s+was|\s*:)\s+(\d[\d,]*)\s+(?:votes?\s+)?in\s+favou?r\b[^.;:]{0,12}?"
    r"(\d[\d,]*)\s+(?:votes?\s+)?against\b",
    re.IGNORECASE,
)


def _held(token: Token) -> bool:
    """A headline's vote in the present, "Council votes on the cap": a vote being
    held or just held (a live report), no sign that nothing is decided yet."""
    return (
        token.lower_ in ("vote", "votes")
        and token.dep_ not in ("dobj", "pobj")  # "holds votes on it"
        and not any(c.dep_ == "aux" or c.tag_ == "MD" for c in token.children)  # "to vote on"
    )


def _carried(token: Token) -> bool:
    """ "The motion was carried", "the bill was carried by 240 to 190": a chamber's word
    for adopting what was put to it (not "carried out", "carried on"); a word left out
    of the cue lists, where most of its uses are of other things."""
    return (
        token.lemma_.lower() == "carry"
        and token.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in token.children)
        and not any(c.dep_ == "prt" for c in token.children)
    )


def _passes_or_fails(verb: Token, subject: Token) -> bool:
    """ "The levy does not pass", "the charge failed": what passes or fails, with no
    object, is a measure, so a word of the proposal's own names it (not a person)."""
    return (
        verb.lemma_.lower() in ("pass", "fail")
        and not any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
        and subject.ent_type_ != "PERSON"
    )


def _fell_short(token: Token, proposal: Proposal) -> bool:
    """ "It fell one vote short (of the 14 it needed)", "Senate vote falls short": the
    proposal, or the vote on it, failed to carry. Not in the future or a condition."""
    if token.lemma_.lower() != "fall" or token.pos_ != "VERB":
        return False
    if not any(
        c.lower_ == "short" and c.dep_ in ("advmod", "acomp", "oprd") for c in token.children
    ):
        return False
    if any(c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ == "if") for c in token.children):
        return False
    short = next(c for c in token.children if c.lower_ == "short")
    if any(
        p.dep_ == "prep"
        and p.lower_ == "on"
        and not any(o.ent_type_ in ("DATE", "TIME") for o in p.children)
        for p in (*token.children, *short.children)
    ):
        return False  # "the scheme falls short on fairness": found wanting, not voted down
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return any(
        s.lemma_.lower() == "vote" or (proposal.about([s]) and not another(s, proposal))
        for s in subjects
    )


def _backshifted(token: Token) -> bool:
    """Is the word a pluperfect's "had" (or its verb) in what a past reporting verb
    reports ("the ministry said the decision had been deferred"): the tense of reported
    speech, not an earlier time?"""
    verb = token.head if token.lower_ == "had" else token
    if token.lower_ != "had" and not any(c.lower_ == "had" for c in verb.children):
        return False
    return (
        verb.dep_ == "ccomp"
        and verb.head.tag_ == "VBD"
        and verb.head.lemma_.lower() in (lexicon.speech_verbs())
    )


def _lemmas(event: Event, sents: list[Sent]) -> set[str]:
    return {t.lemma_.lower() for t in sents[event.sent].doc} if event.sent >= 0 else set()


def _litigation(event: Event, sents: list[Sent]) -> bool:
    """Is the event a case brought in court ("filed a lawsuit", "court papers")?"""
    return event.how in LITIGATION or (
        event.how == "file" and bool(_lemmas(event, sents) & COURT_CASES)
    )


def _in_court(event: Event, sents: list[Sent]) -> bool:
    """Is the event said of a court ("the court upheld the ban")?"""
    return bool(_lemmas(event, sents) & lexicon.COURTS)


def latest_article(story: Story) -> int:
    """The article whose report is the latest: by date, then by order."""
    order = sorted(
        range(len(story.articles)),
        key=lambda i: (story.articles[i].date or dt.date.min, i),
    )
    return order[-1]


def pledge(sents: list[Sent]) -> bool:
    """Is the proposal a pledge for after an election ("if they win the election")?
    Nothing can decide it before then: it is left open."""
    for sent in sents:
        quoted = sent.quoted()  # "if they are elected, taxes will rise": a warning
        for token in sent.doc:
            if token.i in quoted or not any(
                c.dep_ == "mark" and c.lower_ == "if" for c in token.children
            ):
                continue
            if token.head.lemma_.lower() in lexicon.modifier_words("anti"):
                continue  # "would not repeal the law if elected": of undoing it, once made
            if token.lemma_.lower() == "elect" and token.tag_ == "VBN":
                return True  # "if elected, the party would ..."
            if token.lemma_.lower() == "win" and any(
                t.lemma_.lower() == "election" for t in token.subtree
            ):
                return True
    return False


def legislative(sents: list[Sent], proposal: Proposal | None = None) -> bool:
    """Does the story speak of a bill, or propose a budget, whose passage is a defined
    process to come?"""
    if proposal is not None and proposal.terms & VOTED_PLANS:
        return True
    return any(t.lower_ in LEGISLATION and t.ent_type_ != "PERSON" for s in sents for t in s.doc)


def undecided(
    events: list[Event], sents: list[Sent] | None, proposal: Proposal | None = None
) -> str:
    """The status when nothing was decided: a pledge for after an election is left
    open; a process still running (a vote to come, a bill, a court case) is pending;
    a conflict with no decision point is left open."""
    if sents is not None and pledge(sents):
        return "left_open"
    if any(e.status == "pending" for e in events):
        return "pending"
    if sents is not None and legislative(sents, proposal):
        return "pending"
    if any(e.status == "left_open" for e in events):
        return "left_open"
    return current().default_status


def decide(
    story: Story,
    events: list[Event],
    sents: list[Sent] | None = None,
    proposal: Proposal | None = None,
) -> tuple[str, list[Event]]:
    """The status and the events that decided it, strongest first."""
    latest = latest_article(story)
    own = [e for e in events if e.article == latest] or events
    # "Cabinet clears levy" over a lead whose "cleared a draft bill" is a stage: the
    # headline restates the lead, and its act is the same stage
    if sents is not None:
        lead = {s.pos for s in sents if s.index < 2}
        stages = {
            e.how.removesuffix(f" {STAGE}") for e in own if e.sent in lead and e.how.endswith(STAGE)
        }
        own = [
            replace(e, status="pending", how=f"{e.how} {STAGE}")
            if e.sent == -1 and e.status in ("approved", "passed") and e.how in stages
            else e
            for e in own
        ]
    # "the lower house passed it; it now goes to the Senate": what passed so far was a
    # chamber's vote, a stage (the move is said in the present or future tense)
    if any(e.how.endswith(NEXT_CHAMBER) for e in own):
        own = [e for e in own if e.status != "passed"]
    if sents is not None and any(e.status == "rejected" for e in own):
        # "it cleared the House of Representatives in January" and the Senate then
        # turned it down: the lower chamber's vote was a stage
        own = [e for e in own if not (e.status == "passed" and _lower_chamber(e, sents))]
    # of events that weigh alike the first told leads, but past the lead (a body
    # sentence's weight is at most 1) the later told is the newer: a live report's
    # result after the amendments voted on before it
    ranked = sorted(own, key=lambda e: (-e.score, -e.sent if e.score <= 1 else e.sent))
    if all(e.status in ("pending", "left_open") for e in ranked):
        status = undecided(ranked, sents, proposal)
        return status, [e for e in ranked if e.status == status]
    adopted = [e for e in ranked if e.status in ("approved", "passed")]
    if sents is not None and ranked[0] in adopted:
        suing = [e for e in ranked if e.status == "pending" and _litigation(e, sents)]
        if suing and not any(e.status != "pending" and _in_court(e, sents) for e in ranked):
            # a case against the adopted measure is in court and no court has ruled
            return "pending", [*suing, *(e for e in ranked if e not in suing)]
    if ranked[0] in adopted and {e.status for e in adopted} == {"approved", "passed"}:
        # "the assembly passed the ordinance ... it was approved 9-3": one adoption in
        # two words, and the earlier (the headline's, the lead's) names it
        first = min(adopted, key=lambda e: e.sent)
        ranked = [first, *(e for e in ranked if e is not first)]
    return ranked[0].status, ranked
