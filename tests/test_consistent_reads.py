"""Each read request sees one snapshot: while writers ingest and delete, a page's `count` agrees with
the events it lists and no listed event is without sources (PostgreSQL: READ ONLY, REPEATABLE READ;
SQLite: one transaction)."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from service.ingest import Article, delete_source, ingest

TEXT = ("The council of {town} approved a new bridge on Tuesday 8 March 2022, officials said. "
        "Workers in {town} went on strike on 2 March 2022. The mayor of {town} resigned on 4 March 2022.")


def _churn(store, stop: threading.Event, errors: list) -> None:
    """Add and remove articles, each in its own write transaction, until told to stop."""
    n = 0
    try:
        while not stop.is_set():
            n += 1
            ingested = ingest(store, Article(title=f"t{n}", text=TEXT.format(town=f"Town{n % 5}") + f" ({n})",
                                             published=None))
            if n % 2 == 0:
                delete_source(store, ingested.source.id)
    except Exception as error:  # reported by the test, not lost in the thread
        errors.append(error)


def test_a_read_sees_one_snapshot_while_writers_commit(app, client, store):
    app.config["READ_CACHE_BYTES"] = 0  # every read goes to the database
    for n in range(3):
        ingest(store, Article(title=f"seed{n}", text=TEXT.format(town=f"Seed{n}"), published=None))
    stop, errors = threading.Event(), []
    writer = threading.Thread(target=_churn, args=(store, stop, errors), daemon=True)
    writer.start()
    reads, disagreements = 0, []
    deadline = time.monotonic() + 6
    try:
        while time.monotonic() < deadline:
            body = client.get("/timeline?limit=500").get_json()
            reads += 1
            if body["count"] != len(body["events"]):
                disagreements.append(("count", body["count"], len(body["events"])))
            disagreements += [("no sources", event["id"]) for event in body["events"] if not event["sources"]]
    finally:
        stop.set()
        writer.join(60)
    assert not errors
    assert reads >= 5
    assert not disagreements, disagreements[:5]


def test_a_snapshot_is_read_only_repeatable_read_on_postgresql(store):
    if store.engine.dialect.name != "postgresql":
        return  # SQLite: one deferred transaction is the snapshot, nothing to ask
    with store.snapshot(), store.transaction() as repo:
        settings = repo.session.execute(text("SELECT current_setting('transaction_isolation'), "
                                             "current_setting('transaction_read_only')")).one()
    assert tuple(settings) == ("repeatable read", "on")
    with store.transaction() as repo:  # outside a snapshot: the default, writable
        assert repo.session.scalar(text("SELECT current_setting('transaction_read_only')")) == "off"


def test_writes_inside_a_snapshot_open_their_own_transaction(store):
    with store.snapshot():
        with store.transaction() as repo:
            before = repo.counts()["sources"]
        ingest(store, Article(title="w", text=TEXT.format(town="Inside"), published=None))
        with store.transaction() as repo:
            assert repo.counts()["sources"] == before  # the snapshot does not move
    with store.transaction() as repo:
        assert repo.counts()["sources"] == before + 1
