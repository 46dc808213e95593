"""Storage faults: errors that say the database cannot serve now (gone, read-only, full, busy), as
opposed to errors in our own SQL.

The API answers the first kind with 503 and Retry-After rather than 500. The engine also treats them
as a lost connection, so the pool opens fresh connections afterwards: a SQLite connection opened while
the file was read-only stays read-only, and a PostgreSQL session keeps the read-only default it
started with. Dropping them is what lets the service recover by itself when storage comes back.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass

from sqlalchemy import exc

UNREACHABLE, READ_ONLY, FULL, BUSY = "unreachable", "read-only", "full", "busy"
SQLITE_CODES = {sqlite3.SQLITE_READONLY: READ_ONLY, sqlite3.SQLITE_FULL: FULL, sqlite3.SQLITE_CANTOPEN: UNREACHABLE,
                sqlite3.SQLITE_IOERR: UNREACHABLE, sqlite3.SQLITE_BUSY: BUSY, sqlite3.SQLITE_LOCKED: BUSY}
SQLITE_MESSAGES = {"readonly database": READ_ONLY, "disk is full": FULL, "unable to open": UNREACHABLE,
                   "disk i/o error": UNREACHABLE, "database is locked": BUSY}
PG_STATES = {"25006": READ_ONLY, "53100": FULL, "53200": BUSY, "53300": BUSY, "57P01": UNREACHABLE,
             "57P02": UNREACHABLE, "57P03": UNREACHABLE, "55P03": BUSY}
DROP_CONNECTION = {UNREACHABLE, READ_ONLY, FULL}  # BUSY passes: the same connection works once the lock frees


def fault_kind(error: BaseException) -> str | None:
    """What kind of storage fault `error` is (UNREACHABLE, READ_ONLY, FULL, BUSY), or None for any other error."""
    if isinstance(error, exc.TimeoutError):  # no pooled connection came free in time
        return BUSY
    if not isinstance(error, exc.DBAPIError):
        return None
    original = error.orig
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in SQLITE_CODES:
            return SQLITE_CODES[code & 0xFF]
        message = str(original).lower()
        found = next((kind for words, kind in SQLITE_MESSAGES.items() if words in message), None)
        return found or (UNREACHABLE if error.connection_invalidated else None)
    state = getattr(original, "sqlstate", None)
    if state in PG_STATES:
        return PG_STATES[state]
    if (state and state.startswith("08")) or error.connection_invalidated:  # the connection broke
        return UNREACHABLE
    if isinstance(error, exc.OperationalError) and state is None:  # refused, reset, DNS: no server state at all
        return UNREACHABLE
    return None


@dataclass
class FaultLog:
    """The last storage fault this process saw, so /health can say "full" or "read-only", which no
    read can detect, until a write succeeds again or `memory` seconds pass."""

    memory: float = 60.0
    kind: str | None = None
    at: float = 0.0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()

    def note(self, kind: str) -> None:
        with self._lock:
            self.kind, self.at = kind, time.monotonic()

    def clear(self) -> None:
        with self._lock:
            self.kind = None

    def recent(self) -> str | None:
        with self._lock:
            return self.kind if self.kind and time.monotonic() - self.at < self.memory else None
