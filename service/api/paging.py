"""Routes that list a timeline's events: one decorator gives each its JSON page (filters, keyset paging,
`next` link and header) or, when another format is asked for, the whole export."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import current_app, request, url_for

from schemas.filters import encode_cursor
from service.api.exporting import export_response, requested_format
from service.store import Repository
from service.timelines import TimelineView, event_filter


def page_of_events(repo: Repository, query: dict[str, Any], view: TimelineView
                   ) -> tuple[dict[str, Any], dict[str, str]]:
    """The body members (events, count, limit, next, next_cursor) and headers (Link) of one page."""
    where = event_filter(query, view)
    events, position = repo.page_events(where, after=query.get("cursor"), limit=query["limit"])
    body: dict[str, Any] = {"events": events, "count": repo.count_events(where), "limit": query["limit"], "next": None,
                            "next_cursor": None}
    headers: dict[str, str] = {}
    if position is not None:
        args = request.args.to_dict(flat=False)
        body["next_cursor"] = encode_cursor(position)
        args["cursor"] = [body["next_cursor"]]
        body["next"] = url_for(request.endpoint, **(request.view_args or {}), **args, _external=False)
        headers["Link"] = f'<{body["next"]}>; rel="next"'
    return body, headers


def lists_events(view: Callable[..., tuple[TimelineView, dict[str, Any]]]) -> Callable[..., Any]:
    """Wrap a view that, given a repository and its path arguments, names the timeline to list and the body
    members to add (title, order...); the wrapper answers with a page of JSON or an export."""

    @wraps(view)
    def answer(*args: Any, **path: Any) -> Any:
        *owner, query = args  # a MethodView's method gets `self` first
        with current_app.extensions["store"].transaction() as repo:
            listed, members = view(*owner, repo, **path)
            fmt = requested_format(query)
            if fmt != "json":
                response = export_response(repo, query, listed, fmt)
                response.vary.add("Accept")
                return response
            body, headers = page_of_events(repo, query, listed)
        return {**members, **body}, 200, {**headers, "Vary": "Accept"}  # the Accept header picks the format

    return answer
