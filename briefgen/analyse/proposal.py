"""Step 3, proposal: the words that name what is proposed, and whether a phrase is about it.

The proposal's terms are the content lemmas of the headlines and of each article's
first sentence. A phrase is about the proposal when it shares such a term, names a
proposal ("the plan", "the bill"), or points back to it ("it", "this").
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.analyse import lexicon
from briefgen.analyse.nlp import Sent

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CONTENT_POS = frozenset(("NOUN", "PROPN", "VERB", "ADJ"))
POINTERS = frozenset("it this that them these those".split())
# The verbs of proposing and deciding are no clue to what is proposed.
NOT_TERMS = frozenset(
    "propose plan say vote approve reject pass back oppose support want call set "
    "make take give get go come delay postpone defer shelve scrap drop withdraw ditch "
    "defend".split()
)


# Bodies of members, which act and speak but are never what is proposed ("the union
# fought it all year"), beside the institutions of `lexicon.institutions`.
MEMBERS_BODIES = frozenset("union association federation league society".split())


@dataclass(frozen=True)
class Proposal:
    terms: frozenset[str]  # lemmas that name what is proposed
    actions: frozenset[str]  # its verbs: "close", "ban", "build"
    proposers: frozenset[int] = frozenset()  # actor ids, once attribution has found them
    stops: frozenset[str] = frozenset()  # what it stops, if it is a ban or a closure
    # words of acts against a proposal that name this one: "the well moratorium"
    own_acts: frozenset[str] = frozenset()

    def about(self, tokens: list[Token] | tuple[Token, ...]) -> bool:
        """Does this phrase speak of the proposal?"""
        nouns = lexicon.proposal_nouns()
        for token in tokens:
            lemma = token.lemma_.lower()
            if (
                lemma in self.terms
                or self._act_named(token)
                or (token.lower_ in nouns or lemma in nouns)
                and not _mass_sense(token)
            ):
                return True
            if token.pos_ == "PRON" and token.lower_ in POINTERS:
                return True
            if token.lower_ == "one" and any(c.lower_ == "this" for c in token.children):
                return True  # "backed a drilling bill last year but fought this one"
        return False

    def _act_named(self, noun: Token) -> bool:
        """Is the noun the "-ing" noun of a verb the proposal is told by: "the rezoning"
        when it is a request to rezone land?"""
        word = noun.lower_
        if noun.pos_ != "NOUN" or not word.endswith("ing") or len(word) < 7:
            return False
        stem = word[:-3]
        return stem in self.terms or stem + "e" in self.terms

    def is_it(self, head: Token) -> bool:
        """Strictly: is this noun phrase the proposal itself ("the bill", "the ban",
        "the Prevention Bill"), not just a phrase that shares a word with it?"""
        if proposal_noun(head):
            return True
        return (
            head.pos_ in ("NOUN", "PROPN")
            and (head.lemma_.lower() in self.terms or self._act_named(head))
            and head.lemma_.lower() not in lexicon.group_nouns()
            and head.lower_ not in lexicon.group_nouns()  # "workers" are people, not the plan
            and head.lemma_.lower() not in MEMBERS_BODIES | lexicon.institutions()
        )

    def names(self, head: Token) -> bool:
        """Is the noun phrase headed by `head` the proposal: the head, its compounds
        and modifiers, and what it is "of", "on" or "for" ("a vote on the bill")? Not
        a counted plural: "17 other bills" are not this one."""
        if head.tag_ == "NNS" and any(c.dep_ == "nummod" for c in head.children):
            return False
        return self.about(phrase_core(head))

    def owned(self, head: Token, owner: Token) -> bool:
        """Is "owner's <head>" the proposal, not another plan of the owner's? A bare
        "the minister's plan" may be; "X's marriage plans" or "X's motion for an
        extension" is not, unless what qualifies it is a term of the proposal."""
        qualifiers = []
        for child in head.children:
            if child.i == owner.i or child.dep_ == "relcl":  # a relative clause says more of it
                continue
            qualifiers.extend(phrase_core(child, 1))
        content = [t for t in qualifiers if t.pos_ in ("NOUN", "PROPN", "VERB")]
        return not content or self.about(content)

    def activity(self, tokens: list[Token] | tuple[Token, ...]) -> bool:
        """Does this phrase name what a prohibiting proposal stops ("cars", "the
        paper mill") rather than the proposal ("the ban", "the closure")?"""
        if not any(t.lemma_.lower() in self.stops for t in tokens):
            return False
        stop, nouns = lexicon.prohibitions(), lexicon.proposal_nouns()
        return not any(
            t.lemma_.lower() in stop or t.lemma_.lower() in nouns or t.lower_ in nouns
            for t in tokens
        )

    def against_words(self) -> frozenset[str]:
        """The words of acts against a proposal ("a moratorium on it", "a pause"), less
        those that name this one: when what is proposed is a moratorium, "the
        moratorium" is the proposal, not an act against it."""
        return lexicon.modifier_words("anti") - self.own_acts

    def counters(self, tokens: list[Token] | tuple[Token, ...]) -> bool:
        """Does this phrase name the undoing of the proposal's action ("keep the plant
        running" against a plan to close it)? A word the proposal's own actions hold
        is not: a lead that tells of a plan to buy ships "ending a row" gives its
        actions both sides of "buy / scrap", and "backed the purchase" is the plan."""
        lemmas = {t.lemma_.lower() for t in tokens} - self.actions
        for do, undo in lexicon.actions():
            if self.actions & do and lemmas & undo:
                return True
            if self.actions & undo and lemmas & do:
                return True
        return False


# One act under several names: a moratorium is "a suspension of activity"
# (Merriam-Webster), a pause, a halt, a freeze (its thesaurus's synonyms).
PAUSES = frozenset(("moratorium", "pause", "suspension", "halt", "freeze"))
# Proposals that a legislature passes by a process of its own: a budget is voted on
# (the Finance Bill, the appropriations) when it is the proposal, not when named in passing
VOTED_PLANS = frozenset(("budget",))
# Words that make a proposal noun another one: "a similar tariff", "an earlier bill"
OTHER = frozenset(
    "similar other another previous earlier later subsequent separate rival alternative "
    "different former fresh".split()
)


# Words that date an owner to before the story: "last year's law", "the previous
# government's scheme".
PAST = frozenset(("last", "previous", "former", "past"))


# Quantifiers of a plural (Quirk et al. 1985, 5.25, "indefinite quantifiers"): the
# proposal is one thing, so "several schemes" are others, unless said of it ("several
# measures in the bill")
SEVERAL = frozenset("several many various numerous few some dozens".split())


def another(head: Token, proposal: Proposal) -> bool:
    """Is the noun said to be a proposal other than the story's ("a similar bill passed
    in 2023", "approved a separate tariff"), or a change to it ("rejected amendments
    by the Senate") when the story's is no amendment?"""
    if amending(head) and not _amending_words(head) & proposal.terms:
        return True  # "rejected a compromise offer", unless the proposal is one
    if head.lemma_.lower() == "motion" and any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in PROCEDURES for c in head.children
    ):
        return True  # "the motion to refer (the bill to a committee)": a step on the way
    if (
        head.lemma_.lower() == "motion"
        and "motion" not in proposal.terms
        and proposal.terms & LEGISLATIVE
    ):
        return True  # "urged fellow senators to reject the motion": a motion on the bill
    if head.lemma_.lower() in ("request", "motion", "call", "application") and any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.lemma_.lower() in STEPS_ASKED for o in c.children if o.dep_ == "pobj")
        for c in head.children
    ):
        return True  # "granted her request for a roll-call vote": a step of the debate
    if head.tag_ == "NNS" and not any(c.dep_ == "prep" for c in head.children):
        if any(c.dep_ in ("amod", "det") and c.lower_ in SEVERAL for c in head.children):
            return True  # "objected to several solar schemes": many, not the one proposed
    return any(c.dep_ in ("amod", "det") and c.lower_ in OTHER for c in head.children) or any(
        # "last year's law", "the previous government's plan": of another time
        c.dep_ == "poss" and any(d.lower_ in PAST for d in c.children)
        for c in head.children
    )


# What is offered or moved to change a proposal on its way, not the proposal: "rejected
# a compromise", "accepted amendments", "offered concessions" (Erskine May's amendments,
# and the give and take of bargaining).
AMENDING = frozenset("amendment compromise concession counteroffer counterproposal".split())


def amending(head: Token) -> bool:
    """Does the noun name a change offered to a proposal: "an amendment", "a compromise
    offer"?"""
    return bool(_amending_words(head))


def _amending_words(head: Token) -> set[str]:
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    return {w.lemma_.lower() for w in words} & AMENDING


# The steps of a debate one may ask for ("a request for a recorded vote", "a motion for
# an adjournment"): granting one decides nothing (Robert's Rules; Erskine May).
STEPS_ASKED = frozenset("vote division ballot adjournment recess debate hearing".split())


# Words that name a bill: where the story's proposal is one, "the motion" is another
# thing, a motion moved on it (to refer it, to adjourn its debate).
LEGISLATIVE = frozenset(("bill", "act", "legislation"))


# What a procedural motion does to a bill on its way (motions to commit or refer, to
# adjourn; Erskine May, Robert's Rules of Order): passing one decides no outcome.
PROCEDURES = frozenset("refer send commit recommit adjourn return".split())


# Proposal nouns with a mass sense that names no proposal when bare: "called for
# order" (calm), "law and order" (the law in general), not "the law" or "an order".
MASS_SENSES = frozenset("order law".split())


def _mass_sense(noun: Token) -> bool:
    """ "law and order", or "a request" that does not say what is asked ("refused that
    request", another's ask about the proposal, against "denied a developer's request
    to rezone")."""
    if noun.lemma_.lower() in ASKS:
        if _the_one_before_a_body(noun):
            return False  # "urged the council to refuse the application": the one before it
        return not any(
            c.dep_ in ("acl", "relcl", "compound") or (c.dep_ == "prep" and c.lower_ == "for")
            for c in noun.children
        )
    return noun.lower_ in MASS_SENSES and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children
    )


# Words of a court, whose "application" is a litigant's
COURT_WORDS = lexicon.COURTS | {"justice", "injunction"}


def _the_one_before_a_body(noun: Token) -> bool:
    """ "the application" said bare in a sentence that names a deciding body (a board, a
    council) and no court: the application before that body, which is the proposal."""
    if not any(c.lower_ == "the" for c in noun.children) or len(list(noun.children)) > 1:
        return False
    words = {t.lower_ for t in noun.doc}
    return not words & COURT_WORDS and bool(words & lexicon.deciders())


# Nouns of asking, a proposal only with what is asked said ("a permit application", "a
# request to rezone"): a bare "application" is as often a litigant's to a court.
ASKS = frozenset(("request", "application"))


def proposal_noun(head: Token) -> bool:
    """Is the noun one that names a proposal ("the bill", "the ban", "the Prevention
    of Terrorism Bill")?"""
    if _mass_sense(head):
        return False
    nouns = lexicon.proposal_nouns()
    if head.lower_ in nouns or head.lemma_.lower() in nouns:
        return True
    return head.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in nouns for c in head.children
    )


def _content(doc: Doc) -> list[Token]:
    stop, common = lexicon.stopwords(), lexicon.common_words()
    return [
        t
        for t in doc
        if t.pos_ in CONTENT_POS
        and len(t.text) > 2
        and t.lemma_.lower() not in stop
        and t.lemma_.lower() not in common
        and t.lemma_.lower() not in NOT_TERMS
        and not (t.pos_ == "VERB" and t.lemma_.lower() in _proposing_verbs())
        and t.ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT")
    ]


@functools.cache
def _proposing_verbs() -> frozenset[str]:
    """One-word verbs of proposing ("unveil", "table"), which say nothing of what is
    proposed; not those that can be its action too ("expand")."""
    actions = {w for pair in lexicon.actions() for side in pair for w in side}
    return frozenset(
        cue.words[0]
        for cues in lexicon.proposal_words()["propose"].by_first.values()
        for cue in cues
        if len(cue.words) == 1 and cue.words[0] not in actions
    )


NAMES = frozenset(("ORG", "GPE", "NORP", "FAC", "LOC"))


def _of_proposal(token: Token) -> bool:
    """A name is a term of the proposal only inside the phrase that names it ("Japan's
    proposal for a NATO office"), not as one of the parties around it ("... faces
    opposition from France")."""
    if token.ent_type_ not in NAMES:
        return True
    nouns = lexicon.proposal_nouns()
    return any(a.lower_ in nouns or a.lemma_.lower() in nouns for a in token.ancestors) or any(
        t.lower_ in nouns for t in token.subtree
    )


def _doers_of(doc: Doc) -> set[int]:
    """The words of the subject of a verb of taking sides or deciding, done to an
    object ("Radicals and independents sink visa charge", "Unions back the levy"): who
    acts, not what is proposed, unless a proposal noun sits in it ("Plan to cap rents
    splits coalition"). Not the subject of what the proposal does ("Budget raises
    fares")."""
    nouns = lexicon.proposal_nouns()
    cues = {m.start for m in lexicon.stance_cues().find(doc)}
    cues |= {m.start for m in lexicon.outcome_cues().find(doc)}
    out: set[int] = set()
    for token in doc:
        if token.dep_ != "nsubj" or token.head.i not in cues:
            continue
        if not any(c.dep_ == "dobj" for c in token.head.children):
            continue
        words = list(token.subtree)
        if not any(t.lower_ in nouns or t.lemma_.lower() in nouns for t in words):
            out |= {t.i for t in words}
    return out


def find_proposal(sents: list[Sent], headlines: list[Doc]) -> Proposal:
    """The proposal's terms: content words of the headlines and leads that recur in
    the story (a word said once in a headline is not enough to mark a sentence)."""
    leads = [s.doc for s in sents if s.index < 2]
    body: Counter[str] = Counter(
        t.lemma_.lower() for s in sents for t in s.doc if t.pos_ in CONTENT_POS
    )
    seen = {
        t.lemma_.lower()
        for doc in [*headlines, *leads]
        for doers in [_doers_of(doc)]
        for t in _content(doc)
        if _of_proposal(t) and t.i not in doers
    }
    # a lead word the story never says again is incidental; a headline word counts
    terms = frozenset(
        lemma
        for lemma in seen
        if body[lemma] >= 2 or any(lemma == t.lemma_.lower() for h in headlines for t in h)
    )
    # an action and its synonyms: "close" brings "shut", "shutter", "retire"; of a pair
    # of opposites, the one said first ("will close the plant, resisting calls to keep
    # it open": the closure)
    # not what is done to the proposal ("has scrapped plans for a levy"): an event
    verbs = [
        t.lemma_.lower()
        for doc in [*headlines, *leads]
        for t in doc
        if t.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "nsubjpass") and proposal_noun(c) for c in t.children)
        # "a meeting to save the libraries", "a campaign to keep it open": the aim of
        # something else, not the act proposed ("a plan to close them" is)
        and not (t.dep_ in ("acl", "relcl") and t.head.pos_ == "NOUN" and not proposal_noun(t.head))
        and not (
            t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        )
    ]
    actions: set[str] = set()
    opposed: set[str] = set()
    for verb in verbs:
        if verb in actions or verb in opposed:
            continue
        for do, undo in lexicon.actions():
            for side, other in ((do, undo), (undo, do)):
                if verb in side:
                    actions |= side
                    opposed |= other
    stops = frozenset(
        t.lemma_.lower()
        for doc in [*headlines, *leads]
        for word in doc
        for t in _stopped(word)
        if t.pos_ in ("NOUN", "PROPN", "VERB") and t.lemma_.lower() in terms
    )
    if not stops:
        stops = _stopped_later(sents, headlines, terms)
    # "a ban on hunting" stops hunts too: the verb of a gerund, when the story uses it
    stops |= {stem for word in stops for stem in stems(word) if stem in terms}
    # a prohibition the headline names is the proposal ("Board tables well moratorium"),
    # though elsewhere such a word is an act against one ("a moratorium on the mine")
    named = {t.lemma_.lower() for h in headlines for t in h}
    own = lexicon.modifier_words("anti") & lexicon.prohibitions() & terms & named
    if own & PAUSES:  # "votes to pause X" over "a moratorium on X": one act
        own |= PAUSES & terms
    return Proposal(terms, frozenset(actions), stops=stops, own_acts=frozenset(own))


def _stopped_later(
    sents: list[Sent], headlines: list[Doc], terms: frozenset[str]
) -> frozenset[str]:
    """What a prohibition the headline names bare ("Last nets cast as ban nears")
    stops, from the first sentence that says it in full ("the ban on fishing")."""
    named = {t.lemma_.lower() for h in headlines for t in h} & lexicon.prohibitions()
    for sent in sents:
        for word in sent.doc:
            if word.lemma_.lower() not in named:
                continue
            found = {
                t.lemma_.lower()
                for t in _stopped(word)
                if t.pos_ in ("NOUN", "PROPN", "VERB")
                and (t.lemma_.lower() in terms or stems(t.lemma_.lower()) & terms)
            }
            if found:
                return frozenset(found)
    return frozenset()


def stems(word: str) -> set[str]:
    """The verbs a gerund may come from: "hunting" → "hunt", "mining" → "mine",
    "running" → "run"."""
    if not word.endswith("ing") or len(word) < 6:
        return set()
    stem = word[:-3]
    out = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.add(stem[:-1])
    return out


def _stopped(word: Token) -> list[Token]:
    """What a word of prohibition stops: "a ban on cars", "a smoking ban", "to close
    the mill", "a vote to stop the works"; nothing for other words."""
    if word.lemma_.lower() not in lexicon.prohibitions() or word.pos_ not in ("NOUN", "VERB"):
        return []
    if word.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and proposal_noun(c) for c in word.children
    ):
        return []  # "court suspends ban on X", "suspended a county law": done to the proposal
    out: list[Token] = []
    for child in word.children:
        if child.dep_ == "compound" and child.tag_ in ("VBZ", "VBD", "VBP"):
            continue  # "Court suspends Harbourside ban": a verb misread as a noun's
        if child.ent_type_ in NAMED_DOERS:
            continue  # "the Harbourside ban", "stopping the county from acting": who, not what
        if child.dep_ in ("dobj", "compound", "xcomp", "pcomp"):
            out.extend(phrase_core(_counted(child), 1))
        elif child.dep_ == "prep" and child.lower_ in ("on", "of", "against"):
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    out.extend(phrase_core(obj, 1))
    return out


# Names of places, bodies and people: whom a ban is for or keeps from acting, never the
# activity it stops
NAMED_DOERS = frozenset(("GPE", "LOC", "NORP", "ORG", "PERSON"))


# Nouns that measure something or are a dealing in it: "limit the number of betting
# shops" stops the shops, "ban the import and sale of fireworks" stops fireworks.
MEASURES = frozenset(
    "number amount level size volume quantity scale spread use sale import export "
    "production manufacture purchase possession supply consumption".split()
)


def _counted(noun: Token) -> Token:
    """What a noun of measure measures ("the number of new shops" → shops), also over a
    coordination ("the import and sale of X")."""
    if noun.lemma_.lower() not in MEASURES:
        return noun
    for head in (noun, *noun.conjuncts):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return noun


def phrase_core(head: Token, depth: int = 2) -> list[Token]:
    """The head of a phrase with its close modifiers and the objects of its
    prepositions, a few levels down: what the phrase is about, not every word in it."""
    out = [head]
    for child in head.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod", "det", "nummod"):
            out.append(child)
        elif depth and child.dep_ in ("prep", "xcomp", "acl", "relcl", "dobj", "pobj", "ccomp"):
            out.extend(phrase_core(child, depth - 1))
    return out
