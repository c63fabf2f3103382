"""Step 1b, names the small entity recogniser cuts or misses: organisations, a
person's name cut before the surname ("[Ana] Ruiz", the surname untagged), and
people's names in a list (after a plural title, "Cllrs Lima, Hale and Ana Ruiz"; a list
tagged as one body; a name of a list left untagged; an opening adverb taken into one).

`en_core_web_sm` often splits a long body's name at a preposition ("[the Medical
Trust] for [the Relief of Flood Victims]"), tags only its end ("Qualifications and
[Housing Authority] (QHA)"), or misses a name made of common words ("Laura Lima of
Save the Wetlands"). English news writes such names in a few fixed frames, and in
those frames a run of capitalised words is a body's name:
- a person "of" or "from" it: "Ana Lima of Save the Wetlands", "Ana Lima, of the Rural Party,";
- it owns a role, or stands before one, ahead of a person: "the Rural Party's health
  spokesman Ana Lima", "Commission for Fair Rents chairman Ana Lima", "RFL chairman
  Ana Lima" (one word will do when it is an acronym: a capitalised word alone there
  may be a place or a title);
- its acronym follows in brackets: "the Harbour Front Plus (HF+)"; an acronym whose
  letters are the initials of a longer run takes the whole run;
- it is an acronym joined by "and" or "or" to a body's name: "the Harbour Trust and the
  RHFA";
- a noun for a body stands right before it: "the advocacy group Valley Voters Together";
- a noun for a body is in apposition with it: "Quiet Nights, a residents' campaign,",
  "another teachers' group, the Heads' Forum for Small Schools,";
- its English name follows in brackets after its own ("Unión por el Agua Limpia
  (Union for Clean Water)"): both are names, neither runs across the bracket.
A body's name goes on over "for", "of", "against" or "without" and the capitalised
words after them; over "and" it does not: "the Greens and the Rural Party" are two,
unless "and" pairs what the name is "of" or "for": "the Department for Roads and
Ports", "the Law Society of Northland and Southland" (the recogniser tags the words
after "and" as a body or a place of their own).
A title is not a name ("Former", "Lord Justice", "Ohio Senator"), nor is a party's
adjective ("Liberal [Democrat]").
Provenance: AP and Guardian style for naming organisations and their spokespeople.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from briefgen.analyse import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Lower-case words a body's name may hold between its capitalised words ("and" is
# left out: "the Rural Party and Harbour League" are two).
INSIDE = frozenset("of for the against without on in a an to".split())
# Words over which a body's name goes on.
JOINING = frozenset("for of against without".split())
ARTICLES = frozenset("the a an".split())
# Words that open a title, not a name: "Former Rural Party leader Ana Lima".
TITLE_OPENERS = frozenset(
    "former acting deputy shadow interim outgoing incoming then ex assistant senior junior"
    " vice".split()
)
BY_PERSON = frozenset("of from".split())
NOT_A_NAME = frozenset("CCONJ SCONJ ADV DET PRON AUX".split())
PARTS_OF_A_BODY = frozenset(("ORG", "GPE", "LOC", "FAC"))
NOT_IN_A_BODY = frozenset(("PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"))
MAX_WORDS = 8
ORDINAL = re.compile(r"\d{1,2}(st|nd|rd|th)")  # "1st", "22nd"; `actors` names with it too
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _capitalised(token: Token) -> bool:
    """A word of a name: capitalised letters ("Front", "NHS"), or a short number
    ("Fathers 4 Justice"); not "CHF3.1"."""
    text = token.text.replace("-", "").replace("'", "").replace("’", "")
    return (text[:1].isupper() and text.isalpha()) or (text.isdigit() and len(text) < 3)


def _acronym(token: Token) -> bool:
    """ "RFL", "NATO": two to six capitals."""
    return 2 <= len(token.text) <= 6 and token.text.isupper() and token.text.isalpha()


def _run_from(doc: Doc, start: int) -> int:
    """The end of the run of capitalised words from `start`: lower-case words may
    stand inside it, never at its end; a person or a date ends it."""
    end = last = start
    while end < len(doc) and end - start < MAX_WORDS * 2:
        token = doc[end]
        if _capitalised(token) and token.ent_type_ not in NOT_IN_A_BODY:
            last = end + 1
        elif token.lower_ not in INSIDE and not _plural_possessive(doc, end):
            break
        end += 1
    return last


def _plural_possessive(doc: Doc, i: int) -> bool:
    """The apostrophe of a plural's possessive inside a name: "Employers[']" Forum"."""
    return (
        doc[i].text in ("'", "’")
        and i > 0
        and doc[i - 1].lower_.endswith("s")
        and i + 1 < len(doc)
        and _capitalised(doc[i + 1])
    )


def _person_at(doc: Doc, i: int) -> bool:
    # the small model tags a name after a role as an organisation now and then
    return i < len(doc) and (doc[i].ent_type_ == "PERSON" or doc[i].pos_ == "PROPN")


def _is_role(doc: Doc, start: int) -> bool:
    """A role word within the four words from `start`, a person right after it."""
    roles = lexicon.roles()
    for i in range(start, min(start + 4, len(doc))):
        word = doc[i].text.lower().rstrip(".")
        if word in roles and roles[word] != "honorific":
            return _person_at(doc, i + 1)
    return False


def _named_here(doc: Doc, start: int, end: int) -> bool:
    """Whether the frame around [start, end) makes the run a body's name."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in BY_PERSON:
        person = doc[start - 2] if start > 1 else None
        if person is not None and person.text == "," and start > 2:
            person = doc[start - 3]
        if person is not None and person.ent_type_ == "PERSON":
            return True
    if end < len(doc) and doc[end].tag_ == "POS":
        return _is_role(doc, end + 1)
    bracketed = _in_brackets(doc, end)
    if bracketed is not None:
        return bracketed[:1].isupper() and len(bracketed) <= 6
    if end - start >= 3 and doc[start].text == "Friends" and doc[start + 1].lower_ == "of":
        return True  # "Friends of Marsh Park": how voluntary groups name themselves
    return (
        _is_role(doc, end)
        or _described_as_a_body(doc, start, end)
        or _paired_with_a_body(doc, start, end)
        or _after_a_body_noun(doc, start, end)
    )


def _after_a_body_noun(doc: Doc, start: int, end: int) -> bool:
    """Does a noun for a body stand right before the run, with its article ("the
    advocacy group Valley Voters Together", "a campaign group, Fair Fares")?"""
    at = start - 1 if start > 0 and doc[start - 1].text != "," else start - 2
    if at < 0 or end - start < 2:
        return False
    noun = doc[at]
    return (
        noun.pos_ == "NOUN"
        and noun.lower_ in _body_nouns()
        and any(t.lower_ in ("the", "a", "an") for t in doc[max(0, at - 3) : at])
    )


def _paired_with_a_body(doc: Doc, start: int, end: int) -> bool:
    """Is the run an acronym joined by "and" or "or" to a body's name ("the League
    for X and the ABCD say")? Coordination joins like with like."""
    if end - start != 1 or not _acronym(doc[start]) or len(doc[start]) < 3:
        return False
    token = doc[start]
    joined = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        joined.append(token.head)
    return any(t.ent_type_ == "ORG" for t in joined)


def _described_as_a_body(doc: Doc, start: int, end: int) -> bool:
    """Is the run in apposition with a common noun for a body: "Less Waste, a
    recyclers' advocacy group, said", "a teachers' group, the Heads' Forum, said"?"""
    heads = [t for t in doc[start:end] if not start <= t.head.i < end]
    if len(heads) != 1:
        return False
    head = heads[0]
    described = [c for c in head.children if c.dep_ == "appos" and c.i >= end]
    if head.dep_ == "appos" and head.head.i < start:
        described.append(head.head)
    bodies = _body_nouns()
    return any(d.pos_ == "NOUN" and d.lemma_.lower() in bodies for d in described)


@functools.cache
def _body_nouns() -> frozenset[str]:
    """Common nouns for a body: the organisation words, and "body" and "charity"."""
    return frozenset({w.lower() for w in lexicon.org_words()} | {"body", "charity"})


def _inside_entities(doc: Doc, start: int, end: int) -> bool:
    """Whether every entity the run touches is a body or a place wholly inside it (a
    party's adjective, "Liberal [Democrat]", stays what it is)."""
    return all(
        start <= e.start and e.end <= end and e.label_ in PARTS_OF_A_BODY
        for e in doc.ents
        if e.start < end and start < e.end
    )


def _unnamed_runs(doc: Doc) -> list[tuple[int, int]]:
    """Runs of capitalised words that their frame names as a body, over entities the
    recogniser tagged as part of them ("Save the [Harbour]")."""
    roles, title_words = lexicon.roles(), lexicon.role_words()
    out = []
    i = 0
    while i < len(doc):
        token = doc[i]
        opener = token.lower_ in INSIDE | TITLE_OPENERS or token.pos_ in NOT_A_NAME
        if token.ent_type_ == "ORG" or not _capitalised(token) or opener:  # "But", "Former"
            i += 1
            continue
        end = _run_from(doc, i)
        words = [t for t in doc[i:end] if _capitalised(t)]
        # a title, "Lord Justice", "Ohio Senator", "Minister Lord Ann Lee"
        title = all(t.lower_ in title_words for t in words) or any(t.lower_ in roles for t in words)
        if (
            (len(words) >= 2 or words and _acronym(words[0]) and not token.ent_type_)
            and not title
            and _inside_entities(doc, i, end)
            and _named_here(doc, i, end)
        ):
            out.append((i, end))
            i = end
        else:
            i += 1
    return out


def _extended(doc: Doc, start: int, end: int) -> int:
    """The end of an organisation's name taken on over "for", "of", "against" or
    "without" and a run of capitalised words: "[the Medical Trust] for the Relief of
    Victims", "[Campaign Without] a Car"."""
    i = end
    joined = doc[end - 1].lower_ in JOINING
    while i < len(doc) and doc[i].lower_ in JOINING:
        joined, i = True, i + 1
    if not joined:
        return end
    if i < len(doc) and doc[i].lower_ in ARTICLES:
        i += 1
    if i >= len(doc) or not _capitalised(doc[i]) or doc[i].ent_type_ in NOT_IN_A_BODY:
        return end
    run_end = _run_from(doc, i)
    return run_end if _inside_entities(doc, end, run_end) else end


def _paired(doc: Doc, start: int, end: int) -> int:
    """The end of a name whose last words are "of" or "for" and one capitalised word,
    taken on over "and" and one or two capitalised words that end there ("[the
    Department for Roads] and [Ports] said"); not over a name of its own ("and the
    Rural Party", "and Harbour Council", "and NATO")."""
    given = end
    if doc[end - 1].lower_ == "and":
        end -= 1  # the recogniser's name may take the "and" in
    if end - start < 3 or doc[end - 2].lower_ not in ("of", "for") or end + 1 >= len(doc):
        return given
    if doc[end].lower_ != "and" or not _capitalised(doc[end - 1]):
        return given
    run_end = end + 1
    while run_end < len(doc) and run_end - end <= 2 and _capitalised(doc[run_end]):
        run_end += 1
    words = doc[end + 1 : run_end]
    after = doc[run_end] if run_end < len(doc) else None
    if not 1 <= len(words) <= 2 or (
        after is not None
        and (
            _capitalised(after)
            or after.lower_ in INSIDE
            or after.tag_ == "POS"
            or after.text == "("
            or after.pos_ in ("NOUN", "PROPN")  # "and Harbour officials": their own body's
        )
    ):
        return given
    if any(_acronym(t) or t.ent_type_ in NOT_IN_A_BODY for t in words):
        return given
    if words[-1].lower_ in lexicon.org_words():
        return given
    return run_end


def _in_brackets(doc: Doc, at: int) -> str | None:
    """The one word in brackets that opens at token `at`: "(RAL)"."""
    if at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")":
        return doc[at + 1].text
    return None


def _widened_by_acronym(doc: Doc, start: int, end: int) -> int:
    """The start of the longer run an acronym in brackets after [start, end) spells."""
    acronym = _in_brackets(doc, end)
    if acronym is None or not acronym.isupper() or not acronym.isalpha():
        return start
    first = start
    while first > 0 and (_capitalised(doc[first - 1]) or doc[first - 1].lower_ in ("and", "of")):
        if doc[first - 1].ent_type_ not in ("", "ORG"):
            break  # a body tagged in two halves at its "and" is still one
        first -= 1
    for candidate in range(first, start):
        if not _capitalised(doc[candidate]):
            continue
        initials = "".join(t.text[0] for t in doc[candidate:end] if _capitalised(t))
        if initials.upper() == acronym:
            return candidate
    return start


def _spelled(doc: Doc, name: Span) -> bool:
    """Does an acronym in brackets after the name spell its initials: "Rural Action
    League (RAL)"?"""
    initials = "".join(t.text[0] for t in name if _capitalised(t))
    return len(initials) >= 2 and _in_brackets(doc, name.end) == initials.upper()


# Particles that open a family name of more than one word: "De Vries", "van der Berg",
# "da Silva", "bin Salman" (Chicago Manual of Style 8.5, 8.8-8.11); and the Irish
# patronymic prefixes "Ó", "Ní", "Nic", "Uí", "Mhic" ("Ní Bhriain").
PARTICLES = frozenset(
    "de da di del della dos das du van von der den ter ten le la bin ibn ó ní nic uí mhic".split()
)


def _whole_people(doc: Doc) -> None:
    """A person's name cut before its last word ("[Ana] Ruiz, a judge"): the
    surname the parser hangs the cut name from, untagged, belongs to it; and a name
    cut at its particles ("[Jan van] der [Berg]"): the particles and the capitalised
    name after them belong to it."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        if ent is None:
            continue
        end = ent.end
        while (
            ent.label_ == "PERSON"
            and end < len(doc)
            and doc[end].pos_ == "PROPN"
            and not doc[end].ent_type_
            and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i == end
        ):
            end += 1
        after = end
        while after < len(doc) and doc[after].is_lower and doc[after].lower_ in PARTICLES:
            after += 1
        cut = after > end or (doc[end - 1].is_lower and doc[end - 1].lower_ in PARTICLES)
        if ent.label_ == "PERSON" and cut and after < len(doc) and doc[after].is_title:
            end = after + 1
            following = next((m for m in range(n + 1, len(ents)) if ents[m] is not None), None)
            if following is not None and ents[following].start == after:
                end = ents[following].end
                ents[following] = None
        if end != ent.end:
            ents[n] = Span(doc, ent.start, end, label="PERSON")
            changed = True
    if changed:
        doc.set_ents([e for e in ents if e is not None], default="unmodified")


def _given_names_before_places(doc: Doc) -> None:
    """A person whose surname is also a place ("Ana [Lima]", "Rui [Costa]"): the small
    recogniser tags the surname alone as the place and leaves the first name
    untagged. A capitalised word hung before a one-word place, untagged, with no
    proper noun before it and no word of a place's name ("Port", "North"), makes the
    two a person's name; not before a country ("Little Switzerland")."""
    from spacy.tokens import Span

    places = {w.lower() for w in lexicon.place_words()}
    countries = lexicon.countries()
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ not in ("GPE", "LOC") or len(ent) != 1 or ent.start == 0:
            continue
        if ent.text.lower() in countries:
            continue
        first = doc[ent.start - 1]
        if (
            first.pos_ == "PROPN"
            and first.dep_ == "compound"
            and first.head.i == ent.start
            and not first.ent_type_
            and first.is_title
            and first.is_alpha
            and len(first) > 1
            and first.lower_ not in places
            and (first.i == 0 or doc[first.i - 1].pos_ != "PROPN")
        ):
            ents[n] = Span(doc, first.i, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.set_ents(ents, default="unmodified")


def _honorifics_with_names(doc: Doc) -> None:
    """An honorific tagged as a name of its own before a person's ("[Dame] [Ana
    Ruiz]", "Professor [Sir] [Tom Hale]"): one person."""
    from spacy.tokens import Span

    roles = lexicon.roles()
    ents = list(doc.ents)
    out = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and ent.label_ == "PERSON"
            and last.end == ent.start
            and all(roles.get(t.lower_.rstrip(".")) == "honorific" for t in last)
        ):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    if len(out) != len(ents):
        doc.set_ents(out, default="unmodified")


def plural_title(token: Token) -> bool:
    """An abbreviated title in the plural before a list of names ("Cllrs", "Sens.",
    "Reps."); only abbreviations: "Engineers Ireland" is a body."""
    word = token.lower_.rstrip(".")
    return len(word) > 2 and word.endswith("s") and word[:-1] in lexicon.full_titles()


def _titled_lists(doc: Doc) -> None:
    """ "Cllrs Lima, Hale and Ana Ruiz": each capitalised run of the list after a
    plural title is a person, though the recogniser tags the title and the first name
    as a body and the others as places or nothing."""
    from spacy.tokens import Span

    people = []
    titles = []  # the titles too: a tag that took one in goes
    for token in doc:
        if not plural_title(token):
            continue
        titles.append((token.i, token.i + 1))
        at = token.i + 1
        while at < len(doc) and _capitalised(doc[at]) and not _acronym(doc[at]):
            end = at
            while end < len(doc) and end - at < 4 and _capitalised(doc[end]):
                end += 1
            people.append(Span(doc, at, end, label="PERSON"))
            if end < len(doc) and doc[end].text == ",":
                end += 1
            if end < len(doc) and doc[end].lower_ == "and":
                end += 1
            at = end
    if people:
        spans = titles + [(p.start, p.end) for p in people]
        kept = [e for e in doc.ents if not any(e.start < end and s < e.end for s, end in spans)]
        doc.set_ents(sorted(kept + people, key=lambda e: e.start), default="outside")


# Adverbs of time that open a sentence (Quirk et al. 1985, 8.51), besides the
# connectives `lexicon` lists.
TIME_ADVERBS = frozenset(
    "afterwards afterward later earlier now today yesterday tonight previously "
    "subsequently eventually finally initially originally recently privately publicly".split()
)


@functools.cache
def _sentence_adverbs() -> frozenset[str]:
    return TIME_ADVERBS | {c for c in lexicon.connectives() if " " not in c}


def opening_adverb(token: Token) -> bool:
    """Does the word open its sentence as an adverb of time or a connective, though
    capitalised like a name ("Afterwards", "Meanwhile")?"""
    return token.is_sent_start and token.lower_ in _sentence_adverbs()


def _people_listed_as_a_body(doc: Doc) -> None:
    """ "[Ana Ruiz, Tom Hale] and Joe Park voted": a list of people's names tagged as one
    body. Each part between the commas a plain name the parser joins to the one before
    as a conjunct or an apposition is a person."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out, between = [], []
    for ent in ents:
        commas = [t.i for t in ent if t.text == ","]
        bounds = zip([ent.start, *(c + 1 for c in commas)], [*commas, ent.end], strict=True)
        parts = [doc[a:b] for a, b in bounds]
        if (
            ent.label_ == "ORG"
            and commas
            and all(1 <= len(p) <= 3 and plain_name(p) for p in parts)
            and all(p.root.dep_ in ("conj", "appos") and p.root.head.i < p.start for p in parts[1:])
        ):
            out.extend(Span(doc, p.start, p.end, label="PERSON") for p in parts)
            between.extend(Span(doc, c, c + 1) for c in commas)
        else:
            out.append(ent)
    if between:
        doc.set_ents(out, outside=between, default="unmodified")


def _people_listed_untagged(doc: Doc) -> None:
    """ "Ana Ruiz, Tom Hale and [Lola Brandt]": a plain name the recogniser left untagged,
    joined as a conjunct to a person's name, is a person's name too."""
    from spacy.tokens import Span

    found = []
    for token in doc:
        if token.dep_ != "conj" or token.pos_ != "PROPN" or token.head.ent_type_ != "PERSON":
            continue
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        start = min((w.i for w in words), default=token.i)
        name = doc[start : token.i + 1]
        if len(name) <= 3 and plain_name(name) and not any(t.ent_type_ for t in name):
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    if found:
        doc.set_ents(found, default="unmodified")


def _time_adverbs_before_names(doc: Doc) -> None:
    """ "[Afterwards Ana Ruiz] said": a sentence adverb of time or linking that opens a
    sentence (Quirk et al. 1985, 8.51, 8.134) is no part of the name after it."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out = [
        Span(doc, e.start + 1, e.end, label=e.label_) if len(e) > 1 and opening_adverb(e[0]) else e
        for e in ents
    ]
    if out != ents:
        doc.set_ents(out, default="unmodified")


def plain_name(words: Span) -> bool:
    """Could the words be a person's name: capitalised proper nouns, none a word that
    names a body ("Ana Ruiz", not "Ruiz Holdings")?"""
    body_words = lexicon.org_words()
    return all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in body_words for t in words)


def _people_of_bodies(doc: Doc) -> None:
    """A person and their body tagged as one body after a title ("Deputy [Ana Ruiz of
    the Rural Party]"): two or three capitalised words before "of", none a body's word,
    are the person's name, and what follows "of" is the body."""
    from spacy.tokens import Span

    roles = lexicon.roles()
    ents = list(doc.ents)
    joins = []
    for n, ent in enumerate(ents):
        if ent.label_ != "ORG" or ent.start == 0:
            continue
        if doc[ent.start - 1].text.lower().rstrip(".") not in roles:
            continue
        of = next((t.i for t in ent if t.lower_ == "of"), None)
        if of is None or not 2 <= of - ent.start <= 3:
            continue
        # the tag may stop at "of" ("[Ana Ruiz of] the Rural Party"): the body's name
        # is then the capitalised run after it
        end = ent.end if of + 1 < ent.end else _run_from(doc, of + 1)
        following = ents[n + 1].start if n + 1 < len(ents) else len(doc)
        if end <= of + 1 or end > following:
            continue
        if plain_name(doc[ent.start : of]):
            ents[n : n + 1] = [
                Span(doc, ent.start, of, label="PERSON"),
                Span(doc, of + 1, end, label="ORG"),
            ]
            joins.append(Span(doc, of, of + 1))
    if joins:
        doc.set_ents(ents, outside=joins, default="unmodified")


def _names_run_together(doc: Doc) -> None:
    """Two names the tagger ran into one: a body and the person speaking for it ("For
    [the Greens Ana Ruiz] said", a plural body's name then a plain two-word name), and
    two names with "the" between ("told [the Herald the Greens'] plans ..."). Split,
    each keeps the label; "the" between them is no name."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    between = []
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ not in ("ORG", "PERSON", "GPE", "NORP") or len(ent) < 3:
            continue
        the = next(
            (t.i for t in ent[1:] if t.lower_ == "the" and doc[t.i - 1].pos_ == "PROPN"), None
        )
        if the is not None and the + 1 < ent.end:
            ents[n : n + 1] = [
                Span(doc, ent.start, the, label=ent.label_),
                Span(doc, the + 1, ent.end, label=ent.label_),
            ]
            between.append(Span(doc, the, the + 1))
            changed = True
            continue
        body = [t for t in ent[:-2] if t.lower_ != "the"]
        if (
            ent.label_ == "ORG"
            and (len(body) >= 2 or ent[0].lower_ == "the")
            and body
            and body[-1].lower_.endswith("s")
            and body[-1].pos_ == "PROPN"
            and plain_name(ent[-2:])
            and ent[-1].lower_ not in _body_nouns()  # "the Valley Bus Users Guild"
        ):
            ents[n : n + 1] = [
                Span(doc, ent.start, ent.end - 2, label="ORG"),
                Span(doc, ent.end - 2, ent.end, label="PERSON"),
            ]
            changed = True
    if changed:
        doc.set_ents(ents, outside=between, default="unmodified")


# Time zones written after a clock time (common abbreviations of the IANA time zone
# database): "at 1230 GMT", "from 0900 CET".
TIME_ZONES = frozenset(
    "GMT BST UTC CET CEST EET EEST WET EST EDT CST CDT MST MDT PST PDT IST JST AEST AEDT".split()
)


def _clock_times(doc: Doc) -> None:
    """A clock time with its zone ("from 0001 GMT"), whose zone the tagger may take for
    a body: a time."""
    from spacy.tokens import Span

    times = [
        Span(doc, t.i - 1, t.i + 1, label="TIME")
        for t in doc
        if t.text in TIME_ZONES and t.i > 0 and doc[t.i - 1].like_num
    ]
    if times:
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in times)]
        doc.set_ents(sorted(kept + times, key=lambda e: e.start), default="unmodified")


def _national_branches(doc: Doc) -> None:
    """A body's national branch, named by the body and the country ("[Clean Seas
    International] [UK] said"): the tagger makes the country a place of its own, which
    then takes the body's words. One body, when the country heads the phrase; not
    when it modifies a noun after it ("told [the Herald] [UK] troops would stay")."""
    from spacy.tokens import Span

    countries = lexicon.countries()
    ents = list(doc.ents)
    changed = False
    for n in range(len(ents) - 1, 0, -1):
        body, place = ents[n - 1], ents[n]
        country = countries.get(place.text.lower())
        if (
            body.label_ == "ORG"
            and place.label_ == "GPE"
            and place.start == body.end
            and len(place) == 1
            and country is not None
            and place.text not in country.adjectives
            and place[0].dep_ not in ("compound", "amod", "nmod")
            and body[-1].head.i == place.start
        ):
            ents[n - 1 : n + 1] = [Span(doc, body.start, place.end, label="ORG")]
            changed = True
    if changed:
        doc.set_ents(ents, default="unmodified")


def _people_beside_roles(doc: Doc) -> None:
    """A name the recogniser missed, or took for a place or a body, set beside a role
    in apposition: "the transport secretary, Ana Ruiz", "Ana Ruiz, the transport
    secretary,", "the union's president, [Meirion Tywyn] (a body)". Two to four
    capitalised proper nouns are a person's name there, unless a body's name is
    among them ("its largest member, Metro Bank")."""
    from spacy.tokens import Span

    roles = lexicon.roles()
    found = []
    for token in doc:
        if token.dep_ != "appos" or token.pos_ not in ("PROPN", "NOUN"):
            continue
        head = token.head
        for name, role in ((token, head), (head, token)):
            if name.pos_ != "PROPN" or roles.get(role.lower_) in (None, "honorific"):
                continue
            words = [c for c in name.children if c.dep_ == "compound" and c.i < name.i]
            span = (min((w.i for w in words), default=name.i), name.i + 1)
            run = doc[span[0] : span[1]]
            if (
                2 <= len(run) <= 4
                and _misread_name(doc, *span)
                and all(
                    # "its chairman, Permanent Secretary ...": a title, no name
                    t.pos_ == "PROPN"
                    and _capitalised(t)
                    and not _acronym(t)
                    and t.lower_ not in roles
                    for t in run
                )
            ):
                found.append(Span(doc, *span, label="PERSON"))
    if found:
        doc.set_ents(found, default="unmodified")


PLACES = frozenset(("GPE", "LOC", "FAC", "NORP"))


def _misread_name(doc: Doc, start: int, end: int) -> bool:
    """No word of [start, end) is tagged, or what is tagged lies inside it and is a
    place or a body's name with no word of one ("[Meirion Tywyn]", "Carys [Monmouth]";
    not "Metro Bank", not "NATO")."""
    words = lexicon.org_words()
    for e in doc.ents:
        if e.end <= start or end <= e.start:
            continue
        if e.start < start or end < e.end:
            return False
        if e.label_ == "ORG" and any(t.lower_ in words or _acronym(t) for t in e):
            return False
        if e.label_ != "ORG" and e.label_ not in PLACES:
            return False
    return True


def _whole_party_adjectives(doc: Doc) -> None:
    """A party's adjective cut after its first word ("Liberal [Democrat] spokesman",
    "the New [Agrarian] manifesto"): the capitalised word before it that modifies it,
    untagged or tagged alone as a body, belongs to it. Not a nationality ("British
    [Conservative]"), a title's opener ("Former"), a role or an honorific."""
    from spacy.tokens import Span

    roles = lexicon.roles()
    ents = list(doc.ents)
    taken: set[int] = set()  # fragments a party's entity took in
    for n, ent in enumerate(ents):
        start = ent.start
        while ent.label_ == "NORP" and start > 0:
            word = doc[start - 1]
            fragment = word.ent_type_ in ("", "ORG") and (
                not word.ent_type_ or (n > 0 and ents[n - 1].start == start - 1)
            )
            if not (
                fragment
                and _capitalised(word)
                and word.pos_ in ("ADJ", "PROPN")
                and word.head.i in range(start, ent.end)
                and word.lower_ not in TITLE_OPENERS
                and word.lower_ not in roles
                and word.lower_ not in lexicon.countries()
            ):
                break
            start -= 1
        if start != ent.start:
            if n > 0 and ents[n - 1].end > start:
                taken.add(n - 1)
            ents[n] = Span(doc, start, ent.end, label="NORP")
    if ents != list(doc.ents):
        doc.set_ents([e for n, e in enumerate(ents) if n not in taken], default="unmodified")


def _ordinal_names(doc: Doc) -> None:
    """ "Valley 1st", "Riverside 2nd" tagged as a date: a name and an ordinal with no month
    or day in it is a body's name ("June 1st" stays a date)."""
    from spacy.tokens import Span

    from briefgen.ingest.dates import month_names

    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        words = [t.text for t in ent]
        if (
            ent.label_ == "DATE"
            and len(words) == 2
            and words[0][:1].isupper()
            and words[0].isalpha()
            and words[0].lower() not in month_names()
            and words[0].lower() not in WEEKDAYS
            and ORDINAL.fullmatch(words[1])
        ):
            ents[n] = Span(doc, ent.start, ent.end, label="ORG")
            changed = True
    if changed:
        doc.set_ents(ents, default="unmodified")


def _english(word: Token) -> bool:
    """A lower-case word known as English: a closed-class word ("the", "by") or an
    inflected verb ("said", "voted"); a foreign name's small words ("für", "por") are
    neither."""
    return word.lower_ in lexicon.stopwords() or (
        word.pos_ in ("VERB", "AUX") and word.lemma_.lower() != word.lower_
    )


def _translated_names(doc: Doc) -> list[tuple[int, int]]:
    """A body's name in another language with its English name in brackets after it,
    "Unión por el Agua Limpia (Union for Clean Water)": two names of one body,
    which the recogniser tags as bits across the bracket. The name before the bracket
    is a chain of capitalised or tagged words, a word or two of another language
    between them."""
    out = []
    for bracket in doc:
        if bracket.text != "(" or bracket.i == 0:
            continue
        after = doc[bracket.i + 1 : bracket.i + 2 + MAX_WORDS]
        close = next((t.i for t in after if t.text == ")"), None)
        if close is None:
            continue
        inside = doc[bracket.i + 1 : close]
        if not (
            len([t for t in inside if _capitalised(t)]) >= 2
            and all(t.is_alpha for t in inside)
            and _capitalised(inside[0])
            and _capitalised(inside[-1])
        ):
            continue
        start, gap = bracket.i, 0
        while start > 0 and bracket.i - start < MAX_WORDS:
            word = doc[start - 1]
            # the recogniser takes a foreign name's first words for a person's now and
            # then: "[Unión] por el Agua Limpia", not "[Ana Ruiz] said ..."
            if (
                not word.is_alpha
                or (
                    word.ent_type_ in NOT_IN_A_BODY
                    and not (word.ent_type_ == "PERSON" and (gap or doc[start].ent_iob_ == "I"))
                )
                or (not _capitalised(word) and _english(word))
            ):
                break
            if word.ent_type_ or _capitalised(word):
                gap = 0
            elif gap == 2:
                break
            else:
                gap += 1
            start -= 1
        start += gap
        while start < bracket.i and (  # "Yesterday", "Former": not a name's first word
            doc[start].pos_ in NOT_A_NAME or doc[start].lower_ in TITLE_OPENERS
        ):
            start += 1
        if bracket.i - start < 2 or not _capitalised(doc[bracket.i - 1]):
            continue
        tagged = {t.ent_type_ for t in [*doc[start : bracket.i], *inside]}
        if "ORG" in tagged:
            out += [(start, bracket.i), (bracket.i + 1, close)]
    return out


def repair(doc: Doc) -> None:
    """Widen, join and add organisation names in `doc.ents` (in place); finish
    people's names cut short."""
    _time_adverbs_before_names(doc)
    _titled_lists(doc)
    _people_listed_as_a_body(doc)
    _people_listed_untagged(doc)
    _whole_people(doc)
    _given_names_before_places(doc)
    _honorifics_with_names(doc)
    _people_of_bodies(doc)
    _names_run_together(doc)
    _clock_times(doc)
    _national_branches(doc)
    _people_beside_roles(doc)
    _whole_party_adjectives(doc)
    _ordinal_names(doc)
    translated = _translated_names(doc)
    if translated:
        _set_bodies(doc, translated)
    tagged = [(e.start, e.end) for e in doc.ents if e.label_ == "ORG"]
    new = _unnamed_runs(doc)
    # the repaired and new names: they win over what they overlap; a "person" whose
    # initials an acronym in brackets spells is a body: people have no acronyms
    found = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and _spelled(doc, e)]
    for start, end in tagged + new:
        extended = _extended(doc, start, end)
        wider = _widened_by_acronym(doc, start, end), _paired(doc, start, extended)
        if wider != (start, end) or (start, end) in new:
            found.append(wider)
    if not found:
        return
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
        elif end > kept[-1][1]:
            kept[-1] = (kept[-1][0], end)
    _set_bodies(doc, kept)


def _set_bodies(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Tag each [start, end) as an organisation, over what it overlaps."""
    from spacy.tokens import Span

    ents = [Span(doc, s, e, label="ORG") for s, e in spans]
    ents += [e for e in doc.ents if not any(e.start < end and s < e.end for s, end in spans)]
    doc.set_ents(sorted(ents, key=lambda e: e.start), default="outside")
