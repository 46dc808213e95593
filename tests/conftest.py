"""Fixtures: a real database per test (an SQLite file always, PostgreSQL when TEST_DATABASE_URL is set)."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from hypothesis import settings
from sqlalchemy import create_engine, text
from werkzeug.serving import make_server

from service import create_app
from service.store import Store, migrate

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT_ROOT / "seeds"
BACKENDS = ["sqlite", "postgresql"]

# Property tests draw the same inputs on every run, so a red build is a real regression and not a new
# draw; HYPOTHESIS_PROFILE=explore draws fresh ones locally (pin what it finds with @example).
settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def pytest_report_header() -> str:
    return f"hypothesis profile: {settings.get_current_profile_name()}"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file, copied for each test: migrations run once, each test starts clean."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    migrate(f"sqlite:///{path}")
    return path


def _fresh_postgres(url: str) -> str:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    migrate(url)
    return url


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "timeline.db"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        pytest.skip("PostgreSQL: set TEST_DATABASE_URL to run against it")
    return _fresh_postgres(url)


TOKEN = "test-token-1234"


class TokenClient(FlaskClient):
    """A client that writes as an authorised user unless a test sends its own Authorization."""

    def open(self, *args, **kwargs):
        headers = kwargs.setdefault("headers", {})
        if isinstance(headers, dict):
            headers.setdefault("Authorization", f"Bearer {TOKEN}")
        return super().open(*args, **kwargs)


def make_app(database_url: str, client_class: type[FlaskClient] = TokenClient, **config):
    """An app on the given database with the test token, for tests that need their own settings."""
    app = create_app({"DATABASE_URL": database_url, "API_TOKENS": TOKEN, **config})
    app.test_client_class = client_class
    return app


@pytest.fixture
def app(database_url: str):
    app = create_app({"DATABASE_URL": database_url, "TESTING": True, "API_TOKENS": TOKEN})
    app.test_client_class = TokenClient
    yield app
    app.extensions["store"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def store(app) -> Store:
    return app.extensions["store"]


@pytest.fixture
def seeded(app, store):
    from service.seeds import load_seeds

    load_seeds(store, SEEDS)
    return app


@pytest.fixture
def live_server(app):
    """The app served over real HTTP on a free loopback port, for clients that are not the test client."""
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


# --- What a run skipped, and whether PostgreSQL was really exercised -------------------------------------------
# .ci/run sets REQUIRE_POSTGRESQL=1 when PostgreSQL answers: a run that then skips every PostgreSQL test
# (a fixture that stopped reading TEST_DATABASE_URL, an environment that did not reach pytest) fails.

_postgresql_ran = 0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the PostgreSQL half of every database-parametrised test, so it can be counted."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("database_url") == "postgresql":
            item.add_marker(pytest.mark.postgresql)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    global _postgresql_ran
    if report.when == "call" and "postgresql" in report.keywords:
        _postgresql_ran += 1


def _requires_postgresql() -> bool:
    return os.environ.get("REQUIRE_POSTGRESQL", "") not in ("", "0")


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _requires_postgresql() and _postgresql_ran == 0 and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _skip_reason(report: pytest.TestReport) -> str:
    if isinstance(report.longrepr, tuple):
        return str(report.longrepr[2]).removeprefix("Skipped: ")
    return str(report.longrepr)


def pytest_terminal_summary(terminalreporter, exitstatus: int) -> None:
    skipped = terminalreporter.stats.get("skipped", [])
    if skipped:
        counts: dict[str, int] = {}
        for report in skipped:
            reason = _skip_reason(report)
            counts[reason] = counts.get(reason, 0) + 1
        terminalreporter.section("skipped, by reason")
        for reason, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
            terminalreporter.write_line(f"{count:6d}  {reason}")
    terminalreporter.write_line(f"PostgreSQL tests run: {_postgresql_ran}")
    if _requires_postgresql() and _postgresql_ran == 0:
        terminalreporter.write_line("FAILED: REQUIRE_POSTGRESQL is set but no PostgreSQL test ran "
                                    "(is TEST_DATABASE_URL reaching pytest?)", red=True, bold=True)
