"""The pure packages stay pure: importing the tagger or the event extractor loads no web or database stack."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMPURE = ("flask", "werkzeug", "sqlalchemy")
PROBE = ("import json, sys; import service.temporal, service.events; "
         "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))")


def test_temporal_and_events_load_no_flask_werkzeug_or_sqlalchemy():
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = set(json.loads(done.stdout))
    assert not loaded & set(IMPURE), sorted(loaded & set(IMPURE))


def test_create_app_is_still_exported_by_the_package():
    probe = "from service import create_app; print(type(create_app({'DATABASE_URL': 'sqlite://'})).__name__)"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "Flask"
