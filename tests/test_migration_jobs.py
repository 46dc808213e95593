"""Migration 0007 moves job results from a JSON list to rows keyed by (job, index) and back, losing
nothing but unsafe error texts (and counting an article the old list held twice once)."""

from __future__ import annotations

import json

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from service.store import make_engine, migrate
from service.store.engine import MIGRATIONS

OLD_ERROR = "not ingested: an error recorded before errors were made safe to show"


def _alembic(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = make_engine(url)
    return cfg


def test_job_results_move_to_rows_and_back(database_url):
    cfg = _alembic(database_url)
    engine = cfg.attributes["engine"]
    try:
        command.downgrade(cfg, "0006")
        old = [{"index": 0, "source_id": 1, "created": True, "events": 2},
               {"index": 1, "error": "IntegrityError: INSERT INTO sources VALUES ('secret text')"},
               {"index": 0, "source_id": 1, "created": False, "events": 2}]
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO jobs (id, kind, status, total, done, failed, payload, results, created_at, "
                              "updated_at) VALUES ('j1', 'ingest', 'running', 3, 3, 1, :payload, :results, "
                              "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                         {"payload": json.dumps([{"title": "t", "text": "x"}] * 3), "results": json.dumps(old)})
        migrate(database_url)
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT article_index, source_id, created, events, error FROM job_results "
                                     "ORDER BY article_index")).all()
        assert [tuple(row) for row in rows] == [(0, 1, True, 2, None), (1, None, None, None, OLD_ERROR)]
        command.downgrade(cfg, "0006")
        with engine.connect() as conn:
            results = conn.execute(text("SELECT results FROM jobs WHERE id = 'j1'")).scalar()
        results = json.loads(results) if isinstance(results, str) else results
        assert results == [{"index": 0, "source_id": 1, "created": True, "events": 2},
                           {"index": 1, "error": OLD_ERROR}]
        migrate(database_url)
    finally:
        engine.dispose()
