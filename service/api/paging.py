"""A page of events for any list route: filters from the query, keyset paging, `next` link and header."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from flask import Response, request, url_for

from schemas import formats
from schemas.filters import encode_cursor
from schemas.formats import FORMATS
from schemas.timeline import TimelineEventSchema
from service.store import EventFilter, Repository, Timeline


def event_filter(query: dict[str, Any], timeline: Timeline | None = None) -> EventFilter:
    return EventFilter(earliest=query.get("from_"), latest=query.get("to"), text=query.get("q"),
                       source_ids=tuple(query.get("source") or ()), status=query.get("status"),
                       precision=query.get("precision"), min_sources=query.get("min_sources"),
                       entity=query.get("entity"), timeline=timeline,
                       include_anchored=query.get("include") == "anchored")


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


def requested_format(query: dict[str, Any]) -> str:
    """`?format=` wins; else the Accept header; else JSON."""
    if query.get("format"):
        return query["format"]
    offered = list(FORMATS.values())
    best = request.accept_mimetypes.best_match(offered, default="application/json")
    return next(name for name, mimetype in FORMATS.items() if mimetype == best)


def export(repo: Repository, query: dict[str, Any], fmt: str, title: str, description: str | None,
           timeline: Timeline | None = None) -> Response:
    """Every matching event (exports are not paged) in one of the non-JSON formats."""
    events, _ = repo.page_events(event_filter(query, timeline))
    dumped = TimelineEventSchema(many=True).dump(events)
    if fmt == "timelinejs":
        body: str | bytes = json.dumps(formats.timelinejs(title, description, dumped), ensure_ascii=False)
    elif fmt == "csv":
        body = formats.to_csv(dumped)
    elif fmt == "ndjson":
        body = formats.to_ndjson(dumped)
    else:
        body = formats.to_ics(title, dumped, datetime.now(UTC))
    response = Response(body, mimetype=FORMATS[fmt])
    if fmt in ("csv", "ics"):
        response.headers["Content-Disposition"] = f'inline; filename="timeline.{fmt}"'
    return response
