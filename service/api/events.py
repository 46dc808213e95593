"""Events: read the merged events; add, correct or remove them by hand (rules in service/curation)."""

from __future__ import annotations

from flask import current_app, url_for
from flask.views import MethodView
from marshmallow import RAISE

from schemas.events import EventCreateSchema, EventListSchema, EventPatchSchema, EventSchema
from schemas.filters import EventQuerySchema
from service import curation
from service.api.exporting import export_responses
from service.api.framework import Blueprint, get_or_404
from service.api.paging import lists_events
from service.timelines import ALL

blp = Blueprint("events", __name__, url_prefix="/events", description="Events and the evidence behind them")


def _store():
    return current_app.extensions["store"]


def _missing(event_id: int) -> str:
    return f"Event {event_id} does not exist."


@blp.route("")
class Events(MethodView):
    @blp.arguments(EventQuerySchema, location="query", unknown=RAISE)
    @blp.response(200, EventListSchema)
    @blp.doc(operationId="list_events", responses=export_responses())
    @blp.problems(400)
    @lists_events
    def get(self, repo):
        """Events in timeline order with their sources and quotes, filtered and paged (see the query parameters)."""
        return ALL, {}

    @blp.doc(operationId="create_event")
    @blp.arguments(EventCreateSchema)
    @blp.response(201, EventSchema)
    @blp.problems(400, 404, 409, 413, 415)
    @blp.writes
    def post(self, data):
        """Add an event by hand; `when` ("last November") is normalised against the reference date."""
        with _store().transaction(writes=True) as repo:
            source = None
            if "source_id" in data:
                source = get_or_404(repo.get_source, data["source_id"], f"Source {data['source_id']} does not exist.")
            event = curation.add_event(repo, data, source)
            return event, 201, {"Location": url_for("events.EventById", event_id=event.id)}


@blp.route("/<int(max=2147483647):event_id>")
class EventById(MethodView):
    @blp.doc(operationId="get_event")
    @blp.response(200, EventSchema)
    @blp.problems(404)
    def get(self, event_id: int):
        """One event with its sources and every quote of them."""
        with _store().transaction() as repo:
            return get_or_404(repo.get_event, event_id, _missing(event_id))

    @blp.doc(operationId="update_event")
    @blp.arguments(EventPatchSchema)
    @blp.response(200, EventSchema)
    @blp.problems(400, 404, 413, 415)
    @blp.writes
    def patch(self, data, event_id: int):
        """Correct an event's title, status or date; a corrected event is kept as curated."""
        with _store().transaction(writes=True) as repo:
            return curation.correct_event(repo, get_or_404(repo.get_event, event_id, _missing(event_id)), data)

    @blp.doc(operationId="delete_event")
    @blp.response(204)
    @blp.problems(404)
    @blp.writes
    def delete(self, event_id: int):
        """Remove an event and its evidence links (the sources stay)."""
        with _store().transaction(writes=True) as repo:
            repo.delete_event(get_or_404(repo.get_event, event_id, _missing(event_id)))
        return None
