"""The timeline: every event in a total, documented order, its sources inline."""

from __future__ import annotations

from flask import current_app
from marshmallow import RAISE

from schemas.filters import EventQuerySchema
from schemas.timeline import TimelineSchema
from service.api.framework import Blueprint
from service.api.paging import export, page_of_events, requested_format

blp = Blueprint("timeline", __name__, description="The ordered, sourced timeline")

ORDER = "earliest bound, then latest bound, then precision (finer first), then title, then id"


EXPORTED = ("A page of events as JSON; with `format` or an Accept header naming another type, every matching "
            "event (unpaged) in that format")


def export_responses() -> dict:
    """The 200 of a list route: added to the generated JSON response (the int key merges with it, where a
    "200" would replace it and lose its description), the same events in every export format."""
    return {200: {"description": EXPORTED, "content": {
        "application/vnd.timelinejs+json": {"schema": {"type": "object"}, "example": {
            "title": {"text": {"headline": "All events"}},
            "events": [{"start_date": {"year": 2023, "month": 11, "display_date": "November 2023"},
                        "text": {"headline": "Biden and Xi meet"}}]}},
        "text/csv": {"schema": {"type": "string"}, "example": "id,title,status,edtf,earliest,latest,precision,"
                                                              "source_count,source_titles,sort_key\r\n"},
        "application/x-ndjson": {"schema": {"type": "string"}, "example": '{"id": 1, "title": "Biden and Xi meet", '
                                                                             '"status": "occurred", "sources": []}\n'},
        "text/calendar": {"schema": {"type": "string"}, "example": "BEGIN:VCALENDAR\r\n..."},
    }}}


@blp.route("/timeline")
@blp.arguments(EventQuerySchema, location="query", unknown=RAISE)
@blp.response(200, TimelineSchema)
@blp.doc(operationId="get_timeline", responses=export_responses())
@blp.problems(400)
def timeline(query):
    """All events in chronological order, each with its date, status and sources; filtered and paged."""
    with current_app.extensions["store"].transaction() as repo:
        fmt = requested_format(query)
        if fmt != "json":
            return export(repo, query, fmt, "All events", None)
        body, headers = page_of_events(repo, query)
    return {**body, "order": ORDER}, 200, headers
