"""Writing a batch's files: several at a time, reported in the batch's order.

Every file is written atomically and flushed to disk (`outputs.write_atomic`); the
flush waits for the disk, which takes several at once, so a few threads write while
the process goes on collecting results (measured here: 3.7 ms a file one at a time,
0.9 ms with four threads). Stories are still reported, made or failed, in the order
they were added, whichever write finishes first.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType

from briefgen.errors import BriefgenError
from briefgen.model import Brief
from briefgen.outputs import write_atomic

THREADS = 4

Done = Callable[[Brief | None, dict[str, Path], BriefgenError | None], None]


class OrderedWriter:
    """Write stories' files on `THREADS` threads; call `done` for each story in order."""

    def __init__(self, done: Done) -> None:
        self._done = done
        self._pool = ThreadPoolExecutor(THREADS, thread_name_prefix="briefgen-write")
        self._queue: deque[tuple[Brief | None, dict[str, Future[Path]], BriefgenError | None]]
        self._queue = deque()

    def add(self, brief: Brief, files: dict[str, tuple[Path, bytes]]) -> None:
        """Start writing `format → (path, bytes)` for `brief`."""
        submit = self._pool.submit
        futures = {fmt: submit(write_atomic, path, data) for fmt, (path, data) in files.items()}
        self._queue.append((brief, futures, None))
        self._report(wait=False)

    def fail(self, failure: BriefgenError) -> None:
        """A story that failed before it had files: reported in its turn."""
        self._queue.append((None, {}, failure))
        self._report(wait=False)

    def _report(self, wait: bool) -> None:
        while self._queue:
            brief, futures, failure = self._queue[0]
            if not wait and not all(f.done() for f in futures.values()):
                return
            self._queue.popleft()
            written: dict[str, Path] = {}
            for fmt, future in futures.items():
                try:
                    written[fmt] = future.result()
                except BriefgenError as exc:
                    failure = failure or exc
            self._done(brief if failure is None else None, written, failure)

    def close(self) -> None:
        """Wait for every write and report every story left."""
        try:
            self._report(wait=True)
        finally:
            self._pool.shutdown(wait=True)

    def __enter__(self) -> OrderedWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
        else:  # interrupted: let the writes already started finish, report nothing more
            self._pool.shutdown(wait=True, cancel_futures=True)
