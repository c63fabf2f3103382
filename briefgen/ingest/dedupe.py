"""Identical articles dropped, near-identical wire copies merged into one.

The same agency story often arrives several times: saved from two outlets, trimmed
by one, with a different headline. Analysing every copy would repeat each point, yet
the brief should cite every outlet that ran it. So copies are found by shared word
5-grams ("shingles"): when most of the shorter text's shingles are in the longer
one, the longer article stays and the other joins its `copies`. A copy with the same
text from the same outlet or URL (the same file saved twice) is simply dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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


def containment(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    """|a ∩ b| / min(|a|, |b|): 1.0 when the shorter text lies wholly inside the longer."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def _same_source(a: Article, b: Article) -> bool:
    if a.url and a.url == b.url:
        return True
    return a.text == b.text and (a.outlet or "") == (b.outlet or "")


def merge_copies(articles: Sequence[Article]) -> list[Article]:
    """The articles with exact repeats dropped and wire copies folded into `copies`.

    Order is kept: each merged article stands where the first of its copies stood,
    and the longest version (the earliest among equals) is the one analysed.
    """
    prints = [shingles(a) for a in articles]
    owner = list(range(len(articles)))  # index of the group each article belongs to
    for j in range(len(articles)):
        for i in range(j):
            if owner[i] == i and containment(prints[i], prints[j]) >= CONTAINMENT:
                owner[j] = i
                break
    merged: list[Article] = []
    for i in range(len(articles)):
        if owner[i] != i:
            continue
        members = [articles[k] for k in range(len(articles)) if owner[k] == i]
        members.sort(key=lambda a: -len(a.text))  # stable: earliest wins a tie
        main, rest = members[0], []
        for other in members[1:]:
            if not _same_source(main, other) and all(not _same_source(o, other) for o in rest):
                rest.append(other)
        merged.append(replace(main, copies=(*main.copies, *rest)))
    return merged
