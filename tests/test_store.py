"""Storage: migrations build exactly the models' schema; ingest is atomic and idempotent."""

from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from service.ingest import Article, ingest
from service.store import Base, content_hash


def test_migrations_match_the_models(store):
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_content_hash_ignores_whitespace_only():
    assert content_hash("A  storm\nhit.") == content_hash("A storm hit. ")
    assert content_hash("A storm hit.") != content_hash("A storm hit!")


def test_ingest_is_idempotent(store):
    article = Article(title="t", text="The port reopened on Monday after the strike.", published=date(2022, 5, 4))
    first = ingest(store, article)
    second = ingest(store, article)
    assert first.created and not second.created and first.source.id == second.source.id
    with store.transaction() as repo:
        assert repo.counts() == {"sources": 1, "events": 1, "evidence": 1}


def test_a_failure_mid_ingest_leaves_nothing(store, monkeypatch):
    from service import ingest as ingest_module

    calls = {"n": 0}
    real_row = ingest_module._evidence_row

    def failing_row(event, source, mention):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("pipeline failed midway")
        return real_row(event, source, mention)

    monkeypatch.setattr(ingest_module, "_evidence_row", failing_row)
    article = Article(title="t", text="Floods hit on Monday. Aid arrived on Tuesday.", published=date(2022, 5, 4))
    with pytest.raises(RuntimeError):
        ingest(store, article)
    assert calls["n"] == 2
    with store.transaction() as repo:
        assert repo.counts() == {"sources": 0, "events": 0, "evidence": 0}
