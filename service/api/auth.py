"""Who may write: reads are public; POST, PATCH and DELETE need a bearer token from API_TOKENS.

Tokens may be configured in clear or as "sha256:<hex digest>" so the configuration need not hold
them; either way only digests are kept in memory and compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from typing import Any

from flask import Flask, Response, current_app, g, request

from service.api.framework import problem

WRITE_METHODS = frozenset({"POST", "PATCH", "PUT", "DELETE"})
READ_METHODS = frozenset({"GET", "HEAD"})
READ_ONLY_POSTS = frozenset({"/annotate", "/parse"})  # they compute, they store nothing
HOW_TO = ("Set API_TOKENS (comma-separated tokens, or sha256:<hex> digests) and send "
          "'Authorization: Bearer <token>'; for local development only, start with ALLOW_UNAUTHENTICATED_WRITES=1.")


def digests(configured: str) -> frozenset[str]:
    """The digests of the configured tokens, whichever way each was written."""
    found = set()
    for item in configured.split(","):
        item = item.strip()
        if item.startswith("sha256:"):
            found.add(item.removeprefix("sha256:").lower())
        elif item:
            found.add(hashlib.sha256(item.encode()).hexdigest())
    return frozenset(found)


def read_scope(environ: dict[str, Any]) -> str | None:
    """Whose answer a read may be given, for the read caches to key on; None for a request that is no read.
    Reads are public, so every caller reads in one scope ("public"): a token only changes how the caller
    is counted (service/api/limits.py), never what it is answered."""
    return "public" if environ.get("REQUEST_METHOD") in READ_METHODS else None


def init_auth(app: Flask) -> None:
    app.extensions["token_digests"] = digests(app.config["API_TOKENS"])
    if app.config["ALLOW_UNAUTHENTICATED_WRITES"]:
        app.logger.warning("ALLOW_UNAUTHENTICATED_WRITES is set: anyone who can reach this server can change data")
    app.before_request(_require_token)


def valid_token_digest() -> str | None:
    """The digest of the request's bearer token when it is a configured one (checked once per request)."""
    if "token_digest" not in g:
        g.token_digest = None
        known = current_app.extensions["token_digests"]
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if known and scheme.lower() == "bearer" and token:
            digest = hashlib.sha256(token.strip().encode()).hexdigest()
            if any(hmac.compare_digest(digest, candidate) for candidate in known):
                g.token_digest = digest
    return g.token_digest


def from_this_machine() -> bool:
    """The client is on a loopback address: the only place the development flag may be used from."""
    try:
        return ipaddress.ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        return False


def _require_token() -> Response | None:
    if request.method not in WRITE_METHODS or request.path in READ_ONLY_POSTS:
        return None
    if valid_token_digest():
        return None
    flagged = current_app.config["ALLOW_UNAUTHENTICATED_WRITES"]
    if flagged and from_this_machine():
        return None
    known = current_app.extensions["token_digests"]
    if flagged:
        detail = ("Writes without a token are allowed from this machine only (ALLOW_UNAUTHENTICATED_WRITES); "
                  "send 'Authorization: Bearer <token>'.")
    elif known:
        detail = "This write needs 'Authorization: Bearer <token>'."
    else:
        detail = "No API token is configured, so writes are refused. " + HOW_TO
    response = problem(401, "Unauthorized", detail)
    response.headers["WWW-Authenticate"] = 'Bearer realm="timeline"'
    return response
