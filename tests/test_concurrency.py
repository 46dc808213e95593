"""8 writers and 32 readers against a running server: nothing lost, nothing duplicated."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from datetime import date, timedelta

from tests.conftest import TOKEN

WRITERS, READERS, PER_WRITER, READS = 8, 32, 4, 5
SHARED = {"title": "Shared", "published": "2021-01-31",
          "text": "The harbour authority in Bergen opened the new ferry terminal on Friday."}


def _call(url: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method="POST" if body is not None else "GET",
                                     headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def _article(writer: int, n: int) -> dict:
    day = date(2020, 1, 1) + timedelta(days=writer * PER_WRITER + n)
    return {"title": f"w{writer}-{n}", "published": (day + timedelta(days=3)).isoformat(),
            "text": f"Runner {writer}x{n} from Club{writer}{n} won the county race on {day:%B} {day.day}, {day.year}."}


def test_concurrent_writers_and_readers(live_server, client):
    server = live_server
    statuses: list[int] = []
    lock = threading.Lock()

    def writer(w: int) -> None:
        for n in range(PER_WRITER):
            code, _ = _call(f"{server}/sources", _article(w, n))
            with lock:
                statuses.append(code)
        code, _ = _call(f"{server}/sources", SHARED)
        with lock:
            statuses.append(code)

    def reader() -> None:
        for _ in range(READS):
            code, body = _call(f"{server}/timeline?limit=20")
            with lock:
                statuses.append(code if "events" in body else -code)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(WRITERS)]
    threads += [threading.Thread(target=reader) for _ in range(READERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads)

    assert sorted(set(statuses)) <= [200, 201], sorted(set(statuses))
    assert statuses.count(201) == WRITERS * PER_WRITER + 1  # the shared article is created once
    counts = client.get("/health").get_json()["counts"]
    expected = WRITERS * PER_WRITER + 1
    assert counts == {"sources": expected, "events": expected, "evidence": expected}


def test_concurrent_reports_of_one_event_merge_into_one(live_server, client):
    server = live_server
    def report(w: int) -> None:
        _call(f"{server}/sources", {"title": f"r{w}", "published": "2021-01-31", "text":
                                    f"The harbour authority in Bergen opened the new ferry terminal on Friday, "
                                    f"officials said in statement {w}."})

    threads = [threading.Thread(target=report, args=(w,)) for w in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    events = client.get("/timeline").get_json()["events"]
    assert len(events) == 1 and len({s["source_id"] for s in events[0]["sources"]}) == WRITERS
