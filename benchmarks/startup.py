"""CLI start-up: `briefgen --help` and `--version` against `python -c "import click"`.

Every command is a whole process started from this interpreter (no pyenv or venv shim
in front), run in interleaved rounds so that a busy moment slows all of them alike.
Target: `briefgen --help` at most 1.5 × `python -c "import click"`.

    python -m benchmarks.startup [--smoke] [--out PATH] [--repeats N]
"""

from __future__ import annotations

import sys

from benchmarks.common import briefgen_command, median_ms, parser, run_process, table, write_json

TARGET_RATIO = 1.5


def commands() -> dict[str, list[str]]:
    python = [sys.executable]
    return {
        'python -c "pass"': [*python, "-c", "pass"],
        'python -c "import click"': [*python, "-c", "import click"],
        "briefgen --help": [*briefgen_command(), "--help"],
        "briefgen --version": [*briefgen_command(), "--version"],
        "briefgen make --help": [*briefgen_command(), "make", "--help"],
    }


def measure(repeats: int) -> dict[str, list[float]]:
    todo = commands()
    times: dict[str, list[float]] = {name: [] for name in todo}
    for command in todo.values():  # warm the file cache and .pyc files
        run_process(command)
    for _ in range(repeats):
        for name, command in todo.items():
            times[name].append(run_process(command))
    return times


def main() -> None:
    args = parser(__doc__.splitlines()[0])
    args.add_argument("--repeats", type=int, default=None)
    options = args.parse_args()
    repeats = options.repeats or (3 if options.smoke else 40)
    times = measure(repeats)
    medians = {name: median_ms(samples) for name, samples in times.items()}
    click_ms = medians['python -c "import click"']
    rows = [[name, ms, round(ms / click_ms, 2)] for name, ms in medians.items()]
    ratio = medians["briefgen --help"] / click_ms
    print(
        table(f"Start-up, whole process (median of {repeats})", ["command", "ms", "× click"], rows)
    )
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"briefgen --help = {ratio:.2f} × import click: {verdict} the target ≤ {TARGET_RATIO}")
    data = {
        "repeats": repeats,
        "median_ms": medians,
        "samples_ms": {k: [round(s * 1000, 2) for s in v] for k, v in times.items()},
        "help_vs_click": round(ratio, 3),
        "target": {"help_vs_click_max": TARGET_RATIO, "met": ratio <= TARGET_RATIO},
    }
    print(f"wrote {write_json('startup', data, options.out)}")


if __name__ == "__main__":
    main()
