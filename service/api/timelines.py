"""Named timelines: a set of sources, with events added or hidden by hand. `all` is every event."""

from __future__ import annotations

from flask import Response, current_app, render_template, url_for
from flask.views import MethodView
from flask_smorest import abort
from marshmallow import RAISE

from schemas.filters import EventQuerySchema
from schemas.timeline import (
    TimelineCreateSchema,
    TimelineDetailSchema,
    TimelineListSchema,
    TimelinePatchSchema,
    TimelineSummarySchema,
)
from service.api.framework import Blueprint
from service.api.paging import export, page_of_events, requested_format
from service.api.timeline import ORDER, export_responses

blp = Blueprint("timelines", __name__, url_prefix="/timelines", description="Named timelines")

ALL = {"slug": "all", "title": "All events", "description": "Every event of every source.", "source_ids": [],
       "include_events": [], "hide_events": [], "created_at": None, "updated_at": None}


def _store():
    return current_app.extensions["store"]


def _members_or_422(repo, timeline, data) -> None:
    missing = repo.set_timeline_members(timeline, data.get("source_ids"), data.get("include_events"),
                                        data.get("hide_events"))
    if missing:
        abort(422, message="Unknown ids: " + ", ".join(missing),
              messages={"json": {"_schema": [f"{m} does not exist" for m in missing]}})


def _timeline_or_404(repo, slug: str, changing: bool = False):
    """The named timeline; None for `all`, which exists always and cannot be changed."""
    if slug == "all":
        if changing:
            abort(409, message="The timeline 'all' is every event and cannot be changed or deleted.")
        return None
    timeline = repo.get_timeline(slug)
    if timeline is None:
        abort(404, message=f"No timeline '{slug}'.")
    return timeline


def _summary(timeline) -> dict:
    return {k: getattr(timeline, k) for k in ALL}


@blp.route("")
class Timelines(MethodView):
    @blp.doc(operationId="list_timelines")
    @blp.response(200, TimelineListSchema)
    def get(self):
        """Every named timeline, `all` first."""
        with _store().transaction() as repo:
            return {"timelines": [ALL, *[_summary(t) for t in repo.list_timelines()]]}

    @blp.doc(operationId="create_timeline")
    @blp.arguments(TimelineCreateSchema)
    @blp.response(201, TimelineSummarySchema)
    @blp.problems(400, 409, 413, 415)
    @blp.writes
    def post(self, data):
        """Create a timeline from sources (and events added or hidden by hand)."""
        with _store().transaction(writes=True) as repo:
            if data["slug"] == "all" or repo.get_timeline(data["slug"]) is not None:
                abort(409, message=f"The timeline '{data['slug']}' already exists.")
            timeline = repo.add_timeline(data["slug"], data["title"], data.get("description"))
            _members_or_422(repo, timeline, data)
            body = _summary(timeline)
        return body, 201, {"Location": url_for("timelines.TimelineBySlug", slug=data["slug"])}


@blp.route("/<string:slug>")
class TimelineBySlug(MethodView):
    @blp.arguments(EventQuerySchema, location="query", unknown=RAISE)
    @blp.response(200, TimelineDetailSchema)
    @blp.doc(operationId="get_named_timeline", responses=export_responses())
    @blp.problems(400, 404)
    def get(self, query, slug: str):
        """The timeline's events in order, with sources inline; filtered and paged like /timeline."""
        with _store().transaction() as repo:
            timeline = _timeline_or_404(repo, slug)
            summary = ALL if timeline is None else _summary(timeline)
            fmt = requested_format(query)
            if fmt != "json":
                return export(repo, query, fmt, summary["title"], summary["description"], timeline)
            body, headers = page_of_events(repo, query, timeline)
        return {**summary, **body, "order": ORDER}, 200, headers

    @blp.doc(operationId="update_timeline")
    @blp.arguments(TimelinePatchSchema)
    @blp.response(200, TimelineSummarySchema)
    @blp.problems(400, 404, 409, 413, 415)
    @blp.writes
    def patch(self, data, slug: str):
        """Rename, re-describe, or replace the sources, added or hidden events of a timeline."""
        with _store().transaction(writes=True) as repo:
            timeline = _timeline_or_404(repo, slug, changing=True)
            repo.update_timeline(timeline, **{k: data[k] for k in ("title", "description") if k in data})
            _members_or_422(repo, timeline, data)
            return _summary(timeline)

    @blp.doc(operationId="delete_timeline")
    @blp.response(204)
    @blp.problems(404, 409)
    @blp.writes
    def delete(self, slug: str):
        """Delete a timeline (its sources and events stay)."""
        with _store().transaction(writes=True) as repo:
            timeline = _timeline_or_404(repo, slug, changing=True)
            repo.delete_timeline(timeline)
        return None


@blp.route("/<string:slug>/view")
@blp.doc(operationId="view_timeline", responses={"200": {
    "description": "An HTML page that renders the timeline from its JSON, with no request outside this server",
    "content": {"text/html": {"schema": {"type": "string"}}}}})
@blp.problems(404)
def view(slug: str):
    """An embeddable page showing the timeline in order, each event's sources as links."""
    with _store().transaction() as repo:
        timeline = _timeline_or_404(repo, slug)
        summary = ALL if timeline is None else _summary(timeline)
    page = render_template("timeline.html", title=summary["title"], description=summary["description"] or "",
                           data_url=url_for("timelines.TimelineBySlug", slug=slug, limit=500))
    response = Response(page, mimetype="text/html")
    response.headers["Content-Security-Policy"] = ("default-src 'none'; script-src 'unsafe-inline'; "
                                                   "style-src 'unsafe-inline'; connect-src 'self'; "
                                                   "frame-ancestors *")
    return response
