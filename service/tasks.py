"""Celery tasks: the worker side of bulk ingest.

Workers: CELERY_BROKER_URL=redis://127.0.0.1:6379/0 DATABASE_URL=... celery -A service.tasks worker

A task is acknowledged only when it has run (acks_late), and given back to the queue when its worker
process dies under it (reject_on_worker_lost), so a killed worker's chunk is done by another; a
whole worker host lost leaves its chunk unacknowledged in Redis, which hands it out again after the
visibility timeout. Running a chunk twice is safe: `run_batch` skips articles that have a result.

Start-up (`worker_init`, in the main worker process before the pool forks): BLAS and OpenMP thread
pools are held to WORKER_THREADS per process (default 1), since Celery's processes are the
parallelism and a pool per process sized to the machine's cores would oversubscribe them; then the
parser and the event layer are loaded once, so every pool process starts warm (sharing the model's
pages) instead of its first chunk paying a second or more for it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import MutableMapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from celery import Celery
from celery.signals import worker_init

from service import config

if TYPE_CHECKING:
    from service.store import Store

# the variables BLAS and OpenMP libraries read when they load to size their thread pools
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
                    "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")

log = logging.getLogger(__name__)


def limit_threads(environ: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """Set each library's thread count to WORKER_THREADS (default 1) where the operator has not set it;
    returns the counts in force. Must run before numpy loads: a loaded library keeps its pool."""
    environ = os.environ if environ is None else environ
    threads = str(max(1, int(environ.get("WORKER_THREADS") or 1)))  # config.load's WORKER_THREADS, read from `environ`
    for name in THREAD_VARIABLES:
        environ.setdefault(name, threads)
    if "numpy" in sys.modules:
        log.warning("numpy was loaded before the worker started: its BLAS keeps the thread count it started with")
    return {name: environ[name] for name in THREAD_VARIABLES}


def warm_up() -> None:
    """Load the spaCy pipeline and the modules a chunk runs, so no chunk pays for them."""
    from service import jobs  # noqa: F401  (the ingest pipeline: tagger, event layer, store)
    from service.nlp import pipeline

    pipeline()


@worker_init.connect(weak=False)
def _start_worker(**_: Any) -> None:
    limit_threads()
    warm_up()


def _settings(broker_url: str) -> dict[str, Any]:
    visibility = config.load()["CELERY_VISIBILITY_TIMEOUT"]
    return {
        "broker_url": broker_url, "task_acks_late": True, "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1, "task_default_queue": "timeline", "broker_connection_retry_on_startup": True,
        # unacknowledged tasks older than the visibility timeout are looked for every few seconds (kombu's
        # default: every 100 s), so a lost worker's chunk comes back soon after the timeout, not minutes later
        "broker_transport_options": {"visibility_timeout": visibility,
                                     "unacked_restore_interval": min(10.0, max(1.0, visibility / 4)),
                                     "unacked_restore_throttle": 1, "socket_connect_timeout": 2},
        # a broker that does not answer fails the submit within a second or two (503), not after minutes
        "task_publish_retry_policy": {"max_retries": 2, "interval_start": 0, "interval_step": 0.2,
                                      "interval_max": 0.5},
    }


_stores: dict[str, Store] = {}


def worker_store(database_url: str) -> Store:
    """This process's store for `database_url`, kept from chunk to chunk: a new engine per chunk paid
    for its connections and the dialect's first-connect queries every time. Created in the pool
    process that runs the chunk (never before the fork), so no two processes share a connection."""
    from service.store import Store

    if database_url not in _stores:
        _stores[database_url] = Store(database_url)
    return _stores[database_url]


def ingest_batch(job_id: str, database_url: str, start: int = 0, stop: int | None = None,
                 lease_seconds: float | None = None, queue_seconds: float | None = None) -> None:
    from service.jobs import run_batch

    run_batch(worker_store(database_url), job_id, start, stop,
              timedelta(seconds=lease_seconds) if lease_seconds else None,
              timedelta(seconds=queue_seconds) if queue_seconds else None)


def _make(broker_url: str) -> Celery:
    celery = Celery("timeline")
    celery.conf.update(_settings(broker_url))
    celery.task(name="timeline.ingest_batch")(ingest_batch)
    return celery


app = _make(config.load()["CELERY_BROKER_URL"] or "redis://127.0.0.1:6379/0")
_apps = {app.conf.broker_url: app}


def celery_app(broker_url: str) -> Celery:
    """The task app for `broker_url` (the web app's CELERY_BROKER_URL). One app per URL: an app's
    connection pool stays on the broker it first reached, so changing its URL would not move it."""
    if broker_url not in _apps:
        _apps[broker_url] = _make(broker_url)
    return _apps[broker_url]
