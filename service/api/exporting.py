"""Exports over HTTP: which format a request asks for, the response that carries it, and how the
OpenAPI document describes it; all three read the registry in service/exports."""

from __future__ import annotations

from typing import Any

from flask import Response, current_app, request

from service import exports
from service.store import Repository
from service.timelines import TimelineView, event_filter

EXPORTED = ("A page of events as JSON; with `format` or an Accept header naming another type, every matching "
            "event (unpaged) in that format")


def requested_format(query: dict[str, Any]) -> str:
    """`?format=` wins; else the Accept header; else JSON."""
    if query.get("format"):
        return query["format"]
    best = request.accept_mimetypes.best_match(list(exports.MEDIA_TYPES.values()), default="application/json")
    return next(name for name, media_type in exports.MEDIA_TYPES.items() if media_type == best)


def export_response(repo: Repository, query: dict[str, Any], view: TimelineView, fmt: str) -> Response:
    """Every matching event of the timeline (exports are not paged), rendered in `fmt`."""
    chosen = exports.EXPORTS[fmt]
    events, _ = repo.page_events(event_filter(query, view))
    doc = exports.document(view.slug, view.title, view.description, events, current_app.config["ICS_UID_DOMAIN"])
    response = Response(chosen.render(doc), mimetype=chosen.media_type)
    response.headers["Content-Disposition"] = f'inline; filename="{view.slug}.{chosen.extension}"'
    return response


def export_responses() -> dict[int, Any]:
    """The 200 of a list route, added to the generated JSON response (the int key merges with it, where a
    "200" would replace it and lose its description): the same events in every export format."""
    content = {}
    for chosen in exports.EXPORTS.values():
        schema = {"type": "object"} if chosen.media_type.endswith("+json") else {"type": "string"}
        content[chosen.media_type] = {"schema": {**schema, "description": chosen.description},
                                      "example": chosen.example}
    return {200: {"description": EXPORTED, "content": content}}
