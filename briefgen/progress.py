"""How `briefgen make` shows progress: a bar on a terminal, plain lines otherwise.

Every file written is printed, one path a line. The bar (rich) is shown only when
stdout and stderr are both a terminal, so a pipe or a log file gets the plain paths
and nothing else; with the bar, the paths print above it. The bar is redrawn when a
story finishes, never from a thread: worker processes are forked, and forking while
another thread holds a lock can hang the child.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from briefgen.errors import BriefgenError


class PlainProgress:
    """One line per file written."""

    def start(self, stories: int) -> None:
        pass

    def story_done(self, files: list[Path], failure: BriefgenError | None) -> None:
        for path in files:
            click.echo(str(path))

    def close(self) -> None:
        pass


class BarProgress(PlainProgress):
    """A rich progress bar on stderr with the paths printed above it."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._task: Any = None

    def start(self, stories: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        self._bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            auto_refresh=False,
            transient=True,
        )
        self._task = self._bar.add_task("Making briefs", total=stories)
        self._bar.start()
        self._bar.refresh()

    def story_done(self, files: list[Path], failure: BriefgenError | None) -> None:
        if files:  # one print: each print redraws the bar under it (half the time per story)
            paths = "\n".join(map(str, files))
            self._bar.console.print(paths, markup=False, highlight=False, soft_wrap=True)
        self._bar.advance(self._task)
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def progress_for_terminal() -> PlainProgress:
    """A bar on an interactive terminal, plain lines otherwise (pipes, CI, files)."""
    interactive = sys.stdout.isatty() and sys.stderr.isatty()
    return BarProgress() if interactive else PlainProgress()
