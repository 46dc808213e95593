"""HTTP manners: validators (ETag, Last-Modified, 304), Cache-Control, CORS, gzip, charsets.

Validators are computed from the response body, so every worker of a multi-process deployment
gives the same ETag for the same data without sharing any state.
"""

from __future__ import annotations

from flask import Flask, Response, current_app, request
from flask_compress import Compress
from flask_cors import CORS

from schemas.formats import FORMATS

TEXT_TYPES = {"application/json", "application/problem+json", "application/yaml", "text/html", *FORMATS.values()}
DATA_PREFIXES = ("/events", "/timeline", "/timelines", "/sources")

compress = Compress()


def init_http(app: Flask) -> None:
    origins = app.config["CORS_ORIGINS"]
    CORS(app, origins=origins, expose_headers=["ETag", "Last-Modified", "Link", "Location"],
         methods=["GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS"], max_age=600)
    app.config.setdefault("COMPRESS_MIMETYPES", sorted(TEXT_TYPES | {"text/html"}))
    app.config.setdefault("COMPRESS_MIN_SIZE", 1024)
    app.config.setdefault("COMPRESS_ALGORITHM", ["gzip"])
    compress.init_app(app)
    # registered after Compress, so it runs first: validators are computed on the uncompressed body
    app.after_request(_manners)


def _manners(response: Response) -> Response:
    if response.mimetype in TEXT_TYPES and "charset" not in response.headers.get("Content-Type", ""):
        response.headers["Content-Type"] = f"{response.mimetype}; charset=utf-8"
    if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.direct_passthrough:
        if response.status_code >= 400:
            response.headers["Cache-Control"] = "no-store"
        return response
    max_age = current_app.config["CACHE_MAX_AGE"]
    response.headers["Cache-Control"] = f"public, max-age={max_age}, must-revalidate"
    response.add_etag(weak=True)
    if request.path.startswith(DATA_PREFIXES):
        with current_app.extensions["store"].transaction() as repo:
            changed = repo.last_change()
        if changed is not None:
            response.last_modified = changed
    return response.make_conditional(request)
