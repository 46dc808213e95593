"""Paging cursors: `cursor=` is the first page; one this server could not have issued is a 400 problem."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_contract_json import assert_problem

pytestmark = pytest.mark.postgresql

LISTS = ["/timeline", "/events", "/timelines/all"]


def cursor_of(value) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


@pytest.fixture
def paged(client):
    for n in range(3):
        client.post("/events", json={"title": f"Event {n}", "when": f"{n + 1} March 2022", "reference": "2022-04-01"})
    return client


@pytest.mark.parametrize("path", LISTS)
def test_an_empty_cursor_is_the_first_page(paged, path):
    first = paged.get(f"{path}?limit=2").get_json()
    again = paged.get(f"{path}?limit=2&cursor=")
    assert again.status_code == 200
    assert [e["id"] for e in again.get_json()["events"]] == [e["id"] for e in first["events"]]


@pytest.mark.parametrize("path", LISTS)
def test_following_next_visits_every_event_once(paged, path):
    seen, url = [], f"{path}?limit=1"
    while url:
        page = paged.get(url).get_json()
        seen += [e["id"] for e in page["events"]]
        url = page["next"]
    assert sorted(seen) == sorted({e["id"] for e in paged.get(path).get_json()["events"]}) and len(seen) == 3


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("position", [["2022", 2**63], ["2022", -(2**63) - 1], ["2022", 2**31], ["2022", 0],
                                      ["2022", -1], ["2022", True], ["2022", 1.5], ["2022", 1e300],
                                      [1, 1], ["2022"], ["2022", 1, 2], {"k": 1}, "2022", None])
def test_positions_this_server_cannot_have_issued_are_a_400(paged, path, position):
    problem = assert_problem(paged.get(f"{path}?cursor={cursor_of(position)}"), 400)
    assert problem["errors"]["query"]["cursor"]


@pytest.mark.parametrize("bad", ["\x00", "\ud800", "\udfff"])
def test_a_cursor_hiding_text_no_database_can_store_is_a_400(paged, bad):
    problem = assert_problem(paged.get(f"/timeline?cursor={cursor_of([f'2022{bad}', 1])}"), 400)
    assert problem["errors"]["query"]["cursor"]


@pytest.mark.parametrize("raw", ["!!!", "e30", "W10", "a", "WyIyMDIyIiwg", "W" * 10_001,
                                 base64.urlsafe_b64encode(b"[" * 50_000).decode(),
                                 base64.urlsafe_b64encode(b'["k", ' + b"9" * 5000 + b"]").decode(),
                                 base64.urlsafe_b64encode(b"\xff\xfe").decode()])
def test_malformed_cursors_are_a_400(paged, raw):
    problem = assert_problem(paged.get(f"/timeline?cursor={raw}"), 400)
    assert problem["errors"]["query"]["cursor"]


@settings(max_examples=50, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(position=st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                             lambda inner: st.lists(inner, max_size=3), max_leaves=4)
       | st.tuples(st.text(), st.integers()).map(list))
def test_any_cursor_gets_a_page_or_a_400(paged, position):
    response = paged.get(f"/timeline?cursor={cursor_of(position)}")
    if response.status_code != 200:
        assert_problem(response, 400)
