"""The hand-built event dicts (schemas/event_dicts.py) are EventSchema's dump, member for member and in
order: every stored event of the seeds, a curated one, one with nulls, and look-alikes in conflict."""

from __future__ import annotations

import json

from schemas.event_dicts import event_dict
from schemas.events import EventSchema
from service.store import EventFilter


def test_every_event_is_dumped_as_event_schema_dumps_it(seeded, client, store):
    client.post("/events", json={"title": "Ministers meet in Oslo", "when": "last November", "reference": "2024-02-16",
                                 "status": "planned"})
    with store.transaction(writes=True) as repo:
        bare = repo.add_event(title="Undated talks", status="occurred", origin="manual", edtf=None, value=None,
                              earliest=None, latest=None, precision=None, rule=None)
        events, _ = repo.page_events(EventFilter(include_anchored=True))
        repo.add_conflicts({(events[0].id, events[1].id)})
    schema = EventSchema()
    with store.transaction() as repo:
        events = [*repo.page_events(EventFilter(include_anchored=True))[0], repo.get_event(bare.id)]
        assert len(events) > 10 and any(event.conflicts for event in events)
        assert any(event.curated for event in events)
        for event in events:
            assert json.dumps(event_dict(event)) == json.dumps(schema.dump(event)), event.id


def test_the_list_routes_answer_with_them(seeded, client):
    page = client.get("/timeline?include=anchored&limit=500").get_json()
    with seeded.extensions["store"].transaction() as repo:
        listed, _ = repo.page_events(EventFilter(include_anchored=True))
        stored = {event.id: EventSchema().dump(event) for event in listed}
    assert page["events"] and all(event == stored[event["id"]] for event in page["events"])
