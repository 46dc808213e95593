"""Event detection against the SemEval-2015 Task 4 trial corpus's annotated event mentions.

    python -m benchmarks.events_detection

Every mention the pipeline extracts (dated or anchored) is compared with the TimeML event mentions
of the same document: strict when the offsets are equal, relaxed when they overlap. The annotation
marks every TimeML event (states, reporting verbs, event pronouns included); the pipeline extracts
occurrences with a date or a named participant, with verbs of saying as TimeML counts them, so
recall is bounded by design (no states, no event pronouns) and precision is the figure to read.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from benchmarks.timex import SHARED

TIMELINE_DEV = SHARED / "timeline_dev_trial.jsonl"


def detect(path: Path = TIMELINE_DEV) -> dict[str, float]:
    from service.events import extract_mentions

    predicted = gold = strict = relaxed_p = relaxed_g = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        for doc in json.loads(line)["docs"]:
            spans = {(m.trigger_start, m.trigger_end)
                     for m in extract_mentions(doc["text"], date.fromisoformat(doc["dct"]), reports=True)}
            golds = {(e["start"], e["end"]) for e in doc["events"]}
            predicted += len(spans)
            gold += len(golds)
            strict += len(spans & golds)
            relaxed_p += sum(1 for a, b in spans if any(a < d and c < b for c, d in golds))
            relaxed_g += sum(1 for c, d in golds if any(a < d and c < b for a, b in spans))
    return {"predicted": predicted, "gold": gold,
            "strict": _prf(strict / predicted if predicted else 0, strict / gold if gold else 0),
            "relaxed": _prf(relaxed_p / predicted if predicted else 0, relaxed_g / gold if gold else 0)}


def _prf(p: float, r: float) -> tuple[float, float, float]:
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    figures = detect()
    for kind in ("strict", "relaxed"):
        p, r, f = figures[kind]
        print(f"  {kind}: P {100 * p:.1f}  R {100 * r:.1f}  F1 {100 * f:.1f}  "
              f"({figures['predicted']} extracted, {figures['gold']} annotated)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
