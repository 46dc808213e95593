"""The timeline on the project's own gold articles (tests/gold/events, invented news in several
domains): the share of entries a reader would accept, and of the annotated events found.

The thresholds sit just under the figures measured when the event layer was rebuilt (see the
closing note and `make bench`); a change that loses entries or dates fails here.
"""

from __future__ import annotations

import pytest

from benchmarks.events_gold import readable, same_date, score

# measured on the shipped pipeline at the end of stop 26: dev and dev2 to dev7 were looked at while building,
# held-out was never read, unseen was studied in stops 16 and 17, fresh (written in stop 16 by a hand that never ran
# the system) was not read, fresh2 to fresh5 and fresh7 to fresh13 were each written by such a hand, measured once,
# then studied (fresh2 in stop 18, fresh3 and fresh4 in stop 19, fresh5 in stop 20, fresh7 in stop 22, fresh8 and
# fresh9 in stop 24, fresh10 and fresh11 in stop 25, fresh12 and fresh13 in stop 26), fresh6 (written in stop 20) was
# measured at the end of stops and some of its missed events read at stop 24, and fresh14 and fresh15 (stop 26,
# mainstream news) were measured at its end, never read.
# Right / found: dev 90/88, held-out 87/77, unseen 85/79, fresh 86/81, dev2 86/79, fresh2 77/72, fresh3 86/85, dev3
# 89/82, fresh4 82/74, fresh5 86/81, fresh6 78/68, dev4 89/78, dev5 89/82, fresh7 76/71, dev6 75/70, fresh8 81/71, dev7
# 78/77, fresh9 76/65, fresh10 81/75, fresh11 77/74, fresh12 77/72, fresh13 84/75, fresh14 74/67, fresh15 69/64
FLOORS = {"dev": {"right": 0.87, "found": 0.85, "non_events": 2},
          "heldout": {"right": 0.84, "found": 0.74, "non_events": 2},
          "unseen": {"right": 0.82, "found": 0.76, "non_events": 4},
          "fresh": {"right": 0.83, "found": 0.78, "non_events": 4},
          "dev2": {"right": 0.83, "found": 0.76, "non_events": 2},
          "fresh2": {"right": 0.74, "found": 0.69, "non_events": 4},
          "fresh3": {"right": 0.83, "found": 0.82, "non_events": 2},
          "dev3": {"right": 0.86, "found": 0.79, "non_events": 2},
          "fresh4": {"right": 0.79, "found": 0.71, "non_events": 2},
          "fresh5": {"right": 0.83, "found": 0.78, "non_events": 3},
          "fresh6": {"right": 0.75, "found": 0.65, "non_events": 8},
          "dev4": {"right": 0.86, "found": 0.74, "non_events": 3},
          "dev5": {"right": 0.86, "found": 0.79, "non_events": 4},
          "fresh7": {"right": 0.73, "found": 0.68, "non_events": 6},
          "dev6": {"right": 0.72, "found": 0.67, "non_events": 2},
          "fresh8": {"right": 0.78, "found": 0.68, "non_events": 5},
          "dev7": {"right": 0.75, "found": 0.74, "non_events": 14},
          "fresh9": {"right": 0.73, "found": 0.62, "non_events": 7},
          "fresh10": {"right": 0.78, "found": 0.72, "non_events": 6},
          "fresh11": {"right": 0.74, "found": 0.71, "non_events": 7},
          "fresh12": {"right": 0.74, "found": 0.69, "non_events": 9},
          "fresh13": {"right": 0.81, "found": 0.72, "non_events": 4},
          "fresh14": {"right": 0.71, "found": 0.64, "non_events": 8},
          "fresh15": {"right": 0.66, "found": 0.61, "non_events": 10}}



@pytest.mark.parametrize("split", list(FLOORS))
def test_gold_articles_give_right_entries(split):
    tally = score(split)
    assert tally.entries >= 30
    assert tally.right / tally.entries >= FLOORS[split]["right"], tally.line()
    assert tally.found / tally.gold >= FLOORS[split]["found"], tally.line()
    assert tally.non_events <= FLOORS[split]["non_events"], tally.line()


def test_the_scorer_on_cases_worked_by_hand():
    assert same_date("2024-03-14", "2024-03-14") and same_date("2024-03-14TMO", "2024-03-14")
    assert same_date("2025-W17-WE", "2025-W17")
    assert not same_date("2025-03", "2025") and not same_date(None, "2025")
    assert same_date("2016-SP", "2016") and not same_date("2016-SP", "2016-03") and not same_date("2017-SP", "2016")
    assert readable("Regulator approved merger of two airlines", ["approv", "merg"])
    assert not readable("Regulator approved", ["approv", "merg"])
    assert not readable("Merger", ["merg"])  # one word is no title


def test_an_entry_names_its_event_by_the_noun_or_the_verb_that_carries_it():
    from datetime import date

    from benchmarks.events_gold import score_article

    text = "The council's cabinet launched a six-week consultation on Thursday."
    gold = {"text": text, "published": "2022-02-14", "events": [
        {"trigger": "launched", "occurrence": 1, "date": "2022-02-10", "status": "occurred",
         "title_words": ["consultation"]}]}
    tally = score_article(gold)
    assert (tally.entries, tally.right, tally.found) == (1, 1, 1), tally.line()
    assert date(2022, 2, 10).weekday() == 3  # the Thursday before the Monday of publication
