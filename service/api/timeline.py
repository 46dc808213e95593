"""The timeline: every event in a total, documented order, its sources inline."""

from __future__ import annotations

from flask import current_app

from schemas.timeline import TimelineSchema
from service.api.framework import Blueprint

blp = Blueprint("timeline", __name__, description="The ordered, sourced timeline")

ORDER = "earliest bound, then latest bound, then precision (finer first), then title, then id"


@blp.route("/timeline")
@blp.response(200, TimelineSchema)
def timeline():
    """All events in chronological order, each with its date, status and sources."""
    with current_app.extensions["store"].transaction() as repo:
        events = repo.list_events()
    return {"count": len(events), "order": ORDER, "events": events}
