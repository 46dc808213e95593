"""Our names for the REST framework (flask-smorest): the rest of the code imports these, so a
change of framework touches one file. Every error leaves as RFC 9457 problem+json."""

from __future__ import annotations

import re
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, TypeVar

import flask_smorest
from apispec import BasePlugin
from flask import Response, current_app, json, request, url_for
from flask_smorest import abort
from marshmallow import fields
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import BadRequest, HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from schemas.common import DAY_RANGE, ProblemSchema, RequestSchema
from service.api.http import RETRYABLE
from service.api.inputs import Parser
from service.errors import Conflicting, Invalid, Refused
from service.jobs import QueueUnavailable
from service.store.faults import BUSY, FULL, READ_ONLY, UNREACHABLE, fault_kind

PROBLEM_JSON = "application/problem+json"
Key = TypeVar("Key")
Found = TypeVar("Found")
DESCRIPTIONS = {304: "Not Modified: the representation still matches If-None-Match or If-Modified-Since",
                429: "Too Many Requests: this client (its token, else its address) has used its allowance for "
                     "this route; every limited answer carries the RateLimit fields"}
RATE_LIMIT_HEADERS = {
    "RateLimit-Limit": "Requests allowed in the window",
    "RateLimit-Remaining": "Requests left in the window",
    "RateLimit-Reset": "Seconds until the window starts again",
    "RateLimit-Policy": "The allowance as `<requests>;w=<seconds>`",
    "Retry-After": "Seconds to wait before trying again",
}


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = Parser()
    rate_limited = True  # every operation may answer 429 (service/api/limits.py); health sets False

    def route(self, rule: str, **options: Any) -> Callable[[Any], Any]:
        """flask-smorest's route, documenting on each operation it registers what any request may get: 414 and
        431 (service/api/inputs.check_sizes) and, where limited, 429 (service/api/limits.py)."""
        register = super().route(rule, **options)
        statuses = (414, 431, 429) if self.rate_limited else (414, 431)

        def decorate(view: Any) -> Any:
            if isinstance(view, type):  # a MethodView: each of its methods is an operation
                for method in view.methods or ():
                    setattr(view, method.lower(), self.problems(*statuses)(getattr(view, method.lower())))
                return register(view)
            return register(self.problems(*statuses)(view))
        return decorate

    def problems(self, *statuses: int) -> Callable[[Callable], Callable]:
        """Document the error statuses a route answers with, each as a problem+json response."""
        def decorate(view: Callable) -> Callable:
            for status in statuses:
                view = self.alt_response(status, response=HTTPStatus(status).name)(view)
            return view
        return decorate

    def writes(self, view: Callable) -> Callable:
        """Mark a route as a write: it needs a bearer token, and may answer 401."""
        return self.problems(401)(self.doc(security=[{"bearerAuth": []}])(view))


def get_or_404(lookup: Callable[[Key], Found | None], key: Key, message: str) -> Found:
    """What `lookup` finds for `key`, or a 404 problem saying `message`."""
    found = lookup(key)
    if found is None:
        abort(404, message=message)
    return found


def refused(error: Refused) -> Response:
    """A domain refusal as a problem: 409 for a clash with what is stored, 422 for unusable content."""
    status = 409 if isinstance(error, Conflicting) else 422
    errors = {"json": {error.field: error.messages}} if isinstance(error, Invalid) and error.field else None
    return problem(status, HTTP_STATUS_CODES[status], error.message, errors)


def problem(status: int, title: str, detail: str | None = None, errors: Any = None,
            type_: str = "about:blank") -> Response:
    body: dict[str, Any] = {"type": type_, "title": title, "status": status, "instance": request.path}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_JSON)
    return response


def _detail_for(errors: Any) -> str:
    """One readable line out of marshmallow's nested messages, for scripts that print `detail`."""
    parts: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, f"{path}.{key}" if path and key != "_schema" else (path or str(key)))
        elif isinstance(node, list) and node and all(isinstance(x, str) for x in node):
            parts.append(f"{path}: {' '.join(node)}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")
        else:
            parts.append(f"{path}: {node}")
    walk(errors, "")
    return "; ".join(parts)


class Conventions(BasePlugin):
    """What every operation says unless it says otherwise: who may call it, its id, and that reads revalidate."""

    def operation_helper(self, path: str | None = None, operations: dict | None = None, **kwargs: Any) -> None:
        rule = kwargs.get("rule")
        for method, operation in (operations or {}).items():
            if rule is not None:  # routes name theirs with @blp.doc(operationId=...); else e.g. get_health
                operation.setdefault("operationId", f"{method}_{_snake(rule.endpoint.rsplit('.', 1)[-1])}")
            operation.setdefault("security", [])  # public: no token needed
            if method == "get":  # every 200 to a GET carries an ETag (service/api/http.py)
                operation.setdefault("responses", {}).setdefault(304, HTTPStatus.NOT_MODIFIED.name)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _day_range(self: Any, field: fields.Field, ret: dict, **kwargs: Any) -> dict:
    """Request dates say which days they take (RequestSchema refuses the rest)."""
    if isinstance(field, fields.Date) and isinstance(field.parent, RequestSchema):
        said = ret.get("description", "").rstrip(".")
        return {"description": f"{said}. " * bool(said) + f"Dates {DAY_RANGE} are supported."}
    return {}


class Api(flask_smorest.Api):
    ERROR_SCHEMA = ProblemSchema

    def _init_spec(self, *args: Any, **kwargs: Any) -> None:
        kwargs["extra_plugins"] = [*(kwargs.get("extra_plugins") or ()), Conventions()]
        super()._init_spec(*args, **kwargs)
        self.ma_plugin.map_to_openapi_type(fields.Url, "string", "uri")  # OpenAPI has no format `url`
        self.ma_plugin.converter.add_attribute_function(_day_range)

    def _register_responses(self) -> None:
        """Every error response is documented as application/problem+json, as it is served."""
        for status in HTTPStatus:
            response: dict[str, Any] = {"description": DESCRIPTIONS.get(status, status.phrase)}
            if status >= 400:
                response["content"] = {PROBLEM_JSON: {"schema": self.ERROR_SCHEMA}}
            if status == HTTPStatus.TOO_MANY_REQUESTS:
                response["headers"] = {
                    name: {"description": said, "schema": {"type": "string"} if name.endswith("Policy")
                           else {"type": "integer", "minimum": 0}}
                    for name, said in RATE_LIMIT_HEADERS.items()}
            self.spec.components.response(status.name, response, lazy=True)
        self.spec.components.response(
            "DEFAULT_ERROR",
            {"description": "Default error response", "content": {PROBLEM_JSON: {"schema": self.ERROR_SCHEMA}}},
            lazy=True)

    def _register_error_handlers(self) -> None:
        super()._register_error_handlers()
        self._app.register_error_handler(SQLAlchemyError, _storage_error)
        self._app.register_error_handler(QueueUnavailable, _queue_unavailable)

    def handle_http_exception(self, error: HTTPException) -> Response:
        data = getattr(error, "data", None) or {}
        messages = data.get("messages")
        status = error.code or 500
        if messages:
            errors = messages
            if status == 422 and set(messages) == {"query"}:
                # a bad filter or cursor is a malformed request URL, not an unprocessable body
                status, error = 400, BadRequest()
            detail = "The request is invalid: " + _detail_for(messages)
            if status == 400 and "json" in messages and "Invalid JSON body." in str(messages):
                detail = "The request body is not valid JSON."
            return _with_headers(problem(status, error.name, detail, errors), error)
        return _with_headers(problem(status, error.name, data.get("message") or error.description), error)


FAULT_DETAILS = {UNREACHABLE: "The database does not answer.", READ_ONLY: "The database is read-only.",
                 FULL: "The database's storage is full.", BUSY: "The database is busy."}


def unavailable(detail: str, retry_after: int = 10) -> Response:
    """503 with Retry-After: a fault the client can do nothing about but wait for."""
    response = problem(503, "Service Unavailable", detail)
    response.headers["Retry-After"] = str(retry_after)
    response.headers["Cache-Control"] = "no-store"
    return response


def _storage_error(error: SQLAlchemyError) -> Response:
    """A storage fault is 503; any other database error is our bug, a 500. Details go to the log only."""
    kind = fault_kind(error)
    if kind is None:
        current_app.logger.exception("database error", exc_info=error)
        return problem(500, "Internal Server Error", "The server failed; the error has been logged.")
    current_app.logger.warning("storage fault (%s): %s", kind, error)
    response = unavailable(f"{FAULT_DETAILS[kind]} Try again later.")
    if kind == UNREACHABLE:
        response.headers[RETRYABLE] = "1"  # a read is run once more (http.RetryReads)
    return response


def _queue_unavailable(error: QueueUnavailable) -> Response:
    current_app.logger.warning("%s", error)
    response = unavailable(f"The job queue cannot be reached; job {error.job_id} was marked failed and nothing "
                           "was queued. Post the batch again later.")
    response.headers["Location"] = url_for("jobs.job", job_id=error.job_id)
    return response


def _with_headers(response: Response, error: HTTPException) -> Response:
    """Keep what the error says in headers (Allow on 405, WWW-Authenticate on 401)."""
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response
