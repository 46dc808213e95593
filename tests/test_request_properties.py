"""Any JSON a client may send: the request schemas answer with a 2xx or a problem, never a 5xx."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service import create_app
from tests.conftest import TOKEN, TokenClient

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=False)
    | st.text(max_size=40) | st.sampled_from(["2023-02-19", "2023-02-30", "last November", "all", "en"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=12)
FIELDS = ["title", "text", "published", "url", "outlet", "language", "when", "reference", "source_id", "status",
          "slug", "source_ids", "include_events", "hide_events", "articles", "day_first"]
bodies = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6) | json_values


@pytest.fixture(scope="module")
def fuzz_client(tmp_path_factory, sqlite_template):
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    shutil.copy(sqlite_template, path)
    app = create_app({"DATABASE_URL": f"sqlite:///{path}", "API_TOKENS": TOKEN})
    app.test_client_class = TokenClient
    yield app.test_client()
    app.extensions["store"].dispose()


@pytest.mark.parametrize("method, path", [("POST", "/sources"), ("POST", "/sources/batch"), ("POST", "/events"),
                                          ("PATCH", "/events/1"), ("POST", "/timelines"),
                                          ("PATCH", "/timelines/x"), ("POST", "/annotate"), ("POST", "/parse")])
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=bodies)
def test_any_json_gets_a_clear_answer(fuzz_client, method, path, body):
    response = fuzz_client.open(path, method=method, json=body)
    assert response.status_code < 500, response.get_data(as_text=True)
    if response.status_code >= 400:
        problem = response.get_json()
        assert response.mimetype == "application/problem+json"
        assert problem["status"] == response.status_code and problem["title"]
