"""The delivery ledger: one SQLite row per brief (by content hash) and reader.

Write-ahead, so a crash loses nothing: a row is set to `sending` and committed before
the message goes out, and to `delivered` (with the message id and the server's reply)
once the server has accepted it. After a crash or kill, the only row still `sending`
is the one message in flight at that moment; the next run marks it `in doubt` and
reports it instead of guessing, and sends to every reader not yet `delivered`.

Statuses: sending, in doubt (the message went out and no reply came, or a run died
while sending it: sent again only on request), delivered, failed (refused for good:
5xx), deferred (transient failures outlasted the retries; sent again on the next run).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefgen.address import Address
from briefgen.errors import DistributionError

SENDING, IN_DOUBT, DELIVERED, FAILED, DEFERRED = (
    "sending",
    "in doubt",
    "delivered",
    "failed",
    "deferred",
)
STATUSES = (SENDING, IN_DOUBT, DELIVERED, FAILED, DEFERRED)
SCHEMA_VERSION = 1
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS deliveries (
    brief TEXT NOT NULL,
    reader TEXT NOT NULL,
    title TEXT NOT NULL,
    reader_name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ({", ".join(repr(s) for s in STATUSES)})),
    attempts INTEGER NOT NULL DEFAULT 0,
    message_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    updated TEXT NOT NULL,
    PRIMARY KEY (brief, reader)
)
"""
_COLUMNS = "brief, reader, title, reader_name, status, attempts, message_id, detail, updated"


@dataclass(frozen=True)
class Entry:
    """One row: brief `key` × reader, and what happened."""

    brief: str
    reader: str
    title: str
    reader_name: str
    status: str
    attempts: int
    message_id: str
    detail: str
    updated: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


class Ledger:
    """The ledger file; every change is committed (and synced) before the call returns."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, timeout=10)
            # WAL + FULL: each commit is on disk before the next message is sent.
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise DistributionError(f"{path}: ledger written by a newer briefgen")
            if version < SCHEMA_VERSION:
                self._db.execute(_SCHEMA)
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except (sqlite3.DatabaseError, OSError) as exc:
            raise DistributionError(f"{path}: cannot open the delivery ledger ({exc})") from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the ledger for one sending run; a second run at the same time is refused."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        with lock_path.open("a") as handle:
            try:
                import fcntl
            except ImportError:  # Windows: no advisory locks; one run at a time is on the user
                yield
                return
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise DistributionError(
                    f"{self.path}: another briefgen distribute is sending with this ledger"
                ) from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _execute(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.DatabaseError as exc:
            raise DistributionError(f"{self.path}: delivery ledger error ({exc})") from None

    def mark_in_doubt(self) -> int:
        """Rows left `sending` by a run that died become `in doubt`; returns how many."""
        cursor = self._execute(
            "UPDATE deliveries SET status = ?, detail = ? WHERE status = ?",
            (IN_DOUBT, "a run stopped while sending this message", SENDING),
        )
        return cursor.rowcount

    def get(self, brief: str, reader: str) -> Entry | None:
        row = self._execute(
            f"SELECT {_COLUMNS} FROM deliveries WHERE brief = ? AND reader = ?",
            (brief, reader),
        ).fetchone()
        return Entry(*row) if row else None

    def begin(self, brief: str, title: str, reader: Address) -> None:
        """Record that a message is about to be sent (committed before sending)."""
        self._execute(
            "INSERT INTO deliveries (brief, reader, title, reader_name, status, attempts,"
            " updated) VALUES (?, ?, ?, ?, ?, 1, ?)"
            " ON CONFLICT (brief, reader) DO UPDATE SET status = excluded.status,"
            " attempts = attempts + 1, title = excluded.title,"
            " reader_name = excluded.reader_name, updated = excluded.updated",
            (brief, reader.key, title, reader.name, SENDING, _now()),
        )

    def finish(
        self, brief: str, reader: str, status: str, message_id: str = "", detail: str = ""
    ) -> None:
        """Record how the attempt ended: delivered, failed, deferred or in doubt."""
        if status not in (DELIVERED, FAILED, DEFERRED, IN_DOUBT):
            raise ValueError(f"not a final status: {status}")
        self._execute(
            "UPDATE deliveries SET status = ?, message_id = ?, detail = ?, updated = ?"
            " WHERE brief = ? AND reader = ?",
            (status, message_id, detail, _now(), brief, reader),
        )

    def entries(self, briefs: list[str] | None = None) -> list[Entry]:
        """Rows, newest change first; only those of `briefs` when given."""
        sql = f"SELECT {_COLUMNS} FROM deliveries"
        params: tuple[object, ...] = ()
        if briefs:
            sql += f" WHERE brief IN ({', '.join('?' * len(briefs))})"
            params = tuple(briefs)
        sql += " ORDER BY updated DESC, title, reader"
        return [Entry(*row) for row in self._execute(sql, params).fetchall()]


def open_ledger(path: Path) -> Ledger:
    """The ledger at `path`, created if it does not exist."""
    return Ledger(path)


def read_ledger(path: Path) -> list[Entry]:
    """Every row of the ledger at `path` (none if it does not exist yet)."""
    if not path.is_file():
        return []
    with Ledger(path) as ledger:
        return ledger.entries()
