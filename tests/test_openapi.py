"""The checked-in contract is exactly what the code serves."""

from __future__ import annotations

import re

import yaml

from tests.conftest import PROJECT_ROOT


def test_openapi_yaml_matches_the_code(client):
    served = client.get("/openapi.yaml")
    assert served.status_code == 200
    checked_in = (PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(served.data) == yaml.safe_load(checked_in), (
        "openapi.yaml is stale: regenerate it with `make openapi`")


def test_every_route_is_documented(app):
    spec = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    documented = {(path, method.upper()) for path, ops in spec["paths"].items() for method in ops}
    served = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint in ("static", "openapi_yaml") or rule.endpoint.startswith(("api-docs", "discovery.")):
            continue  # the contract itself, and the pages for people that lead to it (/, /docs)
        path = re.sub(r"<(?:\w+(?:\([^)]*\))?:)?(\w+)>", r"{\1}", rule.rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            served.add((path, method))
    assert served <= documented, served - documented


def test_errors_are_documented_as_problems():
    spec = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert set(spec["components"]["schemas"]["Problem"]["properties"]) >= {"type", "title", "status", "detail"}
