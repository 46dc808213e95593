"""Settings: defaults, then environment variables, then what a caller (a test) passes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INSTANCE_DIR = Path(os.environ.get("INSTANCE_DIR", PROJECT_ROOT / "instance"))


def default_database_url() -> str:
    return f"sqlite:///{INSTANCE_DIR / 'timeline.db'}"


def _origins(value: str) -> str | list[str]:
    value = value.strip()
    return "*" if value == "*" else [origin.strip() for origin in value.split(",") if origin.strip()]


def load(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The app's configuration; every key can be set from the environment of the same name."""
    config: dict[str, Any] = {
        "DATABASE_URL": os.environ.get("DATABASE_URL") or default_database_url(),
        "MAX_CONTENT_LENGTH": int(os.environ.get("MAX_CONTENT_LENGTH", 4 * 1024 * 1024)),  # room for escaped text
        "MAX_TEXT_CHARS": int(os.environ.get("MAX_TEXT_CHARS", 500_000)),
        # JSON bodies: arrays and objects nested at most this deep, integers of at most this many digits
        "JSON_MAX_DEPTH": int(os.environ.get("JSON_MAX_DEPTH", 32)),
        "JSON_MAX_DIGITS": int(os.environ.get("JSON_MAX_DIGITS", 100)),
        "SEEDS_DIR": os.environ.get("SEEDS_DIR", str(PROJECT_ROOT / "seeds")),
        # origins allowed to read the API from a browser: comma-separated, or * for any
        "CORS_ORIGINS": _origins(os.environ.get("CORS_ORIGINS", "*")),
        "CACHE_MAX_AGE": int(os.environ.get("CACHE_MAX_AGE", 0)),  # seconds clients may reuse a GET unasked
        "READ_CACHE_BYTES": int(os.environ.get("READ_CACHE_BYTES", 32 * 1024 * 1024)),  # per worker; 0 turns it off
        "CELERY_BROKER_URL": os.environ.get("CELERY_BROKER_URL") or None,  # set: bulk ingests go to Celery
        "BATCH_MAX": int(os.environ.get("BATCH_MAX", 100)),  # articles in one POST /sources/batch
        # a job whose worker has not reported for this long is failed (its worker died); renewed every third
        "JOB_LEASE_SECONDS": float(os.environ.get("JOB_LEASE_SECONDS", 60)),
        "JOB_QUEUE_SECONDS": float(os.environ.get("JOB_QUEUE_SECONDS", 3600)),  # a queued job must start within
        # Redis hands an unacknowledged task (its worker died) to another worker after this long
        "CELERY_VISIBILITY_TIMEOUT": float(os.environ.get("CELERY_VISIBILITY_TIMEOUT", 600)),
        # BLAS/OpenMP threads per Celery worker process (its processes are the parallelism; see service/tasks.py)
        "WORKER_THREADS": int(os.environ.get("WORKER_THREADS", 1)),
        "API_TOKENS": os.environ.get("API_TOKENS", ""),  # tokens or sha256:<hex> digests, comma-separated
        # iCalendar UIDs are event-<id>@<this>: a domain you control keeps them unique among calendars
        "ICS_UID_DOMAIN": os.environ.get("ICS_UID_DOMAIN", "timeline-service.invalid"),
        # honoured for clients on this machine only (service/api/auth.py)
        "ALLOW_UNAUTHENTICATED_WRITES": os.environ.get("ALLOW_UNAUTHENTICATED_WRITES", "") in ("1", "true", "yes"),
        # /annotate and /parse without a valid token: a few articles' worth, not MAX_TEXT_CHARS of CPU
        "MAX_ANONYMOUS_TEXT_CHARS": int(os.environ.get("MAX_ANONYMOUS_TEXT_CHARS", 20_000)),
        # signs paging cursors; unset, a key derived from DATABASE_URL (the same on every worker)
        "SECRET_KEY": os.environ.get("SECRET_KEY") or None,
        # the request target and each header field, in bytes (414 / 431 beyond); gunicorn's own limits are set
        # above these (service/gunicorn_conf.py) so the app answers first, with a problem
        "MAX_URL_BYTES": int(os.environ.get("MAX_URL_BYTES", 8000)),
        "MAX_HEADER_BYTES": int(os.environ.get("MAX_HEADER_BYTES", 8000)),
        # proxies in front whose X-Forwarded-For is trusted (0: the peer address is the client)
        "PROXY_HOPS": int(os.environ.get("PROXY_HOPS", 0)),
        # rate limits per client (a valid token, else the address), in Flask-Limiter's notation
        "RATELIMIT_ENABLED": os.environ.get("RATELIMIT_ENABLED", "1") not in ("0", "false", "no"),
        "RATELIMIT_READS": os.environ.get("RATELIMIT_READS", "600 per minute"),
        "RATELIMIT_WRITES": os.environ.get("RATELIMIT_WRITES", "60 per minute"),
        "RATELIMIT_COMPUTE": os.environ.get("RATELIMIT_COMPUTE", "30 per minute"),  # /annotate, /parse
        # clients never limited: this machine (benchmarks, probes, `make run`); comma-separated networks
        "RATELIMIT_EXEMPT": os.environ.get("RATELIMIT_EXEMPT", "127.0.0.0/8,::1"),
        # shared counts across workers and hosts; unset: the Redis of CELERY_BROKER_URL if any, else memory
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI") or None,
    }
    config.update(overrides or {})
    if not config["RATELIMIT_STORAGE_URI"]:
        broker = config["CELERY_BROKER_URL"] or ""
        config["RATELIMIT_STORAGE_URI"] = broker if broker.startswith(("redis://", "rediss://")) else "memory://"
    return config
