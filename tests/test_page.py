"""The embeddable page in a real headless browser: it loads, shows the seed events in order, and asks
nothing of any host but the server; its cards, filters and jump bar work at desktop and phone widths."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

import pytest
from flask import request

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


# A same-origin page that frames the timeline at a given width, uses it as a reader would (types a search,
# picks a name, sets dates, jumps to a month) and writes what it saw as JSON for --dump-dom to return.
HARNESS = """<!doctype html><meta charset="utf-8"><body style="margin:0">
<iframe id="page" src="/timelines/all/view" style="width:__WIDTH__px;height:800px;border:0"></iframe>
<pre id="report"></pre>
<script>
const frame = document.getElementById("page");
const pause = (ms) => new Promise((done) => setTimeout(done, ms));
frame.addEventListener("load", async () => {
  const doc = frame.contentDocument, win = frame.contentWindow;
  for (let i = 0; i < 400 && /Loading/.test(doc.getElementById("state").textContent); i++) await pause(50);
  const visible = () => [...doc.querySelectorAll("li.event:not([hidden])")].map((li) => li.dataset.sortKey);
  const set = (id, value) => { const input = doc.getElementById(id); input.value = value;
                               input.dispatchEvent(new Event("input")); };
  const report = {width: win.innerWidth, overflow: doc.documentElement.scrollWidth - win.innerWidth,
                  state: doc.getElementById("state").textContent, all: visible(),
                  widest: Math.max(...[...doc.querySelectorAll("li.event, form, nav")].map(
                    (node) => node.getBoundingClientRect().right)),
                  cards: [...doc.querySelectorAll("li.event")].map((li) => ({
                    key: li.dataset.sortKey, when: li.querySelector(".when").textContent,
                    quote: (li.querySelector("blockquote") || {}).textContent || null,
                    shown: [...li.querySelectorAll(".sources > ul a, .sources > ul span")].length,
                    more: (li.querySelector(".sources summary") || {}).textContent || null,
                    links: [...li.querySelectorAll(".sources a")].map((a) => a.href)}))};
  report.jump = [...doc.querySelectorAll("#jump button")].map((b) => b.dataset.month || b.textContent);
  set("q", "__QUERY__");
  report.search = {keys: visible(), state: doc.getElementById("state").textContent, hash: win.location.hash};
  set("q", "");
  const entity = doc.getElementById("entity");
  report.entity = {name: entity.options[1].value};
  set("entity", entity.options[1].value);
  report.entity.keys = visible();
  set("entity", "");
  set("from", "__FROM__"); set("to", "__TO__");
  report.range = {keys: visible(), jump: [...doc.querySelectorAll("#jump button")].map((b) => b.dataset.month
                                                                                           || b.textContent)};
  set("from", ""); set("to", "");
  const month = doc.querySelector("#jump button[data-month='__MONTH__']");
  const before = win.scrollY;
  month.click();
  const landed = doc.activeElement;
  report.jumped = {to: landed.dataset.sortKey, top: Math.round(landed.getBoundingClientRect().top),
                   scrolled: win.scrollY - before, height: win.innerHeight};
  document.getElementById("report").textContent = JSON.stringify(report);
});
</script>"""


def _harness() -> str:
    page = HARNESS
    for name in ("width", "query", "from", "to", "month"):
        page = page.replace(f"__{name.upper()}__", request.args[name])
    return page


def _drive(live_server, tmp_path, width: int, **values: str) -> dict:
    query = urlencode({"width": width, **values})
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={width},900",
                           "--dump-dom", f"{live_server}/test-harness?{query}"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    found = re.search(r'<pre id="report">(.*?)</pre>', done.stdout, re.S)
    assert found and found.group(1), done.stdout[-3000:]
    return json.loads(html.unescape(found.group(1)))


def _words(event: dict) -> str:
    words = [event["title"], *event["participants"]]
    for source in event["sources"]:
        words += [source["title"], source["outlet"] or "", *(q["quote"] for q in source["quotes"])]
    return " ".join(words).casefold()


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium; .ci/run does)")
@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_cards_filters_and_jump_bar_work_at_desktop_and_phone_width(seeded, app, live_server, client, tmp_path,
                                                                     width):
    app.add_url_rule("/test-harness", "test_harness", _harness)  # before the app answers its first request
    client.post("/sources", json={"title": "Ferry terminal opens", "published": "2021-01-31", "url":
                                  "https://news.example.org/ferry", "text": "The harbour authority in Bergen opened "
                                  "the new ferry terminal on Friday, officials said."})
    events = client.get("/timeline?limit=500").get_json()["events"]
    months = sorted({e["date"]["earliest"][:7] for e in events if e["date"]["earliest"]})
    seen = _drive(live_server, tmp_path, width, query="balloon", **{"from": "2023-02-01"}, to="2023-02-28",
                  month=months[len(months) // 2])
    keys = [e["sort_key"] for e in events]
    assert seen["width"] == width and seen["overflow"] <= 0 and seen["widest"] <= width, seen  # nothing sideways
    assert seen["all"] == keys and seen["state"] == f"{len(events)} events"

    by_key = {e["sort_key"]: e for e in events}
    for shown in seen["cards"]:  # the best quote, the first sources, the rest folded
        event = by_key[shown["key"]]
        assert shown["when"] == event["date"]["display"]
        assert shown["quote"].startswith("“" + event["sources"][0]["quotes"][0]["quote"])
        assert shown["shown"] == min(3, len(event["sources"]))
        assert shown["more"] == (f"+{len(event['sources']) - 3} more" if len(event["sources"]) > 3 else None)
        assert shown["links"] == [s["url"] for s in event["sources"] if s["url"]]
    assert any(card["more"] for card in seen["cards"])  # the Munich meeting has four sources
    assert ["https://news.example.org/ferry"] in [card["links"] for card in seen["cards"]]
    assert "week of" in " ".join(card["when"] for card in seen["cards"]) or all(
        e["date"]["precision"] != "week" for e in events)
    assert all("/" not in card["when"] for card in seen["cards"])  # no raw EDTF intervals

    assert seen["search"]["keys"] == [e["sort_key"] for e in events if "balloon" in _words(e)]
    assert seen["search"]["keys"] and seen["search"]["hash"] == "#q=balloon"
    assert seen["search"]["state"] == f"{len(seen['search']['keys'])} of {len(events)} events"
    name = seen["entity"]["name"]
    assert seen["entity"]["keys"] == [e["sort_key"] for e in events if name in e["participants"]]
    in_february = [e["sort_key"] for e in events if e["date"]["earliest"] and e["date"]["earliest"] <= "2023-02-28"
                   and e["date"]["latest"] >= "2023-02-01"]
    assert seen["range"]["keys"] == in_february and seen["range"]["jump"] == ["2023", "2023-02"]

    expected_bar = []
    for month in months:
        if month[:4] not in expected_bar:
            expected_bar.append(month[:4])
        expected_bar.append(month)
    assert seen["jump"] == expected_bar
    target = next(e["sort_key"] for e in events if (e["date"]["earliest"] or "").startswith(months[len(months) // 2]))
    jumped = seen["jumped"]  # scrolled down to the month's first card, which is now in view
    assert jumped["to"] == target and jumped["scrolled"] > 0 and 0 <= jumped["top"] < jumped["height"] - 100, jumped


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium; .ci/run does)")
def test_filters_in_the_link_are_applied_on_load(seeded, live_server, client, tmp_path):
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                           f"{live_server}/timelines/all/view#q=balloon"], capture_output=True, text=True, timeout=120)
    total = client.get("/timeline").get_json()["count"]
    assert re.search(rf'id="state"[^>]*>\d+ of {total} events<', done.stdout), done.stdout[-2000:]


def test_page_is_html_with_a_strict_policy(client):
    response = client.get("/timelines/all/view")
    assert response.mimetype == "text/html"
    assert "connect-src 'self'" in response.headers["Content-Security-Policy"]
    assert client.get("/timelines/nope/view").status_code == 404
