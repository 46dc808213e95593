"""The benchmarks measure fairly: entry points that run, equal repetitions, aligned baselines, labelled sets."""

from __future__ import annotations

import ast
import sys
import types
from pathlib import Path

import pytest

from benchmarks import heideltime_runner, run, speed

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def test_load_entry_point_comes_after_everything_it_calls():
    tree = ast.parse((BENCHMARKS / "load.py").read_text(encoding="utf-8"))
    last = tree.body[-1]
    assert isinstance(last, ast.If) and "__main__" in ast.unparse(last.test), "the entry point must be last"


def test_speed_times_every_tool_the_same_number_of_times(monkeypatch: pytest.MonkeyPatch):
    calls = {"ours": 0, "dateparser": 0}

    def ours(text, reference):
        calls["ours"] += 1
        return []

    def search_dates(text, languages, settings):
        calls["dateparser"] += 1

    monkeypatch.setattr(speed, "annotate", ours)
    monkeypatch.setitem(sys.modules, "dateparser", types.ModuleType("dateparser"))
    monkeypatch.setitem(sys.modules, "dateparser.search", types.SimpleNamespace(search_dates=search_dates))
    docs = [{"text": "Talks resume on Monday.", "dct": "2023-02-19"}] * 2
    figures = speed.throughput(docs, repeat=3)
    assert calls["ours"] == calls["dateparser"] == 2 * (1 + 3)  # one warm-up, then best of 3, per document
    assert figures["repeat"] == 3
    assert figures["ratio"] == pytest.approx(figures["dateparser_s"] / figures["ours_s"])


def test_heideltime_alignment_keeps_its_place_when_the_context_is_not_found():
    text = "The delegations from both sides met on Monday in Geneva and returned  on Monday."
    # HeidelTime's output collapsed the double space, so the words before the second tag are not in the text
    timeml = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
              'The delegations from both sides met on <TIMEX3 tid="t1" type="DATE" value="2023-02-13">Monday</TIMEX3>'
              ' in Geneva and returned on <TIMEX3 tid="t2" type="DATE" value="2023-02-20">Monday</TIMEX3>.\n'
              '</TimeML>\n')
    found = heideltime_runner.align(timeml, text)
    first, second = text.index("Monday"), text.rindex("Monday")
    assert [(t.start, t.end, t.value) for t in found] == [(first, first + 6, "2023-02-13"),
                                                          (second, second + 6, "2023-02-20")]


def test_run_labels_each_figure_with_the_set_it_was_measured_on(monkeypatch: pytest.MonkeyPatch, capsys):
    for module in (run.timex, run.speed, run.semeval2015, run.load, run.nlp_model, run.pipeline_speed,
                   run.events_detection, run.events_gold, run.merge_generated, run.ingest_scale):
        monkeypatch.setattr(module, "main", lambda *args, **kwargs: None)
    run.main()
    lines = capsys.readouterr().out.splitlines()
    headers = [line for line in lines if line.startswith("==")]
    assert headers and all("measured on" in line for line in headers), headers
    published = [line for line in lines if "7.85" in line]
    assert published and all("published, other set, not comparable" in line for line in published), published


def test_pipeline_scaling_slope_and_article_sizes():
    from benchmarks import pipeline_speed

    rows = [(1_000, 0.01), (10_000, 0.1), (100_000, 1.0)]
    assert pipeline_speed.slope(rows) == pytest.approx(1.0)
    assert pipeline_speed.slope([(1_000, 0.01), (10_000, 1.0)]) == pytest.approx(2.0)
    batch = pipeline_speed.articles(5)
    assert all(3_000 <= len(a.text) <= 5_000 for a in batch), [len(a.text) for a in batch]
    assert len({a.text for a in batch}) == 5
    assert len(pipeline_speed.text_of(500_000)) > 490_000


def test_ingest_scale_out_is_printed_with_its_database_workers_articles_and_spread(monkeypatch, capsys):
    from benchmarks.load import CpuShare, print_ingest

    monkeypatch.setenv("BENCH_DATABASE_URL", "postgresql://bench")
    before = ({10: (1, 5.0, "celery"), 11: (10, 1.0, "celery"), 20: (1, 3.0, "postgres")}, 100.0, 1.0)
    after = ({10: (1, 5.5, "celery"), 11: (10, 9.0, "celery"), 12: (10, 7.5, "celery"),  # 12 forked meanwhile
              20: (1, 4.0, "postgres"), 30: (1, 2.0, "python")}, 130.0, 3.0)
    share = CpuShare.between(before, after, 10, elapsed=10.0, count=20)
    assert (share.workers, share.postgresql, share.others, share.queued) == (16.0, 1.0, 2.0, 2.0)
    assert share.unseen == pytest.approx(30.0 - 16.0 - 1.0 - 2.0)  # busy time of no process seen here
    print_ingest({"inline": 100.0, "articles": 20, "label": "varied", "celery_1_workers": [60.0, 50.0, 70.0],
                  "celery_2_workers": [90.0, 80.0, 120.0], "cpu_1_workers": [share] * 3, "cpu_2_workers": [share] * 3})
    out = capsys.readouterr().out
    assert "database PostgreSQL, 20 articles (varied), 3 runs each" in out
    assert "1 worker:  median 60 (runs 60, 50, 70)" in out and "2 workers: median 90 (runs 90, 80, 120)" in out
    assert "1.50x of the medians (run by run 1.50, 1.60, 1.71" in out
    assert "cores the workers got, median 1.60" in out and "projection" in out
