"""JSON bodies Python's parser chokes on (deep nesting, huge integers) get a 400 or 422 problem, never a 500."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.postgresql

JSON_ROUTES = [("POST", "/sources"), ("POST", "/sources/batch"), ("POST", "/events"), ("PATCH", "/events/1"),
               ("POST", "/timelines"), ("PATCH", "/timelines/x"), ("POST", "/annotate"), ("POST", "/parse")]
HUGE = "9" * 5000  # Python refuses to turn more than 4,300 digits into an int


def send(client, method: str, path: str, raw: str):
    return client.open(path, method=method, data=raw, content_type="application/json")


def assert_problem(response, *statuses: int) -> dict:
    assert response.status_code in statuses, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["status"] == response.status_code and body["title"] and body["detail"]
    return body


@pytest.mark.parametrize("method, path", JSON_ROUTES)
def test_deep_nesting_is_a_400(client, method, path):
    for raw in ("[" * 100_000 + "]" * 100_000, '{"title": ' + '{"a": ' * 5000 + "1" + "}" * 5001):
        body = assert_problem(send(client, method, path, raw), 400)
        assert "nested deeper" in body["detail"].lower()


@pytest.mark.parametrize("method, path", JSON_ROUTES)
def test_nesting_below_the_recursion_limit_but_above_ours_is_a_400(client, method, path):
    raw = '{"title": ' + "[" * 200 + "]" * 200 + "}"
    assert "nested deeper than 32" in assert_problem(send(client, method, path, raw), 400)["detail"].lower()


@pytest.mark.parametrize("method, path", JSON_ROUTES)
def test_huge_integers_are_a_422_naming_the_member(client, method, path):
    body = assert_problem(send(client, method, path, '{"title": ' + HUGE + "}"), 422)
    assert "5000 digits" in body["errors"]["json"]["title"][0]
    body = assert_problem(send(client, method, path, f'{{"source_ids": [1, -{HUGE}]}}'), 422)
    assert body["errors"]["json"]["source_ids"]["1"]
    assert_problem(send(client, method, path, HUGE), 422)


def test_nan_and_infinity_are_not_json(client):
    for constant in ("NaN", "Infinity", "-Infinity"):
        body = assert_problem(send(client, "POST", "/parse", f'{{"when": "today", "reference": {constant}}}'), 400)
        assert body["detail"] == "The request body is not valid JSON."


def test_ordinary_bodies_still_work(client):
    response = client.post("/parse", json={"when": "last November", "reference": "2024-02-16"})
    assert response.status_code == 200 and response.get_json()["value"] == "2023-11"
    nested = {"slug": "deep-ok", "title": "t", "description": None, "source_ids": [], "include_events": []}
    assert client.post("/timelines", json=nested).status_code == 201
    big = assert_problem(client.post("/timelines", json={**nested, "slug": "b", "source_ids": [10**99]}), 422)
    assert "source_ids" in big["errors"]["json"]  # within our digit limit: marshmallow's range check answers


def _nested(depth: int, leaf: str, arrays: bool) -> str:
    return ("[" * depth + leaf + "]" * depth) if arrays else ('{"a":' * depth + leaf + "}" * depth)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(route=st.sampled_from(JSON_ROUTES), depth=st.integers(min_value=0, max_value=3000),
       digits=st.integers(min_value=1, max_value=6000), arrays=st.booleans())
def test_any_depth_and_any_number_get_a_clear_answer(client, route, depth, digits, arrays):
    response = send(client, *route, _nested(depth, "7" * digits, arrays))
    assert_problem(response, 400, 422)
