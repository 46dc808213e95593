"""The engine, the schema migrations and the unit of work (`Store.transaction`).

Writers that merge events must not interleave on the same events, or two concurrent ingests each
create the same event. On PostgreSQL an ingest locks only its blocking keys (kind of predicate and
year, its text's digest), so ingests of unrelated events merge in parallel, while other writers
(deletes, curation) still run alone; SQLite has one writer at a time. How the lock is taken depends
on the database, so the service accepts only databases it knows a lock for and refuses any other at
start-up rather than running without one.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from service.store.faults import DROP_CONNECTION, FaultLog, fault_kind
from service.store.repository import Repository
from service.store.versions import VersionReader, track_versions

WRITE_LOCK_KEY = 0x7469_6D65  # PostgreSQL advisory lock: exclusive for plain writers, shared for keyed ones
MERGE_LOCK_SPACE = 0x7469_6D66  # the (int, int) advisory key space of blocking keys (apart from bigint keys)
MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


class UnsupportedDatabase(ValueError):
    """A database URL for an engine the service has no write lock for."""


SQLITE_CACHE_KIB = 65536  # filled only as pages are read


def _configure_sqlite(engine: Engine) -> None:
    """WAL (readers never wait for the writer), a busy timeout, and transactions we begin ourselves,
    so a writing transaction can take the write lock up front (BEGIN IMMEDIATE) instead of failing
    halfway when another writer got there first. A page cache of up to SQLITE_CACHE_KIB per
    connection (SQLite's default is 2 MiB): the merge look-ups of a database of tens of thousands of
    events read rows all over the evidence table, and with the default each came back through the
    OS a page at a time, which doubled their cost at 50,000 events."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # pysqlite must not issue its own BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")  # negative: KiB, not pages
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = "IMMEDIATE" if connection.get_execution_options().get("writes") else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")


def _sqlite_write_lock(_session: Session, _keys: Collection[str] | None) -> None:
    """Nothing more to do: `BEGIN IMMEDIATE` (see _configure_sqlite) already holds the write lock."""


def lock_key(key: str) -> int:
    """A blocking key as a signed 32-bit advisory lock id, the same in every process."""
    value = zlib.crc32(key.encode("utf-8"))
    return value - (1 << 32) if value >= 1 << 31 else value


def _postgresql_write_lock(session: Session, keys: Collection[str] | None) -> None:
    """Without keys: alone among writers. With keys: beside other keyed writers, each key held by one
    transaction at a time, taken in one sorted order so two writers never wait on each other."""
    if keys is None:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
        return
    session.execute(text("SELECT pg_advisory_xact_lock_shared(:key)"), {"key": WRITE_LOCK_KEY})
    ordered = sorted({lock_key(k) for k in keys})
    if ordered:  # one round trip for an article's twenty-odd keys; unnest yields them in the array's order
        session.execute(text("SELECT pg_advisory_xact_lock(:space, key) FROM unnest(CAST(:keys AS integer[])) AS key"),
                        {"space": MERGE_LOCK_SPACE, "keys": ordered}).all()


WRITE_LOCKS: dict[str, Callable[[Session, Collection[str] | None], None]] = {
    "sqlite": _sqlite_write_lock, "postgresql": _postgresql_write_lock}


def make_engine(url: str) -> Engine:
    """An engine for a SQLite or PostgreSQL URL; any other database is refused (UnsupportedDatabase)."""
    backend = make_url(url).get_backend_name()
    if backend not in WRITE_LOCKS:
        raise UnsupportedDatabase(
            f"DATABASE_URL names a {backend!r} database; the service runs on {' or '.join(sorted(WRITE_LOCKS))} "
            "only, the databases it knows how to serialise merging writers on.")
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    # JSON as written, so a participant search matches "Wang Yi’s" and not only its escaped form
    engine = create_engine(url, pool_pre_ping=True,
                           json_serializer=lambda value: json.dumps(value, ensure_ascii=False))
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def migrate(url: str, revision: str = "head") -> None:
    """Bring the schema to `revision` with Alembic (the only way the schema is created)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = make_engine(url)
    command.upgrade(cfg, revision)
    cfg.attributes["engine"].dispose()


SNAPSHOT_OPTIONS: dict[str, dict[str, Any]] = {
    "postgresql": {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True},
    "sqlite": {},  # one deferred transaction reads one WAL snapshot from its first read on
}


class Store:
    """The database behind the service: an engine and the units of work opened on it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.faults = FaultLog()
        self._write_lock = WRITE_LOCKS[self.engine.dialect.name]
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._snapshot: ContextVar[Session | None] = ContextVar(f"snapshot-{id(self)}", default=None)
        track_versions(self._sessions)
        self.versions = VersionReader(self.engine)
        event.listen(self.engine, "handle_error", self._on_error)

    def _on_error(self, context: Any) -> None:
        """Note storage faults for /health; drop the connections they leave unusable (see faults.py)."""
        if context.is_pre_ping or context.sqlalchemy_exception is None:
            return
        kind = fault_kind(context.sqlalchemy_exception)
        if kind is not None:
            self.faults.note(kind)
            if kind in DROP_CONNECTION:
                context.is_disconnect = True

    @contextmanager
    def transaction(self, writes: bool = False, keys: Collection[str] | None = None) -> Iterator[Repository]:
        """One unit of work: commit at the end of the block, roll back on any exception.

        `writes=True` serialises it with other writing transactions from the start (SQLite's write
        lock, a PostgreSQL advisory lock), so concurrent ingests never each create the same event.
        `keys` (PostgreSQL): serialise only with writers holding one of these keys (an ingest's
        blocking keys; an empty collection for writers that lock their own rows, such as job
        updates); writers without keys still run alone. Inside `snapshot()`, a transaction without
        `writes` reads in the snapshot instead of opening its own.
        """
        shared = self._snapshot.get()
        if shared is not None and not writes:
            yield Repository(shared)
            return
        with self._sessions() as session, session.begin():
            session.connection(execution_options={"writes": writes})
            if writes:
                self._write_lock(session, keys)
            yield Repository(session)
        if writes:
            self.faults.clear()  # a write went through: storage takes writes again

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read-only view of the database for every `transaction()` opened in the block (in this
        thread): a read request's count, pages and sources then agree even while writers commit
        between its statements (REPEATABLE READ, read-only, on PostgreSQL; one transaction on SQLite)."""
        with self._sessions() as session, session.begin():
            session.connection(execution_options=SNAPSHOT_OPTIONS[self.engine.dialect.name])
            token = self._snapshot.set(session)
            try:
                yield
            finally:
                self._snapshot.reset(token)

    def ping(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(1)).scalar() == 1

    def current_version(self) -> int:
        """The data version committed now, in one cheap statement: what a cache hit is checked against."""
        return self.versions.read()

    def dispose(self) -> None:
        self.versions.close()
        self.engine.dispose()
