"""`/` links everything; `/docs` is an interactive API reference served by this server alone."""

from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from tests.test_page import CHROMIUM, FLAGS, page_requests


class Links(HTMLParser):
    """Every URL a page refers to: links, scripts, styles and images."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "src"):
            if attrs.get(name):
                self.urls.append(attrs[name])


def urls_of(html: str) -> list[str]:
    parser = Links()
    parser.feed(html)
    return parser.urls


def test_the_index_links_the_reference_the_contract_the_pages_and_health(client):
    client.post("/timelines", json={"slug": "munich-2023", "title": "Munich 2023"})
    response = client.get("/")
    assert response.status_code == 200 and response.mimetype == "text/html"
    links = urls_of(response.get_data(as_text=True))
    assert {"/docs", "/openapi.yaml", "/openapi.json", "/health", "/timelines/all/view",
            "/timelines/munich-2023/view"} <= set(links)
    for link in links:
        assert client.get(link).status_code == 200, link  # nothing on the index leads nowhere


def test_docs_load_every_asset_from_this_server(client):
    response = client.get("/docs")
    assert response.status_code == 200 and response.mimetype == "text/html"
    policy = response.headers["Content-Security-Policy"]
    assert "connect-src 'self'" in policy and "http" not in policy  # the browser may ask no other host
    assets = urls_of(response.get_data(as_text=True))
    assert assets and all(url.startswith("/docs/assets/") for url in assets), assets
    for url in assets:
        served = client.get(url)
        assert served.status_code == 200 and served.mimetype in ("text/css", "text/javascript"), url
    assert '"validatorUrl": null' in response.get_data(as_text=True)  # no badge fetched from swagger.io
    assert client.get("/docs/assets/../../../setup.cfg").status_code == 404


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium; .ci/run does)")
def test_docs_render_the_operations_in_a_browser_from_the_server_alone(live_server, tmp_path):
    net_log = tmp_path / "net.json"
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--log-net-log={net_log}",
                           "--dump-dom", f"{live_server}/docs"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    shown = set(re.findall(r'class="opblock-summary-operation-id"[^>]*>([a-z_]+)<', done.stdout))
    assert {"list_events", "get_timeline", "create_source", "get_health"} <= shown, done.stdout[-3000:]
    requested = page_requests(json.loads(net_log.read_text()), live_server)
    assert any(url.endswith("/openapi.json") for url in requested), requested
    assert {urlsplit(url).netloc for url in requested} == {urlsplit(live_server).netloc}, requested
