"""Speed benchmark: one 1,000-word article analysed in-process, median of many runs.

    python benchmarks/speed.py [DIR] [--runs N]

The article is made from the annotated articles in DIR (default: the development
set beside the repository), joined paragraph by paragraph until it holds 1,000 words;
without DIR it repeats the sample article. The first run is discarded (imports, the
spaCy pipeline's load, the data files' cache); each later run parses again (the parse
cache is cleared), and reports the parse and the rest apart. The target is a median of
at most 150 ms per 1,000 words on one core, the model loaded: the figure is processor
time (the analysis runs on one thread), which a machine shared with other work disturbs
less than wall time, printed beside it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefgen.analyse import analyse  # noqa: E402
from briefgen.ingest.text import split_sentences  # noqa: E402
from briefgen.model import Article, Story  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
SAMPLE = ROOT / "sources" / "000_30a42b39eb7b2967.txt"
TARGET_WORDS = 1000


def article_of(folder: Path | None, words: int = TARGET_WORDS) -> Article:
    """An article of about `words` words built from real paragraphs."""
    from briefgen.ingest import load_sources

    paths = sorted(folder.glob("*.txt")) if folder and folder.is_dir() else [SAMPLE]
    articles, _ = load_sources(paths)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        for article in articles:
            for paragraph in article.paragraphs:
                text = " ".join(s.text for s in paragraph)
                paragraphs.append(text)
                count += len(text.split())
                if count >= words:
                    break
            if count >= words:
                break
    title = articles[0].title
    return Article(
        path="speed.txt", title=title, sentences=split_sentences(paragraphs), date=articles[0].date
    )


def measure(article: Article, runs: int = 30) -> tuple[list[float], list[float], list[float]]:
    """Processor milliseconds per analysis and per parse alone, and wall milliseconds
    per analysis, first (cold) run excluded."""
    from briefgen.analyse import nlp
    from briefgen.analyse.sentiment import polarity

    story = Story((article,))
    analyse(story)
    times, parses, walls = [], [], []
    for _ in range(runs):
        nlp.clear_cache()
        start = time.process_time()
        nlp.parse_story(story)
        parses.append((time.process_time() - start) * 1000)
        nlp.clear_cache()
        polarity.cache_clear()  # keyed by text: the same story would find every score kept
        start, wall = time.process_time(), time.perf_counter()
        analyse(story)
        times.append((time.process_time() - start) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return times, parses, walls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEV if DEV.is_dir() else None)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    article = article_of(args.folder)
    words = sum(len(s.text.split()) for s in article.sentences)
    times, parses, walls = measure(article, args.runs)
    print(f"{words} words, {len(article.sentences)} sentences, {args.runs} runs")
    median = statistics.median(times)
    print(
        f"analysis, processor time: median {median:.1f} ms, min {min(times):.1f} ms, "
        f"max {max(times):.1f} ms; {median * 1000 / words:.0f} ms per 1,000 words "
        "(target: <= 150)"
    )
    print(f"  wall time: median {statistics.median(walls):.1f} ms")
    print(f"  of which the spaCy parse: median {statistics.median(parses):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
