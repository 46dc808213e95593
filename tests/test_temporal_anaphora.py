"""Anaphoric dates ('the following day', 'that month', 'a week later') lean on the date the text gave before them.

TIMEX3 anchors an anaphoric expression to the most recent suitable temporal expression of the discourse, not to
the publication date. Every text here is our own, none from a gold or benchmark set.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from service.temporal import Expression, annotate

MONDAY = date(2024, 5, 20)


def tagged(text: str, reference: date = MONDAY) -> dict[str, Expression]:
    return {e.text: e for e in annotate(text, reference)}


@pytest.mark.parametrize("reference, text, span, value, precision", [
    # politics: a weekday read back from a Monday publication, then the day after it
    (date(2023, 6, 12), "The senate passed the bill on Thursday and the governor signed it the following day.",
     "the following day", "2023-06-09", "day"),
    # technology: an explicit day, then an offset in days
    (date(2024, 5, 22), "Intruders entered the network on April 9. Engineers spotted them four days later.",
     "four days later", "2024-04-13", "day"),
    # shipping: a year is enough for 'the following year'
    (date(2021, 11, 5), "The ferry operators discussed a tie-up in 2015, and the following year Baltline bought "
                        "a stake in its rival.", "the following year", "2016", "year"),
    # industry: 'March 2019' plus years keeps the month
    (MONDAY, "The smelter opened in June 2016 and shut down three years later.", "three years later", "2019-06",
     "month"),
    # finance, future tense: the antecedent is itself read from the publication date
    (MONDAY, "The bank will publish its accounts on Thursday; the following day its governor will brief analysts.",
     "the following day", "2024-05-24", "day"),
    # sport
    (MONDAY, "The club sacked its coach on 2 March 2022. The next day, the captain resigned.", "The next day",
     "2022-03-03", "day"),
    # culture
    (MONDAY, "The museum reopened on 14 September 2021. The day before, curators had rehung the collection.",
     "The day before", "2021-09-13", "day"),
    # weather
    (MONDAY, "Floodwater reached the town on 8 January 2024, after the river burst its banks the previous day.",
     "the previous day", "2024-01-07", "day"),
    # labour: the ISO week after the antecedent's
    (MONDAY, "The strike began on Tuesday, 5 March 2024. The following week, the union accepted a deal.",
     "The following week", "2024-W11", "week"),
    # health
    (MONDAY, "The recall was announced on 10 October 2023, and the following month the regulator opened an inquiry.",
     "the following month", "2023-11", "month"),
    # ports: the first Monday after a Friday
    (MONDAY, "The ship docked on Friday, 3 February 2023, and was unloaded the following Monday.",
     "the following Monday", "2023-02-06", "day"),
    # elections: 'a week later' after a day is a day (TIMEX3), not the week around it
    (MONDAY, "Voters went to the polls on 4 July 2024. A week later the count was certified.", "A week later",
     "2024-07-11", "day"),
    # music
    (MONDAY, "The festival was cancelled in August 2022; two months earlier the headliner had withdrawn.",
     "two months earlier", "2022-06", "month"),
    # crime
    (MONDAY, "Police arrested the suspect on 12 May 2023 and charged him the same day.", "the same day",
     "2023-05-12", "day"),
    # education
    (MONDAY, "Heavy snow fell on 3 December 2022. Every school in the county closed that day.", "that day",
     "2022-12-03", "day"),
    # aviation
    (MONDAY, "The airline grounded its fleet on 2 November 2023 and later that month cut 400 jobs.",
     "later that month", "2023-11", "month"),
    # economics
    (MONDAY, "Prices peaked in March 2022. That month, the central bank raised rates twice.", "That month",
     "2022-03", "month"),
    # courts
    (MONDAY, "The verdict came on 21 June 2024. A day earlier, the jury had asked for guidance.", "A day earlier",
     "2024-06-20", "day"),
])
def test_an_anaphor_takes_the_last_suitable_date(reference, text, span, value, precision):
    expr = tagged(text, reference)[span]
    assert (expr.type, expr.value, expr.precision) == ("DATE", value, precision), expr.rule
    assert "previous date in the text" in expr.rule


def test_anaphors_chain_on_each_other():
    found = tagged("The dig started on 1 May 2023. The next day, a wall was found. The following day, a coin.")
    assert [found["The next day"].value, found["The following day"].value] == ["2023-05-02", "2023-05-03"]


def test_later_that_month_starts_at_its_antecedent():
    expr = tagged("The airline grounded its fleet on 2 November 2023 and later that month cut 400 jobs.")[
        "later that month"]
    assert (expr.earliest, expr.latest) == (date(2023, 11, 2), date(2023, 11, 30))


def test_the_new_rules_have_ids_of_their_own():
    found = annotate("Talks began on 3 May 2023. The following day they stalled; the following Monday and "
                     "later that week they resumed.", MONDAY)
    assert [e.parser for e in found] == ["day_month", "anaphoric_period", "anaphoric_weekday", "anaphoric_same"]
    assert all(e.rule.startswith(e.parser + ": ") for e in found)


# negative cases: what is not an anaphor, or has nothing to lean on, keeps the reading it had


def test_a_duration_stays_a_duration():
    assert [(e.text, e.type, e.value) for e in annotate("The trial lasted four days.", MONDAY)] == \
        [("four days", "DURATION", "P4D")]


def test_an_offset_with_no_date_before_it_still_counts_from_the_reference():
    expr = tagged("Four days later the company said it had fixed the fault.")["Four days later"]
    assert expr.value == (MONDAY + timedelta(days=4)).isoformat()


@pytest.mark.parametrize("text", [
    "That day will come, the coach said.",  # nothing before it
    "Ministers met on 9 May 2023, the day before the vote.",  # leans on an event, not a date
    "Shares fell on 3 May 2023. A broker said that day traders had fled.",  # 'day traders'
    "The vote was held on 3 May 2023, the same day as the local elections.",  # 'the same day as' an event
    # the antecedent is more than two sentences back: background the story has moved on from
    "The firm was founded on 2 March 1998. It grew fast. It hired hundreds. It opened ten shops. That day is a legend.",
])
def test_no_anaphoric_date_without_a_near_antecedent(text):
    assert not any(e.parser.startswith("anaphoric") for e in annotate(text, MONDAY))
    assert not any(word in e.text.lower() for e in annotate(text, MONDAY) for word in ("that day", "day before",
                                                                                      "same day"))


def test_the_next_day_is_not_read_from_the_publication_date():
    found = annotate("The next day, the shop reopened.", MONDAY)
    assert not any(e.type == "DATE" for e in found)


def test_a_year_gives_no_day_to_follow():
    found = tagged("The law was passed in 2019. The following day it took effect.")
    assert found["The following day"].type != "DATE"


def test_over_the_following_year_is_a_duration():
    expr = tagged("The works began on 3 April 2023. Over the following year, costs doubled.")["the following year"]
    assert (expr.type, expr.value) == ("DURATION", "P1Y")


def test_the_following_monday_with_nothing_before_it_is_the_weekday_it_was():
    found = tagged("Talks will resume the following Monday.")  # written on a Monday: that day (see test_temporal)
    assert found["Monday"].parser == "weekday" and found["Monday"].value == "2024-05-20"


def test_a_month_without_its_year_is_not_carried_over_years():
    # "the three months to December": the month ends a period, so "a year earlier" stays a year
    expr = tagged("The group earned more in the three months to December than a year earlier.", date(2025, 2, 7))[
        "a year earlier"]
    assert (expr.value, expr.precision) == ("2023", "year")


def test_the_next_day_or_two_is_a_stretch_ahead():
    found = annotate("The talks ended on 3 May 2023. A ruling is due in the next day or two.", MONDAY)
    assert not any(e.parser.startswith("anaphoric") for e in found)


def test_an_anaphoric_day_takes_a_clock_time():
    expr = tagged("The storm hit on 3 May 2023. By the following day at 9 a.m. power was back.")[
        "the following day at 9 a.m."]
    assert (expr.type, expr.value) == ("TIME", "2023-05-04T09:00")
