"""Client input every route shares, checked in one place before a view's code runs.

A JSON body is loaded once, here, within limits: Python's parser recurses (a deeply nested body
raises RecursionError) and refuses integers of more than 4,300 digits (ValueError), and marshmallow
recurses again over what it loads. Text that no database can store (a NUL, a lone surrogate) is
refused wherever a client can put it: the URL path, the query string and every JSON string.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any, NoReturn
from urllib.parse import quote

from flask import Flask, current_app, request
from flask_smorest import abort
from webargs import core
from webargs.flaskparser import FlaskParser, is_json_request
from werkzeug.datastructures import EnvironHeaders
from werkzeug.exceptions import BadRequest, HTTPException, RequestHeaderFieldsTooLarge, RequestURITooLarge

from schemas.common import unstorable

MAX_ERRORS = 10  # a 4 MiB body of NULs needs one example, not a million


class _TooLong:
    """An integer literal too long to be a number this API takes; reported with its place in the body."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def load_json(data: bytes) -> Any:
    """The body as JSON, or a 400 (not JSON, nested too deep) or 422 (a member we cannot take)."""
    max_digits = current_app.config["JSON_MAX_DIGITS"]

    def number(literal: str) -> int | _TooLong:
        digits = len(literal.lstrip("-"))
        return int(literal) if digits <= max_digits else _TooLong(digits)

    try:
        body = json.loads(data.decode("utf-8"), parse_int=number, parse_constant=_not_json)
    except RecursionError:
        _too_deep()
    except ValueError:  # JSONDecodeError, UnicodeDecodeError, NaN or Infinity
        abort(400, messages={"json": ["Invalid JSON body."]})
    errors = _nest(_problems(body, current_app.config["JSON_MAX_DEPTH"], max_digits))
    if errors:
        abort(422, messages={"json": errors})
    return body


def _too_deep() -> NoReturn:
    depth = current_app.config["JSON_MAX_DEPTH"]
    abort(400, messages={"json": [f"Nested deeper than {depth} levels."]})


def _problems(body: Any, max_depth: int, max_digits: int) -> Iterator[tuple[tuple, str]]:
    """(path, message) for each member we refuse; a walk without recursion, so depth cannot hurt it."""
    stack: list[tuple[tuple, Any]] = [((), body)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict | list) and len(path) >= max_depth:
            _too_deep()
        if isinstance(node, dict):
            for key, value in reversed(node.items()):
                why = unstorable(key)
                if why:  # refused by name: what it holds is not looked at
                    yield (*path, _printable(key)), f"The member name {why}."
                else:
                    stack.append(((*path, key), value))
        elif isinstance(node, list):
            stack.extend(((*path, i), value) for i, value in reversed(list(enumerate(node))))
        elif isinstance(node, str) and (why := unstorable(node)):
            yield path, f"The text {why}."
        elif isinstance(node, _TooLong):
            yield path, f"A number of {node.digits} digits; numbers here have at most {max_digits}."


def _nest(problems: Iterator[tuple[tuple, str]]) -> dict | list:
    """marshmallow's shape for errors, {"articles": {0: {"title": ["..."]}}}, for the first few problems."""
    errors: dict = {}
    for path, message in islice(problems, MAX_ERRORS):
        if not path:
            return [message]
        node = errors
        for part in path[:-1]:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                break
        else:
            leaf = node.setdefault(path[-1], [])
            if isinstance(leaf, list):
                leaf.append(message)
    return errors


def _printable(text: str) -> str:
    """A member name fit to quote back: what cannot be stored shown as its escape."""
    return "".join(f"\\u{ord(c):04x}" if unstorable(c) else c for c in text)


class Parser(FlaskParser):
    """webargs, reading JSON bodies with `load_json` instead of an unbounded json.loads."""

    def _raw_load_json(self, req: Any) -> Any:
        if not is_json_request(req):
            return core.missing
        data = req.get_data(cache=True)
        return load_json(data) if data else core.missing


def check_url() -> None:
    """Refuse a path parameter or query parameter no database can store (400, naming it)."""
    for location, values in (("path", (request.view_args or {}).items()),
                             ("query", request.args.items(multi=True))):
        errors = {}
        for name, value in values:
            why = unstorable(name) or (isinstance(value, str) and unstorable(value))
            if why:
                errors[_printable(name)] = [f"The value {why}."]
        if errors:
            abort(400, messages={location: errors})


def request_target(environ: dict[str, Any]) -> str:
    """The request target as the client sent it (gunicorn and werkzeug keep it), else rebuilt from its parts."""
    raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    if raw:
        return raw
    query = environ.get("QUERY_STRING", "")
    return quote(environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")) + ("?" + query if query else "")


def size_refusal(environ: dict[str, Any], config: Mapping[str, Any]) -> HTTPException | None:
    """The 414 or 431 a request's target or header fields earn, or None; a plain function of the WSGI
    environment, so a cache hit answered before Flask (service/api/hits.py) is held to the same limits."""
    target = len(request_target(environ).encode("latin-1", "replace"))
    if target > config["MAX_URL_BYTES"]:
        return RequestURITooLarge(f"The request target has {target} bytes; the limit is {config['MAX_URL_BYTES']}. "
                                  "Send fewer or shorter query parameters.")
    for name, value in EnvironHeaders(environ).items():
        size = len(name) + 2 + len(value.encode("latin-1", "replace"))  # "Name: value", as gunicorn counts
        if size > config["MAX_HEADER_BYTES"]:
            return RequestHeaderFieldsTooLarge(f"The header field {name[:64]!r} has {size} bytes; the limit is "
                                               f"{config['MAX_HEADER_BYTES']}.")
    return None


def check_sizes() -> None:
    """A request target over MAX_URL_BYTES is a 414 problem, a header field over MAX_HEADER_BYTES a 431 one.
    gunicorn's own limits are set above these (service/gunicorn_conf.py), so the client hears it from us.
    A query string whose raw bytes are not UTF-8 is a 400 here, before anything decodes it."""
    refusal = size_refusal(request.environ, current_app.config)
    if refusal is not None:
        raise refusal
    try:
        request.environ.get("QUERY_STRING", "").encode("latin1").decode()
    except UnicodeDecodeError as error:
        raise BadRequest(f"The query string is not UTF-8 (byte {error.start + 1} of it); percent-encode other "
                         "bytes as UTF-8.") from None


def init_inputs(app: Flask) -> None:
    app.before_request(check_url)
