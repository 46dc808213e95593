"""What an ingest costs the database: a bounded number of statements whatever the article's size, each
compiled once per process, and bulk writes that keep what the ORM's hooks kept (ids in order, span
classes, order keys, the data version)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import event, select
from sqlalchemy.engine import default

from benchmarks.ingest_scale import probe_articles
from service.ingest import Article, ingest
from service.store import Event, Evidence, Store
from service.store.ordering import order_key

# one statement per kind of look-up and of change (the candidate look-ups, the three reads of the candidate
# events, one insert, update or delete per kind of row, the answer), whatever the number of mentions; the
# row-by-row writes this replaced issued about four per mention
STATEMENTS_PER_INGEST = 26


def _statements(store: Store) -> list[tuple[object, str]]:
    """(cache use, SQL) of every statement the store's engine runs from now on."""
    seen: list[tuple[object, str]] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _count(_conn, _cursor, statement, _params, context, _many):
        seen.append((getattr(context, "cache_hit", None), " ".join(statement.split())))
    return seen


def _long_article() -> Article:
    """About thirty dated mentions, several of them joining or looking like stored events."""
    probes = probe_articles(4)
    return Article(title="Long", text=" ".join(p.text for p in probes[1:]), published=probes[3].published)


def test_statements_per_ingest_do_not_grow_with_the_article(database_url):
    store = Store(database_url)
    probes = probe_articles(4)
    ingest(store, probes[0])
    short = Article(title="Short", text="Mayor Ines Koval of Lyon approved the budget on March 3, 2021.",
                    published=date(2021, 3, 5))
    seen = _statements(store)
    ingest(store, short)
    few = len(seen)
    seen.clear()
    done = ingest(store, _long_article())
    assert len(done.mentions) >= 25
    assert few <= STATEMENTS_PER_INGEST and len(seen) <= STATEMENTS_PER_INGEST, [sql[:60] for _, sql in seen]
    store.dispose()


def test_the_candidate_look_ups_are_compiled_once(database_url):
    """Their SQL is the same for every article: after the first, SQLAlchemy's compiled cache answers."""
    store = Store(database_url)
    seen = _statements(store)
    for article in probe_articles(5):
        ingest(store, article)
    look_ups = [hit for hit, sql in seen if sql.startswith(("WITH r AS", "WITH p AS"))]
    assert len(look_ups) == 10  # one of each kind per article
    assert look_ups.count(default.CACHE_MISS) == 2 and look_ups[2:].count(default.CACHE_HIT) == 8
    misses = sum(1 for hit, _ in seen if hit == default.CACHE_MISS)
    assert misses <= STATEMENTS_PER_INGEST  # each kind of statement compiled once, not once per article
    store.dispose()


def test_bulk_inserted_events_get_their_ids_in_order_with_order_keys(database_url):
    store = Store(database_url)
    day = date(2021, 5, 1)
    rows = [{"title": f"Event {n}", "status": "occurred", "origin": "extracted", "anchored_by": None,
             "source_count": 1, "edtf": None, "value": None, "earliest": day + timedelta(days=n % 3),
             "latest": day + timedelta(days=n % 3), "precision": "day", "rule": "test"} for n in range(40)]
    with store.transaction(writes=True) as repo:
        before = repo.data_version()[0]
        ids = repo.insert_events(rows)
    assert ids == sorted(ids) and len(set(ids)) == 40
    with store.transaction() as repo:
        stored = {e.id: e for e in repo.session.scalars(select(Event)).all()}
        assert [stored[i].title for i in ids] == [row["title"] for row in rows]
        assert all(stored[i].order_key == order_key(r["earliest"], r["latest"], "day", r["title"])
                   for i, r in zip(ids, rows, strict=True))
        assert repo.data_version()[0] == before + 1  # a bulk write counts as a change for read caches
    store.dispose()


def test_moved_evidence_gets_the_span_class_of_its_dates(database_url):
    """The model's hook sets the span class on every ORM update; a bulk move sets it too, so a row whose
    class was stale (written by hand, or before the column) is read from the right range afterwards."""
    store = Store(database_url)
    done = ingest(store, Article(title="Month", text="Mayor Ines Koval of Lyon approved the budget in March 2021.",
                                 published=date(2021, 4, 2)))
    item = done.mentions[0]
    with store.transaction(writes=True) as repo:
        repo.session.execute(Evidence.__table__.update().values(span=0))
        target = repo.insert_events([{"title": "Other", "status": "occurred", "origin": "extracted",
                                      "anchored_by": None, "source_count": 0, "edtf": None, "value": None,
                                      "earliest": None, "latest": None, "precision": None, "rule": None}])[0]
        repo.move_evidence([(item.id, target, item.earliest, item.latest)])
    with store.transaction() as repo:
        moved = repo.session.get(Evidence, item.id)
        assert (moved.event_id, moved.span) == (target, 1)
    store.dispose()
