"""POST/GET/DELETE /sources against a real database."""

from __future__ import annotations

ARTICLE = {
    "title": "Ministers meet in Oslo",
    "text": ("The foreign ministers of Norway and Chile met in Oslo on Tuesday to sign a fisheries accord. "
             "Talks had been postponed in January after a storm closed the airport."),
    "published": "2021-03-11",
    "url": "https://news.example.org/oslo",
    "outlet": "Example News",
}


def test_post_source_returns_events_found_in_it(client):
    response = client.post("/sources", json=ARTICLE)
    assert response.status_code == 201
    body = response.get_json()
    assert response.headers["Location"].endswith(f"/sources/{body['id']}")
    assert body["published"] == "2021-03-11" and body["language"] == "en"
    dates = {e["date"]["edtf"]: e for e in body["events"]}
    assert "2021-03-09" in dates  # Tuesday before a Thursday reference, past tense
    assert dates["2021-01"]["date"]["precision"] == "month"
    assert dates["2021-03-09"]["url"] == f"/events/{dates['2021-03-09']['id']}"
    assert "text" not in body and "sources" not in dates["2021-03-09"]  # the client has the text; GET has the rest
    evidence = next(m for m in body["mentions"] if m["event_id"] == dates["2021-03-09"]["id"])
    assert evidence["event_url"] == dates["2021-03-09"]["url"]
    assert ARTICLE["text"][evidence["quote_start"]:evidence["quote_end"]] == evidence["quote"]
    assert ARTICLE["text"][evidence["expression_start"]:evidence["expression_end"]] == "Tuesday"
    assert evidence["reference"] == "2021-03-11"


def test_posting_the_same_text_twice_returns_the_first_source(client):
    first = client.post("/sources", json=ARTICLE).get_json()
    again = client.post("/sources", json={**ARTICLE, "title": "Another title", "text": ARTICLE["text"] + "\n"})
    assert again.status_code == 200
    assert again.get_json()["id"] == first["id"]
    assert len(client.get("/sources").get_json()["sources"]) == 1


def test_the_answer_to_a_post_does_not_grow_with_stored_data(client):
    """The answer carries the article's own mentions and links, not every source of the events it joins:
    posted again after twelve articles on the same meeting, it is the same size (ids and counts aside)."""
    alone = client.post("/sources", json=ARTICLE)
    before = alone.get_json()
    client.delete(f"/sources/{before['id']}")
    for i in range(12):
        text = f"The foreign ministers of Norway and Chile met in Oslo on Tuesday, officials said in report {i}."
        client.post("/sources", json={**ARTICLE, "title": f"Report {i}", "text": text})
    crowded = client.post("/sources", json=ARTICLE)
    after = crowded.get_json()
    assert crowded.status_code == 201
    crowd = [e for e in after["events"] if e["source_count"] == 13]
    assert crowd, after["events"]  # it did join the crowded event
    assert len(after["mentions"]) == len(before["mentions"]) and len(after["events"]) == len(before["events"])
    assert len(crowded.data) <= len(alone.data) + 100, (len(alone.data), len(crowded.data))
    assert len(client.get(crowd[0]["url"]).data) > 3 * len(crowded.data)  # the weight of every source inline


def test_get_source_has_text_mentions_and_event_links(client):
    created = client.post("/sources", json=ARTICLE).get_json()
    body = client.get(f"/sources/{created['id']}").get_json()
    assert body["text"] == ARTICLE["text"]
    assert {k: v for k, v in body.items() if k != "text"} == created  # the answer to posting it, and the text
    assert "sources" not in body["events"][0] and body["events"][0]["url"] == f"/events/{body['events'][0]['id']}"


def test_get_source_does_not_grow_with_the_other_sources_of_its_events(client):
    """Twelve more articles on the same meeting leave GET /sources/{id} of the first the same size (counts
    aside): the other sources are behind the events' links."""
    created = client.post("/sources", json=ARTICLE).get_json()
    alone = client.get(f"/sources/{created['id']}").data
    for i in range(12):
        text = f"The foreign ministers of Norway and Chile met in Oslo on Tuesday, officials said in report {i}."
        client.post("/sources", json={**ARTICLE, "title": f"Report {i}", "text": text})
    crowded = client.get(f"/sources/{created['id']}")
    assert any(e["source_count"] == 13 for e in crowded.get_json()["events"])
    assert len(crowded.data) <= len(alone) + 100, (len(alone), len(crowded.data))


def test_list_sources(client):
    client.post("/sources", json=ARTICLE)
    client.post("/sources", json={**ARTICLE, "text": "Parliament voted on 4 May 2020 to extend the law.",
                                  "published": "2020-05-05"})
    sources = client.get("/sources").get_json()["sources"]
    assert [s["published"] for s in sources] == ["2020-05-05", "2021-03-11"]
    assert "text" not in sources[0]


def test_delete_source_removes_its_evidence_and_orphan_events(client):
    created = client.post("/sources", json=ARTICLE).get_json()
    assert client.delete(f"/sources/{created['id']}").status_code == 204
    assert client.get(f"/sources/{created['id']}").status_code == 404
    assert client.get("/events").get_json()["events"] == []
    assert client.get("/health").get_json()["counts"] == {"sources": 0, "events": 0, "evidence": 0}


def test_delete_keeps_events_other_sources_support(client):
    a = client.post("/sources", json=ARTICLE).get_json()
    b = client.post("/sources", json={**ARTICLE, "text": "The foreign ministers of Norway and Chile met in Oslo on "
                                                         "Tuesday, officials said.", "title": "Oslo"}).get_json()
    shared = [e for e in b["events"] if e["source_count"] == 2]
    assert shared, "the Tuesday meeting should merge across both sources"
    client.delete(f"/sources/{a['id']}")
    event = client.get(f"/events/{shared[0]['id']}").get_json()
    assert event["source_ids"] == [b["id"]]


def test_missing_fields_are_a_422_problem(client):
    response = client.post("/sources", json={"title": "No text"})
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    problem = response.get_json()
    assert problem["status"] == 422 and problem["instance"] == "/sources"
    assert set(problem["errors"]["json"]) == {"text"}


def test_unknown_fields_and_bad_dates_are_rejected(client):
    response = client.post("/sources", json={**ARTICLE, "published": "2021-02-30", "autor": "x"})
    assert response.status_code == 422
    errors = response.get_json()["errors"]["json"]
    assert "autor" in errors and "published" in errors
    assert client.get("/health").get_json()["counts"]["sources"] == 0


def test_malformed_json_is_a_400_problem(client):
    response = client.post("/sources", data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert "not valid JSON" in response.get_json()["detail"]


def test_non_json_body_is_415(client):
    response = client.post("/sources", data="title=x", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415
    assert response.mimetype == "application/problem+json"


def test_text_over_the_limit_is_413(app, client):
    app.config["MAX_TEXT_CHARS"] = 50
    response = client.post("/sources", json=ARTICLE)
    assert response.status_code == 413
    assert "limit is 50" in response.get_json()["detail"]


def test_unknown_source_is_404(client):
    assert client.get("/sources/999").status_code == 404
    response = client.delete("/sources/999")
    assert response.status_code == 404
    assert response.get_json()["detail"] == "Source 999 does not exist."


def test_source_without_publication_date_gets_an_estimate_flagged_everywhere(client):
    text = ("The council approved the budget on March 2, 2022. On Friday, the mayor signed the order "
            "that the council had approved.")
    body = client.post("/sources", json={"title": "Budget", "text": text}).get_json()
    assert body["published"] == "2022-03-04" and body["published_estimated"] is True
    assert body["events"], body
    assert body["mentions"] and all(m["reference_estimated"] for m in body["mentions"])
    for link in body["events"]:
        assert client.get(link["url"]).get_json()["estimated"] is True
    friday = [e for e in body["events"] if e["date"]["edtf"] == "2022-03-04"]
    assert friday, [e["date"] for e in body["events"]]
