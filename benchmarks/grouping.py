"""Grouping quality on the dev set: purity and adjusted Rand index (ARI).

All dev articles go into one batch, as a morning's folder would: the annotated
clusters (articles on one proposal from several outlets and dates) mixed with the
stand-alone articles. Each JSON's `cluster` is the truth; an article without one is
a story of its own. Run from the repository root:

    python benchmarks/grouping.py [DEV_DIR] [--sweep]

The articles are read where they lie; nothing from them is copied or printed
except their file names.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from math import comb
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.group import THRESHOLD, clusters, similarity  # noqa: E402
from briefgen.ingest import load  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"


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
    for story, group in enumerate(members):
        for i in group:
            out[i] = story
    return out


def main(argv: list[str]) -> None:
    dev = Path(next((a for a in argv if not a.startswith("-")), DEV))
    texts = sorted(dev.glob("*.txt"))
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
    for group in found:
        if len(group) > 1:
            print("  together:", ", ".join(texts[i].stem[:2] for i in group))
    if "--sweep" in argv:
        for t in (0.1, 0.12, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3, 0.35, 0.4):
            p = labels(clusters(sim, len(articles), t), len(articles))
            print(
                f"  threshold {t:.2f}: purity {purity(p, truth):.3f} ARI "
                f"{adjusted_rand(p, truth):.3f} stories {len(set(p))}"
            )
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


if __name__ == "__main__":
    main(sys.argv[1:])
