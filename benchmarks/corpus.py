"""Generated articles for load tests, made at run time from articles on disk.

The paragraphs of the repository's sample article and of the dev set
(`../shared/eval/dev/*.txt`, or $BRIEFGEN_EVAL_DEV) are READ here and recombined: each
generated article draws paragraphs at random (seeded, so a run can be repeated),
shuffles their sentences a little and changes the numbers in them, so no two articles
are the same and nothing can be cached. The dev set is copyrighted: its text lives only
in temporary folders while a benchmark runs, never in the repository.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import ROOT

DEV_DIR = Path(os.environ.get("BRIEFGEN_EVAL_DEV", ROOT.parent / "shared" / "eval" / "dev"))
_NUMBER = re.compile(r"\b\d+\b")


@dataclass(frozen=True)
class Pool:
    """Paragraphs (as lists of sentences) and headlines to draw from."""

    paragraphs: tuple[tuple[str, ...], ...]
    titles: tuple[str, ...]
    files: int

    @property
    def words(self) -> int:
        return sum(len(s.split()) for p in self.paragraphs for s in p)


def source_files(include_dev: bool = True) -> list[Path]:
    """The sample article(s), plus the dev set's articles when present."""
    files = sorted((ROOT / "sources").glob("*.txt"))
    if include_dev and DEV_DIR.is_dir():
        files += sorted(DEV_DIR.glob("*.txt"))
    return files


def load_pool(include_dev: bool = True) -> Pool:
    """Every paragraph of every source file, split into sentences by briefgen's ingest."""
    from briefgen.ingest import load

    paragraphs, titles = [], []
    files = source_files(include_dev)
    for path in files:
        article = load(path)
        titles.append(article.title)
        paragraphs += [tuple(s.text for s in p) for p in article.paragraphs if p]
    return Pool(tuple(paragraphs), tuple(titles), len(files))


def _perturb(sentences: tuple[str, ...], rng: random.Random) -> str:
    """One paragraph: sentences maybe rotated, numbers replaced."""
    order = list(sentences)
    if len(order) > 1 and rng.random() < 0.5:
        turn = rng.randrange(1, len(order))
        order = order[turn:] + order[:turn]
    text = " ".join(order)
    return _NUMBER.sub(lambda m: str(rng.randint(2, 999)), text)


def article_text(pool: Pool, seed: int, words: int) -> str:
    """A sample-format article of about `words` words, different for every seed."""
    rng = random.Random(seed)
    date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    title = f"Report {seed}: {rng.choice(pool.titles)}"
    body, count = [], 0
    while count < words:
        paragraph = _perturb(rng.choice(pool.paragraphs), rng)
        body.append(paragraph)
        count += len(paragraph.split())
    return f" date {date.isoformat()} Title: {title}\n\n" + "\n\n".join(body) + "\n"


def write_articles(folder: Path, pool: Pool, count: int, words: int, seed0: int = 0) -> list[Path]:
    """`count` distinct articles of ~`words` words as .txt files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths, seen = [], set()
    for n in range(count):
        text = article_text(pool, seed0 + n, words)
        assert text not in seen, "generated articles must all differ"
        seen.add(text)
        path = folder / f"{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
