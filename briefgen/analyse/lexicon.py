"""The linguistic knowledge in `briefgen/data/`, read once and cached.

Every file is plain text with a `#` comment header saying what it holds and where it
comes from. Phrases use a small notation: `~word` lets a verb inflect (oppose,
opposes, opposed, opposing) and `<poss>` stands for a possessive determiner, so a data
file lists a cue once and the matcher finds all its forms.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

POSS = frozenset("his her its their our my your".split())
POSS_MARK = "<poss>"

# Irregular verb forms: the ones a regular "-s/-ed/-ing" rule would miss.
_IRREGULAR = {
    "come": ("came",),
    "throw": ("threw", "thrown"),
    "shoot": ("shot",),
    "give": ("gave", "given"),
    "take": ("took", "taken"),
    "fight": ("fought",),
    "speak": ("spoke", "spoken"),
    "stand": ("stood",),
    "hold": ("held",),
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "lead": ("led",),
    "break": ("broke", "broken"),
    "draw": ("drew", "drawn"),
    "win": ("won",),
    "lose": ("lost",),
    "make": ("made",),
    "keep": ("kept",),
    "seek": ("sought",),
    "bring": ("brought",),
    "go": ("went", "gone"),
    "do": ("did", "done"),
    "have": ("had", "has"),
    "get": ("got", "gotten"),
    "put": ("put",),
    "set": ("set",),
    "lend": ("lent",),
    "sink": ("sank", "sunk"),
    "strike": ("struck", "stricken"),
    "think": ("thought",),
    "fall": ("fell", "fallen"),
    "lay": ("laid",),
    "pay": ("paid",),
    "send": ("sent",),
    "leave": ("left",),
    "become": ("became",),
    "withdraw": ("withdrew", "withdrawn"),
    "undo": ("undid", "undone"),
    "forge": ("forged",),
    "tear": ("tore", "torn"),
    "will": ("will",),
    "be": ("is", "are", "was", "were", "been", "being"),
}


def inflect(base: str) -> frozenset[str]:
    """The forms a verb can take in news prose ("back" → backs, backed, backing).

    Generous on purpose: a form that English never uses costs nothing, because it
    never occurs in the text.
    """
    forms = {base, *_IRREGULAR.get(base, ())}
    stem = base[:-1] if base.endswith("e") else base
    forms |= {base + "s", base + "es", stem + "ed", stem + "ing", base + "d"}
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if len(base) >= 3 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou":
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    if base.endswith("ie"):
        forms.add(base[:-2] + "ying")
    return frozenset(forms)


Pattern = tuple[frozenset[str], ...]


def compile_phrase(phrase: str) -> Pattern:
    """A phrase in the data notation as one set of accepted forms per word."""
    words = []
    for word in phrase.lower().replace("’", "'").split():
        if word == POSS_MARK:
            words.append(POSS)
        elif word.startswith("~"):
            words.append(inflect(word[1:]))
        else:
            words.append(frozenset({word}))
    return tuple(words)


def _lines(name: str) -> list[str]:
    text = resources.files("briefgen").joinpath("data", name).read_text(encoding="utf-8")
    return [
        line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def _table(name: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("\t")] for line in _lines(name)]


@dataclass(frozen=True)
class Entry:
    """One phrase of a data table: its pattern, its label and (for cues) its sign."""

    pattern: Pattern
    label: str
    polarity: int = 0
    text: str = ""


class PhraseIndex:
    """Find the phrases of a table in a token sequence, longest match first."""

    def __init__(self, entries: list[Entry]) -> None:
        self.by_first: dict[str, list[Entry]] = {}
        for entry in entries:
            for form in entry.pattern[0]:
                self.by_first.setdefault(form, []).append(entry)
        for bucket in self.by_first.values():
            bucket.sort(key=lambda e: -len(e.pattern))

    def at(self, words: list[str], i: int) -> Entry | None:
        """The longest entry that matches `words` starting at index `i`."""
        for entry in self.by_first.get(words[i], ()):
            n = len(entry.pattern)
            if i + n <= len(words) and all(words[i + k] in entry.pattern[k] for k in range(1, n)):
                return entry
        return None

    def all_at(self, words: list[str], i: int) -> list[Entry]:
        """Every entry of the longest length that matches at index `i`."""
        best: list[Entry] = []
        for entry in self.by_first.get(words[i], ()):
            n = len(entry.pattern)
            if best and n < len(best[0].pattern):
                break
            if i + n <= len(words) and all(words[i + k] in entry.pattern[k] for k in range(1, n)):
                best.append(entry)
        return best

    def find(self, words: list[str]) -> list[tuple[int, int, Entry]]:
        """Every non-overlapping match as (start, end, entry), left to right."""
        found = []
        i = 0
        while i < len(words):
            entry = self.at(words, i) if words[i] in self.by_first else None
            if entry:
                found.append((i, i + len(entry.pattern), entry))
                i += len(entry.pattern)
            else:
                i += 1
        return found


def _index(rows: list[tuple[str, str, int]]) -> PhraseIndex:
    return PhraseIndex([Entry(compile_phrase(p), label, pol, p) for p, label, pol in rows])


_SIGN = {"+": 1, "-": -1, "0": 0}


@functools.cache
def stance_cues() -> PhraseIndex:
    """stance_cues.tsv: label = kind (verb, noun, pred, label, eval, affect, stir)."""
    return _index([(phrase, kind, _SIGN[sign]) for sign, kind, phrase in _table("stance_cues.tsv")])


@functools.cache
def outcome_cues() -> PhraseIndex:
    """outcome_cues.tsv: label = approve, reject, withdraw, postpone, pending, open."""
    return _index([(phrase, status, 0) for status, phrase in _table("outcome_cues.tsv")])


@functools.cache
def speech_verbs() -> PhraseIndex:
    return _index([(phrase, "speech", 0) for phrase in _lines("speech_verbs.txt")])


@functools.cache
def proposal_words() -> PhraseIndex:
    """proposal_words.tsv: label = noun, propose or intend."""
    return _index([(phrase, kind, 0) for kind, phrase in _table("proposal_words.tsv")])


@functools.cache
def proposal_nouns() -> frozenset[str]:
    return frozenset(
        p for kind, p in _table("proposal_words.tsv") if kind == "noun" and " " not in p
    )


@functools.cache
def modifiers() -> PhraseIndex:
    """modifiers.tsv: label = negation, hedge, contrast, condition, change, earlier, future."""
    return _index([(phrase, kind, 0) for kind, phrase in _table("modifiers.tsv")])


@functools.cache
def actions() -> list[tuple[PhraseIndex, PhraseIndex]]:
    """actions.tsv: for each line, an index of the "do" side and one of the "undo" side."""
    pairs = []
    for do, undo in _table("actions.tsv"):
        sides = []
        for side in (do, undo):
            phrases = [p.strip() for p in side.split(",") if p.strip()]
            sides.append(
                _index(
                    [
                        (
                            " ".join("~" + w if k == 0 else w for k, w in enumerate(p.split())),
                            "act",
                            0,
                        )
                        for p in phrases
                    ]
                )
            )
        pairs.append((sides[0], sides[1]))
    return pairs


@dataclass(frozen=True)
class Country:
    name: str
    adjectives: tuple[str, ...]


@functools.cache
def countries() -> dict[str, Country]:
    """Every surface form (name, adjective, other name) → its country."""
    table: dict[str, Country] = {}
    for row in _table("countries.tsv"):
        name, adjectives = row[0], tuple(a for a in row[1].split("|") if a)
        others = [o for o in (row[2] if len(row) > 2 else "").split("|") if o]
        country = Country(name, adjectives)
        for form in (name, *adjectives, *others):
            table.setdefault(form, country)
    return table


@functools.cache
def country_adjectives() -> frozenset[str]:
    return frozenset(a for c in countries().values() for a in c.adjectives)


@dataclass(frozen=True)
class Role:
    words: tuple[str, ...]
    cls: str
    full: str


@functools.cache
def roles() -> dict[tuple[str, ...], Role]:
    """Titles and roles by their lower-cased words: ("secretary-general",) → Role."""
    table = {}
    for row in _table("roles.tsv"):
        words = tuple(row[0].lower().split())
        table[words] = Role(words, row[1], row[2] if len(row) > 2 else row[0])
    for words, role in list(table.items()):
        # plurals before names: "Labour senators Ana Ruiz and Ben Okafor"
        if role.cls == "office" and words[-1].isalpha() and not words[-1].endswith("s"):
            plural = (*words[:-1], words[-1] + "s")
            table.setdefault(plural, Role(plural, role.cls, role.full))
    return table


@functools.cache
def role_heads() -> frozenset[str]:
    """The last word of every role: "minister", "spokesperson", "ceo"."""
    return frozenset(words[-1] for words in roles())


@functools.cache
def place_words() -> frozenset[str]:
    return frozenset(_lines("place_words.txt"))


@functools.cache
def org_words() -> frozenset[str]:
    return frozenset(_lines("org_words.txt"))


@functools.cache
def group_nouns() -> frozenset[str]:
    """Collective heads ("residents"); multiword entries keep their last word too."""
    return frozenset(line.strip().lower() for line in _lines("groups.txt"))


@functools.cache
def common_words() -> frozenset[str]:
    return frozenset(w.lower() for line in _lines("common_words.txt") for w in line.split())


@functools.cache
def group_synonyms() -> dict[str, str]:
    """Each collective noun → the first word of its synonym set ("physicians" → "doctors")."""
    table = {}
    for line in _lines("group_synonyms.txt"):
        words = line.lower().split()
        for word in words:
            table[word] = words[0]
    return table


@functools.cache
def stopwords() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _lines("stopwords.txt"))
