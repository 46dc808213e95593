"""`make bench`: every benchmark in one run, each printing its figures."""

from __future__ import annotations

from benchmarks import speed, timex


def main() -> int:
    print("== Temporal expressions (TempEval-3 scoring) ==")
    timex.main()
    print()
    print("== Tagger speed ==")
    speed.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
