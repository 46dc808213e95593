"""Bulk ingest: a job of many articles, run inline or handed to Celery workers.

With CELERY_BROKER_URL set, submitting queues the job and returns at once; workers ingest the
articles (each in its own transaction, so one bad article fails alone) and record one result per
article in `job_results`, which `GET /jobs/{id}` reads. Without a broker the same function runs in
the request.

Poison: each start of an article is counted (and committed) before the work, so an article whose
parse kills its worker every time ends failed with a reason after MAX_ATTEMPTS starts instead of
being redelivered forever.

Crashes: whoever works on a job holds a lease and renews it from a heartbeat thread. A worker that
dies (kill -9, OOM, a gunicorn timeout) stops renewing; once the lease has run out the reaper marks
the job failed, giving every article without a result the reason. We fail rather than resume: an
inline job has no runner left to resume it, and posting the batch again is cheap and safe (a text
already stored is answered from the store, not ingested twice). Celery work is resumed by Celery
itself: tasks acknowledge late and are re-queued when their worker is lost, so the lease of a
Celery job outlasts the broker's redelivery delay. A redelivered chunk skips the articles that
already have a result, so nothing is counted twice.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from types import TracebackType
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from service import config
from service.ingest import Article, ingest
from service.store import Job, Store

CHUNK = 10  # most articles per Celery task
MIN_CHUNKS = 4  # tasks a job is split into at least (articles allowing), so several workers share a small one
LOST = "not ingested: the job's worker stopped before reaching this article; post it again"
NOT_QUEUED = "not queued: the job queue could not be reached; post the batch again later"
STORAGE_FAILED = "not ingested: the database failed while storing it; post it again later"
INTERNAL = "not ingested: an internal error (details in the service log)"
MAX_ATTEMPTS = 3  # starts of one article before it counts as poison (its worker died each time)
POISON = (f"not ingested: its worker stopped while ingesting it {MAX_ATTEMPTS} times (killed, out of memory or "
          "crashed); it is left out so the rest of the job can finish")

log = logging.getLogger(__name__)


class QueueUnavailable(Exception):
    """The broker could not be reached: the job was marked failed, nothing is left queued."""

    def __init__(self, job_id: str) -> None:
        super().__init__(f"job {job_id}: the job queue could not be reached")
        self.job_id = job_id


@dataclass(frozen=True)
class Timing:
    """How long a job may go without its worker reporting before it counts as lost."""

    lease: timedelta  # a running worker renews its lease every third of this
    queue_wait: timedelta  # a queued Celery job must be taken up within this
    redelivery: timedelta  # the broker's visibility timeout: a dead Celery worker's chunk comes back after it

    @classmethod
    def from_config(cls, settings: dict[str, Any] | None = None) -> Timing:
        settings = settings or config.load()
        return cls(lease=timedelta(seconds=settings["JOB_LEASE_SECONDS"]),
                   queue_wait=timedelta(seconds=settings["JOB_QUEUE_SECONDS"]),
                   redelivery=timedelta(seconds=settings["CELERY_VISIBILITY_TIMEOUT"]))


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def article_payload(article: Article) -> dict[str, Any]:
    return {"title": article.title, "text": article.text, "url": article.url, "outlet": article.outlet,
            "language": article.language, "published": article.published.isoformat() if article.published else None}


def article_from(payload: dict[str, Any]) -> Article:
    published = date.fromisoformat(payload["published"]) if payload.get("published") else None
    return Article(title=payload["title"], text=payload["text"], published=published, url=payload.get("url"),
                   outlet=payload.get("outlet"), language=payload.get("language") or "en")


def submit_batch(store: Store, articles: list[Article], broker_url: str | None, timing: Timing | None = None) -> Job:
    """Create the job; queue it for Celery when a broker is configured, else run it now.

    Raises QueueUnavailable (the job then failed, with the reason on each article) when the broker
    cannot be reached."""
    timing = timing or Timing.from_config()
    job_id = str(uuid.uuid4())
    with store.transaction(writes=True, keys=()) as repo:
        repo.add_job(job_id, "ingest", [article_payload(a) for a in articles],
                     timing.queue_wait if broker_url else timing.lease)
    if broker_url:
        _queue(store, job_id, len(articles), broker_url, timing)
    else:
        run_batch(store, job_id, lease=timing.lease)
    with store.transaction() as repo:
        return repo.get_job(job_id)


def _queue(store: Store, job_id: str, total: int, broker_url: str, timing: Timing) -> None:
    from service.tasks import celery_app

    queue = celery_app(broker_url)
    leases = {"lease_seconds": (timing.lease + timing.redelivery).total_seconds(),
              "queue_seconds": timing.queue_wait.total_seconds()}
    size = chunk_size(total)
    try:
        for start in range(0, total, size):  # chunks, so several workers share one job
            queue.send_task("timeline.ingest_batch", args=[job_id, store.url, start, start + size], kwargs=leases)
    except Exception as error:  # kombu and redis raise several kinds; any of them means "not queued"
        log.warning("job %s: could not queue it (%s: %s)", job_id, type(error).__name__, error)
        with store.transaction(writes=True, keys=()) as repo:
            repo.fail_job(job_id, NOT_QUEUED)
        raise QueueUnavailable(job_id) from error


def chunk_size(total: int) -> int:
    """Articles per task: at most CHUNK, so a big job's last chunk leaves other workers idle briefly;
    and small enough that a job has at least MIN_CHUNKS tasks, so a batch of a dozen is not one worker's."""
    return max(1, min(CHUNK, total // MIN_CHUNKS))


class Heartbeat:
    """Renews a job's lease every third of it from a daemon thread while the work goes on: a worker
    killed mid-article stops renewing, and its lease runs out."""

    def __init__(self, store: Store, job_id: str, owner: str, lease: timedelta) -> None:
        self.store, self.job_id, self.owner, self.lease = store, job_id, owner, lease
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"heartbeat-{job_id}", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.lease.total_seconds() / 3):
            try:
                with self.store.transaction() as repo:
                    if not repo.renew_lease(self.job_id, self.owner, self.lease):
                        return  # finished, or failed by the reaper: nothing more to keep alive
            except SQLAlchemyError as error:  # the lease runs out if the database stays away
                log.warning("job %s: heartbeat failed: %s", self.job_id, error)


def run_batch(store: Store, job_id: str, start: int = 0, stop: int | None = None,
              lease: timedelta | None = None, queue_wait: timedelta | None = None) -> None:
    """Ingest the job's articles [start, stop), recording one result per article as it goes.

    Articles that already have a result (a redelivered chunk) are skipped; a job already finished
    (failed by the reaper, or done) is left alone. A chunk that ends with other chunks still to do
    leaves the job `queue_wait` for them to be taken up, as when it was queued."""
    lease = lease or Timing.from_config().lease
    owner = worker_name()
    with store.transaction(writes=True, keys=()) as repo:
        job = repo.claim_job(job_id, owner, lease)
        if job is None:
            log.info("job %s: unknown or finished; chunk [%s, %s) skipped", job_id, start, stop)
            return
        payload = list(job.payload)
        handled = {result.index for result in job.results}
    with Heartbeat(store, job_id, owner, lease):
        for index in range(start, len(payload) if stop is None else min(stop, len(payload))):
            if index in handled:
                continue
            with store.transaction(writes=True, keys=()) as repo:  # committed before the work: a crash keeps it
                attempt = repo.start_attempt(job_id, index)
            if attempt is None:
                continue  # handled meanwhile by another delivery, or the job is finished
            if attempt > MAX_ATTEMPTS:
                log.error("job %s: article %d stopped its worker %d times; failed as poison", job_id, index,
                          MAX_ATTEMPTS)
                outcome: dict[str, Any] = {"error": POISON}
            else:
                outcome = _ingest_one(store, job_id, index, payload[index])
            with store.transaction(writes=True, keys=()) as repo:  # parallel workers update the same job row
                job = repo.record_job_result(job_id, index, **outcome)
            if job is None or job.done >= job.total:
                return  # every article has a result, possibly the reaper's
    if queue_wait is not None:
        with store.transaction() as repo:
            repo.renew_lease(job_id, owner, max(queue_wait, lease))


def _ingest_one(store: Store, job_id: str, index: int, item: dict[str, Any]) -> dict[str, Any]:
    """One article's outcome; a failure gets a short reason here and its details in the log only
    (an exception's text may hold SQL, parameters or the article itself)."""
    try:
        result = ingest(store, article_from(item))
    except SQLAlchemyError:
        log.exception("job %s: article %d could not be stored", job_id, index)
        return {"error": STORAGE_FAILED}
    except Exception:  # one article's failure is recorded, and the others go on
        log.exception("job %s: article %d failed", job_id, index)
        return {"error": INTERNAL}
    return {"source_id": result.source.id, "created": result.created, "events": len(result.events)}


def lease_expired(job: Job) -> bool:
    """Queued or running, and its worker has not renewed the lease in time."""
    if job.status not in ("queued", "running"):
        return False
    if job.lease_until is None:
        return True
    until = job.lease_until if job.lease_until.tzinfo else job.lease_until.replace(tzinfo=UTC)  # SQLite: naive UTC
    return until < datetime.now(UTC)


def reap_job(store: Store, job_id: str) -> Job | None:
    """Fail the job if its lease has run out (re-checked under its row lock); the failed job, or None."""
    with store.transaction(writes=True, keys=()) as repo:
        job = repo.fail_job(job_id, LOST, only_expired=True)
    if job is not None:
        log.warning("job %s: its worker stopped reporting; marked failed", job_id)
    return job


def reap(store: Store) -> list[str]:
    """Fail every queued or running job whose lease ran out; returns their ids. Run at start-up
    and whenever such a job is read, so no job is reported queued or running forever."""
    with store.transaction() as repo:
        expired = repo.expired_jobs()
    return [job_id for job_id in expired if reap_job(store, job_id) is not None]
