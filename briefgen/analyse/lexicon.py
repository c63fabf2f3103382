"""The linguistic knowledge in `briefgen/data/`, read once and cached.

Every file is plain text with a `#` comment header saying what it holds and where it
comes from. A phrase is matched against spaCy's lemmas (or the lower-case word), so a
data file lists a cue once and every inflection is found. `~` before a word is kept
from the files' notation and means the same as a plain word; `<poss>` stands for a
possessive determiner ("throw <poss> weight behind").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

POSS = "<poss>"
Phrase = tuple[str, ...]


def _lines(name: str) -> list[str]:
    # Found from `briefgen`, not the namespace package `briefgen.data`, whose reader
    # takes three times as long (1.5 ms of the first analysis of every `make`).
    text = resources.files("briefgen").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for line in _lines(name) for w in line.split())


# Verbs of being that link a subject to what is said of it (Quirk et al. 1985, 16.21:
# copular verbs of current state).
COPULAS = frozenset(("be", "remain", "stay", "seem", "appear", "look", "sound"))
# Adjectives of law, which before a noun classify it ("a legal team", "illegal
# drugs") and after a verb of being judge it ("the ban is legal"): Quirk et al. 1985,
# 7.36 on classifying (relational) adjectives.
OF_LAW = frozenset(("legal", "illegal", "lawful", "unlawful", "constitutional", "unconstitutional"))
# Words for courts and those who sit in them
COURTS = frozenset("court courts tribunal judge judges justices".split())

# Verbs of joining another in an act: "X joined Y in opposing it", "sided with Y to vote
# it down" make Y an agent of the act too (VerbNet amalgamate-22.2 and the phrasal
# verbs "side with", "team up with", "join forces with").
ALLYING = frozenset(("join", "side", "team", "ally", "unite"))

# Verbs whose subject "it" stands for the clause after them, as in "it emerged that
# ..." (Quirk et al. 1985, 16.30 and 18.36: raising and extraposition verbs).
EXTRAPOSING = frozenset(("seem", "appear", "emerge", "transpire", "follow", "happen", "matter"))

# Hyphenated words the tokenizer keeps whole (`nlp.WHOLE_WORDS`); it splits the others.
# Split, "the union's vice-president for X, Ana Ruiz, said" parses as three nouns and
# loses its speaker. (Titles from roles.tsv; "U-turn", a reversal; "co-sponsored", an
# act of proposing.)
WHOLE_WORDS = frozenset(
    (
        "u-turn",
        "u-turns",
        "vice-president",
        "vice-chair",
        "vice-chairman",
        "vice-chairwoman",
        "vice-chancellor",
        "vice-principal",
        "co-founder",
        "co-chair",
        "co-chairman",
        "co-chairwoman",
        "co-leader",
        "co-ordinator",
        "co-convener",
        "co-sponsor",
        "co-sponsors",
        "co-sponsored",
        "co-sponsoring",
    )
)


def phrase(text: str) -> Phrase:
    """'~throw <poss> weight behind' → ('throw', '<poss>', 'weight', 'behind'). A
    hyphen is a word of its own, as the tokenizer splits it: 'half-baked' → ('half',
    '-', 'baked'), but for the whole words ('u-turn')."""
    words = [
        part
        for word in text.split()
        for part in (
            [word] if word.lower().lstrip("~") in WHOLE_WORDS else word.replace("-", " - ").split()
        )
    ]
    return tuple(w.lstrip("~").lower() for w in words)


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: what it says (`label`), its words, and its kind."""

    label: str
    words: Phrase
    kind: str = ""

    @property
    def text(self) -> str:
        """The phrase as written: "half-baked", "throw <poss> weight behind"."""
        return " ".join(self.words).replace(" - ", "-")


@dataclass(frozen=True)
class Match:
    cue: Cue
    start: int  # token index of the phrase's first word
    end: int  # one past its last word


@functools.lru_cache(maxsize=1024)
def _keys(doc: Doc) -> tuple[tuple[str, str, str, str], ...]:
    """Each token's lemma and form, lower-cased, its part of speech and its tag: what
    phrases are matched by (reading them through Token objects at every token and for
    every phrase was a third of the time)."""
    return tuple((t.lemma_.lower(), t.lower_, t.pos_, t.tag_) for t in doc)


@functools.lru_cache(maxsize=1024)
def _last_at(doc: Doc) -> dict[str, int]:
    """Where each lemma and form, lower-cased, last stands (a possessive, as POSS)."""
    last: dict[str, int] = {}
    for i, (lemma, lower, _, tag) in enumerate(_keys(doc)):
        last[lemma] = last[lower] = i
        if tag == "PRP$":
            last[POSS] = i
    return last


def _key_is(key: tuple[str, str, str, str], word: str) -> bool:
    """Is the token with these keys the phrase's word (by lemma or form)?"""
    if word == POSS:
        return key[3] == "PRP$"
    return key[0] == word or key[1] == word


class PhraseIndex:
    """Cues keyed by their first word; the longest match at a token wins.

    Adverbs may stand between a phrase's words ("voted overwhelmingly against").
    """

    def __init__(self, cues: list[Cue]) -> None:
        self._found = functools.lru_cache(maxsize=1024)(self._find)
        self.by_first: dict[str, list[Cue]] = {}
        for cue in sorted(cues, key=lambda c: -len(c.words)):
            self.by_first.setdefault(cue.words[0], []).append(cue)

    def _candidates(self, doc: Doc, i: int) -> list[Cue]:
        lemma, lower, _, _ = _keys(doc)[i]
        starting = self.by_first.get(lemma, [])
        return starting + self.by_first.get(lower, []) if lower != lemma else starting

    def _end(self, doc: Doc, start: int, words: Phrase) -> int | None:
        keys = _keys(doc)
        i = start + 1
        for word in words[1:]:
            while i < len(keys) and keys[i][2] == "ADV" and not _key_is(keys[i], word):
                i += 1
            if i >= len(keys) or not _key_is(keys[i], word):
                return None
            i += 1
        return i

    def _split_end(self, doc: Doc, start: int, words: Phrase) -> int | None:
        """A verb's phrase written apart: "voted in a referendum in favour of" is
        "vote in favour of" when the rest hangs from the verb as a preposition."""
        keys = _keys(doc)
        # not a copula: "is a right" is no "is right"
        if len(words) < 2 or keys[start][2] != "VERB":
            return None
        if _last_at(doc).get(words[1], -1) <= start + 1:
            return None  # the phrase's second word is nowhere after the verb
        token = doc[start]
        if any(c.dep_ == "oprd" for c in token.children):
            return None  # "calling it a win for X, for Y": naming, not "call for"
        # the parser may hang it from the object of a phrase between ("voted with the
        # crossbench against the bill": "against" under "crossbench")
        between = [
            g
            for o in _prepositions_objects(token, lambda p: p.dep_ == "prep" and p.i > start)
            for g in o.rights
            if g.dep_ == "prep"
        ]
        # "create hundreds of jobs" is "create jobs"
        counted = [
            o
            for c in token.rights
            if c.dep_ == "dobj"
            for o in _prepositions_objects(c, lambda p: p.lower_ == "of")
        ]
        # ... or, when the rest names its own object ("on hold", "into law"), from the
        # verb's object or the clause describing it ("put the plan on hold", "signed a
        # bill to build a depot into law"); not "call for", whose "for" under an object
        # is the object's ("called the minister for housing")
        described = []
        if len(words) > 2:
            objects = [c for c in token.rights if c.dep_ == "dobj"]
            clauses = [k for o in objects for k in o.rights if k.dep_ in ("acl", "relcl")]
            described = [g for h in (*objects, *clauses) for g in h.rights if g.dep_ == "prep"]
        for child in [*token.rights, *between, *counted, *described]:
            if _of_time(child) or any(
                c.dep_ == "predet" and c.lower_ == "all" for c in child.children
            ):
                # "voted the tax through on Tuesday": a day, not "vote on"; "saved all their
                # lives": a span of time, not "save lives"
                continue
            if child.i > start + 1 and _key_is(keys[child.i], words[1]):
                end = self._end(doc, child.i, words[1:])
                if end is not None:
                    return end
        return None

    def find(self, doc: Doc) -> tuple[Match, ...]:
        """Every match in `doc`, left to right. At one token, every cue of the longest
        phrase found is given ("support" the verb and "support" the noun), so the
        reader picks the one the token's part of speech fits; matches do not overlap.
        Several steps ask about one sentence: the answer is kept for the latest docs."""
        return self._found(doc)

    def _find(self, doc: Doc) -> tuple[Match, ...]:
        found: list[Match] = []
        i = 0
        while i < len(doc):
            longest = 0
            given: set[tuple[str, str]] = set()  # "critics" is "critic" by its lemma too
            for cue in self._candidates(doc, i):
                if longest and len(cue.words) < longest:
                    break
                if (cue.label, cue.kind) in given:
                    continue
                if cue.kind == "verb" and _keys(doc)[i][2] not in ("VERB", "AUX"):
                    continue  # "a protest against it" is the noun, not "protest against"
                end = self._end(doc, i, cue.words) or self._split_end(doc, i, cue.words)
                if end is not None:
                    given.add((cue.label, cue.kind))
                    found.append(Match(cue, i, end))
                    longest = len(cue.words)
                    skip_to = end - 1 if end - i == len(cue.words) else i
            if longest:
                i = max(i, skip_to)
            i += 1
        return tuple(found)

    def at(self, doc: Doc, i: int) -> Match | None:
        """The longest match starting at token `i`."""
        for cue in self._candidates(doc, i):
            end = self._end(doc, i, cue.words)
            if end is not None:
                return Match(cue, i, end)
        return None


def _of_time(prep: Token) -> bool:
    """Is the preposition's object a day or a time ("on Tuesday", "in March")?"""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _prepositions_objects(head: Token, chosen: Callable[[Token], bool]) -> list[Token]:
    """The objects of the chosen prepositions hung from `head`."""
    return [o for p in head.children if chosen(p) for o in p.children if o.dep_ == "pobj"]


def _table(name: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("\t")] for line in _lines(name)]


@functools.cache
def stance_cues() -> PhraseIndex:
    """Support (+), opposition (-) and undecided (0) cues, each with its kind."""
    return PhraseIndex(
        [Cue(sign, phrase(text), kind) for sign, kind, text in _table("stance_cues.tsv")]
    )


@functools.cache
def side_labels() -> dict[str, int]:
    """The one-word labels of a side and their sign: "critics" -1, "supporters" +1."""
    signs = {"+": 1, "-": -1, "0": 0}
    return {
        c.words[0]: signs[c.label]
        for cues in stance_cues().by_first.values()
        for c in cues
        if c.kind == "label" and len(c.words) == 1
    }


@functools.cache
def outcome_cues() -> PhraseIndex:
    """What can happen to a proposal: approve, reject, withdraw, postpone, pending, open."""
    return PhraseIndex([Cue(status, phrase(text)) for status, text in _table("outcome_cues.tsv")])


@functools.cache
def speech_verbs() -> frozenset[str]:
    """Lemmas of the verbs that report speech or writing."""
    return frozenset(
        phrase(line)[0] for line in _lines("speech_verbs.txt") if len(phrase(line)) == 1
    )


@functools.cache
def proposal_words() -> dict[str, PhraseIndex]:
    """'noun', 'propose' and 'intend' phrases."""
    kinds: dict[str, list[Cue]] = {}
    for kind, text in _table("proposal_words.tsv"):
        kinds.setdefault(kind, []).append(Cue(kind, phrase(text)))
    return {kind: PhraseIndex(cues) for kind, cues in kinds.items()}


@functools.cache
def prohibitions() -> frozenset[str]:
    """Words of a proposal that stops an activity: "ban", "close", "moratorium"."""
    return frozenset(
        " ".join(phrase(text)) for kind, text in _table("proposal_words.tsv") if kind == "prohibit"
    )


@functools.cache
def proposal_nouns() -> frozenset[str]:
    return frozenset(
        " ".join(phrase(text)) for kind, text in _table("proposal_words.tsv") if kind == "noun"
    )


@functools.cache
def modifiers() -> dict[str, PhraseIndex]:
    """negation, hedge, contrast, condition, change, earlier, future, anti, dissent and weaken
    phrases."""
    kinds: dict[str, list[Cue]] = {}
    for kind, text in _table("modifiers.tsv"):
        kinds.setdefault(kind, []).append(Cue(kind, phrase(text)))
    return {kind: PhraseIndex(cues) for kind, cues in kinds.items()}


@functools.cache
def modifier_words(kind: str) -> frozenset[str]:
    """The one-word modifiers of a kind, as lemmas."""
    return frozenset(
        c.words[0]
        for cues in modifiers()[kind].by_first.values()
        for c in cues
        if len(c.words) == 1
    )


@functools.cache
def actions() -> list[tuple[frozenset[str], frozenset[str]]]:
    """Pairs of opposite actions, as sets of verb lemmas: (close, keep), (ban, allow).
    A phrase counts by its verb ("shut down" as "shut")."""
    return [
        (frozenset(p[0] for p in do), frozenset(p[0] for p in undo)) for do, undo in _action_pairs()
    ]


@functools.cache
def _action_pairs() -> list[tuple[list[Phrase], list[Phrase]]]:
    return [
        (
            [phrase(w) for w in do.split(",") if w.strip()],
            [phrase(w) for w in undo.split(",") if w.strip()],
        )
        for do, undo in _table("actions.tsv")
    ]


@functools.cache
def one_word_actions() -> frozenset[str]:
    """The actions of `actions` said in one word ("close", not "set up")."""
    return frozenset(p[0] for pair in _action_pairs() for side in pair for p in side if len(p) == 1)


@dataclass(frozen=True)
class Country:
    name: str
    adjectives: tuple[str, ...]
    other_names: tuple[str, ...]


@functools.cache
def countries() -> dict[str, Country]:
    """Every name and adjective of a country (lower case) → the country."""
    out: dict[str, Country] = {}
    for row in _table("countries.tsv"):
        row += [""] * (3 - len(row))
        country = Country(
            row[0],
            tuple(a for a in row[1].split("|") if a),
            tuple(o for o in row[2].split("|") if o),
        )
        for form in (country.name, *country.adjectives, *country.other_names):
            out[form.lower()] = country
    return out


@functools.cache
def roles() -> dict[str, str]:
    """A title or role, lower case ("prime minister") → its class: honorific, office, voice."""
    out = {}
    for row in _table("roles.tsv"):
        out[row[0].lower().rstrip(".")] = row[1]
        if len(row) > 2 and row[2]:
            out[row[2].lower()] = row[1]
    return out


@functools.cache
def full_titles() -> dict[str, str]:
    """An abbreviated title, lower case without its full stop ("gov") → its full form,
    lower case ("governor")."""
    return {
        row[0].lower().rstrip("."): row[2].lower()
        for row in _table("roles.tsv")
        if len(row) > 2 and row[2]
    }


@functools.cache
def role_words() -> frozenset[str]:
    """Every word of a title of several words ("executive" of "chief executive"),
    but its small words ("of", "and")."""
    words = {w for role in roles() if " " in role for w in role.split()}
    return frozenset(words - stopwords())


@functools.cache
def place_words() -> frozenset[str]:
    return _words("place_words.txt")


@functools.cache
def org_words() -> frozenset[str]:
    return _words("org_words.txt")


@functools.cache
def group_nouns() -> frozenset[str]:
    """Plural nouns that name a collective actor: residents, lawmakers, unions. A line of
    several words gives its head, the last ("climate activists": activists), not each
    word ("head teachers" must not make "head" a group)."""
    return frozenset(line.split()[-1].lower() for line in _lines("groups.txt") if line.split())


@functools.cache
def institutions() -> frozenset[str]:
    """Singular nouns for a body that acts as one: government, opposition, coalition."""
    return _words("institutions.txt")


@functools.cache
def deciders() -> frozenset[str]:
    """Nouns that name a deciding body: court, council, parliament, regulator."""
    return _words("deciders.txt")


@functools.cache
def legislatures() -> frozenset[str]:
    """The deciding bodies whose approval is "passed", not "approved"."""
    return frozenset(
        w
        for line in _lines("deciders.txt")
        if line.split()[0] == "legislature:"
        for w in line.split()[1:]
    )


@functools.cache
def connectives() -> frozenset[str]:
    """Openers that tie a sentence to the one before: a bullet drops them."""
    return frozenset(line.strip().lower() for line in _lines("connectives.txt"))


@functools.cache
def stopwords() -> frozenset[str]:
    return _words("stopwords.txt")


@functools.cache
def common_words() -> frozenset[str]:
    return _words("common_words.txt")
