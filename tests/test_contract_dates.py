"""Dates near the ends of the calendar: a request date outside 0100-01-01..9899-12-31 is a 422 naming the
field (the service adds and subtracts days and years around every date), and what is stored never breaks
an export."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PROJECT_ROOT
from tests.test_contract_json import assert_problem

pytestmark = pytest.mark.postgresql

OUTSIDE = ["0001-01-01", "0001-06-01", "0099-12-31", "9900-01-01", "9999-01-01", "9999-12-31"]
ARTICLE = {"title": "Talks", "text": "Tomorrow they meet again. Yesterday a ship sank. Next month a vote."}
# (method, path, body with the date field set to {day}, where the error is named)
DATED = [
    ("POST", "/sources", lambda day: {**ARTICLE, "published": day}, ("published",)),
    ("POST", "/sources/batch", lambda day: {"articles": [{**ARTICLE, "published": day}]},
     ("articles", "0", "published")),
    ("POST", "/events", lambda day: {"title": "Talks", "when": "tomorrow", "reference": day}, ("reference",)),
    ("PATCH", "/events/1", lambda day: {"when": "tomorrow", "reference": day}, ("reference",)),
    ("POST", "/annotate", lambda day: {"text": ARTICLE["text"], "reference": day}, ("reference",)),
    ("POST", "/parse", lambda day: {"when": "tomorrow", "reference": day}, ("reference",)),
]


def _named(problem: dict, where: tuple[str, ...]) -> list[str]:
    node = problem["errors"]["json"]
    for part in where:
        node = node[part]
    return node


@pytest.mark.parametrize("method, path, body, where", DATED)
@pytest.mark.parametrize("day", OUTSIDE)
def test_dates_outside_the_supported_range_are_a_422(client, method, path, body, where, day):
    problem = assert_problem(client.open(path, method=method, json=body(day)), 422)
    assert "0100-01-01 to 9899-12-31" in _named(problem, where)[0]


@pytest.mark.parametrize("method, path, body, where", DATED)
@pytest.mark.parametrize("day", ["0100-01-01", "9899-12-31"])
def test_the_ends_of_the_range_are_served(client, method, path, body, where, day):
    client.post("/events", json={"title": "Talks", "when": "today", "reference": "2022-03-10"})
    response = client.open(path, method=method, json=body(day))
    assert response.status_code < 300, response.get_data(as_text=True)
    for fmt in ("json", "csv", "ics", "ndjson", "timelinejs"):
        assert client.get(f"/timeline?format={fmt}").status_code == 200


def test_the_range_is_documented():
    spec = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    for name, member in (("SourceCreate", "published"), ("EventCreate", "reference"), ("ParseRequest", "reference"),
                         ("AnnotateRequest", "reference"), ("EventPatch", "reference")):
        assert "0100-01-01 to 9899-12-31" in spec["components"]["schemas"][name]["properties"][member]["description"]


def test_query_bounds_may_reach_the_ends_of_the_calendar(client):
    for query in ("from=0001", "to=9999-12-31", "from=0001-01-01&to=9999"):
        assert client.get(f"/timeline?{query}").status_code == 200


def test_an_event_on_the_last_day_of_the_calendar_exports(client):
    # `when` is free text resolved against `reference`: an absolute date in it is no date field to refuse
    for when in ("31 December 9999", "1 January 0001"):
        created = client.post("/events", json={"title": when, "when": when, "reference": "2022-03-10"})
        assert created.status_code < 500, created.get_data(as_text=True)
    for fmt in ("json", "csv", "ics", "ndjson", "timelinejs"):
        response = client.get(f"/timeline?format={fmt}")
        assert response.status_code == 200, (fmt, response.get_data(as_text=True)[:300])
    assert b"DTSTART;VALUE=DATE:99991231" in client.get("/timeline?format=ics").data


@pytest.mark.parametrize("text", ["December 31, 9999. Leaders met on Tuesday. A ship sank.",
                                  "Published 2 January 0001. Leaders met yesterday. The ship sank."])
def test_dates_estimated_from_the_text_near_the_ends(client, text):
    assert client.post("/sources", json={"title": "End", "text": text}).status_code < 500


days = st.dates().map(lambda d: d.isoformat()) | st.sampled_from(["0001-01-01", "9999-12-31", "9899-12-31"])


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(route=st.sampled_from(DATED), day=days, when=st.sampled_from(["tomorrow", "next year", "last century",
                                                                    "in two weeks", "3 days ago"]))
def test_any_date_gets_a_clear_answer(client, route, day, when):
    method, path, body, _ = route
    sent = body(day)
    if "when" in sent:
        sent["when"] = when
    response = client.open(path, method=method, json=sent)
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    if not "0100-01-01" <= day <= "9899-12-31":
        assert response.status_code == 422
