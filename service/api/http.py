"""HTTP manners: validators (ETag, Last-Modified, 304), Cache-Control, CORS, gzip, charsets, and a
read cache.

Validators are computed from the response body, so every worker of a multi-process deployment
gives the same ETag for the same data without sharing any state. The read cache is per worker and
keyed on the database's data version, so a worker can never serve what another one has changed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import ExitStack
from typing import Any
from urllib.parse import parse_qsl

from flask import Flask, Response, current_app, g, request
from flask_compress import Compress
from flask_cors import CORS
from sqlalchemy.exc import SQLAlchemyError

from service.exports import MEDIA_TYPES

TEXT_TYPES = {"application/json", "application/problem+json", "application/yaml", "text/html", *MEDIA_TYPES.values()}
DATA_PREFIXES = ("/events", "/timeline", "/timelines", "/sources")
# set by service/api/limits.py; named here so pages on other origins may read them
RATE_LIMIT_HEADERS = ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy", "Retry-After"]

# what a cached body is served with (Vary: Accept too, which the hooks below do not add back)
KEPT_HEADERS = ("Content-Type", "Link", "Content-Disposition", "Vary")

compress = Compress()


class ReadCache:
    """Recent GET answers of one worker, keyed on (data version, ...); bounded in bytes. It holds one
    version's answers only: once the worker has seen a newer version, older answers can never be asked
    for again (the version only grows), so they are dropped rather than left to crowd out live ones."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.entries: OrderedDict[tuple, tuple[Any, int]] = OrderedDict()
        self.size = 0
        self.version = -1
        self.lock = threading.Lock()

    def get(self, key: tuple) -> Any:
        with self.lock:
            found = self.entries.get(key)
            if found is None:
                return None
            self.entries.move_to_end(key)
            return found[0]

    def put(self, key: tuple, value: Any, size: int) -> None:
        if size > self.max_bytes // 4:
            return
        with self.lock:
            self._see(key[0])
            if key[0] < self.version or key in self.entries:
                return
            self.entries[key] = (value, size)
            self.size += size
            while self.size > self.max_bytes:
                _, (_, old) = self.entries.popitem(last=False)
                self.size -= old

    def seen(self, version: int) -> None:
        """The committed data version is `version`: answers of older ones are dropped."""
        if version > self.version:
            with self.lock:
                self._see(version)

    def _see(self, version: int) -> None:
        if version > self.version:
            self.version = version
            self.entries.clear()
            self.size = 0


def query_pairs(environ: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The query string as `request.args` decodes it, pairs in order: what every route reads of it, so two
    spellings of one query (`%20` or `+`, `%41` or `A`) get one answer and share a cache entry. Raises
    UnicodeDecodeError where Flask's decoding would fail too."""
    query = environ.get("QUERY_STRING", "").encode("latin1").decode()
    return tuple(parse_qsl(query, keep_blank_values=True, errors="werkzeug.url_quote"))


REPLAYABLE = "timeline.replayable"  # WSGI environ: the data version of an answer service/api/hits.py may keep
RETRYABLE = "X-Timeline-Retryable"  # internal: set on a 503 a read may retry, removed before it leaves


class RetryReads:
    """WSGI: a GET or HEAD whose database connection was lost mid-request (a PostgreSQL backend
    terminated, a fail-over) is run once more before the 503 reaches the client. The lost connection
    has been dropped by then (store/faults.py), so the second run gets a fresh one. Reads only: a
    write may have half-happened, and its client is told to retry."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def __call__(self, environ: dict, start_response: Any) -> Any:
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return self.app(environ, start_response)
        first: dict[str, Any] = {}

        def hold(status: str, headers: list, exc_info: Any = None) -> Any:
            first.update(status=status, headers=headers, exc_info=exc_info)
            return lambda _data: None

        body = self.app(environ, hold)
        retry = any(name == RETRYABLE for name, _ in first["headers"])
        if retry:
            if hasattr(body, "close"):
                body.close()
            body = self.app(environ, hold)
        start_response(first["status"], [(n, v) for n, v in first["headers"] if n != RETRYABLE], first["exc_info"])
        return body


def init_http(app: Flask) -> None:
    origins = app.config["CORS_ORIGINS"]
    CORS(app, origins=origins, expose_headers=["ETag", "Last-Modified", "Link", "Location", *RATE_LIMIT_HEADERS],
         methods=["GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS"], max_age=600)
    app.config.setdefault("COMPRESS_MIMETYPES", sorted(TEXT_TYPES | {"text/html"}))
    app.config.setdefault("COMPRESS_MIN_SIZE", 1024)
    app.config.setdefault("COMPRESS_ALGORITHM", ["gzip"])
    compress.init_app(app)
    app.extensions["read_cache"] = ReadCache(app.config["READ_CACHE_BYTES"])
    app.wsgi_app = RetryReads(app.wsgi_app)
    app.before_request(_open_snapshot)  # first: the data version the cache keys on is read in the snapshot too
    app.teardown_request(_close_snapshot)
    app.before_request(_from_cache)
    # registered after Compress, so it runs first: validators are computed on the uncompressed body
    app.after_request(_manners)


def _open_snapshot() -> None:
    """A read request reads one snapshot of the database, so its count, pages and sources agree."""
    if request.method in ("GET", "HEAD") and request.path.startswith(DATA_PREFIXES):
        stack = ExitStack()
        g.snapshot = stack
        stack.enter_context(current_app.extensions["store"].snapshot())


def _close_snapshot(_error: BaseException | None) -> None:
    stack = g.pop("snapshot", None)
    if stack is None:
        return
    try:
        stack.close()
    except SQLAlchemyError as error:  # the answer is already made; a connection lost since only needs logging
        current_app.logger.warning("closing a read snapshot failed: %s", error)


def _cache_key() -> tuple | None:
    if request.method not in ("GET", "HEAD") or not request.path.startswith(DATA_PREFIXES):
        return None
    with current_app.extensions["store"].transaction() as repo:
        version, changed = repo.data_version()
    g.data_changed = changed
    return (version, "body", request.path, query_pairs(request.environ), request.headers.get("Accept", ""))


def _from_cache() -> Response | None:
    key = _cache_key()
    g.cache_key = key
    if key is None or current_app.config["READ_CACHE_BYTES"] <= 0:
        return None
    cached = current_app.extensions["read_cache"].get(key)
    if cached is None:
        return None
    body, status, headers = cached
    g.cache_hit = True
    return Response(body, status=status, headers=headers)


def _manners(response: Response) -> Response:
    if response.mimetype in TEXT_TYPES and "charset" not in response.headers.get("Content-Type", ""):
        response.headers["Content-Type"] = f"{response.mimetype}; charset=utf-8"
    if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.direct_passthrough:
        if response.status_code >= 400:
            response.headers["Cache-Control"] = "no-store"
        return response
    max_age = current_app.config["CACHE_MAX_AGE"]
    response.headers["Cache-Control"] = f"public, max-age={max_age}, must-revalidate"
    key = g.get("cache_key")
    if key is not None and current_app.config["READ_CACHE_BYTES"] > 0:
        if not g.get("cache_hit"):
            kept = {name: value for name, value in response.headers.items() if name in KEPT_HEADERS}
            body = response.get_data()
            current_app.extensions["read_cache"].put(key, (body, response.status_code, kept), len(body))
        request.environ[REPLAYABLE] = key[0]  # what leaves Flask may be replayed to the same request (hits.py)
    response.add_etag(weak=True)
    if g.get("data_changed") is not None:
        response.last_modified = g.data_changed
    return response.make_conditional(request)
