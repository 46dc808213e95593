"""The timeline: every event in a total, documented order, its sources inline."""

from __future__ import annotations

from marshmallow import RAISE

from schemas.filters import EventQuerySchema
from schemas.timeline import TimelineSchema
from service.api.exporting import export_responses
from service.api.framework import Blueprint
from service.api.paging import lists_events
from service.timelines import ALL

blp = Blueprint("timeline", __name__, description="The ordered, sourced timeline")

ORDER = "earliest bound, then latest bound, then precision (finer first), then title, then id"


@blp.route("/timeline")
@blp.arguments(EventQuerySchema, location="query", unknown=RAISE)
@blp.response(200, TimelineSchema)
@blp.doc(operationId="get_timeline", responses=export_responses())
@blp.problems(400)
@lists_events
def timeline(repo):
    """All events in chronological order, each with its date, status and sources; filtered and paged."""
    return ALL, {"order": ORDER}
