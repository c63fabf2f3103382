"""Step 4, attribution: who does or says what, read off the dependency parse.

For every cue (a support or opposition predicate, a proposing verb, a speech verb)
the agent is found through the parse: the subject, the "by" agent of a passive, the
subject of the verb a cue depends on ("refused to back"), every conjunct of a
coordinated subject ("X and Y voted against"), and the antecedent of a pronoun.
Around the cue, negation ("did not oppose"), hedges ("has yet to back") and
conditions ("if passed") are read off the cue's own dependents and the verbs above
it. Reported speech is (speaker, cue verb, content); a quotation with no cue verb
of its own continues the speech just before it, or stays unattributed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.analyse import lexicon
from briefgen.analyse.actors import (
    INCLUDING,
    SEATS,
    Cast,
    county_after_town,
    names_run_on,
    not_all,
)
from briefgen.analyse.nlp import QUOTE, Sent

if TYPE_CHECKING:
    from spacy.tokens import Token

NEGATING_HEADS = frozenset("refuse decline fail reject oppose resist stop cease regret".split())
# How an act is judged: "was right to approve it", "was wrong to back it", "it was a
# mistake to support it" (an evaluative adjective or noun with an infinitive, Quirk et
# al. 1985, 16.75, 18.36); an act judged wrong is renounced.
JUDGED = {
    **dict.fromkeys(("right", "wise", "correct"), 1),
    **dict.fromkeys(("wrong", "foolish", "mistaken", "misguided"), -1),
    **dict.fromkeys(("mistake", "error", "blunder"), -1),
}
HEDGING_HEADS = frozenset("consider weigh mull study review".split())
HEDGE_MODALS = frozenset("may might could".split())
# Passives whose subject is the subject of the verb after "to" (raising): "are set to
# vote", "is expected to back", "are poised to reject" (English grammar's raising verbs;
# "due" and "likely" are adjectives, whose subject the parse already gives).
RAISING = frozenset("set poise expect slate schedule tip say report believe".split())
# Verbs of changing a mind, whose passive says what its subject now holds: "is not
# persuaded", "was convinced by the case" (the one persuaded holds the view, not the
# persuader; Levin 1993, 31.1 "amuse" verbs' adjectival passives)
PERSUADED = frozenset("persuade convince".split())
CONDITION_MARKS = frozenset("if unless whether".split())
CONDITIONS = CONDITION_MARKS - {"whether"}  # of an adverbial clause: see `frame`
ACCORDING = ("according", "to")
OPENING_MARKS = frozenset('“"')


@dataclass(frozen=True)
class Frame:
    """A predicate in context: its agents and what modifies it."""

    verb: int  # token index of the predicate
    agents: tuple[int, ...]  # actor ids
    agent_tokens: tuple[int, ...]  # token indices of the agents' heads
    negated: bool
    hedged: bool
    conditional: bool
    passive: bool
    path: str  # the dependency path from agent to predicate, for --explain
    renounced: bool = False  # "was wrong to back it": the act taken back


@dataclass(frozen=True)
class Speech:
    """Reported speech in one sentence: speaker, cue and the content's tokens."""

    sent: int
    speaker: int | None  # actor id, None when unattributed
    cue: str
    content: tuple[int, int]  # token range [start, end) of what was said
    quote: str | None  # the quotation's words, when there is one
    how: str  # how the speaker was found, for --explain
    with_: tuple[int, ...] = ()  # who speak with them ("X and Y say")
    verb: int | None = None  # the token index of the cue verb, when there is one


def verb_chain(token: Token) -> list[Token]:
    """The token and the verbs it hangs from through xcomp/ccomp/conj/advcl: the
    places where a subject, a negation or a modal may be written."""
    chain = [token]
    while (
        _attempted(chain[-1])
        or chain[-1].dep_
        in (
            "xcomp",
            "conj",
            "aux",
            "auxpass",
            "acomp",
            "prep",
            "pcomp",
            "dobj",
            "pobj",
            "attr",
            "advcl",
        )
        and chain[-1].head.i != chain[-1].i
    ):
        head = _coordinated_with(chain[-1])
        chain.append(head)
        if (
            len(chain) > 6
            or head.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
        ):
            break
    return chain


# Nouns of trying (FrameNet's Attempt frame: attempt, bid, effort, endeavour, try; with
# the campaigning "move", "push", "drive"): whoever makes the attempt does what it is to do.
ATTEMPTS = frozenset("attempt bid effort endeavour endeavor try move push drive".split())


def _attempted(verb: Token) -> bool:
    """Is the verb what an attempt is to do ("its bid to stop the levy", "an effort to
    stop it")? Then its agent is the attempt's maker, further up."""
    return (
        verb.dep_ in ("acl", "relcl")
        and verb.head.lemma_.lower() in ATTEMPTS
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _coordinated_with(token: Token) -> Token:
    """The token's head, or for a past-tense verb the parser coordinated with a verb of
    another tense in a reported clause ("X said Labour would set out plans and
    attacked the rival plans"), the reporting verb it goes with."""
    head = token.head
    if (
        token.dep_ == "conj"
        and token.tag_ == "VBD"
        and head.tag_ == "VB"
        and head.dep_ == "ccomp"
        and head.head.tag_ == "VBD"
    ):
        return head.head
    return head


PARTICIPLE_DEPS = frozenset(("acl", "advcl"))


def _subjects(verb: Token) -> tuple[list[Token], bool]:
    """The subject tokens of a verb (with conjuncts), and whether it is passive."""
    inverted = inverted_subject(verb)
    if inverted:  # "Opposed to the plan are X and Y": X and Y are opposed to it
        return _with_conjuncts(inverted), False
    if _main_verb_as_clause(verb):
        return _with_conjuncts([verb.head]), False
    # a past participle after its noun is passive too: "a decision branded a retreat by X"
    # (the tagger may take it for a past tense, the parser for a clause of the sentence's
    # verb; "news that X had promised" is no participle)
    passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children) or (
        verb.dep_ in PARTICIPLE_DEPS
        and verb.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("nsubj", "aux", "mark") for c in verb.children)
    )
    if passive and verb.lemma_.lower() in PERSUADED:
        return _with_conjuncts([c for c in verb.children if c.dep_ == "nsubjpass"]), False
    if passive:
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [o for o in child.children if o.dep_ == "pobj"]
                return _with_conjuncts(objs), True
        if verb.lemma_.lower() in RAISING and any(c.dep_ == "xcomp" for c in verb.children):
            # "MPs are set to vote against it": the subject is the one who will vote
            return _with_conjuncts([c for c in verb.children if c.dep_ == "nsubjpass"]), False
        return _with_conjuncts(_stray_agent(verb)), True
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in ATTEMPTS:
        owners = [c for c in verb.children if c.dep_ == "poss"]
        if owners:
            return owners, False  # "the group's bid to block it": the group's act
    # the parser may hang the subject from the auxiliary when words come between ("he
    # did, for the first time, say ...")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [
        g for c in verb.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"
    ]
    if verb.dep_ == "relcl" and all(s.tag_ in ("WP", "WDT") for s in subjects):
        antecedent = verb.head  # "X, who opposes the plan": the relative's antecedent
        if antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN":
            antecedent = antecedent.head  # "X, a charity which opposes it": said of X
        subjects = identified(antecedent) or [antecedent]
    if not subjects and verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG":
        head = verb.head  # "..., saying it was needed": the main clause's subject
        if _after_a_time_clause(verb):
            head = head.head  # "backed it after the Senate changed it, saying ...": not the Senate
        subjects = (
            _senders(head)
            or [c for c in head.children if c.dep_ == "nsubj"]
            or ([head.head] if head.dep_ in ("relcl", "appos") else [])
            or _makers(verb)
            or _those_named(head)
            # "groups fighting it include X", "among the groups fighting it are X"
            or ([head] if _subject_of_a_list(head) or _among_those(head) is not head else [])
        )
    if not subjects and verb.dep_ == "ROOT":
        subjects = _name_before(verb)
    # "the mayor, along with three councillors, voted": the parser hangs the companions
    # off the verb
    companions = (
        [
            c
            for c in verb.children
            # "X backed it, along with Y": after the verb only these, not "with"
            if c.dep_ == "prep"
            and (c.i < verb.i or c.lower_ in ("along", "together", "alongside"))
            and _companion(c)
        ]
        if subjects
        else []
    )
    for prep in companions:
        subjects += _companions(prep)
    if subjects:
        subjects += _joined_by(verb)  # "X sued the city, joined by Y"
    subjects = [n for s in subjects if not not_all(s) for n in _standing_for(s)]
    return _with_conjuncts(subjects), False


# Verbs that say what their subject is (Quirk et al. 1985, 16.21): "X became a member"
IDENTIFYING = lexicon.COPULAS | {"become"}


def identified(noun: Token) -> list[Token]:
    """ "X is a charity which opposes it", "X was the only member to vote against it": a
    relative clause on the noun a copula says its subject is tells of that subject."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in IDENTIFYING:
        return []
    return [c for c in noun.head.children if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT")]


def _main_verb_as_clause(verb: Token) -> bool:
    """ "X, which backed another bill, campaigned against this one": the parser may take
    the sentence's verb for a clause of its subject, left as the sentence's head. A past
    tense after a comma, with no agent, is the subject's act, not a participle."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "relcl" for c in head.children)
        and not any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children)
    )


# Conjunctions of time that open an adverbial clause (Quirk et al. 1985, 15.25)
TIME_MARKS = frozenset("after before when once since until as while".split())


def _after_a_time_clause(token: Token) -> bool:
    """Is the token a participle set off by a comma after a clause of time, which the
    parser hangs from that clause ("voted for it after the council added a clause,
    saying ..."), though it goes with the main clause?"""
    head = token.head
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.i > 0
        and token.doc[token.i - 1].text == ","
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in head.children)
    )


def _name_before(verb: Token) -> list[Token]:
    """ "..., the campaign, Transit chief Ana Lima said": a speech verb the parser left
    without a subject, a person's name right before it (hung off a phrase before) is
    who speaks; English news writes the speaker there. So is a name set off by commas
    in apposition to a title ("the union, whose secretary, Ana Lima, said")."""
    if verb.i == 0 or verb.lemma_.lower() not in lexicon.speech_verbs():
        return []
    name = verb.doc[verb.i - 1]
    if name.text == "," and verb.i > 1 and verb.doc[verb.i - 2].dep_ == "appos":
        name = verb.doc[verb.i - 2]
    return [name] if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else []


# Words for some of a counted group: "one of the four who voted against"
SOME_OF = frozenset("one two three four five some several many most all".split())


# Verbs that list a group's members: "groups fighting the plan include X and Y".
LISTING = frozenset("include comprise".split())


def _subject_of_a_list(noun: Token) -> bool:
    """Is the noun the subject of a verb that lists named members ("groups challenging
    the plan include X and Y")? What a participle or a relative clause says of the noun
    (Quirk et al. 1985, 17.28), it says of those the list names."""
    return (
        noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in LISTING
        and any(o.pos_ == "PROPN" or o.ent_type_ for o in _listed(noun.head))
    )


def _listed(verb: Token) -> list[Token]:
    """The object of a listing verb; when a name's first word was taken for a verb
    ("include Stop Fracking Now": "Stop" an open clause), the rest of the name."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects or [
        o
        for c in verb.children
        if c.dep_ == "xcomp" and c.ent_type_
        for o in c.children
        if o.dep_ == "dobj"
    ]


def named_as(group: Token) -> list[Token]:
    """The names a group noun is said to stand for: "critics include X and Y", "X and Y
    are among the critics", "X is one of the critics"."""
    named = _standing_for(group)
    return [] if named == [group] else _with_conjuncts(named)


def _standing_for(subject: Token) -> list[Token]:
    """Who a subject names: the members a listing verb gives ("groups that oppose it
    include X and Y"), or those `_among_those` finds, or itself."""
    return _listed(subject.head) if _subject_of_a_list(subject) else [_among_those(subject)]


def inverted_subject(verb: Token) -> list[Token]:
    """The subject put after "be" when the participle comes first ("Ranged against it
    is X", "Also backing the plan are X and Y"; subject-verb inversion after a fronted
    participle, Quirk et al. 1985, 18.23). The parser makes the participle the root and
    the subject the attribute of "be"."""
    first = verb.sent.start + (1 if verb.sent[0].pos_ == "ADV" else 0)  # "Also backing it"
    if verb.tag_ not in ("VBN", "VBG") or verb.i != first:
        return []
    if verb.dep_ == "csubj" and verb.head.lemma_ == "be":
        # "Voting for the plan were X and Y": the participle's clause parsed as the
        # subject of "be", the names as its attribute
        return [c for c in verb.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
    if verb.dep_ != "ROOT":
        return []
    after = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i > verb.i]
    if after:  # "Opposed to it are X and Y", parsed as a passive with its subject after
        return after
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    be = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"]
    if not be or be[0].i < verb.i:
        return []
    # "Voting in favour were Ana Lima and ...": the parser may hang the name from the
    # participle as an adverbial noun or an object
    return [g for g in be[0].children if g.dep_ == "attr"] or [
        g
        for g in verb.children
        if g.dep_ in ("npadvmod", "dobj") and g.i > be[0].i and g.pos_ == "PROPN"
    ]


def _those_named(head: Token) -> list[Token]:
    """ "among those backing it": "those"; "Those voting for it were X and Y": X and Y,
    whom the copula identifies with them."""
    if head.lower_ != "those":
        return []
    named = [c for c in head.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
    return named if head.dep_ == "nsubj" and head.head.lemma_ == "be" and named else [head]


def _among_those(subject: Token) -> Token:
    """ "X is among those pushing for it", "X and Y were among the five clubs that voted
    in favour", "X, one of the four who voted against": those spoken of are X."""
    part = subject.head
    if subject.dep_ != "pobj" or part.lower_ not in ("among", "of"):
        return subject
    if part.lower_ == "of":  # "one of the four": X is the one
        part = part.head
        if part.lower_ not in SOME_OF:
            return subject
        if part.dep_ == "appos":
            return part.head
        if part.dep_ != "attr":
            return subject
    named = [c for c in part.head.children if c.dep_ == "nsubj"]
    return named[0] if named and part.head.lemma_ == "be" else subject


def _makers(verb: Token) -> list[Token]:
    """ "X lodged a complaint contesting the plan", "X signed a letter backing it": what a
    thing someone made or sent says, its maker says. Not a thing received or seen
    ("read letters opposing it"), and not people: "met residents opposing it" are
    the residents' words."""
    thing = verb.head
    if verb.dep_ != "acl" or thing.dep_ != "dobj" or thing.pos_ != "NOUN":
        return []
    groups = lexicon.group_nouns()
    if thing.ent_type_ or thing.lower_ in groups or f"{thing.lemma_.lower()}s" in groups:
        return []
    if thing.head.lemma_.lower() in TAKING:
        return []
    return [c for c in thing.head.children if c.dep_ == "nsubj"]


# Verbs whose object comes from someone else: its words are not the subject's.
TAKING = frozenset("receive get read see hear find obtain collect count".split())


def _senders(verb: Token) -> list[Token]:
    """ "The committee received a letter from doctors, urging ...": who sent what was
    received, not who received it, is the one urging."""
    if verb.lemma_.lower() not in ("receive", "get"):
        return []
    return [o for thing in verb.children if thing.dep_ == "dobj" for o in objects_of(thing, "from")]


def _stray_agent(verb: Token) -> list[Token]:
    """A passive's "by" phrase that the parser hung from the phrase before it: an
    adjunct ("was opposed in a statement by X", "was welcomed last week by Y"), what it
    was called ("was branded a retreat by X", "described as a disgrace by Y")."""
    nouns: list[Token] = []
    for child in verb.rights:
        if child.dep_ in ("dobj", "oprd", "attr", "npadvmod"):
            nouns.append(child)
        elif child.dep_ == "prep":
            nouns.extend(n for n in child.children if n.dep_ == "pobj")
    return [o for noun in nouns for o in objects_of(noun, "by")]


def objects_of(head: Token, preposition: str) -> list[Token]:
    """The objects of a preposition that hangs from `head`: "from X", "by X"."""
    return [
        obj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _hung_on_the_name(token: Token) -> list[Token]:
    """Conjuncts the parser hung on a word inside the token's name: in "the League for
    Clean Seas and the RHFA say", "RHFA" is joined to "Seas", not to "League"."""
    if not token.ent_type_:
        return []
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if name is None:
        return []
    return [
        c
        for t in name
        if t.i != token.i
        for c in t.children
        if c.dep_ == "conj"
        and c.i >= name.end
        # a name of its own ("the RHFA"), not the rest of one cut short ("Department for
        # Education and Skills")
        and (any(d.lower_ == "the" for d in c.children) or c.text.isupper())
    ]


def _names_set_beside(token: Token) -> list[Token]:
    """ "Ana Lima, Tom Roe, Eva Kim and Rui Costa voted no": a list of people's names the
    parser read as appositions of the first (one person is not another's description),
    with the names joined to those."""
    if token.ent_type_ != "PERSON":
        return []
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    while stack:
        name = stack.pop()
        out.append(name)
        stack += [
            c
            for c in name.children
            if c.dep_ in ("appos", "conj") and c.ent_type_ == "PERSON" and c not in out
        ]
    return out


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens with their conjuncts and the members they list ("critics,
    including X and Y"; "groups such as X")."""
    out: list[Token] = []
    for token in tokens:
        joined = [t for t in token.conjuncts if t.i > token.i] + _names_set_beside(token)
        for hung in _hung_on_the_name(token):
            joined += [hung, *(t for t in hung.conjuncts if t.i > hung.i)]
        # each conjunct brings its own members ("X, and groups like Y, ...")
        for member in (token, *joined):
            listed = _listed_in_apposition(member)
            if not listed or _among(member):
                out.append(member)  # "two senators, Ana Lima and Rui Costa": only the two
            for prep in member.children:
                if prep.dep_ != "prep":
                    continue
                objects = (
                    [o for o in prep.children if o.dep_ == "pobj"]
                    if prep.lower_ in INCLUDING
                    else _companions(prep)
                    if _companion(prep)
                    else []
                )
                for obj in objects:
                    out.append(obj)
                    out.extend(obj.conjuncts)
            out.extend(listed)
            out.extend(names_run_on(member))
            for joiner in _joined_by(member):  # "X, joined by Y, voted against it"
                out.extend((joiner, *joiner.conjuncts))
    return out + [place for token in out for place in _places_of(token)]


def _places_of(noun: Token) -> list[Token]:
    """ "the boroughs of X and Y", "the councils of X and Y": the places' councils, named
    by their places (the tiers of local government, `SEATS`)."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in SEATS | {"council", "authority"}:
        return []
    return [p for o in objects_of(noun, "of") for p in (o, *o.conjuncts)]


def _joined_by(token: Token) -> list[Token]:
    """Who joins the subject in what it does, named by a participle of "join" on the
    verb or the subject: "X sued the city, joined by Y", "X, joined by Y, voted"."""
    return [
        obj
        for child in token.children
        if child.dep_ in PARTICIPLE_DEPS and child.lemma_.lower() == "join" and child.tag_ == "VBN"
        for agent in child.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]


def _companion(prep: Token) -> bool:
    """ "X, with Y and Z, led the bloc", "X, along with Y, voted": who acts with the
    subject, set off by a comma ("residents with children" are some residents)."""
    doc = prep.doc
    before = prep.i - 1
    if before > 0 and doc[before].lower_ in ("who", "which") and doc[before].dep_ == "nsubj":
        before -= 1  # "X, who along with Y, backs it"
    after_comma = before >= 0 and doc[before].text == ","
    if prep.lower_ in ("along", "together"):
        return after_comma and prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ == "with"
    return after_comma and prep.lower_ in ("with", "alongside")


def _companions(prep: Token) -> list[Token]:
    """Who a companion phrase names: the object of "with", through "along" or
    "together" when the parser hangs "with" from them."""
    if prep.lower_ in ("along", "together"):
        prep = next((w for w in prep.children if w.lower_ == "with"), prep)
    out = []
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if obj.lower_ in PARTS:  # "with the remainder of its board": the board
            out.extend(o for p in obj.children if p.lower_ == "of" for o in p.children)
        else:
            out.append(obj)
    return out


# Nouns that name some of a body: "the rest of the board" acts for the board.
PARTS = frozenset("rest remainder".split())


def joined(cast: Cast, sent: Sent) -> list[tuple[int, tuple[int, ...]]]:
    """ "X was joined by Y and Z": whom others stand beside, in a sentence of its own
    (what X does is said around it), and those who join them."""
    out = []
    for token in sent.doc:
        if token.lemma_.lower() != "join" or token.dep_ != "ROOT":
            continue
        if not any(c.dep_ == "auxpass" for c in token.children):
            continue
        f = frame(cast, sent, token)
        if not f.agents or f.negated or f.hedged or f.conditional:
            continue
        held = _with_conjuncts([c for c in token.children if c.dep_ == "nsubjpass"])
        for actor in dict.fromkeys(_actor_of(cast, sent.pos, h) for h in held):
            if actor is not None:
                out.append((actor, tuple(a for a in f.agents if a != actor)))
    return out


def hearer(noun: Token) -> bool:
    """Is the noun whom something was said to: "told [crowds]", "said to [the
    committee]"? "tell" is the one verb of saying whose object hears, not what is said."""
    if noun.dep_ in ("dobj", "dative"):
        return noun.head.lemma_.lower() == "tell"
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.lemma_.lower() in lexicon.speech_verbs()
    )


def _among(token: Token) -> bool:
    """ "the residents, among them the tenants' union": the members are some of the group."""
    return any(
        c.dep_ == "prep" and c.lower_ == "among"
        for appos in token.children
        if appos.dep_ == "appos"
        for c in appos.children
    )


def _listed_in_apposition(token: Token) -> list[Token]:
    """The members a group names in apposition: "the residents, among them the
    tenants' union, ..." and, after a plural, "two senators, Ana Lima and Rui Costa,
    ..." (the parser hangs the members off the group as appositives). Not after a
    plural name: "Quiet Nights, a residents' campaign," describes one body."""
    out: list[Token] = []
    for appos in token.children:
        if appos.dep_ == "appos" and (token.tag_ == "NNS" or _among(token)):
            out.extend((appos, *appos.conjuncts))
    return out


def _actor_of(cast: Cast, sent: int, token: Token) -> int | None:
    """The actor a noun-phrase head names: the head itself, or a name inside it."""
    found = cast.actor_at(sent, token.i)
    if found is not None:
        return found
    if token.lemma_.lower() in POLLS:
        return None  # "a Gallup poll found ...": what those asked think, not the pollster
    # "Valmora's mayor, Sofia Brandt": the person in apposition first, then a name
    # written as a compound ("Mayor Ana Lima"), then the owner ("the party's
    # spokesman said": the party speaks through them)
    for dep in ("appos", "compound", "poss"):
        for child in token.children:
            if child.dep_ == dep:
                found = cast.actor_at(sent, child.i)
                if found is None:
                    continue
                if (
                    dep == "compound"
                    and token.pos_ == "NOUN"
                    and cast.actors[found].kind == "country"
                ):
                    continue  # "French engineers": not the state itself
                if (
                    dep == "poss"
                    and child.pos_ == "PRON"
                    and token.lower_ in lexicon.institutions()
                ):
                    continue  # "his party" is not he (`actors._own_bodies` names it)
                if dep == "poss" and cast.actors[found].kind == "country" and _civil(token):
                    continue  # "the country's hotel association": not the state
                return found
    for name in _named_after(token):
        found = cast.actor_at(sent, name.i)
        if found is not None:
            return found
    return _spoken_for(cast, sent, token)


# Verbs that give a thing its name: "a group called X", "a campaign known as Y".
NAMING = frozenset("call name know dub style".split())


def _named_after(noun: Token) -> list[Token]:
    """The name a participle gives the noun: "a group called X", "a campaign known as
    Y", "a group calling itself Z"."""
    out = []
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in NAMING:
            continue
        for child in verb.children:
            if child.dep_ in ("oprd", "attr", "dobj", "npadvmod") and child.lower_ != "itself":
                out.append(child)
            elif child.dep_ == "prep" and child.lower_ == "as":
                out.extend(o for o in child.children if o.dep_ == "pobj")
    return out


# Nouns of asking the public: what a poll finds is its respondents' view, not the view
# of the firm that ran it or the paper that paid for it.
POLLS = frozenset("poll survey census".split())


# Bodies of a country's society, not of its state: a country's association, union or
# industry is not the country. Provenance: the usual split of civil society from the
# state (trade, professional and voluntary bodies).
CIVIL = frozenset(
    "association union federation confederation chamber league society lobby industry "
    "company firm group campaign church charity".split()
)


def _civil(head: Token) -> bool:
    return head.pos_ == "NOUN" and (
        head.lemma_.lower() in CIVIL or head.lower_ in lexicon.group_nouns()
    )


def _spoken_for(cast: Cast, sent: int, token: Token) -> int | None:
    """ "A spokesman for the ministry said", "the chairman of the league warned": a
    role that speaks for a body, with no name of its own, is the body speaking."""
    role = lexicon.roles().get(token.lower_) or lexicon.roles().get(token.lemma_.lower())
    if token.pos_ != "NOUN" or role != "voice":
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return cast.actor_at(sent, obj.i)
    return None


def _allies(verb: Token) -> list[Token]:
    """Whom a verb of joining names as acting with its subject: the object of "join"
    ("joined Y in voting"), of "with" after "side", "team up", "join forces"."""
    if verb.lemma_.lower() not in lexicon.ALLYING:
        return []
    found = []
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in ("force", "hand"):
            found += [o for p in child.children if p.lower_ == "with" for o in p.children]
        elif child.dep_ == "dobj" and verb.lemma_.lower() == "join":
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ == "with":
            found += [o for o in child.children if o.dep_ == "pobj"]
    return _with_conjuncts(found)


# Verbs that ask someone else to act: what the other is asked to do is not done.
# Provenance: general English (directive speech acts; Searle's classification).
DIRECTIVES = frozenset("demand urge ask press push pressure lobby implore beg insist".split())
# Verbs of wishing that another act ("wants the council to scrap it", "would prefer
# ministers to drop it"): with a to-infinitive, the other is no more doing it.
WISHING = frozenset("want need prefer wish".split())
# ... and of longing that another act in a clause of its own ("hopes the council will
# drop it", "wishes ministers would think again"; Levin 1993, 32.2 "long" verbs)
HOPING = frozenset("hope wish pray".split())


# Verbs of judging someone for an act: the object does the act ("accused the council of
# blocking it", "praised X for backing it"). Provenance: VerbNet's judgement-33 class;
# object control in English grammar.
JUDGING = frozenset(
    "accuse blame criticise criticize condemn fault rebuke censure "
    "praise thank commend applaud congratulate credit".split()
)


def judging_verb(token: Token) -> Token | None:
    """The verb of judging whose object did the act at `token` ("accused the council of
    [blocking] it"), if there is one."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return None
    verb = prep.head
    if verb.dep_ == "dobj":  # "accused [the council [of blocking it]]"
        verb = verb.head
    judged = verb.lemma_.lower() in JUDGING and any(c.dep_ == "dobj" for c in verb.children)
    return verb if judged else None


def _addressed(verb: Token) -> bool:
    """Is the verb one of speaking to someone or asking them ("Asked whether she backed
    it, X said"), whose participle's unnamed object is the sentence's subject?"""
    lemma = verb.lemma_.lower()
    return lemma in DIRECTIVES or lemma in lexicon.speech_verbs()


def judged_act(act: Token) -> int:
    """+1 for an infinitive act judged right ("was right to approve it"), -1 for one
    judged wrong ("was wrong to back it", "it was a mistake to support it"), else 0."""
    head = act.head
    # the parser may hang the infinitive from the noun ("a mistake [to back it]")
    noun_of = act.dep_ in ("relcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in act.children
    )
    if (act.dep_ != "xcomp" and not noun_of) or head.i == act.i:
        return 0
    words = judging_words(act)
    return next((JUDGED[w.lemma_.lower()] for w in words if w.lemma_.lower() in JUDGED), 0)


def judging_words(act: Token) -> list[Token]:
    """The words that may judge an infinitive act: "wrong" in "was wrong to back it",
    "mistake" in "it was a mistake to back it" (the head, and its complement)."""
    head = act.head
    return [head, *(c for c in head.children if c.dep_ in ("acomp", "attr"))]


def frame(cast: Cast, sent: Sent, token: Token) -> Frame:
    """Who is the agent of the predicate at `token`, and how it is modified."""
    judge = judging_verb(token)
    if judge is not None:  # the one judged did it, not the judge
        judged = _with_conjuncts([c for c in judge.children if c.dep_ == "dobj"])
        found = [(a, t.i) for t in judged if (a := _actor_of(cast, sent.pos, t)) is not None]
        path = f"dobj({judge.lemma_}) ← prep({token.head.lower_}) ← pcomp({token.lemma_})"
        agents = tuple(dict.fromkeys(a for a, _ in found))
        tokens = tuple(i for _, i in found)
        return Frame(token.i, agents, tokens, False, False, False, False, path)
    chain = verb_chain(token)
    agents: list[int] = []
    agent_tokens: list[int] = []
    passive = False
    path = token.lemma_
    for verb in chain:
        subjects, passive = _subjects(verb)
        if (
            not subjects
            and passive
            and (
                any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
                or (verb.dep_ == "advcl" and verb.tag_ == "VBN" and not _addressed(verb))
            )
        ):
            # "since it was first floated", "sent to the president to be signed", "it ends
            # plans, first outlined in a bill": done by no one named, not by the clause above
            break
        if subjects:
            for subject in subjects:
                actor = _actor_of(cast, sent.pos, subject)
                if (
                    actor is not None
                    and cast.actors[actor].kind == "country"
                    and county_after_town(subject)
                ):
                    continue  # "X, in Barchester, Barset said": the county is no agent
                for found in (actor, *_listed_bodies(cast, sent.pos, subject, actor)):
                    if found is not None and found not in agents:
                        agents.append(found)
                        agent_tokens.append(subject.i)
            if verb is not token:
                # "X joined Y in voting against it", "X sided with Y to vote it down"
                for ally in _allies(verb):
                    actor = _actor_of(cast, sent.pos, ally)
                    if actor is not None and actor not in agents:
                        agents.append(actor)
                        agent_tokens.append(ally.i)
            rel = "agent" if passive else "nsubj"
            path = f"{rel}({verb.lemma_})" + "".join(
                f" ← {t.dep_}({t.lemma_})" for t in reversed(chain[: chain.index(verb)])
            )
            directive = verb.head
            wished = (
                directive.lemma_.lower() in WISHING
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            ) or directive.lemma_.lower() in HOPING
            if (
                verb.dep_ == "ccomp"
                and (directive.lemma_.lower() in DIRECTIVES or wished)
                and not any(c.lower_ == "why" for c in verb.children)
            ):
                # "protesters demanded the council reject the plan": the council has
                # done nothing; the demand is the protesters' act (but "asked why firms
                # opposed it" asks about what the firms did)
                outer = frame(cast, sent, directive)
                agents, agent_tokens = list(outer.agents), list(outer.agent_tokens)
                path = f"{outer.path} → ccomp({token.lemma_})"
            break
    negated = hedged = conditional = renounced = False
    for i, verb in enumerate(chain):
        before = chain[i - 1] if i else None
        if (
            before is not None
            and before.dep_ == "conj"
            and (
                before.tag_ in ("VBD", "VBZ", "VBP")
                or any(c.dep_ in ("aux", "auxpass", "neg") for c in before.children)
            )
        ):
            # "would not back A and would instead back B", "did not back A and opposed
            # B": B has its own auxiliary or tense, and the negation is A's alone
            break
        children = list(verb.children)
        denied = (
            any(c.dep_ == "neg" for c in children)
            or any(
                c.lower_ in ("never", "no", "longer") and c.dep_ in ("neg", "advmod")
                for c in children
            )
            or denied_before(verb)
        )
        if denied:
            negated = not negated
        elif any(c.lower_ in ("neither", "nor") and c.dep_ in ("preconj", "cc") for c in children):
            negated = not negated  # "would neither impose nor block it": both verbs
        elif any(
            d.lower_ == "neither" and d.dep_ in ("det", "preconj")
            for c in children
            if c.dep_ in ("nsubj", "nsubjpass")
            for d in c.children
        ):
            negated = not negated  # "neither X nor Y would comment": both subjects
        if i > 0 and chain[i - 1].dep_ == "xcomp" and verb.lemma_ in NEGATING_HEADS:
            negated = not negated
        if i > 0 and judged_act(chain[i - 1]) < 0:
            renounced = not renounced
        if i > 0 and verb.lemma_ == "rule" and any(c.lower_ == "out" for c in children):
            # "ruled out backing it" refuses; "would not rule out backing it" may back it
            negated = not negated
            hedged = hedged or not negated
        if any(
            c.tag_ == "MD"
            and c.lower_ in HEDGE_MODALS
            # "could not support it" is inability or refusal, not a maybe (Quirk et al.
            # 1985, 4.52); "may not", "might not" stay possibilities
            and not (c.lower_ == "could" and denied)
            for c in children
        ):
            hedged = True
        if any(c.lower_ == "yet" for c in children) or (i > 0 and verb.lemma_ in HEDGING_HEADS):
            hedged = True
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children) or any(
            c.dep_ == "advcl"
            # an adverbial "whether (or not)" concedes, it sets no condition: "delayed
            # the vote, whether or not they use it", "will back it whether or not X agrees"
            and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
            for c in children
        ):
            conditional = True  # "would back it if the city paid"
    return Frame(
        token.i,
        tuple(agents),
        tuple(agent_tokens),
        negated,
        hedged,
        conditional,
        passive,
        path,
        renounced,
    )


def denied_before(verb: Token) -> bool:
    """Is the verb denied by a "not" the parser hangs on the phrase between the
    auxiliary and the verb ("will not in conscience back it")?"""
    return any(
        c.dep_ == "prep" and c.i < verb.i and any(g.dep_ == "neg" for g in c.children)
        for c in verb.children
    )


def _listed_bodies(cast: Cast, sent: int, subject: Token, actor: int | None) -> list[int]:
    """Other named bodies the parser hung off a body as appositions: in "the Valmora
    Party, the Liberal Front (LF), and unions opposed it", a list, not one body's names
    (those are one actor already)."""
    if actor is None or cast.actors[actor].kind == "person":
        return []
    out = []
    for child in subject.children:
        other = cast.actor_at(sent, child.i) if child.dep_ == "appos" and child.ent_type_ else None
        if other is not None and other != actor and cast.actors[other].kind != "person":
            out.append(other)
    return out


def _speech_cue(token: Token) -> bool:
    return (
        token.pos_ in ("VERB", "AUX")
        and (token.lemma_.lower() in lexicon.speech_verbs() or _puts_it(token))
        and not _adds_a_thing(token)
        and not _only_able(token)
    )


# Modals of ability and permission: "letting agents can ask for a bond" tells what a rule
# lets them do, not what they said
ABLE = frozenset("can may".split())


def _only_able(verb: Token) -> bool:
    """Is the speech verb only what someone is able or allowed to do ("tenants can
    appeal", "owners may ask for a deposit"), no words of theirs?"""
    return any(c.dep_ == "aux" and c.lower_ in ABLE for c in verb.children)


def _adds_a_thing(verb: Token) -> bool:
    """ "The council added a clause": "add" with a noun for its object joins one
    thing to another; "she added that ...", "he added: ..." says something."""
    return verb.lemma_.lower() == "add" and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children
    )


def _puts_it(verb: Token) -> bool:
    """ "put it bluntly: ...", "as she put it": the idiom of saying, not "put it on
    hold" or "put it to a vote" (a particle or a place)."""
    children = list(verb.children)
    return (
        verb.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in children)
        and not any(c.dep_ in ("prt", "prep", "dative", "ccomp", "xcomp") for c in children)
    )


def _content(token: Token) -> tuple[int, int] | None:
    """The token range of what a speech verb reports: its clausal complement, or the
    rest of the sentence when the report comes first ("..., she said"). Of two
    complements, the one after the verb: the parser may hang the clause before the
    speaker's name from the verb too ("the plan was fought by the union, whose head, Ana
    Lima, said ...")."""
    complements = [
        child
        for child in token.children
        if child.dep_ in ("ccomp", "xcomp", "dobj")
        and not hearer(child)  # "told crowds: ...": whom it was said to, not what
        and not (child.dep_ == "dobj" and _puts_it(token))  # "put it bluntly"
    ]
    if complements:
        child = next((c for c in complements if c.i > token.i), complements[0])
        return child.left_edge.i, child.right_edge.i + 1
    if token.dep_ in ("parataxis", "ccomp", "advcl") and token.head.i != token.i:
        head = token.head
        return head.left_edge.i, token.left_edge.i
    return None


def _what_is_said(verb: Token) -> bool:
    """ "What they're saying: X called it ...", "worried about what the council will
    say": what is said is spoken of, not reported (a heading names its speakers after
    the colon)."""
    return any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children)


def _said_of(verb: Token) -> bool:
    """ "The minister is said to favour it": others say so of the subject, who says
    nothing here (what they are said to do is read as theirs elsewhere)."""
    children = list(verb.children)
    return (
        any(c.dep_ == "nsubjpass" for c in children)
        and any(c.dep_ == "xcomp" for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


def find_speech(cast: Cast, sents: list[Sent]) -> list[Speech | None]:
    """Each sentence's reported speech, if any."""
    out: list[Speech | None] = []
    open_before = False  # is a quotation open as the sentence begins?
    for sent in sents:
        doc = sent.doc
        if sent.first_in_paragraph and sent.text.lstrip()[:1] not in OPENING_MARKS:
            open_before = False  # a quotation running on opens each paragraph again
        quote_match = QUOTE.search(sent.text)
        quote = None
        if quote_match:
            quote = (quote_match.group(1) or quote_match.group(2)).strip().rstrip(",;:").strip()
        found: Speech | None = None
        inner: Speech | None = None  # a cue inside the quotation, when none is outside
        cued = False  # a cue verb of the sentence's own, outside the quotation
        for token in doc:
            if _speech_cue(token) and not _what_is_said(token) and not _said_of(token):
                # inside marks, or inside a quotation opened and not closed before it
                # (one running on over paragraphs: "we want people to ask ...")
                running = _left_open(sent.text[: token.idx], open_before)
                if running and quote_match is None:
                    continue  # the speaker's own words
                quoted = running or (
                    quote_match is not None and quote_match.start() <= token.idx < quote_match.end()
                )
                cued = cued or not quoted
                f = frame(cast, sent, token)
                content = _content(token) or (0, len(doc))
                speaker = f.agents[0] if f.agents else None
                how = f.path
                if speaker is None and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in token.children
                ):
                    speaker = _unparsed_speaker(cast, sent, token, quote_match)
                    if speaker is None:
                        continue
                    how = f"closest name to {token.lemma_} in the parse (no subject parsed)"
                said = Speech(
                    sent.pos, speaker, token.lemma_, content, quote, how, f.agents[1:], token.i
                )
                if quoted and quote_match is not None:
                    # ""They have admitted it," X said": the quotation's own verb of
                    # saying is part of what X said, not who said it
                    inner = inner or said
                    continue
                found = said
                if speaker is not None:
                    break
            if (
                token.lower_ == "according"
                and token.i + 1 < len(doc)
                and doc[token.i + 1].lower_ == "to"
            ):
                for obj in doc[token.i + 1].children:
                    actor = _actor_of(cast, sent.pos, obj)
                    if actor is not None:
                        # "X rose, according to Y": what comes before; "According to
                        # Y, X rose": what comes after the source
                        after = obj.right_edge.i + 1
                        content = (0, token.i) if token.i > 1 else (after, len(doc))
                        found = Speech(
                            sent.pos,
                            actor,
                            "according to",
                            content,
                            quote,
                            "pobj(according to)",
                        )
        if found is None or found.speaker is None:
            found = inner or found
        # only a sentence that is all quotation goes on with the speaker before, not
        # a phrase in quotation marks within a reporter's sentence ("an "informal
        # trawl" found ...")
        whole = open_before or sent.text.lstrip()[:1] in OPENING_MARKS
        if found is None and quote is None and whole:
            quote = sent.text.strip().strip('“”"')  # a sentence inside a longer quotation
        if found is None and quote is not None:
            # "X attacked it, saying "...."" with no subject parsed for "saying": the
            # words are X's, not the last speaker's; with no one found, nobody's
            found = (
                _continued(out, sent, sents, quote)
                if whole and not cued
                else Speech(sent.pos, None, "", (0, len(doc)), quote, "unattributed")
            )
        out.append(found)
        open_before = _left_open(sent.text, open_before)
    return out


def verdicts(cast: Cast, sent: Sent, speech: Speech | None) -> list[Speech]:
    """Words reported in a participle after a noun, with who said them: "..., in a
    decision branded a retreat by X" and "a plan described as a disgrace by Y" are X's and
    Y's, beside what the sentence's own speaker says. Each covers the participle's
    phrase."""
    out = []
    for token in sent.doc:
        if token.dep_ not in PARTICIPLE_DEPS or not _speech_cue(token) or not named_by(token):
            continue
        if speech is not None and speech.verb == token.i:
            continue  # the sentence's own speech
        f = frame(cast, sent, token)
        if not f.agents:
            continue
        content = (token.i, token.right_edge.i + 1)
        out.append(
            Speech(
                sent.pos, f.agents[0], token.lemma_, content, None, f.path, f.agents[1:], token.i
            )
        )
    return out


def named_by(verb: Token) -> bool:
    """Is the verb a participle after its noun that names who did it ("the campaign
    launched by the ministry", "a decision branded a retreat by X")?"""
    if verb.dep_ not in PARTICIPLE_DEPS:
        return False
    subjects, passive = _subjects(verb)
    return passive and bool(subjects)


def _left_open(text: str, open_before: bool) -> bool:
    """Is a quotation still open where the text ends ("Mr Ruiz said: "It will ...")? It
    goes on in the next sentence, without marks of its own."""
    state = open_before
    for i, ch in enumerate(text):
        if ch == "“":
            state = True
        elif ch == "”":
            state = False
        elif ch == '"':
            # a straight mark opens before a word and closes after one: a writer who
            # leaves a quotation open and opens another is not closing it
            state = (i == 0 or text[i - 1] in " ([—–-") and text[i + 1 : i + 2] not in ("", " ")
    return state


def _unparsed_speaker(
    cast: Cast, sent: Sent, cue: Token, quote: re.Match[str] | None
) -> int | None:
    """The speaker of a cue verb the parser left without a subject: the small model
    sometimes hangs the name off the verb as a modifier ("Ana Ruiz, from the league,
    said ...") or off a phrase before it ("After the ruling Ana Ruiz, director of
    ..., said"). The named person or body before the cue, outside the quotation, in
    the cue's own clause (no other verb between them in the parse), the closest to
    the cue in the parse (the person before the body named in their title)."""
    quoted = range(quote.start(), quote.end()) if quote else range(0)
    best: tuple[int, int] | None = None  # (steps to the cue, actor)
    for token in reversed(cue.doc[: cue.i]):
        actor = cast.actor_at(sent.pos, token.i)
        if actor is None or token.idx in quoted or cast.actors[actor].kind == "country":
            continue
        head, steps = token, 0
        while head.i != cue.i and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
            head, steps = head.head, steps + 1
        if head.i == cue.i and (best is None or steps < best[0]):
            best = (steps, actor)
    return best[1] if best else None


def _continued(out: list[Speech | None], sent: Sent, sents: list[Sent], quote: str) -> Speech:
    """A quotation with no cue verb of its own: it continues the speaker of the
    sentence just before, when that was attributed speech in the same or the previous
    paragraph; otherwise nobody is credited with it."""
    if out and sent.pos > 0:
        before = out[-1]
        prior = sents[sent.pos - 1]
        if (
            before is not None
            and before.speaker is not None
            and prior.article == sent.article
            and sent.paragraph - prior.paragraph <= 1
        ):
            return Speech(
                sent.pos,
                before.speaker,
                before.cue,
                (0, len(sent.doc)),
                quote,
                "continues the quotation before",
            )
    return Speech(sent.pos, None, "", (0, len(sent.doc)), quote, "unattributed")
