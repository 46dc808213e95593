"""The benchmark scorers on small cases worked out by hand."""

from __future__ import annotations

from benchmarks.tempeval import Timex, score_document
from benchmarks.timeline_scorer import Awareness, Line, build_graph, closure, parse_timeline, reduced


def test_tempeval_strict_relaxed_value_and_type():
    gold = [Timex(0, 8, "DATE", "2023-02-18"), Timex(20, 30, "DATE", "2023-11"), Timex(40, 45, "DURATION", "P2W")]
    system = [Timex(0, 8, "DATE", "2023-02-18"), Timex(17, 30, "DATE", "2022-11"), Timex(50, 55, "DATE", "2023")]
    scores = score_document(gold, system).summary()
    assert (scores["strict_p"], scores["relaxed_p"], scores["relaxed_r"]) == (1 / 3, 2 / 3, 2 / 3)
    assert scores["value_accuracy"] == 0.5 and scores["type_accuracy"] == 1.0
    assert abs(scores["value_f1"] - 0.5 * 2 / 3) < 1e-9


def test_timeline_graph_closure_and_reduction():
    lines = [Line(1, "2020-01-01", ["d-1-a"]), Line(2, "2020-02", ["d-2-b", "d-3-c"]), Line(3, "XXXX-XX-XX", ["d-4-d"])]
    graph = build_graph(lines)
    relations = closure(graph)
    assert ("BEFORE", "d-1-a", "d-4-d") in relations  # transitively
    assert ("SIMULTANEOUS", "d-2-b", "d-3-c") in relations
    assert ("SIMULTANEOUS", "d-1-a", "t:2020-01-01") in relations
    small = reduced(graph)
    assert ("BEFORE", "d-1-a", "d-4-d") not in small and len(small) < len(relations)


def test_awareness_perfect_partial_and_order_independent():
    gold = parse_timeline("target\n1\t2020-01-01\td-1-a\n2\t2020-02-03\td-2-b\n3\t2020-03\td-3-c\n")
    perfect = Awareness()
    perfect.add(gold, gold)
    assert perfect.summary() == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    swapped = parse_timeline("target\n1\t2020-02-03\td-2-b\n2\t2020-01-01\td-1-a\n")
    partial = Awareness()
    partial.add(gold, swapped)
    summary = partial.summary()
    assert 0 < summary["precision"] < 1 and 0 < summary["recall"] < 1
    again = Awareness()
    again.add(gold, list(reversed(swapped)))
    assert again.summary() == summary
