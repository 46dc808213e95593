"""Tagger rules taken from the TimeML TIMEX3 guidelines and general English, one row per rule.

Every row is a sentence of our own (none from a benchmark set): (text, reference, span, type, value[, mod]).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from service.temporal import annotate
from service.temporal.timeml import timeml_view

THURSDAY = date(2024, 3, 14)


def found(text: str, reference: date = THURSDAY) -> list[tuple[str, str, str, str | None]]:
    return [(e.text, e.type, e.value, e.mod) for e in annotate(text, reference)]


def assert_tags(text: str, expected: tuple, reference: date = THURSDAY) -> None:
    span, kind, value, *mod = expected
    assert (span, kind, value, mod[0] if mod else None) in found(text, reference), found(text, reference)


@pytest.mark.parametrize("text, expected", [
    ("The talks dragged on for nearly eight months.", ("nearly eight months", "DURATION", "P8M", "LESS_THAN")),
    ("The drought has lasted almost a year.", ("almost a year", "DURATION", "P1Y", "LESS_THAN")),
    ("He has coached the side for over a decade.", ("over a decade", "DURATION", "P10Y", "MORE_THAN")),
    ("The vote took more than 14 hours.", ("more than 14 hours", "DURATION", "PT14H", "MORE_THAN")),
    ("She swam the channel in just over 11 hours.", ("just over 11 hours", "DURATION", "PT11H", "MORE_THAN")),
    ("Healing takes about two weeks.", ("about two weeks", "DURATION", "P2W", "APPROX")),
    ("The checks could take up to three weeks.", ("up to three weeks", "DURATION", "P3W", "EQUAL_OR_LESS")),
    ("Patients stayed for at least six months.", ("at least six months", "DURATION", "P6M", "EQUAL_OR_MORE")),
    ("The ceasefire held for less than a day.", ("less than a day", "DURATION", "P1D", "LESS_THAN")),
    ("The shelter opened around 3 a.m. Friday.", ("around 3 a.m. Friday", "TIME", "2024-03-08T03:00", "APPROX")),
])
def test_modifiers_are_inside_the_expression_with_a_mod(text, expected):
    assert_tags(text, expected)


def test_over_as_a_preposition_is_not_a_modifier():
    assert_tags("The firm will cut 900 jobs over two years.", ("two years", "DURATION", "P2Y"))


@pytest.mark.parametrize("text, expected", [
    ("The club signed a 30-year lease on the ground.", ("30-year", "DURATION", "P30Y")),
    ("Dockers began a two-day strike.", ("two-day", "DURATION", "P2D")),
    ("It ended an eight-month stand-off.", ("eight-month", "DURATION", "P8M")),
])
def test_the_article_of_the_noun_stays_out_of_an_adjectival_duration(text, expected):
    assert_tags(text, expected)


@pytest.mark.parametrize("text", [
    "A 40-year-old pilot landed the plane safely.",
    "The 67-year-old was taken to hospital.",
    "They tore down a centuries-old barn.",
    "Police questioned a six-month-old puppy's owner.",
])
def test_ages_are_not_temporal_expressions(text):
    assert [t for t in found(text) if t[1] == "DURATION"] == []


@pytest.mark.parametrize("text", [
    "The Russell 2000 fell 2 percent.",
    "Holders of the Airbus 1900 model were told to check the valves.",
])
def test_a_number_named_by_the_capitalised_word_before_it_is_no_year(text):
    assert found(text) == []


def test_a_year_after_a_capitalised_preposition_is_still_a_year():
    assert_tags("Since 2019 the index has doubled.", ("2019", "DATE", "2019"))


@pytest.mark.parametrize("text, expected", [
    ("The index stood at 4,210 at 09:15 GMT.", ("09:15 GMT", "TIME", "2024-03-14T09:15Z")),
    ("Trading halted at 14:02 UTC.", ("14:02 UTC", "TIME", "2024-03-14T14:02Z")),
    ("Brent was at $84 a barrel as of 11:30 GMT.", ("11:30 GMT", "TIME", "2024-03-14T11:30Z")),
    ("The market closed at 4 p.m. EDT.", ("4 p.m. EDT", "TIME", "2024-03-14T16:00-04")),
    ("Shares rose in afternoon trading.", ("afternoon", "TIME", "2024-03-14TAF")),
    ("The yen slipped in morning trade.", ("morning", "TIME", "2024-03-14TMO")),
])
def test_times_of_day_carry_their_zone_and_trading_sessions_are_parts_of_the_day(text, expected):
    assert_tags(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("She finished in 2:41:09 to take the title.", ("2:41:09", "DURATION", "PT2H41M9S")),
    ("The rescue took hours.", ("hours", "DURATION", "PTXH")),
    ("Fans queued for days outside the stadium.", ("days", "DURATION", "PXD")),
])
def test_clock_and_vague_durations(text, expected):
    assert_tags(text, expected)


def test_a_clock_time_with_seconds_after_at_is_a_time():
    assert_tags("The quake struck at 10:15:30 local time.", ("10:15:30 local time", "TIME", "2024-03-14T10:15:30"))


@pytest.mark.parametrize("text, expected", [
    ("Shares fell in the recent sell-off.", ("recent", "DATE", "PAST_REF")),
    ("A recent survey found the opposite.", ("recent", "DATE", "PAST_REF")),
    ("Before long, the rival will catch up.", ("Before long", "DATE", "FUTURE_REF")),
    ("In the longer run, prices should ease.", ("the longer run", "DATE", "FUTURE_REF")),
    ("In the long term the plan pays off.", ("the long term", "DATE", "FUTURE_REF")),
    ("Rates will stay on hold for now.", ("now", "DATE", "PRESENT_REF")),
    ("The firm currently employs 400 people.", ("currently", "DATE", "PRESENT_REF")),
    ("The present slowdown worries lenders.", ("present", "DATE", "PRESENT_REF")),
    ("Until recently, the mine ran at a loss.", ("recently", "DATE", "PAST_REF")),
    ("Floods will grow worse in the coming decades.", ("the coming decades", "DATE", "FUTURE_REF")),
])
def test_past_present_and_future_references(text, expected):
    assert_tags(text, expected)


@pytest.mark.parametrize("text", [
    "Shoppers used buy-now-pay-later plans.",
    "The present was wrapped in red paper.",
    "The minister will present the plan.",
])
def test_reference_words_that_are_not_temporal(text):
    assert [t for t in found(text) if t[2].endswith("_REF")] == []


@pytest.mark.parametrize("text, expected", [
    ("The plant could reopen in September.", ("September", "DATE", "2024-09")),
    ("The board said it would pay a special dividend in December.", ("December", "DATE", "2024-12")),
    ("The firm said it would report results on January 30.", ("January 30", "DATE", "2025-01-30")),
    ("The shortage might last until Halloween.", ("Halloween", "DATE", "2024-10-31")),
    ("They said they would sue before Christmas.", ("Christmas", "DATE", "2024-12-25")),
    ("The plant could have reopened in February.", ("February", "DATE", "2024-02")),
])
def test_a_modal_clause_points_forward_unless_it_is_perfect(text, expected):
    assert_tags(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Prices were lower three months ago.", ("three months ago", "DATE", "2023-12")),
    ("A decade ago the town had no station.", ("A decade ago", "DATE", "201")),
    ("The probe will arrive a year later than planned.", ("a year", "DURATION", "P1Y")),
])
def test_offsets_take_the_precision_of_their_unit(text, expected):
    assert_tags(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("The council meets twice a month.", ("twice a month", "SET", "P1M")),
    ("He walks the dog every evening.", ("every evening", "SET", "XXXX-XX-XXTEV")),
    ("The fund pays a yearly dividend.", ("yearly", "SET", "P1Y")),
    ("Trains ran every 30 minutes.", ("every 30 minutes", "SET", "PT30M")),
])
def test_sets(text, expected):
    assert_tags(text, expected)


@pytest.mark.parametrize("text, reference, expected", [
    ("It won the cup in the autumn of 1998.", THURSDAY, ("the autumn of 1998", "DATE", "1998-FA")),
    ("Last winter was mild.", date(2025, 1, 22), ("Last winter", "DATE", "2023-WI")),
    ("The label thrived in the 1970s.", THURSDAY, ("the 1970s", "DATE", "197")),
    ("The club has not won since '94.", THURSDAY, ("'94", "DATE", "1994")),
    ("The firm reports fourth-quarter results soon.", THURSDAY, ("fourth-quarter", "DATE", "2024-Q4")),
    ("Second-half sales will be stronger.", THURSDAY, ("Second-half", "DATE", "2024-H2")),
    ("Shoppers spent heavily on Cyber Monday.", date(2024, 12, 3), ("Cyber Monday", "DATE", "2024-12-02")),
    ("Queues formed before dawn on Black Friday.", date(2024, 12, 3), ("Black Friday", "DATE", "2024-11-29")),
    ("Fares rose over the weekend.", THURSDAY, ("the weekend", "DATE", "2024-W10-WE")),
    ("Gusts will ease by the weekend.", THURSDAY, ("the weekend", "DATE", "2024-W11-WE")),
    ("February was the wettest on record.", THURSDAY, ("February", "DATE", "2024-02")),
])
def test_calendar_names(text, reference, expected):
    assert_tags(text, expected, reference)


def test_an_adjectival_participle_is_no_past_tense_cue():
    assert_tags("Christmas Eve is the last day for guaranteed delivery.", ("Christmas Eve", "DATE", "2024-12-24"),
                date(2024, 12, 3))


def test_a_bare_clock_time_takes_the_day_of_a_date_in_the_sentence_before():
    text = "The marathon was run on Sunday. The race started at 7 a.m. in light rain."
    assert_tags(text, ("7 a.m.", "TIME", "2024-03-10T07:00"))


@pytest.mark.parametrize("text, parts", [
    ("Bribes were paid between 2016 and 2020.", [("2016", "2016"), ("2020", "2020")]),
    ("The exhibition runs from May 3 to June 9.", [("May 3", "2024-05-03"), ("June 9", "2024-06-09")]),
    ("Rates rose from March to May last year.", [("March", "2023-03"), ("May last year", "2023-05")]),
])
def test_a_range_keeps_one_interval_and_gives_its_two_ends_for_the_timeml_view(text, parts):
    expressions = annotate(text, THURSDAY)
    ranges = [e for e in expressions if e.parts]
    assert len(ranges) == 1 and ranges[0].precision == "range"
    view = timeml_view(expressions)
    assert [(e.text, e.value) for e in view] == parts
    assert all(text[e.start:e.end] == e.text for e in view)


def test_cli_annotate_timeml_switch(capsys, monkeypatch):
    import io

    from service import cli

    monkeypatch.setattr("sys.stdin", io.StringIO("Bribes were paid between 2016 and 2020."))
    assert cli.main(["annotate", "--reference", "2024-03-14", "--timeml"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [e["text"] for e in printed["expressions"]] == ["2016", "2020"]


def test_an_event_is_named_by_its_year():
    assert_tags("Delegates met at the Climate Summit 2023 in Dubai.", ("2023", "DATE", "2023"))


def test_a_state_lasting_until_a_weekday_ends_at_the_coming_one():
    assert_tags("Storms closed the port and halted ferries until Saturday.", ("Saturday", "DATE", "2024-03-16"))


def test_a_clock_time_does_not_take_a_day_on_the_other_side_of_its_tense():
    text = "The vote is set for next Tuesday. Oil rose 1 percent as of 11:30 GMT."
    assert_tags(text, ("11:30 GMT", "TIME", "2024-03-14T11:30Z"))


def test_a_clock_time_ignores_dates_more_than_a_week_away():
    text = "The firm was founded on May 2, 1990. Its shares opened at 9:30 a.m."
    assert_tags(text, ("9:30 a.m.", "TIME", "2024-03-14T09:30"))


@pytest.mark.parametrize("text, expected", [
    ("Shares rose earlier today.", ("earlier today", "DATE", "2024-03-14")),
    ("The vote comes later today.", ("later today", "DATE", "2024-03-14")),
    ("Sales peaked in the early 2000s.", ("the early 2000s", "DATE", "200", "START")),
    ("Prices rose in early 2023.", ("early 2023", "DATE", "2023", "START")),
    ("Analysts cut their March figures.", ("March", "DATE", "2024-03")),
])
def test_extents_by_the_guidelines(text, expected):
    assert_tags(text, expected)


@pytest.mark.parametrize("text, spans", [
    ("Apple shares jump Monday\nJune 8, 2010\nApple rose.", ["Monday", "June 8, 2010"]),
    ("The talks ended at 5 p.m.\nMonday, June 7 was quiet.", ["5 p.m.", "Monday, June 7"]),
])
def test_no_expression_crosses_a_line_break(text, spans):
    assert [e.text for e in annotate(text, date(2010, 6, 8))] == spans


def test_a_fiscal_quarter_keeps_fiscal_in_its_extent():
    assert_tags("The company reported its fiscal third quarter.", ("fiscal third quarter", "DATE", "2024-Q3"))


@pytest.mark.parametrize("text, expected", [
    ("The treaty, signed in February, would cut tariffs.", ("February", "DATE", "2024-02")),
    ("In September, the plant could reopen.", ("September", "DATE", "2024-09")),
])
def test_a_cue_in_the_expressions_own_clause_outweighs_one_beyond_a_comma(text, expected):
    assert_tags(text, expected)


@pytest.mark.parametrize("text, expected", [
    # TIMEX3 anchors an anaphoric expression to the time it refers back to, not to the document's date
    ("The 2020 exams were cancelled after schools closed in March of that year.",
     ("March of that year", "DATE", "2020-03")),
    ("The plant opened in 2015. Later that year it was sold.", ("Later that year", "DATE", "2015")),
    ("He joined the board in 2012 and left the same year.", ("the same year", "DATE", "2012")),
    ("Sales fell in the third quarter of 2023. A year earlier they had risen.", ("A year earlier", "DATE", "2022")),
    ("Profit rose on 3 May 2021. A year earlier it had fallen.", ("A year earlier", "DATE", "2020")),
])
def test_anaphoric_years_lean_on_the_last_date_given(text, expected):
    assert_tags(text, expected)


def test_that_year_with_no_date_before_it_is_not_guessed():
    assert found("That year was a hard one for the club.") == []
