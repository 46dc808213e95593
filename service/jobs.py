"""Bulk ingest: a job of many articles, run inline or handed to Celery workers.

With CELERY_BROKER_URL set, submitting queues the job and returns at once; workers ingest the
articles (each in its own transaction, so one bad article fails alone) and record progress in the
job row that `GET /jobs/{id}` reads. Without a broker the same function runs in the request.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from service.ingest import Article, ingest
from service.store import Job, Store

CHUNK = 10  # articles per Celery task


def article_payload(article: Article) -> dict[str, Any]:
    return {"title": article.title, "text": article.text, "url": article.url, "outlet": article.outlet,
            "language": article.language, "published": article.published.isoformat() if article.published else None}


def article_from(payload: dict[str, Any]) -> Article:
    published = date.fromisoformat(payload["published"]) if payload.get("published") else None
    return Article(title=payload["title"], text=payload["text"], published=published, url=payload.get("url"),
                   outlet=payload.get("outlet"), language=payload.get("language") or "en")


def submit_batch(store: Store, articles: list[Article], broker_url: str | None) -> Job:
    """Create the job; queue it for Celery when a broker is configured, else run it now."""
    job_id = str(uuid.uuid4())
    with store.transaction(writes=True) as repo:
        repo.add_job(job_id, "ingest", [article_payload(a) for a in articles])
    if broker_url:
        from service.tasks import celery_app

        queue = celery_app(broker_url)
        for start in range(0, len(articles), CHUNK):  # chunks, so several workers share one job
            queue.send_task("timeline.ingest_batch", args=[job_id, store.url, start, start + CHUNK])
    else:
        run_batch(store, job_id)
    with store.transaction() as repo:
        return repo.get_job(job_id)


def run_batch(store: Store, job_id: str, start: int = 0, stop: int | None = None) -> None:
    """Ingest the job's articles [start, stop), recording one result per article as it goes."""
    with store.transaction(writes=True) as repo:
        job = repo.get_job(job_id)
        payload = list(job.payload) if job is not None else []
        repo.set_job_status(job_id, "running")
    for index, item in list(enumerate(payload))[start:stop]:
        try:
            result = ingest(store, article_from(item))
            outcome = {"index": index, "source_id": result.source.id, "created": result.created,
                       "events": len(result.events)}
        except Exception as exc:  # one article's failure is recorded, and the others go on
            outcome = {"index": index, "error": f"{type(exc).__name__}: {exc}"[:500]}
        with store.transaction(writes=True) as repo:  # parallel workers update the same job row
            repo.record_job_result(job_id, outcome)
