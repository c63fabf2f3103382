"""Python's cyclic garbage collector held off while a story is analysed.

The engine builds hundreds of thousands of small, long-lived objects (tokens, parsed
sentences, evidence) and makes no reference cycles: everything it drops is freed by
reference counting (`tests/analyse/test_gcpause.py` checks that a whole analysis leaves
no cyclic garbage). Yet each young-generation collection walks the survivors, and the
full ones the whole heap, so the collector's share grows with the story: 3-7 ms of
100 ms at 10,000 words, 82 ms of 1,030 at 100,000. Holding it off keeps analysis time
linear in the input.

The pause is counted, not nested naively: several threads (a Dask worker's) may analyse
at once, and the collector comes back only when the last of them is done, and only if
it was running before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off; restore it after the last holder."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
