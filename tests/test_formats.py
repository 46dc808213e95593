"""Every export format, read back with a real parser of that format."""

from __future__ import annotations

import csv
import io
import json

from icalendar import Calendar

TEXT = ("Leaders met in Lisbon on Tuesday. The treaty, <b>signed</b> last November, takes effect in 2023. "
        "The visit planned for June 5-6 was postponed.")


def _seed(client):
    client.post("/sources", json={"title": "Lisbon <script>x</script>", "published": "2022-03-10", "text": TEXT,
                                  "url": "https://news.example.org/lisbon"})


def test_csv(client):
    _seed(client)
    response = client.get("/timeline?format=csv")
    assert response.mimetype == "text/csv" and "charset=utf-8" in response.headers["Content-Type"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    json_events = client.get("/timeline").get_json()["events"]
    assert [int(r["id"]) for r in rows] == [e["id"] for e in json_events]
    november = next(r for r in rows if r["edtf"] == "2021-11")
    assert (november["precision"], november["earliest"], november["latest"]) == ("month", "2021-11-01", "2021-11-30")
    assert november["source_count"] == "1" and november["source_titles"] == "Lisbon <script>x</script>"


def test_ndjson_by_accept_header(client):
    _seed(client)
    response = client.get("/events", headers={"Accept": "application/x-ndjson"})
    assert response.mimetype == "application/x-ndjson"
    lines = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert {line["status"] for line in lines} >= {"occurred", "postponed"}
    assert all(line["sources"][0]["quote"] for line in lines)


def test_timelinejs_keeps_precision_and_escapes_article_text(client):
    _seed(client)
    body = json.loads(client.get("/timelines/all?format=timelinejs").get_data(as_text=True))
    assert body["title"]["text"]["headline"] == "All events"
    slides = {s["start_date"]["display_date"]: s for s in body["events"]}
    month = slides["November 2021"]["start_date"]
    assert month == {"year": 2021, "month": 11, "display_date": "November 2021"}  # no invented day
    ranged = slides["5–6 June 2022"]
    assert ranged["end_date"]["day"] == 6 and ranged["group"] == "postponed"
    html_parts = " ".join(s["text"]["text"] + s["text"]["headline"] for s in body["events"])
    assert "<script>" not in html_parts and "&lt;script&gt;" in html_parts and "&lt;b&gt;" in html_parts
    assert 'href="https://news.example.org/lisbon"' in html_parts


def test_ics(client):
    _seed(client)
    response = client.get("/timeline?format=ics")
    assert response.mimetype == "text/calendar"
    calendar = Calendar.from_ical(response.data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(client.get("/timeline").get_json()["events"])
    november = next(e for e in events if e.decoded("dtstart").isoformat() == "2021-11-01")
    assert november.decoded("dtend").isoformat() == "2021-12-01"  # whole month, end exclusive


def test_unknown_format_is_400(client):
    assert client.get("/timeline?format=xml").status_code == 400
