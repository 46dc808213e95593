"""Words per second of the whole pure pipeline (tagger, one parse, extraction) on one core; its time
against text length; ingest throughput per core.

    python -m benchmarks.pipeline_speed [--sizes 1000 5000 ...] [--articles N]

Over the seeds and the project's gold articles, best of three, in one process (the spaCy pipeline
loaded before timing), so the figure is what ingest spends before it opens a transaction. The same
texts run together give one text of each length from 1 KB to 500 KB: the slope of log time against
log length says how cost grows with the text (1: linear). Then distinct articles of 3 to 5 KB cut from
them go through the whole `ingest` into a fresh SQLite database, one process: articles per second
on one core (wall clock, and per CPU second of the process).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (1_000, 5_000, 20_000, 100_000, 500_000)
PUBLISHED = date(2023, 2, 20)


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


def _sentences() -> list[str]:
    """The corpus's sentences in order (split after a full stop and a space)."""
    corpus = " ".join(" ".join(text.split()) for text, _ in texts())
    return [part + "." for part in corpus.split(". ") if part]


def text_of(size: int, start: int = 0) -> str:
    """Whole corpus sentences from sentence `start` on (wrapping) up to `size` characters: cut after the
    last sentence that fits, or, when that would leave out more than 300 characters (a long sentence),
    after the last word that fits."""
    sentences = _sentences()
    out: list[str] = []
    length, index = 0, start
    while length < size:
        sentence = sentences[index % len(sentences)]
        out.append(sentence)
        length += len(sentence) + 1
        index += 1
    text = " ".join(out)
    if len(text) <= size:
        return text
    whole = " ".join(out[:-1])
    return whole if len(whole) >= size - 300 else text[:size].rsplit(" ", 1)[0]


def scaling(sizes: tuple[int, ...] = SIZES) -> list[tuple[int, float]]:
    """(characters, seconds) of the whole pipeline on one text of each size; best of 3 up to 20 KB, one
    run above (the cost of a run is then far above the clock's noise)."""
    from service.ingest import Article, analyse

    rows = []
    for size in sizes:
        text = text_of(size)
        best = float("inf")
        for _ in range(3 if size <= 20_000 else 1):
            start = time.perf_counter()
            analyse(Article(title="", text=text, published=PUBLISHED))
            best = min(best, time.perf_counter() - start)
        rows.append((len(text), best))
    return rows


def slope(rows: list[tuple[int, float]]) -> float:
    """Least-squares slope of log seconds against log characters."""
    xs, ys = [math.log(size) for size, _ in rows], [math.log(seconds) for _, seconds in rows]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def articles(count: int) -> list:
    """`count` distinct articles of 3 to 5 KB (lengths spread evenly), each from a different place in the
    corpus and with its own first sentence, so no two texts are the same."""
    from service.ingest import Article

    sentences = len(_sentences())
    out = []
    for n in range(count):
        size = 3_300 + (1_700 * n) // max(count - 1, 1)  # text_of may end up to 300 short
        head = f"Report {n} from the desk."
        body = text_of(size - len(head) - 1, start=(n * 37) % sentences)
        out.append(Article(title=f"Report {n}", text=f"{head} {body}", published=PUBLISHED))
    return out


def ingest_throughput(count: int = 40) -> dict[str, float]:
    """Articles per second through the whole `ingest` (pipeline, merge, write) into a fresh SQLite
    database, one process on one core: by the wall clock and per CPU second of the process; and the
    CPU time per article of the pure pipeline alone on the same articles, so the rest is what storage
    (candidate look-ups, merge decision, writes, the answer) costs."""
    from service.ingest import analyse, ingest
    from service.store import Store, migrate

    batch = articles(count)
    analyse(batch[0])  # the spaCy pipeline loads before any timing
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'throughput.db'}"
        migrate(url)
        store = Store(url)
        started, used = time.perf_counter(), time.process_time()
        for article in batch:
            ingest(store, article)
        wall, cpu = time.perf_counter() - started, time.process_time() - used
        store.dispose()
    used = time.process_time()
    for article in batch:
        analyse(article)
    pipeline = time.process_time() - used
    sizes = [len(article.text) for article in batch]
    return {"articles": count, "per_s": count / wall, "per_cpu_s": count / cpu, "smallest": min(sizes),
            "largest": max(sizes), "mean": statistics.fmean(sizes), "cpu_ms": 1000 * cpu / count,
            "pipeline_ms": 1000 * pipeline / count}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    rate, parse_rate, words = measure()
    print(f"  whole pipeline {rate:,.0f} words/s, of which the parse alone {parse_rate:,.0f} words/s "
          f"({words:,} words, {len(texts())} articles, best of 3, one core)")
    rows = scaling(tuple(args.sizes))
    print("  whole pipeline against text length (the same articles run together, one text per length):")
    for size, seconds in rows:
        print(f"  {size / 1000:>7,.1f} KB  {seconds:8.3f} s  ({size / seconds:10,.0f} chars/s)")
    if len(rows) > 1:
        print(f"  log-log slope {slope(rows):.2f} (1: linear in the length)")
    rates = ingest_throughput(args.articles)
    print(f"  ingest throughput {rates['per_s']:.2f} articles/s on one core ({rates['per_cpu_s']:.2f} per CPU "
          f"second): {rates['articles']} distinct articles of {rates['smallest'] / 1000:.1f} to "
          f"{rates['largest'] / 1000:.1f} KB (mean {rates['mean'] / 1000:.1f} KB), whole ingest into a fresh "
          "SQLite database, one process")
    print(f"  of {rates['cpu_ms']:.0f} ms of CPU per article, the pipeline alone (tagger, parse, extraction) takes "
          f"{rates['pipeline_ms']:.0f} ms and storage (candidates, merge, writes, answer) the other "
          f"{rates['cpu_ms'] - rates['pipeline_ms']:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
