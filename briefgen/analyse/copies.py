"""Repeated wire copy: sentences an earlier article of the story already printed.

Two sentences are the same copy when difflib finds nearly the same words in the same
order (`same_copy`). Comparing each sentence with every earlier one is quadratic, and
difflib is slow, so the pairs worth comparing are found first with an index, exactly:

- the words matched by difflib are a common subsequence of the two sentences, so there
  are at most as many as the words the two share (counted with repeats), and a ratio of
  at least r = 0.85 needs that overlap to be at least r / (2 - r) ≈ 74% of either
  sentence's length;
- when two sets share at least t items, the first |x| - t + 1 items of each, in any
  order fixed for all sets, have one in common (the smallest shared item is among
  them): the "prefix filter" of set-similarity joins. The order used is rarest first,
  so that a prefix holds the few distinctive words of a sentence ("Northline",
  "2.4 million") and the common ones ("the", "said") are seldom looked up.

A sentence is then compared, by the same `same_copy`, only with the earlier sentences
of other articles that share a word of its prefix, and is a duplicate exactly when it
was one comparing with all of them. `Finder.compared` counts the comparisons.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from fractions import Fraction

DUPLICATE_RATIO = 0.85
MIN_WORDS = 6  # a shorter earlier sentence is never the copy ("He said so.")
# The least share of a sentence's words that a copy of it must have too (see above),
# as an exact fraction (17/23): a bound rounded the wrong way could miss a copy.
_RATIO = Fraction(DUPLICATE_RATIO).limit_denominator(1000)
SHARED = _RATIO / (2 - _RATIO)

Item = tuple[str, int]  # a word and which of its repeats in the sentence (0, 1, ...)


def copy_words(text: str) -> list[str]:
    """The words `same_copy` compares: lower case, split at white space."""
    return text.lower().split()


def same_copy(a: str, b: str) -> bool:
    """Whether two sentences are the same wire copy: nearly the same words in order."""
    wa, wb = copy_words(a), copy_words(b)
    return (
        len(wa) >= MIN_WORDS
        and SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= DUPLICATE_RATIO
    )


def items(words: list[str]) -> list[Item]:
    """The words as a set: a repeated word is a new item each time ("the", 0), ("the", 1)."""
    seen: Counter[str] = Counter()
    out = []
    for word in words:
        out.append((word, seen[word]))
        seen[word] += 1
    return out


def prefix_length(size: int) -> int:
    """How many of a sentence's rarest items a copy must share one of.

    A copy shares m ≥ SHARED × size items: difflib's ratio 2m / (a + b) ≥ 17/20 with
    m ≤ either length gives 23m ≥ 17 × size (exactly in integers, as difflib's float
    division rounds well below one unit for any sentence under 10^14 words).
    """
    shared = -(-size * SHARED.numerator // SHARED.denominator)  # rounded up
    return size - shared + 1


class Finder:
    """Decides, sentence after sentence, which repeat an earlier article's sentence.

    `rarity` must count the items of every sentence that will be given, so that all
    prefixes are taken in one order.
    """

    def __init__(self, rarity: Counter[Item]) -> None:
        self.rarity = rarity
        # item → article → earlier sentences (text) of that article whose prefix has it
        self.index: dict[Item, dict[int, list[int]]] = {}
        self.texts: list[str] = []
        self.sizes: list[int] = []
        self.compared = 0

    def _prefix(self, words: list[str]) -> list[Item]:
        ordered = sorted(items(words), key=lambda item: (self.rarity[item], item))
        return ordered[: prefix_length(len(ordered))]

    def add(self, article: int, text: str) -> bool:
        """Record the next sentence; whether an earlier article printed it already."""
        words = copy_words(text)
        prefix = self._prefix(words)
        size = len(words)
        candidates: set[int] = set()
        for item in prefix:
            for other, sentences in self.index.get(item, {}).items():
                if other != article:
                    candidates.update(sentences)
        duplicate = False
        for j in sorted(candidates):
            if not _may_match(self.sizes[j], size):
                continue
            self.compared += 1
            if same_copy(self.texts[j], text):
                duplicate = True
                break
        number = len(self.texts)
        self.texts.append(text)
        self.sizes.append(size)
        if size >= MIN_WORDS:  # shorter ones can never be an earlier copy
            for item in prefix:
                self.index.setdefault(item, {}).setdefault(article, []).append(number)
        return duplicate


def _may_match(a: int, b: int) -> bool:
    """Whether sentences of a and b words could reach the ratio: 2·min / (a + b) ≥ r."""
    return a >= MIN_WORDS and 2 * min(a, b) >= DUPLICATE_RATIO * (a + b) - 1e-9


def duplicates(sentences: list[tuple[int, str]]) -> set[int]:
    """Which of the (article, text) sentences, in story order, repeat an earlier article's."""
    if len({article for article, _ in sentences}) < 2:
        return set()  # one article repeats no other
    rarity: Counter[Item] = Counter()
    for _, text in sentences:
        rarity.update(items(copy_words(text)))
    finder = Finder(rarity)
    return {i for i, (article, text) in enumerate(sentences) if finder.add(article, text)}
