"""What every benchmark shares: timing, tables, JSON, the machine, and how to run briefgen.

Times are medians over repeated runs; ratios are taken between numbers measured in the
same run, so a busy or slow machine moves both sides together.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
SAMPLE = ROOT / "sources" / "000_30a42b39eb7b2967.txt"
PACKAGES = ("reportlab", "python-docx", "jinja2", "markdown-it-py", "syntok", "click")


_LOAD_AT_START: list[float] = []


def parser(description: str) -> argparse.ArgumentParser:
    """The options every benchmark takes: --smoke (tiny and quick) and --out (JSON path)."""
    _LOAD_AT_START[:] = [round(x, 2) for x in os.getloadavg()]
    args = argparse.ArgumentParser(description=description)
    args.add_argument("--smoke", action="store_true", help="tiny sizes, a few seconds (CI)")
    args.add_argument("--out", type=Path, default=None, help="where to write the JSON")
    return args


def env() -> dict[str, str]:
    """The environment for child processes: this checkout's briefgen first on the path.

    Bytecode caching is left on (an installed package has its .pyc files; with
    PYTHONDONTWRITEBYTECODE every process would recompile briefgen from source).
    """
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    child = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**child, "PYTHONPATH": path}


def briefgen_command() -> list[str]:
    """How to run this checkout's CLI as a process (the interpreter itself, no shims)."""
    return [sys.executable, "-m", "briefgen"]


def median_ms(samples: Sequence[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def repeat(
    fn: Callable[[], Any], repeats: int, clock: Callable[[], float] = time.process_time
) -> list[float]:
    """Times (s) of `repeats` calls of `fn`: CPU time of this process by default.

    CPU time, not wall time, for work in one thread: the machines we measure on are
    shared, and another process on our core stretches wall time but not CPU time.
    Pass `clock=time.perf_counter` for work that waits (writing files, processes).
    """
    times = []
    for _ in range(repeats):
        start = clock()
        fn()
        times.append(clock() - start)
    return times


def run_process(command: Sequence[str], cwd: Path | None = None, **kwargs: Any) -> float:
    """Wall time (s) of one process; a failure stops the benchmark with its stderr."""
    start = time.perf_counter()
    result = subprocess.run(
        list(command), cwd=cwd or ROOT, env=env(), capture_output=True, **kwargs
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr.decode()[-2000:]}")
    return elapsed


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory of this process (or of its largest waited-for child), MB."""
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def engine() -> dict[str, str]:
    """The analysis engine measured (name and version, as the brief records it)."""
    from briefgen.analyse import analyse
    from briefgen.ingest import load
    from briefgen.model import Story

    brief = analyse(Story((load(SAMPLE),)))
    return {"name": brief.engine.name, "version": brief.engine.version}


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    model = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "load_average_at_start": _LOAD_AT_START or None,
        "packages": versions,
        "checkout": _checkout(),
    }


def _checkout() -> str | None:
    """The commit measured, with "+changes" when the work tree differs from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.splitlines()
        # The benchmarks' own JSON files change with every run: not a change of code.
        dirty = [line for line in changed if not line.endswith(".json")]
    except OSError:
        return None
    return (head + ("+changes" if dirty else "")) or None


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table (pasteable into README.md), also readable in a terminal."""
    cells = [[str(c) for c in header]] + [[_cell(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = [f"### {title}", ""]
    for n, row in enumerate(cells):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def write_json(name: str, data: dict[str, Any], out: Path | None) -> Path:
    """Write `data` to `out`, or to benchmarks/<name>.json; return the path."""
    path = out or HERE / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"benchmark": name, "measured_at": time.strftime("%Y-%m-%d %H:%M:%S %Z"), **data}
    data.setdefault("machine", machine())
    data["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def growth_verdict(sizes: Sequence[float], values: Sequence[float]) -> dict[str, Any]:
    """How `values` grow with `sizes`: the exponent k in value ∝ size^k between neighbours.

    k = 1 is linear, 2 quadratic. We call growth "close to linear" when every step's k
    is at most 1.15 (a 10× larger input costs at most ~14× more): that tolerates timer
    noise and n·log n at these sizes, and flags anything clearly worse.
    """
    steps = []
    for n in range(1, len(sizes)):
        ratio = values[n] / values[n - 1] if values[n - 1] > 0 else float("inf")
        k = math.log(ratio) / math.log(sizes[n] / sizes[n - 1]) if ratio > 0 else 0.0
        step = {"from": sizes[n - 1], "to": sizes[n], "ratio": round(ratio, 2)}
        steps.append(step | {"exponent": round(k, 2)})
    worst = max((s["exponent"] for s in steps), default=0.0)
    return {"steps": steps, "worst_exponent": worst, "close_to_linear": worst <= 1.15}
