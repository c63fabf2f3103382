"""The benchmarks' own logic: generated articles and the linearity verdict."""

from __future__ import annotations

import pytest

from benchmarks.common import growth_verdict
from benchmarks.corpus import article_text, load_pool, write_articles
from briefgen.ingest import load


@pytest.fixture(scope="module")
def pool():
    return load_pool()


def test_generated_articles_differ_load_and_are_long_enough(pool, tmp_path):
    paths = write_articles(tmp_path, pool, 12, 500)
    texts = {p.read_text() for p in paths}
    assert len(texts) == 12
    for path in paths:
        article = load(path)
        assert sum(len(s.text.split()) for s in article.sentences) >= 450
        assert article.title.startswith("Report ")


def test_the_same_seed_gives_the_same_article(pool):
    assert article_text(pool, 7, 300) == article_text(pool, 7, 300)
    assert article_text(pool, 7, 300) != article_text(pool, 8, 300)


@pytest.mark.parametrize(
    ("values", "linear", "worst"),
    [
        ([10, 100, 1000], True, 1.0),
        ([10, 20, 30], True, 0.3),  # fixed costs dominate: better than linear
        ([10, 140, 2000], True, 1.15),
        ([10, 1000, 100000], False, 2.0),  # quadratic
        ([10, 100, 2100], False, 1.32),  # fine at first, then worse
    ],
)
def test_growth_verdict(values, linear, worst):
    verdict = growth_verdict([1_000, 10_000, 100_000], values)
    assert verdict["close_to_linear"] is linear
    assert verdict["worst_exponent"] == pytest.approx(worst, abs=0.01)
