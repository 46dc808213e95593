"""Accuracy of the temporal tagger on the TempEval-3-style development set, beside HeidelTime."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks import heideltime_runner
from benchmarks.tempeval import Timex, score_corpus

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks"
DEV_SET = SHARED / "timex_dev_semeval_trial.jsonl"


def load(path: Path = DEV_SET) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold(docs: list[dict]) -> dict[str, list[Timex]]:
    return {d["doc_id"]: [Timex(t["start"], t["end"], t["type"], t["value"]) for t in d["timexes"]] for d in docs}


def _annotated_region(docs: list[dict], found: dict[str, list[Timex]]) -> dict[str, list[Timex]]:
    """Only the annotated beginning of each article has gold: score what starts there."""
    limits = {d["doc_id"]: d["annotated_until"] for d in docs}
    return {doc_id: [t for t in timexes if t.start < limits[doc_id]] for doc_id, timexes in found.items()}


def ours(docs: list[dict]) -> dict[str, list[Timex]]:
    """Our tagger through its batch CLI (`timeline annotate --jsonl`), one process for the corpus."""
    lines = "\n".join(json.dumps({"id": d["doc_id"], "text": d["text"], "reference": d["dct"]}) for d in docs)
    done = subprocess.run([sys.executable, "-m", "service.cli", "annotate", "--jsonl"], input=lines,
                          capture_output=True, text=True, check=True)
    found = {}
    for line in done.stdout.splitlines():
        doc = json.loads(line)
        found[doc["id"]] = [Timex(e["start"], e["end"], e["type"], e["value"]) for e in doc["expressions"]]
    return found


def report(name: str, summary: dict[str, float]) -> str:
    return (f"{name:<22} strict F1 {summary['strict_f1']:.3f}  relaxed F1 {summary['relaxed_f1']:.3f} "
            f"(P {summary['relaxed_p']:.3f} R {summary['relaxed_r']:.3f})  value F1 {summary['value_f1']:.3f}  "
            f"type F1 {summary['type_f1']:.3f}  [{summary['system']} found / {summary['gold']} gold]")


def main(path: Path = DEV_SET) -> dict[str, dict[str, float]]:
    docs = load(path)
    reference = gold(docs)
    results = {"ours": score_corpus(reference, _annotated_region(docs, ours(docs))).summary()}
    print(f"TempEval-3 scoring on {path.name} ({len(docs)} documents)")
    print(report("ours", results["ours"]))
    why_not = heideltime_runner.available()
    if why_not:
        print(f"{'HeidelTime 2.2.1':<22} skipped: {why_not}")
    else:
        found, seconds = heideltime_runner.run(docs)
        results["heideltime"] = score_corpus(reference, _annotated_region(docs, found)).summary()
        print(report("HeidelTime 2.2.1", results["heideltime"]) + f"  ({seconds:.1f}s in one JVM)")
    return results


def errors(path: Path = DEV_SET) -> None:
    """Print every miss, spurious and wrong value: the list to work from when tuning."""
    docs = load(path)
    found = _annotated_region(docs, ours(docs))
    for doc in docs:
        text = doc["text"]
        system = found.get(doc["doc_id"], [])
        for g in doc["timexes"]:
            match = [s for s in system if min(s.end, g["end"]) > max(s.start, g["start"])]
            if not match:
                print(f"MISS  {doc['doc_id']} {g['text']!r} {g['type']} {g['value']}")
            elif match[0].value != g["value"] or (match[0].start, match[0].end) != (g["start"], g["end"]):
                s = match[0]
                print(f"DIFF  {doc['doc_id']} gold {g['text']!r} {g['value']} | ours {text[s.start:s.end]!r} {s.value}")
        for s in system:
            if not any(min(s.end, g["end"]) > max(s.start, g["start"]) for g in doc["timexes"]):
                print(f"EXTRA {doc['doc_id']} {text[s.start:s.end]!r} {s.type} {s.value}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--errors"]:
        errors()
    else:
        main()
