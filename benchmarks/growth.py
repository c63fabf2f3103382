"""Growth: time and peak memory against article length (1k, 10k, 100k words) and against
the number of articles in one story (1, 10, 100 of ~500 words), with a verdict on
whether each grows close to linearly.

Every point runs in a fresh process: it imports briefgen, renders a tiny brief to warm
up, then ingests, analyses and renders (PDF + DOCX) the input once for the memory
figure and `repeats` more times for the median times, in CPU time (single-threaded
work; wall time would also count whatever else ran on the machine meanwhile).
"Heap MB" is the peak of the Python heap during a stage (tracemalloc, in a last
untimed pass); "process peak MB" is the process's peak resident set.
Target: a 100k-word story analysed in at most 10 × the time of a 10k-word one.

    python -m benchmarks.growth [--smoke] [--out PATH]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, engine, env, growth_verdict, parser, peak_rss_mb, table
from benchmarks.common import write_json as save

TARGET_ANALYSE_RATIO = 10.0
CHILD_TIMEOUT_S = 900
STAGES = ("ingest", "analyse", "render")


def measure(files: list[Path], repeats: int) -> dict[str, Any]:
    """Ingest, analyse and render `files` as one story; times (ms) and memory (MB)."""
    from briefgen.analyse import analyse
    from briefgen.ingest import load
    from briefgen.model import Story
    from briefgen.render import render
    from briefgen.render.templates import load_template

    template = load_template(None)
    tiny = Story((load(ROOT / "sources" / "000_30a42b39eb7b2967.txt"),))
    render(analyse(tiny), template, ["pdf", "docx"])
    times: dict[str, list[float]] = {stage: [] for stage in STAGES}
    words = 0
    clock = time.process_time  # CPU time: robust to other processes on a shared machine
    for n in range(repeats + 1):
        t0 = clock()
        story = Story(tuple(load(path) for path in files))
        t1 = clock()
        brief = analyse(story)
        t2 = clock()
        render(brief, template, ["pdf", "docx"])
        t3 = clock()
        if n == 0:  # the first pass sets the memory peak; the others are timed
            words = sum(len(s.text.split()) for a in story.articles for s in a.sentences)
            peak = peak_rss_mb()
            continue
        for stage, seconds in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2), strict=True):
            times[stage].append(seconds)
    medians = {stage: round(statistics.median(v) * 1000, 2) for stage, v in times.items()}
    tracemalloc.start()  # a last, untimed pass: the Python heap's peak, stage by stage
    heap = {}
    for stage, work in (
        ("ingest", lambda: Story(tuple(load(path) for path in files))),
        ("analyse", lambda: analyse(story)),
        ("render", lambda: render(brief, template, ["pdf", "docx"])),
    ):
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        work()
        heap[stage] = round((tracemalloc.get_traced_memory()[1] - before) / 2**20, 2)
    tracemalloc.stop()
    return {
        "words": words,
        "articles": len(files),
        "median_ms": medians,
        "peak_mb": peak,
        "heap_peak_mb": heap,
    }


def run_point(files: list[Path], repeats: int, listing: Path) -> dict[str, Any]:
    listing.write_text("\n".join(str(f) for f in files), encoding="utf-8")
    command = [sys.executable, "-m", "benchmarks.growth", "--child", str(listing)]
    command += ["--repeats", str(repeats)]
    try:
        result = subprocess.run(
            command, cwd=ROOT, env=env(), capture_output=True, text=True, timeout=CHILD_TIMEOUT_S
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {CHILD_TIMEOUT_S} s"}
    if result.returncode != 0:
        return {"error": result.stderr.strip().splitlines()[-1] if result.stderr else "failed"}
    return json.loads(result.stdout.splitlines()[-1])


def series(
    name: str, points: list[tuple[int, list[Path]]], repeats: dict[int, int], tmp: Path
) -> dict[str, Any]:
    """Measure each (size, files) point; the verdict is on analysis time and total time."""
    results = {}
    for size, files in points:
        results[size] = run_point(files, repeats[size], tmp / f"{name}-{size}.list")
        print(f"  measured {name} = {size}", file=sys.stderr)
    ok = [s for s, r in results.items() if "error" not in r]
    verdicts = {}
    if len(ok) > 1:
        for stage in STAGES:
            verdicts[stage] = growth_verdict(ok, [results[s]["median_ms"][stage] for s in ok])
        totals = [sum(results[s]["median_ms"].values()) for s in ok]
        verdicts["total"] = growth_verdict(ok, totals)
        for stage in ("ingest", "analyse"):
            heap = [max(results[s]["heap_peak_mb"][stage], 0.01) for s in ok]
            verdicts[f"{stage} heap"] = growth_verdict(ok, heap)
    return {"points": results, "verdicts": verdicts}


def rows(label: str, data: dict[str, Any]) -> list[list[Any]]:
    out = []
    for size, r in data["points"].items():
        if "error" in r:
            out.append([f"{label} {size:,}", r["error"], None, None, None, None, None, None])
            continue
        m = r["median_ms"]
        out.append(
            [
                f"{label} {size:,}",
                r["words"],
                m["ingest"],
                m["analyse"],
                m["render"],
                r["heap_peak_mb"]["ingest"],
                r["heap_peak_mb"]["analyse"],
                r["peak_mb"],
            ]
        )
    return out


def say(name: str, verdicts: dict[str, Any]) -> list[str]:
    lines = []
    for stage, v in verdicts.items():
        steps = ", ".join(f"×{s['ratio']} (k={s['exponent']})" for s in v["steps"])
        shape = "close to linear or better" if v["close_to_linear"] else "NOT close to linear"
        lines.append(f"{name}, {stage}: {steps}: {shape}")
    return lines


def main() -> None:
    args = parser(__doc__.splitlines()[0])
    args.add_argument("--child", type=Path, default=None, help=argparse_hidden())
    args.add_argument("--repeats", type=int, default=3, help=argparse_hidden())
    options = args.parse_args()
    if options.child:
        files = [Path(line) for line in options.child.read_text().splitlines()]
        print(json.dumps(measure(files, options.repeats)))
        return
    from benchmarks.corpus import load_pool, write_articles

    lengths = [200, 2_000] if options.smoke else [1_000, 10_000, 100_000]
    counts = [1, 3] if options.smoke else [1, 10, 100]
    eng = engine()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="briefgen-growth-") as folder:
        tmp = Path(folder)
        pool = load_pool()
        long_points = [(n, write_articles(tmp / f"len-{n}", pool, 1, n, seed0=n)) for n in lengths]
        length = series("words", long_points, {n: 1 if n >= 100_000 else 3 for n in lengths}, tmp)
        story_articles = write_articles(
            tmp / "story", pool, max(counts), 200 if options.smoke else 500
        )
        many_points = [(n, story_articles[:n]) for n in counts]
        many = series("articles", many_points, {n: 1 if n >= 100 else 3 for n in counts}, tmp)
    header = ["input", "words", "ingest CPU ms", "analyse CPU ms", "render CPU ms"]
    header += ["ingest heap MB", "analyse heap MB", "process peak MB"]
    title = f"Growth (engine {eng['name']}): one article of N words; one story of N articles"
    print(table(title, header, rows("words:", length) + rows("articles:", many)))
    lines = say("article length", length["verdicts"]) + say("articles per story", many["verdicts"])
    big, mid = lengths[-1], lengths[-2]
    target: dict[str, Any] = {"max_ratio": TARGET_ANALYSE_RATIO}
    if "error" not in length["points"][big] and "error" not in length["points"][mid]:
        ratio = (
            length["points"][big]["median_ms"]["analyse"]
            / length["points"][mid]["median_ms"]["analyse"]
        )
        target |= {"ratio": round(ratio, 2), "met": ratio <= TARGET_ANALYSE_RATIO}
        verdict = "meets" if target["met"] else "MISSES"
        limit = f"≤ {TARGET_ANALYSE_RATIO:.0f}"
        lines.append(f"analyse {big:,} words = {ratio:.1f} × {mid:,} words: {verdict} {limit}")
    print("\n".join(lines))
    data = {
        "engine": eng,
        "article_length": length,
        "articles_per_story": many,
        "summary": lines,
        "target_analyse_100k_vs_10k": target,
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(f"wrote {save('growth', data, options.out)}")


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


if __name__ == "__main__":
    main()
