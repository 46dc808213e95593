"""Packaging: every dependency make installs is pinned with hashes in requirements.lock, at a version
setup.cfg accepts; PostgreSQL and the Celery worker are optional extras, and the service runs on its
defaults (SQLite, no broker) without them."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import PROJECT_ROOT


def _declared() -> tuple[list[Requirement], dict[str, list[Requirement]]]:
    setup = configparser.ConfigParser()
    setup.read(PROJECT_ROOT / "setup.cfg")

    def requirements(value: str) -> list[Requirement]:
        return [Requirement(line.strip()) for line in value.splitlines() if line.strip() and
                not line.strip().startswith("#")]

    extras = {name: requirements(value) for name, value in setup["options.extras_require"].items()}
    return requirements(setup["options"]["install_requires"]), extras


def _locked() -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes) from requirements.lock."""
    text = (PROJECT_ROOT / "requirements.lock").read_text(encoding="utf-8")
    found = {}
    for block in re.split(r"\n(?=\S)", text):
        match = re.match(r"([A-Za-z0-9_.\-\[\]]+)==(\S+)", block)
        if match:
            found[canonicalize_name(match.group(1).split("[")[0])] = (match.group(2), block.count("--hash=sha256:"))
    return found


def test_the_lock_pins_every_declared_dependency_with_hashes():
    required, extras = _declared()
    locked = _locked()
    for requirement in required + extras["test"] + extras["postgresql"] + extras["worker"]:
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{name} is declared in setup.cfg but not in requirements.lock: run `make lock`"
        version, hashes = locked[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"requirements.lock pins {name}=={version}, outside setup.cfg's {requirement.specifier}: run `make lock`")
        assert hashes >= 1, name


def test_make_installs_from_the_lock_with_hashes():
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements.lock" in makefile
    assert re.search(r"^\$\(VENV\)/\.installed: .*requirements\.lock", makefile, flags=re.M)


def test_postgresql_and_the_worker_are_extras():
    required, extras = _declared()
    names = {canonicalize_name(r.name) for r in required}
    assert not names & {"psycopg", "celery"}
    assert {canonicalize_name(r.name) for r in extras["postgresql"]} == {"psycopg"}
    assert {canonicalize_name(r.name) for r in extras["worker"]} == {"celery"}


BLOCK = """
import sys
class Missing:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('psycopg', 'celery', 'redis', 'kombu'):
            raise ModuleNotFoundError(name)
        return None
sys.meta_path.insert(0, Missing())
import importlib.util
importlib.util.find_spec = (lambda real: lambda name, *a: None if name.split('.')[0] in
                            ('psycopg', 'celery', 'redis', 'kombu') else real(name, *a))(importlib.util.find_spec)
"""


def _without_extras(code: str, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCK + code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=120, env={"PATH": "/usr/bin:/bin", "INSTANCE_DIR": str(tmp_path)})


def test_the_defaults_run_without_the_extras(tmp_path):
    ran = _without_extras(f"""
from service.store import migrate
from service import create_app
url = 'sqlite:///{tmp_path}/t.db'
migrate(url)
app = create_app({{'DATABASE_URL': url, 'API_TOKENS': 't'}})
client = app.test_client()
assert client.get('/health').status_code == 200
job = client.post('/sources/batch', json={{'articles': [{{'title': 'a', 'text': 'They met on Monday.',
                  'published': '2023-02-20'}}]}}, headers={{'Authorization': 'Bearer t'}})
assert job.status_code == 200, job.get_data(as_text=True)
print('ok')
""", tmp_path)
    assert ran.returncode == 0 and ran.stdout.strip() == "ok", ran.stderr[-2000:]


def test_a_setting_that_needs_a_missing_extra_says_what_to_install(tmp_path):
    ran = _without_extras(f"""
from service import create_app
try:
    create_app({{'DATABASE_URL': 'sqlite:///{tmp_path}/t.db', 'CELERY_BROKER_URL': 'redis://127.0.0.1:1/0'}})
except RuntimeError as error:
    print(error)
""", tmp_path)
    assert "timeline-service[worker]" in ran.stdout, ran.stderr[-2000:]
