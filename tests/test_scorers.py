"""The benchmark scorers on small cases worked out by hand."""

from __future__ import annotations

import pytest

from benchmarks.tempeval import Timex, score_document
from benchmarks.timeline_scorer import (
    Awareness,
    parse_timeline,
    score_directories,
    time_graph,
    timeline_links,
)


def test_tempeval_strict_relaxed_value_and_type():
    gold = [Timex(0, 8, "DATE", "2023-02-18"), Timex(20, 30, "DATE", "2023-11"), Timex(40, 45, "DURATION", "P2W")]
    system = [Timex(0, 8, "DATE", "2023-02-18"), Timex(17, 30, "DATE", "2022-11"), Timex(50, 55, "DATE", "2023")]
    scores = score_document(gold, system).summary()
    assert (scores["strict_p"], scores["relaxed_p"], scores["relaxed_r"]) == (1 / 3, 2 / 3, 2 / 3)
    assert scores["value_accuracy"] == 0.5 and scores["type_accuracy"] == 1.0
    assert abs(scores["value_f1"] - 0.5 * 2 / 3) < 1e-9




# Timelines: "event:x" is the event whose mentions are {x}, "date:d" the node of date string d.
# A link is (from, to, relation); S = SIMULTANEOUS, B = BEFORE in the comments.


def timeline(*rows: str) -> str:
    """A timeline file: the target line, then one row per line with spaces standing for tabs."""
    return "target\n" + "".join(row.replace(" ", "\t") + "\n" for row in rows)


def awareness(*pairs: tuple[str, str]) -> Awareness:
    total = Awareness()
    for gold, system in pairs:
        total.add(parse_timeline(gold), parse_timeline(system))
    return total


def counts(total: Awareness) -> tuple[int, int, int, int]:
    return total.precision_hits, total.precision_total, total.recall_hits, total.recall_total


def link(a: str, b: str, relation: str) -> tuple[str, str, str]:
    return (a if a.startswith("date:") else f"event:{a}", b if b.startswith("date:") else f"event:{b}",
            {"S": "SIMULTANEOUS", "B": "BEFORE"}[relation])


THREE = timeline("1 2010-01-01 a", "2 2010-02-01 b", "3 2010-03-01 c")  # 5 links, none redundant
TWO = timeline("1 2010 a", "2 2011 b")  # a S 2010, b S 2011, a B b


def test_links_natural_order_and_position_zero():
    # natural order: 9 before 10 (a string sort puts "10" first), and d-9-x before d-10-x within position 9;
    # the position 0 line is dropped
    lines = parse_timeline(timeline("10 2011 b", "9 2010 d-10-x", "0 XXXX-XX-XX z", "9 2010 d-9-x"))
    assert timeline_links(lines) == [
        link("d-9-x", "date:2010", "S"),
        link("d-10-x", "date:2010", "S"), link("d-9-x", "d-10-x", "S"),
        link("b", "date:2011", "S"), link("d-9-x", "b", "B"), link("d-10-x", "b", "B"),
    ]


def test_natural_sort_puts_position_10_after_9():
    # system positions 9 and 10 say a B b like gold's 1 and 2; sorted as strings "10" would come first,
    # b B a, and score 2/3 each way
    total = awareness((TWO, timeline("10 2011 b", "9 2010 a")))
    assert counts(total) == (3, 3, 3, 3)


def test_identical_timelines_score_one_even_with_contradictions():
    # links in writing order (A = event a, BC = event {b, c}):
    #  1 a S 2010 | 2 BC S 2010-06 | 3 a S BC | 4 d S XXXX | 5 a B d | 6 BC B d (implied) | 7 e S 2011 | 8 d B e
    #  9 f S 2011 (f joins e) | 10 e B f: contradicts (e S 2011 S f) | 11 g S XXXX (g joins d)
    #  12 f B g: contradicts (g S d B e S f)
    # reduced: SIMULTANEOUS forests 1 2 3 | 4 11 | 7 9, BEFORE 5 8, plus the contradicting 10 12: 11 links,
    # all written by the other side, so verified; from the closure alone 10 and 12 would fail (9/11)
    text = timeline("1 2010 a", "1 2010-06 b c", "2 XXXX-XX-XX d", "3 2011 e", "4 2011 f", "5 XXXX-XX-XX g",
                    "0 XXXX-XX-XX h")
    total = awareness((text, text))
    assert counts(total) == (11, 11, 11, 11)
    assert total.summary() == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_events_match_by_their_set_of_mentions():
    # gold: {a, b} S 2010, c S 2011, {a, b} B c. The same mentions in another order are the same event;
    # a subset is another event: a S 2010 and a B c fail both ways, 1/3 each
    gold = timeline("1 2010 a b", "2 2011 c")
    assert counts(awareness((gold, timeline("1 2010 b a", "2 2011 c")))) == (3, 3, 3, 3)
    assert counts(awareness((gold, timeline("1 2010 a", "2 2011 c")))) == (1, 3, 1, 3)


def test_one_swapped_pair():
    # gold a S d1, b S d2, a B b, c S d3, b B c; system (b first) b S d2, a S d1, b B a, c S d3, a B c
    # P: b B a fails, a B c holds in gold (a B b B c): 4/5; R: a B b fails, b B c holds (b B a B c): 4/5
    total = awareness((THREE, timeline("1 2010-02-01 b", "2 2010-01-01 a", "3 2010-03-01 c")))
    assert counts(total) == (4, 5, 4, 5)
    assert total.summary()["f1"] == pytest.approx(0.8)


def test_coarser_date_is_another_node():
    # system a S "2010-06" vs gold a S "2010-06-07": different nodes, that link fails both ways; 2/3 each
    gold = timeline("1 2010-06-07 a", "2 2010-06-08 b")
    total = awareness((gold, timeline("1 2010-06 a", "2 2010-06-08 b")))
    assert counts(total) == (2, 3, 2, 3)
    assert total.summary()["f1"] == pytest.approx(2 / 3)


def test_position_zero_is_ignored():
    # c at position 0 gives no link on either side; as position 0 < 1 it would add c S XXXX, c B a to gold
    gold = timeline("1 2010 a", "2 2011 b", "0 XXXX-XX-XX c")
    total = awareness((gold, timeline("1 2010 a", "0 2012 c", "2 2011 b")))
    assert counts(total) == (3, 3, 3, 3)


def test_simultaneous_group():
    # gold: a S 2010-06, b S 2010-06-07, a S b (same position), c S 2011, a B c, b B c (parallel to a B c)
    # reduced gold: the first four (a, b and two dates need three links) and a B c: 5
    # system splits the group: a S 2010-06, b S 2010-06-07, a B b, c S 2011, b B c (5, none redundant)
    # P: a B b fails (gold a S b): 4/5; R: a S b fails, a B c holds (a B b B c): 4/5
    gold = timeline("1 2010-06 a", "1 2010-06-07 b", "2 2011 c")
    total = awareness((gold, timeline("1 2010-06 a", "2 2010-06-07 b", "3 2011 c")))
    assert counts(total) == (4, 5, 4, 5)


def test_reduction_keeps_the_first_written_of_equivalent_links():
    # gold of test_simultaneous_group: of a B c and b B c (equivalent as a S b) the first written stays
    graph = time_graph(parse_timeline(timeline("1 2010-06 a", "1 2010-06-07 b", "2 2011 c")))
    assert graph.reduced == [link("a", "date:2010-06", "S"), link("b", "date:2010-06-07", "S"), link("a", "b", "S"),
                             link("c", "date:2011", "S"), link("a", "c", "B")]
    assert len(graph.written) == 6


def test_positions_sharing_a_date_string_become_simultaneous():
    # gold: a S 2010, b S 2010 (a S b through the date), then a B b contradicts: kept in reduced, not in closure
    # system puts both at one position: a S 2010, b S 2010, a S b (implied) -> reduced 2, both in gold's closure
    # R: a B b is neither in the system's closure (a S b) nor written by it: 2/3
    total = awareness((timeline("1 2010 a", "2 2010 b"), timeline("1 2010 a", "1 2010 b")))
    assert counts(total) == (2, 2, 2, 3)
    assert total.summary()["f1"] == pytest.approx(0.8)


def test_empty_system_timeline():
    total = awareness((TWO, timeline()))
    assert counts(total) == (0, 0, 0, 3)
    assert total.summary() == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_micro_average_over_two_timelines():
    # THREE scored against itself: 5/5 and 5/5; TWO against an empty system: 0/0 and 0/3
    # micro P = 5/5 = 1, R = 5/8, F1 = 2 * 5/8 / (1 + 5/8) = 10/13 (the mean of recalls would be 1/2)
    total = awareness((THREE, THREE), (TWO, ""))
    assert counts(total) == (5, 5, 5, 8)
    assert total.summary()["recall"] == 5 / 8
    assert total.summary()["f1"] == pytest.approx(10 / 13)


def test_directories_pair_timelines_by_file_name(tmp_path):
    # gold a.txt = THREE, b.txt = TWO; the system wrote only b.txt = TWO, so a.txt scores as empty:
    # P = 3/3, R = 3/(5 + 3), F1 = 2 * 3/8 / (1 + 3/8) = 6/11
    (tmp_path / "gold").mkdir()
    (tmp_path / "system").mkdir()
    (tmp_path / "gold" / "a.txt").write_text(THREE)
    (tmp_path / "gold" / "b.txt").write_text(TWO)
    (tmp_path / "system" / "b.txt").write_text(TWO)
    total = score_directories(tmp_path / "gold", tmp_path / "system")
    assert counts(total) == (3, 3, 3, 8)
    assert total.summary()["f1"] == pytest.approx(6 / 11)


def test_contradiction_in_system():
    # system: a S 2010, b S 2011, a B b, (a S 2010 again, written once), b B a: contradicts, kept in reduced
    # P: the first three hold in gold, b B a neither holds nor is written by gold: 3/4; R: 3/3
    contradictory = timeline("1 2010 a", "2 2011 b", "3 2010 a")
    total = awareness((TWO, contradictory))
    assert counts(total) == (3, 4, 3, 3)
    assert total.summary()["f1"] == pytest.approx(6 / 7)
    # against the same contradiction in gold, b B a is verified because gold wrote it: 4/4 both ways
    assert counts(awareness((contradictory, contradictory))) == (4, 4, 4, 4)
