"""Job states after faults, in one process: lost workers, redelivered chunks, an unreachable broker,
errors that could leak SQL or article text. Real databases; the crashes themselves are in
test_job_crashes.py."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy.exc import OperationalError

from service import create_app, jobs
from service.ingest import Article, ingest
from service.jobs import INTERNAL, LOST, NOT_QUEUED, STORAGE_FAILED, article_payload, run_batch, submit_batch
from tests.conftest import TOKEN, TokenClient

ARTICLES = [Article(title=f"a{i}", published=None,
                    text=f"The mayor of Town{i} opened a new library on Tuesday 8 March 2022, officials said.")
            for i in range(6)]
LEASE = timedelta(seconds=30)


def _job(store, articles=ARTICLES, lease=LEASE) -> str:
    with store.transaction(writes=True) as repo:
        return repo.add_job(f"job-{time.monotonic_ns()}", "ingest", [article_payload(a) for a in articles], lease).id


def _state(store, job_id):
    with store.transaction() as repo:
        job = repo.get_job(job_id)
        counts = repo.counts()
        return job, [(r.index, r.source_id, r.error) for r in job.results], counts["sources"]


def test_a_redelivered_chunk_counts_each_article_once(store):
    job_id = _job(store)
    run_batch(store, job_id, 0, 3, LEASE)
    ingest(store, ARTICLES[3])  # the worker died after storing article 3 and before recording it
    run_batch(store, job_id, 0, 6, LEASE)  # the whole chunk again, as Celery redelivers it
    run_batch(store, job_id, 3, 6, LEASE)  # and a late duplicate of a finished chunk
    job, results, sources = _state(store, job_id)
    assert (job.status, job.total, job.done, job.failed) == ("done", 6, 6, 0)
    assert [index for index, _, _ in results] == list(range(6))
    assert sources == 6 and all(source_id for _, source_id, _ in results)


def test_a_job_whose_worker_stopped_is_answered_failed_with_the_reason(app, client, store):
    job_id = _job(store)
    with store.transaction(writes=True) as repo:
        repo.claim_job(job_id, "elsewhere:1", timedelta(seconds=1))  # a worker that will never report again
    ingest(store, ARTICLES[0])
    with store.transaction(writes=True) as repo:
        repo.record_job_result(job_id, 0, source_id=1, created=True, events=1)
    ingest(store, ARTICLES[1])  # stored, but the worker died before saying so
    assert client.get(f"/jobs/{job_id}").get_json()["status"] == "running"  # its lease still holds
    time.sleep(1.2)
    job = client.get(f"/jobs/{job_id}").get_json()
    assert (job["status"], job["done"], job["failed"]) == ("failed", 6, 4)
    assert [r.get("error") for r in job["results"]] == [None, None, LOST, LOST, LOST, LOST]
    assert job["results"][1]["source_id"] is not None  # found by its content, not reported lost
    run_batch(store, job_id, 0, 6, LEASE)  # a chunk arriving after the job failed does nothing
    assert _state(store, job_id)[2] == 2


def test_lost_jobs_are_failed_at_start_up(database_url, store):
    job_id = _job(store, lease=timedelta(seconds=-1))
    create_app({"DATABASE_URL": database_url}).extensions["store"].dispose()
    job, results, _ = _state(store, job_id)
    assert job.status == "failed" and {error for _, _, error in results} == {LOST}


def test_a_live_heartbeat_keeps_the_job(store, monkeypatch):
    """A slow article does not lose its job: the heartbeat renews the lease while it runs."""
    job_id = _job(store, ARTICLES[:1])
    real = jobs.ingest

    def slow(*args, **kwargs):
        time.sleep(1.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(jobs, "ingest", slow)
    run_batch(store, job_id, lease=timedelta(seconds=0.6))
    assert jobs.reap(store) == []
    job, results, _ = _state(store, job_id)
    assert job.status == "done" and results[0][2] is None


def test_job_errors_name_no_sql_and_no_text(client, monkeypatch):
    secret = "A confidential paragraph of the article"

    def failing(_store, article, *args, **kwargs):
        if article.title == "a1":
            raise OperationalError(f"INSERT INTO sources (text) VALUES ('{secret}')", {"text": secret}, Exception())
        if article.title == "a2":
            raise RuntimeError(secret)
        return ingest(_store, article, *args, **kwargs)

    monkeypatch.setattr(jobs, "ingest", failing)
    body = {"articles": [{"title": a.title, "text": a.text} for a in ARTICLES[:3]]}
    job = client.post("/sources/batch", json=body).get_json()
    assert [r.get("error") for r in job["results"]] == [None, STORAGE_FAILED, INTERNAL]
    assert (job["status"], job["done"], job["failed"]) == ("done", 3, 2)
    assert secret not in client.get(f"/jobs/{job['id']}").get_data(as_text=True)


def test_broker_down_is_503_and_the_job_failed(database_url):
    app = create_app({"DATABASE_URL": database_url, "API_TOKENS": TOKEN,
                      "CELERY_BROKER_URL": "redis://127.0.0.1:1/14"})  # nothing listens on port 1
    app.test_client_class = TokenClient
    client = app.test_client()
    started = time.monotonic()
    response = client.post("/sources/batch", json={"articles": [{"title": "x", "text": ARTICLES[0].text}]})
    assert time.monotonic() - started < 15
    assert response.status_code == 503 and response.mimetype == "application/problem+json"
    assert response.headers["Retry-After"] and "queue" in response.get_json()["detail"]
    job = client.get(response.headers["Location"]).get_json()
    assert (job["status"], job["done"], job["failed"]) == ("failed", 1, 1)
    assert job["results"][0]["error"] == NOT_QUEUED
    assert client.get("/health").get_json()["counts"]["sources"] == 0
    app.extensions["store"].dispose()


@pytest.mark.parametrize("lease", [timedelta(seconds=30)])
def test_submit_inline_runs_under_a_lease(store, lease):
    job = submit_batch(store, ARTICLES[:2], None, jobs.Timing(lease, lease, lease))
    assert (job.status, job.done, job.lease_until) == ("done", 2, None)


def test_an_article_stored_after_its_job_failed_is_reported_stored(store):
    """A worker that outlived its lease (paused, not dead) stores an article after the reaper
    gave it up: the result says what the database holds, and the job stays failed."""
    job_id = _job(store, ARTICLES[:3])
    with store.transaction(writes=True) as repo:
        repo.fail_job(job_id, LOST)
    stored = ingest(store, ARTICLES[1])
    with store.transaction(writes=True) as repo:
        repo.record_job_result(job_id, 1, source_id=stored.source.id, created=True, events=len(stored.events))
        repo.record_job_result(job_id, 1, source_id=stored.source.id, created=False, events=0)  # and again
    job, results, sources = _state(store, job_id)
    assert (job.status, job.done, job.failed) == ("failed", 3, 2)
    assert results == [(0, None, LOST), (1, stored.source.id, None), (2, None, LOST)] and sources == 1


def test_per_article_bookkeeping_reads_neither_the_articles_nor_the_results(store):
    """Each article's start and result lock the job row that every worker of the job waits on: they must
    not load the job's articles and every result so far (a cost growing with the job, paid per article)."""
    from sqlalchemy import event

    job_id = _job(store)
    with store.transaction(writes=True, keys=()) as repo:
        repo.record_job_result(job_id, 0, error=INTERNAL)
    statements: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        with store.transaction(writes=True, keys=()) as repo:
            assert repo.start_attempt(job_id, 1) == 1
        with store.transaction(writes=True, keys=()) as repo:
            job = repo.record_job_result(job_id, 1, source_id=None, error=INTERNAL)
            assert (job.done, job.failed) == (2, 2)
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    assert statements and not [s for s in statements if "payload" in s]
    assert not [s for s in statements if "FROM job_results" in s and "article_index" not in s.split("WHERE")[-1]]
    job, results, _ = _state(store, job_id)
    assert [index for index, _, _ in results] == [0, 1] and job.done == 2
