"""Bulk ingest: POST /sources/batch and GET /jobs/{id}, inline and through Celery on the real Redis."""

from __future__ import annotations

import time

from service import create_app
from tests.conftest import TOKEN, TokenClient
from tests.outside import redis_url

ARTICLES = [{"title": f"a{i}", "published": "2022-03-10",
             "text": f"The mayor of Town{i} opened a new library on Tuesday, officials in Town{i} said."}
            for i in range(14)]  # more than one chunk of work


def test_inline_batch_ingests_each_article_and_reports(client):
    response = client.post("/sources/batch", json={"articles": [*ARTICLES[:4], ARTICLES[0]]})
    assert response.status_code == 200  # no broker configured: done in the request
    job = response.get_json()
    assert (job["status"], job["total"], job["done"], job["failed"]) == ("done", 5, 5, 0)
    assert [r["created"] for r in job["results"]] == [True, True, True, True, False]
    assert client.get(response.headers["Location"]).get_json()["id"] == job["id"]
    assert client.get("/health").get_json()["counts"]["sources"] == 4


def test_batch_limits_and_errors(app, client):
    app.config["BATCH_MAX"] = 2
    too_many = client.post("/sources/batch", json={"articles": ARTICLES})
    assert too_many.status_code == 422 and "At most 2" in too_many.get_json()["detail"]
    bad = client.post("/sources/batch", json={"articles": [{"title": "x"}]})
    assert bad.status_code == 422 and "0" in bad.get_json()["errors"]["json"]["articles"]
    assert client.post("/sources/batch", json={"articles": []}).status_code == 422
    assert client.get("/jobs/nope").status_code == 404
    assert client.get("/health").get_json()["counts"]["sources"] == 0


def test_batch_through_celery_workers(database_url):
    from celery.contrib.testing.worker import start_worker

    from service.tasks import celery_app

    broker = redis_url()
    app = create_app({"DATABASE_URL": database_url, "API_TOKENS": TOKEN, "CELERY_BROKER_URL": broker})
    app.test_client_class = TokenClient
    client = app.test_client()
    worker_app = celery_app(broker)
    worker_app.control.purge()
    with start_worker(worker_app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        response = client.post("/sources/batch", json={"articles": ARTICLES})
        assert response.status_code == 202
        location = response.headers["Location"]
        deadline = time.time() + 60
        job = client.get(location).get_json()
        while job["status"] not in ("done", "failed") and time.time() < deadline:
            time.sleep(0.2)
            job = client.get(location).get_json()
    assert (job["status"], job["done"], job["failed"]) == ("done", len(ARTICLES), 0)
    assert sorted(r["index"] for r in job["results"]) == list(range(len(ARTICLES)))
    assert client.get("/health").get_json()["counts"]["sources"] == len(ARTICLES)
    app.extensions["store"].dispose()
