"""Property tests replay the same inputs on every run unless a developer asks for new ones."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings


@pytest.mark.skipif(os.environ.get("HYPOTHESIS_PROFILE", "repeatable") != "repeatable",
                    reason="HYPOTHESIS_PROFILE selects another profile for local exploration")
def test_default_profile_replays_the_same_examples():
    current = settings.default
    assert current.derandomize, "a failure must reproduce on the next run"
    assert current.database is None, "no examples replayed from a local .hypothesis directory"
    assert current.print_blob, "a failure prints the blob that reproduces it"
