"""Step 2, actors: who is named, merged across every form of the name.

Candidates are spaCy's entities (people, organisations, nationalities and parties,
places acting as states) and the group noun phrases that can hold a stance
("parents", "opposition lawmakers"). One actor gathers every form of its name:
surname and full name, title and name, acronym and expansion, a name and its
rendering in brackets, a country and its adjective. Pronouns and "the company" /
"the minister" point back to the latest fitting actor (`refer`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.analyse import lexicon
from briefgen.analyse.entity_repair import (
    ORDINAL,
    PARTICLES,
    TITLE_OPENERS,
    opening_adverb,
    plain_name,
    plural_title,
)
from briefgen.analyse.nlp import Sent, known_verbs, unaccented

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "country"}
SMALL_WORDS = frozenset("of and the for in on at to de la le du des del da von van".split())
PERSON_PRONOUNS = frozenset("he she him her his hers himself herself".split())
# Feasts and holidays of the English-speaking calendar, which name dates
HOLIDAYS = frozenset(
    "easter christmas xmas whitsun hogmanay ramadan diwali thanksgiving passover "
    "hanukkah eid lent advent pentecost".split()
)
# Words of a government brief (the portfolios of cabinets and parliamentary
# spokespeople): "home affairs", "work and pensions"
PORTFOLIOS = frozenset(
    "home foreign affairs justice health education transport environment defence defense "
    "culture media sport trade industry work pensions agriculture energy finance housing "
    "business interior economic science communities local rural social security "
    "immigration employment development international constitutional treasury and &".split()
)
GENERIC_BODIES = frozenset(
    "company firm group organisation organization business platform network movement "
    "charity alliance federation forum".split()
)
FEMALE_PRONOUNS = frozenset("she her hers herself".split())
MALE_TITLES = frozenset("mr sir lord king prince father".split())
FEMALE_TITLES = frozenset("mrs ms miss lady dame queen princess sister".split())
THING_PRONOUNS = frozenset("it its they them their".split())
# Quantifiers that stand alone for part of a group named before (Quirk et al. 1985,
# 6.52: "most", "many", "some" as pronouns).
PARTITIVES = frozenset("most many some several".split())
# The head words of a legal instrument's name: what is proposed, never who proposes.
INSTRUMENTS = frozenset(
    "bill act law treaty amendment ordinance directive regulation pact accord protocol "
    "charter agreement".split()
)
# The head words of a document's or a policy's name ("the Valmora Review", "a White
# Paper", "the Common Fisheries Policy"): what it says is its authors', and a reader
# counts it as no actor.
DOCUMENTS = frozenset(
    "review report study survey paper policy scheme strategy plan manifesto".split()
)
NAME_JOINERS = frozenset("of the for on and to".split())
# The words after which a body's name says what it is for: "League [Against Noise]".
BODY_JOINERS = frozenset("of for against without on".split())
# "the company" points at the latest actor whose name or role holds that word.
DEFINITE_HEADS = frozenset(
    "company group union party council government ministry department agency "
    "minister president governor mayor senator premier chancellor secretary "
    "leader chief executive spokesman spokeswoman spokesperson campaign coalition "
    "association organisation organization firm authority commission board "
    "platform network movement charity alliance federation forum".split()
)


def _titled_role(word: str) -> bool:
    """Is the word a one-word role a person holds ("the councillor", "the director")?"""
    return lexicon.roles().get(word) in ("office", "voice", "press")


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _plural_of(name: str, other: str) -> bool:
    """Is `name` the plural of `other`, the last word only ("Agrarians", "Agrarian")? A party
    is called by the plural of the word that, before a noun, marks its members."""
    if name[-1:].lower() != "s":
        return False  # the cheap test first: this runs for every mention
    words, others = fold(name).split(), fold(other).split()
    return (
        len(words) == len(others)
        and words[:-1] == others[:-1]
        and words[-1] != others[-1]
        and singular(words[-1]) == others[-1]
    )


# The legal form written after a company's name, which its short name drops ("Tidewater
# Power Ltd." is "Tidewater Power"). Provenance: ISO 20275's entity legal forms, the
# English-language and common European abbreviations.
LEGAL_FORMS = frozenset("ltd limited inc plc llc llp corp gmbh ag sa nv bv pty".split())


def body_key(text: str) -> str:
    """A body's name with plurals, a trailing "party" and a company's legal form folded
    away, so that "the Greens", "Green Party" and "Green" name one actor, and "Tidewater
    Power Ltd." and "Tidewater Power" another."""
    words = [singular(w) for w in fold(text).split()]
    if len(words) > 2 and words[-1] in LEGAL_FORMS:
        words = words[:-1]
    if len(words) > 1 and words[-1] == "party":
        words = words[:-1]
    return " ".join(words)


@functools.lru_cache(maxsize=8192)  # names are folded again and again as actors are matched
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form of a name."""
    text = unaccented(text).lower()
    text = re.sub(r"['’]s$", "", text.replace("’", "'"))
    text = re.sub(r"^the ", "", text)
    return " ".join(re.findall(r"[\w&'-]+", text))


@dataclass
class Actor:
    id: int
    name: str
    kind: str
    forms: set[str] = field(default_factory=set)  # folded forms that name it
    aliases: list[str] = field(default_factory=list)  # surface forms, first seen first
    role: str | None = None  # the role the role list knows ("secretary")
    title: str | None = None  # as written, for the reader ("shadow home secretary")
    affiliation: str | None = None
    decider: bool = False
    chair: bool = False  # conducts a deciding body's meetings: placed only by what it says
    voice: bool = False  # a role that speaks for the body it works for
    press: bool = False  # a journalist reporting the story
    first: int = 10**9

    def add_form(self, surface: str) -> None:
        key = fold(surface)
        if key and key not in self.forms:
            self.forms.add(key)
            if surface != self.name and surface not in self.aliases:
                self.aliases.append(surface)
        if self.kind in ("organisation", "country") and key:
            self.forms.add(body_key(surface))


@dataclass
class Cast:
    """Every actor of a story and where each is named: (sentence, token) → actor."""

    actors: list[Actor] = field(default_factory=list)
    at: dict[tuple[int, int], int] = field(default_factory=dict)
    subjects: list[tuple[int, int]] = field(default_factory=list)  # (sentence, actor)

    def actor_at(self, sent: int, token: int) -> int | None:
        return self.at.get((sent, token))


def spells(acronym: str, name: str) -> bool:
    """Is `acronym` made of the initials of `name`, in order: every capitalised word's
    ("RTA", the Riverside Transit Authority), and any small word's it chooses to take
    ("FOE", Friends of the Earth; "LSOA", a name with words of another language)?"""
    letters = acronym.replace(".", "").upper()
    words = re.findall(r"[^\W\d_][\w'-]*", name)
    needed = [w[0].isupper() and w.lower() not in SMALL_WORDS for w in words]

    @functools.cache
    def match(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(letters)
        took = i < len(letters) and words[w][0].upper() == letters[i] and match(i + 1, w + 1)
        return took or (not needed[w] and match(i, w + 1))

    return bool(words) and match(0, 0)


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isupper() and letters.isalpha()


# Words that never end a name
TRAILING = frozenset("at of for in on to and the a an from with by".split())


def _clean_span(span: Span) -> Span | None:
    """The entity without a leading article or title, or a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    roles = lexicon.roles()
    if span.label_ == "PERSON":
        # the small model sometimes tags only the surname: take in the given names
        # written before it as part of the same name ("Ana" in "Mayor Ana Lima"); not
        # past a title the tag starts with ("Green" in "Green [MEP Ana Lima]")
        while (
            start > 0
            and doc[start].text.lower().rstrip(".") not in roles
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].text.lower().rstrip(".") not in roles
            and not plural_title(doc[start - 1])
            and not opening_adverb(doc[start - 1])
            and not doc[start - 1].ent_type_
        ):
            start -= 1
    # a title's words, even when the tagger took in only the end of the title
    # ("[Executive Officer Ana Lima]" of "Chief Executive Officer Ana Lima")
    title_words = lexicon.role_words() if span.label_ == "PERSON" else frozenset()
    if end - start > 2 and doc[start].lower_ == "ex" and doc[start + 1].text == "-":
        return None  # "Ex-Labour leader X": a body the person no longer speaks for
    if end - start > 2 and doc[start].tag_ == "VBG" and doc[start + 1].pos_ == "ADP":
        start += 2  # "[Speaking for] X, its director said": the clause's words, not the name
    while (
        start < end
        and (
            doc[start].lower_ in ("the", "a", "an", "neither", "either", "both")
            or doc[start].is_punct
            or (
                end - start > 1
                and (
                    doc[start].text.lower().rstrip(".") in roles or doc[start].lower_ in title_words
                )
            )
            # a title in the plural before a list of names: "[Commissioners Ana Lima], Tom Roe
            # and ... voted no"
            or (
                span.label_ == "PERSON"
                and end - start > 1
                and doc[start].lower_.endswith("s")
                and roles.get(doc[start].lower_[:-1]) == "office"
            )
        )
    ):
        start += 1
    # a trailing possessive, mark or joining word ("[the Research Centre at] Valmora
    # University" once the university is its own name)
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in TRAILING
    ):
        end -= 1
    for token in doc[start:end]:
        if token.text == "(" and token.i > start:
            end = token.i  # "[Workers' Union (WU]": the tagger took in the bracket's acronym
            break
    if span.label_ in ("ORG", "NORP", "GPE"):
        for token in doc[start:end]:
            if token.tag_ == "POS" and token.i > start and not _plural_name(token):
                end = token.i  # "Valmora First's local government": the owner is the name
                break
    if span.label_ == "ORG":
        # "[the Harbour Party Co-Chairman] said": the body, then its officer's title
        while (
            end - start > 1
            and doc[end - 1].lower_ in roles
            and doc[end - 2].lower_ in lexicon.org_words()
        ):
            end -= 1
    if span.label_ in ("ORG", "PERSON") and end < len(doc) and doc[end].lower_ in roles:
        # "[Rural Party Home Affairs] spokesman": the party, then the title's brief (the
        # tagger calls such a run a person too)
        while end > start and doc[end - 1].lower_ in PORTFOLIOS:
            end -= 1
    if span.label_ == "PERSON":
        for token in doc[start:end]:
            if token.lower_ == "of" and token.i > start:
                end = token.i  # "Ana Ruiz of the Alliance": the person ends at "of"
                break
    if start >= end:
        return None
    return doc[start:end]


# Plurals not made with -s take "'s" in the genitive: "the People's Party", "Children's Society"
IRREGULAR_PLURALS = frozenset("people women men children".split())


def _plural_name(mark: Token) -> bool:
    """Is the possessive mark inside a body's name, before the word that says what the
    body is: a plural's apostrophe ("the Taxi Drivers' Association", "the Parents'
    Council"), or an irregular plural's "'s" ("the People's Party", "the Women's
    Institute"), not an owner before what is owned ("Valmora First's local government")?"""
    after = mark.doc[mark.i + 1] if mark.i + 1 < len(mark.doc) else None
    plural = mark.text in ("'", "’") or (
        mark.i > 0 and mark.doc[mark.i - 1].lower_ in IRREGULAR_PLURALS
    )
    return (
        plural
        and after is not None
        and after.is_title
        # "the Confederation of Parents' Associations": a plural body word too
        and (after.lower_ in lexicon.org_words() or singular(after.lower_) in lexicon.org_words())
    )


def _titled(span: Span) -> bool:
    """Is the name written after a title ("Mr", "Mayor"), given names between?"""
    doc = span.doc
    roles = lexicon.roles()
    i = span.start - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].text.lower().rstrip(".") not in roles:
        i -= 1
        if span.start - i > 3:
            return False
    return i >= 0 and roles.get(doc[i].text.lower().rstrip(".")) in ("honorific", "office", "voice")


def _body_in_title(span: Span) -> bool:
    """Is a name the tagger took for a person the body named in a title before a
    person's name: "[Riverside Transit] spokesman Ana Ruiz", "[Soc Lib] Housing
    spokesman Ana Ruiz" (the title's brief cut off, `_clean_span`)?"""
    doc = span.doc
    end = span.end
    if end < len(doc) and doc[end].lower_ not in ("and", "&"):  # "X and frontbencher Y"
        while end < len(doc) and doc[end].lower_ in PORTFOLIOS:
            end += 1
    if end + 1 >= len(doc) or doc[end + 1].pos_ != "PROPN":
        return False
    role = lexicon.roles().get(doc[end].text.lower().rstrip("."))
    return role is not None and role != "honorific"


def _with_given_names(span: Span) -> Span:
    """The name with the given names written before it ("Ana" of "Ana Lima")."""
    doc = span.doc
    roles = lexicon.roles()
    start = span.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text.lower() not in roles:
        start -= 1
    return doc[start : span.end]


def _plausible(span: Span, label: str) -> bool:
    """Reject what spaCy tags as a name but a reader would not: lower-case words,
    numbers, a sentence-initial verb or adjective, a lone common word."""
    text = span.text
    if (
        not any(ch.isupper() for ch in text)
        or any(ch.isdigit() for ch in text)
        and not _numbered(span, label)
    ):
        return False
    if len(span) == 1:
        token = span[0]
        common = token.lower_ in lexicon.stopwords() or token.lower_ in lexicon.common_words()
        if common and not _capitals_in_a_sentence(token):  # "the US" is no "us"
            return False
        if token.i == 0 and token.pos_ in ("VERB", "ADJ", "ADV", "ADP") and label != "NORP":
            return False
    if _instrument_name(span):
        return False  # "the Harbour Flooding Bill" is what is proposed, not an actor
    if _document(span) or _portfolio(span):
        return False
    if all(t.lower_ in HOLIDAYS for t in span):
        return False  # "by Easter": a date the tagger may take for a person
    if label == "GPE" and _party_designation(span):
        return False
    return True


def _portfolio(span: Span) -> bool:
    """ "Home Affairs spokesman X", "Transport and Energy Commissioner Y": the brief a
    title covers, which the tagger takes for a body."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        after is not None
        and after.lower_ in lexicon.roles()
        and all(t.lower_ in PORTFOLIOS for t in span)
    )


def _capitals_in_a_sentence(token: Token) -> bool:
    """A word in capitals that the sentence around it does not shout: an acronym."""
    words = [t for t in token.sent if t.is_alpha]
    return (
        len(token.text) > 1
        and token.text.isupper()
        and sum(t.text.isupper() for t in words) * 2 < len(words)
    )


def _document(span: Span) -> bool:
    """ "the Riverside Transport Review said": a document's name, not an actor's; and
    "the Budget", a plan of spending, which the tagger may take for a body alone."""
    return (len(span) > 1 and span[-1].lower_ in DOCUMENTS) or span[-1].lower_ == "budget"


def _short_number(word: str) -> bool:
    """ "4", "21", or an ordinal: "1st", "10th"."""
    return word.isdigit() and len(word) < 3 or bool(ORDINAL.fullmatch(word))


def _numbered(span: Span, label: str) -> bool:
    """A body's name with a short number among its words ("Parents 4 Safe Roads",
    "Channel 4", "Valley 1st"), not a figure the tagger took for a name ("CHF3.1", "2024 Games")."""
    words = [t for t in span if not t.is_punct]
    return (
        label == "ORG"
        and len(words) >= 2
        and all(t.text.isalpha() and t.text[:1].isupper() or _short_number(t.text) for t in words)
        and words[0].text.isalpha()
    )


# A US legislator's party and home, AP style: "Sen. Ann Lee, D-San Jose," or "(R-Ohio)".
PARTY_LETTERS = frozenset("D R I".split())


def _party_designation(span: Span) -> bool:
    """Is the place the home in a legislator's party-and-home designation?"""
    doc, start = span.doc, span.start
    return (
        start >= 3
        and doc[start - 1].text in ("-", "–")
        and doc[start - 2].text in PARTY_LETTERS
        and doc[start - 3].text in (",", "(")
    )


def _instrument_name(span: Span) -> bool:
    """Is the entity (a part of) a capitalised name that ends in a legal instrument's
    head word? The tagger may take only its first words: "[Prevention] of Terrorism Bill",
    or only its last, after a bracket or a line break: "(Ground Rent) [Bill]", "[Bill 2025]"."""
    doc = span.doc
    words = [t for t in span if not t.like_num and t.text != ","]
    if (
        words
        and words[-1].text[:1].isupper()
        and words[-1].lower_ in INSTRUMENTS
        and (len(words) == 1 or span.label_ != "PERSON")  # not "Jane Law"
    ):
        return True
    last = span.start
    i = span.start
    while i < len(doc) and (doc[i].text[:1].isupper() or doc[i].lower_ in NAME_JOINERS):
        if doc[i].text[:1].isupper():
            last = i
        i += 1
    return last > span.start and doc[last].lower_ in INSTRUMENTS


# Common nouns that, set before a one-word name, say what kind of body it names ("the
# charity Helpwell", "pressure group Freeways"); not "watchdog" or "regulator", which
# name people too ("standards watchdog Sir Tom Hale"). Provenance: general knowledge of
# news usage.
BODY_NOUNS = frozenset(
    "charity group union firm company agency campaign organisation organization lobby "
    "coalition body network movement alliance trust foundation society institute "
    "think-tank tank newspaper broadcaster collective".split()
)


# The last words of bodies' names that are no one's surname ("Hall", "Bank" and "Wood"
# end both): a name tagged a person's that ends in one is a body's.
BODY_HEADS = frozenset(
    "council committee commission association federation union ministry department "
    "authority agency assembly".split()
)


def _kind(span: Span, label: str) -> str:
    if label == "PERSON" and _is_acronym(span.text):
        return "organisation"
    if label == "PERSON" and (
        _body_noun_before(span)
        or _article_before(span)
        or _remit_of_a_role(span)
        or _described_as_a_body(span)
    ):
        return "organisation"
    if label == "PERSON" and span[-1].lower_ in lexicon.group_nouns():
        return "group"  # "Opposition MPs": members, not a person
    if label == "PERSON" and len(span) > 1 and span[-1].lower_ in BODY_HEADS:
        return "organisation"  # "Walla Walla City Council", a place's name taken for one
    if label == "NORP" and span.text.lower() not in lexicon.countries():
        return "organisation"  # a party or movement: "Conservatives", "Greens"
    return ENTITY_KINDS[label]


def _party_words(sents: list[Sent]) -> frozenset[str]:
    """The words the story's tagger takes alone for a party or movement ("the
    Federalists", "Agrarians"), in the singular: before a name, such a word is the
    name's party."""
    countries = lexicon.countries()
    return frozenset(
        _singular(e.text.lower())
        for sent in sents
        for e in sent.doc.ents
        if e.label_ == "NORP" and len(e) == 1 and e.text.lower() not in countries
    )


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word.removesuffix("s")


def _remit_of_a_role(span: Span) -> bool:
    """Is the name what an office is of ("the mayor of Stara Kolonia", "chairman of Acme
    Holdings")? That is a place or a body, never a person."""
    root = span.root
    if _office_of_before(span) is not None:
        return False  # "Commissioner of Police Ann Roe": her title, then her name
    return root.dep_ == "pobj" and root.head.lower_ == "of" and _office(root.head.head)


def _holds_a_role_beside(span: Span) -> bool:
    """Is the name set beside an office ("its chair, Ana Ruiz,"; "the mayor of Stara
    Kolonia, Marta Zielinska,", which the parser hangs from the place)? It is a
    person's."""
    root = span.root
    if root.dep_ != "appos":
        return False
    head = root.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    return _office(head)


def _office(noun: Token) -> bool:
    """Is the noun an office ("mayor", "chief executive"), not an honorific?"""
    roles = lexicon.roles()
    words = (noun.lower_, noun.doc[max(noun.i - 1, 0) : noun.i + 1].text.lower())
    return any(roles.get(w) not in (None, "honorific") for w in words)


# Nouns that describe a business in apposition ("X, a joint venture between ...", "Y, a
# housebuilder"), beside those that name any body.
BUSINESS_NOUNS = frozenset(
    "venture developer operator utility business manufacturer retailer housebuilder".split()
)


def _described_as_a_body(span: Span) -> bool:
    """Is the name described as a body: by a noun in apposition ("X, a local green
    party", "Y, a joint venture between ..."), or by a relative clause that takes
    "which", as things do and people do not ("Z, which represents tenants")? (Quirk et
    al. 1985, 17.10: "who" for persons, "which" for things.)"""
    bodies = BODY_NOUNS | BUSINESS_NOUNS | {w.lower() for w in lexicon.org_words()}
    for child in span.root.children:
        if child.i < span.end:
            continue
        if (
            child.dep_ == "appos"
            and child.pos_ == "NOUN"
            and child.lemma_.lower() in bodies
            and any(c.dep_ in ("det", "poss") for c in child.children)  # "a", "the", "its"
        ):
            return True
        if child.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in child.children
        ):
            return True
    return False


def _says_body(token: Token) -> bool:
    """Is the word a common noun that says a body is named next ("charity", "group")?"""
    return token.text.islower() and token.lower_ in BODY_NOUNS


def _article_before(span: Span) -> bool:
    """Is the name written after "the" ("the Soc Libs", "the Harbour Executive")? A
    person's name takes no article (Quirk et al., A Comprehensive Grammar of the English
    Language, 1985: personal names are used without one); a title written between
    ("the Mayor Ana Lima") makes the span a person again (`_titled`)."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "the":
        return False
    if span.root.dep_ in ("compound", "amod", "nmod", "poss") and span.root.head.i > span.root.i:
        return False  # "the Ana Ruiz report": the article is the report's
    return lexicon.roles().get(span[-1].lower_) is None  # "the Culture Secretary"


def _body_noun_before(span: Span) -> bool:
    """Is a name set after a noun that says it is a body ("charity Helpwell"), the noun
    inside the tagged span or before it?"""
    words = [t for t in span if t.lower_ not in BODY_NOUNS]
    if len(words) == 1 and len(words) < len(span):
        return _says_body(span[0])
    if len(words) < len(span) or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if len(words) == 1:
        return before.lower_ in BODY_NOUNS
    # a longer name when the noun hangs from it ("campaign group Quiet Streets") or it
    # stands in apposition to the noun ("the pressure group Quiet Streets said"), not
    # when it is the subject of a clause about the noun ("the charity Ana Ruiz set up")
    root = span.root
    return _says_body(before) and (
        (before.head.i == root.i and before.dep_ in ("compound", "amod"))
        or (root.head.i == before.i and root.dep_ == "appos")
    )


# Letters after a British or Commonwealth name ("Tom Okafor QC", "Ana Ruiz MP"), and
# generational suffixes: not the surname. Provenance: Debrett's order of post-nominals.
POST_NOMINALS = frozenset("qc kc mp mep msp ms am mla td obe cbe mbe kbe dbe jr sr ii iii".split())


# names are compared folded, so the particles are too ("Ní" → "ni")
FOLDED_PARTICLES = frozenset(unaccented(p) for p in PARTICLES)


def _particled(words: list[str]) -> bool:
    """Is this a family name opened by a particle: "De Vries", "van der Berg"?"""
    return 2 <= len(words) <= 3 and unaccented(words[0]).lower() in FOLDED_PARTICLES


def _particle_surname(words: list[str], full: list[str]) -> bool:
    """Is `words` the family name, opened by a particle, that ends the full name
    `full`: "De Vries" of "Jan De Vries"?"""
    n = len(words)
    return _particled(words) and len(full) > n and full[-n:] == words


def _first_of_two_surnames(words: list[str], full: list[str]) -> bool:
    """Is the one word the first of two family names that end the full name: "Almagro"
    of "Federico Almagro Ruiz"? Spanish names carry the father's family name and then
    the mother's, and the short form is the first (Real Academia Española, Diccionario
    panhispánico de dudas, "apellido")."""
    return len(words) == 1 and len(full) >= 3 and full[-2] == words[0]


def _same_surname(known: str, word: str) -> bool:
    """The surname, or the surname with a doubled letter written once or a single one
    doubled ("Bennett" written "Benett"): the commonest slip in copying a name."""
    if known == word:
        return True
    if len(word) < 4 or abs(len(known) - len(word)) != 1:
        return False
    short, long = sorted((known, word), key=len)
    return any(
        long[i] == long[i + 1] and long[:i] + long[i + 1 :] == short for i in range(len(long) - 1)
    )


def _without_post_nominals(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1].rstrip(".") in POST_NOMINALS:
        words = words[:-1]
    return words


GENERATIONAL = frozenset("jr sr ii iii".split())


def _lettered(name: str) -> str:
    """A person's name without the letters after it ("Ana Ruiz MSP" is Ana Ruiz); a
    generational suffix ("Jr") is part of the name and stays."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().rstrip(".") in POST_NOMINALS - GENERATIONAL:
        words = words[:-1]
    return " ".join(words)


def _lettered_person(span: Span) -> bool:
    """Is the name a person's with letters after it ("Ana Ruiz QC", which the tagger
    may take for a body, with the letters or without them): two or more capitalised
    words, none a body's, then letters?"""
    letters = POST_NOMINALS - GENERATIONAL
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if span[-1].lower_.rstrip(".") in letters:
        name = span[:-1]
    elif after is not None and after.lower_.rstrip(".") in letters and after.is_upper:
        name = span[:]
    else:
        return False
    return len(name) > 1 and plain_name(name)


def _canonical(span: Span, label: str) -> str:
    if label in ("NORP", "GPE"):
        country = lexicon.countries().get(span.text.lower())
        if country is not None:
            return country.name
    return span.text


def _title_before(span: Span) -> tuple[str | None, str | None]:
    """The role written before a name ("Prime Minister", "Mayor") and a country
    adjective before that ("Brazilian President Rosa Lima")."""
    doc = span.doc
    roles = lexicon.roles()
    best = None
    ends = [span.start]
    # "the Attorney General Lord Ana Ruiz": the office before the honorific
    if span.start > 0 and _honorific(doc[span.start - 1].text):
        ends.append(span.start - 1)
    for end in ends:
        for n in range(4, 0, -1):
            start = end - n
            if start < 0:
                continue
            words = doc[start:end]
            key = words.text.lower().rstrip(".")
            if key in roles or key.replace(" ", "-") in roles:
                best = words
                break
        if best is not None and not _honorific(best.text):
            break
    if best is None:
        return None, None
    affiliation = None
    # the body named just before the title: "Brazilian President", "Valmora Party
    # home affairs spokesman", "RTA Chief Executive"
    for i in range(best.start - 1, max(best.start - 5, -1), -1):
        token = doc[i]
        if token.ent_type_ in ("ORG", "NORP", "GPE") and token.ent_iob_ in ("B", "I"):
            ent = next(e for e in doc.ents if e.start <= i < e.end)
            before = doc[ent.start : best.start]
            if (
                ent.end > best.start
                and len(before) == 1
                and before[0].lower_ in lexicon.common_words() | TITLE_OPENERS
            ):
                break  # "[New Home] Secretary", "[Shadow Home] Secretary": the title
            if _portfolio(ent):
                continue  # "Rural Party Home Affairs spokesman": the party's
            country = lexicon.countries().get(ent.text.lower())
            if country is not None:
                affiliation = country.name
            else:  # "The Rural Party's spokesman": the name without "The" and "'s"
                affiliation = (_clean_span(ent) or ent).text
            break
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") and token.tag_ != "POS":
            break  # "the Rural Party's housing spokesman": past the possessive
    return best.text, affiliation


def _honorific(title: str) -> bool:
    """ "Mr", "Dr": a title that says a person follows, not what they do."""
    return lexicon.roles().get(title.lower().rstrip(".")) == "honorific"


def _whole_title(span: Span, role: str) -> str:
    """The title as written before the name, with the lower-case words that narrow it:
    "shadow home secretary", "political editor" (the role list knows "secretary" and
    "editor"; a capitalised word before them is the body, not the title)."""
    doc = span.doc
    start = span.start - len(role.split())
    if start < 0 or doc[start : span.start].text != role:
        return role
    while start > 0 and (
        (doc[start - 1].is_lower and doc[start - 1].pos_ in ("NOUN", "ADJ"))
        or doc[start - 1].lower_ in TITLE_OPENERS  # "Former mayor X" opening a sentence
        or doc[start - 1].lower_ in PORTFOLIOS - {"and", "&"}  # "Home Affairs spokesman"
    ):
        start -= 1
    return doc[start : span.start].text


def _appositive(span: Span, entities: dict[int, Span]) -> tuple[str | None, str | None]:
    """ "Ana Ruiz, the director of the Riverside Cycling Association" → role, body."""
    head = span.root
    appos = [c for c in head.children if c.dep_ == "appos"]
    for child in appos:
        # "vice-president" is tokenized as three appositives: the last is the head
        while child.i + 1 < len(child.doc) and child.doc[child.i + 1] in appos:
            child = child.doc[child.i + 1]
        if child.pos_ not in ("NOUN", "PROPN"):
            continue
        # "Ana Ruiz, Chief Executive of the Trust": a capitalised office too
        role = _role_phrase(child) if child.pos_ == "NOUN" else _office_name(child)
        role, body = _role_and_body(child, role, entities)
        if role:
            return role, body
    # the title first: "the Attorney General, Ana Ruiz,", "the league's director, Ana Ruiz"
    if head.dep_ == "appos" and head.head.i < span.start and head.head.tag_ in ("NN", "NNP"):
        title = head.head
        role = _role_phrase(title) if title.pos_ == "NOUN" else _office_name(title)
        roles = lexicon.roles()
        # not "his wife, Ana"; "chief executive" is a role as a whole
        if role and (role.split()[-1].lower() in roles or role.lower() in roles):
            return _role_and_body(title, role, entities)
    return None, None


def _predicated(span: Span, entities: dict[int, Span]) -> tuple[str | None, str | None]:
    """ "Ana Ruiz is a Riverside councillor" → the role a copula gives, and its body."""
    head = span.root
    if head.dep_ != "nsubj" or head.head.lemma_ != "be":
        return None, None
    for attr in head.head.children:
        if attr.dep_ == "attr" and attr.pos_ == "NOUN":
            role = _role_phrase(attr)
            if role.split()[-1].lower() in lexicon.roles():
                return _role_and_body(attr, role, entities)
    return None, None


def _office_of_before(span: Span) -> Token | None:
    """The office word of a title "<office> of <portfolio>" written just before a name:
    "Commissioner of Police Ann Roe", "Speaker of Congress Ken Adu" (a portfolio of
    one to three capitalised words; AP style writes such a title capitalised and with
    no article before a name). The parser may hang the name from the "of", making the
    office the sentence's subject."""
    doc = span.doc
    for size in (1, 2, 3):
        of = span.start - size - 1
        if of < 1 or doc[of].lower_ != "of":
            continue
        office = doc[of - 1]
        if (
            office.is_title
            and all(t.is_title for t in doc[of + 1 : span.start])
            and not (of > 1 and doc[of - 2].lower_ in ("the", "a", "an"))
            and lexicon.roles().get(office.text.lower()) in ("office", "voice")
        ):
            return office
    return None


def _office_of_place(span: Span) -> Token | None:
    """The office in "the <office> of <place>, <name>," when the parser hangs the name
    in apposition to the place: "The governor of Cauca, Ana Roe,". Only a place: of a
    body, the title is the body's voice, which `spokespeople` gives the person's side."""
    root = span.root
    place = root.head
    if root.dep_ != "appos" or place.dep_ != "pobj" or place.head.lower_ != "of":
        return None
    if place.ent_type_ not in ("GPE", "LOC"):
        return None  # "the chairman of the Club, X,": the body speaks through him
    office = place.head.head
    if office.pos_ != "NOUN" or lexicon.roles().get(office.lower_) not in ("office", "voice"):
        return None
    return office


def _office_name(token: Token) -> str | None:
    """A capitalised office with the words compounded into it: "Attorney General"."""
    words = [*(c for c in token.children if c.dep_ == "compound" and c.i < token.i), token]
    text = " ".join(t.text for t in words)
    return text if text.lower() in lexicon.roles() else None


def _role_and_body(
    child: Token, role: str | None, entities: dict[int, Span]
) -> tuple[str | None, str | None]:
    """The role, and the body named as its owner or after "of", "at" or "for"."""
    body = None
    for owner in child.children:  # "Ana Ruiz, the league's director"
        if owner.dep_ == "poss" and owner.i in entities:
            body = _clean_span(entities[owner.i])
        elif owner.dep_ == "poss" and owner.lower_ in lexicon.deciders():
            return role, owner.lower_  # "the council's chief executive"
    for prep in child.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for"):
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                # "leader of the Valley Party bloc": the name before a common noun
                named = [obj, *(c for c in obj.children if c.dep_ == "compound")]
                found = next((t for t in named if t.i in entities), None)
                if found is not None and prep.lower_ == "for" and found.ent_type_ in PLACES:
                    continue  # "the union's spokesman for Valmora": a remit, not a body
                if found is not None:
                    body = _clean_span(entities[found.i])
    if role:
        return role, body.text if body is not None else None
    return None, None


PLACES = frozenset(("GPE", "LOC"))
# An office that heads a body of members: "president of the farmers' union" speaks for it
# (of a country, the office is the state's own, and the country is no body speaking)
HEADS = frozenset(("president",))


def _heads_a_body(role: str | None, body: str) -> bool:
    return (
        role is not None
        and role.split()[-1].lower() in HEADS
        and body.lower() not in lexicon.countries()
    )


def _speaks_for_body(role: str) -> bool:
    """Does the role speak for the body the person works for: a spokesperson, a
    chief executive, and any narrower kind of one ("legal director", "policy chief")?"""
    roles = lexicon.roles()
    return "voice" in (roles.get(role.lower()), roles.get(role.split()[-1].lower()))


def _hung_from_verb(name: Token) -> list[Token]:
    """ "Ana Ruiz, from the league, said": the parser may hang what describes the name
    from the verb after it."""
    return [c for c in name.head.children if name.i < c.i < name.head.i]


def _on_behalf_of(span: Span, entities: dict[int, Span]) -> str | None:
    """The body a person speaks for, said outright: "X spoke on behalf of the Growers
    Bureau", "Speaking on behalf of the union, X said", "X, for the union, said"."""
    root = span.root
    if root.dep_ != "nsubj":
        return None
    verb = root.head
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
    bodies = [
        body
        for clause in clauses
        for on in clause.children
        if on.dep_ == "prep" and on.lower_ == "on"
        for behalf in on.children
        if behalf.lower_ == "behalf"
        for of in behalf.children
        if of.lower_ == "of"
        for body in of.children
        if body.dep_ == "pobj" and body.i in entities
    ]
    if not bodies:
        bodies = _for_between_commas(span, entities)
    found = _clean_span(entities[bodies[0].i]) if bodies else None
    return found.text if found is not None else None


def _for_between_commas(span: Span, entities: dict[int, Span]) -> list[Token]:
    """ "X, for the Tories, attacked it": a body named after "for" between commas
    right after a speaker's name is the one they speak for (British news usage for a
    party's or side's spokesperson)."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "for":
        return []
    bodies = [o for o in doc[span.end + 1].children if o.dep_ == "pobj" and o.i in entities]
    closed = [
        b for b in bodies if b.right_edge.i + 1 < len(doc) and doc[b.right_edge.i + 1].text == ","
    ]
    return closed[:1]


def _member_of(span: Span, entities: dict[int, Span]) -> str | None:
    """The body a person is named as being of or from, with no title between ("Ana
    Ruiz of the Riverside Cycling Association", "Ana Ruiz, from the league", "Ana
    Ruiz, from the group Fair Play, said"): such a person is introduced as speaking
    for it."""
    root = span.root
    for child in [*root.children, *(_hung_from_verb(root) if root.dep_ == "nsubj" else ())]:
        objects = []
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            objects = [o for o in child.children if o.dep_ == "pobj"]
            # "from the campaign group Fair Play": the name in apposition to the noun
            objects += [a for o in objects for a in o.children if a.dep_ == "appos"]
        elif child.dep_ == "appos" and child.i > span.end:
            objects = [child]  # the parser may hang the name itself off the person
        for obj in objects:
            entity = entities.get(obj.i)
            if entity is not None and entity.label_ == "ORG":
                body = _clean_span(entity)
                return body.text if body is not None else None
    return None


def _role_phrase(noun: Token) -> str:
    """The words of a role in apposition, without its article and what follows the
    noun: "the vice-president of ..." → "vice-president" (the tokenizer splits the
    hyphen, so the lemma of the head alone would be "president" or "vice")."""
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ in ("appos", "compound", "amod", "punct"):
        if noun.doc[start - 1].text in (",", "(", ")"):
            break
        start -= 1
    return noun.doc[start : noun.i + 1].text.replace(" - ", "-").replace(" -", "-")


def _group_span(token: Token) -> Span | None:
    """The noun phrase of a group noun ("nearby residents", "45 trade groups"),
    joined with a coordinated group ("shopkeepers and residents"), or of a body
    named by a common noun ("the Danish government", "the opposition")."""
    institution = (
        token.pos_ in ("NOUN", "PROPN")
        and token.lower_ in lexicon.institutions()
        and any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children)
        # a bare "the party" is one named before (`_refer`), not a body of its own
        and not (token.lower_ == "party" and all(c.dep_ == "det" for c in token.children))
        # "Its chief executive, Tom Hale,": a person's post, not a body
        and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)
    ) or national_body(token)
    if not institution and (
        token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in _group_lemmas()
    ):
        if token.lower_ not in lexicon.group_nouns() and not (
            _agent_noun(token) and _voiced(token)
        ):
            return None
    left = token.left_edge
    # "the", "many", and a wh-word: "what parents want" is the parents', "how small
    # firms bid" the small firms'
    while (
        left.i < token.i
        and (left.pos_ in ("DET", "PUNCT") or left.tag_ in ("WDT", "WP", "WP$", "WRB"))
        or left.lower_ in ("many", "some")
    ):
        left = left.doc[left.i + 1]
    end = token.i + 1
    for conj in token.children:
        # "shopkeepers and residents", not "neighbours, including X and Y, and groups"
        between = token.doc[token.i + 1 : conj.left_edge.i]
        if (
            conj.dep_ == "conj"
            and conj.lower_ in lexicon.group_nouns()
            and all(t.dep_ in ("cc", "punct") for t in between)
        ):
            end = conj.i + 1
    return token.doc[left.i : end]


# Bodies a country has one of in a field, written in lower case after the country
# ("the Danish federation", "Norway's association"). Provenance: general usage of
# sports and trade news.
NATIONAL_BODIES = frozenset("federation confederation association union league".split())


def national_body(token: Token) -> bool:
    """ "The Danish federation said", "Norway's association": a country's body in
    its field, named by the country and a common noun."""
    countries = lexicon.countries()
    return (
        token.pos_ == "NOUN"
        and token.lower_ in NATIONAL_BODIES
        and any(
            c.dep_ in ("amod", "poss", "compound")
            and (c.ent_type_ in ("NORP", "GPE") or c.lower_ in countries)
            for c in token.children
        )
    )


def _agent_noun(token: Token) -> bool:
    """Is the plural noun one of people named by what they do: a verb and "-er" or
    "-or" ("harvesters", "distributors", "providers", "shoppers"; Quirk et al. 1985,
    I.34, agential suffixes)? Not a noun that is a verb itself ("numbers", "orders")."""
    word = token.lower_
    if token.tag_ != "NNS" or not word.isalpha() or not word.endswith(("ers", "ors")):
        return False
    verbs = known_verbs()
    stem = word[:-3]
    bases = (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else "")
    return word[:-1] not in verbs and any(b in verbs for b in bases if len(b) > 2)


def _voiced(token: Token) -> bool:
    """Does the noun speak or take a side in its clause: the subject of a speech verb
    or of a stance cue on the verb or beside it ("harvesters spoke against it"), or
    who does one by or from whom ("was criticised by distributors")? Agent nouns
    name things too ("sweeteners")."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ not in ("nsubj", "pobj") or verb.pos_ not in ("VERB", "NOUN"):
        return False
    cues = lexicon.stance_cues()
    return verb.lemma_.lower() in lexicon.speech_verbs() or any(
        cues.at(verb.doc, t.i) is not None for t in (verb, *verb.children) if t.i != token.i
    )


def _group_lemmas() -> frozenset[str]:
    return frozenset(w.rstrip("s") for w in lexicon.group_nouns())


class Builder:
    """Adds mentions in reading order, merging each into the actor it names."""

    def __init__(self) -> None:
        self.cast = Cast()
        self.by_form: dict[str, int] = {}

    def _new(self, name: str, kind: str, pos: int) -> Actor:
        actor = Actor(len(self.cast.actors), name, kind, first=pos)
        self.cast.actors.append(actor)
        actor.add_form(name)
        self.by_form[fold(name)] = actor.id
        return actor

    def _find(self, surface: str, kind: str) -> Actor | None:
        key = fold(surface)
        if key in self.by_form:
            return self.cast.actors[self.by_form[key]]
        if kind in ("organisation", "country") and body_key(surface) in self.by_form:
            return self.cast.actors[self.by_form[body_key(surface)]]
        words = _without_post_nominals(key.split())
        for actor in reversed(self.cast.actors):
            if actor.kind != kind and not (
                {actor.kind, kind} <= {"organisation", "country"} and _is_acronym(surface)
            ):
                continue
            if kind == "person" and words:
                for form in actor.forms:
                    fw = _without_post_nominals(form.split())
                    # surname alone, or a full name for a surname seen first
                    if (
                        (len(words) == 1 and _same_surname(fw[-1], words[0]))
                        or (len(fw) == 1 and words[-1] == fw[0])
                        or _particle_surname(words, fw)
                        or _first_of_two_surnames(words, fw)
                    ):
                        return actor
            names = [actor.name, *actor.aliases]
            if _is_acronym(surface) and any(spells(surface, n) for n in names):
                return actor
            if _is_acronym(actor.name) and spells(actor.name, surface):
                return actor
        if kind == "person" and len(words) == 1:
            # a family name written first (Chinese, Korean, Vietnamese, Hungarian names;
            # Chicago Manual of Style 8.14): "Zhou" after "Zhou Lei", when one person
            # alone is named so and is not called by the last name alone
            firsts = [
                a
                for a in self.cast.actors
                if a.kind == "person"
                and len(a.name.split()) > 1
                and fold(a.name).split()[0] == key
                and fold(a.name).split()[-1] not in a.forms
            ]
            if len(firsts) == 1:
                return firsts[0]
        return None

    def _person_taken_for_a_body(self, surname: str) -> Actor | None:
        """ "Hilary Steel, for the Rural Party," tagged a body, then "Ms Steel":
        a body of two capitalised words, none a word bodies or places are called by,
        that ends in the surname of a person named later was that person."""
        key = fold(surname)
        bodies = (
            lexicon.org_words()
            | lexicon.institutions()
            | lexicon.legislatures()
            | lexicon.place_words()
            | set(lexicon.countries())
        )
        for actor in reversed(self.cast.actors):
            words = actor.name.split()
            if (
                actor.kind == "organisation"
                and len(words) == 2
                and all(w.isalpha() and w.istitle() for w in words)
                and not {w.lower() for w in words} & bodies
                and fold(words[-1]) == key
            ):
                return actor
        return None

    def mention(self, pos: int, span: Span, name: str, kind: str) -> Actor:
        if kind == "person":
            name = _lettered(name)
        actor = self._find(name, kind) or self._find(span.text, kind) or self._knight(span)
        if (
            actor is None
            and kind != "person"
            and (len(name.split()) == 1 or _particled(name.split()))
        ):
            # a surname the tagger took for a place or a body: "Lima", "De Vries",
            # "Ruiz-Hart" (one word in three tokens)
            actor = self._find(name, "person")
            if actor is not None:
                kind = "person"
        if actor is None and kind == "person" and len(name.split()) == 1:
            actor = self._person_taken_for_a_body(name)
            if actor is not None:
                actor.kind = "person"
        if actor is None and kind in ("organisation", "person"):
            actor, span = self._cut_short(span)
        if actor is None:
            actor = self._new(name, kind, pos)
        elif kind == "person" and len(name.split()) > len(actor.name.split()):
            actor.aliases.append(actor.name)  # the full name becomes the name
            actor.name = name
        elif _plural_of(name, actor.name):
            actor.aliases.append(actor.name)  # "the Agrarians", not "Agrarian" of "Agrarian MP"
            actor.name = name
        actor.add_form(name)
        actor.add_form(span.text)
        for key in actor.forms:
            self.by_form.setdefault(key, actor.id)
        for token in span:
            self.cast.at[(pos, token.i)] = actor.id
        return actor

    def _cut_short(self, span: Span) -> tuple[Actor | None, Span]:
        """A body's name found without its first words, which stand just before it
        ("Blue [Wave Coalition] says ...": a capitalised word opening the
        sentence is not taken for a name), when the story named the body in full."""
        words = span.text.split()
        for actor in self.cast.actors:
            full = actor.name.split()
            cut = len(full) - len(words)
            if actor.kind != "organisation" or cut <= 0 or full[cut:] != words:
                continue
            start = span.start - cut
            if start >= 0 and [t.text for t in span.doc[start : span.start]] == full[:cut]:
                return actor, span.doc[start : span.end]
        return None, span

    def _knight(self, span: Span) -> Actor | None:
        """ "Sir Tom" after "Sir Tom Hale": a knight or dame is called by the
        given name after the title (British usage)."""
        before = span.doc[span.start - 1].lower_ if span.start else ""
        if len(span) != 1 or before not in ("sir", "dame"):
            return None
        for actor in reversed(self.cast.actors):
            words = actor.name.split()
            if actor.kind == "person" and len(words) > 1 and words[0] == span.text:
                return actor
        return None

    def merge(self, keep: Actor, gone: Actor) -> None:
        """`gone` is another name of `keep` ("the Transit Authority (RTA)")."""
        if keep is gone:
            return
        for form in gone.forms:
            keep.forms.add(form)
            self.by_form[form] = keep.id
        for alias in [gone.name, *gone.aliases]:
            if alias != keep.name and alias not in keep.aliases:
                keep.aliases.append(alias)
        for key, value in self.cast.at.items():
            if value == gone.id:
                self.cast.at[key] = keep.id
        gone.forms = set()
        gone.name = ""


def find_actors(sents: list[Sent]) -> Cast:
    """Every actor of the story, each mention mapped to it, pronouns included."""
    builder = Builder()
    roles = lexicon.roles()
    parties = _party_words(sents)
    for sent in sents:
        doc = sent.doc
        entities: dict[int, Span] = {}
        for ent in doc.ents:
            if ent.label_ in ENTITY_KINDS:
                for token in ent:
                    entities[token.i] = ent
        previous: Actor | None = None
        previous_end = -1
        for ent in doc.ents:
            if ent.label_ not in ENTITY_KINDS:
                continue
            span = _clean_span(ent)
            if span is None or not _plausible(span, ent.label_) or _dateline_place(span):
                continue
            kind = _kind(span, ent.label_)
            label = ent.label_
            if kind == "person" and _body_in_title(span):
                kind, label = "organisation", "ORG"
            if kind != "person" and (
                _titled(span) or _holds_a_role_beside(span) or _lettered_person(span)
            ):
                kind, label = "person", "PERSON"  # "Mr Baker", "Mayor Ana Lima": people
                span = _with_given_names(span)
            if kind in ("person", "organisation") and roles.get(span.text.lower()) in (
                "office",
                "voice",
                "press",
            ):
                continue  # a title alone ("the MEP said"), which the tagger took for a name
            party = None
            if kind == "person" and len(span) > 2 and _singular(span[0].lower_) in parties:
                # "Federalist Tom Baker": the party's word, then the person's name
                party = builder.mention(
                    sent.pos, span[:1], _canonical(span[:1], "NORP"), "organisation"
                )
                span = span[1:]
            actor = builder.mention(sent.pos, span, _canonical(span, label), kind)
            if (
                kind == "person"
                and party is None
                and previous is not None
                and previous_end == span.start
                and doc[span.start - 1].ent_type_ == "NORP"
                and previous.kind == "organisation"
            ):
                party = previous  # "Agrarian Tom Baker", the party tagged on its own
            if party is not None and not actor.affiliation:
                actor.affiliation = party.name
            if kind == "organisation" and _named_decider(span):
                actor.decider = True  # "the Senate", "the Constitutional Court", "the Sejm"
            if kind == "person" and (office := _office_of_before(span)) is not None:
                # "Commissioner of Police Ann Roe, who ...": the parser makes the title the
                # subject and hangs the name from its "of"; the title stands for her
                builder.cast.at[(sent.pos, office.i)] = actor.id
                if not actor.role:
                    actor.role = office.text
                    actor.title = doc[office.i : span.start].text
                # "Speaker of Congress X", "Chair of the Board X": who presides
                if office.lower_ in PRESIDING and any(
                    t.lower_ in lexicon.deciders() for t in doc[office.i + 2 : span.start]
                ):
                    actor.chair = True
            if kind == "person" and (office := _office_of_place(span)) is not None:
                # "The governor of Cauca, Ana Roe, backed it": the parser hangs her name
                # from the place; the title, the subject, stands for her
                builder.cast.at.setdefault((sent.pos, office.i), actor.id)
                if not actor.role:
                    actor.role = office.text
            if kind == "person":
                role, affiliation = _title_before(span)
                if role is None or _honorific(role):
                    role, affiliation = _appositive(span, entities)
                if role is None:
                    role, affiliation = _predicated(span, entities)
                if role and not actor.role and not _honorific(role):
                    actor.role = role
                    actor.title = _whole_title(span, role)
                    actor.voice = _speaks_for_body(role)
                    # a judge rules on the proposal: the ruling is the outcome
                    actor.decider = role.split()[-1].lower() in JUDGES
                    actor.chair = actor.chair or _chairs(span, role)
                    # "transport affairs correspondent" is a correspondent
                    actor.press = "press" in (
                        roles.get(role.lower()),
                        roles.get(role.split()[-1].lower()),
                    )
                if _presides(span) or _chair_in_apposition(span):
                    actor.chair = True  # "X, who presided over the hearing"
                if affiliation and not actor.affiliation:
                    actor.affiliation = affiliation
                    actor.voice = actor.voice or _heads_a_body(actor.role, affiliation)
                    # "the council's chief executive, X": who speaks for a deciding body
                    # named by its kind alone is neutral as the body is (not the
                    # president of a union called a council, named before)
                    actor.decider = actor.decider or (
                        actor.voice
                        and affiliation in lexicon.deciders()
                        and not any(
                            affiliation in fold(a.name).split() for a in builder.cast.actors
                        )
                    )
                body = _member_of(span, entities)
                if body and not actor.affiliation:
                    actor.affiliation = body
                    actor.voice = actor.voice or actor.role is None  # an office speaks for itself
                represented = _on_behalf_of(span, entities)
                if represented is not None:
                    actor.affiliation, actor.voice = represented, True
            # "the Riverside Transit Authority (RTA)": a name in brackets right after
            # another is the same actor
            if (
                previous is not None
                and span.start - previous_end in (1, 2)
                and doc[span.start - 1].text == "("
            ):
                builder.merge(previous, actor)
                actor = previous
            previous, previous_end = actor, span.end
        _acronyms_in_brackets(builder, sent)
        _unnamed_speakers(builder, sent)
        _units_of_bodies(builder, sent)
        _groups(builder, sent)
    _shortened_bodies(builder, sents)
    _titles_alone(builder, sents)
    _untagged_names(builder.cast, sents)
    _parties_taken_for_people(builder.cast, sents)  # every mention of the name found
    _places_taken_for_people(builder.cast, sents)
    _refer(builder.cast, sents)
    _own_bodies(builder.cast, sents)
    _bodies_of_owning_pronouns(builder.cast, sents)
    _bodies_of_bare_titles(builder.cast, sents)
    _bodies_before_titles(builder.cast, sents)
    _bodies_by_kind(builder.cast, sents)
    _bodies_led(builder.cast, sents)
    _owners_bodies(builder.cast)
    _reporters(builder.cast, sents)
    _outlets(builder.cast)
    return builder.cast


# Words that name a news outlet by its medium or its masthead ("X News", "X Radio 4",
# "The X Times", "the Daily X", "X Herald"): the traditional mastheads of English-
# language newspapers (Oxford Dictionary of Journalism, "masthead") and the media.
OUTLET_WORDS = frozenset(
    "news radio television tv times herald journal gazette telegraph tribune chronicle "
    "newspaper magazine broadcasting broadcaster daily".split()
)


def _outlets(cast: Cast) -> None:
    """A news outlet reports the debate and takes no side in it: "told X News", "a
    poll for X One's programme", "the X Times reported"."""
    for actor in cast.actors:
        if actor.kind == "organisation" and OUTLET_WORDS & set(fold(actor.name).split()):
            actor.press = True


def _reporters(cast: Cast, sents: list[Sent]) -> None:
    """Reporters the story names without a title, once it has shown it has some: "the
    Herald's Ana Lima" when the Herald's correspondents report it too, and "Ana Lima,
    in Leeds, said", a correspondent's dateline."""
    press = [a for a in cast.actors if a.press]
    if not press:
        return
    titles = " ".join(f" {fold(a.affiliation or '')} {fold(a.role or '')} " for a in press)
    outlets = {
        b.id
        for b in cast.actors
        if b.kind == "organisation" and any(f" {form} " in titles for form in b.forms if form)
    }
    speaking = lexicon.speech_verbs()
    for (pos, i), actor_id in list(cast.at.items()):
        actor = cast.actors[actor_id]
        if actor.kind != "person" or actor.role or actor.press:
            continue
        token = sents[pos].doc[i]
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and cast.actor_at(pos, owner.i) in outlets:
            actor.press = True
        elif _dateline(token) and token.head.lemma_ in speaking:
            actor.press = True


def _dateline_place(span: Span) -> bool:
    """Is the name the place a story is filed from, in capitals on a line of its own
    ("BRUSSELS")? A dateline before a sentence ("NAIROBI: The county ...", "LIMA, May 3
    (Reuters) -") the parser never sees (`nlp.parseable`)."""
    doc = span.doc
    words = [t for t in doc[: span.end] if not t.is_punct]
    if words and words[0].i == span.start and all(t.text.isupper() for t in words):
        return not [t for t in doc[span.end :] if not t.is_space]
    return False


def _dateline(name: Token) -> bool:
    """Is the name followed by where its holder reports from, set off by commas:
    "Ana Lima, in Leeds, said"?"""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
        return False
    prep = doc[name.i + 2]  # the parser hangs it from the name or from the verb
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i not in (name.i, name.head.i):
        return False
    end = prep.right_edge.i + 1
    return end < len(doc) and doc[end].text == ","


def _own_members(token: Token) -> bool:
    """ "its members", "our members": a body's own people, named by the body."""
    return (
        token.tag_ == "NNS"
        and token.lemma_.lower() == "member"
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in token.children)
    )


def members_of(token: Token) -> Token | None:
    """The body in "members of the Rural Party": a party's or a group's members acting
    together are the body acting, not a group of their own. Not the members of a
    deciding body ("members of the council"), whom votes place."""
    if token.tag_ != "NNS" or token.lemma_.lower() != "member":
        return None
    if any(c.dep_ in ("poss", "nummod", "amod", "compound") for c in token.children):
        return None  # "three members of ...", "senior members of ...": some of them
    body = next(
        (o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
        None,
    )
    if body is None or body.ent_type_ not in ("ORG", "NORP") or body.lower_ in lexicon.deciders():
        return None
    return body


def _owned_by_a_person(token: Token) -> bool:
    """ "his party", "her own government", "X, whose party ...": a body named by whose
    it is."""
    return token.lower_ in lexicon.institutions() and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "whose") for c in token.children
    )


def _whose(owner: Token) -> Token | None:
    """The noun a "whose" points back to: "Ana Lima, [whose] party opposes it"."""
    if owner.lower_ != "whose":
        return None
    # the noun right before it, past a comma and an acronym in brackets ("the Grocers
    # Federation (GF), whose chairman"): the parser may hang the clause further back
    doc, i = owner.doc, owner.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i > 1 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3
    if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN"):
        return doc[i]
    return next((t.head for t in owner.ancestors if t.dep_ == "relcl"), None)


def _own_bodies(cast: Cast, sents: list[Sent]) -> None:
    """ "his party" names the body of the person "his" points back to, when the story
    says which body that is ("Rural Party leader Ana Lima ... her party")."""
    for sent in sents:
        for token in sent.doc:
            if not _owned_by_a_person(token):
                continue
            owner = next(c for c in token.children if c.dep_ == "poss")
            owner = _whose(owner) or owner
            person = cast.actor_at(sent.pos, owner.i)
            affiliation = cast.actors[person].affiliation if person is not None else None
            if not affiliation:
                if person is not None and owner.lower_ not in ("his", "her"):
                    # "X, whose party opposes it": X's side, the party unnamed
                    cast.at[(sent.pos, token.i)] = person
                continue
            key = fold(affiliation)
            body = next((a for a in cast.actors if a.name and key in a.forms), None)
            if body is not None:
                cast.at[(sent.pos, token.i)] = body.id


OWNERS = frozenset(("its", "their"))
# What ends a quotation before its attribution: ' "It is a start," she said.'
QUOTE_ENDS = frozenset('"”,')


def _bodies_of_owning_pronouns(cast: Cast, sents: list[Sent]) -> None:
    """ "Its policy director, Ana Ruiz," "their spokeswoman, Ana Ruiz": the person works
    for the body "its" or "their" points back to, as "the Alliance, whose director, Ana
    Ruiz, said" for the body "whose" follows."""
    for (pos, i), actor_id in sorted(cast.at.items()):
        actor = cast.actors[actor_id]
        if actor.kind != "person" or actor.affiliation or not actor.role:
            continue
        token = sents[pos].doc[i]
        titles = [token.head] if token.dep_ == "appos" else []
        titles += [c for c in token.children if c.dep_ == "appos"]
        for title in titles:
            owners = [c for c in title.children if c.dep_ == "poss" and c.lower_ in OWNERS]
            owners = owners or [w for c in title.children if (w := _whose_title(c, title))]
            body = cast.actor_at(pos, owners[0].i) if owners else None
            if body is not None and cast.actors[body].kind in ("organisation", "group"):
                actor.affiliation = cast.actors[body].name
                actor.voice = actor.voice or _heads_a_body(actor.role, actor.affiliation)
                break


def _whose_title(owner: Token, title: Token) -> Token | None:
    """The noun "whose" before a title points back to: "the Alliance, whose director,
    Ana Ruiz, said" (the parser hangs the title from the noun, or the clause)."""
    if owner.dep_ != "poss" or owner.lower_ != "whose":
        return None
    return _whose(owner) or (title.head if title.dep_ == "appos" else None)


def _bodies_before_titles(cast: Cast, sents: list[Sent]) -> None:
    """ "Granite attorney Ana Ruiz", "Valley Water chief executive Ana Ruiz": the words
    before the title name a body of the story the tagger did not mark there, whom the
    person works for."""
    bodies: dict[str, Actor] = {}
    for body in cast.actors:
        if body.kind == "organisation" and body.name:
            for form in body.forms:
                bodies.setdefault(form, body)
    for (pos, i), actor_id in sorted(cast.at.items()):
        actor = cast.actors[actor_id]
        if actor.kind != "person" or actor.affiliation or not actor.title:
            continue
        doc = sents[pos].doc
        if i == 0 or doc[i - 1].ent_type_ == "PERSON":
            continue  # inside a tagged name; a title-only mention ("Opposition Leader") counts
        start = i - len(actor.title.split())
        if start < 1 or doc[start:i].text.lower() != actor.title.lower():
            continue
        end = start
        while start > 0 and doc[start - 1].pos_ in ("PROPN", "NOUN") and doc[start - 1].is_title:
            start -= 1  # the tagger may call a capitalised first word a noun
        body = bodies.get(fold(doc[start:end].text)) if start < end else None
        if body is not None:
            actor.affiliation = body.name


def _bodies_by_kind(cast: Cast, sents: list[Sent]) -> None:
    """ "Ana Ruiz, from the league, said": a person of a body the story names by its
    kind, when one body of the story has that noun in its name ("the Valley Cycling
    League", "the League Against Noise"), works for it."""
    nouns: dict[str, list[Actor]] = {}
    for body in cast.actors:
        words = body.name.lower().split()
        if body.kind == "organisation" and len(words) > 1:
            # the noun of the name: "league" of "League Against Noise" too
            cut = next((n for n, w in enumerate(words) if w in BODY_JOINERS), len(words))
            if cut:
                nouns.setdefault(words[cut - 1], []).append(body)
    for (pos, i), actor_id in sorted(cast.at.items()):
        actor = cast.actors[actor_id]
        if actor.kind != "person" or actor.affiliation:
            continue
        token = sents[pos].doc[i]
        if token.head.i != token.i and cast.actor_at(pos, token.head.i) == actor_id:
            continue  # not the head of the name
        for prep in [*token.children, *_hung_from_verb(token)]:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            for noun in prep.children:
                fits = nouns.get(noun.lower_, [])
                definite = any(c.lower_ == "the" for c in noun.children)
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and definite and len(fits) == 1:
                    actor.affiliation = fits[0].name
                    actor.voice = actor.voice or actor.role is None


# Verbs whose passive agent is at a body's head: "the committee, chaired by X".
LEADING = frozenset("chair lead head run".split())


def _bodies_led(cast: Cast, sents: list[Sent]) -> None:
    """ "the council's rivers panel, chaired by Ana Ruiz": who chairs or
    leads a body speaks for it (the body a committee belongs to, when the committee is
    no actor of its own)."""
    for sent in sents:
        for verb in sent.doc:
            if verb.lemma_.lower() in LEADING and verb.dep_ == "relcl":
                _leader_of(cast, sent, verb)
            if verb.lemma_.lower() not in LEADING or verb.tag_ != "VBN":
                continue
            led = verb.head if verb.dep_ == "acl" else None
            if verb.dep_ == "advcl" and verb.i > 1 and sent.doc[verb.i - 1].text == ",":
                led = sent.doc[verb.i - 2]  # the parser hangs it from the verb
            if led is None or led.pos_ not in ("NOUN", "PROPN"):
                continue
            body = cast.actor_at(sent.pos, led.i)
            if body is None:
                owners = [c for c in led.children if c.dep_ == "poss"]
                body = cast.actor_at(sent.pos, owners[0].i) if owners else None
            if body is None or cast.actors[body].kind != "organisation":
                continue
            for agent in verb.children:
                if agent.dep_ != "agent":
                    continue
                for obj in agent.children:
                    person = cast.actor_at(sent.pos, obj.i)
                    if person is None or cast.actors[person].kind != "person":
                        continue
                    if not cast.actors[person].affiliation:
                        cast.actors[person].affiliation = cast.actors[body].name
                        cast.actors[person].voice = True


def _leader_of(cast: Cast, sent: Sent, verb: Token) -> None:
    """ "Ana Ruiz, who chairs the Riverside Transit Trust, said": she speaks for it."""
    person = cast.actor_at(sent.pos, verb.head.i)
    if person is None or cast.actors[person].kind != "person" or cast.actors[person].affiliation:
        return
    for obj in verb.children:
        body = cast.actor_at(sent.pos, obj.i) if obj.dep_ == "dobj" else None
        if body is not None and cast.actors[body].kind == "organisation":
            cast.actors[person].affiliation = cast.actors[body].name
            cast.actors[person].voice = True
            return


def _owners_bodies(cast: Cast) -> None:
    """ "President Ana Ruiz's government": the person whose body it is works for it."""
    for body in cast.actors:
        if body.kind == "person" or "'s " not in body.name.replace("’", "'"):
            continue
        owner = body.name.replace("’", "'").split("'s ")[0]
        for person in cast.actors:
            if person.kind == "person" and not person.affiliation and person.name:
                if owner == person.name or owner.endswith(f" {person.name}"):
                    person.affiliation = body.name


def _bodies_of_bare_titles(cast: Cast, sents: list[Sent]) -> None:
    """A spokesperson whose sentence opens with a bare title right after a body spoke
    ("The Alliance said ... Chief executive Ana Ruiz said") speaks for that body: news
    copy names the body once and lets the next sentence's title point back to it. So
    does a bare title right after a quotation (' "It is a start," spokeswoman Ana Ruiz
    said.'), the attribution that follows what was said; and one after "with" in the
    body's own sentence ("X backed it, with chairman Ana Ruiz saying ...")."""
    first: dict[int, tuple[int, int]] = {}
    for (pos, i), actor_id in sorted(cast.at.items()):
        first.setdefault(actor_id, (pos, i))
    subjects: dict[int, set[int]] = {}
    for pos, actor_id in cast.subjects:
        subjects.setdefault(pos, set()).add(actor_id)
    for actor in cast.actors:
        title = actor.title or actor.role
        if actor.kind != "person" or actor.affiliation or not title:
            continue
        pos, i = first.get(actor.id, (0, 0))
        text = sents[pos].doc[:i].text
        if (
            text.lower().endswith(f"with {title.lower()}")
            and len(title.split()) == 1  # bare: not "with Tory leader X saying"
            and (actor.voice or _heads_a_body(actor.role, ""))
        ):
            spoken = pos  # "X welcomed it, with president Ana Ruiz saying ...": X's
        elif (
            actor.voice  # not "President X", a head of state, after a body's sentence
            and pos
            and sents[pos - 1].article == sents[pos].article
            and _opened_by_title(text, title)
        ):
            spoken = pos - 1
        else:
            continue
        # a group among them is no speaker for a body ("Tenants' group X said")
        before = [
            cast.actors[a]
            for a in subjects.get(spoken, ())
            if cast.actors[a].kind != "group" and a != actor.id
        ]
        if len(before) == 1 and before[0].kind == "organisation" and before[0].name:
            actor.affiliation = before[0].name


def _opened_by_title(before: str, title: str) -> bool:
    """Is `before` (the sentence up to a name) the bare title alone, or a quotation
    then the bare title?"""
    before, title = before.lower(), title.lower()
    if not before.endswith(title):
        return False
    rest = before[: len(before) - len(title)].rstrip()
    # a single closing quote after punctuation ("'It is a start,' said"), not the
    # apostrophe of a plural's possessive ("the workers' spokeswoman")
    single = rest[-2:] in {f"{p}{q}" for p in ",.?!" for q in "'’"}
    return not rest or rest[-1] in QUOTE_ENDS or single


def _shortened_bodies(builder: Builder, sents: list[Sent]) -> None:
    """A body's name clipped ("Soc Libs" for "Social Liberals") or cut to its last
    words ("the Government" for "the National Government") names the body whose full
    name the story gives, when only one body fits. A body named only after "a" ("a
    Labour government would ...") is no particular one."""
    indefinite = {
        (pos, actor)
        for (pos, i), actor in builder.cast.at.items()
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in sents[pos].doc[i].children)
    }
    named = {actor for (pos, _), actor in builder.cast.at.items() if (pos, actor) not in indefinite}
    bodies = [
        a for a in builder.cast.actors if a.kind in ("organisation", "country") and a.id in named
    ]
    for short in builder.cast.actors:
        if not short.name or short.kind == "group":
            continue
        words = body_key(short.name).split()
        fits = []
        for body in bodies:
            full = body_key(body.name).split()
            # "the Government" for "the National Government"; "the provincial
            # government" for "the Valmora Provincial Government"; a country is not
            # the body named after it ("Valmora", "the Bar Association of Valmora")
            cut = (
                short.kind != "person"
                and not (short.kind == "country" and body.kind != "country")
                and len(words) < len(full)
                and full[-len(words) :] == words
                # "local government" is the tier of councils, not the government
                and "local" not in full[: -len(words)]
            )
            # "the Medical Trust" for "the Medical Trust for Flood Victims": a body by
            # its name before what it is for or of
            cut = cut or (
                short.kind == body.kind == "organisation"
                and len(words) > 1
                and len(words) < len(full)
                and full[: len(words)] == words
                and full[len(words)] in BODY_JOINERS
            )
            # "Granite" for "Granite Water Holdings": a firm by its first word
            cut = cut or (
                short.kind == body.kind == "organisation"
                and len(words) == 1
                and any(_first_word_of(words[0], form.split()) for form in body.forms)
            )
            if short.decider and not body.decider:
                continue  # "the Commons" is no clipped "Commonweal Party"
            if body is not short and body.name and (cut or _clipped(words, full)):
                fits.append(body)
        if len(fits) == 1:
            keep = fits[0]
            last = (fold(short.name).split() or [""])[-1]
            if (
                singular(last) != last
                and not keep.name.endswith("s")
                # not "Social Liberal Party": a name that ends in a noun already
                and fold(keep.name).split()[-1] not in lexicon.org_words() | {"party"}
                and _clipped(words, body_key(keep.name).split())
            ):
                # a party named by its adjective ("Social Liberal leader ...") is
                # plural as a noun, as its clipped form shows ("the Soc Libs"); a
                # firm by its first word is not ("Southgrass" of "Southgrass Group")
                keep.aliases.append(keep.name)
                keep.name += "s"
            keep.first = min(keep.first, short.first)
            builder.merge(keep, short)


def _first_word_of(word: str, full: list[str]) -> bool:
    """Is `word` the first of a longer name that is not a public body's ("Granite" of
    "Granite Water Holdings", not "Renewal" of "Renewal government"), and a name, not
    the kind of body ("Confederation" of "Confederation of Business" may be another)?"""
    return (
        len(full) > 1
        and full[0] == word
        and word not in lexicon.org_words()
        and not set(full) & lexicon.institutions()
    )


def _titles_alone(builder: Builder, sents: list[Sent]) -> None:
    """ "The Opposition Leader told reporters": a title the tagger took for a name is the
    person the story once named with it ("Opposition Leader Ana Ruiz"), if one was."""
    roles = lexicon.roles()
    cast = builder.cast
    titles = {
        tuple(actor.name.split()): actor
        for actor in cast.actors
        if actor.kind == "person"
        and actor.name
        and actor.name.split()[-1].lower().rstrip(".") in roles
    }
    if not titles:
        return
    docs = {sent.pos: sent.doc for sent in sents}
    for (pos, i), holder in list(cast.at.items()):
        if cast.actor_at(pos, i - 1) == holder:
            continue  # not where a name starts
        person = cast.actors[holder]
        if person.kind != "person":
            continue
        doc = docs[pos]
        for words, title in titles.items():
            start = i - len(words)
            if title is person or not title.name or start < 0:
                continue
            # as written, and unqualified: "shadow Culture Secretary X", "former
            # Culture Secretary X" do not hold the title
            if tuple(t.text for t in doc[start:i]) == words and (
                start == 0 or doc[start - 1].pos_ not in ("ADJ", "NOUN", "PROPN")
            ):
                builder.merge(person, title)


# Entity types the small model gives a surname it has not seen alone ("agreed with
# [Cole]" as a product): a name of the story's may be read there.
MISREAD_NAMES = frozenset(("PRODUCT", "WORK_OF_ART"))


def _untagged_names(cast: Cast, sents: list[Sent]) -> None:
    """A name the story has already given, written again where the tagger saw no
    entity ("The RTU says ...", a party's name opening a sentence): the small model
    tags the same name in one sentence and not in the next. Only a name as written
    (same case); one word only if proper, in capitals or the subject; and no word
    the tagger put in another entity ("May" in a date)."""
    names: dict[tuple[str, ...], int] = {}
    for actor in cast.actors:
        for name in (actor.name, *actor.aliases):
            words = tuple(name.split())
            if words and words[0][:1].isupper() and actor.kind != "group":
                names.setdefault(words, actor.id)
    # a person's surname alone ("agreed with Cole"), when no one else of the story has it
    surnames: dict[str, set[int]] = {}
    for actor in cast.actors:
        words = actor.name.split()
        if actor.kind == "person" and len(words) > 1 and words[-1][:1].isupper():
            surnames.setdefault(words[-1], set()).add(actor.id)
    for surname, holders in surnames.items():
        if len(holders) == 1:
            names.setdefault((surname,), next(iter(holders)))
    longest = max((len(w) for w in names), default=0)
    firsts = {w[0] for w in names}
    for sent in sents:
        doc = sent.doc
        texts = [t.text for t in doc]  # the words as strings: spans only on a match
        i = 0
        while i < len(doc):
            if texts[i] not in firsts:
                i += 1
                continue
            for n in range(min(longest, len(doc) - i), 0, -1):
                actor = names.get(tuple(texts[i : i + n]))
                if actor is None:
                    continue
                span = doc[i : i + n]
                if any(
                    (t.ent_type_ and t.ent_type_ not in MISREAD_NAMES)
                    or cast.actor_at(sent.pos, t.i) is not None
                    for t in span
                ):
                    continue
                word = span[0]
                if n == 1 and not (
                    word.pos_ == "PROPN" or word.text.isupper() or word.dep_ == "nsubj"
                ):
                    continue  # a capitalised common noun only as the one acting
                for t in span:
                    cast.at[(sent.pos, t.i)] = actor
                i += n - 1
                break
            i += 1


def _clipped(short: list[str], full: list[str]) -> bool:
    """Is every word of `short` the start of the matching word of `full` ("lib dem",
    "liberal democrat"), one of them shorter?"""
    return (
        len(short) == len(full)
        and short != full
        and all(
            s == f or (len(s) >= 3 and len(f) - len(s) >= 3 and f.startswith(s))
            for s, f in zip(short, full, strict=True)
        )
    )


def _acronyms_in_brackets(builder: Builder, sent: Sent) -> None:
    """ "... Authority (RTA)": an acronym spaCy did not tag, after a known actor."""
    doc = sent.doc
    for token in doc:
        if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        word = doc[token.i + 1]
        before = builder.cast.actor_at(sent.pos, token.i - 1)
        if before is None or not _is_acronym(word.text):
            continue
        actor = builder.cast.actors[before]
        actor.add_form(word.text)
        builder.by_form[fold(word.text)] = actor.id
        builder.cast.at[(sent.pos, word.i)] = actor.id


@functools.cache  # read for every sentence: built once, 8 ms of 37 per 1,000 words
def acting_verbs() -> frozenset[str]:
    """Verbs whose subject is acting on the proposal: speaking, proposing, taking a side."""
    stance = {
        w
        for w, cues in lexicon.stance_cues().by_first.items()
        if any(c.kind in ("verb", "feel") for c in cues)
    }
    propose = set(lexicon.proposal_words()["propose"].by_first)
    return frozenset(stance | propose | lexicon.speech_verbs())


def _unnamed_speakers(builder: Builder, sent: Sent) -> None:
    """A proper name that speaks or acts ("…," Mayor Ana Lima said; "Ana Ruiz, the
    director of …, backed the plan") is an actor even where the entity tagger missed
    it or took it for something else: a title, or a first name, makes it a person."""
    roles = lexicon.roles()
    acting = acting_verbs()
    for token in sent.doc:
        if (
            token.dep_ != "nsubj"
            or token.pos_ != "PROPN"
            or token.head.lemma_.lower() not in acting
            or (sent.pos, token.i) in builder.cast.at
        ):
            continue
        left = token.i
        doc = sent.doc
        # not an adverb the parser hung from the name ("Earlier Mr Lee said")
        # a word of the name may hang from the next ("The Low Moor Sheep Farmers Society")
        while (
            left > 0
            and doc[left - 1].dep_ == "compound"
            and left <= doc[left - 1].head.i <= token.i
            and doc[left - 1].pos_ in ("PROPN", "NOUN")
            and not plural_title(doc[left - 1])
            and not opening_adverb(doc[left - 1])
        ):
            left -= 1
        while (
            left > 1
            and doc[left - 1].text == "-"
            and not doc[left - 2].whitespace_
            and not doc[left - 1].whitespace_
            and doc[left - 2].is_title
        ):
            left -= 2  # a double-barrelled name ("Hale-Ruiz said"), one word in three
        # the name in the apposition, or before its head ("Tom Lee MSP": the post-nominal)
        named = [
            builder.cast.actor_at(sent.pos, t.i)
            for c in token.children
            if c.dep_ == "appos" and c.i > token.i
            for t in (c, *(t for t in c.children if t.dep_ == "compound"))
        ]
        person = next((a for a in named if a is not None), None)
        listed = bool(names_run_on(token))  # "Ana Ruiz, Tom Hale and Mary Cole said"
        if person is not None and builder.cast.actors[person].kind == "person" and not listed:
            # "the Attorney General, Lord Ana Ruiz, said": the office is the person
            for i in range(left, token.i + 1):
                builder.cast.at[(sent.pos, i)] = person
            continue
        if token.lower_ in roles:
            # "the Harbour Party Chairman said": an officer of the body named before the
            # title, unnamed, speaks for it
            bodies = [
                a
                for c in token.children
                if c.dep_ == "compound"
                and (a := builder.cast.actor_at(sent.pos, c.i)) is not None
                and builder.cast.actors[a].kind == "organisation"
            ]
            if bodies:
                builder.cast.at[(sent.pos, token.i)] = bodies[0]
                continue
        # "the Attorney General said": an office named alone, not "General" titled
        office = doc[left : token.i + 1].text.lower() in roles
        titled = doc[left].text.lower().rstrip(".") in roles and not (office and left < token.i)
        start = left + 1 if titled else left
        if start > token.i:
            continue
        # "aid charity Helpwell": the noun before the name says it is a body
        nouns = [i for i in range(start, token.i) if doc[i].text.islower()]
        body_noun = bool(nouns) and _says_body(doc[nouns[-1]])
        if body_noun:
            start = nouns[-1] + 1
        span = sent.doc[start : token.i + 1]
        if _instrument_name(span) or _document(span):
            continue
        if token.lower_ in roles and any(c.dep_ == "cc" for c in token.children):
            continue  # "Veteran X MP and former minister Ana Ruiz has said": her titles
        kind = _untagged_kind(span, titled, body_noun)
        actor = builder.mention(sent.pos, span, span.text, kind)
        if kind == "organisation" and _named_decider(span):
            actor.decider = True  # "the Sejm", which the tagger took for a place
        if titled and not actor.role and not _honorific(doc[left].text):
            actor.role = sent.doc[left].text
            actor.voice = _speaks_for_body(actor.role.rstrip("."))
        elif kind == "person" and not actor.role:
            entities = {t.i: e for e in sent.doc.ents if e.label_ in ENTITY_KINDS for t in e}
            role, body = _appositive(span, entities)
            if role:
                actor.role, actor.affiliation = role, body
                actor.voice = _speaks_for_body(role) or (
                    body is not None and _heads_a_body(role, body)
                )
            elif not actor.affiliation:
                actor.affiliation = _member_of(span, entities)
                actor.voice = actor.affiliation is not None


# Nouns for a party's members, its leader or the party itself, which the party's name
# premodifies ("Opposition MPs", "a Green councillor", "the Agrarian leader") and a
# person's name does not (unlike "a Ruiz spokesman" or "Okafor voters"). Provenance:
# general knowledge of parliamentary usage in Britain and the Commonwealth.
PARTY_HEADS = frozenset(
    "mp mps mep meps msp msps peer peers councillor councillors backbencher backbenchers "
    "frontbencher frontbenchers member members party leader".split()
)


def _parties_taken_for_people(cast: Cast, sents: list[Sent]) -> None:
    """A "person" without title or honorific whose name premodifies a party noun
    ("Renewal MPs said"), or who, never named with a given name, is coordinated with a
    body ("Renewal and the Agrarians say"), is a party: the tagger calls a party's bare
    name a person, while news names a person in full at first."""
    parties: set[int] = set()
    for (pos, i), actor_id in cast.at.items():
        actor = cast.actors[actor_id]
        if actor.kind != "person" or actor.role or _titled_role(actor.name.split()[-1].lower()):
            continue  # "Opposition MP": a member
        token = sents[pos].doc[i]
        head = token.head
        if (
            token.dep_ in ("compound", "amod", "nmod")
            and head.i > token.i
            and head.lower_ in PARTY_HEADS
            and cast.actor_at(pos, head.i) != actor_id
            # "Ana Ruiz MSP said": letters after a full name, not a party's member
            and not (
                head.lower_ in POST_NOMINALS
                and head.dep_ != "compound"
                and len(actor.name.split()) > 1
            )
        ):
            parties.add(actor_id)
        elif _bare_name(actor):
            if any(f.split()[-1] == "party" for f in actor.forms):
                parties.add(actor_id)  # "Renewal ... the Renewal Party"
            joined = [head] if token.dep_ == "conj" else []
            joined += [c for c in token.children if c.dep_ == "conj"]
            others = {cast.actor_at(pos, t.i) for t in joined} - {None, actor_id}
            if any(cast.actors[o].kind == "organisation" for o in others if o is not None):
                parties.add(actor_id)
    for (pos, i), actor_id in cast.at.items():
        if actor_id in parties and i > 0 and _honorific(sents[pos].doc[i - 1].text):
            parties.discard(actor_id)  # "Mr Green": a person after all
    for actor_id in parties:
        cast.actors[actor_id].kind = "organisation"


# Prepositions of place: a bare name as their object is where, not who ("activists in
# Kent"). Not "from" or "with" alone, which take people too ("a letter from X").
# Provenance: Quirk et al. (1985), prepositions of position.
PLACE_PREPOSITIONS = frozenset("in near at outside across throughout around inside".split())


def _places_taken_for_people(cast: Cast, sents: list[Sent]) -> None:
    """A "person" without title, honorific or given name that is written as a place is
    one: the object of a preposition of place ("officials in Powys"), set after a place
    with a comma ("a village, Barset"), a member's seat ("the MP for Barset") or a
    speaker's home after a comma ("Ana Ruiz, of Barset"). The small tagger calls many
    place names people; a person's bare surname is not written so."""
    places: set[int] = set()
    honoured: set[int] = set()
    for (pos, i), actor_id in cast.at.items():
        actor = cast.actors[actor_id]
        if actor.kind != "person" or actor.role or not _bare_name(actor):
            continue
        token = sents[pos].doc[i]
        if i > 0 and _honorific(sents[pos].doc[i - 1].text):
            honoured.add(actor_id)
        elif _written_as_place(token):
            places.add(actor_id)
    for actor_id in places - honoured:
        cast.actors[actor_id].kind = "country"


def names_run_on(name: Token) -> list[Token]:
    """The names after the first of a list the parser took for an apposition: in
    "Carla Jensen, Tom Hale, Ana Ruiz and Mary Cole voted against", Hale hangs from
    Jensen as an appositive and the rest from Hale as conjuncts (or from Jensen,
    the appositive between them). Only
    names after a name, with an "and" or "or" closing the run: "Ana Ruiz, the mayor,"
    and "Ana Ruiz, Tom Hale's deputy," are one person."""
    if name.pos_ != "PROPN":
        return []
    for appos in name.children:
        if appos.dep_ != "appos" or appos.pos_ != "PROPN" or appos.i < name.i:
            continue
        run = [appos, *(t for t in appos.conjuncts if t.i > appos.i)]
        closed = any(c.dep_ == "cc" for t in run for c in t.children)
        if len(run) > 1 and closed and all(t.pos_ == "PROPN" for t in run):
            return run
        # "Ana Ruiz, Tom Hale, Joe Park, Mary Cole and ...": a name hung as an apposition
        # between the first name and its conjuncts is one more of the list
        if any(t.i > appos.i for t in name.conjuncts) and appos.ent_type_ == "PERSON":
            return [appos]
    return []


def county_after_town(token: Token) -> bool:
    """Is the name written after a place and a comma ("Barchester, Barset")? It is that
    place's county or state, however the parser attached it (it may make it the
    subject of the verb after it)."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "," and doc[token.i - 2].ent_type_ == "GPE"


def _written_as_place(token: Token) -> bool:
    if any(c.dep_ == "case" for c in token.children):
        return False  # "in Ana Ruiz's view": the possessor is not the place
    if county_after_town(token):
        return True
    doc = token.doc
    while token.dep_ in ("appos", "conj", "npadvmod") and token.head.i < token.i:
        if token.dep_ == "appos" or doc[token.i - 1].text == ",":
            return _written_as_place(token.head) or token.head.ent_type_ == "GPE"
        token = token.head
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ in PLACE_PREPOSITIONS:
        return True
    before = doc[preposition.i - 1] if preposition.i else preposition
    if preposition.lower_ == "of":
        return before.text == ","  # "Ana Ruiz, of Barset"
    # "the AM for X" (an Assembly Member), not the verb of "I am for X"
    return (
        preposition.lower_ == "for"
        and before.lower_ in ("mp", "member", "msp", "am")
        and before.pos_ in ("NOUN", "PROPN")
    )


def _bare_name(actor: Actor) -> bool:
    """Is the actor named by one word only, but for that word before a party noun?"""
    return all(len(f.split()) == 1 or f.split()[-1] in PARTY_HEADS for f in actor.forms)


def _untagged_kind(span: Span, titled: bool, body_noun: bool) -> str:
    """A person if titled, or a name of two words that the tagger did not take for a
    body or a place ("Downing Street believes": a place that acts is its government)
    and that does not follow "the"; else an organisation. (Not by the name's last word:
    "Wood", "Hall" and "Park" end places and institutions, and people's names too.)"""
    if titled:
        return "person"
    if len(span) > 1 and span[-1].lower_ in lexicon.group_nouns():
        return "group"  # "Opposition MPs said"
    if (
        body_noun
        or len(span) < 2
        or span[-1].ent_type_ in ("ORG", "FAC", "GPE", "LOC", "NORP")
        or span[-1].lower_ in STREETS
        or _article_before(span)
    ):
        return "organisation"
    return "person"


# The last words of street names, which no one's surname is: an untagged name ending
# in one is the address of an office that acts ("Downing Street", "Wall Street").
STREETS = frozenset("street avenue boulevard road square".split())


# Prepositions that list a group's members: "critics, including X", "groups like Y",
# "countries such as Z".
INCLUDING = frozenset(("including", "like", "as"))


# Nouns for a working part of a public body ("the council's planning department",
# "the city's transport directorate"): the part acts and speaks as itself.
UNITS = frozenset("department directorate division".split())


def _units_of_bodies(builder: Builder, sent: Sent) -> None:
    """ "Put forward by the city's housing division": a body's unit, named
    by its field, is a body of its own, not the (often deciding) body that owns it."""
    for token in sent.doc:
        if token.lower_ not in UNITS or (sent.pos, token.i) in builder.cast.at:
            continue
        fields = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
        owners = [c for c in token.children if c.dep_ == "poss"]
        owner = builder.cast.actor_at(sent.pos, owners[0].i) if owners else None
        if not fields or owner is None or builder.cast.actors[owner].kind != "organisation":
            continue
        span = sent.doc[min(f.left_edge.i for f in fields) : token.i + 1]
        if any(t.ent_type_ for t in span):
            continue
        builder.mention(sent.pos, span, span.text, "organisation")


def _groups(builder: Builder, sent: Sent) -> None:
    """Group noun phrases in a position that can hold a stance (subject, agent, or
    the object of "from"/"by"), named with their modifiers."""
    for token in sent.doc:
        if (sent.pos, token.i) in builder.cast.at:
            continue
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _stirring():
            pass  # "the plan angered farmers": who feels it holds a stance
        elif token.dep_ in ("dobj", "pobj") and _side_of_a_proposal(token):
            pass  # "rounded on critics of the bill": named by their side, wherever they stand
        elif owning_government(token):
            span = token.doc[token.left_edge.i : token.i + 1]
            builder.mention(sent.pos, span, _named(span), "organisation")
            continue
        elif token.dep_ == "attr" and _voters_told(token):
            pass  # "Against were the 11 opposition councillors": who voted so
        elif token.dep_ not in ("nsubj", "nsubjpass", "pobj", "conj", "appos", "poss"):
            continue
        if (
            token.dep_ == "pobj"
            and token.head.lower_ not in ("by", "from", "among", "of")
            and not _side_of_a_proposal(token)
            and not _according_to(token)  # "according to the opposition parties, ..."
        ):
            continue
        if _owned_by_a_person(token):
            continue  # "his party": the person's own body (`_own_bodies`), no actor of its own
        if token.lower_ == "opposition" and any(
            c.dep_ == "prep" and c.lower_ in ("to", "against") for c in token.children
        ):
            continue  # "Ann Roe's opposition to the plan": an act, no parties out of office
        if _own_members(token) or members_of(token) is not None:
            continue  # "its members": the body itself (`_refer`), not a group of its own
        if not_all(token):
            continue  # "Not all shopkeepers were cheering": some of them, unnamed
        span = _group_span(token)
        if span is None or _count_only(span, token) or _listing(token):
            continue
        if token.lower_ in BARE_FANS and len([t for t in span if t.dep_ != "det"]) == 1:
            continue  # "thousands of supporters turned out": fans of what, unsaid
        name = span.text
        kind = (
            "organisation"
            if token.lower_ in lexicon.institutions() or national_body(token)
            else "group"
        )
        if _for_the_government(token, span):
            name, kind = _named(span, "government"), "organisation"
        actor = builder.mention(sent.pos, span, name, kind)
        for word in span:
            country = lexicon.countries().get(word.text.lower())
            if country is not None and not actor.affiliation:
                actor.affiliation = country.name
        if (
            (set(fold(name).split()[-1:]) & lexicon.deciders() and not _faction(token))
            or _members_of_a_decider(token)
            or _every_party(token)
        ):
            actor.decider = True


def _voters_told(token: Token) -> bool:
    """Is the noun what "be" says voted a way, the side put first: "Against were the
    11 councillors", "In favour were the 19 councillors of the bloc"?"""
    return token.head.lemma_ == "be" and TOLD_VOTES.match(token.doc.text) is not None


# A division told in a sentence with its side first: "In favour were X and Y",
# "Against were the 11 opposition councillors", "Voting against were ...".
TOLD_VOTES = re.compile(r"\s*(?:voting\s+)?(in\s+favou?r|against)\s+(?:were|was)\b", re.IGNORECASE)


# Group nouns that, bare, name fans or followers as often as a side (British usage: a
# football club's "supporters"); an actor only with what they back named.
BARE_FANS = frozenset(("supporters", "backers"))


def _side_of_a_proposal(token: Token) -> bool:
    """ "critics of the bill", "supporters of the plan": a word that names holders of a
    side, of a proposal noun."""
    return token.lower_ in lexicon.side_labels() and any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            o.dep_ == "pobj" and o.lemma_.lower() in lexicon.proposal_nouns() for o in prep.children
        )
        for prep in token.children
    )


def owning_government(token: Token) -> bool:
    """ "government plans", "the government bill": the government named as the owner of
    a proposal noun it modifies; not "government policy", policy in general."""
    noun = token.head
    return (
        token.dep_ == "compound"
        and token.lower_ == "government"
        and noun.lemma_.lower() in lexicon.proposal_nouns()
        and (noun.tag_ == "NNS" or any(c.lower_ in ("the", "this") for c in noun.children))
    )


def _for_the_government(token: Token, span: Span) -> bool:
    """ "Ministers said", "Scottish ministers": ministers as a body are the government
    they serve (British and Commonwealth usage, as in "ministers have approved"); not
    ministers of somewhere else ("ministers from 27 countries") or of a kind ("shadow
    ministers", "finance ministers")."""
    return (
        token.lemma_.lower() == "minister"
        and token.tag_ == "NNS"
        and not any(c.dep_ == "prep" and c.lower_ in ("from", "of", "in") for c in token.children)
        and all(t.i == token.i or t.dep_ == "det" or t.ent_type_ in ("GPE", "NORP") for t in span)
    )


def _named(span: Span, head: str | None = None) -> str:
    """The span's words without its article, the last one replaced by `head`."""
    words = [t.text for t in span if t.dep_ != "det"]
    if head is not None:
        words[-1] = head
    return " ".join(words)


@functools.cache
def _stirring() -> frozenset[str]:
    """Verbs whose object feels something: "anger", "alarm", "reassure"."""
    return frozenset(
        c.words[0].lstrip("~")
        for cues in lexicon.stance_cues().by_first.values()
        for c in cues
        if c.kind == "stir"
    )


def _listing(token: Token) -> bool:
    """Does the group noun list its members by name ("groups like Y"): they are the
    actors then, not the label."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in INCLUDING
        and any(o.dep_ == "pobj" and o.ent_type_ for o in prep.children)
        for prep in token.children
    )


def _count_only(span: Span, head: Token) -> bool:
    """A tally, not a group: "212 members", "40 MPs" say how many voted, not who;
    "nine Green councillors" and "45 trade groups" name who."""
    return any(t.like_num for t in span) and all(
        t.i == head.i or t.like_num or t.dep_ in ("det", "quantmod", "advmod") for t in span
    )


# Titles of a person who decides by ruling.
JUDGES = frozenset("judge justice magistrate".split())
# Titles of a person quoted for what they know (an economist, "a researcher at X"):
# news asks them to explain, not to take a side (AP style's "experts" as sources).
# Not a teacher's ("a lecturer" at a college whose campus is to close has a stake).
OBSERVERS = frozenset(
    "economist analyst specialist researcher scientist consultant expert historian".split()
)


def observer(actor: Actor) -> bool:
    """Is the actor a person quoted for their expertise ("an economist at X")?"""
    role = (actor.role or "").split()
    return actor.kind == "person" and bool(role) and role[-1].lower() in OBSERVERS


EXECUTIVES = frozenset("president governor mayor premier minister chancellor king queen".split())
# The bodies of an executive: when one approves or refuses a measure, it takes a side
# on it, as its head would; the deciding bodies are legislatures, courts, councils and
# regulators (the annotation guide's rule).
EXECUTIVE_BODIES = frozenset("government administration cabinet ministry presidency".split())


# Those who enforce a law: once it is in force, what they say of it is how they will
# apply it, not a side (the annotation guide's procedural actors).
ENFORCERS = frozenset(
    "police constabulary constable constables prosecutor prosecutors prosecution".split()
)
# The law officers who direct prosecutions: the Crown's (England and Wales, Scotland)
# and a US state's or district's.
LAW_OFFICERS = frozenset(
    ("attorney general", "solicitor general", "lord advocate", "district attorney")
)


def enforcer(actor: Actor) -> bool:
    """Is the actor the police, a prosecutor or a law officer, or speaks as one?"""
    words = " ".join(fold(t or "") for t in (actor.name, actor.title, actor.affiliation)).split()
    title = " ".join(fold(actor.title or actor.role or "").replace("-", " ").split())
    return bool(ENFORCERS & set(words)) or any(f" {title}".endswith(f" {o}") for o in LAW_OFFICERS)


def executive(actor: Actor) -> bool:
    """Is the actor an executive: a government body, or a person holding its office?"""
    words = fold(actor.name).split()
    if actor.kind == "person":
        title = (actor.title or actor.role or "").lower().split()
        # a shadow or former minister holds no office that decides
        return bool(title) and title[-1] in EXECUTIVES and not {"shadow", "former"} & set(title)
    return bool(words) and words[-1] in EXECUTIVE_BODIES


# The heads of a named body that decides: a legislature, a court, a commission (most
# named commissions in news of a proposal are regulators ruling on it; of the 11 in the
# annotated sets, 9 neutral), a court's bench. Not "council", "committee" or "board"
# alone: "the Riverside Tenants Council" speaks for a cause and a select committee
# scrutinises and takes sides; a council or board of a place decides (`SEATS`), unless
# it proposed.
NAMED_DECIDERS = frozenset(
    "parliament assembly senate house congress court bench tribunal commission".split()
)


# The titles of who conducts a body's meetings (AP style: "chair", "chairman"), and of
# a legislature, its speaker ("Speaker of Congress").
CHAIRS = frozenset("chair chairman chairwoman chairperson".split())
PRESIDING = CHAIRS | {"speaker"}


def _chairs(span: Span, role: str) -> bool:
    """Does the title before the name chair a deciding body: "board chair", "Council
    chairwoman", "city council chair"? Not a body named by its own name ("Finance
    Committee chair"), whose chair may well take a side."""
    if role.split()[-1].lower().split("-")[-1] not in CHAIRS:
        return False
    doc = span.doc
    start = span.start - len(role.split())
    if start < 1 or doc[start : span.start].text != role:
        return False
    body = doc[start - 1]
    if body.lower_ not in lexicon.deciders():
        return False
    named = start > 1 and doc[start - 2].pos_ == "PROPN"
    return not named or doc[start - 2].lower_ in JURISDICTIONS


def _chair_in_apposition(span: Span) -> bool:
    """ "The committee's chair, Rep. Ana Ruiz,", "the chair of the board, Ana Ruiz":
    the chair of a deciding body named beside the name, whatever title comes first."""
    head = span.root
    title = head.head
    if head.dep_ != "appos" or title.i >= span.start or title.lower_ not in CHAIRS:
        return False
    deciders = lexicon.deciders()
    owners = [c for c in title.children if c.dep_ == "poss"]
    owners += [
        o for p in title.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    return any(o.lower_ in deciders for o in owners)


def _presides(span: Span) -> bool:
    """ "X, who presided over the hearing": who conducts a deciding body's meeting."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() == "preside" for c in span.root.children)


def _named_decider(span: Span) -> bool:
    """Is the name a deciding body's: "the Senate", "the Utilities Commission", "the
    Sejm", and a council or board of a place ("Riverside City Council", "the County
    Board"), not one of a cause ("the Tenants Council")?"""
    root = span.root
    if root.lower_ == "house" and not _chamber(span, root):
        return False  # "the White House", "Chatham House": an office or a body, no chamber
    if root.lower_ in NAMED_DECIDERS or root.lower_ in lexicon.legislatures():
        return True
    before = span.doc[root.i - 1] if root.i > span.start else None
    if before is not None and root.lower_ == "board" and before.lower_ in RULING_FIELDS:
        return True  # "the Power and Utilities Board", "the Zoning Board": a regulator
    return root.lower_ in ("council", "board") and before is not None and before.lower_ in SEATS


def _chamber(span: Span, house: Token) -> bool:
    """Is a name ending in "House" a legislative chamber ("the House", "the Ohio House",
    "the House of Delegates"), not the seat of an executive ("the White House")?"""
    return not any(t.lower_ in EXECUTIVE_HOUSES for t in span[: house.i - span.start])


# The seats of heads of state or government named "House", which stand for the executive
# in English-language news: Washington's White House, Seoul's former Blue House, a
# Commonwealth governor's Government House.
EXECUTIVE_HOUSES = frozenset("white blue government".split())


# The words of a council's or board's place in government: "City Council", "Town
# Council", "Parish Council" (the tiers of English-speaking local government).
SEATS = frozenset(
    "city county town district borough parish shire village municipal metropolitan regional "
    "provincial state legislative executive".split()
)


# The fields of boards that rule on applications ("Utilities Board", "Planning Board",
# "Parole Board"): quasi-judicial boards of North American and British government.
RULING_FIELDS = frozenset(
    "utilities utility planning zoning licensing licence license appeals review parole "
    "gaming".split()
)


# Words that say where a body sits, not which of its members: "state regulators".
JURISDICTIONS = frozenset(
    "state federal national local city county regional provincial municipal town".split()
)


def _members_of_a_decider(head: Token) -> bool:
    """ "council members", "the board's members": all of a deciding body, not a
    faction ("Green council members", "three board members")."""
    modifiers = [
        c for c in head.children if c.dep_ in ("compound", "amod", "nummod", "poss", "nmod")
    ]
    if head.lemma_.lower() == "member" and not modifiers and _by_a_margin(head):
        return True  # "Members voted by 27 votes to 19 against it": the house, voting
    return (
        head.lemma_.lower() == "member"
        and bool(modifiers)
        and all(c.lower_ in lexicon.deciders() for c in modifiers)
    )


def _every_party(head: Token) -> bool:
    """ "All parties voted against it", "every party but one": the chamber as a whole,
    deciding, not a side in it."""
    return head.lemma_.lower() == "party" and any(
        c.dep_ in ("det", "predet") and c.lower_ in ("all", "every", "each") for c in head.children
    )


def _by_a_margin(subject: Token) -> bool:
    """Is the subject's vote given with its count ("voted by 27 votes to 19")?"""
    verb = subject.head
    return (
        subject.dep_ == "nsubj"
        and verb.lemma_.lower() == "vote"
        and any(
            (c.dep_ == "prep" and c.lower_ == "by" and any(t.like_num for t in c.subtree))
            # "voted 38-29", a tally the tokenizer may split at the dash
            or TALLY.fullmatch(c.text) is not None
            or (c.like_num and c.dep_ in ("npadvmod", "dobj"))
            for c in verb.children
        )
    )


TALLY = re.compile(r"\d+[-–]\d+")


def _faction(head: Token) -> bool:
    """Some of a body's members, picked out by a number, a party or a side ("twelve
    Green MPs", "opposition lawmakers"): they vote, they do not decide, so a vote
    places them like anyone else. Where the body sits ("state regulators", "Ohio
    lawmakers") picks out no one."""
    # the tagger may take "MPs" for a proper noun
    plural = head.tag_ in ("NNS", "NNPS") or (
        head.lower_.endswith("s") and head.lower_ in lexicon.deciders()
    )
    return plural and any(
        c.dep_ in ("nummod", "compound", "amod", "nmod")
        and c.ent_type_ not in ("GPE", "LOC")
        and c.lower_ not in JURISDICTIONS
        for c in head.children
    )


def _dummy(it: Token) -> bool:
    """Is "it" a placeholder for a clause that follows ("it was wrong to propose
    it", "it is clear that ...", "it was announced that ...", "it emerged that ...")?
    It then names no one (Quirk et al. 1985, 18.33-36: extraposition)."""
    head = it.head
    after = any(c.dep_ in ("xcomp", "ccomp") and c.i > it.i for c in head.children)
    if any(c.dep_ in ("acomp", "attr") for c in head.children):
        return after
    # a passive or a verb with no agent of its own, its clause "that ..." the subject
    clause = any(c.dep_ == "ccomp" and c.i > it.i for c in head.children)
    agentless = it.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in head.children)
    return clause and (agentless or head.lemma_ in lexicon.EXTRAPOSING)


def _cataphor(cast: Cast, pos: int, pronoun: Token) -> int | None:
    """The person named as the main clause's subject after a clause set before it that
    holds the pronoun: "When he introduced the bill, Mr Ruiz said ..." (Quirk et al.
    1985: a pronoun in a preposed subordinate clause may point forward)."""
    clause = pronoun
    while clause.dep_ != "advcl":
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    # the verb it hangs from, or one above it (the parser may hang the clause from a
    # clause before it: "X would be done and, when he ..., Mr Ruiz said")
    for verb in (clause.head, *clause.head.ancestors):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        after = [t for t in subjects if t.i > clause.right_edge.i]
        if after:
            actor = cast.actor_at(pos, after[0].i)
            if actor is not None and cast.actors[actor].kind == "person":
                return actor
            return None
    return None


def _refer(cast: Cast, sents: list[Sent]) -> None:
    """Pronouns and definite descriptions point back to the latest fitting actor:
    "he" to the latest person named as a subject (or named at all), "it" and "they"
    to the latest organisation or group subject, "the company" to the latest actor
    whose name or role holds "company"."""
    last_body: int | None = None
    body_at = -1  # the sentence last_body was named in
    last_people: int | None = None  # the latest subject body that is not a country
    people_at = -1  # the sentence last_people was named in
    people: list[int] = []  # persons in order of mention, latest last
    subjects: list[int] = []  # persons named as subjects, latest last
    gender: dict[int, str] = {}
    last_article = -1
    for sent in sents:
        if sent.article != last_article:
            people, subjects, last_body, last_people = [], [], None, None
            last_article = sent.article
        doc = sent.doc
        quoted = sent.quoted()
        # people named inside a quotation are spoken of, not speaking: "he said" after it
        # is not one of them, so they count from the next sentence on
        named_in_quote: list[tuple[int, bool]] = []
        # so are bodies: a pronoun in the same quotation may mean one ("the X promised
        # that if they ..."), a pronoun after it not ("Its director, Y, said")
        outside_body, outside_people = last_body, last_people
        for token in doc:
            actor_id = cast.actor_at(sent.pos, token.i)
            if actor_id is not None:
                actor = cast.actors[actor_id]
                if token.dep_ in ("nsubj", "nsubjpass") or token.head.dep_ in ("nsubj",):
                    cast.subjects.append((sent.pos, actor_id))
                if actor.kind == "person":
                    as_subject = (
                        "subj" in token.dep_
                        or "subj" in token.head.dep_
                        or _according_to(token)  # the source speaks: "she said" next
                        or _who_clause(token)  # "came from X, who had voted ...": X acts
                    )
                    if token.i in quoted:
                        named_in_quote.append((actor_id, as_subject))
                    else:
                        people.append(actor_id)
                        if as_subject:
                            subjects.append(actor_id)
                    # "Mr X", "Chairman Sir X": an honorific among the words before
                    # the name tells the gender
                    for word in doc[token.left_edge.i : token.i]:
                        title = word.lower_.rstrip(".")
                        if title in MALE_TITLES or title in FEMALE_TITLES:
                            gender.setdefault(actor_id, "m" if title in MALE_TITLES else "f")
                else:
                    # "the Valley Now group said": a name compounded into the subject
                    # or set beside it
                    subject = (
                        "subj" in token.dep_
                        or (token.dep_ in ("compound", "appos") and "subj" in token.head.dep_)
                        or _counted_subject(token)
                    )
                    if subject or (token.dep_ == "pobj" and not _where(token, actor)):
                        last_body, body_at = actor_id, sent.pos
                        if token.i not in quoted:
                            outside_body = actor_id
                    # a body the sentence's speaker talks about ("X claim that Y has
                    # grown") does not take "they" from the speaker
                    reported = people_at == sent.pos and _in_content(token)
                    if actor.kind != "country" and subject and not reported:
                        last_people, people_at = actor_id, sent.pos
                        if token.i not in quoted:
                            outside_people = actor_id
                continue
            lower = token.lower_
            body_named = members_of(token)
            if body_named is not None:
                body = cast.actor_at(sent.pos, body_named.i)
                if body is not None and cast.actors[body].kind != "person":
                    cast.at[(sent.pos, token.i)] = body  # "members of the X voted": X
            elif (holder := _titled_holder(cast, sent, token)) is not None:
                # "The Tory leader said": the person named before as the body's leader
                cast.at[(sent.pos, token.i)] = holder
                if token.i not in quoted:
                    people.append(holder)
                    if "subj" in token.dep_:
                        subjects.append(holder)
            elif token.i not in quoted and _unnamed_voice(cast, sent, token):
                # "a spokesman said ... He added": the spokesman (his body when named),
                # not the person named before him
                body = _voice_body(cast, sent, token.head)
                subjects.append(UNNAMED if body is None else body)
                gender.pop(UNNAMED, None)
                if body is None and lower in ("spokesman", "spokeswoman"):
                    gender[UNNAMED] = "m" if lower == "spokesman" else "f"
            elif token.i not in quoted and _unnamed_person(cast, sent, token):
                # "One resident, who did not want to be named, ... she said": someone the
                # text does not name, not the woman named before her
                subjects.append(UNNAMED)
                gender.pop(UNNAMED, None)
            elif (
                token.pos_ == "PRON"
                and lower in PERSON_PRONOUNS
                and _said_of_self(cast, sent, token)
            ):
                # "a ministry spokesman said he would not comment": the spokesman, for
                # the body he speaks for when it is named
                body = _voice_body(cast, sent, token.head.head)
                if body is not None:
                    cast.at[(sent.pos, token.i)] = body
            elif token.pos_ == "PRON" and lower in PERSON_PRONOUNS:
                # the latest person of the pronoun's gender (or of none known yet),
                # subjects first; the pronoun then tells the person's gender
                want = "f" if lower in FEMALE_PRONOUNS else "m"
                candidates = [*reversed(subjects), *reversed(people)]
                ahead = _cataphor(cast, sent.pos, token)
                if ahead is not None:
                    candidates.insert(0, ahead)
                target = next((a for a in candidates if gender.get(a, want) == want), None)
                if target is not None and target != UNNAMED:
                    cast.at[(sent.pos, token.i)] = target
                    if token.i not in quoted:  # a quotation's "his" may be anyone's
                        gender.setdefault(target, want)
            elif token.dep_ == "poss" and lower in ("its", "their"):
                owner = _clause_subject(cast, sent.pos, token)
                if _own_members(token.head):
                    # "X said its members would back it", "X backs it. Its members ...": X
                    owner = owner or _reporter(cast, sent.pos, token.head) or last_body
                    if owner is not None:
                        cast.at.setdefault((sent.pos, token.head.i), owner)
                if owner is None and _titles_a_person(token.head) and token.i not in quoted:
                    # "The Alliance praised it. Its policy director, X, said": the body
                    # named before, outside any quotation
                    owner = outside_body if lower == "its" else outside_people or outside_body
                if owner is not None:
                    cast.at[(sent.pos, token.i)] = owner
            elif (
                lower in PARTITIVES
                and token.dep_ == "nsubj"
                and not any(c.dep_ == "prep" for c in token.children)
                and last_people is not None
                and cast.actors[last_people].kind == "group"
                and people_at >= sent.pos - 1
            ):
                # "Tenants filled the hall, and most who took the floor opposed it":
                # most of the group just named, who stand for it
                cast.at[(sent.pos, token.i)] = last_people
            elif token.pos_ == "PRON" and lower in THING_PRONOUNS and "subj" in token.dep_:
                if lower == "it" and _dummy(token):
                    continue
                reporter = _reporting_noun(token)
                if reporter is not None:
                    # "the hotel association said it opposed the plan": the association,
                    # named or not, not the last body named before it
                    owner = cast.actor_at(sent.pos, reporter.i)
                    if owner is None and _bare_definite(reporter) and last_body is not None:
                        # "Unite ... The union said it": the last body, unless its name
                        # says it is another kind ("the industry ministry")
                        owner = last_body if _may_be(cast.actors[last_body], reporter) else None
                    if owner is not None:
                        cast.at[(sent.pos, token.i)] = owner
                    continue
                if lower in ("they", "their"):  # a country is "it"; "they", its people
                    if last_people is not None:
                        cast.at[(sent.pos, token.i)] = last_people
                        if not _in_content(token):
                            people_at = sent.pos  # the sentence's subject, still
                elif (
                    last_body is not None
                    and cast.actors[last_body].kind not in ("person", "group")
                    # a quotation's "it" is what the speaker talks of, not a body
                    # named in a sentence before: ' "It would set us back," she said'
                    and (token.i not in quoted or body_at == sent.pos)
                ):
                    cast.at[(sent.pos, token.i)] = last_body
            elif (
                token.pos_ == "NOUN"
                and lower in ("government", "administration")
                and any(
                    c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")
                    for c in token.children
                )
                and (bare := _bare_body(cast, lower)) is not None
            ):
                # "accused the Sri Lankan government" in a story of "the government's
                # bill": the one government, named once with its country
                cast.at[(sent.pos, token.i)] = bare
            elif (
                token.pos_ == "NOUN"
                and (
                    (
                        # "the guild", "the trust": the body whose name ends so, too
                        (lower in DEFINITE_HEADS or lower in lexicon.org_words())
                        and not any(c.dep_ in ("compound", "amod", "poss") for c in token.children)
                    )
                    # "the councillor", "the home secretary", not "the chairman of X,
                    # Y": another, named
                    or (_titled_role(lower) and all(_narrows(c) for c in token.children))
                )
                and any(c.lower_ in ("the", "this") for c in token.children)
                # "the charity Riverside Care said": the body named beside it
                and not any(
                    c.dep_ == "appos" and cast.actor_at(sent.pos, c.i) is not None
                    for c in token.children
                )
            ):
                narrowed = [c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod")]
                found = _latest_with(cast, " ".join([*narrowed, lower]), sent.pos, sents)
                if (
                    found is not None
                    and lower in lexicon.org_words() - DEFINITE_HEADS
                    and not _titled_role(lower)
                    and fold(cast.actors[found].name).split()[-1:] != [lower]
                ):
                    found = None  # "the guild" is "X Nurses Guild", not "Guild Hall"
                if found is None and (lower in GENERIC_BODIES or lower == "party"):
                    found = _speakers_body(cast, sent, token)
                if (
                    found is None
                    and (lower in GENERIC_BODIES or lower == "party")
                    and last_body is not None
                    and cast.actors[last_body].kind == "organisation"
                    and not cast.actors[last_body].decider
                ):
                    # "the company": the organisation just named, not a place; "the
                    # party" after a party known by a name without the word; not a
                    # court or a council ruling on it ("X lost when the Appeal Court
                    # ruled ... But the group says": the speaker is left unknown)
                    found = last_body
                if found is None and lower in DEFINITE_HEADS and not _titled_role(lower):
                    # "The union representing most firefighters has vowed ...", the
                    # union named further on: the article's one actor of that name
                    found = _sole_ahead(cast, sents, sent, lower)
                if found is not None:
                    cast.at[(sent.pos, token.i)] = found
                    # "The minister said ... He added": the pronoun's antecedent
                    if cast.actors[found].kind == "person" and token.i not in quoted:
                        people.append(found)
                        if "subj" in token.dep_:
                            subjects.append(found)
        last_body, last_people = outside_body, outside_people
        if last_body is not None and _thing_topic(cast, sent):
            last_body = _passive_agent(cast, sent)
        topic = _main_subject(cast, sent, quoted, "organisation", ("nsubj", "nsubjpass"))
        if topic is not None and cast.actors[topic].decider:
            topic = None  # a deciding body is no topic "it" goes back to past another
        if last_body is not None and cast.actors[last_body].decider and topic is not None:
            # "X lost its bid when the court ruled ...": X, not the court a clause of it
            # names, is what "the group" and "it" next mean
            last_body = topic
        for actor_id, as_subject in named_in_quote:
            people.append(actor_id)
            if as_subject:
                subjects.append(actor_id)
        # the main clause's subject is the one a "he" in the next sentence most likely
        # means, before a subject named in a clause below it ("X said Y would ...")
        main = _main_subject(cast, sent, quoted)
        if main is not None and main in subjects:
            subjects.remove(main)
            subjects.append(main)


def _speakers_body(cast: Cast, sent: Sent, noun: Token) -> int | None:
    """The body a person named before the noun in the sentence speaks for: "the
    firm's spokeswoman, X, said the company welcomed it" means that firm, not the
    body the sentence before was about."""
    for token in reversed(sent.doc[: noun.i]):
        person = cast.actor_at(sent.pos, token.i)
        if person is None or cast.actors[person].kind != "person":
            continue
        affiliation = cast.actors[person].affiliation
        if not affiliation:
            return None
        key = fold(affiliation)
        bodies = [a.id for a in cast.actors if a.kind == "organisation" and key in a.forms]
        return bodies[0] if len(bodies) == 1 else None
    return None


def _in_content(token: Token) -> bool:
    """Is the token inside a clause that completes a verb ("claim that [it grew]")?"""
    return any(t.dep_ == "ccomp" for t in (token, *token.ancestors))


def _who_clause(token: Token) -> bool:
    """Is the name the subject of a relative clause after it ("Ana Ruiz, who had
    voted for it")?"""
    return any(
        c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
        for c in token.children
    )


def _according_to(token: Token) -> bool:
    """Is the name the object of "according to"?"""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and token.doc[prep.i - 1].lower_ == "according"
    )


def _main_subject(
    cast: Cast,
    sent: Sent,
    quoted: set[int],
    kind: str = "person",
    deps: tuple[str, ...] = ("nsubj",),
) -> int | None:
    """The actor of `kind` that is the subject of the sentence's main verb, outside
    quotation."""
    for child in sent.doc[:].root.children:
        if child.dep_ in deps and child.i not in quoted:
            actor = cast.actor_at(sent.pos, child.i)
            if actor is not None and cast.actors[actor].kind == kind:
                return actor
    return None


def _where(token: Token, actor: Actor) -> bool:
    """Is the place named only as where someone is ("farmers' groups in western Kenya")?
    Then a later "it" is not the place's government."""
    return (
        actor.kind == "country"
        and token.head.lower_ in LOCATIVES
        and token.head.head.pos_ in ("NOUN", "PROPN")
    )


# Prepositions of where, not of whose: "in", "across"; not "from" ("criticism from X").
LOCATIVES = frozenset("in at across throughout within near".split())


def _thing_topic(cast: Cast, sent: Sent) -> bool:
    """Is the sentence about a thing, not an actor: is its main subject a singular
    noun that names no actor ("The bill also requires ...")? A later "it" is then
    that thing, not a body the sentence only mentioned ("... migration to Germany")."""
    root = sent.doc[:].root
    if root.lemma_ == "be":
        return False  # "The spark was a report from the ministry. It ...": the ministry
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and cast.actor_at(sent.pos, c.i) is None
        # "The umbrella body Riverside Care welcomed it": the body named beside it
        and not any(
            a.dep_ == "appos"
            and (body := cast.actor_at(sent.pos, a.i)) is not None
            and cast.actors[body].kind == "organisation"
            for a in c.children
        )
        and (
            (c.pos_ == "NOUN" and c.tag_ == "NN")
            # "The Harbour Flooding Bill came out on Monday. It proposes ...": a name
            or (
                c.pos_ == "PROPN" and _instrument_name(sent.doc[c.left_edge.i : c.right_edge.i + 1])
            )
        )
        for c in root.children
    )


def _passive_agent(cast: Cast, sent: Sent) -> int | None:
    """The body "by" whom the thing was done, which "it" may still mean: "the plan
    was criticised by the union. It said ..." """
    for token in sent.doc:
        if token.dep_ == "pobj" and token.head.dep_ == "agent":
            actor = cast.actor_at(sent.pos, token.i)
            if actor is not None and cast.actors[actor].kind not in ("person", "group"):
                return actor
    return None


# Nouns and determiners that count part of a group: "a number of MPs", "most of them"
PARTS = frozenset(
    "number group majority minority handful dozens hundreds thousands scores some several "
    "many most all half".split()
)


def _counted_subject(token: Token) -> bool:
    """Is the word the group a subject counts: "A number of Labour MPs told whips ..."
    (the MPs act, and "they" after is them)?"""
    of = token.head
    return (
        token.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in PARTS
        and "subj" in of.head.dep_
    )


def not_all(noun: Token) -> bool:
    """Is the noun "not all" of a group, or "not everyone" ("Not all shopkeepers were
    opposed"): some of them, unnamed, the rest doing the opposite? The parser hangs the
    "not" on the noun, on its "all" or on the verb after."""
    if noun.lower_ not in ("everyone", "everybody") and not any(
        c.lower_ in ("all", "every") for c in noun.children
    ):
        return False
    words = [*noun.children, *(g for c in noun.children for g in c.children)]
    if "subj" in noun.dep_:
        words += [c for c in noun.head.children if c.i < noun.i]
    return any(w.dep_ == "neg" for w in words)


def _clause_subject(cast: Cast, sent: int, pronoun: Token) -> int | None:
    """The body or group that is the subject of the clause a possessive "its" or
    "their" stands in: in "the union restated its opposition", the union."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i < pronoun.i:
            actor = cast.actor_at(sent, child.i)
            if actor is not None and cast.actors[actor].kind != "person":
                return actor
    return None


def _titles_a_person(noun: Token) -> bool:
    """Is the noun a title set beside a person's name: "its director, X"?"""
    beside = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        beside.append(noun.head)
    return any(t.ent_type_ == "PERSON" for t in beside)


# Stands, among the subjects `_refer` keeps, for a speaker the text does not name ("a
# spokesman said"): a pronoun that goes back to it is left unattributed.
UNNAMED = -1


def _unnamed_speaker(cast: Cast, sent: Sent, noun: Token) -> bool:
    """Is the noun a subject that names a spokesperson or an office but nobody ("a
    spokesman", "an official"): no actor of the cast, no name beside it?"""
    return (
        noun.dep_ == "nsubj"
        and noun.tag_ == "NN"
        and lexicon.roles().get(noun.lower_) in ("voice", "office")
        and cast.actor_at(sent.pos, noun.i) is None
        and not any(c.dep_ == "appos" for c in noun.children)
    )


def _unnamed_person(cast: Cast, sent: Sent, noun: Token) -> bool:
    """Is the noun a subject that names one person of a group and no one ("one
    resident", "a nurse", "another voter"): no actor of the cast, no name beside it?"""
    return (
        noun.dep_ == "nsubj"
        and noun.tag_ == "NN"
        and f"{noun.lemma_.lower()}s" in lexicon.group_nouns()
        and cast.actor_at(sent.pos, noun.i) is None
        and any(c.lower_ in ("a", "an", "one", "another") for c in noun.children)
        and not any(c.dep_ == "appos" for c in noun.children)
    )


def _unnamed_voice(cast: Cast, sent: Sent, noun: Token) -> bool:
    """Is the noun an unnamed spokesperson or official who speaks ("a spokesman said",
    "said an official")? Not "the health secretary said": a definite office is someone
    named before."""
    return (
        _unnamed_speaker(cast, sent, noun)
        and noun.head.lemma_.lower() in lexicon.speech_verbs()
        and (
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
            or lexicon.roles().get(noun.lower_) == "voice"
        )
    )


def _said_of_self(cast: Cast, sent: Sent, pronoun: Token) -> bool:
    """Is the pronoun the subject of what an unnamed spokesperson or official says
    ("a ministry spokesman said he ...")? It is that speaker, not a person named before."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("he", "she") or verb.dep_ != "ccomp":
        return False
    if verb.head.lemma_.lower() not in lexicon.speech_verbs():
        return False
    return any(_unnamed_speaker(cast, sent, c) for c in verb.head.children)


def _voice_body(cast: Cast, sent: Sent, verb: Token) -> int | None:
    """The body the reporting verb's unnamed subject speaks for: "a [ministry]
    spokesman", "a spokesman for [the ministry]"."""
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        for child in subject.children:
            words = [child] if child.dep_ in ("compound", "poss") else []
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
                words = [o for o in child.children if o.dep_ == "pobj"]
            for word in words:
                actor = cast.actor_at(sent.pos, word.i)
                if actor is not None and cast.actors[actor].kind == "organisation":
                    return actor
    return None


def _reporting_noun(pronoun: Token) -> Token | None:
    """The common noun that reports the clause a subject pronoun stands in ("Norway's
    hotel association said it ...", "the union said it ..."), when it names no role
    that speaks for another ("a spokesman for the ministry said it ..."). A bare "the
    union" is the body named before only when one is called so: the pronoun goes where
    the noun goes, never to the last body named."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return None
    for child in verb.head.children:
        if (
            child.dep_ == "nsubj"
            and child.i < pronoun.i
            and child.pos_ == "NOUN"
            and lexicon.roles().get(child.lower_) is None
            and lexicon.roles().get(child.lemma_.lower()) is None
            # in number with the pronoun: "officials said it ..." is their body
            and (child.tag_ == "NNS") == (pronoun.lower_ == "they")
        ):
            return child
    return None


def _may_be(actor: Actor, noun: Token) -> bool:
    """Could a body named `actor` be called "the <noun>": its name holds no word of
    another kind of body ("Unite" may be "the union"; "Harbour Council" may not)?"""
    kinds = (lexicon.org_words() | DEFINITE_HEADS) - {noun.lemma_.lower(), noun.lower_}
    return actor.kind == "organisation" and not set(fold(actor.name).split()) & kinds


def _bare_definite(noun: Token) -> bool:
    """ "the association", "the group": a definite noun with nothing to narrow it."""
    children = list(noun.children)
    return any(c.lower_ in ("the", "this") for c in children) and not any(
        c.dep_ in ("poss", "compound", "amod", "prep", "relcl", "acl") for c in children
    )


def _reporter(cast: Cast, sent: int, subject: Token) -> int | None:
    """The body that reports the clause the subject stands in: "the union said its
    members would strike", the union."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return None
    for child in verb.head.children:
        if child.dep_ == "nsubj" and (actor := cast.actor_at(sent, child.i)) is not None:
            return actor if cast.actors[actor].kind != "person" else None
    return None


def _titled_holder(cast: Cast, sent: Sent, noun: Token) -> int | None:
    """The person a body's title names, with no name of its own: "the Tory leader" is
    the person named before as "Tory leader X" (the body's leader, not the body). None
    when no one, or more than one, holds it."""
    if noun.pos_ != "NOUN" or not _titled_role(noun.lower_):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
        return None
    bodies = [
        body
        for c in noun.children
        if c.dep_ in ("compound", "amod")
        and (body := cast.actor_at(sent.pos, c.i)) is not None
        and cast.actors[body].kind == "organisation"
    ]
    if len(bodies) != 1:
        return None
    forms, role, before = cast.actors[bodies[0]].forms, noun.lower_, sent.pos
    holders = {
        actor_id
        for (pos, _), actor_id in cast.at.items()
        if pos < before
        and (actor := cast.actors[actor_id]).kind == "person"
        and actor.affiliation
        and fold(actor.affiliation) in forms
        and fold(actor.role or "").split()[-1:] == [role]
        and not TITLE_OPENERS & set(fold(actor.title or "").split())
    }
    return holders.pop() if len(holders) == 1 else None


def _narrows(child: Token) -> bool:
    """ "the", or a lower-case word narrowing a title: "the home secretary"."""
    return child.dep_ == "det" or (
        child.dep_ in ("compound", "amod") and child.is_lower and child.i < child.head.i
    )


def _bare_body(cast: Cast, noun: str) -> int | None:
    """The actor named by the bare noun ("government"), if there is one."""
    return next((a.id for a in cast.actors if fold(a.name) == noun), None)


def _sole_ahead(cast: Cast, sents: list[Sent], sent: Sent, word: str) -> int | None:
    """The one body named later in the article whose name holds `word`, if only one."""
    found = {
        actor_id
        for (pos, _), actor_id in cast.at.items()
        if pos > sent.pos
        and sents[pos].article == sent.article
        and cast.actors[actor_id].kind == "organisation"
        and word in fold(cast.actors[actor_id].name).split()
    }
    return found.pop() if len(found) == 1 else None


def _spelled_out(title: str) -> str:
    """The title folded, its abbreviations written out: "Gov." is "the governor"."""
    full = lexicon.full_titles()
    return " ".join(full.get(w.rstrip("."), w) for w in fold(title).split())


def _latest_with(cast: Cast, words: str, before: int, sents: list[Sent]) -> int | None:
    """The latest-named actor, named before sentence `before`, whose name or role holds
    `words` ("company", "home secretary"), not as a shadow, former or deputy office:
    "the chancellor" is not the shadow chancellor. When that actor was last named
    more than a sentence back and another that fits is the article's topic, named in
    its lead, the description means the topic: a reader keeps the salient antecedent
    in mind (Grosz, Joshi and Weinstein 1995, centering)."""
    best = None
    best_first = -1
    named: dict[int, list[int]] = {}
    for (pos, _), actor_id in cast.at.items():
        actor = cast.actors[actor_id]
        if pos >= before:
            continue
        title = _spelled_out(actor.title or actor.role or "")
        held = f" {fold(actor.name)} "
        if not TITLE_OPENERS & set(title.split()):
            held += f" {title} {_spelled_out(actor.role or '')} "
        if f" {words} " in held:
            named.setdefault(actor_id, []).append(pos)
            if actor.first >= best_first:
                best, best_first = actor_id, actor.first
    if best is None or max(named[best]) >= before - 1:
        return best
    here = sents[before].article
    topics = [
        a
        for a in named
        if a != best
        and sents[cast.actors[a].first].article == here
        and sents[cast.actors[a].first].index < 2
    ]
    return topics[0] if len(topics) == 1 else best
