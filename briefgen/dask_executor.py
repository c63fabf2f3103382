"""Run the per-story work on a Dask distributed cluster (`pip install 'briefgen[dask]'`).

The client (this process) reads the sources and writes the files; workers receive
pickled jobs and return bytes, so workers need briefgen installed but no access to the
client's files. Tasks are submitted at once and their results gathered in order.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from briefgen.errors import ConfigError, UsageError

SCHEDULER_ENV = "BRIEFGEN_DASK_SCHEDULER"
CONNECT_TIMEOUT_S = 15
_ADDRESS = re.compile(
    r"^(?:(?P<scheme>tcp|tls)://)?(?P<host>\[[0-9A-Fa-f:.]+\]|[^\s/:\[\]]+):(?P<port>\d{1,5})$"
)


def check_address(address: str) -> str:
    """`address` as Dask wants it (tcp://HOST:PORT); a `UsageError` if it is not one.

    Checked here because the Dask client, given a malformed address, fails only after
    hanging for half a minute.
    """
    match = _ADDRESS.match(address.strip())
    if not match or not 0 < int(match["port"]) < 65536:
        raise UsageError(f"{address!r}: not a Dask scheduler address (expected tcp://HOST:PORT)")
    return f"{match['scheme'] or 'tcp'}://{match['host']}:{match['port']}"


def _probe(address: str) -> None:
    """Fail in a second, not after the client's retries, when nothing listens there."""
    match = _ADDRESS.match(address)
    assert match is not None
    host = match["host"].strip("[]")
    try:
        socket.create_connection((host, int(match["port"])), timeout=5).close()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ConfigError(f"{address}: cannot reach the Dask scheduler ({reason})") from exc


class DaskExecutor:
    """A connection to a running Dask scheduler at `address` (tcp://HOST:PORT)."""

    def __init__(self, address: str | None) -> None:
        address = address or os.environ.get(SCHEDULER_ENV)
        if not address:
            raise UsageError(f"the dask executor needs --scheduler or {SCHEDULER_ENV}")
        address = check_address(address)
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("the dask executor needs Dask: pip install 'briefgen[dask]'") from None
        _probe(address)
        try:
            self._client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ConfigError(f"{address}: cannot reach the Dask scheduler ({exc})") from exc
        self.workers = max(1, sum(self._client.nthreads().values()))

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
        from briefgen.errors import BriefgenError

        futures = self._client.map(fn, list(items), pure=False)
        try:
            for future in futures:
                try:
                    yield future.result()
                except Exception as exc:  # the task could not run: worker died, no briefgen
                    yield BriefgenError(f"on a Dask worker: {type(exc).__name__}: {exc}")
        finally:
            self._client.cancel(futures)

    def close(self) -> None:
        self._client.close()
