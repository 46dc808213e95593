"""The project's own timex gold: the JSONL files are what the marked articles build, offsets included."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "gold" / "timex"


def _builder():
    spec = importlib.util.spec_from_file_location("timex_gold_build", GOLD / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("split", ["own_dev", "own_unseen"])
def test_jsonl_is_built_from_the_marked_articles(split):
    built = _builder().build(split)
    assert (GOLD / f"{split}.jsonl").read_text(encoding="utf-8") == built, "run python tests/gold/timex/build.py"
    for line in built.splitlines():
        doc = json.loads(line)
        assert all(doc["text"][t["start"]:t["end"]] == t["text"] for t in doc["timexes"])


def test_the_gold_holds_at_least_300_expressions_and_keeps_about_40_percent_unseen():
    counts = {split: sum(len(json.loads(line)["timexes"]) for line in (GOLD / f"{split}.jsonl").open())
              for split in ("own_dev", "own_unseen")}
    assert sum(counts.values()) >= 300
    assert 0.35 <= counts["own_unseen"] / sum(counts.values()) <= 0.45
