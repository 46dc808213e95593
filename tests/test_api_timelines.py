"""Named timelines, filters and cursor paging."""

from __future__ import annotations

ARTICLES = [
    ("Port strike", "2022-03-10", "Dock workers in Rotterdam began a strike on Monday over pay."),
    ("Storm", "2022-05-20", "A storm flooded the harbour district of Hamburg on Wednesday."),
    ("Talks", "2022-09-02", "Union leaders met ministers in Rotterdam on Tuesday and agreed a pay deal."),
]


def _load(client):
    return [client.post("/sources", json={"title": t, "published": p, "text": x}).get_json() for t, p, x in ARTICLES]


def test_timelines_crud(client):
    strike, storm, talks = _load(client)
    response = client.post("/timelines", json={"slug": "rotterdam", "title": "Rotterdam port",
                                               "source_ids": [strike["id"], talks["id"]]})
    assert response.status_code == 201
    assert response.headers["Location"].endswith("/timelines/rotterdam")
    listed = client.get("/timelines").get_json()["timelines"]
    assert [t["slug"] for t in listed] == ["all", "rotterdam"]
    body = client.get("/timelines/rotterdam").get_json()
    assert body["count"] == 2 and [e["date"]["edtf"] for e in body["events"]] == ["2022-03-07", "2022-08-30"]

    storm_event = storm["events"][0]["id"]
    strike_event = strike["events"][0]["id"]
    patched = client.patch("/timelines/rotterdam", json={"title": "Port of Rotterdam", "include_events": [storm_event],
                                                         "hide_events": [strike_event]})
    assert patched.status_code == 200 and patched.get_json()["title"] == "Port of Rotterdam"
    titles = [e["id"] for e in client.get("/timelines/rotterdam").get_json()["events"]]
    assert storm_event in titles and strike_event not in titles

    assert client.get("/timelines/all").get_json()["count"] == 3
    assert client.delete("/timelines/rotterdam").status_code == 204
    assert client.get("/timelines/rotterdam").status_code == 404
    assert client.get("/health").get_json()["counts"]["sources"] == 3  # its sources stay


def test_timeline_errors(client):
    _load(client)
    assert client.post("/timelines", json={"slug": "Bad Slug", "title": "x"}).status_code == 422
    assert client.post("/timelines", json={"slug": "all", "title": "x"}).status_code == 409
    client.post("/timelines", json={"slug": "one", "title": "x"})
    assert client.post("/timelines", json={"slug": "one", "title": "y"}).status_code == 409
    unknown = client.post("/timelines", json={"slug": "two", "title": "x", "source_ids": [999]})
    assert unknown.status_code == 422 and "source 999" in unknown.get_json()["detail"]
    assert client.get("/timelines/two").status_code == 404  # nothing half-written
    assert client.patch("/timelines/all", json={"title": "x"}).status_code == 409
    assert client.delete("/timelines/all").status_code == 409
    assert client.patch("/timelines/nope", json={"title": "x"}).status_code == 404


def test_filters(client):
    strike, _storm, talks = _load(client)

    def dates(query):
        response = client.get(f"/timeline?{query}")
        assert response.status_code == 200, response.get_json()
        return [e["date"]["edtf"] for e in response.get_json()["events"]]
    assert dates("from=2022-05&to=2022-07") == ["2022-05-18"]
    assert dates("from=2022-09") == []
    assert dates("to=2022") == ["2022-03-07", "2022-05-18", "2022-08-30"]
    assert dates("q=FLOODED") == ["2022-05-18"]
    assert dates(f"source={strike['id']}&source={talks['id']}") == ["2022-03-07", "2022-08-30"]
    assert dates("status=occurred&precision=day&min_sources=1") == ["2022-03-07", "2022-05-18", "2022-08-30"]
    assert dates("min_sources=2") == []
    assert dates("entity=rotterdam") == ["2022-03-07", "2022-08-30"]
    assert dates("q=100%25_") == []  # LIKE wildcards are searched for, not obeyed


def test_bad_filters_are_clear_errors(client):
    for query in ("from=yesterday", "to=2022-02-30", "status=done", "limit=0", "limit=501", "precision=hour",
                  "source=abc", "min_sources=0", "colour=red"):
        response = client.get(f"/events?{query}")
        assert response.status_code == 400, query
        assert response.mimetype == "application/problem+json"
    response = client.get("/events?cursor=not-a-cursor")
    assert response.status_code == 400 and "cursor" in response.get_json()["errors"]["query"]


def test_cursor_paging_is_stable_and_linked(client):
    _load(client)
    first = client.get("/timeline?limit=2")
    body = first.get_json()
    assert len(body["events"]) == 2 and body["count"] == 3 and body["next"]
    assert first.headers["Link"] == f'<{body["next"]}>; rel="next"'
    second = client.get(body["next"]).get_json()
    assert len(second["events"]) == 1 and second["next"] is None
    ids = [e["id"] for e in body["events"] + second["events"]]
    assert ids == [e["id"] for e in client.get("/timeline").get_json()["events"]]
    filtered = client.get("/timelines/all?limit=1&q=Rotterdam").get_json()
    assert "q=Rotterdam" in filtered["next"]
    assert len(client.get(filtered["next"]).get_json()["events"]) == 1
