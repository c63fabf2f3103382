"""Keys that file each actor under the look-ups the linker makes by name.

Linking a mention used to test it against every actor met so far: fine for one
article, quadratic for a long story with many people in it. Each test the linker makes
("an actor whose surname is Okafor", "an organisation whose name starts with Greenway",
"a group with 'farmers' in its name") needs the actor's name to hold one particular
word, so an actor is filed under those words and the linker tests only the actors
filed under the mention's words, in the same order, with the same tests. The keys are
a superset (an actor filed under a key may fail the test), never a subset.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.analyse import lexicon
from briefgen.analyse.names import fold, is_acronym

if TYPE_CHECKING:
    from briefgen.analyse.actors import Entity

Key = tuple[str, ...]
ANY_INITIAL: Key = ("initial?",)  # a name whose first capital changes length in upper case


def caps(name: str) -> str:
    """The first letters of a name's capitalised words: "NTA" for "Northern Transit Authority"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def initial_keys(acronym: str) -> list[Key] | None:
    """The keys of the names `acronym` may abbreviate (None: any name may)."""
    letters = acronym.replace(".", "").replace("/", "")
    if len(letters) < 2:
        return []  # too short to abbreviate anything
    first = letters[0].upper()
    if len(first) != 1:
        return None
    return [("initial", first), ANY_INITIAL]


def prefix_key(words: list[str]) -> Key:
    """The key of the names that start with `words` (and are longer)."""
    return ("first", words[0]) if len(words) == 1 else ("first two", *words[:2])


def keys_of(entity: Entity) -> set[Key]:
    """Every key the entity's current name, kind and acronym file it under."""
    words = entity.name.split()
    folded = fold(entity.name).split()
    keys: set[Key] = set()
    if words:
        keys.add(("first", words[0]))  # "Greenway Freight" → "Greenway Freight Solutions"
        keys.add(("first two", *words[:2]))
        keys.add(("last", words[-1].lower()))  # "the government" → "Peru's government"
        if entity.kind == "person":
            keys.add(("surname", words[-1]))
    if len(words) == 1:
        keys.add(("single", entity.name))  # "Okafor" met before "Ben Okafor"
    if is_acronym(entity.name):
        keys.add(("acronym name",))
    if entity.acronym:
        keys.add(("acronym", entity.acronym))
    initials = caps(entity.name)
    if len(words) >= 2 and initials:
        first = initials[0]
        keys |= {("initial", first), ("initial", first.upper())}
        if len(first.upper()) != 1:
            keys.add(ANY_INITIAL)
    if entity.kind == "group":
        synonym = lexicon.group_synonyms().get(folded[-1]) if folded else None
        if synonym:
            keys.add(("synonym", synonym))  # "physicians" after "doctors"
        keys |= {("group word", w) for w in folded}
    if entity.name.lower().startswith("the "):
        keys |= {("the word", w) for w in folded}  # "opposition parties" → "the opposition"
    return keys
