"""Names in a sentence: capitalised runs, acronyms, and the `Mention` they become.

A capital letter is weak evidence on its own (every sentence starts with one), so a
word counts as part of a name only when the story never writes it in lower case, and
small words join a name only inside one ("University of Leeds", "Campaign for a
River without a Dam"). The kinds of mention are found in `people`, `groups`
and `mentions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.analyse import lexicon
from briefgen.analyse.sentences import Parsed

CONNECTORS = frozenset("of for de du des von van der den la le al el bin y & on".split())
# Small words inside longer names: "Campaign for a River without a Dam".


# Small words inside longer names: "Campaign for a River without a Dam".
NAME_LINKS = frozenset(
    "without with against for of and the für eine ein einer ohne und der die das des del di "
    "da et".split()
)


FOREIGN_LINKS = frozenset("für eine ein einer ohne und der die das del di da et".split())


_ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z]?[A-Z][A-Z]*|[A-Z]{2,}(?:/[A-Z]{2,})+|(?:[A-Z]\.){2,})$")


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


_DESIGNATOR = re.compile(r"^[A-Z]-[A-Z]")


@dataclass
class Mention:
    """A stretch of one sentence that names an actor."""

    sent: int  # position of the sentence in the story's parsed list
    start: int  # first token (titles and affiliation included)
    end: int  # one past the last token
    name: str  # the name without titles: "Emmanuel Macron"
    kind: str  # person, organisation, country, group
    role: str | None = None
    affiliation: str | None = None
    voice: bool = False  # the role speaks for the affiliation (spokesperson, CEO)
    quoted: bool = False
    possessor: str | None = None  # "Lima" in "Lima's government"
    acronym: str | None = None  # "BCP" in "the Bar Council of Peru (BCP)"
    entity: int = -1  # set when mentions are linked into actors
    surface: str = ""  # the words as written, titles included
    modifier: bool = False  # only names a body inside another mention ("NATO" in "NATO chief X")

    @property
    def key(self) -> str:
        return fold(self.name)


def fold(name: str) -> str:
    """Lower case, curly apostrophes straightened, "the" dropped: a name's lookup key."""
    name = name.lower().replace("’", "'").strip()
    return name[4:] if name.startswith("the ") else name


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and text.upper() not in {"I", "A"}


class Vocabulary:
    """What the whole story tells about words: which ones also occur in lower case."""

    def __init__(self, sentences: list[Parsed]) -> None:
        self.lower: set[str] = set()
        for parsed in sentences:
            for k, token in enumerate(parsed.tokens):
                if k > 0 and token.text[:1].islower():
                    self.lower.add(token.lower)

    def common(self, token_lower: str) -> bool:
        """A word the story also writes in lower case, so a capital is only position."""
        return token_lower in self.lower or token_lower in lexicon.stopwords()


def nameish(parsed: Parsed, k: int, vocab: Vocabulary) -> bool:
    token = parsed.tokens[k]
    if not token.cap:
        return bool(_ORDINAL.match(token.text)) and k > 0 and parsed.tokens[k - 1].cap
    if token.lower in lexicon.stopwords() and not is_acronym(token.text):
        return False
    if _DESIGNATOR.match(token.text) or is_label(token.lower):
        return False  # "R-Springfield" is a party and a district; "Critics" a label
    nxt = parsed.words[k + 1] if k + 1 < len(parsed.words) else ""
    if (
        k == 0
        and not is_acronym(token.text)
        and (
            vocab.common(token.lower)
            or token.lower in lexicon.group_nouns()
            or token.lower.endswith("ing")
            or (token.lower.endswith("ly") and nxt == ",")
        )
    ):
        return False
    return True


def is_cue_word(word: str) -> bool:
    """A word that starts a stance, speech or outcome phrase ("cost" is not a modifier)."""
    return any(
        word in index.by_first
        for index in (lexicon.stance_cues(), lexicon.speech_verbs(), lexicon.outcome_cues())
    )


def is_label(word: str) -> bool:
    """A stance label such as "critics" or "supporters" (never a name)."""
    entry = lexicon.stance_cues().at([word], 0)
    return entry is not None and entry.label == "label"


def joins_name(parsed: Parsed, start: int, k: int) -> bool:
    """Whether the small word at k joins two parts of one name.

    "University of Leeds" and "Campaign for a River without a Dam" (after an
    organisation word), "River Without a Dam" (a capitalised small word).
    """
    word = parsed.words[k]
    if parsed.tokens[k].cap and word in NAME_LINKS:
        return True
    if word not in CONNECTORS and word not in NAME_LINKS:
        return False
    return (
        word == "of"
        or word in FOREIGN_LINKS
        or any(parsed.tokens[j].text in lexicon.org_words() for j in range(start, k))
    )


def cap_runs(parsed: Parsed, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Maximal runs of name-like tokens, joined by "of", "for", "de" and the like."""
    runs = []
    n = len(parsed.tokens)
    k = 0
    while k < n:
        if not nameish(parsed, k, vocab):
            k += 1
            continue
        start = k
        k += 1
        while k < n:
            if nameish(parsed, k, vocab):
                k += 1
                continue
            if not joins_name(parsed, start, k) or k + 1 >= n:
                break
            step = 1
            while (
                k + step < n
                and step < 3
                and (
                    parsed.words[k + step] in ("the", "a", "an")
                    or parsed.words[k + step] in FOREIGN_LINKS
                )
            ):
                step += 1  # "Bund für eine Umwelt", "Campaign for a River"
            if k + step < n and nameish(parsed, k + step, vocab):
                k += step + 1
            else:
                break
        runs.append((start, k))
    return runs
