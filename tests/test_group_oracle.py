"""Grouping gives exactly what the plain all-pairs algorithm gave.

`group.similarity` skips pairs outside the time window or with no key term in common, and
`group.clusters` keeps running sums in a heap instead of recomputing every pair of
groups at every merge. The plain versions are kept here as oracles; random inputs with
many exact ties and values on the threshold must give the same scores and the same
groups, in the same order.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import hypothesis.strategies as st
from builders import article
from hypothesis import given, settings

from briefgen.group import (
    THRESHOLD,
    Similarity,
    _cosine,
    _weighted,
    clusters,
    similarity,
    terms,
)
from briefgen.model import Article

MANY = settings(max_examples=max(200, settings().max_examples))


def plain_similarity(articles: list[Article], window_days: int) -> list[list[float]]:
    """Every ordered pair scored, as group.similarity did before it was indexed."""
    words = _weighted([terms(a) for a in articles])
    rows = []
    for i, a in enumerate(articles):
        row = []
        for j, b in enumerate(articles):
            if i == j:
                row.append(1.0)
            elif a.date and b.date and abs((a.date - b.date).days) > window_days:
                row.append(0.0)
            else:
                row.append(_cosine(words[i], words[j]))
        rows.append(row)
    return rows


def plain_clusters(sim: Callable[[int, int], float], n: int, threshold: float) -> list[list[int]]:
    """Average linkage recomputing every pair of groups at every merge (cubic)."""
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


def sparse(matrix: list[list[float]]) -> Similarity:
    """A Similarity holding `matrix` (zero pairs left out, as similarity() does)."""
    n = len(matrix)
    later = tuple({j: matrix[i][j] for j in range(i + 1, n) if matrix[i][j]} for i in range(n))
    reverse = {
        (j, i): matrix[j][i]
        for i in range(n)
        for j in range(i + 1, n)
        if matrix[i][j] and matrix[j][i] != matrix[i][j]
    }
    return Similarity(n, later, reverse)


# Few distinct values, so that exact ties are common; some equal to the thresholds.
VALUES = [0.0, 0.0, 0.05, 0.1, 1 / 3, 0.18, 0.2, 0.25, 0.3, 0.5, 2 / 3, 0.9, 1.0]
THRESHOLDS = [THRESHOLD, 0.2, 0.25, 1 / 3, 0.5, 0.0]


@st.composite
def matrices(draw: st.DrawFn) -> list[list[float]]:
    """A similarity matrix, mostly symmetric; some pairs differ in the last bit each way."""
    n = draw(st.integers(0, 12))
    matrix = [[1.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            value = draw(st.sampled_from(VALUES))
            matrix[i][j] = matrix[j][i] = value
            if value and draw(st.integers(0, 5)) == 0:
                matrix[j][i] = math.nextafter(value, draw(st.sampled_from([0.0, 2.0])))
    return matrix


@MANY
@given(matrices(), st.sampled_from(THRESHOLDS))
def test_clusters_match_the_plain_algorithm(matrix: list[list[float]], threshold: float) -> None:
    n = len(matrix)
    expected = plain_clusters(lambda i, j: matrix[i][j], n, threshold)
    assert clusters(sparse(matrix), n, threshold) == expected


def test_tied_pairs_merge_in_order_of_their_first_members() -> None:
    # Three pairs score 0.5: (0, 2) merges first; {0, 2} and 3 then average 0.25,
    # below the threshold, so 3 goes with 1.
    matrix = [
        [1.0, 0.0, 0.5, 0.0],
        [0.0, 1.0, 0.0, 0.5],
        [0.5, 0.0, 1.0, 0.5],
        [0.0, 0.5, 0.5, 1.0],
    ]
    assert clusters(sparse(matrix), 4, 0.3) == [[0, 2], [1, 3]]


def test_a_mean_that_clears_the_threshold_only_when_added_in_another_order_does_not_merge():
    # 1 and 2 merge, then 0 joins them; 3's mean with {0, 1, 2} is (0.3 + 0.2 + 0.1) / 3
    # added in member order (0.19999999999999998), but 0.3 + (0.2 + 0.1) added in merge
    # order, which would clear this threshold.
    threshold = (0.3 + (0.2 + 0.1)) / 3
    matrix = [
        [1.0, 0.8, 0.8, 0.3],
        [0.8, 1.0, 0.9, 0.2],
        [0.8, 0.9, 1.0, 0.1],
        [0.3, 0.2, 0.1, 1.0],
    ]
    assert plain_clusters(lambda i, j: matrix[i][j], 4, threshold) == [[0, 1, 2], [3]]
    assert clusters(sparse(matrix), 4, threshold) == [[0, 1, 2], [3]]


WORDS = ["tram", "toll", "bridge", "council", "budget", "school", "meals", "river"]
NAMES = ["Lima", "Vos", "Northgate", "Harbour", "Okafor"]


@st.composite
def articles(draw: st.DrawFn) -> list[Article]:
    """Tiny articles from a few words and names, some dated far apart, some undated."""
    made = []
    for n in range(draw(st.integers(0, 8))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=6))
        people = draw(st.lists(st.sampled_from(NAMES), min_size=0, max_size=3))
        people = [draw(st.sampled_from(["", "Mr "])) + name for name in people]
        day = draw(st.sampled_from([None, "2024-05-01", "2024-05-03", "2021-01-01"]))
        text = "The " + " ".join(words + people) + " item."
        title = draw(st.sampled_from(["Tram plan", "Toll vote", "Budget", "News"]))
        made.append(article(text, title=title, date=day, path=f"{n}.txt"))
    return made


@MANY
@given(articles(), st.sampled_from([30, 365, 2000]))
def test_similarity_and_groups_match_the_plain_algorithm(
    batch: list[Article], window_days: int
) -> None:
    expected = plain_similarity(batch, window_days)
    sim = similarity(batch, window_days)
    n = len(batch)
    assert [[sim(i, j) for j in range(n)] for i in range(n)] == expected
    for threshold in (THRESHOLD, 0.3):
        found = clusters(sim, n, threshold)
        assert found == plain_clusters(lambda i, j: expected[i][j], n, threshold)
