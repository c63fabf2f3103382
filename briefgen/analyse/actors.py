"""Mentions → actors: aliases linked, pronouns and descriptions resolved.

"Ana Lima", "Lima" and "the mayor" become one actor; "the Northern Transit
Authority" and "NTA" too (by the acronym in brackets or by the initials);
"he", "its" and "the company" point to the actor they most likely mean: a person
pronoun prefers the subject of its own sentence, then the last person named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefgen.analyse import lexicon, namekeys
from briefgen.analyse.mentions import Mention, fold, is_acronym
from briefgen.analyse.sentences import Parsed

GROUP_GENERIC = frozenset("groups group local members people other many some all".split())


@dataclass
class Entity:
    """An actor of the story, built up from its mentions."""

    id: int
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    affiliation: str | None = None
    voice: bool = False
    acronym: str | None = None
    possessor: str | None = None  # "Lima" for "Lima's government"
    mentions: list[Mention] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.kind == "person" else ""

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        mention.entity = self.id
        if (
            mention.kind == "person"
            and self.kind != "person"
            and (mention.role or len(mention.name.split()) > 1)
        ):
            self.kind = "person"
        shouting = mention.name.isupper() and len(mention.name) > 5
        if (
            self.name.isupper()
            and len(self.name) > 5
            and not shouting
            and fold(mention.name) == fold(self.name)
        ):
            self.name = mention.name  # "RIVERTON" in a dateline, "Riverton" in the text
        elif (
            len(mention.name) > len(self.name)
            and not shouting
            and (self.kind != "person" or len(mention.name.split()) <= 4)
            and mention.kind == self.kind
        ):
            self.aliases.add(self.name)
            self.name = mention.name
        elif fold(mention.name) != fold(self.name):
            self.aliases.add(mention.name)
        if mention.surface and fold(mention.surface) != fold(self.name):
            self.aliases.add(mention.surface)
        self.role = self.role or mention.role
        self.affiliation = self.affiliation or mention.affiliation
        self.voice = self.voice or mention.voice
        self.acronym = self.acronym or mention.acronym
        self.possessor = self.possessor or mention.possessor
        if mention.acronym:
            self.aliases.add(mention.acronym)


@dataclass
class Ref:
    """A place in a sentence that points at an entity: a name, a pronoun or a description."""

    start: int
    end: int
    entity: int
    quoted: bool
    pronoun: bool = False
    word: str = ""


PREPOSITIONS = frozenset(
    "in on at to from by with of for about against over under into onto toward towards "
    "among amid after before during without within via per than like including".split()
)
VOICES = frozenset(
    "spokesperson spokesman spokeswoman representative representatives lawyer lawyers "
    "attorney attorneys statement".split()
)
CONJUNCTIONS = frozenset("after before since until as while because when once".split())
FINITE = frozenset(
    "said says is are was were has have had will would can could did does told argued "
    "wrote added warned".split()
)
QUANTITY = frozenset(
    "variety number group majority handful lot lots dozens hundreds thousands some most many "
    "all none each one two three several coalition host couple range".split()
)


def in_phrase(p: Parsed, ref: Ref) -> bool:
    """Whether the ref sits in a prepositional phrase ("to Ben Okafor", "of the council").

    "A variety of ethanol plants" is not one: "of" after a quantity leaves the ref
    the head of its noun phrase.
    """
    after = p.words[ref.end] if ref.end < len(p.words) else ""
    before = p.words[ref.start - 1] if ref.start > 0 else ""
    if before in CONJUNCTIONS and (after in FINITE or (after.endswith("ed") and len(after) > 4)):
        return False  # "after Okafor indicated": the subject of a clause
    k = ref.start - 1
    steps = 0
    while k >= 0 and steps < 3:
        word = p.words[k]
        if word == "of" and k > 0 and p.words[k - 1] in QUANTITY:
            return False
        if word in ("like", "including") and k > 0 and p.words[k - 1] == ",":
            return False  # "Critics of the scheme, like Sen. X,": a list, not a phrase
        if word in PREPOSITIONS:
            # "a spokesperson for Northline said": the body speaks through its voice
            return not (word in ("for", "of", "at") and k > 0 and p.words[k - 1] in VOICES)
        if word in ("the", "a", "an", "'s") or p.tokens[k].cap or word.endswith("'s"):
            k -= 1
            steps += 1
            continue
        return False
    return False


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-zÀ-ÿ][\w'-]*", name)).upper()


def acronym_matches(acronym: str, name: str) -> bool:
    """ "NTA" ↔ "Northern Transit Authority"; "CfRA" ↔ "Campaign for a River without Alarm"."""
    letters = acronym.replace(".", "").replace("/", "")
    if len(letters) < 2 or len(name.split()) < 2:
        return False
    caps = namekeys.caps(name)
    if caps.upper() == letters.upper():
        return True
    initials = _initials(name)
    # a subsequence of all the initials that starts and ends with the capitals' letters
    it = iter(initials)
    if not all(ch.upper() in it for ch in letters):
        return False
    return (
        letters[0].upper() == caps[:1]
        and letters[-1].upper() == caps[-1:]
        and len(letters) >= len(caps) - 1
    )


class Linker:
    """Links each mention to an entity, creating entities as new names appear."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.by_key: dict[str, int] = {}
        self.filed: dict[namekeys.Key, set[int]] = {}  # key → entities filed under it
        self.keys: dict[int, set[namekeys.Key]] = {}  # entity → its keys

    def _among(self, *keys: namekeys.Key) -> list[Entity]:
        """The entities filed under any of `keys`, in order: all that can pass the test
        the caller makes, so that testing only these finds what testing all would."""
        ids = set().union(*(self.filed.get(key, ()) for key in keys))
        return [self.entities[i] for i in sorted(ids)]

    def _file(self, entity: Entity) -> None:
        """File an entity under the keys of its name as it now is (old keys may stay:
        the callers test every entity they get)."""
        mine = self.keys.setdefault(entity.id, set())
        for key in namekeys.keys_of(entity) - mine:
            self.filed.setdefault(key, set()).add(entity.id)
            mine.add(key)

    def _new(self, mention: Mention) -> Entity:
        entity = Entity(len(self.entities), mention.name, mention.kind)
        self.entities.append(entity)
        return entity

    def _find(self, mention: Mention) -> Entity | None:
        key = mention.key
        if key in self.by_key:
            return self.entities[self.by_key[key]]
        words = mention.name.split()
        if mention.kind == "group":
            head = words[-1].lower()
            synonym = lexicon.group_synonyms().get(head)
            for entity in reversed(self._among(("synonym", synonym)) if synonym else []):
                other = fold(entity.name).split()[-1:]
                if (
                    entity.kind == "group"
                    and synonym
                    and other
                    and (lexicon.group_synonyms().get(other[0]) == synonym)
                ):
                    return entity  # "physicians" after "doctors"
            own = {w.lower() for w in words} - GROUP_GENERIC
            keys = [("group word", head), *(("the word", w) for w in own)]
            for entity in reversed(self._among(*keys)):
                name = fold(entity.name)
                if entity.kind == "group" and (
                    name.endswith(" " + head) or name == head or head in name.split()
                ):
                    return entity
                if (
                    mention.name.lower().startswith(("the ",)) is False
                    and entity.name.lower().startswith("the ")
                    and set(name.split()) & own
                ):
                    return entity  # "opposition parties" after "the opposition"
            return None
        if mention.kind == "country":
            return None
        if len(words) == 1:
            word = words[0]
            for form in (word + "s", word[:-1] if word.endswith("s") else ""):
                if form and fold(form) in self.by_key:
                    return self.entities[self.by_key[fold(form)]]  # "the Green", "the Greens"
            people = [
                e
                for e in self._among(("surname", word))
                if e.kind == "person" and e.surname == word
            ]
            if people:
                return people[-1]
            if is_acronym(word):
                initials = namekeys.initial_keys(word)
                among = (
                    self.entities if initials is None else self._among(("acronym", word), *initials)
                )
                for entity in among:
                    if entity.acronym == word or acronym_matches(word, entity.name):
                        return entity
            firsts = [
                e
                for e in self._among(("first", word))
                if e.kind == "organisation"
                and len(e.name.split()) > 1
                and e.name.split()[0] == word
            ]
            if len(firsts) == 1 and word not in lexicon.countries():
                return firsts[0]
        prefix = [
            e
            for e in self._among(namekeys.prefix_key(words))
            if e.kind == "organisation"
            and len(words) > 1
            and len(e.name.split()) > len(words)
            and e.name.split()[: len(words)] == words
        ]
        if len(prefix) == 1 and not mention.role:
            return prefix[0]  # "Greenway Freight" after "Greenway Freight Solutions"
        if mention.kind == "person":
            # "Okafor" met before "Ben Okafor"
            for entity in self._among(("single", words[-1])):
                if (
                    entity.kind != "group"
                    and len(entity.name.split()) == 1
                    and entity.name == words[-1]
                ):
                    return entity
        elif mention.acronym is None:
            for entity in self._among(("acronym name",)):
                if is_acronym(entity.name) and acronym_matches(entity.name, mention.name):
                    return entity
            if mention.kind == "organisation" and mention.name.lower().startswith("the "):
                head = words[-1].lower()
                bodies = [
                    e
                    for e in self._among(("last", head))
                    if e.kind == "organisation"
                    and e.name.split()[-1].lower() == head
                    and fold(e.name) != mention.key
                ]
                if bodies:
                    return bodies[-1]  # "the government" after "Peru's government"
            prefix = [
                e
                for e in self._among(namekeys.prefix_key(words))
                if e.kind == "organisation"
                and len(e.name.split()) > len(words)
                and e.name.split()[: len(words)] == words
            ]
            if len(prefix) == 1:
                return prefix[0]  # "Greenway Freight" after "Greenway Freight Solutions"
        return None

    def link(self, mention: Mention) -> Entity:
        entity = self._find(mention) or self._new(mention)
        entity.add(mention)
        self._file(entity)
        for name in (mention.name, *([mention.acronym] if mention.acronym else [])):
            self.by_key.setdefault(fold(name), entity.id)
        return entity
