"""Sentences as tokens: the shared input of every analysis step.

Ingest already split the body into sentences; here each sentence becomes a list of
tokens with character offsets, every token knows whether it lies inside a quotation,
and cue phrases are looked up once. Quotations are found per paragraph, because a
quote often runs over several sentences ("We will fight. We will win," she said.).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from briefgen.model import Article

_TOKEN = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])      # U.S., S.D.
    |[A-Z][’'][A-Z]\w+                  # O'Brien
    |\w+n[’']t\b                        # wouldn't, doesn’t
    |\d+(?:[.,:]\d+)*(?:%|[A-Za-z]+\b)?  # 1.6, 29,000, 54.5%, 1st
    |\w+(?:[-/&]\w+)*                   # words, Secretary-General, AC/DC
    |[’'](?:s|re|ve|ll|d|m)\b           # clitics: Japan’s, we're
    |\S
    """,
    re.VERBOSE,
)

# Abbreviations that keep their full stop as part of the word ("Gov." "Corp.").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr gov sen sens rep reps gen col lt capt st jr sr inc corp co ltd prof rev "
    "no vs adm maj sgt cmdr supt messrs ft mt dept assn bros gov't pres fr".split()
)

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"


class Token(NamedTuple):
    """A word, number or punctuation mark with its character offsets in the sentence.

    A named tuple, not a frozen dataclass: a long story makes hundreds of thousands of
    them, and a frozen dataclass's `__init__` sets each field through
    `object.__setattr__`.
    """

    text: str
    lower: str
    start: int
    end: int

    @property
    def cap(self) -> bool:
        """Starts with a capital letter (or is an acronym such as "U.S.")."""
        return self.text[:1].isupper()


@dataclass
class Parsed:
    """One sentence, tokenised, with its place in the story."""

    article: int
    index: int
    paragraph: int
    text: str
    tokens: list[Token]
    quoted: list[bool]
    words: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.words = [t.lower for t in self.tokens]

    def span(self, start: int, end: int) -> str:
        """The original text of tokens [start, end)."""
        if start >= end:
            return ""
        return self.text[self.tokens[start].start : self.tokens[end - 1].end]


def tokenize(text: str) -> list[Token]:
    """Words, numbers and punctuation with offsets; "Gov." keeps its full stop."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        if (
            word == "."
            and tokens
            and tokens[-1].end == match.start()
            and (
                tokens[-1].lower in ABBREVIATIONS
                or (len(tokens[-1].text) == 1 and tokens[-1].text.isupper())
            )
        ):
            prev = tokens.pop()
            word = prev.text + "."
            tokens.append(Token(word, word.lower(), prev.start, match.end()))
            continue
        tokens.append(Token(word, word.lower().replace("’", "'"), match.start(), match.end()))
    return tokens


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted words in a paragraph, quotation marks excluded.

    Curly double quotes pair by direction, straight ones alternate; curly single
    quotes count only where they cannot be apostrophes (an opening one after a space,
    a closing one before a space or punctuation). A quote left open runs to the end
    of the paragraph, as a quote continued in the next paragraph does.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    for i, ch in enumerate(text):
        if open_at is None:
            if ch in OPEN_DOUBLE or ch == '"':
                open_at, closer = i + 1, "”»" if ch in OPEN_DOUBLE else '"'
            elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
                open_at, closer = i + 1, "’"
            elif (
                ch == "'"
                and (i == 0 or text[i - 1] in " (:—–-")
                and i + 1 < len(text)
                and text[i + 1].isalpha()
            ):
                open_at, closer = i + 1, "'"
        else:
            if closer == '"' and ch in CLOSE_DOUBLE:
                ch = '"'
            if ch in closer:
                after = text[i + 1 : i + 2]
                single = closer in ("’", "'")
                if single and after.isalnum():
                    continue  # an apostrophe: Japan’s, don’t
                if i - open_at > 1:
                    spans.append((open_at, i))
                open_at = None
    if open_at is not None and len(text) - open_at > 20:
        spans.append((open_at, len(text)))
    return spans


KICKER_WORDS = 6


def _drop_kicker(tokens: list[Token], quoted: list[bool]) -> tuple[list[Token], list[bool]]:
    """Drop a label before a colon ("Driving the news:", "The other side:") and bullets.

    Explainer-style articles open sentences with such labels; they are not part of
    the clause, and their words would otherwise be taken for its subject.
    """
    k = 0
    while k < len(tokens) and tokens[k].text in ("-", "•", "*", "–", "—"):
        k += 1
    # a dateline: "RIVERTON, Ohio (AP) --", "(Reuters) --", "SALEM, Ore. (KXYZ) —"
    for j in range(k, min(len(tokens), k + 9)):
        if tokens[j].text in ("--", "—", "–") or (
            tokens[j].text == "-" and j + 1 < len(tokens) and tokens[j + 1].text == "-"
        ):
            head = tokens[k:j]
            if (
                head
                and any(t.text == "(" for t in head)
                and all(t.text[:1].isupper() or not t.text[:1].isalnum() for t in head)
            ):
                k = j + (2 if tokens[j].text == "-" else 1)
            break
    for j in range(k, min(len(tokens), k + KICKER_WORDS)):
        if tokens[j].text == ":" and not quoted[j] and len(tokens) - j > 4:
            if not any(
                t.text in ("said", "says", "wrote", "added", "statement") for t in tokens[k:j]
            ):
                k = j + 1
            break
    return tokens[k:], quoted[k:]


def _inside(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether offset `at` lies in one of the spans (sorted and apart, as quotes are)."""
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


def parse_article(number: int, article: Article) -> list[Parsed]:
    """Every sentence of `article`, tokenised, with its quotation mask."""
    parsed: list[Parsed] = []
    for paragraph in article.paragraphs:
        text = " ".join(s.text for s in paragraph)
        spans = quote_spans(text)
        starts = [a for a, _ in spans]
        offset = 0
        for sentence in paragraph:
            tokens = tokenize(sentence.text)
            quoted = [_inside(spans, starts, offset + t.start) for t in tokens]
            tokens, quoted = _drop_kicker(tokens, quoted)
            parsed.append(
                Parsed(number, sentence.index, sentence.paragraph, sentence.text, tokens, quoted)
            )
            offset += len(sentence.text) + 1
    return parsed
