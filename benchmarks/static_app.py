"""The baseline for the load benchmark: the same response bytes served from a file by the same server."""

from __future__ import annotations

import os
from pathlib import Path

_BODY = Path(os.environ["STATIC_BODY"]).read_bytes()


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "application/json; charset=utf-8"),
                              ("Content-Length", str(len(_BODY)))])
    return [_BODY]
