"""Accuracy of the temporal tagger, TempEval-3 scoring, beside HeidelTime in two settings.

Three sets, reported apart: the shared dev set (MEANTIME annotation of SemEval-2015 trial texts, tuned
on), the project's own dev split (tests/gold/timex/own_dev.jsonl, looked at while working) and its own
unseen split (own_unseen.jsonl, measured, not looked at). Ours is scored in the TimeML view: a range
("from 2015 to 2018") counts as its two dates, as TimeML annotates it.

    python -m benchmarks.timex                           # every set, with HeidelTime
    python -m benchmarks.timex --set own_dev --no-heideltime
    python -m benchmarks.timex --set own_dev --errors    # the list to work from (not on own_unseen)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from benchmarks import heideltime_runner
from benchmarks.tempeval import Timex, score_corpus

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "benchmarks"
DEV_SET = SHARED / "timex_dev_semeval_trial.jsonl"
OWN_GOLD = ROOT / "tests" / "gold" / "timex"
SETS = {"dev": DEV_SET, "own_dev": OWN_GOLD / "own_dev.jsonl", "own_unseen": OWN_GOLD / "own_unseen.jsonl"}
LABELS = {"dev": "shared dev set, tuned on", "own_dev": "own dev split, looked at",
          "own_unseen": "own unseen split, not looked at"}


def load(path: Path = DEV_SET) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold(docs: list[dict]) -> dict[str, list[Timex]]:
    return {d["doc_id"]: [Timex(t["start"], t["end"], t["type"], t["value"]) for t in d["timexes"]] for d in docs}


def _annotated_region(docs: list[dict], found: dict[str, list[Timex]]) -> dict[str, list[Timex]]:
    """Only the annotated beginning of each article has gold: score what starts there."""
    limits = {d["doc_id"]: d["annotated_until"] for d in docs}
    return {doc_id: [t for t in timexes if t.start < limits[doc_id]] for doc_id, timexes in found.items()}


def ours(docs: list[dict], timeml: bool = True) -> dict[str, list[Timex]]:
    """Our tagger through its batch CLI (`timeline annotate --jsonl`), one process for the corpus."""
    lines = "\n".join(json.dumps({"id": d["doc_id"], "text": d["text"], "reference": d["dct"]}) for d in docs)
    command = [sys.executable, "-m", "service.cli", "annotate", "--jsonl"] + (["--timeml"] if timeml else [])
    done = subprocess.run(command, input=lines, capture_output=True, text=True, check=True, cwd=ROOT)
    found = {}
    for line in done.stdout.splitlines():
        doc = json.loads(line)
        found[doc["id"]] = [Timex(e["start"], e["end"], e["type"], e["value"]) for e in doc["expressions"]]
    return found


def report(name: str, summary: dict[str, float]) -> str:
    return (f"{name:<30} strict F1 {summary['strict_f1']:.3f}  relaxed F1 {summary['relaxed_f1']:.3f} "
            f"(P {summary['relaxed_p']:.3f} R {summary['relaxed_r']:.3f})  value F1 {summary['value_f1']:.3f}  "
            f"type F1 {summary['type_f1']:.3f}  [{summary['system']} found / {summary['gold']} gold]")


def score_set(name: str, heideltime: bool = True) -> dict[str, dict[str, float]]:
    """Print and return ours and HeidelTime's (both POS settings) figures on one set."""
    path = SETS[name]
    docs = load(path)
    reference = gold(docs)
    results = {"ours": score_corpus(reference, _annotated_region(docs, ours(docs))).summary()}
    print(f"{name}: {path.name} ({len(docs)} documents, {LABELS[name]})")
    print("  " + report("ours (TimeML view)", results["ours"]))
    if not heideltime:
        return results
    why_not = heideltime_runner.available()
    if why_not:
        print(f"  {'HeidelTime 2.2.1':<30} skipped: {why_not}")
        return results
    for pos, label in heideltime_runner.SETTINGS.items():
        found, seconds = heideltime_runner.run(docs, pos)
        results[label] = score_corpus(reference, _annotated_region(docs, found)).summary()
        print("  " + report(label, results[label]) + f"  ({seconds:.1f}s in one JVM)")
    return results


def errors(name: str) -> None:
    """Print every miss, spurious and wrong extent or value: the list to work from when tuning."""
    docs = load(SETS[name])
    found = _annotated_region(docs, ours(docs))
    for doc in docs:
        text = doc["text"]
        system = found.get(doc["doc_id"], [])
        for g in doc["timexes"]:
            match = [s for s in system if min(s.end, g["end"]) > max(s.start, g["start"])]
            if not match:
                print(f"MISS  {doc['doc_id']} {g['text']!r} {g['type']} {g['value']}")
            elif (match[0].value, match[0].type, match[0].start, match[0].end) != \
                    (g["value"], g["type"], g["start"], g["end"]):
                s = match[0]
                print(f"DIFF  {doc['doc_id']} gold {g['text']!r} {g['type']} {g['value']} | "
                      f"ours {text[s.start:s.end]!r} {s.type} {s.value}")
        for s in system:
            if not any(min(s.end, g["end"]) > max(s.start, g["start"]) for g in doc["timexes"]):
                print(f"EXTRA {doc['doc_id']} {text[s.start:s.end]!r} {s.type} {s.value}")


def main(argv: list[str] | None = None) -> dict[str, dict[str, dict[str, float]]]:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.timex", description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--no-heideltime", action="store_true", help="ours only: seconds instead of a minute")
    parser.add_argument("--errors", action="store_true", help="list our misses, extras and wrong values")
    args = parser.parse_args([] if argv is None else argv)
    names = list(SETS) if args.set == "all" else [args.set]
    if args.errors:
        for name in names:
            errors(name)
        return {}
    return {name: score_set(name, heideltime=not args.no_heideltime) for name in names}


if __name__ == "__main__":
    main(sys.argv[1:])
