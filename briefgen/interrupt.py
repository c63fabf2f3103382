"""Turning SIGTERM (and SIGINT) into a clean stop of a batch.

Python turns SIGINT into `KeyboardInterrupt`, but by default SIGTERM kills the process
on the spot: `finally` blocks do not run, so a temporary file being written stays on
disk and nobody learns which briefs were made. `stop_on_signals` makes both signals
raise `Interrupted` (a `KeyboardInterrupt`), which the pipeline catches between steps.
A second signal while winding down is ignored, so the wind-down finishes.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import Any

EXIT_CODES = {"SIGINT": 130, "SIGTERM": 143}


class Interrupted(KeyboardInterrupt):
    """The process was asked to stop by `signal_name`."""

    def __init__(self, signal_name: str) -> None:
        super().__init__(signal_name)
        self.signal_name = signal_name


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
            raise Interrupted(name)

    wanted = (signal.SIGINT, signal.SIGTERM)
    previous = {s: signal.signal(s, handler) for s in wanted}
    try:
        yield
    finally:
        for s, old in previous.items():
            signal.signal(s, old)
