"""Oversized request lines and header fields are answered with a 414/431 problem, by the app itself
while they are within gunicorn's bounds (its limits are set above the app's), and by our gunicorn
worker with the same kind of body beyond them: never gunicorn's HTML page."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from service import config as settings
from service import gunicorn_conf
from tests.conftest import PROJECT_ROOT
from tests.outside import free_port
from tests.test_contract_json import assert_problem

URL_LIMIT = settings.load()["MAX_URL_BYTES"]
HEADER_LIMIT = settings.load()["MAX_HEADER_BYTES"]


def test_a_long_request_target_is_a_414_problem(client):
    ok = client.get("/timeline?q=" + "a" * 100)
    assert ok.status_code == 200
    refused = assert_problem(client.get("/timeline?q=" + "a" * URL_LIMIT), 414)
    assert str(URL_LIMIT) in refused["detail"]


@pytest.mark.parametrize("path", ["/timeline", "/events", "/sources"])
def test_a_query_string_of_raw_bytes_that_are_not_utf8_is_a_400_problem(client, path):
    for raw in (b"entity=\xff", b"q=\xc3\x28"):
        refused = assert_problem(client.get(path, environ_overrides={"QUERY_STRING": raw.decode("latin-1")}), 400)
        assert "UTF-8" in refused["detail"]
    assert client.get(path, environ_overrides={"QUERY_STRING": "entity=%C3%A9"}).status_code == 200


def test_a_long_header_field_is_a_431_problem(client):
    assert client.get("/health", headers={"X-Note": "a" * 100}).status_code == 200
    refused = assert_problem(client.get("/health", headers={"X-Note": "a" * HEADER_LIMIT}), 431)
    assert "X-Note" in refused["detail"]


def test_gunicorn_lets_through_whatever_the_app_refuses_itself():
    """The longest request line the app still judges fits within gunicorn's bound, for every method."""
    longest_method = max(("GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS"), key=len)
    assert len(f"{longest_method} {'x' * URL_LIMIT} HTTP/1.1") < gunicorn_conf.limit_request_line <= 8190
    assert gunicorn_conf.limit_request_field_size > HEADER_LIMIT


def _ask(port: int, request: bytes) -> tuple[int, dict[str, str], bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path):
    """`timeline serve`'s gunicorn and configuration, one worker, on a free loopback port."""
    path = tmp_path_factory.mktemp("gunicorn") / "timeline.db"
    shutil.copy(sqlite_template, path)
    port = free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}"}
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "python:service.gunicorn_conf",
                                "--bind", f"127.0.0.1:{port}", "--workers", "1", "service.wsgi:app"],
                               cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                if _ask(port, b"GET /health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail("gunicorn did not start: " + (process.stderr.read().decode()[-2000:]
                                                          if process.poll() is not None else "timed out"))
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize(("target", "header", "status", "by_app"), [
    (URL_LIMIT + 50, 0, 414, True),           # past the app's limit, within gunicorn's: the app answers
    (20_000, 0, 414, False),                  # past gunicorn's bound: our worker answers
    (0, HEADER_LIMIT + 50, 431, True),
    (0, 3 * HEADER_LIMIT, 431, False),
])
def test_a_real_gunicorn_answers_with_problems(gunicorn, target, header, status, by_app):
    path = "/timeline?q=" + "a" * max(0, target - len("/timeline?q=")) if target else "/health"
    extra = f"X-Note: {'a' * (header - len('X-Note: '))}\r\n" if header else ""
    answer, headers, body = _ask(gunicorn, f"GET {path} HTTP/1.1\r\nHost: t\r\n{extra}Connection: close\r\n\r\n"
                                 .encode())
    assert answer == status
    assert headers["content-type"].startswith("application/problem+json")
    problem = json.loads(body)
    assert problem["status"] == status and problem["title"] and problem["detail"]
    assert ("instance" in problem) == by_app  # the app names the path; the worker has not parsed one


def test_every_operation_documents_414_and_431():
    import yaml

    spec = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method != "parameters":
                assert {"414", "431"} <= {str(status) for status in operation["responses"]}, (method, path)
