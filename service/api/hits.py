"""Cache hits answered before Flask: a read this worker has answered at the current data version is
replayed from memory, status, headers and bytes as Flask sent them, after the same gatekeeping Flask
would apply first (size limits, the caller's scope, rate limits).

Why: profiled, a hit through Flask cost ~0.7 ms, nearly all of it around the cached bytes (request
context and routing, a pool check-out with its ping and a transaction for the read snapshot, the data
version read through the ORM, the hooks, the ETag over the body, the conditional check); a replay costs
one statement on the database and a dictionary look-up.

What is replayed is exactly what Flask answered to a request that asked the same: the same method, path
and decoded query, in the same scope, with the same values of every header an answer depends on (format
negotiation, compression, CORS, validators). Only the Date and the client's RateLimit fields are made
anew. The first such request, and every request the cache cannot answer, goes through Flask, which
marks what may be kept (http.REPLAYABLE).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask
from werkzeug.http import http_date

from service.api.auth import read_scope
from service.api.http import DATA_PREFIXES, RATE_LIMIT_HEADERS, REPLAYABLE, query_pairs
from service.api.inputs import size_refusal
from service.api.limits import admit_replay

# request headers that change an answer: its format (Accept), compression, CORS, and the validators
VARYING = ("HTTP_ACCEPT", "HTTP_ACCEPT_ENCODING", "HTTP_ORIGIN", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE",
           "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE", "HTTP_IF_RANGE", "HTTP_RANGE")
PER_REQUEST = frozenset({"date", *(name.lower() for name in RATE_LIMIT_HEADERS)})  # made anew for each answer
KEPT_STATUSES = ("200 ", "304 ", "412 ")  # a representation, or the conditional answer about it

StartResponse = Callable[..., Any]


class Replays:
    """WSGI middleware, innermost around Flask (inside ProxyFix, so it sees the client's address)."""

    def __init__(self, app: Flask, wsgi_app: Callable[[dict, StartResponse], Iterable[bytes]]) -> None:
        self.app = app
        self.wsgi_app = wsgi_app

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        key = self._key(environ)
        if key is None:
            return self.wsgi_app(environ, start_response)
        cache = self.app.extensions["read_cache"]
        try:
            version = self.app.extensions["store"].current_version()
        except Exception:  # storage fault: Flask answers it (503) and notes it for /health
            return self.wsgi_app(environ, start_response)
        cache.seen(version)
        found = cache.get((version, *key))
        if found is not None:
            limited = admit_replay(self.app, environ)
            if limited is not None:  # else over the allowance: Flask answers the 429
                status, headers, body = found
                start_response(status, [*headers, ("Date", http_date()), *limited])
                return [body]
        return self._keep(key, environ, start_response)

    def _key(self, environ: dict[str, Any]) -> tuple | None:
        """What an answer depends on, or None for a request never replayed (Flask answers it)."""
        if self.app.config["READ_CACHE_BYTES"] <= 0 or not environ.get("PATH_INFO", "").startswith(DATA_PREFIXES):
            return None
        scope = read_scope(environ)
        if scope is None or size_refusal(environ, self.app.config) is not None:
            return None
        try:
            query = query_pairs(environ)
        except UnicodeDecodeError:
            return None
        return ("replay", environ["REQUEST_METHOD"], scope, environ.get("SCRIPT_NAME", ""), environ["PATH_INFO"],
                query, *(environ.get(name) for name in VARYING))

    def _keep(self, key: tuple, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        """Let Flask answer; keep the answer when Flask marked it replayable."""
        sent: dict[str, Any] = {}

        def noting(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            sent.update(status=status, headers=headers)
            return start_response(status, headers, exc_info)

        body = self.wsgi_app(environ, noting)
        version = environ.get(REPLAYABLE)
        if version is None or not sent.get("status", "").startswith(KEPT_STATUSES):
            return body
        try:
            data = b"".join(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        kept = [(name, value) for name, value in sent["headers"] if name.lower() not in PER_REQUEST]
        self.app.extensions["read_cache"].put((version, *key), (sent["status"], kept, data), len(data) + 256)
        return [data]


def init_hits(app: Flask) -> None:
    """Install the replays directly around Flask; call before anything else wraps `app.wsgi_app`."""
    app.wsgi_app = Replays(app, app.wsgi_app)  # type: ignore[method-assign]
