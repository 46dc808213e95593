"""The data version: one counter bumped in the same transaction as every committed change.

Readers key their caches on it (service/api/http.py), so a cache can never serve what another worker
has changed. The hooks are attached to the Store's own session factory, not to every Session in the
process, so nothing is counted by import side effect. `VersionReader` is how a cache hit reads it.
"""

from __future__ import annotations

import contextlib
import os
import threading
from itertools import chain
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from service.store.models import DataVersion, Job, JobAttempt, JobResult, _now

BOOKKEEPING = (Job, JobResult, JobAttempt)


def _note_change(session: Session, _context: Any) -> None:
    """A change to anything but job bookkeeping (progress is not timeline data) is counted."""
    if any(not isinstance(row, BOOKKEEPING) for row in chain(session.new, session.dirty, session.deleted)):
        note_change(session)


def note_change(session: Session) -> None:
    """Count a change the ORM does not see (a bulk statement) in this unit of work."""
    session.info["changed"] = True


def _bump_version(session: Session) -> None:
    if session.info.pop("changed", False):
        session.execute(DataVersion.__table__.update().where(DataVersion.id == 1)
                        .values(version=DataVersion.version + 1, changed_at=_now()))


def track_versions(sessions: sessionmaker) -> None:
    """Count every committing unit of work opened from `sessions` that changed a row."""
    event.listen(sessions, "after_flush", _note_change)
    event.listen(sessions, "before_commit", _bump_version)


VERSION_SQL = "SELECT version FROM data_version WHERE id = 1"


class VersionReader:
    """The committed data version, read in one statement on a connection each thread keeps for it.

    A cache hit asks the database nothing else, so this read is all it costs there: no pool check-out
    (and its ping), no session, no BEGIN and COMMIT. The connection is in autocommit, so every read
    sees the latest commit of any process. One that fails is closed and the error raised; the next
    read opens another (a fork opens its own: the key holds the process id)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lock = threading.Lock()
        self.connections: dict[tuple[int, int], Any] = {}

    def read(self) -> int:
        key = (os.getpid(), threading.get_ident())
        connection = self.connections.get(key) or self._open(key)
        try:
            cursor = connection.cursor()
            try:
                cursor.execute(VERSION_SQL)
                return int(cursor.fetchone()[0])
            finally:
                cursor.close()
        except Exception:
            self._close(key)
            raise

    def _open(self, key: tuple[int, int]) -> Any:
        connection = self.engine.raw_connection()
        connection.detach()  # ours for good: the pool neither counts it nor resets it
        connection.rollback()  # out of any transaction a pre-ping began, so autocommit may be set
        if self.engine.dialect.name == "postgresql":
            connection.dbapi_connection.autocommit = True  # SQLite's is already (engine._configure_sqlite)
        with self.lock:
            self.connections[key] = connection
        return connection

    def _close(self, key: tuple[int, int]) -> None:
        with self.lock:
            connection = self.connections.pop(key, None)
        if connection is not None:
            with contextlib.suppress(Exception):  # a connection already broken: nothing left to release
                connection.close()

    def close(self) -> None:
        """Close this process's connections (those a fork inherited belong to its parent)."""
        with self.lock:
            mine = [key for key in self.connections if key[0] == os.getpid()]
            for key in [key for key in self.connections if key[0] != os.getpid()]:
                del self.connections[key]
        for key in mine:
            self._close(key)
