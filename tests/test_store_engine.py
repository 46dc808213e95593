"""The store's engine set-up: only databases with a known write lock are accepted, loudly."""

from __future__ import annotations

import pytest

from service import create_app
from service.store import Store, UnsupportedDatabase, make_engine
from service.store.engine import WRITE_LOCKS


@pytest.mark.parametrize("url", ["mysql://user@127.0.0.1/timeline", "oracle://user@127.0.0.1/timeline",
                                 "mssql+pyodbc://user@dsn"])
def test_a_database_without_a_write_lock_is_refused_at_start(url):
    with pytest.raises(UnsupportedDatabase, match="postgresql or sqlite only"):
        make_engine(url)
    with pytest.raises(UnsupportedDatabase):
        create_app({"DATABASE_URL": url})


def test_each_supported_database_has_its_write_lock(database_url):
    store = Store(database_url)
    try:
        assert store.engine.dialect.name in WRITE_LOCKS
        with store.transaction(writes=True) as repo:  # takes the lock and commits
            assert repo.counts()["sources"] == 0
    finally:
        store.dispose()


def test_the_package_still_exports_what_callers_import():
    import service.store as store

    for name in ("Base", "Event", "EventFilter", "Evidence", "Job", "Repository", "Source", "Store", "Timeline",
                 "content_hash", "migrate", "order_key", "name_key", "PRECISION_RANK"):
        assert hasattr(store, name), name
