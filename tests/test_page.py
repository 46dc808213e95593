"""The embeddable page in a real headless browser: it loads, shows the seed events in order, and asks
nothing of any host but the server."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync",
         "--disable-component-update", "--no-first-run", "--disable-quic", "--virtual-time-budget=15000"]


class Events(HTMLParser):
    """The rendered list: each event's sort key, title and source links."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[dict] = []
        self._field: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "li" and attrs.get("class") == "event":
            self.events.append({"sort_key": attrs.get("data-sort-key"), "title": "", "links": []})
        elif tag == "h2" and self.events:
            self._field = "title"
        elif tag == "a" and self.events:
            self.events[-1]["links"].append(attrs.get("href"))

    def handle_endtag(self, tag):
        if tag == "h2":
            self._field = None

    def handle_data(self, data):
        if self._field == "title":
            self.events[-1]["title"] += data


def page_requests(net_log: dict, origin: str) -> list[str]:
    """URLs the page asked for: requests the page's origin initiated, and the navigation itself.

    Chromium's own background calls (update checks, sign-in) carry no page initiator; with the
    flags above they are few, and this machine's network refuses them anyway.
    """
    types = {number: name for name, number in net_log["constants"]["logEventTypes"].items()}
    urls = []
    for event in net_log["events"]:
        params = event.get("params") or {}
        started = types.get(event["type"]) == "URL_REQUEST_START_JOB" and "url" in params
        if started and (params.get("initiator") == origin or params["url"].startswith(f"{origin}/timelines/")):
            urls.append(params["url"])
    return urls


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium; .ci/run does)")
def test_page_renders_the_seed_timeline_in_order_from_the_server_alone(seeded, live_server, client, tmp_path):
    server = live_server
    net_log = tmp_path / "net.json"
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--log-net-log={net_log}",
                           "--dump-dom", f"{server}/timelines/all/view"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    page = Events()
    page.feed(done.stdout)
    expected = client.get("/timeline?limit=500").get_json()["events"]
    assert len(page.events) == len(expected) > 5
    assert [e["sort_key"] for e in page.events] == [e["sort_key"] for e in expected]
    assert [e["title"] for e in page.events] == [e["title"] for e in expected]
    assert re.search(r'id="state"[^>]*>\d+ events<', done.stdout)
    requested = page_requests(json.loads(net_log.read_text()), server)
    assert any("/timelines/all?" in url for url in requested), requested  # the page fetched its JSON
    assert {urlsplit(url).netloc for url in requested} == {urlsplit(server).netloc}, requested


def test_page_is_html_with_a_strict_policy(client):
    response = client.get("/timelines/all/view")
    assert response.mimetype == "text/html"
    assert "connect-src 'self'" in response.headers["Content-Security-Policy"]
    assert client.get("/timelines/nope/view").status_code == 404
