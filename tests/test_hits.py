"""Cache hits answered before Flask (service/api/hits.py): the same bytes and headers Flask gave, never
to a request Flask would have refused, never after a write, and never without asking the database for
its data version."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from flask import Flask

from service.api.http import ReadCache
from tests.conftest import make_app
from tests.test_contract_json import assert_problem

OUTSIDE = {"REMOTE_ADDR": "203.0.113.7"}  # not on loopback, so rate limits count it (tests/test_limits.py)
ARTICLE = {"title": "t", "published": "2022-03-10", "text": "Leaders met in Lisbon on Tuesday for talks."}
PER_REQUEST = {"Date", "RateLimit-Remaining", "RateLimit-Reset"}


class Snapshots:
    """Counts the read snapshots Flask opens: a replayed hit opens none."""

    def __init__(self, app: Flask) -> None:
        self.count = 0
        store = app.extensions["store"]
        opened = store.snapshot

        @contextmanager
        def counted():
            self.count += 1
            with opened():
                yield

        store.snapshot = counted



@pytest.fixture
def reader(database_url):
    app = make_app(database_url)
    app.test_client().post("/sources", json=ARTICLE)
    yield app
    app.extensions["store"].dispose()


def _same(first, second) -> None:
    assert first.status_code == second.status_code and first.data == second.data
    assert {k: v for k, v in first.headers.items() if k not in PER_REQUEST} == \
        {k: v for k, v in second.headers.items() if k not in PER_REQUEST}


@pytest.mark.parametrize("headers", [{}, {"Accept-Encoding": "gzip"}, {"Origin": "https://front.example.org"},
                                     {"Accept": "text/csv"}])
def test_a_replayed_hit_is_what_flask_answered(reader, headers):
    client, snapshots = reader.test_client(), Snapshots(reader)
    for method in (client.get, client.head):
        first = method("/timeline?limit=5", headers=headers)
        again = method("/timeline?limit=5", headers=headers)
        _same(first, again)
        assert again.headers["Date"]
    assert snapshots.count == 2  # one GET and one HEAD through Flask, their repeats replayed
    etag = client.get("/timeline?limit=5", headers=headers).headers["ETag"]
    revalidated = [client.get("/timeline?limit=5", headers={**headers, "If-None-Match": etag}) for _ in range(2)]
    assert [r.status_code for r in revalidated] == [304, 304] and revalidated[1].data == b""
    _same(*revalidated)


def test_two_spellings_of_one_query_share_an_answer(reader):
    client, snapshots = reader.test_client(), Snapshots(reader)
    first = client.get("/timeline?q=Lisbon+talks&limit=5")
    again = client.get("/timeline?q=Lisbon%20talks&limit=%35")
    _same(first, again)
    assert snapshots.count == 1


def test_a_write_in_another_worker_is_seen_at_once(reader, database_url):
    writer = make_app(database_url)
    client, snapshots = reader.test_client(), Snapshots(reader)
    count = client.get("/timeline").get_json()["count"]
    assert client.get("/timeline").get_json()["count"] == count and snapshots.count == 1
    writer.test_client().post("/sources", json={**ARTICLE, "text": "Rescuers reached the ship off Crete on Sunday."})
    assert client.get("/timeline").get_json()["count"] == count + 1
    assert snapshots.count == 2
    assert client.get("/timeline").get_json()["count"] == count + 1 and snapshots.count == 2
    writer.extensions["store"].dispose()


def test_the_data_version_is_asked_for_every_hit(reader, monkeypatch):
    """No version, no replay: Flask answers (a storage fault becomes its 503, never a stale answer)."""
    client, snapshots = reader.test_client(), Snapshots(reader)
    first = client.get("/timeline")

    def unreachable() -> int:
        raise ConnectionError("the database does not answer")

    monkeypatch.setattr(reader.extensions["store"], "current_version", unreachable)
    _same(first, client.get("/timeline"))
    assert snapshots.count == 2


def test_a_client_over_its_allowance_gets_429_not_the_cached_answer(database_url):
    app = make_app(database_url, RATELIMIT_READS="3 per minute")
    client = app.test_client()
    answers = [client.get("/timeline", environ_base=OUTSIDE) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["RateLimit-Remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert_problem(answers[-1], 429)
    assert client.get("/timeline").status_code == 200  # loopback is exempt: its hits are served
    app.extensions["store"].dispose()


def test_size_limits_hold_for_cached_answers(reader):
    client = reader.test_client()
    assert client.get("/timeline").status_code == 200
    refused = client.get("/timeline", headers={"X-Padding": "x" * 9000})
    assert_problem(refused, 431)


def test_a_cached_read_never_answers_a_write(reader):
    client = reader.test_client()
    assert client.get("/sources/1").status_code == 200
    assert_problem(client.delete("/sources/1", headers={"Authorization": ""}), 401)  # no token
    assert client.get("/sources/1").status_code == 200


def test_the_cache_keeps_only_the_newest_version():
    cache = ReadCache(1000)
    cache.put((1, "a"), "old", 10)
    assert cache.get((1, "a")) == "old"
    cache.seen(2)
    assert cache.get((1, "a")) is None and cache.size == 0
    cache.put((1, "a"), "late", 10)  # a reader whose snapshot began before the write
    assert cache.get((1, "a")) is None
    cache.put((2, "a"), "new", 10)
    assert cache.get((2, "a")) == "new"
    cache.put((2, "b"), "too big", 300)  # over a quarter of the budget
    assert cache.get((2, "b")) is None
