"""The timeline: every event in a total, documented order, its sources inline."""

from __future__ import annotations

from flask import current_app
from marshmallow import RAISE

from schemas.filters import EventQuerySchema
from schemas.timeline import TimelineSchema
from service.api.framework import Blueprint
from service.api.paging import page_of_events

blp = Blueprint("timeline", __name__, description="The ordered, sourced timeline")

ORDER = "earliest bound, then latest bound, then precision (finer first), then title, then id"


@blp.route("/timeline")
@blp.arguments(EventQuerySchema, location="query", unknown=RAISE)
@blp.response(200, TimelineSchema)
@blp.problems(400)
def timeline(query):
    """All events in chronological order, each with its date, status and sources; filtered and paged."""
    with current_app.extensions["store"].transaction() as repo:
        body, headers = page_of_events(repo, query)
    return {**body, "order": ORDER}, 200, headers
