"""The one clock: honours SOURCE_DATE_EPOCH so builds can be reproduced byte for byte."""

from __future__ import annotations

import datetime as dt
import os


def now() -> dt.datetime:
    """The current UTC time, or SOURCE_DATE_EPOCH when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(tz=dt.UTC).replace(microsecond=0)
