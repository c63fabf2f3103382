"""The words a statement is checked by: content words, names, numbers and negations,
compared in a light stemmed form so that a paraphrase may change an ending
("opposes" / "opposed") but not add a word the sentences do not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Closed-class words that reverse a claim; spaCy's stop list holds them, so they are
# checked on their own. Provenance: general knowledge of English grammar.
NEGATIONS = frozenset({"not", "no", "never", "nor", "without", "n't", "neither", "none"})
SUFFIXES = ("ies", "ing", "ed", "es", "s", "ly")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (function words), which a paraphrase may change."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def stem(word: str) -> str:
    """ "Opposed", "opposes", "opposing" → "oppos"; numbers lose their commas."""
    word = word.lower().replace("’", "'")
    if word[0].isdigit():
        return word.replace(",", "").rstrip(".")
    word = re.sub(r"'s$", "", word)
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


@dataclass(frozen=True)
class Words:
    """What a text says, for the check: every stem; its names and numbers as written,
    its other content words as stems; whether it negates."""

    stems: frozenset[str]
    names: tuple[str, ...]
    numbers: tuple[str, ...]
    content: tuple[str, ...]
    negated: bool


def words(text: str) -> Words:
    tokens = WORD.findall(text.replace("n’t", " n't").replace("n't", " n't"))
    stops = stop_words()
    content, names, numbers = [], [], []
    negated = False
    for token in tokens:
        low = token.lower()
        if low in NEGATIONS:
            negated = True
        if token[0].isdigit():
            numbers.append(token)
        elif low not in stops and len(low) > 1:
            if token[0].isupper():
                names.append(token)
            else:
                content.append(stem(token))
    stems = frozenset(stem(t) for t in tokens)
    return Words(stems, tuple(names), tuple(numbers), tuple(content), negated)
