"""The OpenAPI document is valid OpenAPI 3.1, and says what clients and generators need."""

from __future__ import annotations

import re

import pytest
import yaml
from openapi_spec_validator import validate

from tests.conftest import PROJECT_ROOT

METHODS = {"get", "put", "post", "patch", "delete", "head", "options", "trace"}
EXPORTS = {"/events", "/timeline", "/timelines/{slug}"}
EXPORT_TYPES = {"application/json", "application/vnd.timelinejs+json", "text/csv", "application/x-ndjson",
                "text/calendar"}


@pytest.fixture(scope="module")
def spec() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def operations(spec: dict):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation


def test_the_checked_in_document_is_valid(spec):
    validate(spec)


def test_the_served_document_is_valid(client):
    validate(yaml.safe_load(client.get("/openapi.yaml").data))
    validate(client.get("/openapi.json").get_json())


def test_every_operation_has_a_snake_case_verb_id(spec):
    ids = [operation.get("operationId") for _, _, operation in operations(spec)]
    assert all(ids) and len(set(ids)) == len(ids), ids
    for operation_id in ids:
        assert re.fullmatch(r"(get|list|create|update|delete|annotate|parse|view)_[a-z]+(_[a-z]+)*", operation_id)
    by_route = {(path, method): op["operationId"] for path, method, op in operations(spec)}
    assert by_route[("/events", "get")] == "list_events" and by_route[("/timeline", "get")] == "get_timeline"
    assert by_route[("/health", "get")] == "get_health"


def test_public_operations_say_so_and_writes_need_a_token(spec):
    for path, method, operation in operations(spec):
        if method in ("get",) or path in ("/annotate", "/parse"):
            assert operation["security"] == [], (path, method)
        else:
            assert operation["security"] == [{"bearerAuth": []}], (path, method)


def test_urls_have_the_uri_format(spec):
    text = (PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert "format: url" not in text
    assert spec["components"]["schemas"]["SourceCreate"]["properties"]["url"]["format"] == "uri"


def test_every_read_documents_304(spec):
    for path, method, operation in operations(spec):
        if method == "get":
            assert operation["responses"]["304"], path


def test_exports_document_every_body_and_a_description(spec):
    for path in EXPORTS:
        ok = spec["paths"][path]["get"]["responses"]["200"]
        assert ok["description"]
        assert set(ok["content"]) == EXPORT_TYPES, path
        assert ok["content"]["application/json"]["schema"]["$ref"].startswith("#/components/schemas/")
        for text_type in ("text/csv", "text/calendar", "application/x-ndjson"):
            assert ok["content"][text_type]["schema"]["type"] == "string"
            assert ok["content"][text_type].get("example"), text_type


def test_a_304_is_served_as_documented(client):
    first = client.get("/timeline")
    again = client.get("/timeline", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
