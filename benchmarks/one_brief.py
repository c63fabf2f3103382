"""One brief: each stage in one warm process, the first (cold) call, the whole
`briefgen make` process, and the tools a user would otherwise script, in one run.

In-process numbers are medians over repeated calls after a warm-up, in CPU time (wall
time for "make, in-process", which waits for the disk); "cold" is the first call in a
fresh process, imports included (what a single `briefgen make` pays), in wall time.
Target (issue 12): `briefgen make` on the sample (PDF and DOCX), the whole process with
the spaCy pipeline's load, at least 2 × faster than the route a user would otherwise
script, pandoc (Markdown → DOCX) then LibreOffice (DOCX → PDF), medians of the same run.

    python -m benchmarks.one_brief [--smoke] [--out PATH] [--source FILE]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import external
from benchmarks.common import (
    ROOT,
    SAMPLE,
    briefgen_command,
    engine,
    env,
    median_ms,
    parser,
    repeat,
    run_process,
    table,
    write_json,
)

TARGET_SPEEDUP = 2.0


def stages(source: Path, repeats: int, folder: Path) -> dict[str, Any]:
    """Warm medians per stage, and the sample's Markdown and DOCX for the baselines."""
    from briefgen.analyse import analyse
    from briefgen.ingest import load
    from briefgen.model import Story
    from briefgen.pipeline import make
    from briefgen.render import render, to_markdown
    from briefgen.render.templates import load_template

    template = load_template(None)
    article = load(source)
    story = Story((article,))
    brief = analyse(story)
    render(brief, template, ["pdf", "docx"])  # warm-up: first calls load fonts, styles
    timed = {
        "ingest": lambda: load(source),
        "analyse": lambda: analyse(story),
        "template → Markdown": lambda: to_markdown(brief, template),
        "render DOCX (incl. Markdown)": lambda: render(brief, template, ["docx"]),
        "render PDF (incl. Markdown)": lambda: render(brief, template, ["pdf"]),
        "make, in-process (all + write)": lambda: make(
            [source], None, ["pdf", "docx"], folder / "inproc", jobs=1
        ),
    }
    result = {}
    for name, fn in timed.items():
        clock = time.perf_counter if name.startswith("make") else time.process_time
        result[name] = median_ms(repeat(fn, repeats, clock))
    markdown = folder / "brief.md"
    markdown.write_text(to_markdown(brief, template), encoding="utf-8")
    docx = folder / "brief.docx"
    docx.write_bytes(render(brief, template, ["docx"])["docx"])
    words = sum(len(s.text.split()) for s in article.sentences)
    return {"median_ms": result, "markdown": markdown, "docx": docx, "words": words}


def cold(source: Path) -> dict[str, float]:
    """First call of each stage in a fresh process, imports included (ms)."""
    code = f"""
import json, time
t = time.perf_counter(); out = {{}}
def lap(name):
    global t
    now = time.perf_counter(); out[name] = round((now - t) * 1000, 2); t = now
import click, briefgen.cli; lap("import click + CLI")
from briefgen.ingest import load; from briefgen.model import Story; lap("import ingest")
from pathlib import Path; article = load(Path({str(source)!r})); lap("ingest")
from briefgen.analyse import analyse; lap("import analysis")
brief = analyse(Story((article,))); lap("analyse")
from briefgen.render import render; from briefgen.render.templates import load_template
template = load_template(None); lap("import render + load template")
render(brief, template, ["docx"]); lap("render DOCX (imports python-docx)")
render(brief, template, ["pdf"]); lap("render PDF (imports reportlab, loads fonts)")
print(json.dumps(out))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env(), capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return json.loads(result.stdout)


def process(source: Path, repeats: int, folder: Path) -> dict[str, Any]:
    """`briefgen make` as a whole process: default --jobs, and --jobs 1, interleaved."""
    runs = {
        "briefgen make (default --jobs)": [*briefgen_command(), "make"],
        "briefgen make --jobs 1": [*briefgen_command(), "make", "--jobs", "1"],
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    for n in range(repeats + 1):
        for name, command in runs.items():
            elapsed = run_process([*command, "-o", str(folder / "process"), str(source)])
            if n:  # the first round warms the file cache
                times[name].append(elapsed)
    return {name: median_ms(samples) for name, samples in times.items()}


def _note(result: dict[str, Any], ours_ms: float, ours: str) -> str:
    if not result["available"]:
        return result["reason"]
    return f"{result['median_ms'] / ours_ms:.1f} × {ours}"


def route_ms(base: dict) -> float | None:
    """pandoc then LibreOffice, one process each: the scripted route's median (ms)."""
    if not (base[PANDOC]["available"] and base[OFFICE]["available"]):
        return None
    return base[PANDOC]["median_ms"] + base[OFFICE]["median_ms"]


def rows(warm: dict, first: dict, whole: dict, base: dict, lex: dict) -> list[list[Any]]:
    """The table: our stages, our process, then each baseline against our equivalent."""
    ours = warm["median_ms"]
    route = route_ms(base)
    out: list[list[Any]] = [[f"warm: {k}", v, None] for k, v in ours.items()]
    out += [[f"cold: {k}", v, None] for k, v in first.items()]
    out += [
        [k, v, f"pandoc + LibreOffice take {route / v:.2f} ×" if route else None]
        for k, v in whole.items()
    ]
    docx, pdf = ours["render DOCX (incl. Markdown)"], ours["render PDF (incl. Markdown)"]
    out.append(
        ["baseline: " + PANDOC, base[PANDOC]["median_ms"], _note(base[PANDOC], docx, "ours")]
    )
    out.append(["baseline: " + OFFICE, base[OFFICE]["median_ms"], _note(base[OFFICE], pdf, "ours")])
    for kind, result in lex.items():
        if result is not None:
            note = _note(result, ours["analyse"], "briefgen analyse")
            out.append([f"baseline: sumy LexRank, {kind} tokenizer", result["median_ms"], note])
    return out


PANDOC = "pandoc Markdown → DOCX (process)"
OFFICE = "LibreOffice DOCX → PDF (process)"


def main() -> None:
    args = parser(__doc__.splitlines()[0])
    args.add_argument("--source", type=Path, default=SAMPLE, help="the article to brief")
    options = args.parse_args()
    source: Path = options.source.resolve()
    repeats = 3 if options.smoke else 30
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        folder = Path(tmp)
        eng = engine()
        warm = stages(source, repeats, folder)
        first = cold(source)
        rounds = 3 if options.smoke else 20
        whole = process(source, rounds, folder)
        base = {
            PANDOC: external.pandoc(warm["markdown"], max(1, repeats // 3)),
            OFFICE: external.libreoffice(warm["docx"], 1 if options.smoke else 5),
        }
        text = "\n".join(source.read_text(encoding="utf-8").split("\n")[1:])
        lex = external.lexrank(text, 6, repeats)
    title = f"One brief: {source.name}, {warm['words']} words, engine {eng['name']}"
    print(table(title, ["what", "ms (median)", "note"], rows(warm, first, whole, base, lex)))
    process_ms = whole["briefgen make (default --jobs)"]
    route = route_ms(base)
    speedup = round(route / process_ms, 3) if route else None
    met = speedup >= TARGET_SPEEDUP if speedup else None
    if speedup:
        verdict = "meets" if met else "MISSES"
        print(
            f"briefgen make as a process: {process_ms:.0f} ms; pandoc + LibreOffice: "
            f"{route:.0f} ms = {speedup:.2f} ×: {verdict} the target ≥ {TARGET_SPEEDUP}"
        )
    else:
        print(f"briefgen make as a process: {process_ms:.0f} ms; no pandoc or LibreOffice")
    data = {
        "source": source.name,
        "words": warm["words"],
        "engine": eng,
        "repeats": repeats,
        "warm_median_ms": warm["median_ms"],
        "cold_first_call_ms": first,
        "process_median_ms": whole,
        "baselines": base | {"sumy LexRank": lex},
        "target": {
            "speedup_over_pandoc_libreoffice_min": TARGET_SPEEDUP,
            "speedup": speedup,
            "met": met,
        },
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(f"wrote {write_json('one_brief', data, options.out)}")


if __name__ == "__main__":
    main()
