"""Turning SIGTERM (and SIGINT) into a clean stop of a batch.

Python turns SIGINT into `KeyboardInterrupt`, but by default SIGTERM kills the process
on the spot: `finally` blocks do not run, so a temporary file being written stays on
disk and nobody learns which briefs were made. `stop_on_signals` makes both signals
raise `Interrupted` (a `KeyboardInterrupt`), which the pipeline catches between steps.
A second signal while winding down is ignored, so the wind-down finishes.

Some steps must not be cut in two: renaming a brief's files into place and recording
that it was made, or the report and the disk disagree. Inside `held()` a signal is only
noted; `deferred()` raises it when its block ends, `held()` hands it to the caller.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

EXIT_CODES = {"SIGINT": 130, "SIGTERM": 143}


class Interrupted(KeyboardInterrupt):
    """The process was asked to stop by `signal_name`."""

    def __init__(self, signal_name: str) -> None:
        super().__init__(signal_name)
        self.signal_name = signal_name


@dataclass
class Hold:
    """What `held()` saw: the signal that arrived inside it, if any."""

    depth: int = 0
    signal_name: str | None = None


_HOLD = Hold()


@contextlib.contextmanager
def held() -> Iterator[Hold]:
    """Within this block a signal is noted, not raised; read `.signal_name` after it.

    Nested blocks share the outermost one's signal.
    """
    outer = _HOLD.depth == 0
    _HOLD.depth += 1
    seen = Hold()
    try:
        yield seen
    finally:
        _HOLD.depth -= 1
        if outer:
            seen.signal_name, _HOLD.signal_name = _HOLD.signal_name, None


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Within this block a signal waits; it is raised as `Interrupted` when the block ends."""
    with held() as seen:
        yield
    if seen.signal_name:
        raise Interrupted(seen.signal_name)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within this block, SIGINT and SIGTERM raise `Interrupted` once."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; there the defaults stay
        return
    received: list[str] = []

    def handler(signum: int, frame: Any) -> None:
        name = signal.Signals(signum).name
        if not received:
            received.append(name)
            if _HOLD.depth:
                _HOLD.signal_name = name
                return
            raise Interrupted(name)

    wanted = (signal.SIGINT, signal.SIGTERM)
    previous = {s: signal.signal(s, handler) for s in wanted}
    try:
        yield
    finally:
        for s, old in previous.items():
            signal.signal(s, old)
