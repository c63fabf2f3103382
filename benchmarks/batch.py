"""A batch: 1,000 distinct generated articles → 1,000 briefs (PDF + DOCX), with 1 and 2
workers: briefs per second, the speed-up, and the peak memory of each worker.

Each configuration runs `pipeline.make` (what `briefgen make --jobs N` runs) in a fresh
process; the clock starts after that process has imported briefgen, so it counts the
pool's start, ingest, grouping, analysis, rendering and writing. The table also splits
off the stories' phase (analysis, rendering, writing), which is what the workers share;
in ingest+group, files are parsed in the pool, then copies are merged and stories
grouped in the client alone: "client CPU s" is the client's own CPU time in that phase
(its serial part, which a busy machine does not stretch). Generated articles are
dated two years apart, so grouping keeps each a story of its own (1,000 articles
rewritten from 21 real ones would otherwise, rightly, become about 50 stories).
Peak memory per worker is the largest resident set of any worker process (getrusage
of the waited-for children); with one worker, the work runs in the process itself.
Targets (2 cores, ~500-word articles): ≥ 40 briefs/s with 2 workers, 2 workers ≥ 1.8 ×
one, ≤ 150 MB peak per worker.

    python -m benchmarks.batch [--smoke] [--out PATH] [--count 1000] [--words 500]
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, engine, env, parser, peak_rss_mb, table, write_json

TARGET_RATE = 40.0
TARGET_SPEEDUP = 1.8
TARGET_WORKER_MB = 150.0


class Phases:
    """A `pipeline.Progress` that notes when stories start (ingest and grouping are done)
    and when the last one is written."""

    def __init__(self) -> None:
        self.stories_from = self.stories_to = self.cpu_before_stories = 0.0

    def start(self, stories: int) -> None:
        self.stories_from = time.perf_counter()
        self.cpu_before_stories = time.process_time()

    def story_done(self, files: list[Path], failure: object) -> None:
        self.stories_to = time.perf_counter()


def child(sources: Path, dest: Path, jobs: int) -> dict[str, Any]:
    """Run in the measuring process: one timed `make`, then its memory figures."""
    from briefgen.pipeline import make

    load_before = os.getloadavg()[0]
    cpu_before = _cpu_seconds()
    phases = Phases()
    client_cpu = time.process_time()
    start = time.perf_counter()
    report = make([sources], None, ["pdf", "docx"], dest, jobs=jobs, progress=phases)
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_before
    story_seconds = phases.stories_to - phases.stories_from
    workers = resource.RUSAGE_SELF if jobs == 1 else resource.RUSAGE_CHILDREN
    return {
        "jobs": jobs,
        "seconds": round(seconds, 3),
        "made": len(report.made),
        "failures": [str(f) for f in report.failures[:5]],
        "failure_count": len(report.failures),
        "briefs_per_s": round(len(report.made) / seconds, 2),
        "ingest_and_group_s": round(phases.stories_from - start, 3),
        "client_cpu_before_stories_s": round(phases.cpu_before_stories - client_cpu, 3),
        "stories_s": round(story_seconds, 3),
        "story_briefs_per_s": round(len(report.made) / story_seconds, 2),
        "peak_worker_mb": peak_rss_mb(workers),
        "peak_client_mb": peak_rss_mb(),
        "cpu_ms_per_brief": round(cpu * 1000 / max(len(report.made), 1), 1),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def _cpu_seconds() -> float:
    """CPU time used by this process and its finished children (the pool's workers)."""
    me, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def run(sources: Path, dest: Path, jobs: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.batch", "--child", str(jobs)]
    command += ["--sources", str(sources), "--dest", str(dest)]
    result = subprocess.run(command, cwd=ROOT, env=env(), capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(result.stderr[-3000:])
    return json.loads(result.stdout.splitlines()[-1])


def main() -> None:
    args = parser(__doc__.splitlines()[0])
    args.add_argument("--count", type=int, default=None, help="articles (default 1000)")
    args.add_argument("--words", type=int, default=500, help="words per article")
    args.add_argument("--workers", default="1,2", help="worker counts to compare")
    args.add_argument("--repeats", type=int, default=1, help="rounds, interleaved")
    args.add_argument("--child", type=int, default=None, help=argparse_hidden())
    args.add_argument("--sources", type=Path, help=argparse_hidden())
    args.add_argument("--dest", type=Path, help=argparse_hidden())
    options = args.parse_args()
    if options.child:
        print(json.dumps(child(options.sources, options.dest, options.child)))
        return
    from benchmarks.corpus import load_pool, write_articles
    from briefgen.group import WINDOW_DAYS

    count = options.count or (20 if options.smoke else 1000)
    words = 200 if options.smoke else options.words
    workers = [int(w) for w in options.workers.split(",")]
    eng = engine()
    results: dict[int, list[dict[str, Any]]] = {w: [] for w in workers}
    with tempfile.TemporaryDirectory(prefix="briefgen-batch-") as tmp:
        pool = load_pool()
        sources = Path(tmp) / "sources"
        # Dated more than the grouping window apart: every article is a story of its own.
        write_articles(sources, pool, count, words, apart_days=WINDOW_DAYS + 1)
        for _ in range(options.repeats):
            for w in workers:
                results[w].append(run(sources, Path(tmp) / f"out-{w}", w))
    best = {w: max(runs, key=lambda r: r["briefs_per_s"]) for w, runs in results.items()}
    rate1 = best[workers[0]]["briefs_per_s"]
    story_rate1 = best[workers[0]]["story_briefs_per_s"]
    rows = [
        [
            w,
            r["made"],
            r["failure_count"],
            r["seconds"],
            r["briefs_per_s"],
            round(r["briefs_per_s"] / rate1, 2),
            r["ingest_and_group_s"],
            r["client_cpu_before_stories_s"],
            r["story_briefs_per_s"],
            round(r["story_briefs_per_s"] / story_rate1, 2),
            r["peak_worker_mb"],
            r["peak_client_mb"],
            r["cpu_ms_per_brief"],
            f"{r['load_average'][0]} → {r['load_average'][1]}",
        ]
        for w, r in best.items()
    ]
    header = ["workers", "briefs", "failed", "make s", "briefs/s", "speed-up", "ingest+group s"]
    header += ["client CPU s"]
    header += ["stories: briefs/s", "speed-up", "peak MB/worker", "peak MB client"]
    header += ["CPU ms/brief", "load avg"]
    title = (
        f"Batch: {count} generated articles of ~{words} words from {pool.files} files, "
        f"PDF + DOCX, engine {eng['name']} {eng['version']}"
    )
    print(table(title, header, rows))
    top = max(workers)
    rate, speedup = best[top]["briefs_per_s"], best[top]["briefs_per_s"] / rate1
    worst_mb = max(r["peak_worker_mb"] for r in best.values())
    checks = {
        f"≥ {TARGET_RATE:.0f} briefs/s with {top} workers": rate >= TARGET_RATE,
        f"{top} workers ≥ {TARGET_SPEEDUP} × one": speedup >= TARGET_SPEEDUP,
        f"≤ {TARGET_WORKER_MB:.0f} MB peak per worker": worst_mb <= TARGET_WORKER_MB,
    }
    for name, met in checks.items():
        print(f"{'meets' if met else 'MISSES'}: {name} (whole `make`)")
    data = {
        "count": count,
        "words": words,
        "source_files": pool.files,
        "engine": eng,
        "runs": results,
        "speedup": round(speedup, 3),
        "targets": checks,
    }
    print(f"wrote {write_json('batch', data, options.out)}")


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


if __name__ == "__main__":
    main()
