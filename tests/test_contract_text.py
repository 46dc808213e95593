"""Text no database can store (a lone surrogate anywhere; NUL, which PostgreSQL refuses) is a 400 or 422
problem naming where it was, on every backend, never a 500."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_contract_json import assert_problem, send

pytestmark = pytest.mark.postgresql

BAD = ["\x00", "\ud800", "\udfff"]
ARTICLE = {"title": "Talks", "text": "Leaders met in Lisbon on Tuesday.", "published": "2022-03-10",
           "outlet": "Example News", "language": "en"}
# (method, path, a valid body, the string members a client chooses)
BODIES = [
    ("POST", "/sources", ARTICLE, ["title", "text", "outlet"]),
    ("POST", "/events", {"title": "Talks", "when": "last Tuesday", "reference": "2022-03-10"}, ["title", "when"]),
    ("PATCH", "/events/1", {"title": "Talks"}, ["title"]),
    ("POST", "/timelines", {"slug": "talks", "title": "Talks", "description": "All of them"},
     ["title", "description"]),
    ("PATCH", "/timelines/talks", {"title": "Talks", "description": "d"}, ["title", "description"]),
    ("POST", "/annotate", {"text": "They met on Tuesday.", "reference": "2022-03-10"}, ["text"]),
    ("POST", "/parse", {"when": "last Tuesday", "reference": "2022-03-10"}, ["when"]),
]


def raw_json(value) -> str:
    """JSON as a client writes it: lone surrogates as \\ud800 escapes (what ensure_ascii gives)."""
    return json.dumps(value)


@pytest.fixture
def with_data(client):
    assert client.post("/sources", json=ARTICLE).status_code == 201
    assert client.post("/timelines", json={"slug": "talks", "title": "Talks"}).status_code == 201
    return client


@pytest.mark.parametrize("method, path, body, members", BODIES)
@pytest.mark.parametrize("bad", BAD)
def test_json_strings_are_refused_naming_the_member(with_data, method, path, body, members, bad):
    for member in members:
        response = send(with_data, method, path, raw_json({**body, member: f"a{bad}b"}))
        problem = assert_problem(response, 422)
        assert problem["errors"]["json"][member], problem
        assert member in problem["detail"]


@pytest.mark.parametrize("bad", BAD)
def test_nested_members_and_member_names(with_data, bad):
    batch = {"articles": [ARTICLE, {**ARTICLE, "title": f"x{bad}"}]}
    problem = assert_problem(send(with_data, "POST", "/sources/batch", raw_json(batch)), 422)
    assert problem["errors"]["json"]["articles"]["1"]["title"]
    problem = assert_problem(send(with_data, "POST", "/parse", raw_json({f"k{bad}": 1, "when": "x"})), 422)
    assert "member name" in problem["detail"]
    assert_problem(send(with_data, "POST", "/parse", raw_json(f"{bad}")), 422)


@pytest.mark.parametrize("bad", ["%00", "a%00b"])
@pytest.mark.parametrize("name", ["q", "entity", "status", "cursor", "from", "format"])
def test_query_parameters_are_refused_naming_them(with_data, name, bad):
    for path in ("/timeline", "/events", "/timelines/talks", "/timelines/all"):
        problem = assert_problem(with_data.get(f"{path}?{name}={bad}"), 400)
        assert problem["errors"]["query"][name], problem


@pytest.mark.parametrize("path, name", [("/timelines/a%00b", "slug"), ("/timelines/%00", "slug"),
                                        ("/timelines/a%00b/view", "slug"), ("/jobs/a%00b", "job_id")])
def test_path_parameters_are_refused_naming_them(with_data, path, name):
    problem = assert_problem(with_data.get(path), 400)
    assert problem["errors"]["path"][name]
    assert_problem(with_data.patch(path, json={"title": "x"}), 400, 404, 405)
    assert_problem(with_data.delete(path), 400, 404, 405)


def test_surrogates_in_the_url_are_not_a_500(with_data):
    # werkzeug never hands the app a lone surrogate from a URL: invalid UTF-8 is replaced or kept quoted
    for url in ("/timeline?q=%ED%A0%80", "/timelines/%ED%A0%80", "/jobs/%ED%A0%80", "/timeline?cursor=%ED%A0%80"):
        assert with_data.get(url).status_code < 500


def test_other_text_is_kept(with_data):
    title = "Tab\there, \U0001f600, é, \u2028 and \x7f"
    response = with_data.post("/timelines", json={"slug": "kept", "title": title})
    assert response.status_code == 201 and response.get_json()["title"] == title
    assert with_data.get("/timeline?q=%F0%9F%98%80").status_code == 200


texts = st.text(min_size=0, max_size=30)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(route=st.sampled_from(BODIES), data=st.data(), before=texts, after=texts, bad=st.sampled_from(BAD))
def test_any_string_member_holding_such_text_is_named(with_data, route, data, before, after, bad):
    method, path, body, members = route
    member = data.draw(st.sampled_from(members))
    problem = assert_problem(send(with_data, method, path, raw_json({**body, member: before + bad + after})), 422)
    assert member in problem["errors"]["json"]


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(value=st.text(max_size=30), name=st.sampled_from(["q", "entity", "cursor", "limit", "source", "from"]))
def test_any_query_value_gets_a_clear_answer(with_data, value, name):
    from urllib.parse import urlencode

    response = with_data.get("/timeline?" + urlencode({name: value}, encoding="utf-8", errors="surrogatepass"))
    if response.status_code >= 400:
        assert_problem(response, 400)
    else:
        assert response.status_code == 200
