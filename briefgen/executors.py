"""Where the work runs: in this process, in a local process pool, or on a Dask cluster.

An executor maps a picklable top-level function over a list and yields the results
in the list's order (so output order never depends on which worker was faster). A
result that could not be had at all (a worker process died) is yielded as a
`BriefgenError` in its place, and the rest go on. Executors are registered by name.

A local pool's workers die with the process that started them, however it ends (even
`kill -9`, which runs no clean-up): see `_worker_start`.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from briefgen.errors import BriefgenError, UsageError

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor


class Executor(Protocol):
    workers: int

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]: ...

    def close(self) -> None: ...


def cpu_count() -> int:
    """The cores this process may run on (honours taskset and container CPU sets)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
PARENT_POLL_SECONDS = 0.5


def _worker_start(parent: int) -> None:
    """Run first in every pool worker: die with `parent`, and take SIGTERM and SIGINT as
    a worker should.

    A forked worker inherits the parent's handlers: `stop_on_signals` turns SIGTERM into
    an exception, which the pool catches as the task's result, so the worker lived on
    and ignored later SIGTERMs. Here SIGTERM kills it again, and SIGINT (Ctrl-C reaches
    the whole process group) is left to the parent, which stops the pool. On Linux the
    kernel kills the worker when its parent dies (`PR_SET_PDEATHSIG`, which fires when
    the *thread* that forked it ends: the pool is started by the thread that maps);
    elsewhere, or if that fails, a thread watches for the parent to change.
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not _death_signal():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the death signal was set
        os._exit(1)


def _death_signal() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where it cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def _chunksize(items: int, workers: int) -> int:
    """Tasks sent per round trip: fewer trips, yet small batches so that no worker is
    left idle at the end while another finishes a long batch (a story takes ~50 ms)."""
    return max(1, min(4, items // (workers * 8)))


class LocalExecutor:
    """A process pool on this machine, started on first use; one item runs in-process."""

    def __init__(self, workers: int | None = None) -> None:
        if workers is not None and workers < 1:
            raise UsageError(f"--jobs must be at least 1, not {workers}")
        self.workers = workers or cpu_count()
        self._pool: ProcessPoolExecutor | None = None

    def _start(self, size: int) -> ProcessPoolExecutor:
        if self._pool is None:  # imported here: 9 ms that a one-process run never needs
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # fork: workers start in milliseconds and share what this process already
            # imported. No threads run here before the pool starts (progress bars do not
            # refresh from a thread), which is what makes fork safe.
            method = "fork" if sys.platform.startswith("linux") else None
            self._pool = ProcessPoolExecutor(
                size,
                mp_context=multiprocessing.get_context(method),
                initializer=_worker_start,
                initargs=(os.getpid(),),
            )
        return self._pool

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
        if self.workers == 1 or len(items) <= 1:
            yield from map(fn, items)
            return
        from concurrent.futures.process import BrokenProcessPool

        size = min(self.workers, len(items))
        results = self._start(size).map(fn, items, chunksize=_chunksize(len(items), size))
        done = 0
        try:
            for result in results:
                done += 1
                yield result
        except BrokenProcessPool:
            lost = BriefgenError("a worker process died (killed, or out of memory?)")
            yield from [lost] * (len(items) - done)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def open_local(jobs: int | None = None, scheduler: str | None = None) -> Executor:
    if scheduler:
        raise UsageError("--scheduler needs --executor dask")
    return LocalExecutor(jobs)


def open_dask(jobs: int | None = None, scheduler: str | None = None) -> Executor:
    from briefgen.dask_executor import DaskExecutor  # only with the dask extra

    return DaskExecutor(scheduler)


EXECUTORS: dict[str, Callable[[int | None, str | None], Executor]] = {
    "local": open_local,
    "dask": open_dask,
}


def open_executor(name: str | None, jobs: int | None, scheduler: str | None) -> Executor:
    """The executor registered as `name` (default: local)."""
    name = name or ("dask" if scheduler else "local")
    if name not in EXECUTORS:
        raise UsageError(f"unknown executor {name!r} (known: {', '.join(EXECUTORS)})")
    return EXECUTORS[name](jobs, scheduler)
