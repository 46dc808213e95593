"""kill -9 in the middle of a job: of a Celery worker's pool process, of a whole Celery worker, of a
gunicorn worker running an inline batch. Real processes, real Redis, real databases. Each ends with
the job done or failed, every article counted once, and the database holding what the job says."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from service import create_app
from service.jobs import LOST
from tests.conftest import TOKEN, TokenClient
from tests.outside import free_port, redis_url, wait_for

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BODY = ("The council of {town} approved a new bridge over the river on Tuesday 8 March 2022, officials said. "
        "Construction of the bridge in {town} will begin in May, the mayor told reporters on Wednesday. "
        "Residents of {town} protested against the plan last week.")
ARTICLES = [{"title": f"Bridge {i}", "published": "2022-03-10", "text": BODY.format(town=f"Town{i}")}
            for i in range(20)]  # two Celery chunks

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


def _job_row(store, job_id: str | None = None):
    """The job (the newest one when no id is given), its results and the stored source count."""
    from sqlalchemy import select

    from service.store import Job

    with store.transaction() as repo:
        job = repo.get_job(job_id) if job_id else repo.session.scalars(
            select(Job).order_by(Job.created_at.desc())).first()
        if job is None:
            return None
        return job, [(r.index, r.source_id, r.error) for r in job.results], repo.counts()["sources"]


def _worker_pid(owner: str | None) -> int | None:
    return int(owner.rsplit(":", 1)[1]) if owner else None


def _assert_counted_once(store, job_id: str, status: str) -> list:
    job, results, sources = _job_row(store, job_id)
    assert job.status == status
    assert [index for index, _, _ in results] == list(range(job.total))  # one result per article
    assert job.done == job.total and job.failed == sum(1 for *_, error in results if error)
    stored = [source_id for _, source_id, _ in results if source_id]
    assert len(set(stored)) == len(stored) == sources  # the database holds exactly what the job reports
    return results


@pytest.fixture
def broker(monkeypatch):
    import redis

    url = redis_url()
    redis.Redis.from_url(url).flushdb()  # our test database only
    monkeypatch.setenv("JOB_LEASE_SECONDS", "3")
    monkeypatch.setenv("CELERY_VISIBILITY_TIMEOUT", "6")
    yield url
    redis.Redis.from_url(url).flushdb()


def _celery_worker(broker: str, log: Path) -> subprocess.Popen:
    command = [str(BIN / "celery"), "-A", "service.tasks", "worker", "--pool", "prefork", "--concurrency", "1",
               "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel", "info"]
    return subprocess.Popen(command, cwd=ROOT, stdout=log.open("ab"), stderr=subprocess.STDOUT,
                            start_new_session=True,
                            env=_env(CELERY_BROKER_URL=broker, CELERY_VISIBILITY_TIMEOUT="6"))


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


def _submit(database_url: str, broker: str) -> tuple[str, object]:
    app = create_app({"DATABASE_URL": database_url, "API_TOKENS": TOKEN, "CELERY_BROKER_URL": broker})
    app.test_client_class = TokenClient
    response = app.test_client().post("/sources/batch", json={"articles": ARTICLES})
    assert response.status_code == 202
    return response.get_json()["id"], app.extensions["store"]


def _running_with_progress(store, job_id: str):
    job, results, _ = _job_row(store, job_id)
    return job.owner if job.status == "running" and 2 <= len(results) < 8 else None


def test_kill_9_of_a_celery_pool_process_redelivers_its_chunk(database_url, broker, tmp_path):
    log = tmp_path / "worker.log"
    worker = _celery_worker(broker, log)
    try:
        job_id, store = _submit(database_url, broker)
        owner = wait_for(lambda: _running_with_progress(store, job_id), 120, "the worker to be mid-chunk", 0.02)
        os.kill(_worker_pid(owner), signal.SIGKILL)  # the pool process, not the worker's main process
        wait_for(lambda: _job_row(store, job_id)[0].status in ("done", "failed"), 180, "the job to finish", 0.5)
        results = _assert_counted_once(store, job_id, "done")
        assert all(error is None for *_, error in results)
        assert _job_row(store, job_id)[0].owner != owner  # another pool process finished it
    finally:
        _stop(worker)
        print(log.read_text(errors="replace")[-3000:])


def test_kill_9_of_a_whole_celery_worker_is_taken_over_by_the_next(database_url, broker, tmp_path):
    log = tmp_path / "worker.log"
    first = _celery_worker(broker, log)
    second = None
    try:
        job_id, store = _submit(database_url, broker)
        wait_for(lambda: _running_with_progress(store, job_id), 120, "the worker to be mid-chunk", 0.02)
        os.killpg(first.pid, signal.SIGKILL)  # main process and pool together: nothing acknowledges or rejects
        first.wait(10)
        second = _celery_worker(broker, log)  # Redis hands the unacknowledged chunk out after its visibility timeout
        wait_for(lambda: _job_row(store, job_id)[0].status in ("done", "failed"), 180, "the job to finish", 0.5)
        results = _assert_counted_once(store, job_id, "done")
        assert all(error is None for *_, error in results)
    finally:
        _stop(first)
        if second is not None:
            _stop(second)
        print(log.read_text(errors="replace")[-3000:])


def _request(port: int, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    connection.request(method, path, body=json.dumps(body) if body else None, headers=headers)
    response = connection.getresponse()
    return response.status, json.loads(response.read() or b"{}")


def test_kill_9_of_a_gunicorn_worker_mid_batch_fails_the_job_with_the_reason(database_url, tmp_path):
    port = free_port()
    log = tmp_path / "gunicorn.log"
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "--workers", "1", "--timeout", "120", "--bind", f"127.0.0.1:{port}",
         "service.wsgi:app"], cwd=ROOT, stdout=log.open("ab"), stderr=subprocess.STDOUT, start_new_session=True,
        env=_env(DATABASE_URL=database_url, API_TOKENS=TOKEN, JOB_LEASE_SECONDS="2"))
    answered: list = []
    try:
        wait_for(lambda: _health(port), 60, "gunicorn to answer")
        poster = threading.Thread(target=lambda: answered.append(_try(port)), daemon=True)
        poster.start()
        store = create_app({"DATABASE_URL": database_url}).extensions["store"]
        owner = wait_for(lambda: (_job_row(store) or [None])[0] and _running_with_progress(
            store, _job_row(store)[0].id), 120, "the inline batch to be under way", 0.02)
        job_id = _job_row(store)[0].id
        os.kill(_worker_pid(owner), signal.SIGKILL)
        poster.join(30)
        assert answered and answered[0] is None  # the client saw the connection drop, no answer
        status = wait_for(lambda: _finished(port, job_id), 60, "GET /jobs to report the job finished")
        assert status == "failed"
        results = _assert_counted_once(store, job_id, "failed")
        assert results[0][2] is None and results[-1][2] == LOST
        store.dispose()
    finally:
        _stop(server)
        print(log.read_text(errors="replace")[-3000:])


def _health(port: int) -> bool:
    try:
        return _request(port, "GET", "/health")[0] == 200
    except OSError:
        return False


def _try(port: int) -> object:
    try:
        return _request(port, "POST", "/sources/batch", {"articles": ARTICLES})
    except (OSError, http.client.HTTPException):
        return None


def _finished(port: int, job_id: str) -> str | None:
    try:
        status, job = _request(port, "GET", f"/jobs/{job_id}")
    except OSError:
        return None
    return job["status"] if status == 200 and job["status"] in ("done", "failed") else None
