"""The rule lemmatizer's known words as sets: looked up, not searched for.

spaCy's rule lemmatizer keeps, for each part of speech, the list of the base forms it
knows (`lemma_index`: 57,528 nouns, 20,993 adjectives, 8,700 verbs and 3,775 adverbs
in English), and asks whether each form its suffix rules make is `in` that list: a
scan of up to 57,000 strings, for every word it has not lemmatised before (30 us a
word; 11 of the 12 ms the lemmatizer took on the sample article's first parse). It
only ever tests a list for membership and for being empty, which a frozenset answers
the same, so the lemmas are the same (but for the few base forms `KNOWN` adds). (The
sets do not go back to disk: msgpack writes no sets, and briefgen never saves a
pipeline.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

TABLE = "lemma_index"


# Base forms of hyphenated words the tokenizer keeps whole (`lexicon.WHOLE_WORDS`):
# known, they win over what the suffix rules make ("co-sponsored" -> "co-sponsor", not
# "co-sponsore").
KNOWN = {"verb": frozenset({"co-sponsor"}), "noun": frozenset({"co-sponsor"})}


def index_as_sets(nlp: Language) -> None:
    """Make each rule lemmatizer's lists of known words frozensets, with the base forms
    of the whole hyphenated words among them."""
    from spacy.pipeline import Lemmatizer

    for _, component in nlp.pipeline:
        if not isinstance(component, Lemmatizer) or not component.lookups.has_table(TABLE):
            continue
        table = component.lookups.get_table(TABLE)
        for pos, words in list(table.items()):
            if isinstance(words, list):
                table[pos] = frozenset(words)
        for pos, known in KNOWN.items():
            if isinstance(table.get(pos), frozenset):
                table[pos] = table[pos] | known


# A stem of one syllable ending in one vowel and one consonant, which English doubles
# before -ed and -ing ("hop" -> "hopped", "hopping"; Quirk et al. 1985, 3.6).
_DOUBLING = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
# What each verb ending adds to a base that ends in "e": hope -> hoped, hoping, hopes.
_E_ENDINGS = {"VBD": ("d",), "VBN": ("d",), "VBG": ("ing",), "VBZ": ("s",)}


def e_final_verbs(doc: Doc, known: frozenset[str]) -> None:
    """Give "hoped", "staged", "fined" their base in -e. spaCy 3.8's rule lemmatizer,
    when a form's suffix rules make two known verbs ("hop" and "hope" from "hoped"),
    keeps the one without the "e"; but a one-syllable stem like "hop" doubles its
    consonant ("hopped"), so a form that did not double comes from the base in -e."""
    for token in doc:
        endings = _E_ENDINGS.get(token.tag_)
        lemma = token.lemma_
        if not endings or token.pos_ != "VERB" or not _DOUBLING.match(lemma):
            continue
        base = lemma + "e"
        word = token.lower_
        made = base[:-1] + "ing" if endings == ("ing",) else base + endings[0]
        if base in known and word == made:
            token.lemma_ = base
