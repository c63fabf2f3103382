"""group: `Article`s → `Story`s, one story per proposal.

Two articles are about the same proposal when they share words that are rare in
the batch (TF-IDF cosine over headline and body) and the names of the same actors
and places (capitalised words, weighted by rarity), and were published within a
time window of each other. Stories are formed by average-linkage clustering: the
two closest groups merge while their mean similarity clears `THRESHOLD`, so one
loosely related article cannot chain two stories together. Plain Python, no model,
no randomness: the same articles always give the same stories, in input order.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from briefgen.model import Article, Story

THRESHOLD = 0.18
"""Mean similarity two groups need to merge; tuned on the dev set (benchmarks/grouping.py)."""
NAME_WEIGHT = 0.5
"""Share of the similarity that comes from shared names; the rest from shared words."""
WINDOW_DAYS = 730
"""Articles further apart than this are never one story. Proposals run for years
(a permit denied twice, 19 months apart, is one story in the dev set)."""
TITLE_WEIGHT = 3
"""A headline word counts as this many body words: headlines name the proposal."""

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*[^\W_]")
_POSSESSIVE = re.compile(r"['’]s$")


@functools.cache
def stopwords() -> frozenset[str]:
    """Words that carry no subject (from `data/grouping_stopwords.txt`)."""
    text = resources.files("briefgen").joinpath("data/grouping_stopwords.txt").read_text("utf-8")
    return frozenset(
        word for line in text.splitlines() if not line.startswith("#") for word in line.split()
    )


def terms(article: Article) -> Counter[str]:
    """Content words of headline and body, lower case, the headline's counted extra."""
    stop = stopwords()
    counts: Counter[str] = Counter()
    for text, weight in ((article.title, TITLE_WEIGHT), (article.text, 1)):
        for word in _WORD.findall(text.lower()):
            word = word.strip("'’-")
            if len(word) > 2 and word not in stop:
                counts[word] += weight
    return counts


def names(article: Article) -> Counter[str]:
    """Capitalised words inside sentences: the actors and places an article names.

    In "Shopkeepers said Mayor Ana Lima erred." the opener is skipped (any word is
    capitalised there) and "Mayor", "Ana" and "Lima" are kept; a possessive "'s"
    is cut so "Lima's" counts as "Lima".
    """
    stop = stopwords()
    counts: Counter[str] = Counter()
    for text in (article.title, *(s.text for s in article.sentences)):
        for match in _CAPITALISED.finditer(text):
            if match.start() == 0 or text[: match.start()].strip() in {'"', "“", "‘", "'"}:
                continue
            word = _POSSESSIVE.sub("", match.group()).lower()
            if len(word) > 1 and word not in stop:
                counts[word] += 1
    return counts


def _weighted(bags: list[Counter[str]]) -> list[dict[str, float]]:
    """TF-IDF vectors, L2-normalised (smoothed IDF, so a pair sharing a word still scores)."""
    n = len(bags)
    df: Counter[str] = Counter(word for bag in bags for word in bag)
    vectors = []
    for bag in bags:
        vector = {
            w: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in bag.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({w: v / norm for w, v in vector.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[w] for w, v in a.items() if w in b)


@dataclass(frozen=True)
class Similarity:
    """Pairwise similarity of a batch, in [0, 1]; 0 outside the time window."""

    matrix: tuple[tuple[float, ...], ...]

    def __call__(self, i: int, j: int) -> float:
        return self.matrix[i][j]


def similarity(articles: Sequence[Article], window_days: int = WINDOW_DAYS) -> Similarity:
    """How alike each pair of articles is, by words, names and dates."""
    words = _weighted([terms(a) for a in articles])
    actors = _weighted([names(a) for a in articles])
    rows = []
    for i, a in enumerate(articles):
        row = []
        for j, b in enumerate(articles):
            if i == j:
                row.append(1.0)
            elif a.date and b.date and abs((a.date - b.date).days) > window_days:
                row.append(0.0)
            else:
                score = (1 - NAME_WEIGHT) * _cosine(words[i], words[j])
                row.append(score + NAME_WEIGHT * _cosine(actors[i], actors[j]))
        rows.append(tuple(row))
    return Similarity(tuple(rows))


def clusters(sim: Similarity, n: int, threshold: float = THRESHOLD) -> list[list[int]]:
    """Average-linkage clustering of items 0..n-1; groups and members in input order."""
    groups = [[i] for i in range(n)]

    def linkage(a: list[int], b: list[int]) -> float:
        return sum(sim(i, j) for i in a for j in b) / (len(a) * len(b))

    while len(groups) > 1:
        best, pair = threshold, None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                score = linkage(groups[x], groups[y])
                if score >= best and (pair is None or score > best):
                    best, pair = score, (x, y)
        if pair is None:
            break
        x, y = pair
        groups[x] = sorted(groups[x] + groups[y])
        del groups[y]
    return sorted(groups)


def _story(members: list[Article]) -> Story:
    """A story with its articles oldest first (undated last), so the title is the first report's."""
    ordered = sorted(members, key=lambda a: (a.date is None, a.date or dt.date.min))
    return Story(tuple(ordered))


def group(
    articles: Sequence[Article],
    one_brief: bool = False,
    *,
    threshold: float = THRESHOLD,
    window_days: int = WINDOW_DAYS,
) -> list[Story]:
    """The stories to brief: articles about the same proposal together.

    `one_brief` puts every article into one story, whatever they are about.
    """
    if not articles:
        return []
    if one_brief:
        return [_story(list(articles))]
    sim = similarity(articles, window_days)
    found = clusters(sim, len(articles), threshold)
    return [_story([articles[i] for i in members]) for members in found]
