"""Throughput of the tagger against plain `dateparser.search_dates`, in the same process, on the same text.

Figures are ratios against that baseline, so they mean the same on a slower or faster machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime

from benchmarks.timex import load
from service.temporal import annotate

REPEAT = 3  # timed runs per tool; every tool gets the same number and reports its best


def _time(function: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def best_of(tools: dict[str, Callable[[], None]], repeat: int = REPEAT) -> dict[str, float]:
    """Best of `repeat` timed runs of every tool, each after one warm-up run (compiled patterns, caches).

    Rounds interleave the tools, so a change in machine load during the run hits all of them alike.
    """
    for tool in tools.values():
        tool()
    best = dict.fromkeys(tools, float("inf"))
    for _ in range(repeat):
        for name, tool in tools.items():
            best[name] = min(best[name], _time(tool))
    return best


def throughput(docs: list[dict], repeat: int = REPEAT) -> dict[str, float]:
    from dateparser.search import search_dates

    total_chars = sum(len(d["text"]) for d in docs)

    def ours() -> None:
        for d in docs:
            annotate(d["text"], date.fromisoformat(d["dct"]))

    def baseline() -> None:
        for d in docs:
            ref = datetime.fromisoformat(d["dct"])
            search_dates(d["text"], languages=["en"], settings={"RELATIVE_BASE": ref})

    best = best_of({"ours": ours, "dateparser": baseline}, repeat)
    ours_s, base_s = best["ours"], best["dateparser"]
    return {"documents": len(docs), "characters": total_chars, "repeat": repeat, "ours_s": ours_s,
            "dateparser_s": base_s, "ours_docs_per_s": len(docs) / ours_s, "ours_chars_per_s": total_chars / ours_s,
            "dateparser_docs_per_s": len(docs) / base_s, "dateparser_chars_per_s": total_chars / base_s,
            "ratio": base_s / ours_s}


def scaling(docs: list[dict]) -> list[tuple[int, float]]:
    """Seconds for 10 KB, 100 KB and 1 MB of news text: linear cost shows as a 10x step per row."""
    corpus = "\n".join(d["text"] for d in docs)
    rows = []
    for size in (10_000, 100_000, 1_000_000):
        text = (corpus * (size // len(corpus) + 1))[:size]
        rows.append((size, _time(lambda t=text: annotate(t, date(2010, 6, 8)), repeat=2)))
    return rows


def main() -> dict:
    docs = load()
    figures = throughput(docs)
    print(f"Speed on {figures['documents']} documents ({figures['characters']:,} characters), same process, "
          f"best of {figures['repeat']} interleaved runs each after one warm-up:")
    print(f"  ours       {figures['ours_docs_per_s']:8.1f} docs/s  {figures['ours_chars_per_s']:12,.0f} chars/s")
    print(f"  dateparser {figures['dateparser_docs_per_s']:8.1f} docs/s  {figures['dateparser_chars_per_s']:12,.0f} "
          f"chars/s  (search_dates, languages=['en'], RELATIVE_BASE)")
    print(f"  ratio      {figures['ratio']:.1f}x dateparser's throughput (both best-of-{figures['repeat']}, same run)")
    rows = scaling(docs)
    print("Scaling (ours alone, one text of each size, best of 2):")
    for size, seconds in rows:
        print(f"  {size / 1000:>6,.0f} KB  {seconds:7.3f} s  ({size / seconds:12,.0f} chars/s)")
    figures["scaling"] = rows
    return figures


if __name__ == "__main__":
    main()
