"""Every migration keeps data both ways: the schema is built one revision at a time with rows in every
table, then taken down one revision at a time, and at each step every table that exists on both sides
keeps all its rows and the values of every column it keeps. A downgrade may drop only what its own
revision added. (On SQLite, Alembic rebuilds a table to alter it; with foreign keys enforced, dropping
the old copy cascaded to the rows that point at it: 0003 to 0002 lost every piece of evidence.)"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, text

from service.store import make_engine
from service.store.candidates import index_arguments
from service.store.engine import MIGRATIONS
from tests.conftest import BACKENDS

NOW = "2024-01-02 03:04:05"
# rows for the tables each revision creates, written with only the columns that revision knows
ROWS: dict[str, list[tuple[str, dict]]] = {
    "0001": [
        ("INSERT INTO sources (id, title, url, outlet, language, published, text, content_hash, created_at) VALUES "
         "(:id, :title, NULL, 'Outlet', 'en', '2023-02-19', :text, :hash, :now)",
         {"id": n, "title": f"Source {n}", "text": f"Text {n}", "hash": f"{n:064d}", "now": NOW})
        for n in (1, 2)
    ] + [
        ("INSERT INTO events (id, title, status, edtf, value, earliest, latest, precision, origin, curated, "
         "created_at, updated_at) VALUES (:id, :title, 'occurred', '2023-02-18', '2023-02-18', '2023-02-18', "
         "'2023-02-18', 'day', 'extracted', :curated, :now, :now)",
         {"id": n, "title": f"Event {n}", "curated": n == 3, "now": NOW})
        for n in (1, 2, 3)
    ] + [
        ("INSERT INTO evidence (id, event_id, source_id, quote, quote_start, quote_end, status) VALUES "
         "(:id, :event, :source, :quote, 0, 5, 'occurred')",
         {"id": n, "event": (n % 3) + 1, "source": (n % 2) + 1, "quote": f"Quote {n}"})
        for n in (1, 2, 3, 4)
    ],
    "0002": [("INSERT INTO conflicts (id, event_id, other_event_id) VALUES (1, 1, 2)", {})],
    "0003": [
        ("INSERT INTO timelines (id, slug, title, created_at, updated_at) VALUES (1, 'kept', 'Kept', :now, :now)",
         {"now": NOW}),
        ("INSERT INTO timeline_sources (timeline_id, source_id) VALUES (1, 1)", {}),
        ("INSERT INTO timeline_events (timeline_id, event_id, hidden) VALUES (1, 2, :hidden)", {"hidden": True}),
    ],
    "0005": [
        ("INSERT INTO jobs (id, kind, status, total, done, failed, payload, results, created_at, updated_at) VALUES "
         "('job-1', 'ingest', 'done', 1, 1, 0, :payload, :results, :now, :now)",
         {"payload": json.dumps([{"title": "t", "text": "x"}]),
          "results": json.dumps([{"index": 0, "source_id": 1, "created": True, "events": 2}]), "now": NOW}),
    ],
    "0006": [("INSERT INTO event_participants (event_id, name_key, name) VALUES (1, 'oslo', 'Oslo')", {})],
    "0008": [("INSERT INTO job_attempts (job_id, article_index, attempts) VALUES ('job-1', 0, 2)", {})],
    "0011": [("INSERT INTO evidence_arguments (evidence_id, argument, predicate, earliest, latest, actors) VALUES "
              "(1, 'budget', 'approve', '2023-02-18', '2023-02-18', '[\"mayor koval\"]')", {})],
}


def _empty_postgres(url: str) -> str:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database (no schema at all), SQLite always, PostgreSQL when TEST_DATABASE_URL is set."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        pytest.skip("PostgreSQL: set TEST_DATABASE_URL to run against it")
    return _empty_postgres(url)


def _snapshot(engine: Engine) -> dict[str, dict[str, list[tuple]]]:
    """Every table's rows, column by column, in primary-key order (JSON compared by value, not by text)."""
    found: dict[str, dict[str, list[tuple]]] = {}
    names = [name for name in inspect(engine).get_table_names() if name != "alembic_version"]
    with engine.connect() as conn:
        for name in names:
            columns = [column["name"] for column in inspect(conn).get_columns(name)]
            rows = conn.execute(text(f'SELECT * FROM "{name}"')).mappings().all()
            found[name] = {column: sorted((_plain(row[column]) for row in rows), key=repr) for column in columns}
            found[name]["__count__"] = [(len(rows),)]
    return found


def _plain(value: object) -> object:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.dumps(json.loads(value), sort_keys=True)
        except ValueError:
            return value
    if isinstance(value, list | dict):
        return json.dumps(value, sort_keys=True)
    return value


def _kept(before: dict, after: dict, step: str) -> None:
    """Each table on both sides keeps its row count and the values of the columns on both sides."""
    for table in before.keys() & after.keys():
        for column in before[table].keys() & after[table].keys():
            if (table, column) == ("data_version", "version") or (table, column) == ("data_version", "changed_at"):
                continue  # a counter the app bumps, not data
            assert before[table][column] == after[table][column], f"{step}: {table}.{column} changed"


def _revisions() -> list[str]:
    script = ScriptDirectory(str(MIGRATIONS))
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def _steps(engine: Engine, cfg: Config) -> Iterator[str]:
    for revision in _revisions():
        before = _snapshot(engine)
        command.upgrade(cfg, revision)
        _kept(before, _snapshot(engine), f"upgrade to {revision}")
        yield revision


def test_every_revision_keeps_data_up_and_down(database_url: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = make_engine(database_url)
    cfg.attributes["engine"] = engine
    try:
        applied = []
        for revision in _steps(engine, cfg):
            with engine.begin() as conn:
                for statement, params in ROWS.get(revision, []):
                    conn.execute(text(statement), params)
            applied.append(revision)
        assert len(applied) >= 7
        filled = _snapshot(engine)
        assert all(filled[table]["__count__"][0][0] > 0 for table in filled), "a table without rows tests nothing"
        for target in reversed(applied[:-1]):
            before = _snapshot(engine)
            command.downgrade(cfg, target)
            _kept(before, _snapshot(engine), f"downgrade to {target}")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM evidence")).scalar() == 4
            if engine.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # enforcement is back on
        command.upgrade(cfg, "head")  # and up again, with everything still there
        with engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM evidence")).scalar() == 4
    finally:
        engine.dispose()


def _up_without_evidence(cfg: Config, engine: Engine, revision: str) -> None:
    """The schema at `revision`, with the first revision's sources and events but none of its evidence."""
    command.upgrade(cfg, revision)
    with engine.begin() as conn:
        for statement, params in ROWS["0001"]:
            if "evidence" not in statement:
                conn.execute(text(statement), params)


def test_0009_classes_the_span_of_stored_mentions(database_url: str) -> None:
    """Evidence stored before 0009 gets its span class from its dates (a day, a year, a decade; undated
    0), so candidate look-ups by date find the long ones; down again, every row is still there."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = make_engine(database_url)
    cfg.attributes["engine"] = engine
    try:
        _up_without_evidence(cfg, engine, "0008")
        with engine.begin() as conn:
            spans = {1: ("2021-03-03", "2021-03-03"), 2: ("2021-01-01", "2021-12-31"),
                     3: ("2010-01-01", "2019-12-31"), 4: (None, None)}
            for n, (earliest, latest) in spans.items():
                conn.execute(text("INSERT INTO evidence (id, event_id, source_id, quote, quote_start, quote_end, "
                                  "status, earliest, latest) VALUES (:id, 1, 1, 'q', 0, 1, 'occurred', :e, :l)"),
                             {"id": n, "e": earliest, "l": latest})
        command.upgrade(cfg, "0009")
        with engine.connect() as conn:
            found = {row.id: row.span for row in conn.execute(text("SELECT id, span FROM evidence"))}
        assert found == {1: 0, 2: 2, 3: 3, 4: 0}
        command.downgrade(cfg, "0008")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM evidence")).scalar() == 4
    finally:
        engine.dispose()


def test_0011_indexes_the_arguments_of_stored_mentions(database_url: str) -> None:
    """Evidence stored before 0011 gets the rows a look-alike walk reads, the same rows an ingest writes
    (candidates.index_arguments): one per distinct argument of a mention dated by its own expression,
    with a verb; none for a mention anchored to another, undated, without a verb or without arguments."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = make_engine(database_url)
    cfg.attributes["engine"] = engine
    mentions = {  # id: (predicate, arguments, actors, anchored_by, earliest)
        1: ("approve", ["budget", "harbour", "budget"], ["Mayor Ines Koval"], None, "2021-03-03"),
        2: ("approve", ["budget"], ["Mayor Ines Koval"], "publication", "2021-03-03"),
        3: ("approve", ["budget"], None, None, None),
        4: (None, ["budget"], None, None, "2021-03-03"),
        5: ("sign", None, ["Ada Berg"], None, "2021-04-01"),
        6: ("sign", ["treaty"], None, None, "2021-04-01"),
    }

    def insert(conn, ids) -> None:
        for n in ids:
            predicate, arguments, actors, anchored, earliest = mentions[n]
            conn.execute(text("INSERT INTO evidence (id, event_id, source_id, quote, quote_start, quote_end, status, "
                              "predicate, arguments, actors, anchored_by, earliest, latest) VALUES "
                              "(:id, 1, 1, 'q', 0, 1, 'occurred', :p, :g, :a, :b, :e, :e)"),
                         {"id": n, "p": predicate, "g": None if arguments is None else json.dumps(arguments),
                          "a": None if actors is None else json.dumps(actors), "b": anchored, "e": earliest})

    def rows(conn) -> list[tuple]:
        return [tuple(map(str, row)) for row in conn.execute(text(
            "SELECT evidence_id, argument, predicate, earliest, latest, actors FROM evidence_arguments "
            "ORDER BY evidence_id, argument"))]

    try:
        _up_without_evidence(cfg, engine, "0010")
        with engine.begin() as conn:
            insert(conn, [1, 2, 3, 4, 5, 6])
        command.upgrade(cfg, "0011")
        with engine.begin() as conn:
            migrated = rows(conn)
            conn.execute(text("DELETE FROM evidence_arguments"))
            index_arguments(conn, [1, 2, 3, 4, 5, 6])
            written = rows(conn)
        assert migrated == written == [
            ("1", "budget", "approve", "2021-03-03", "2021-03-03", '["mayor ines koval"]'),
            ("1", "harbour", "approve", "2021-03-03", "2021-03-03", '["mayor ines koval"]'),
            ("6", "treaty", "sign", "2021-04-01", "2021-04-01", "None")]
        command.downgrade(cfg, "0010")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM evidence")).scalar() == 6
    finally:
        engine.dispose()
