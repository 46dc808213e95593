"""Every export format, read back with a real parser of that format, and the registry they share."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import yaml
from icalendar import Calendar

from service import create_app
from service.cli import main as cli
from service.exports import EXPORTS, MEDIA_TYPES
from tests.conftest import PROJECT_ROOT, TOKEN

TEXT = ("Leaders met in Lisbon on Tuesday. The treaty, <b>signed</b> last November, takes effect in 2023. "
        "The visit planned for June 5-6 was postponed.")


def _seed(client):
    client.post("/sources", json={"title": "Lisbon <script>x</script>", "published": "2022-03-10", "text": TEXT,
                                  "url": "https://news.example.org/lisbon"})


def _manual(client, title: str, when: str, reference: str = "2023-02-27") -> dict:
    response = client.post("/events", json={"title": title, "when": when, "reference": reference})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _rows(client, url: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(client.get(url).get_data(as_text=True))))


def test_csv(client):
    _seed(client)
    response = client.get("/timeline?format=csv")
    assert response.mimetype == "text/csv" and "charset=utf-8" in response.headers["Content-Type"]
    assert response.headers["Content-Disposition"] == 'inline; filename="all.csv"'
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    json_events = client.get("/timeline").get_json()["events"]
    assert [int(r["id"]) for r in rows] == [e["id"] for e in json_events]
    november = next(r for r in rows if r["edtf"] == "2021-11")
    assert (november["precision"], november["earliest"], november["latest"]) == ("month", "2021-11-01", "2021-11-30")
    assert november["date"] == "November 2021" and november["source_count"] == "1"
    assert json.loads(november["source_titles"]) == ["Lisbon <script>x</script>"]
    assert json.loads(november["source_urls"]) == ["https://news.example.org/lisbon"]
    assert "signed" in november["quote"]


def test_csv_cells_cannot_run_as_formulas(client):
    """OWASP CSV injection: = + - @ tab and CR at the start of a cell get an apostrophe; every cell is quoted."""
    titles = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tTab", "\rReturn",
              "Plain, with comma"]
    for title in titles:
        _manual(client, title, "last week")
    text = client.get("/events?format=csv").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(r["title"] for r in rows) == sorted(t if t[0] not in "=+-@\t\r" else "'" + t for t in titles)
    for line in text.split("\r\n")[1:-1]:
        assert line.startswith('"') and line.endswith('"')  # quoted, so a separator in a cell stays in it


def test_csv_lists_stay_lists_when_titles_hold_separators(client):
    text = "The harbour authority in Bergen opened the new ferry terminal on Friday, officials said in statement"
    client.post("/sources", json={"title": "Talks | Day 1, \"live\"", "published": "2021-01-31",
                                  "text": f"{text} 1.", "url": "https://a.example/1"})
    client.post("/sources", json={"title": "-Talks resumed", "published": "2021-01-31", "text": f"{text} 2."})
    row = next(r for r in _rows(client, "/timeline?format=csv") if r["source_count"] == "2")
    assert json.loads(row["source_titles"]) == ["Talks | Day 1, \"live\"", "-Talks resumed"]
    assert json.loads(row["source_urls"]) == ["https://a.example/1", None]


def test_ndjson_lines_are_the_json_events(client):
    _seed(client)
    response = client.get("/events", headers={"Accept": "application/x-ndjson"})
    assert response.mimetype == "application/x-ndjson"
    lines = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert lines == client.get("/events").get_json()["events"]
    assert {line["status"] for line in lines} >= {"occurred", "postponed"}
    assert all(line["sources"][0]["quotes"][0]["quote"] for line in lines)


def test_timelinejs_keeps_precision_and_escapes_article_text(client):
    _seed(client)
    body = json.loads(client.get("/timelines/all?format=timelinejs").get_data(as_text=True))
    assert body["title"]["text"]["headline"] == "All events"
    slides = {s["display_date"]: s for s in body["events"]}
    assert slides["November 2021"]["start_date"] == {"year": 2021, "month": 11}  # no invented day
    ranged = slides["5–6 June 2022"]
    assert ranged["start_date"]["day"] == 5 and ranged["end_date"]["day"] == 6 and ranged["group"] == "postponed"
    assert all("display_date" not in s["start_date"] for s in body["events"])  # shown once, not start — end
    html_parts = " ".join(s["text"]["text"] + s["text"]["headline"] for s in body["events"])
    assert "<script>" not in html_parts and "&lt;script&gt;" in html_parts and "&lt;b&gt;" in html_parts
    assert 'href="https://news.example.org/lisbon"' in html_parts
    credit = slides["November 2021"]["media"]
    assert credit["url"] == "https://news.example.org/lisbon"
    assert credit["credit"] == '<a href="https://news.example.org/lisbon">Lisbon &lt;script&gt;x&lt;/script&gt;</a>'


def test_timelinejs_says_weeks_and_ranges_as_people_do(client):
    _manual(client, "Week-long strike", "last week")
    _manual(client, "Two-day summit", "February 5-6, 2023")
    _manual(client, "Weekend rally", "last weekend")
    body = json.loads(client.get("/events?format=timelinejs").get_data(as_text=True))
    shown = {s["text"]["headline"]: s for s in body["events"]}
    week = shown["Week-long strike"]
    assert week["display_date"] == "week of 20 February 2023"
    assert (week["start_date"], week["end_date"]) == ({"year": 2023, "month": 2, "day": 20},
                                                      {"year": 2023, "month": 2, "day": 26})
    assert shown["Two-day summit"]["display_date"] == "5–6 February 2023"
    assert shown["Weekend rally"]["display_date"] == "weekend of 25–26 February 2023"
    assert "media" not in week  # a hand-made event has no source to credit


def test_ics(client):
    _seed(client)
    response = client.get("/timeline?format=ics")
    assert response.mimetype == "text/calendar"
    calendar = Calendar.from_ical(response.data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(client.get("/timeline").get_json()["events"])
    november = next(e for e in events if e.decoded("dtstart").isoformat() == "2021-11-01")
    assert november.decoded("dtend").isoformat() == "2021-12-01"  # whole month, end exclusive
    assert str(november["url"]) == "https://news.example.org/lisbon"
    assert str(november["uid"]).endswith("@timeline-service.invalid")


def test_ics_is_the_same_from_every_worker_and_stamped_with_the_last_change(app, client, database_url):
    """Two apps on one database stand for two gunicorn workers: same body, same ETag, so 304s hold."""
    _seed(client)
    other = create_app({"DATABASE_URL": database_url, "TESTING": True, "API_TOKENS": TOKEN})
    try:
        first = client.get("/timeline?format=ics")
        second = other.test_client().get("/timeline?format=ics")
        assert first.data == second.data and first.headers["ETag"] == second.headers["ETag"]
        revalidated = other.test_client().get("/timeline?format=ics", headers={"If-None-Match": first.headers["ETag"]})
        assert revalidated.status_code == 304
    finally:
        other.extensions["store"].dispose()
    stamps = {str(e["uid"]): e.decoded("dtstamp") for e in Calendar.from_ical(first.data).walk("VEVENT")}
    for event in client.get("/timeline").get_json()["events"]:
        changed = datetime.fromisoformat(event["updated_at"]).replace(microsecond=0)
        assert stamps[f"event-{event['id']}@timeline-service.invalid"] == changed


def test_ics_uids_use_the_configured_domain(database_url, client):
    _manual(client, "Strike", "last week")
    app = create_app({"DATABASE_URL": database_url, "TESTING": True, "ICS_UID_DOMAIN": "news.example.org"})
    try:
        calendar = Calendar.from_ical(app.test_client().get("/events?format=ics").data)
    finally:
        app.extensions["store"].dispose()
    assert all(str(e["uid"]).endswith("@news.example.org") for e in calendar.walk("VEVENT"))


def test_the_registry_drives_routes_cli_and_openapi(client, database_url, capsysbinary):
    _seed(client)
    spec = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert set(MEDIA_TYPES) == {"json", *EXPORTS}
    documented = spec["paths"]["/timeline"]["get"]["responses"]["200"]["content"]
    assert set(documented) == set(MEDIA_TYPES.values())
    for name, chosen in EXPORTS.items():
        served = client.get(f"/timeline?format={name}")
        assert served.mimetype == chosen.media_type
        assert served.headers["Content-Disposition"] == f'inline; filename="all.{chosen.extension}"'
        assert cli(["--database", database_url, "export", "--format", name]) == 0
        assert capsysbinary.readouterr().out == served.data, name  # the command writes what the API serves


def test_shared_caches_are_told_the_format_depends_on_accept(client):
    for headers in ({}, {"Accept": "text/csv"}):
        vary = client.get("/timeline", headers=headers).headers["Vary"]
        assert "Accept" in [part.strip() for part in vary.split(",")], vary


def test_unknown_format_is_400(client):
    assert client.get("/timeline?format=xml").status_code == 400
