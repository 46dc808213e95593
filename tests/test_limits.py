"""Abuse limits: a client over its allowance gets a 429 problem with the RateLimit fields; the tagger takes
less text without a token; anonymous writes come from this machine only. Clients on loopback are exempt
from rate limits by default, so these tests call from documentation addresses (RFC 5737)."""

from __future__ import annotations

import os
import uuid

import pytest
import yaml
from flask.testing import FlaskClient

from tests.conftest import PROJECT_ROOT, TOKEN, make_app
from tests.outside import redis_url
from tests.test_contract_json import assert_problem

OUTSIDE = {"REMOTE_ADDR": "203.0.113.7"}
OTHER = {"REMOTE_ADDR": "198.51.100.9"}
ARTICLE = {"title": "t", "published": "2022-03-10", "text": "Leaders met in Lisbon on Tuesday."}
PARSE = {"when": "last November", "reference": "2024-02-16"}



@pytest.fixture
def strict(database_url):
    app = make_app(database_url, FlaskClient, RATELIMIT_READS="3 per minute", RATELIMIT_COMPUTE="2 per minute",
                   RATELIMIT_WRITES="2 per minute")
    yield app
    app.extensions["store"].dispose()


def test_reads_over_the_allowance_are_a_429_problem(strict):
    client = strict.test_client()
    answers = [client.get("/timeline", environ_base=OUTSIDE) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["RateLimit-Remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert all(a.headers["RateLimit-Limit"] == "3" and a.headers["RateLimit-Policy"] == "3;w=60" for a in answers)
    refused = assert_problem(answers[-1], 429)
    assert "3 per 1 minute" in refused["detail"]
    assert 0 < int(answers[-1].headers["Retry-After"]) <= 60
    assert 0 <= int(answers[-1].headers["RateLimit-Reset"]) <= 60
    assert answers[-1].headers["Cache-Control"] == "no-store"
    # another client, this machine and the health probe are not held back by that client's count
    assert client.get("/timeline", environ_base=OTHER).status_code == 200
    assert client.get("/timeline").status_code == 200
    health = client.get("/health", environ_base=OUTSIDE)
    assert health.status_code == 200 and "RateLimit-Limit" not in health.headers


def test_the_tagger_and_writes_have_their_own_smaller_allowances(strict):
    client = strict.test_client()
    assert [client.post("/parse", json=PARSE, environ_base=OUTSIDE).status_code for _ in range(3)] == [200, 200, 429]
    token = {"Authorization": f"Bearer {TOKEN}"}
    writes = [client.post("/sources", json={**ARTICLE, "title": f"t{n}", "text": f"{ARTICLE['text']} {n}"},
                          headers=token, environ_base=OUTSIDE) for n in range(3)]
    assert [w.status_code for w in writes] == [201, 201, 429]
    assert_problem(writes[-1], 429)


def test_a_token_is_counted_apart_from_its_address_and_invented_tokens_are_not(strict):
    client = strict.test_client()
    for _ in range(2):
        client.post("/parse", json=PARSE, environ_base=OUTSIDE)
    invented = client.post("/parse", json=PARSE, environ_base=OUTSIDE, headers={"Authorization": "Bearer made-up"})
    assert invented.status_code == 429
    held = client.post("/parse", json=PARSE, environ_base=OUTSIDE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert held.status_code == 200


def test_limits_can_be_turned_off(database_url):
    app = make_app(database_url, FlaskClient, RATELIMIT_ENABLED=False, RATELIMIT_READS="1 per minute")
    client = app.test_client()
    answers = [client.get("/timeline", environ_base=OUTSIDE) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200] and "RateLimit-Limit" not in answers[0].headers
    app.extensions["store"].dispose()


def test_behind_a_trusted_proxy_the_forwarded_address_is_the_client(database_url):
    app = make_app(database_url, FlaskClient, PROXY_HOPS=1, RATELIMIT_READS="1 per minute")
    client = app.test_client()  # the proxy is on this machine; the clients are not
    first = client.get("/timeline", headers={"X-Forwarded-For": "203.0.113.7"})
    again = client.get("/timeline", headers={"X-Forwarded-For": "203.0.113.7"})
    other = client.get("/timeline", headers={"X-Forwarded-For": "198.51.100.9"})
    assert [first.status_code, again.status_code, other.status_code] == [200, 429, 200]
    app.extensions["store"].dispose()


def test_counts_in_redis_are_shared_by_every_worker(tmp_path, sqlite_template):
    """Two apps stand for two gunicorn workers: with Redis storage the second sees the first one's count."""
    import shutil

    path = tmp_path / "shared.db"
    shutil.copy(sqlite_template, path)
    config = {"RATELIMIT_STORAGE_URI": redis_url(), "RATELIMIT_READS": "2 per minute"}
    workers = [make_app(f"sqlite:///{path}", FlaskClient, **config) for _ in range(2)]
    client = {"REMOTE_ADDR": f"203.0.113.{uuid.uuid4().int % 250 + 1}"}  # a fresh count on every run
    answers = [workers[n % 2].test_client().get("/timeline?limit=1", environ_base=client).status_code for n in range(3)]
    assert answers == [200, 200, 429]
    for app in workers:
        app.extensions["store"].dispose()


def test_unreachable_rate_limit_storage_does_not_refuse_requests(database_url):
    app = make_app(database_url, FlaskClient, RATELIMIT_STORAGE_URI="redis://127.0.0.1:9/0",
                   RATELIMIT_READS="100 per minute")
    answer = app.test_client().get("/timeline", environ_base=OUTSIDE)
    assert answer.status_code == 200
    app.extensions["store"].dispose()


def test_every_limited_operation_documents_its_429():
    spec = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            limited = path != "/health"
            assert ("429" in operation["responses"] or 429 in operation["responses"]) == limited, (method, path)
    documented = spec["components"]["responses"]["TOO_MANY_REQUESTS"]
    assert "application/problem+json" in documented["content"]
    assert {"Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"} <= set(documented["headers"])


# --- the tagger's text allowance, and who may write without a token ---------------------------------------------

def test_the_tagger_takes_less_text_without_a_token(database_url):
    app = make_app(database_url, FlaskClient, MAX_ANONYMOUS_TEXT_CHARS=100, MAX_TEXT_CHARS=1000)
    client = app.test_client()
    text = "They met on Saturday. " * 10  # 220 characters
    anonymous = client.post("/annotate", json={"text": text, "reference": "2023-02-19"})
    assert "without a token" in assert_problem(anonymous, 413)["detail"]
    held = client.post("/annotate", json={"text": text, "reference": "2023-02-19"},
                       headers={"Authorization": f"Bearer {TOKEN}"})
    assert held.status_code == 200 and held.get_json()["expressions"]
    too_long = client.post("/annotate", json={"text": text * 5, "reference": "2023-02-19"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert_problem(too_long, 413)
    app.extensions["store"].dispose()


def test_the_default_anonymous_text_allowance_is_smaller():
    from service import config

    defaults = config.load()
    assert defaults["MAX_ANONYMOUS_TEXT_CHARS"] < defaults["MAX_TEXT_CHARS"] / 10


def test_anonymous_writes_are_taken_from_this_machine_only(database_url):
    app = make_app(database_url, FlaskClient, API_TOKENS="", ALLOW_UNAUTHENTICATED_WRITES=True)
    client = app.test_client()
    remote = client.post("/sources", json=ARTICLE, environ_base=OUTSIDE)
    assert "this machine only" in assert_problem(remote, 401)["detail"]
    assert client.post("/sources", json=ARTICLE, environ_base={"REMOTE_ADDR": "::1"}).status_code == 201
    app.extensions["store"].dispose()


@pytest.mark.parametrize(("host", "writes"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                              ("0.0.0.0", False), ("192.0.2.10", False)])
def test_make_run_opens_anonymous_writes_on_loopback_only(tmp_path, host, writes):
    """The real `make run` recipe, with a stand-in `timeline` that prints what it was started with."""
    import subprocess

    fake = tmp_path / "timeline"
    fake.write_text('#!/bin/sh\necho "serve $* ALLOW=${ALLOW_UNAUTHENTICATED_WRITES:-}"\n')
    fake.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("API_TOKENS", "ALLOW_UNAUTHENTICATED_WRITES")}
    ran = subprocess.run(["make", "-s", "-o", "seed", "run", f"BIN={tmp_path}", f"HOST={host}"], cwd=PROJECT_ROOT,
                         env=env, capture_output=True, text=True, check=True, timeout=30).stdout
    assert f"--host {host}" in ran
    assert ("ALLOW=1" in ran) == writes, ran
    assert ("read-only" in ran) != writes
    tokened = subprocess.run(["make", "-s", "-o", "seed", "run", f"BIN={tmp_path}", "HOST=127.0.0.1"],
                             cwd=PROJECT_ROOT, env={**env, "API_TOKENS": "x"}, capture_output=True, text=True,
                             check=True, timeout=30).stdout
    assert "ALLOW=\n" in tokened or tokened.rstrip().endswith("ALLOW=")
