"""Merging writers serialise per blocking key on PostgreSQL, not on one lock: ingests whose events
cannot meet run side by side, those that share a key wait, and other writers still run alone."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import event
from sqlalchemy import text as sql

from service.events.merge import Reading, conflicts
from service.ingest import Article, analyse, lock_keys
from service.store import Store
from service.store.engine import MERGE_LOCK_SPACE, lock_key


@pytest.fixture
def pg_store(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("per-key merge locks are PostgreSQL's; SQLite has one writer")
    store = Store(database_url)
    yield store
    store.dispose()


def _holder(store: Store, keys: set[str] | None, hold: threading.Event, held: threading.Event) -> threading.Thread:
    def run() -> None:
        with store.transaction(writes=True, keys=keys):
            held.set()
            hold.wait(20)
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _gets_in(store: Store, keys: set[str] | None, seconds: float) -> bool:
    """Whether a writer with `keys` gets its locks within `seconds` (it waits on in a thread otherwise)."""
    release, held = threading.Event(), threading.Event()
    thread = _holder(store, keys, release, held)
    got = held.wait(seconds)
    release.set()
    thread.join(30)
    return got


def test_disjoint_keys_write_together_shared_keys_wait(pg_store):
    release, held = threading.Event(), threading.Event()
    first = _holder(pg_store, {"kind:group:0:2021", "text:a"}, release, held)
    assert held.wait(10)
    try:
        assert _gets_in(pg_store, {"kind:group:3:2021", "text:b"}, 5)  # another kind: in parallel
        assert _gets_in(pg_store, set(), 5)  # job bookkeeping locks its own rows
        results: dict[str, bool] = {}
        waiting = [threading.Thread(target=lambda n=n, k=k: results.__setitem__(n, _gets_in(pg_store, k, 1.5)))
                   for n, k in (("same key", {"kind:group:0:2021", "text:c"}), ("plain writer", None))]
        for thread in waiting:
            thread.start()
        for thread in waiting:
            thread.join(30)
        assert results == {"same key": False, "plain writer": False}
    finally:
        release.set()
        first.join(30)
    assert _gets_in(pg_store, {"kind:group:0:2021"}, 5) and _gets_in(pg_store, None, 5)


def test_lock_keys_follow_kinds_and_years():
    text_a = "Mayor Ines Koval of Lyon approved the budget on March 3, 2021, officials said."
    text_b = "Minister Ada Stein of Porto signed a deal on night trains on March 4, 2021, officials said."
    keys = {}
    for name, text in (("a", text_a), ("b", text_b), ("a again", text_a.replace("Lyon", "Graz"))):
        mentions = analyse(Article(title=name, text=text, published=date(2021, 3, 6)))[2]
        keys[name] = {k for k in lock_keys(name, mentions) if not k.startswith("text:")}
    assert keys["a"] and not keys["a"] & keys["b"]  # approving and signing never merge: no common key
    assert keys["a"] & keys["a again"]  # two approvals of the budget on one day wait for each other
    later = analyse(Article(title="later", text=text_a.replace("March 3", "September 9").replace("budget", "port"),
                            published=date(2021, 9, 10)))[2]
    assert not keys["a"] & set(lock_keys("later", later))  # months apart, about something else: in parallel


def test_only_mentions_that_can_conflict_share_an_argument_key():
    """Conflicts need a shared actor (merge.conflicts), so an argument alone does not make two ingests wait:
    a filler sentence without a doer in every article would otherwise be one global lock."""
    texts = {"first": "Mayor Ines Koval of Lyon approved the budget on March 3, 2021, officials said.",
             "clash": "Mayor Ines Koval approved the budget on May 20, 2021, officials said.",
             "other": "Mayor Tom Haas of Graz approved the budget on July 20, 2021, officials said.",
             "filler": "Councillors said the figures would be published before the summer."}
    keys, readings = {}, {}
    for name, text in texts.items():
        mentions = analyse(Article(title=name, text=text, published=date(2021, 9, 1)))[2]
        readings[name] = [Reading.of(m, name) for m in mentions]
        keys[name] = {k for k in lock_keys(name, mentions) if not k.startswith("text:")}
    assert conflicts(readings["first"], readings["clash"])  # same mayor, same budget, dates that clash
    assert keys["first"] & keys["clash"]  # ... so they wait for each other
    assert not keys["first"] & keys["other"]  # another mayor's approval of a budget months later: in parallel
    assert readings["filler"] and not any(k.startswith("argument:") for k in keys["filler"])


def test_many_keys_are_taken_in_one_statement_in_order(pg_store):
    """All of an ingest's keys are held once its lock statement returns: one round trip, not one per key."""
    keys = {f"period:kind:{month}" for month in range(40)}
    statements: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(pg_store.engine, "before_cursor_execute", note)
    try:
        with pg_store.transaction(writes=True, keys=keys) as repo:
            held = repo.session.execute(sql(
                "SELECT objid FROM pg_locks WHERE locktype = 'advisory' AND classid = :space AND objsubid = 2 "
                "AND pid = pg_backend_pid()"), {"space": MERGE_LOCK_SPACE}).scalars().all()
    finally:
        event.remove(pg_store.engine, "before_cursor_execute", note)
    assert sorted(held) == sorted(lock_key(k) % (1 << 32) for k in keys)  # objid is the unsigned key
    assert sum("pg_advisory" in statement for statement in statements) == 2  # the shared write lock, then the keys
