"""Celery tasks: the worker side of bulk ingest.

Workers: CELERY_BROKER_URL=redis://127.0.0.1:6379/0 DATABASE_URL=... celery -A service.tasks worker
"""

from __future__ import annotations

import os

from celery import Celery

app = Celery("timeline")
app.conf.update(broker_url=os.environ.get("CELERY_BROKER_URL") or "redis://127.0.0.1:6379/0",
                task_acks_late=True, worker_prefetch_multiplier=1, task_default_queue="timeline",
                broker_connection_retry_on_startup=True)


def celery_app(broker_url: str) -> Celery:
    """The task app, pointed at `broker_url` (the web app's CELERY_BROKER_URL)."""
    if app.conf.broker_url != broker_url:
        app.conf.broker_url = broker_url
    return app


@app.task(name="timeline.ingest_batch")
def ingest_batch(job_id: str, database_url: str, start: int = 0, stop: int | None = None) -> None:
    from service.jobs import run_batch
    from service.store import Store

    store = Store(database_url)
    try:
        run_batch(store, job_id, start, stop)
    finally:
        store.dispose()
