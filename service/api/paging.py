"""A page of events for any list route: filters from the query, keyset paging, `next` link and header."""

from __future__ import annotations

from typing import Any

from flask import request, url_for

from schemas.filters import encode_cursor
from service.store import EventFilter, Repository, Timeline


def event_filter(query: dict[str, Any], timeline: Timeline | None = None) -> EventFilter:
    return EventFilter(earliest=query.get("from_"), latest=query.get("to"), text=query.get("q"),
                       source_ids=tuple(query.get("source") or ()), status=query.get("status"),
                       precision=query.get("precision"), min_sources=query.get("min_sources"),
                       entity=query.get("entity"), timeline=timeline)


def page_of_events(repo: Repository, query: dict[str, Any], timeline: Timeline | None = None
                   ) -> tuple[dict[str, Any], dict[str, str]]:
    """The body members (events, count, limit, next) and headers (Link) of one page."""
    where = event_filter(query, timeline)
    events, position = repo.page_events(where, after=query.get("cursor"), limit=query["limit"])
    body: dict[str, Any] = {"events": events, "count": repo.count_events(where), "limit": query["limit"], "next": None}
    headers: dict[str, str] = {}
    if position is not None:
        args = request.args.to_dict(flat=False)
        args["cursor"] = [encode_cursor(position)]
        body["next"] = url_for(request.endpoint, **(request.view_args or {}), **args, _external=False)
        headers["Link"] = f'<{body["next"]}>; rel="next"'
    return body, headers
