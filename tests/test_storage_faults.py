"""Storage faults are 503 problems, /health says which, and the service recovers by itself when
storage comes back: SQLite full or read-only, PostgreSQL read-only, unreachable, its backends killed.

SQLite faults are simulated per connection with pragmas applied at every checkout (max_page_count:
the file cannot grow, as on a full disk; query_only: writes refused, as on a read-only file), since
these tests may run as root, which file permissions do not stop; where mounting is allowed, a real
2 MB tmpfs is also filled up and freed."""

from __future__ import annotations

import contextlib
import subprocess
from urllib.parse import urlparse

import pytest
from sqlalchemy import create_engine, event, text

from service import create_app
from service.store import Store
from service.store.faults import FULL, READ_ONLY, UNREACHABLE, fault_kind
from tests.conftest import TOKEN, TokenClient
from tests.outside import CuttableProxy

ARTICLE = {"title": "Bridge", "published": "2022-03-10",
           "text": "The council approved a new bridge over the river on Tuesday 8 March 2022, officials said."}


def _article(n: int) -> dict:
    return {**ARTICLE, "title": f"Bridge {n}", "text": ARTICLE["text"].replace("river", f"river {n}")}


def _client(url: str):
    app = create_app({"DATABASE_URL": url, "API_TOKENS": TOKEN, "READ_CACHE_BYTES": 0})
    app.test_client_class = TokenClient
    return app, app.test_client()


def _is_503(response, words: str) -> None:
    assert response.status_code == 503, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json" and response.headers["Retry-After"]
    assert words in response.get_json()["detail"]


class SqliteFault:
    """A pragma set on every connection as it is checked out of the pool, while `on`."""

    def __init__(self, store: Store, pragma: str, faulty: str, healthy: str) -> None:
        self.on = False
        self.pragma, self.faulty, self.healthy = pragma, faulty, healthy
        event.listen(store.engine, "checkout", self._apply)

    def _apply(self, dbapi_connection, _record, _proxy) -> None:
        value = self.faulty if self.on else self.healthy
        if value == "current":
            value = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA {self.pragma}={value}")


@pytest.fixture
def sqlite_url(tmp_path, sqlite_template) -> str:
    import shutil

    path = tmp_path / "timeline.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.mark.parametrize(("pragma", "faulty", "healthy", "kind", "words"), [
    ("max_page_count", "current", "1073741823", FULL, "full"),
    ("query_only", "ON", "OFF", READ_ONLY, "read-only"),
])
def test_sqlite_full_or_read_only_is_503_then_recovers(sqlite_url, pragma, faulty, healthy, kind, words):
    app, client = _client(sqlite_url)
    store = app.extensions["store"]
    fault = SqliteFault(store, pragma, faulty, healthy)
    assert client.post("/sources", json=_article(0)).status_code == 201
    fault.on = True
    big = {**_article(1), "text": _article(1)["text"] + " More." * 5000}  # needs new pages
    _is_503(client.post("/sources", json=big), words)
    _is_503(client.get("/health"), words)  # a read cannot see it, the failed write is remembered
    assert client.get("/timeline").status_code == 200  # reads are still served
    if kind == READ_ONLY:  # (a full disk may well take a delete)
        assert client.delete("/sources/1").status_code == 503
    fault.on = False  # space freed, file writable again
    assert client.post("/sources", json=big).status_code == 201
    assert client.get("/health").status_code == 200
    assert client.get("/health").get_json()["counts"]["sources"] == 2
    store.dispose()


def _pg_admin(url: str):
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")


def _terminate_others(admin, database: str) -> None:
    with admin.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = :db AND pid <> pg_backend_pid()"), {"db": database})


def _postgres_url(database_url: str) -> str:
    if not database_url.startswith("postgresql"):
        pytest.skip("a PostgreSQL-only fault: nothing to run on SQLite")
    return database_url


def test_postgresql_read_only_is_503_then_recovers(database_url):
    url = _postgres_url(database_url)
    database = urlparse(url).path.lstrip("/")
    admin = _pg_admin(url)
    app, client = _client(url)
    try:
        assert client.post("/sources", json=_article(0)).status_code == 201
        with admin.connect() as conn:  # as a fail-over to a standby: read-only, connections dropped
            conn.execute(text(f'ALTER DATABASE "{database}" SET default_transaction_read_only = on'))
        _terminate_others(admin, database)
        _is_503(client.post("/sources", json=_article(1)), "read-only")
        _is_503(client.get("/health"), "read-only")
        assert client.get("/timeline").get_json()["count"] >= 1
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{database}" RESET default_transaction_read_only'))
        _terminate_others(admin, database)
        assert client.post("/sources", json=_article(1)).status_code == 201
        assert client.get("/health").status_code == 200
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{database}" RESET default_transaction_read_only'))
        app.extensions["store"].dispose()
        admin.dispose()


def test_postgresql_backends_terminated_between_requests_are_replaced(database_url):
    url = _postgres_url(database_url)
    admin = _pg_admin(url)
    app, client = _client(url)
    try:
        for n in range(3):
            assert client.post("/sources", json=_article(n)).status_code == 201
        _terminate_others(admin, urlparse(url).path.lstrip("/"))
        assert client.get("/timeline").status_code == 200  # the pool's pre-ping replaced the dead connection
        assert client.post("/sources", json=_article(3)).status_code == 201
        assert client.get("/health").get_json()["counts"]["sources"] == 4
    finally:
        app.extensions["store"].dispose()
        admin.dispose()


def test_a_backend_terminated_mid_transaction_is_a_storage_fault(database_url):
    url = _postgres_url(database_url)
    store = Store(url)
    admin = _pg_admin(url)
    try:
        with pytest.raises(Exception) as raised, store.transaction() as repo:
            pid = repo.session.scalar(text("SELECT pg_backend_pid()"))
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            repo.counts()
        assert fault_kind(raised.value) == UNREACHABLE
        with store.transaction() as repo:  # and the next unit of work gets a live connection
            assert repo.counts()["sources"] == 0
    finally:
        store.dispose()
        admin.dispose()


def test_postgresql_unreachable_is_503_and_recovers_when_it_returns(database_url):
    url = _postgres_url(database_url)
    parsed = urlparse(url)
    proxy = CuttableProxy((parsed.hostname or "127.0.0.1", parsed.port or 5432))
    through = url.replace(parsed.netloc, f"{parsed.username}@127.0.0.1:{proxy.port}")
    app, client = _client(through)  # starts while the database is out of reach
    try:
        _is_503(client.get("/health"), "does not answer")
        proxy.start()
        assert client.post("/sources", json=_article(0)).status_code == 201
        proxy.cut()
        _is_503(client.get("/health"), "does not answer")
        _is_503(client.get("/timeline"), "does not answer")
        _is_503(client.get("/events/1"), "does not answer")
        _is_503(client.post("/sources", json=_article(1)), "does not answer")
        proxy.start()
        assert client.get("/timeline").get_json()["count"] >= 1
        assert client.post("/sources", json=_article(1)).status_code == 201
        assert client.get("/health").status_code == 200
    finally:
        proxy.cut()
        app.extensions["store"].dispose()


class KillOnce:
    """Terminates the backend that is about to run the first statement matching `words`, once."""

    def __init__(self, store: Store, admin, words: str) -> None:
        self.admin, self.words, self.killed = admin, words, 0
        event.listen(store.engine, "before_cursor_execute", self._maybe_kill)

    def _maybe_kill(self, conn, _cursor, statement, *_args) -> None:
        if self.killed or self.words not in statement:
            return
        self.killed += 1
        pid = conn.connection.dbapi_connection.info.backend_pid
        with self.admin.connect() as admin:
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})


def test_a_read_whose_backend_dies_mid_request_is_run_again(database_url):
    url = _postgres_url(database_url)
    admin = _pg_admin(url)
    app, client = _client(url)
    store = app.extensions["store"]
    try:
        assert client.post("/sources", json=_article(0)).status_code == 201
        kill = KillOnce(store, admin, "FROM events")
        response = client.get("/timeline")
        assert kill.killed == 1 and response.status_code == 200 and response.get_json()["count"] == 1
        assert "X-Timeline-Retryable" not in response.headers
        kill = KillOnce(store, admin, "INSERT INTO sources")
        _is_503(client.post("/sources", json=_article(1)), "does not answer")  # a write is not run twice
        assert kill.killed == 1
        assert client.post("/sources", json=_article(1)).status_code == 201
    finally:
        store.dispose()
        admin.dispose()


@pytest.fixture
def small_disk(tmp_path):
    """A real 2 MB filesystem (tmpfs) for the database; skips where mounting is not allowed."""
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mountpoint)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root): the pragma test above covers a full disk")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def test_a_really_full_disk_is_503_then_recovers_when_space_is_freed(small_disk, sqlite_template):
    import shutil

    shutil.copy(sqlite_template, small_disk / "timeline.db")
    app, client = _client(f"sqlite:///{small_disk / 'timeline.db'}")
    store = app.extensions["store"]
    try:
        assert client.post("/sources", json=_article(0)).status_code == 201
        filler = small_disk / "filler"
        with filler.open("wb", buffering=0) as out, contextlib.suppress(OSError):  # take every free block
            while True:
                out.write(b"\0" * 4096)
        big = {**_article(1), "text": _article(1)["text"] + " More." * 8000}  # more than the WAL holds
        _is_503(client.post("/sources", json=big), "full")
        _is_503(client.get("/health"), "full")
        assert client.get("/timeline").status_code == 200
        filler.unlink()  # space freed
        assert client.post("/sources", json=big).status_code == 201
        assert client.get("/health").get_json()["counts"]["sources"] == 2
    finally:
        store.dispose()
