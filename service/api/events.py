"""Events: read the merged events; add, correct or remove them by hand."""

from __future__ import annotations

from flask import current_app, url_for
from flask.views import MethodView
from flask_smorest import abort
from marshmallow import RAISE

from schemas.events import EventCreateSchema, EventListSchema, EventPatchSchema, EventSchema
from schemas.filters import EventQuerySchema
from service.api.framework import Blueprint
from service.api.paging import export, page_of_events, requested_format
from service.api.timeline import export_responses
from service.ingest import normalise_when

blp = Blueprint("events", __name__, url_prefix="/events", description="Events and the evidence behind them")


def _store():
    return current_app.extensions["store"]


def _date_fields(when: str, reference, language: str) -> dict:
    expr = normalise_when(when, reference, language)
    if expr is None:
        abort(422, message=f"'{when}' is not a date we can resolve.",
              messages={"json": {"when": [f"'{when}' is not a recognisable date or time."]}})
    return {"when_text": when, "reference": reference, "edtf": expr.edtf, "value": expr.value,
            "earliest": expr.earliest, "latest": expr.latest, "precision": expr.precision, "rule": expr.rule}


@blp.route("")
class Events(MethodView):
    @blp.arguments(EventQuerySchema, location="query", unknown=RAISE)
    @blp.response(200, EventListSchema)
    @blp.doc(operationId="list_events", responses=export_responses())
    @blp.problems(400)
    def get(self, query):
        """Events in timeline order with their evidence, filtered and paged (see the query parameters)."""
        with _store().transaction() as repo:
            fmt = requested_format(query)
            if fmt != "json":
                return export(repo, query, fmt, "Events", None)
            return page_of_events(repo, query)

    @blp.doc(operationId="create_event")
    @blp.arguments(EventCreateSchema)
    @blp.response(201, EventSchema)
    @blp.problems(400, 404, 413, 415)
    @blp.writes
    def post(self, data):
        """Add an event by hand; `when` ("last November") is normalised against the reference date."""
        with _store().transaction(writes=True) as repo:
            reference = data.get("reference")
            if "source_id" in data:
                source = repo.get_source(data["source_id"])
                if source is None:
                    abort(404, message=f"Source {data['source_id']} does not exist.")
                reference = reference or source.published
            fields = _date_fields(data["when"], reference, data["language"])
            event = repo.add_event(title=data["title"], status=data["status"], origin="manual", curated=True,
                                   **fields)
            return event, 201, {"Location": url_for("events.EventById", event_id=event.id)}


@blp.route("/<int(max=2147483647):event_id>")
class EventById(MethodView):
    @blp.doc(operationId="get_event")
    @blp.response(200, EventSchema)
    @blp.problems(404)
    def get(self, event_id: int):
        """One event with all its evidence."""
        with _store().transaction() as repo:
            event = repo.get_event(event_id)
            if event is None:
                abort(404, message=f"Event {event_id} does not exist.")
            return event

    @blp.doc(operationId="update_event")
    @blp.arguments(EventPatchSchema)
    @blp.response(200, EventSchema)
    @blp.problems(400, 404, 413, 415)
    @blp.writes
    def patch(self, data, event_id: int):
        """Correct an event's title, status or date; a corrected event is kept as curated."""
        with _store().transaction(writes=True) as repo:
            event = repo.get_event(event_id)
            if event is None:
                abort(404, message=f"Event {event_id} does not exist.")
            changes = {k: data[k] for k in ("title", "status") if k in data}
            if "when" in data:
                reference = data.get("reference") or event.reference or _first_reference(event)
                if reference is None:
                    abort(422, message="Give `reference` to resolve `when` against.",
                          messages={"json": {"reference": ["Required to resolve `when` for this event."]}})
                changes.update(_date_fields(data["when"], reference, data.get("language", "en")))
            return repo.update_event(event, curated=True, **changes)

    @blp.doc(operationId="delete_event")
    @blp.response(204)
    @blp.problems(404)
    @blp.writes
    def delete(self, event_id: int):
        """Remove an event and its evidence links (the sources stay)."""
        with _store().transaction(writes=True) as repo:
            event = repo.get_event(event_id)
            if event is None:
                abort(404, message=f"Event {event_id} does not exist.")
            repo.delete_event(event)
        return None


def _first_reference(event):
    return min((e.reference for e in event.evidence if e.reference), default=None)
