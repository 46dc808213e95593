"""The README's curl examples, run in the order printed against the seeded demo as `make run` serves it
(no token, from this machine): every answer is a success (a 304 where the example says so), and
afterwards the seeded sources and events are as they were. Placeholders (`<source id>`, `<event id>`,
`<job id>`, `<etag>`) are filled from the answers before, as the README says a reader does."""

from __future__ import annotations

import gzip
import json
import re
import shlex
from dataclasses import dataclass, field
from typing import Any

import pytest
from flask.testing import FlaskClient

from service import create_app
from service.seeds import load_seeds
from tests.conftest import PROJECT_ROOT, SEEDS

HOST = "localhost:8000"


def readme_commands() -> list[str]:
    """Every curl command of the README's API sections, continuation lines joined, comments dropped."""
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    api = text[text.index("## The API"):text.index("### An event in JSON")]
    commands: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", api, flags=re.S):
        joined = re.sub(r"\\\n\s*", " ", block)
        joined = re.sub(r"'\{\n", "'{", joined)  # a JSON body opened on the curl line runs on
        current = ""
        for line in joined.splitlines():
            if current:
                current += " " + line.strip()
            elif line.startswith("curl "):
                current = line
            if current and _balanced(current):
                commands.append(current)
                current = ""
    return commands


def _balanced(command: str) -> bool:
    try:
        shlex.split(command, comments=True)
    except ValueError:
        return False
    return True


@dataclass
class Call:
    method: str = "GET"
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None


def parse_curl(command: str) -> Call:
    words = shlex.split(command, comments=True)[1:]
    call = Call()
    while words:
        word = words.pop(0)
        if word == ">":  # the shell's redirection: where the reader keeps the body
            break
        if word == "-X":
            call.method = words.pop(0)
        elif word == "-H":
            name, _, value = words.pop(0).partition(":")
            call.headers[name.strip()] = value.strip()
        elif word == "-d":
            call.body = words.pop(0)
            call.method = "POST" if call.method == "GET" else call.method
        elif word == "--compressed":
            call.headers["Accept-Encoding"] = "gzip"
        elif word in ("-i", "-I", "-s"):
            continue
        elif word.startswith(HOST):
            call.url = word.removeprefix(HOST)
        else:
            raise AssertionError(f"the test does not know curl's {word!r}: teach it, or write the example plainly")
    assert call.url, command
    return call


@pytest.fixture
def demo(database_url: str):
    """The app as `make run` serves it without API_TOKENS, with the seeds loaded."""
    app = create_app({"DATABASE_URL": database_url, "API_TOKENS": "", "ALLOW_UNAUTHENTICATED_WRITES": True})
    app.test_client_class = FlaskClient
    load_seeds(app.extensions["store"], SEEDS)
    yield app
    app.extensions["store"].dispose()


def _seeded_state(client: FlaskClient) -> dict[str, Any]:
    sources = {s["id"]: (s["title"], s["published"]) for s in client.get("/sources").get_json()["sources"]}
    events = client.get("/timelines/all?include=anchored&limit=500").get_json()["events"]
    return {"sources": sources,
            "events": {e["id"]: (e["title"], e["status"], e["date"], e["source_ids"]) for e in events}}


def test_the_readme_examples_work_in_order_and_leave_the_demo_intact(demo):
    client = demo.test_client()
    before = _seeded_state(client)
    assert len(before["sources"]) == 5 and before["events"]
    commands = readme_commands()
    assert len(commands) >= 30, "the README's examples were not found"
    ids: dict[str, str] = {}
    for command in commands:
        for name in ("source id", "event id", "job id"):
            if f"<{name}>" in command:
                assert name in ids, f"{command}: no answer before gave a {name}"
                command = command.replace(f"<{name}>", ids[name])
        if "<etag>" in command:
            command = command.replace('W/"<etag>"', ids["etag"])
        call = parse_curl(command)
        answer = client.open(call.url, method=call.method, headers=call.headers, data=call.body)
        expected = 304 if "If-None-Match" in call.headers else None
        if expected:
            assert answer.status_code == expected, command
        else:
            assert 200 <= answer.status_code < 300, (command, answer.status_code, answer.get_data(as_text=True)[:500])
        body = answer.get_data()
        if answer.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        if answer.mimetype == "application/x-ndjson":
            data = [json.loads(line) for line in body.splitlines()]
            assert data and all("id" in event for event in data), command
        else:
            data = json.loads(body) if (answer.mimetype or "").endswith("json") and body else None
        path = call.url.split("?")[0]
        if call.method == "POST" and path == "/sources":
            ids["source id"] = str(data["id"])
        elif call.method == "POST" and path == "/events":
            ids["event id"] = str(data["id"])
        elif call.method == "POST" and path == "/sources/batch":
            ids["job id"] = str(data["id"])
        elif call.method == "GET" and answer.mimetype == "application/json" and data.get("events"):
            ids["event id"] = str(data["events"][0]["id"])
        if answer.headers.get("ETag"):
            ids["etag"] = answer.headers["ETag"]
    after = _seeded_state(client)
    assert {i: s for i, s in after["sources"].items() if i in before["sources"]} == before["sources"]
    assert after["events"] == before["events"], "the examples changed the seeded timeline"
    assert client.get("/timelines/munich-2023").status_code == 404  # what the examples made, they removed
