"""A run says what it skipped and why, and CI fails when PostgreSQL answers but no PostgreSQL test ran."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# one test that needs no database, one that runs once per backend (SQLite, PostgreSQL)
SELECTION = ["tests/test_house_hypothesis.py", "tests/test_house_reporting.py::test_each_backend_gets_its_own_url"]


def test_each_backend_gets_its_own_url(database_url: str):
    """Parametrised over the backends by the fixture; the nested runs below count its PostgreSQL half."""
    assert database_url.split(":", 1)[0] in ("sqlite", "postgresql")


def _pytest(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("TEST_DATABASE_URL", "REQUIRE_POSTGRESQL", "HYPOTHESIS_PROFILE", "PYTEST_ADDOPTS")}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SELECTION],
                          cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=300)


def test_the_summary_groups_skips_by_reason_with_counts():
    done = _pytest()
    assert done.returncode == 0, done.stdout + done.stderr
    summary = done.stdout.split("skipped, by reason", 1)[1]
    assert "1  PostgreSQL: set TEST_DATABASE_URL to run against it" in summary
    assert "PostgreSQL tests run: 0" in done.stdout


def test_a_run_that_requires_postgresql_fails_when_none_ran():
    done = _pytest(REQUIRE_POSTGRESQL="1")
    assert done.returncode != 0, done.stdout
    assert "REQUIRE_POSTGRESQL is set but no PostgreSQL test ran" in done.stdout
