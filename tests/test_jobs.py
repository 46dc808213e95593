"""Bulk ingest: POST /sources/batch and GET /jobs/{id}, inline and through Celery on the real Redis."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from service import create_app
from service.tasks import THREAD_VARIABLES
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


def test_limit_threads_keeps_what_the_operator_set():
    from service.tasks import limit_threads

    assert set(limit_threads({}).values()) == {"1"}
    chosen = limit_threads({"WORKER_THREADS": "2", "OPENBLAS_NUM_THREADS": "4"})
    assert chosen["OPENBLAS_NUM_THREADS"] == "4" and chosen["OMP_NUM_THREADS"] == "2"
    assert set(chosen) == set(THREAD_VARIABLES)


WORKER_START = """
import os, sys
from celery.signals import worker_init
import service.tasks
if sys.argv[1] == "worker":
    worker_init.send(sender=None)  # what `celery worker` sends before its pool forks
import numpy
from service.nlp.pipeline import _load
print(len(os.listdir("/proc/self/task")), _load.cache_info().currsize)
"""


def _started(how: str) -> tuple[int, int]:
    """Threads of a fresh process once numpy is loaded, and spaCy pipelines it holds, started as `how`."""
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES and k != "WORKER_THREADS"}
    done = subprocess.run([sys.executable, "-c", WORKER_START, how], env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    threads, pipelines = done.stdout.split()
    return int(threads), int(pipelines)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="counts threads in /proc")
def test_worker_start_up_holds_blas_to_one_thread_and_loads_the_parser():
    threads, pipelines = _started("worker")
    assert (threads, pipelines) == (1, 1)  # one thread for the worker process; the parser loaded before any chunk
    if (os.cpu_count() or 1) > 1:  # the check can tell: a plain process's BLAS starts a thread per core
        threads, pipelines = _started("plain")
        assert threads > 1 and pipelines == 0


def test_jobs_are_split_so_several_workers_share_even_a_small_one():
    from service.jobs import CHUNK, MIN_CHUNKS, chunk_size

    assert chunk_size(1) == 1 and chunk_size(len(ARTICLES)) == 3  # 14 articles: five tasks, not two
    assert chunk_size(100 * CHUNK) == CHUNK  # a big job: tasks of at most CHUNK articles
    assert all(-(-total // chunk_size(total)) >= min(total, MIN_CHUNKS) for total in range(1, 200))


def test_a_worker_process_keeps_its_store_from_chunk_to_chunk(database_url):
    from service.tasks import _stores, worker_store

    store = worker_store(database_url)
    try:
        assert worker_store(database_url) is store  # no new engine, connections and first-connect queries
    finally:
        _stores.pop(database_url).dispose()
