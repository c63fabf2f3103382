"""Run this checkout's `briefgen` CLI in a subprocess: `python run_briefgen.py make ...`.

Fault tests kill, starve and signal a real process, so they cannot use CliRunner. This
runs the checkout's code (not an installed copy) with the engine from
`hostile_support.analyse`, which is the real one once `briefgen.analyse` exists.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent.parent), str(HERE)]

from hostile_support import analyse  # noqa: E402

import briefgen.work  # noqa: E402
from briefgen.cli import main  # noqa: E402

briefgen.work.analyse_story = analyse

if __name__ == "__main__":
    main()
