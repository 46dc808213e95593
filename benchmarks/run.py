"""`make bench`: every benchmark in one run, each printing its figures."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks import load, semeval2015, speed, timex

TIMELINE_DEV = timex.SHARED / "timeline_dev_trial.jsonl"


def main() -> int:
    print("== Temporal expressions (TempEval-3 scoring) ==")
    timex.main()
    print()
    print("== Tagger speed ==")
    speed.main()
    print()
    print(f"== Timelines (SemEval-2015 Task 4, {TIMELINE_DEV.name}, raw text: Track A) ==")
    with tempfile.TemporaryDirectory() as out:
        semeval2015.main(["--input", str(TIMELINE_DEV), "--output", str(Path(out)), "--score"])
    print("For scale: best Track A system 7.85 F1; best Track B (gold event mentions) 25.4.")
    print()
    print("== Serving under load ==")
    load.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
