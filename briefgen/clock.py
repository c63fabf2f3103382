"""The one clock: honours SOURCE_DATE_EPOCH so builds can be reproduced byte for byte.

Work done in another process or on another machine (`briefgen make --jobs`, Dask) runs
inside `fixed(when)` with the time the client read once, so every file of one run
carries the same timestamp wherever it was rendered.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_FIXED: ContextVar[dt.datetime | None] = ContextVar("briefgen_fixed_now", default=None)


def now() -> dt.datetime:
    """The current UTC time, or SOURCE_DATE_EPOCH when it is set, or the `fixed` time."""
    fixed_time = _FIXED.get()
    if fixed_time is not None:
        return fixed_time
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(tz=dt.UTC).replace(microsecond=0)


@contextmanager
def fixed(when: dt.datetime) -> Iterator[None]:
    """Inside the block (this thread only), `now()` returns `when`."""
    token = _FIXED.set(when)
    try:
        yield
    finally:
        _FIXED.reset(token)
