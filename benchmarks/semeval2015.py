"""SemEval-2015 Task 4 (TimeLine) through the normal pipeline.

    python -m benchmarks.semeval2015 --input FILE.jsonl --output DIR [--score]

Each corpus's documents are ingested with their `dct` as publication date into a fresh database;
then, for every target, the events whose evidence sentences name the target are written to
DIR/<corpus>/<key>.txt in the task's format (key: the target in lower case, spaces as '_'). Only the
corpus name, `targets` and each document's `doc_id`, `dct` and `text` are read, so the same command
runs on corpora without gold or given event mentions. `--score` compares with the file's `gold`.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.timeline_scorer import Awareness, gold_lines, parse_timeline
from service.ingest import Article, ingest
from service.store import Event, EventFilter, Store, migrate


def target_key(target: str) -> str:
    return target.lower().replace(" ", "_")


def name_patterns(target: str) -> list[re.Pattern[str]]:
    """The target and its shorter forms: trailing word groups ("Apple Corps"), a person's surname ("Jobs")."""
    words = target.split()
    variants = {target}
    variants.update(" ".join(words[i:]) for i in range(1, len(words) - 1))
    if len(words) == 2 and all(w[:1].isupper() for w in words):
        variants.add(words[-1])
    return [re.compile(rf"(?<!\w){re.escape(v)}(?!\w)", re.IGNORECASE) for v in variants]


def anchor(event: Event) -> str:
    """The event's date at the precision the task writes: YYYY-MM-DD, YYYY-MM, YYYY or XXXX-XX-XX."""
    if event.earliest is None or event.latest is None:
        return "XXXX-XX-XX"
    if event.precision == "day" or event.earliest == event.latest:
        return event.earliest.isoformat()
    if (event.earliest.year, event.earliest.month) == (event.latest.year, event.latest.month):
        return event.earliest.isoformat()[:7]
    if event.earliest.year == event.latest.year:
        return str(event.earliest.year)
    return "XXXX-XX-XX"


def mention_id(doc_id: str, text: str, start: int, trigger: str) -> str:
    sentence = text.count("\n", 0, start)
    return f"{doc_id}-{sentence}-{'_'.join(trigger.split())}"


def timelines(corpus: dict, workdir: Path) -> dict[str, str]:
    """Run the pipeline over one corpus; the task-format timeline text for each target key."""
    url = f"sqlite:///{workdir / (re.sub(r'[^A-Za-z0-9_-]', '_', corpus['corpus']) + '.db')}"
    migrate(url)
    store = Store(url)
    doc_of_source: dict[int, tuple[str, str]] = {}
    for doc in corpus["docs"]:
        # TimeML events include verbs of saying, which the service's own timeline leaves out
        result = ingest(store, Article(title=doc["doc_id"], text=doc["text"],
                                       published=date.fromisoformat(doc["dct"])), reports=True)
        doc_of_source[result.source.id] = (doc["doc_id"], doc["text"])
    with store.transaction() as repo:
        events, _ = repo.page_events(EventFilter(include_anchored=True))  # the task wants every event
    store.dispose()
    out = {}
    for target in corpus["targets"]:
        patterns = name_patterns(target)
        rows: list[tuple[str, list[str]]] = []
        for event in events:
            mentions = []
            for item in event.evidence:
                # the event involves the target: a participant or its title names it (not just its sentence)
                named = " | ".join([*(item.participants or []), item.title or ""])
                if not item.trigger or not any(p.search(named) for p in patterns):
                    continue
                doc_id, text = doc_of_source[item.source_id]
                mentions.append(mention_id(doc_id, text, item.trigger_start, item.trigger))
            if mentions:
                rows.append((anchor(event), sorted(set(mentions))))
        lines, position, previous = [target], 0, None
        for when, mentions in rows:  # events come in timeline order
            if when.startswith("X"):
                lines.append("\t".join(["0", when, *mentions]))
                continue
            if when != previous:
                position, previous = position + 1, when
            lines.append("\t".join([str(position), when, *mentions]))
        out[target_key(target)] = "\n".join(lines) + "\n"
    return out


def run(input_path: Path, output: Path) -> dict[str, dict[str, str]]:
    corpora = [json.loads(line) for line in input_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    written: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in corpora:
            result = timelines(corpus, Path(tmp))
            folder = output / corpus["corpus"]
            folder.mkdir(parents=True, exist_ok=True)
            for key, text in result.items():
                (folder / f"{key}.txt").write_text(text, encoding="utf-8")
            written[corpus["corpus"]] = result
    return written


def score(input_path: Path, written: dict[str, dict[str, str]]) -> dict[str, float]:
    total = Awareness()
    for line in input_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        corpus = json.loads(line)
        for key, entries in (corpus.get("gold") or {}).items():
            system = parse_timeline(written.get(corpus["corpus"], {}).get(key, ""))
            total.add(gold_lines(entries), system)
    return total.summary()


def main(argv: list[str] | None = None) -> dict[str, float] | None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--score", action="store_true", help="score against the file's gold timelines")
    args = parser.parse_args(argv)
    written = run(args.input, args.output)
    if not args.score:
        return None
    figures = score(args.input, written)
    print(f"SemEval-2015 Task 4 temporal awareness: P {figures['precision'] * 100:.2f}  "
          f"R {figures['recall'] * 100:.2f}  F1 {figures['f1'] * 100:.2f}")
    return figures


if __name__ == "__main__":
    main()
