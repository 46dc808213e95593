"""The timeline: every event in a total, documented order, its sources inline."""

from __future__ import annotations

from flask import current_app
from marshmallow import RAISE

from schemas.events import EventQuerySchema
from schemas.timeline import TimelineSchema
from service.api.framework import Blueprint

blp = Blueprint("timeline", __name__, description="The ordered, sourced timeline")

ORDER = "earliest bound, then latest bound, then precision (finer first), then title, then id"


@blp.route("/timeline")
@blp.arguments(EventQuerySchema, location="query", unknown=RAISE)
@blp.response(200, TimelineSchema)
def timeline(query):
    """All events in chronological order, each with its date, status and sources; `entity` gives one
    participant's timeline."""
    with current_app.extensions["store"].transaction() as repo:
        events = repo.list_events(entity=query.get("entity"))
    return {"count": len(events), "order": ORDER, "events": events}
