"""Paging cursors: `cursor=` is the first page; one this server could not have issued (unsigned, forged,
signed with another key, or signed but holding an impossible position) is a 400 problem."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from itsdangerous.encoding import base64_encode

from schemas.filters import cursor_signer
from service import create_app
from tests.test_contract_json import assert_problem

pytestmark = pytest.mark.postgresql

LISTS = ["/timeline", "/events", "/timelines/all"]


def unsigned(value) -> str:
    """A position as the first releases wrote it: base64 JSON, no signature."""
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


@pytest.fixture
def cursor_of(app):
    """Sign any value with the app's own key, so a test reaches the checks behind the signature (the JSON is
    written ASCII-escaped, as a forger would, so a lone surrogate can be inside)."""
    def sign(value) -> str:
        with app.app_context():
            return cursor_signer().make_signer().sign(base64_encode(json.dumps(value).encode())).decode()
    return sign


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
def test_positions_this_server_cannot_have_issued_are_a_400(paged, cursor_of, path, position):
    problem = assert_problem(paged.get(f"{path}?cursor={cursor_of(position)}"), 400)
    assert problem["errors"]["query"]["cursor"]


@pytest.mark.parametrize("bad", ["\x00", "\ud800", "\udfff"])
def test_a_cursor_hiding_text_no_database_can_store_is_a_400(paged, cursor_of, bad):
    problem = assert_problem(paged.get(f"/timeline?cursor={cursor_of([f'2022{bad}', 1])}"), 400)
    assert problem["errors"]["query"]["cursor"]


@pytest.mark.parametrize("raw", ["!!!", "e30", "W10", "a", "WyIyMDIyIiwg", "W" * 10_001,
                                 base64.urlsafe_b64encode(b"[" * 50_000).decode(),
                                 base64.urlsafe_b64encode(b'["k", ' + b"9" * 5000 + b"]").decode(),
                                 base64.urlsafe_b64encode(b"\xff\xfe").decode()])
def test_malformed_cursors_are_a_400(paged, raw):
    """A URL past MAX_URL_BYTES is refused whole (414) before its cursor is read."""
    url = f"/timeline?cursor={raw}"
    if len(url) > paged.application.config["MAX_URL_BYTES"]:
        assert_problem(paged.get(url), 414)
        return
    problem = assert_problem(paged.get(url), 400)
    assert problem["errors"]["query"]["cursor"]


@pytest.mark.parametrize("payload", [b"[" * 3000, b'["k", ' + b"9" * 3000 + b"]", b"\xff\xfe", b'["k"'])
def test_signed_garbage_is_a_400(paged, payload):
    """What a key holder could sign, malformed inside: still a 400, never a 500."""
    with paged.application.app_context():
        raw = cursor_signer().make_signer().sign(base64_encode(payload)).decode()
    problem = assert_problem(paged.get(f"/timeline?cursor={raw}"), 400)
    assert problem["errors"]["query"]["cursor"]


@settings(max_examples=50, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(position=st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                             lambda inner: st.lists(inner, max_size=3), max_leaves=4)
       | st.tuples(st.text(), st.integers()).map(list))
def test_any_cursor_gets_a_page_or_a_400(paged, cursor_of, position):
    response = paged.get(f"/timeline?cursor={cursor_of(position)}")
    if response.status_code != 200:
        assert_problem(response, 400)


def _next_cursor(client, path: str = "/timeline?limit=1") -> str:
    url = client.get(path).get_json()["next"]
    return url.split("cursor=", 1)[1].split("&", 1)[0]


def test_cursors_are_signed(paged, cursor_of):
    issued = _next_cursor(paged)
    payload, signature = issued.rsplit(".", 1)
    assert json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))[1] > 0
    assert paged.get(f"/timeline?limit=1&cursor={issued}").status_code == 200
    position = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    # the same position, re-encoded without the signature or with another position under the old signature
    for forged in (unsigned(position), f"{unsigned([position[0], position[1] + 1])}.{signature}",
                   f"{payload}.{signature[:-2]}AA", f"{payload}."):
        problem = assert_problem(paged.get(f"/timeline?limit=1&cursor={forged}"), 400)
        assert problem["errors"]["query"]["cursor"]


def test_a_cursor_signed_with_another_key_is_a_400(database_url):
    issuer = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "one key", "API_TOKENS": "t"})
    other = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "another key", "API_TOKENS": "t"})
    writer = issuer.test_client()
    for n in range(2):
        writer.post("/events", json={"title": f"Event {n}", "when": f"{n + 1} March 2022", "reference": "2022-04-01"},
                    headers={"Authorization": "Bearer t"})
    issued = _next_cursor(writer)
    assert assert_problem(other.test_client().get(f"/timeline?limit=1&cursor={issued}"), 400)
    twin = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "one key"})  # another worker, same key
    assert twin.test_client().get(f"/timeline?limit=1&cursor={issued}").status_code == 200
    for app in (issuer, other, twin):
        app.extensions["store"].dispose()


def test_without_a_secret_key_every_worker_of_one_database_takes_the_others_cursors(database_url):
    workers = [create_app({"DATABASE_URL": database_url, "API_TOKENS": "t"}) for _ in range(2)]
    first = workers[0].test_client()
    for n in range(2):
        first.post("/events", json={"title": f"Event {n}", "when": f"{n + 1} March 2022", "reference": "2022-04-01"},
                   headers={"Authorization": "Bearer t"})
    assert workers[1].test_client().get(f"/timeline?limit=1&cursor={_next_cursor(first)}").status_code == 200
    for app in workers:
        app.extensions["store"].dispose()
