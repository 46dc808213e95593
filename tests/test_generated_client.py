"""A client generated from openapi.yaml by openapi-python-client, used against the running app as a
client developer would: if the contract cannot be generated from, or the server answers outside it,
this fails. The generator writes typed parsers for JSON bodies only, so export bodies (CSV, ICS,
NDJSON, TimelineJS) are read through the generated client's own HTTP session and checked against the
media types the document gives for them."""

from __future__ import annotations

import csv
import importlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from tests.conftest import PROJECT_ROOT, TOKEN

PACKAGE = "timeline_api_client"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """Generate the client package once per module and import it."""
    generator = shutil.which("openapi-python-client", path=str(Path(sys.executable).parent))
    if generator is None:
        pytest.skip("openapi-python-client is not installed (it is in the `test` extra: make install)")
    root = tmp_path_factory.mktemp("client")
    config = root / "config.yaml"
    config.write_text("post_hooks: []\n")  # no formatting pass: the code is imported, not read
    ran = subprocess.run([generator, "generate", "--path", str(PROJECT_ROOT / "openapi.yaml"), "--meta", "none",
                          "--output-path", str(root / PACKAGE), "--config", str(config)],
                         capture_output=True, text=True, timeout=120)
    said = ran.stdout + ran.stderr
    assert ran.returncode == 0, said
    assert "Warning" not in said and "Error" not in said, said  # every operation and schema was understood
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(root))
        for name in [name for name in sys.modules if name == PACKAGE or name.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def _module(generated: ModuleType, name: str) -> ModuleType:
    return importlib.import_module(f"{generated.__name__}.{name}")


def test_a_generated_client_reads_pages_exports_and_problems(generated, seeded, live_server):
    client = generated.AuthenticatedClient(base_url=live_server, token=TOKEN, raise_on_unexpected_status=True)
    models = _module(generated, "models")
    list_timelines = _module(generated, "api.timelines.list_timelines")
    get_named_timeline = _module(generated, "api.timelines.get_named_timeline")
    get_event = _module(generated, "api.events.get_event")
    create_event = _module(generated, "api.events.create_event")
    parse_date = _module(generated, "api.annotate.parse_date")

    listed = list_timelines.sync(client=client)
    assert isinstance(listed, models.TimelineList)
    assert listed.timelines[0].slug == "all"

    # page through `all` two events at a time with the cursor the body gives
    seen: list[int] = []
    cursor = None
    pages = 0
    while True:
        kwargs = {"cursor": cursor} if cursor else {}
        page = get_named_timeline.sync("all", client=client, limit=2, **kwargs)
        assert isinstance(page, models.TimelineDetail)
        seen += [event.id for event in page.events]
        for event in page.events:
            assert isinstance(event.status, models.EventStatus)  # enums, not bare strings
        pages += 1
        if page.next_cursor is None:
            assert page.next_ is None
            break
        assert page.next_cursor in page.next_
        cursor = page.next_cursor
    assert pages >= 2 and len(seen) == len(set(seen)) == page.count

    # each export, through the client's own session, served as the document says
    spec = yaml.safe_load((PROJECT_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    documented = set(spec["paths"]["/timelines/{slug}"]["get"]["responses"]["200"]["content"])
    session = client.get_httpx_client()
    for fmt, check in (("csv", _csv_rows), ("ndjson", _ndjson_lines), ("ics", _ics_events),
                       ("timelinejs", _timelinejs_slides)):
        answer = session.get("/timelines/all", params={"format": fmt})
        assert answer.status_code == 200
        media_type = answer.headers["content-type"].split(";")[0]
        assert media_type in documented, (fmt, media_type)
        assert check(answer.text) == len(seen), fmt

    # typed problems
    missing = get_event.sync_detailed(2_000_000, client=client)
    assert missing.status_code == 404 and isinstance(missing.parsed, models.Problem)
    assert missing.parsed.status == 404 and missing.parsed.title == "Not Found"
    unusable = parse_date.sync_detailed(client=client, body=models.ParseRequest(
        when="the day the moon turned green", reference=_date("2024-02-16")))
    assert unusable.status_code == 422 and isinstance(unusable.parsed, models.Problem)
    assert "when" in unusable.parsed.errors.to_dict()["json"]
    invalid = create_event.sync_detailed(client=client, body=models.EventCreate.from_dict(
        {"title": "", "when": "last November", "reference": "2024-02-16"}))
    assert invalid.status_code == 422 and isinstance(invalid.parsed, models.Problem)


def _date(text: str):
    from datetime import date

    return date.fromisoformat(text)


def _csv_rows(text: str) -> int:
    return len(list(csv.DictReader(io.StringIO(text))))


def _ndjson_lines(text: str) -> int:
    return len([json.loads(line) for line in text.splitlines() if line.strip()])


def _ics_events(text: str) -> int:
    assert text.startswith("BEGIN:VCALENDAR")
    return text.count("BEGIN:VEVENT")


def _timelinejs_slides(text: str) -> int:
    return len(json.loads(text)["events"])
