"""GET /timeline, /health, /annotate and /parse."""

from __future__ import annotations


def test_timeline_orders_events_and_inlines_sources(client, seeded):
    body = client.get("/timeline").get_json()
    events = body["events"]
    assert body["count"] == len(events) > 5
    keys = [e["sort_key"] for e in events]
    assert keys == sorted(keys)
    earliest = [e["date"]["earliest"] for e in events if e["date"]["earliest"]]
    assert earliest == sorted(earliest)
    for event in events:
        assert event["sources"], event
        assert event["source_count"] == len(event["sources"]) == len({s["source_id"] for s in event["sources"]})
        for source in event["sources"]:
            assert {"source_id", "title", "url", "published", "quotes"} <= set(source) and source["quotes"]
            for quote in source["quotes"]:
                assert {"evidence_id", "quote", "quote_start", "quote_end", "expression", "date"} <= set(quote)


def test_an_event_lists_each_source_once_with_its_quotes_best_first(client, seeded):
    """The Munich meeting has about ten mentions from four articles: four sources, each with its quotes."""
    events = client.get("/timeline").get_json()["events"]
    meeting = max(events, key=lambda e: sum(len(s["quotes"]) for s in e["sources"]))
    assert meeting["source_count"] == len(meeting["sources"]) == 4
    assert sum(len(s["quotes"]) for s in meeting["sources"]) > 4
    best = meeting["sources"][0]["quotes"][0]
    assert best["anchored_by"] is None and best["linked"] is False  # the best quote dates the event itself
    texts = {s["source_id"]: client.get(f"/sources/{s['source_id']}").get_json()["text"] for s in meeting["sources"]}
    for source in meeting["sources"]:
        for quote in source["quotes"]:
            assert texts[source["source_id"]][quote["quote_start"]:quote["quote_end"]] == quote["quote"]
    assert client.get(f"/events/{meeting['id']}").get_json() == meeting  # one event schema everywhere


def test_seed_timeline_has_the_two_munich_meetings_apart(client, seeded):
    events = client.get("/timeline").get_json()["events"]
    by_day = {}
    for event in events:
        by_day.setdefault(event["date"]["edtf"], []).append(event)
    meeting_2023 = max(by_day["2023-02-18"], key=lambda e: e["source_count"])
    assert meeting_2023["source_count"] == 4
    assert "2024-02-16" in by_day
    assert by_day["2023-11"][0]["date"]["precision"] == "month"
    assert any(e["status"] == "postponed" for e in by_day["2023-02-05/2023-02-06"])
    assert "2023-02-04" in by_day


def test_health(client):
    body = client.get("/health").get_json()
    assert body == {"status": "ok", "database": "ok", "counts": {"sources": 0, "events": 0, "evidence": 0}}


def test_annotate(client):
    response = client.post("/annotate", json={"text": "They met on Saturday, not last November.",
                                              "reference": "2023-02-19"})
    assert response.status_code == 200
    values = [(e["text"], e["value"], e["precision"]) for e in response.get_json()["expressions"]]
    assert values == [("Saturday", "2023-02-18", "day"), ("last November", "2022-11", "month")]


def test_annotate_timeml_view_gives_a_ranges_two_ends(client):
    text = {"text": "The talks ran from Monday to Wednesday.", "reference": "2023-02-03"}
    service = client.post("/annotate", json=text).get_json()["expressions"]
    timeml = client.post("/annotate", json={**text, "view": "timeml"}).get_json()["expressions"]
    assert len(service) == 1 and service[0]["precision"] == "range"
    assert [(e["text"], e["value"]) for e in timeml] == [("Monday", "2023-01-30"), ("Wednesday", "2023-02-01")]
    assert client.post("/annotate", json={**text, "view": "xml"}).status_code == 422


def test_annotate_validates(client):
    assert client.post("/annotate", json={"text": "x"}).status_code == 422
    assert client.post("/annotate", json={"text": "x", "reference": "yesterday"}).status_code == 422


def test_parse_single_expression(client):
    body = client.post("/parse", json={"when": "last November", "reference": "2024-02-16"}).get_json()
    assert (body["value"], body["edtf"], body["precision"]) == ("2023-11", "2023-11", "month")


def test_parse_not_a_date_is_422(client):
    response = client.post("/parse", json={"when": "a 60-meter balloon", "reference": "2024-02-16"})
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"


def test_unknown_route_is_a_problem(client):
    response = client.get("/nowhere")
    assert response.status_code == 404 and response.mimetype == "application/problem+json"


def test_wrong_method_is_405(client):
    assert client.put("/timeline").status_code == 405


def test_seed_acceptance(client, seeded):
    """The product card's list, from the general pipeline."""
    events = client.get("/timeline").get_json()["events"]

    def on(edtf):
        return [e for e in events if e["date"]["edtf"] == edtf]

    summit = on("2023-11")
    assert summit and summit[0]["date"]["precision"] == "month"
    assert "summit" in summit[0]["title"].lower()
    balloon = max(on("2023-02-04"), key=lambda e: e["source_count"])
    title = balloon["title"].lower()  # "U.S. shot down alleged Chinese spy balloon", or told as the downing
    assert "balloon" in title and ("downing" in title or "shot down" in title)
    assert balloon["source_count"] >= 2  # dated by one article, named by others ("the downing of the spy balloon")
    visit = on("2023-02-05/2023-02-06")
    assert visit and visit[0]["status"] == "postponed"
    assert "visit" in visit[0]["title"].lower() or "trip" in visit[0]["title"].lower()
    meeting_2024 = on("2024-02-16")
    assert meeting_2024 and all(e["id"] not in {m["id"] for m in on("2023-02-18")} for e in meeting_2024)
    assert any("meet" in e["title"].lower() for e in meeting_2024)  # the 2024 meeting is titled as a meeting
    for event in events:  # no fragments: a title has a verb or an event noun with its complements, no "... said"
        assert len(event["title"].split()) >= 2 and not event["title"].lower().endswith(" said"), event["title"]


def test_timeline_of_one_entity(client):
    client.post("/sources", json={"title": "a", "published": "2020-09-10", "text": (
        "Chancellor Maria Vogt met the Irish premier in Dublin on Tuesday. "
        "Separately, the central bank raised rates on Wednesday.")})
    everything = client.get("/timeline").get_json()["events"]
    assert len(everything) == 2
    only = client.get("/timeline?entity=vogt").get_json()["events"]
    assert len(only) == 1 and "Maria Vogt" in " ".join(only[0]["participants"])
    assert only[0]["sources"][0]["quotes"][0]["trigger"] == "met"
    assert client.get("/events?entity=Vogt").get_json()["events"][0]["id"] == only[0]["id"]
    assert client.get("/timeline?entity=").status_code == 400
    assert client.get("/timeline?colour=red").status_code == 400


def test_look_alike_events_with_clashing_dates_are_kept_apart_and_flagged(client):
    client.post("/sources", json={"title": "a", "published": "2020-09-10", "text":
                                  "Chancellor Maria Vogt opened the new Elbe bridge in Hamburg on Tuesday."})
    client.post("/sources", json={"title": "b", "published": "2020-09-20", "text":
                                  "Chancellor Maria Vogt opened the new Elbe bridge in Hamburg on Friday."})
    events = client.get("/timeline").get_json()["events"]
    assert len(events) == 2
    first, second = events
    assert first["date"]["edtf"] == "2020-09-08" and second["date"]["edtf"] == "2020-09-18"
    assert [c["id"] for c in first["conflicts"]] == [second["id"]]
    assert [c["id"] for c in second["conflicts"]] == [first["id"]]


def test_same_event_from_two_sources_merges_and_keeps_the_finer_date(client):
    client.post("/sources", json={"title": "a", "published": "2020-09-30", "text":
                                  "The Elbe bridge in Hamburg was opened by Chancellor Maria Vogt in September."})
    client.post("/sources", json={"title": "b", "published": "2020-09-10", "text":
                                  "Chancellor Maria Vogt opened the Elbe bridge in Hamburg on Tuesday."})
    events = client.get("/timeline").get_json()["events"]
    assert len(events) == 1
    assert events[0]["date"]["edtf"] == "2020-09-08"
    assert len(events[0]["sources"]) == 2


def test_anchored_events_are_listed_on_request_and_say_where_their_date_came_from(client):
    client.post("/sources", json={"title": "a", "published": "2022-03-10", "text": (
        "Detectives arrested Tom Reed at his home in Leeds. A court fined Acme Ltd on Monday.")})
    default = client.get("/timeline").get_json()["events"]
    assert [e["anchored_by"] for e in default] == [None]
    everything = client.get("/timeline?include=anchored").get_json()["events"]
    anchored = [e for e in everything if e["anchored_by"] == "publication"]
    assert len(everything) == 2 and len(anchored) == 1
    assert anchored[0]["sources"][0]["quotes"][0]["anchored_by"] == "publication"
    assert anchored[0]["sources"][0]["quotes"][0]["expression"] is None
    assert anchored[0]["date"]["edtf"] == "2022-03-10"
    assert client.get("/timeline?entity=Reed").get_json()["count"] == 1  # entity timelines show all
    assert client.get("/timeline?include=everything").status_code == 400


def test_entity_matches_whole_words_of_names(client):
    client.post("/sources", json={"title": "a", "published": "2020-09-10", "text": (
        "Chancellor Maria Vogt met the Irish premier in Dublin on Tuesday.")})
    assert client.get("/timeline?entity=Vogt").get_json()["count"] == 1
    assert client.get("/timeline?entity=maria vogt").get_json()["count"] == 1
    assert client.get("/timeline?entity=ogt").get_json()["count"] == 0
    assert client.get("/timeline?entity=Tuesday").get_json()["count"] == 0


def test_an_event_named_without_a_date_joins_the_dated_event_it_names_in_any_order(client):
    dated = {"title": "a", "published": "2021-06-14", "text": "Navy jets shot down a spy balloon on June 10."}
    named = {"title": "b", "published": "2021-06-15", "text":
             "Ministers met on Monday to discuss the downing of the spy balloon."}
    client.post("/sources", json=named)
    listed = client.get("/timeline?include=anchored").get_json()["events"]
    assert all(q["trigger"] != "downing" for e in listed for s in e["sources"] for q in s["quotes"])  # never alone
    client.post("/sources", json=dated)
    events = [e for e in client.get("/timeline").get_json()["events"] if e["date"]["edtf"] == "2021-06-10"]
    assert len(events) == 1 and events[0]["source_count"] == 2
    reference = [q for s in events[0]["sources"] for q in s["quotes"] if q["anchored_by"] == "reference"]
    assert len(reference) == 1 and reference[0]["trigger"] == "downing" and reference[0]["expression"] is None
