"""HTTP manners: validators and 304, Cache-Control, CORS, gzip, charsets, HEAD and OPTIONS."""

from __future__ import annotations

import gzip

from service import create_app


def _article(client, n=1):
    client.post("/sources", json={"title": f"t{n}", "published": "2022-03-10",
                                  "text": f"Leaders met in Lisbon on Tuesday for round {n} of the talks."})


def test_etag_and_304(client):
    _article(client)
    first = client.get("/timeline")
    etag = first.headers["ETag"]
    assert first.headers["Last-Modified"]
    assert "must-revalidate" in first.headers["Cache-Control"]
    again = client.get("/timeline", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    _article(client, 2)
    changed = client.get("/timeline", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag


def test_errors_are_not_cached(client):
    response = client.get("/events/12345")
    assert response.status_code == 404 and response.headers["Cache-Control"] == "no-store"


def test_json_carries_its_charset(client):
    assert client.get("/health").headers["Content-Type"] == "application/json; charset=utf-8"
    problem = client.get("/nowhere")
    assert problem.headers["Content-Type"] == "application/problem+json; charset=utf-8"


def test_cors_for_configured_origins(database_url):
    app = create_app({"DATABASE_URL": database_url, "CORS_ORIGINS": ["https://front.example.org"],
                      "ALLOW_UNAUTHENTICATED_WRITES": True})
    client = app.test_client()
    allowed = client.get("/timeline", headers={"Origin": "https://front.example.org"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://front.example.org"
    assert "ETag" in allowed.headers["Access-Control-Expose-Headers"]
    other = client.get("/timeline", headers={"Origin": "https://elsewhere.example.org"})
    assert "Access-Control-Allow-Origin" not in other.headers
    preflight = client.options("/sources", headers={"Origin": "https://front.example.org",
                                                    "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 200 and "POST" in preflight.headers["Access-Control-Allow-Methods"]
    app.extensions["store"].dispose()


def test_gzip_for_large_responses(client):
    for n in range(8):
        _article(client, n)
    response = client.get("/timeline", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert b"Lisbon" in gzip.decompress(response.data)
    small = client.get("/health", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in small.headers


def test_head_and_options(client):
    _article(client)
    head = client.head("/timeline")
    assert head.status_code == 200 and head.data == b"" and head.headers["ETag"]
    options = client.options("/timeline")
    assert options.status_code == 200 and "GET" in options.headers["Allow"]


def test_read_cache_never_serves_what_another_worker_changed(app, database_url):
    from tests.conftest import TOKEN, TokenClient

    other = create_app({"DATABASE_URL": database_url, "API_TOKENS": TOKEN})  # a second worker
    other.test_client_class = TokenClient
    reader, writer = app.test_client(), other.test_client()
    _article(writer, 1)
    first = reader.get("/timeline").get_json()["count"]
    assert reader.get("/timeline").get_json()["count"] == first  # served from the cache
    assert app.extensions["read_cache"].entries
    writer.post("/sources", json={"title": "other", "published": "2022-03-10",
                                  "text": "Rescuers reached the stranded ship off Crete on Sunday."})
    assert reader.get("/timeline").get_json()["count"] == first + 1
    writer.delete("/sources/1")
    assert reader.get("/timeline").get_json()["count"] == first
    other.extensions["store"].dispose()
