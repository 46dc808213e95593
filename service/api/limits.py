"""Abuse limits: each client may make so many requests a minute, per route, before it gets a 429 problem.

A client is its token when it sends a valid one, else its address (behind PROXY_HOPS trusted proxies, the
address they forwarded), so an anonymous caller cannot get a fresh allowance by inventing tokens. Three
allowances, each in Flask-Limiter's notation and configurable: reads, writes (POST, PATCH, DELETE that
store), and the CPU-bound tagger (/annotate, /parse). Counts live in Redis when one is configured, so every
worker and host shares them, else in each worker's memory. Clients on RATELIMIT_EXEMPT networks (this
machine by default: the operator, benchmarks, probes) and /health are never limited.

Every limited answer carries the IETF draft's fields (RateLimit-Limit, -Remaining, -Reset in seconds,
-Policy); a 429 adds Retry-After. If the counts' storage fails, the requests are served (counted in memory
meanwhile): a Redis outage must not take the API down with it.
"""

from __future__ import annotations

import ipaddress
import math
import time
from functools import partial
from typing import Any

from flask import Flask, Response, current_app, request
from flask_limiter import Limiter, RequestLimit
from flask_limiter.errors import RateLimitExceeded
from werkzeug.middleware.proxy_fix import ProxyFix

from service.api.auth import READ_ONLY_POSTS, WRITE_METHODS, valid_token_digest
from service.api.framework import problem

EXEMPT_ENDPOINTS = frozenset({"health.health"})  # load balancers poll it; it must never be refused


def client_key() -> str:
    """Whom a request is counted against: its valid token, else its address."""
    digest = valid_token_digest()
    return f"token:{digest[:16]}" if digest else f"addr:{request.remote_addr}"


def allowance() -> str:
    """The limit of this request's kind, read from the configuration at each request."""
    config = current_app.config
    if request.path in READ_ONLY_POSTS:
        return config["RATELIMIT_COMPUTE"]
    if request.method in WRITE_METHODS:
        return config["RATELIMIT_WRITES"]
    return config["RATELIMIT_READS"]


def _networks(setting: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in setting.split(",") if item.strip())


def _exempt(networks: tuple) -> bool:
    if request.endpoint in EXEMPT_ENDPOINTS or request.method == "OPTIONS":
        return True
    return _exempt_address(networks, request.remote_addr)


def _exempt_address(networks: tuple, remote_addr: str | None) -> bool:
    try:
        address = ipaddress.ip_address(remote_addr or "")
    except ValueError:
        return False
    return any(address in network for network in networks)


def admit_replay(app: Flask, environ: dict[str, Any]) -> list[tuple[str, str]] | None:
    """Count a read answered before Flask (service/api/hits.py) as any other: the RateLimit fields to send
    with it (none for an exempt client), or None when the client has used its allowance, so that Flask
    answers the 429. The count is Flask-Limiter's own, run in a request context of its own, so the two
    paths share one allowance, its storage and its fallback to memory."""
    if not app.config["RATELIMIT_ENABLED"] or _exempt_address(app.extensions["rate_limit_exempt"],
                                                                environ.get("REMOTE_ADDR")):
        return []
    limiter: Limiter = app.extensions["rate_limiter"]
    with app.request_context(environ):
        try:
            limiter._check_request_limit(in_middleware=False)  # the hook Flask-Limiter runs before each request
        except RateLimitExceeded:
            return None
        response = _headers(limiter, Response())
        return [(name, value) for name, value in response.headers.items() if name.startswith("RateLimit-")]


def init_limits(app: Flask) -> Limiter:
    """One limiter per app (tests build many apps with different settings in one process); call it before
    any other before_request hook, so a cached read or a refused write is counted too."""
    if app.config["PROXY_HOPS"] > 0:
        hops = app.config["PROXY_HOPS"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)  # type: ignore[method-assign]
    limiter = Limiter(client_key, default_limits=[allowance], default_limits_per_method=True,
                      storage_uri=app.config["RATELIMIT_STORAGE_URI"], strategy="fixed-window",
                      key_prefix="timeline-limits", swallow_errors=True, in_memory_fallback_enabled=True,
                      headers_enabled=False, enabled=app.config["RATELIMIT_ENABLED"])
    limiter.init_app(app)
    app.extensions["rate_limit_exempt"] = _networks(app.config["RATELIMIT_EXEMPT"])
    limiter.request_filter(partial(_exempt, app.extensions["rate_limit_exempt"]))
    app.extensions["rate_limiter"] = limiter
    app.register_error_handler(RateLimitExceeded, _too_many)
    app.after_request(partial(_headers, limiter))
    return limiter


def _too_many(error: RateLimitExceeded) -> Response:
    """429 as problem+json; the headers (Retry-After among them) are added with every limited answer."""
    return problem(429, "Too Many Requests", f"This client may make {error.description} on this route; "
                                             "wait the seconds in Retry-After, or send a token if you have one.")


def _headers(limiter: Limiter, response: Response) -> Response:
    try:
        current: RequestLimit | None = limiter.current_limit
        if current is None:
            return response
        reset_at, remaining = current.window
    except Exception as error:  # the counts' storage failed: the answer goes out without them
        current_app.logger.warning("rate limit headers left out: %s", error)
        return response
    amount, window = current.limit.amount, current.limit.get_expiry()
    reset = max(0, math.ceil(reset_at - time.time()))
    response.headers["RateLimit-Limit"] = str(amount)
    response.headers["RateLimit-Remaining"] = str(remaining)
    response.headers["RateLimit-Reset"] = str(reset)
    response.headers["RateLimit-Policy"] = f"{amount};w={window}"
    if response.status_code == 429:
        response.headers["Retry-After"] = str(max(1, reset))
    return response
