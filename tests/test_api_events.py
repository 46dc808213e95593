"""GET/POST/PATCH/DELETE /events against a real database."""

from __future__ import annotations


def _add(client, **overrides):
    body = {"title": "Summit in Lima", "when": "last November", "reference": "2024-02-16", **overrides}
    return client.post("/events", json=body)


def test_post_event_normalises_when_against_reference(client):
    response = _add(client)
    assert response.status_code == 201
    event = response.get_json()
    assert event["date"]["edtf"] == "2023-11"
    assert event["date"]["precision"] == "month"
    assert (event["date"]["earliest"], event["date"]["latest"]) == ("2023-11-01", "2023-11-30")
    assert event["when"] == "last November" and event["origin"] == "manual" and event["curated"] is True
    assert "relative to reference 2024-02-16" in event["date"]["rule"]
    assert response.headers["Location"].endswith(f"/events/{event['id']}")


def test_post_event_relative_to_a_source(client):
    source = client.post("/sources", json={"title": "t", "text": "A storm hit the coast on Monday.",
                                           "published": "2022-08-10"}).get_json()
    event = _add(client, when="yesterday", reference=None, source_id=source["id"])
    assert event.status_code == 422  # reference: null is not a date
    event = client.post("/events", json={"title": "Clean-up", "when": "yesterday", "source_id": source["id"]})
    assert event.status_code == 201
    assert event.get_json()["date"]["edtf"] == "2022-08-09"


def test_post_event_needs_a_reference(client):
    response = client.post("/events", json={"title": "x", "when": "last November"})
    assert response.status_code == 422
    assert "reference" in response.get_json()["errors"]["json"]


def test_post_event_when_not_a_date_is_422(client):
    response = _add(client, when="the day the music died")
    assert response.status_code == 422
    assert "when" in response.get_json()["errors"]["json"]
    assert client.get("/events").get_json()["events"] == []


def test_post_event_unknown_source_is_404(client):
    response = client.post("/events", json={"title": "x", "when": "today", "source_id": 42})
    assert response.status_code == 404


def test_post_event_bad_status_is_422(client):
    assert _add(client, status="happened").status_code == 422


def test_get_event_and_404(client):
    created = _add(client).get_json()
    assert client.get(f"/events/{created['id']}").get_json()["title"] == "Summit in Lima"
    assert client.get("/events/999").status_code == 404


def test_patch_event_changes_title_status_and_date(client):
    created = _add(client).get_json()
    response = client.patch(f"/events/{created['id']}", json={"title": "Lima summit", "status": "postponed",
                                                              "when": "December 2023"})
    assert response.status_code == 200
    event = response.get_json()
    assert (event["title"], event["status"], event["date"]["edtf"]) == ("Lima summit", "postponed", "2023-12")


def test_patch_rejects_empty_and_unknown(client):
    created = _add(client).get_json()
    assert client.patch(f"/events/{created['id']}", json={}).status_code == 422
    assert client.patch(f"/events/{created['id']}", json={"colour": "red"}).status_code == 422
    assert client.patch("/events/999", json={"title": "x"}).status_code == 404


def test_delete_event(client):
    created = _add(client).get_json()
    assert client.delete(f"/events/{created['id']}").status_code == 204
    assert client.get(f"/events/{created['id']}").status_code == 404
    assert client.delete(f"/events/{created['id']}").status_code == 404


def test_list_events_in_timeline_order(client):
    _add(client, title="B", when="2023")
    _add(client, title="A", when="March 2023")
    _add(client, title="C", when="4 February 2023")
    titles = [e["title"] for e in client.get("/events").get_json()["events"]]
    assert titles == ["B", "C", "A"]  # 2023 starts first; among equal starts, earlier end first


def test_a_manual_event_that_tells_an_extracted_one_is_refused_naming_it(client):
    source = client.post("/sources", json={"title": "t", "published": "2020-09-10", "text":
                                           "Chancellor Maria Vogt met the Irish premier in Dublin on Tuesday."})
    extracted = source.get_json()["events"][0]["id"]
    same = client.post("/events", json={"title": "Vogt meets Irish premier", "when": "8 September 2020",
                                        "reference": "2020-09-10"})
    assert same.status_code == 409 and same.mimetype == "application/problem+json"
    detail = same.get_json()["detail"]
    assert f"Event {extracted}" in detail and f"PATCH /events/{extracted}" in detail
    forced = client.post("/events", json={"title": "Vogt meets Irish premier", "when": "8 September 2020",
                                          "reference": "2020-09-10", "allow_duplicate": True})
    assert forced.status_code == 201
    other_day = client.post("/events", json={"title": "Vogt meets Irish premier", "when": "20 September 2020",
                                             "reference": "2020-09-10"})
    assert other_day.status_code == 201  # the same words on another day are another meeting
    other_act = client.post("/events", json={"title": "Storm floods Dublin port", "when": "8 September 2020",
                                             "reference": "2020-09-10"})
    assert other_act.status_code == 201
