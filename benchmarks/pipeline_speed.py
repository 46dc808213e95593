"""Words per second of the whole pure pipeline (tagger, one parse, extraction) on one core.

    python -m benchmarks.pipeline_speed

Over the seeds and the project's gold articles, best of three, in one process (the spaCy pipeline
loaded before timing), so the figure is what ingest spends before it opens a transaction.
"""

from __future__ import annotations

import json
import os
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[tuple[str, date]]:
    manifest = json.loads((ROOT / "seeds" / "manifest.json").read_text(encoding="utf-8"))
    found = [((ROOT / "seeds" / a["file"]).read_text(encoding="utf-8"), date.fromisoformat(a["published"]))
             for a in manifest["articles"]]
    for path in sorted((ROOT / "tests" / "gold" / "events").glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        found.append((doc["text"], date.fromisoformat(doc["published"])))
    return found


def measure(repeats: int = 3) -> tuple[float, float, int]:
    """(pipeline words/s, parse-only words/s, words)."""
    from service.ingest import Article, analyse
    from service.nlp import parse

    corpus = texts()
    words = sum(len(text.split()) for text, _ in corpus)
    parse("Warm-up.")
    best_all = best_parse = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text, published in corpus:
            analyse(Article(title="", text=text, published=published))
        best_all = min(best_all, time.perf_counter() - start)
        start = time.perf_counter()
        for text, _ in corpus:
            parse(text)
        best_parse = min(best_parse, time.perf_counter() - start)
    return words / best_all, words / best_parse, words


def main() -> int:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    rate, parse_rate, words = measure()
    print(f"  whole pipeline {rate:,.0f} words/s, of which the parse alone {parse_rate:,.0f} words/s "
          f"({words:,} words, {len(texts())} articles, best of 3, one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
