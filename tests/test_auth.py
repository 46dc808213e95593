"""Reads are public; writes need a configured bearer token; without one, writes are refused."""

from __future__ import annotations

import hashlib

from flask.testing import FlaskClient

from service import create_app

ARTICLE = {"title": "t", "published": "2022-03-10", "text": "Leaders met in Lisbon on Tuesday."}


def _client(database_url, **config):
    app = create_app({"DATABASE_URL": database_url, **config})
    app.test_client_class = FlaskClient
    return app, app.test_client()


def test_writes_need_a_valid_bearer_token(database_url):
    app, client = _client(database_url, API_TOKENS="alpha, beta")
    assert client.get("/timeline").status_code == 200
    assert client.post("/annotate", json={"text": "today", "reference": "2022-01-01"}).status_code == 200
    refused = client.post("/sources", json=ARTICLE)
    assert refused.status_code == 401 and refused.mimetype == "application/problem+json"
    assert refused.headers["WWW-Authenticate"].startswith("Bearer")
    wrong = client.post("/sources", json=ARTICLE, headers={"Authorization": "Bearer gamma"})
    assert wrong.status_code == 401
    ok = client.post("/sources", json=ARTICLE, headers={"Authorization": "Bearer beta"})
    assert ok.status_code == 201
    source_id = ok.get_json()["id"]
    assert client.delete(f"/sources/{source_id}").status_code == 401
    assert client.get("/health").get_json()["counts"]["sources"] == 1
    app.extensions["store"].dispose()


def test_tokens_may_be_configured_as_digests(database_url):
    digest = hashlib.sha256(b"s3cret").hexdigest()
    app, client = _client(database_url, API_TOKENS=f"sha256:{digest}")
    assert client.post("/sources", json=ARTICLE, headers={"Authorization": "Bearer s3cret"}).status_code == 201
    app.extensions["store"].dispose()


def test_without_tokens_writes_are_refused_with_instructions(database_url):
    app, client = _client(database_url, API_TOKENS="")
    refused = client.post("/sources", json=ARTICLE, headers={"Authorization": "Bearer anything"})
    assert refused.status_code == 401 and "API_TOKENS" in refused.get_json()["detail"]
    app.extensions["store"].dispose()


def test_development_flag_allows_writes(database_url):
    app, client = _client(database_url, API_TOKENS="", ALLOW_UNAUTHENTICATED_WRITES=True)
    assert client.post("/sources", json=ARTICLE).status_code == 201
    app.extensions["store"].dispose()
