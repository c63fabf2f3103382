"""Grouping quality on the dev set: purity and adjusted Rand index (ARI).

All dev articles go into one batch, as a morning's folder would: the annotated
clusters (articles on one proposal from several outlets and dates) mixed with the
stand-alone articles. Each JSON's `cluster` is the truth; an article without one is
a story of its own. Run from the repository root:

    python benchmarks/grouping.py [DEV_DIR] [--sweep] [--folds K]
    python benchmarks/grouping.py --corpus DIR    # unannotated articles: the stories found
    python benchmarks/grouping.py --speed         # 1,000 generated same-week articles

`--folds K` cross-validates the one tuned number, the threshold: the stories are
split into K folds (a cluster stays in one fold, each cluster in a different fold
while there are folds left); for each fold the threshold with the best ARI on the
other folds is chosen, and the held-out fold's articles are grouped with it. The
similarities come from the whole batch (IDF needs no labels), so a fold is grouped
as it would be in the full batch. The report gives each fold's threshold and scores,
the held-out figures pooled over folds, and all articles in one batch at each
chosen threshold.

The articles are read where they lie; nothing from them is copied, and only file
names and, with `--corpus`, headlines are printed.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from math import comb
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.group import THRESHOLD, Similarity, clusters, group, similarity  # noqa: E402
from briefgen.ingest import load  # noqa: E402
from briefgen.model import Article  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"
GRID = [round(0.06 + 0.02 * k, 2) for k in range(15)]  # 0.06 … 0.34
"""The thresholds tried when tuning."""


def purity(predicted: list[int], truth: list[str]) -> float:
    """Share of articles whose story's most common true label is their own."""
    by_story: dict[int, Counter[str]] = {}
    for story, label in zip(predicted, truth, strict=True):
        by_story.setdefault(story, Counter())[label] += 1
    return sum(c.most_common(1)[0][1] for c in by_story.values()) / len(truth)


def adjusted_rand(predicted: list[int], truth: list[str]) -> float:
    """Hubert and Arabie's adjusted Rand index: 1 for identical partitions, ~0 for chance."""
    pairs = sum(comb(n, 2) for n in Counter(zip(predicted, truth, strict=True)).values())
    rows = sum(comb(n, 2) for n in Counter(predicted).values())
    cols = sum(comb(n, 2) for n in Counter(truth).values())
    expected = rows * cols / comb(len(truth), 2)
    top = (rows + cols) / 2
    return 1.0 if top == expected else (pairs - expected) / (top - expected)


def labels(members: list[list[int]], n: int) -> list[int]:
    out = [0] * n
    for story, group_ in enumerate(members):
        for i in group_:
            out[i] = story
    return out


def restrict(sim: Similarity, keep: list[int]) -> Similarity:
    """The similarities among `keep` only, renumbered 0..len(keep)-1 in that order."""
    later = tuple(
        {b: sim(i, j) for b, j in enumerate(keep) if b > a and sim(i, j)}
        for a, i in enumerate(keep)
    )
    reverse = {
        (b, a): sim(j, i)
        for a, i in enumerate(keep)
        for b, j in enumerate(keep)
        if b > a and sim(j, i) != sim(i, j)
    }
    return Similarity(len(keep), later, reverse)


def scores(sim: Similarity, truth: list[str], threshold: float) -> tuple[float, float, int]:
    """Purity, ARI and the number of stories when `sim`'s items are grouped at `threshold`."""
    found = labels(clusters(sim, len(truth), threshold), len(truth))
    return purity(found, truth), adjusted_rand(found, truth), len(set(found))


def folds(truth: list[str], k: int) -> list[list[int]]:
    """Article indices in `k` folds by story: clusters dealt out first, one to a fold,
    then the stand-alone stories, in file order."""
    stories = sorted(set(truth), key=lambda s: (truth.count(s) == 1, truth.index(s)))
    fold_of = {story: n % k for n, story in enumerate(stories)}
    return [[i for i, s in enumerate(truth) if fold_of[s] == f] for f in range(k)]


def tune(sim: Similarity, truth: list[str]) -> float:
    """The threshold with the best ARI (then purity); among equals, the median one,
    so the choice sits in the middle of a plateau rather than on its edge."""
    rated = [(ari, pur, t) for t in GRID for pur, ari, _ in [scores(sim, truth, t)]]
    best = max((ari, pur) for ari, pur, _ in rated)
    tied = [t for ari, pur, t in rated if (ari, pur) == best]
    return tied[(len(tied) - 1) // 2]


def cross_validate(
    sim: Similarity, truth: list[str], k: int, show: bool = True
) -> tuple[float, float, list[float]]:
    """Purity and ARI of the held-out folds pooled, and each fold's threshold."""
    n = len(truth)

    def say(line: str) -> None:
        if show:
            print(line)

    pooled = [""] * n
    chosen = []
    say(f"cross-validation, {k} folds by story (threshold tuned on the other folds):")
    for f, test in enumerate(folds(truth, k)):
        train = [i for i in range(n) if i not in set(test)]
        threshold = tune(restrict(sim, train), [truth[i] for i in train])
        fitted = scores(restrict(sim, train), [truth[i] for i in train], threshold)
        held = restrict(sim, test)
        found = clusters(held, len(test), threshold)
        for story, members in enumerate(found):
            for m in members:
                pooled[test[m]] = f"{f}/{story}"
        p, a, _ = scores(held, [truth[i] for i in test], threshold)
        clustered = sum(1 for i in test if truth.count(truth[i]) > 1)
        say(
            f"  fold {f}: {len(test)} articles ({clustered} in clusters),"
            f" threshold {threshold:.2f}:"
            f" train purity {fitted[0]:.3f} ARI {fitted[1]:.3f};"
            f" held out purity {p:.3f} ARI {a:.3f}"
        )
        chosen.append(threshold)
    ids = {s: i for i, s in enumerate(sorted(set(pooled)))}
    predicted = [ids[s] for s in pooled]
    result = purity(predicted, truth), adjusted_rand(predicted, truth), chosen
    say(
        f"  held-out folds pooled: purity {purity(predicted, truth):.3f}"
        f"  ARI {adjusted_rand(predicted, truth):.3f}"
    )
    for t in sorted(set(chosen)):
        p, a, count = scores(sim, truth, t)
        say(f"  all {n} in one batch at {t:.2f}: purity {p:.3f} ARI {a:.3f} ({count} stories)")
    return result


def dev(argv: list[str]) -> None:
    folder = Path(next((a for a in argv if not a.startswith("-") and not a.isdigit()), DEV))
    texts = sorted(folder.glob("*.txt"))
    truth = []
    for path in texts:
        meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
        truth.append(meta.get("cluster") or path.stem)
    articles = [load(p) for p in texts]
    start = time.perf_counter()
    sim = similarity(articles)
    found = clusters(sim, len(articles))
    seconds = time.perf_counter() - start
    predicted = labels(found, len(articles))
    print(f"{len(articles)} articles, {len(set(truth))} true stories, {len(found)} found")
    print(
        f"purity {purity(predicted, truth):.3f}  ARI {adjusted_rand(predicted, truth):.3f}  "
        f"(threshold {THRESHOLD}, {seconds * 1000:.1f} ms)"
    )
    for members in found:
        if len(members) > 1:
            print("  together:", ", ".join(texts[i].stem[:2] for i in members))
    if "--folds" in argv:
        cross_validate(sim, truth, int(argv[argv.index("--folds") + 1]))
    if "--sweep" in argv:
        for t in GRID:
            p, a, count = scores(sim, truth, t)
            print(f"  threshold {t:.2f}: purity {p:.3f} ARI {a:.3f} stories {count}")
        pairs = sorted(
            (
                (sim(i, j), texts[i].stem[:2], texts[j].stem[:2], truth[i] == truth[j])
                for i in range(len(texts))
                for j in range(i + 1, len(texts))
            ),
            reverse=True,
        )
        print("  closest pairs (score, a, b, same story):")
        for row in pairs[:15]:
            print(f"    {row[0]:.3f} {row[1]} {row[2]} {row[3]}")


def corpus(folder: Path) -> None:
    """Group unannotated articles; print the story count and each multi-article story."""
    articles = [load(p) for p in sorted(folder.glob("*.txt"))]
    stories = group(articles)
    shared = [s for s in stories if len(s.articles) > 1]
    print(
        f"{len(articles)} articles, {len(stories)} stories, {len(shared)} of them with"
        f" {sum(len(s.articles) for s in shared)} articles between them"
    )
    for story in shared:
        print(f"  {len(story.articles)}: " + " | ".join(a.title for a in story.articles))


def speed(count: int = 1000, runs: int = 3) -> None:
    """Grouping `count` generated ~500-word articles dated within one week (so no pair is
    ruled out by date): median of `runs`, articles loaded beforehand."""
    from benchmarks.corpus import article_text, load_pool

    pool = load_pool()
    monday = dt.date(2024, 3, 4)
    with tempfile.TemporaryDirectory() as tmp:
        articles: list[Article] = []
        for n in range(count):
            path = Path(tmp) / f"{n:05d}.txt"
            path.write_text(article_text(pool, n, 500, monday + dt.timedelta(days=n % 7)), "utf-8")
            articles.append(load(path))
    times, found = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        found = len(group(articles))
        times.append(time.perf_counter() - start)
    each = ", ".join(f"{t:.2f}" for t in times)
    print(
        f"{count} same-week articles from {pool.files} source files: {found} stories,"
        f" median {statistics.median(times):.2f} s over {runs} runs ({each})"
    )


def main(argv: list[str]) -> None:
    if "--corpus" in argv:
        corpus(Path(argv[argv.index("--corpus") + 1]))
    elif "--speed" in argv:
        speed()
    else:
        dev(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
