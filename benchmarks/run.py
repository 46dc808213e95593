"""`make bench`: every benchmark in one run, each printing its figures.

Every section header names the data it was measured on. Figures published by others on another set
(a shared task's test set) are printed apart and labelled as not comparable: our sets are trial sets.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks import (
    events_detection,
    events_gold,
    ingest_scale,
    load,
    merge_generated,
    nlp_model,
    pipeline_speed,
    semeval2015,
    speed,
    timex,
)

TIMELINE_DEV = timex.SHARED / "timeline_dev_trial.jsonl"
NOT_COMPARABLE = "published, other set, not comparable"


def section(title: str, measured_on: str) -> None:
    print(f"== {title} (measured on {measured_on}) ==")


def main() -> int:
    section("Temporal expressions, TempEval-3 scoring, TimeML view, beside HeidelTime with and without POS",
            f"{timex.DEV_SET.name} (trial set, tuned on), own dev and unseen splits (tests/gold/timex)")
    timex.main([])
    print()
    section("Tagger speed", f"{timex.DEV_SET.name}, trial set")
    speed.main()
    print()
    section("NLP backbone: the shipped spaCy pipeline, CoNLL 2018 definitions, gold tokens",
            "UD English-EWT test set")
    nlp_model.main([])
    print()
    section("Whole pipeline speed", "the seeds and tests/gold/events")
    pipeline_speed.main([])
    print()
    section("Event detection against annotated TimeML event mentions", f"{TIMELINE_DEV.name}, trial set")
    events_detection.main()
    print()
    section("Timeline entries against the project's own gold: dev (tuned on), held-out (not read), "
            "unseen (measured once at stop 15, studied since), fresh (written at stop 16, not read), "
            "dev2 (written at stop 17, tuned on), fresh2 (written at stop 17, measured once, studied at stop 18), "
            "fresh3 (written at stop 18, measured once, studied at stop 19), dev3 (written at stop 19, tuned on), "
            "fresh4 (written at stop 19, measured once, then studied), fresh5 (written at stop 19, measured once, "
            "studied at stop 20), fresh6 (written at stop 20, missed events read in part at stop 24), dev4 "
            "(written at stop 20, tuned on), dev5 (written at stop 21, tuned on), fresh7 (written at stop 21, "
            "measured once, studied at stop 22), dev6 (written at stop 22, tuned on), fresh8 (written at stop 22, "
            "studied at stop 24), dev7 (written at stop 23, tuned on), fresh9 (written at stop 23, studied at stop "
            "24), fresh10 and fresh11 (written at stop 24, mainstream news, studied at stop 25), fresh12 and "
            "fresh13 (written at stop 25, mainstream news, studied at stop 26), fresh14 and fresh15 (written at "
            "stop 26, mainstream news, not read)",
            "tests/gold/events")
    events_gold.main([])
    print()
    section("Merging distinct same-day happenings", "60 generated reports")
    merge_generated.main([])
    print()
    section("Timelines, SemEval-2015 Task 4, raw text: Track A", f"{TIMELINE_DEV.name}, trial set")
    with tempfile.TemporaryDirectory() as out:
        semeval2015.main(["--input", str(TIMELINE_DEV), "--output", str(Path(out)), "--score"])
    print(f"  {NOT_COMPARABLE}: SemEval-2015 Task 4 test set, best Track A system 7.85 F1; "
          "best Track B (gold event mentions) 25.4 F1.")
    print()
    section("Ingest cost against stored events", "synthetic articles and events from benchmarks/ingest_scale.py")
    ingest_scale.main([])
    print()
    section("Serving under load", f"{load.EVENTS:,} synthetic events")
    load.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
