"""/health asks the database, and says 503 when the database does not answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from service import create_app


def _health(url: str):
    app = create_app({"DATABASE_URL": url, "TESTING": True})
    try:
        return app.test_client().get("/health")
    finally:
        app.extensions["store"].dispose()


def _assert_unavailable(response, words: str) -> None:
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["status"] == 503 and body["title"] == "Service Unavailable"
    assert words in body["detail"]


def test_health_is_503_when_the_database_cannot_be_opened(tmp_path: Path):
    directory = tmp_path / "not-a-database"
    directory.mkdir()  # SQLite cannot open a directory as its file
    _assert_unavailable(_health(f"sqlite:///{directory}"), "does not answer")


def test_health_is_503_when_the_database_server_refuses():
    _assert_unavailable(_health("postgresql://nobody@127.0.0.1:1/nothing"), "does not answer")  # port 1: refused


def test_health_is_503_when_the_database_has_no_tables(tmp_path: Path):
    _assert_unavailable(_health(f"sqlite:///{tmp_path / 'never-migrated.db'}"), "init-db")


def test_health_asks_the_database(client, store, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(store, "ping", lambda: False)
    _assert_unavailable(client.get("/health"), "does not answer")
