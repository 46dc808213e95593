"""gunicorn settings for `timeline serve` (`gunicorn -c python:service.gunicorn_conf service.wsgi:app`).

gunicorn refuses a long request line or header field itself, with an HTML page, before the app sees it.
Its limits are set above the app's (MAX_URL_BYTES, MAX_HEADER_BYTES), so the app answers such requests
with its own 414/431 problem; what is larger still than gunicorn's bounds (a request line cannot be
allowed past 8190 bytes without lifting the bound altogether) is refused by `ProblemWorker` with the same
problem+json body, never gunicorn's HTML.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from gunicorn import util
from gunicorn.http.errors import LimitRequestHeaders, LimitRequestLine
from gunicorn.workers.sync import SyncWorker

from service import config as settings

_app_limits = settings.load()
GUNICORN_MAX_REQUEST_LINE = 8190  # gunicorn's largest bounded value (0 would mean no bound at all)

# the request line is "METHOD target HTTP/1.1": the longest target the app takes, plus room for the rest
limit_request_line = GUNICORN_MAX_REQUEST_LINE
limit_request_field_size = 2 * _app_limits["MAX_HEADER_BYTES"]
limit_request_fields = 100
worker_class = "service.gunicorn_conf.ProblemWorker"

REFUSALS = {LimitRequestLine: (414, "URI Too Long", "The request line is longer than this server reads."),
            LimitRequestHeaders: (431, "Request Header Fields Too Large",
                                  "The request's header fields are larger than this server reads.")}


def problem_bytes(status: int, title: str, detail: str) -> bytes:
    """A whole HTTP/1.1 response carrying an RFC 9457 problem, as the app writes them."""
    body = json.dumps({"type": "about:blank", "title": title, "status": status, "detail": detail}).encode()
    head = (f"HTTP/1.1 {status} {title}\r\nConnection: close\r\nContent-Type: application/problem+json\r\n"
            f"Cache-Control: no-store\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode("latin-1") + body


class ProblemWorker(SyncWorker):
    """gunicorn's sync worker, answering the requests gunicorn itself refuses for size with problem+json."""

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        refusal = next((said for kind, said in REFUSALS.items() if isinstance(exc, kind)), None)
        if refusal is None:
            super().handle_error(req, client, addr, exc)
            return
        self.log.warning("Invalid request from ip=%s: %s", (addr or ("",))[0], exc)
        with contextlib.suppress(OSError):  # the client is gone: nothing to tell it
            util.write_nonblock(client, problem_bytes(*refusal))
