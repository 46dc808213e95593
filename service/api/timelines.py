"""Named timelines: a set of sources, with events added or hidden by hand. `all` is every event
(service/timelines holds the rules)."""

from __future__ import annotations

from flask import Response, current_app, render_template, url_for
from flask.views import MethodView
from marshmallow import RAISE

from schemas.filters import EventQuerySchema
from schemas.timeline import (
    TimelineCreateSchema,
    TimelineDetailSchema,
    TimelineListSchema,
    TimelinePatchSchema,
    TimelineSummarySchema,
)
from service import timelines
from service.api.exporting import export_responses
from service.api.framework import Blueprint, get_or_404
from service.api.paging import lists_events
from service.api.timeline import ORDER

blp = Blueprint("timelines", __name__, url_prefix="/timelines", description="Named timelines")


def _store():
    return current_app.extensions["store"]


def _missing(slug: str) -> str:
    return f"No timeline '{slug}'."


@blp.route("")
class Timelines(MethodView):
    @blp.doc(operationId="list_timelines")
    @blp.response(200, TimelineListSchema)
    def get(self):
        """Every named timeline, `all` first."""
        with _store().transaction() as repo:
            return {"timelines": timelines.every_timeline(repo)}

    @blp.doc(operationId="create_timeline")
    @blp.arguments(TimelineCreateSchema)
    @blp.response(201, TimelineSummarySchema)
    @blp.problems(400, 409, 413, 415)
    @blp.writes
    def post(self, data):
        """Create a timeline from sources (and events added or hidden by hand)."""
        with _store().transaction(writes=True) as repo:
            created = timelines.view_of(timelines.create(repo, data))
        return created, 201, {"Location": url_for("timelines.TimelineBySlug", slug=created.slug)}


@blp.route("/<string:slug>")
class TimelineBySlug(MethodView):
    @blp.arguments(EventQuerySchema, location="query", unknown=RAISE)
    @blp.response(200, TimelineDetailSchema)
    @blp.doc(operationId="get_named_timeline", responses=export_responses())
    @blp.problems(400, 404)
    @lists_events
    def get(self, repo, slug: str):
        """The timeline's events in order, with sources inline; filtered and paged like /timeline."""
        view = get_or_404(lambda s: timelines.find(repo, s), slug, _missing(slug))
        return view, {**vars(view), "order": ORDER}

    @blp.doc(operationId="update_timeline")
    @blp.arguments(TimelinePatchSchema)
    @blp.response(200, TimelineSummarySchema)
    @blp.problems(400, 404, 409, 413, 415)
    @blp.writes
    def patch(self, data, slug: str):
        """Rename, re-describe, or replace the sources, added or hidden events of a timeline."""
        with _store().transaction(writes=True) as repo:
            timeline = get_or_404(lambda s: timelines.changeable(repo, s), slug, _missing(slug))
            return timelines.view_of(timelines.update(repo, timeline, data))

    @blp.doc(operationId="delete_timeline")
    @blp.response(204)
    @blp.problems(404, 409)
    @blp.writes
    def delete(self, slug: str):
        """Delete a timeline (its sources and events stay)."""
        with _store().transaction(writes=True) as repo:
            repo.delete_timeline(get_or_404(lambda s: timelines.changeable(repo, s), slug, _missing(slug)))
        return None


@blp.route("/<string:slug>/view")
@blp.doc(operationId="view_timeline", responses={"200": {
    "description": "An HTML page that renders the timeline from its JSON, with no request outside this server",
    "content": {"text/html": {"schema": {"type": "string"}}}}})
@blp.problems(404)
def view(slug: str):
    """An embeddable page showing the timeline in order, each event's sources as links."""
    with _store().transaction() as repo:
        shown = get_or_404(lambda s: timelines.find(repo, s), slug, _missing(slug))
    page = render_template("timeline.html", title=shown.title, description=shown.description or "",
                           data_url=url_for("timelines.TimelineBySlug", slug=slug, limit=500))
    response = Response(page, mimetype="text/html")
    response.headers["Content-Security-Policy"] = ("default-src 'none'; script-src 'unsafe-inline'; "
                                                   "style-src 'unsafe-inline'; connect-src 'self'; "
                                                   "frame-ancestors *")
    return response
