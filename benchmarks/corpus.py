"""Generated articles for load tests, made at run time from articles on disk.

The paragraphs of the repository's sample article and of the dev set
(`../shared/eval/dev/*.txt`, or $BRIEFGEN_EVAL_DIR) are READ here and recombined, with
a seeded random generator so that a run can be repeated. A generated article is one
real article's paragraphs, in order, topped up with paragraphs drawn from the others
until it is long enough; sentences are sometimes rotated within a paragraph and every
number is changed, so no two articles are the same and nothing can be cached, while
each still reads like one story (a bag of twenty stories would brief unlike any real
article). The dev set is copyrighted: its text lives only
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

DEV_DIR = Path(os.environ.get("BRIEFGEN_EVAL_DIR", ROOT.parent / "shared" / "eval" / "dev"))
_NUMBER = re.compile(r"\b\d+\b")


Paragraph = tuple[str, ...]  # its sentences


@dataclass(frozen=True)
class Pool:
    """The source articles: headline and paragraphs of each."""

    articles: tuple[tuple[str, tuple[Paragraph, ...]], ...]

    @property
    def files(self) -> int:
        return len(self.articles)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for _, paragraphs in self.articles for p in paragraphs)


def source_files(include_dev: bool = True) -> list[Path]:
    """The sample article(s), plus the dev set's articles when present."""
    files = sorted((ROOT / "sources").glob("*.txt"))
    if include_dev and DEV_DIR.is_dir():
        files += sorted(DEV_DIR.glob("*.txt"))
    return files


def load_pool(include_dev: bool = True) -> Pool:
    """Every paragraph of every source file, split into sentences by briefgen's ingest."""
    from briefgen.ingest import load

    articles = []
    for path in source_files(include_dev):
        article = load(path)
        paragraphs = tuple(tuple(s.text for s in p) for p in article.paragraphs if p)
        articles.append((article.title, paragraphs))
    return Pool(tuple(articles))


def _perturb(sentences: tuple[str, ...], rng: random.Random) -> str:
    """One paragraph: sentences maybe rotated, numbers replaced."""
    order = list(sentences)
    if len(order) > 1 and rng.random() < 0.5:
        turn = rng.randrange(1, len(order))
        order = order[turn:] + order[:turn]
    text = " ".join(order)
    return _NUMBER.sub(lambda m: str(rng.randint(2, 999)), text)


def article_text(pool: Pool, seed: int, words: int, date: dt.date | None = None) -> str:
    """A sample-format article of about `words` words, different for every seed."""
    rng = random.Random(seed)
    random_date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    date = date or random_date
    headline, own = pool.articles[seed % pool.files]
    title = f"Report {seed}: {headline}"
    body = [_perturb(paragraph, rng) for paragraph in own]
    count = sum(len(p.split()) for p in body)
    others = pool.paragraphs
    while count < words:
        paragraph = _perturb(rng.choice(others), rng)
        body.append(paragraph)
        count += len(paragraph.split())
    return f" date {date.isoformat()} Title: {title}\n\n" + "\n\n".join(body) + "\n"


def write_articles(
    folder: Path, pool: Pool, count: int, words: int, seed0: int = 0, apart_days: int = 0
) -> list[Path]:
    """`count` distinct articles of ~`words` words as .txt files in `folder`.

    With `apart_days`, article n is dated n × `apart_days` after 1 January of year 1:
    more than `group.WINDOW_DAYS` apart, every article is a story of its own (articles
    made from the same real one would otherwise, rightly, be grouped into one story).
    """
    folder.mkdir(parents=True, exist_ok=True)
    paths, seen = [], set()
    for n in range(count):
        date = dt.date(1, 1, 1) + dt.timedelta(days=n * apart_days) if apart_days else None
        text = article_text(pool, seed0 + n, words, date)
        assert text not in seen, "generated articles must all differ"
        seen.add(text)
        path = folder / f"{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
