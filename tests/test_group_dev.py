"""Grouping quality floor on the dev set (read where it lies; skipped where it is absent).

The floors only go up: raise them when the benchmark improves (benchmarks/grouping.py).
"""

import json
import sys

import pytest
from conftest import ROOT

from briefgen.group import group
from briefgen.ingest import load

DEV = ROOT.parent / "shared" / "eval" / "dev"
PURITY_FLOOR = 1.0
ARI_FLOOR = 1.0
CROSS_VALIDATED_ARI_FLOOR = 1.0


@pytest.mark.skipif(not DEV.is_dir(), reason="dev set not present")
def test_dev_set_grouping_meets_its_floors():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from grouping import adjusted_rand, purity

    texts = sorted(DEV.glob("*.txt"))
    truth = [json.loads(p.with_suffix(".json").read_text())["cluster"] or p.stem for p in texts]
    articles = [load(p) for p in texts]
    index = {a.path: i for i, a in enumerate(articles)}
    predicted = [0] * len(texts)
    for number, story in enumerate(group(articles)):
        for article in story.articles:
            predicted[index[article.path]] = number
    assert purity(predicted, truth) >= PURITY_FLOOR
    assert adjusted_rand(predicted, truth) >= ARI_FLOOR


@pytest.mark.skipif(not DEV.is_dir(), reason="dev set not present")
def test_dev_set_grouping_holds_when_the_threshold_is_tuned_on_other_stories():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from grouping import cross_validate, scores

    from briefgen.group import similarity

    texts = sorted(DEV.glob("*.txt"))
    truth = [json.loads(p.with_suffix(".json").read_text())["cluster"] or p.stem for p in texts]
    sim = similarity([load(p) for p in texts])
    pooled_purity, pooled_ari, thresholds = cross_validate(sim, truth, 5, show=False)
    assert pooled_purity == 1.0
    assert pooled_ari >= CROSS_VALIDATED_ARI_FLOOR
    for threshold in thresholds:  # and each fold's choice on the whole batch
        assert scores(sim, truth, threshold)[:2] == (1.0, 1.0)


def test_adjusted_rand_index_on_known_partitions():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from grouping import adjusted_rand

    assert adjusted_rand([0, 0, 1, 1], ["a", "a", "b", "b"]) == 1.0
    assert adjusted_rand([0, 1, 2, 3], ["a", "a", "b", "b"]) == 0.0
    # the example in scikit-learn's adjusted_rand_score documentation: 0.57
    assert adjusted_rand([0, 0, 1, 2], ["x", "x", "y", "y"]) == pytest.approx(4 / 7)
