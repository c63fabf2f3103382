"""Identical articles dropped, near-identical wire copies merged into one.

The same agency story often arrives several times: saved from two outlets, trimmed
by one, with a different headline. Analysing every copy would repeat each point, yet
the brief should cite every outlet that ran it. So copies are found by shared word
5-grams ("shingles"): when most of the shorter text's shingles are in the longer
one, the longer article stays and the other joins its `copies`. A copy with the same
text from the same outlet or URL (the same file saved twice) is simply dropped.

Comparing every pair of a thousand articles took ten seconds, so pairs come from an
index ("prefix filtering", as in set-similarity joins): a text can only be a copy
if one of its rarest shingles, a fifth of them, is in the other text. Only such
pairs are compared, with the same test, so the result is the same as comparing all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from briefgen.model import Article

SHINGLE = 5
CONTAINMENT = 0.8
"""Share of the shorter article's shingles found in the longer one that makes a copy.
Independent reports of one event share well under a third; wire copies, over 0.9."""
_WORD = re.compile(r"\w+")


def shingles(article: Article) -> frozenset[tuple[str, ...]]:
    """The article's word 5-grams, case-folded."""
    words = _WORD.findall(article.text.casefold())
    if len(words) < SHINGLE:
        return frozenset({tuple(words)})
    return frozenset(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def containment(a: AbstractSet[object], b: AbstractSet[object]) -> float:
    """|a ∩ b| / min(|a|, |b|): 1.0 when the shorter text lies wholly inside the longer."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def _same_source(a: Article, b: Article) -> bool:
    if a.url and a.url == b.url:
        return True
    return a.text == b.text and (a.outlet or "") == (b.outlet or "")


def _needed(size: int) -> int:
    """The fewest shared shingles that make a copy of a text with `size` shingles
    (the least k with k / size >= CONTAINMENT, in the same float arithmetic)."""
    k = max(1, round(CONTAINMENT * size))
    while k > 1 and (k - 1) / size >= CONTAINMENT:
        k -= 1
    while k / size < CONTAINMENT:
        k += 1
    return k


def _ranked(articles: Sequence[Article]) -> list[list[int]]:
    """Each article's shingles as ids, sorted: ids are ranks by document frequency
    (rarest first, ties by first appearance), so a text's first ids are those it
    shares with the fewest others."""
    ids: dict[tuple[str, ...], int] = {}
    raw = [[ids.setdefault(s, len(ids)) for s in shingles(a)] for a in articles]
    frequency = [0] * len(ids)
    for found in raw:
        for token in found:
            frequency[token] += 1
    rank = [0] * len(ids)
    for position, token in enumerate(sorted(range(len(ids)), key=frequency.__getitem__)):
        rank[token] = position
    return [sorted(rank[token] for token in found) for found in raw]


def _owners(articles: Sequence[Article]) -> list[int]:
    """For each article, the first earlier article it is a copy of (itself if none).

    A text x with `spare = len(x) - _needed(len(x))` is a copy of a longer y only if
    y holds all but `spare` of x's shingles, so y holds one of x's rarest `spare + 1`
    (its prefix) and `spare + 2` of its rarest `2 * (spare + 1)` (its head). Only the
    first article of each group (a "root") can take copies, so only roots are
    indexed: by every shingle (met by a shorter text's prefix) and by their prefix
    (met by any shingle of a longer text). The few candidates the index finds are
    checked, first in order wins, exactly as when every pair was compared.
    """
    ranked = _ranked(articles)
    prints = [frozenset(r) for r in ranked]
    spare = [len(r) - _needed(len(r)) for r in ranked]
    head = [frozenset(r[: 2 * (s + 1)]) for r, s in zip(ranked, spare, strict=True)]
    by_shingle: dict[int, list[int]] = {}
    by_prefix: dict[int, list[int]] = {}
    owner = list(range(len(articles)))
    for j, ordered in enumerate(ranked):
        prefix = ordered[: spare[j] + 1]
        candidates = {i for token in prefix for i in by_shingle.get(token, ())}
        candidates.update(i for token in ordered for i in by_prefix.get(token, ()))
        for i in sorted(candidates):
            x, y = (i, j) if len(prints[i]) <= len(prints[j]) else (j, i)
            if len(head[x] & prints[y]) < len(head[x]) - spare[x]:
                continue  # cheaper than the full test, and never wrong: see above
            if containment(prints[i], prints[j]) >= CONTAINMENT:
                owner[j] = i
                break
        else:
            for token in ordered:
                by_shingle.setdefault(token, []).append(j)
            for token in prefix:
                by_prefix.setdefault(token, []).append(j)
    return owner


def merge_copies(articles: Sequence[Article]) -> list[Article]:
    """The articles with exact repeats dropped and wire copies folded into `copies`.

    Order is kept: each merged article stands where the first of its copies stood,
    and the longest version (the earliest among equals) is the one analysed.
    """
    groups: dict[int, list[Article]] = {}
    for article, owner in zip(articles, _owners(articles), strict=True):
        groups.setdefault(owner, []).append(article)
    merged: list[Article] = []
    for members in groups.values():
        members.sort(key=lambda a: -len(a.text))  # stable: earliest wins a tie
        main = members[0]
        rest: list[Article] = []
        for other in members[1:]:
            if not _same_source(main, other) and all(not _same_source(o, other) for o in rest):
                rest.append(other)
        merged.append(replace(main, copies=(*main.copies, *rest)))
    return merged
