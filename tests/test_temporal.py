"""The temporal tagger, behaviour by behaviour: rows of (text, reference, expected), read as a specification."""

from __future__ import annotations

from datetime import date

import pytest

from service.temporal import annotate, parse_when

SUNDAY = date(2023, 2, 19)


def only(text: str, reference: date = SUNDAY, **kwargs):
    found = annotate(text, reference, **kwargs)
    assert len(found) == 1, [(e.text, e.value) for e in found]
    return found[0]


@pytest.mark.parametrize("text, reference, value, span", [
    ("The bridge reopened on March 14.", date(2022, 3, 20), "2022-03-14", "March 14"),
    ("Voting closed on 4 Feb. 2021 at most stations.", SUNDAY, "2021-02-04", "4 Feb. 2021"),
    ("The recall began Feb 4th after complaints.", SUNDAY, "2023-02-04", "Feb 4th"),
    ("Filed 2019-07-30 in district court.", SUNDAY, "2019-07-30", "2019-07-30"),
    ("The fair opened on July 9 , 2014 in Leeds .", SUNDAY, "2014-07-09", "July 9 , 2014"),
    ("The accord was signed on the 3rd of May 1999.", SUNDAY, "1999-05-03", "the 3rd of May 1999"),
    ("Results came on Tuesday, September 12, 2017.", SUNDAY, "2017-09-12", "Tuesday, September 12, 2017"),
])
def test_absolute_and_partial_dates(text, reference, value, span):
    expr = only(text, reference)
    assert (expr.value, expr.text, expr.precision) == (value, span, "day")


@pytest.mark.parametrize("day_first, value", [(False, "2023-02-04"), (True, "2023-04-02")])
def test_numeric_dates_follow_the_configured_order(day_first, value):
    assert only("The notice is dated 02/04/2023.", day_first=day_first).value == value


@pytest.mark.parametrize("text, value, precision, edtf", [
    ("Sales fell in 2008 across the region.", "2008", "year", "2008"),
    ("Output recovered by October 2009.", "2009-10", "month", "2009-10"),
    ("Crime peaked in the 1990s.", "199", "decade", "199X"),
    ("Such bridges date from the 19th century.", "18", "century", "18XX"),
    ("Harvests failed in the summer of 2018.", "2018-SU", "season", "2018-22"),
    ("Profits rose in the third quarter of 2020.", "2020-Q3", "quarter", "2020-35"),
    ("Profits rose in Q1 2021.", "2021-Q1", "quarter", "2021-33"),
    ("Demand grew in the first half of 2022.", "2022-H1", "half", "2022-40"),
])
def test_periods(text, value, precision, edtf):
    expr = only(text)
    assert (expr.value, expr.precision, expr.edtf) == (value, precision, edtf)


@pytest.mark.parametrize("text, edtf, earliest, latest, mod", [
    ("Prices jumped in early 2021.", "2021-01/2021-04", "2021-01-01", "2021-04-30", "START"),
    ("The strike ends mid-March.", "2023-03-11/2023-03-20", "2023-03-11", "2023-03-20", "MID"),
    ("The plant closed at the start of last year.", "2022-01/2022-04", "2022-01-01", "2022-04-30", "START"),
    ("Rain returned late last month.", "2023-01-21/2023-01-31", "2023-01-21", "2023-01-31", "END"),
])
def test_parts_of_periods_narrow_bounds_and_say_so(text, edtf, earliest, latest, mod):
    expr = only(text)
    assert (expr.edtf, str(expr.earliest), str(expr.latest), expr.mod, expr.precision) == \
        (edtf, earliest, latest, mod, "part")


def test_a_scheduled_date_takes_the_nearest_year_whatever_the_tense():
    assert only("The visit planned for June 5-6 was postponed.", date(2022, 3, 10)).edtf == "2022-06-05/2022-06-06"
    assert only("The trip, which was supposed to take place on May 2, was called off.",
                date(2022, 5, 20)).value == "2022-05-02"


def test_year_of_a_partial_date_follows_the_reference_and_tense():
    assert only("The ministry said on March 20 it would act.", date(2022, 3, 21)).value == "2022-03-20"
    assert only("Elections will be held on January 8.", date(2022, 11, 30)).value == "2023-01-08"
    assert only("The factory burned on December 30.", date(2021, 1, 3)).value == "2020-12-30"


@pytest.mark.parametrize("text, reference, value", [
    ("The team won on Saturday after extra time.", SUNDAY, "2023-02-18"),        # past, day before
    ("The team won on Saturday after extra time.", date(2023, 2, 18), "2023-02-18"),  # same day
    ("The delegation will travel on Monday.", SUNDAY, "2023-02-20"),              # future: next Monday
    ("Voters went to the polls last Friday.", SUNDAY, "2023-02-17"),
    ("The minister resigned on Wednesday.", SUNDAY, "2023-02-15"),
    ("Talks are set to resume on Thursday.", SUNDAY, "2023-02-23"),
    # news names the day of writing by its weekday: "will travel on Sunday" in a Sunday paper is that day,
    # as "won on Saturday" in a Saturday paper is; "next Sunday" is the one after
    ("The delegation will travel on Sunday.", SUNDAY, "2023-02-19"),
    ("The delegation will travel next Sunday.", SUNDAY, "2023-02-26"),
])
def test_weekdays_by_tense(text, reference, value):
    assert only(text, reference).value == value


@pytest.mark.parametrize("text, value, precision", [
    ("The results came today.", "2023-02-19", "day"),
    ("The ferry sank yesterday.", "2023-02-18", "day"),
    ("Schools reopen tomorrow.", "2023-02-20", "day"),
    ("The board met last week.", "2023-W06", "week"),
    ("Inflation eased this month.", "2023-02", "month"),
    ("The river flooded earlier this month.", "2023-02", "month"),
    ("The mill closed last November.", "2022-11", "month"),
    ("The mine opened in February last year.", "2022-02", "month"),
    ("The treaty takes effect next year.", "2024", "year"),
    ("The station closed two weeks ago.", "2023-W05", "week"),
    ("Troops withdrew three days ago.", "2023-02-16", "day"),
    ("Prices have risen recently.", "PAST_REF", "open"),
    ("The line is now closed.", "PRESENT_REF", "day"),
])
def test_relative_expressions(text, value, precision):
    expr = only(text)
    assert (expr.value, expr.precision) == (value, precision)


def test_last_month_name_is_the_most_recent_before_the_reference_at_month_precision():
    expr = only("A summit took place last November in Lima.", date(2024, 2, 16))
    assert (expr.value, expr.edtf, str(expr.earliest), str(expr.latest)) == ("2023-11", "2023-11", "2023-11-01",
                                                                            "2023-11-30")
    assert "'last'" in expr.rule and "2024-02-16" in expr.rule


def test_earlier_this_month_is_bounded_by_the_reference():
    expr = only("Storms hit the coast earlier this month.")
    assert (str(expr.earliest), str(expr.latest)) == ("2023-02-01", "2023-02-19")


WEDNESDAY = date(2023, 2, 15)  # ISO week 2023-W07 runs Monday 13 to Sunday 19 February


@pytest.mark.parametrize("text, reference, value, earliest, latest", [
    # "this": the current week, cut at the reference
    ("It rained earlier this week.", WEDNESDAY, "2023-W07", "2023-02-13", "2023-02-15"),
    ("It will rain later this week.", WEDNESDAY, "2023-W07", "2023-02-15", "2023-02-19"),
    ("It rained earlier this week.", SUNDAY, "2023-W07", "2023-02-13", "2023-02-19"),
    ("It will rain later this week.", SUNDAY, "2023-W07", "2023-02-19", "2023-02-19"),
    # "last"/"next": a half of that week, whatever the reference's weekday (Thursday is the middle)
    ("It rained earlier last week.", SUNDAY, "2023-W06", "2023-02-06", "2023-02-09"),
    ("It rained later last week.", SUNDAY, "2023-W06", "2023-02-09", "2023-02-12"),
    ("It will rain earlier next week.", SUNDAY, "2023-W08", "2023-02-20", "2023-02-23"),
    ("It will rain later next week.", SUNDAY, "2023-W08", "2023-02-23", "2023-02-26"),
    ("It rained later last week.", WEDNESDAY, "2023-W06", "2023-02-09", "2023-02-12"),
    ("It will rain earlier next week.", WEDNESDAY, "2023-W08", "2023-02-20", "2023-02-23"),
])
def test_earlier_and_later_cut_the_week_they_name(text, reference, value, earliest, latest):
    expr = only(text, reference)
    assert (expr.value, str(expr.earliest), str(expr.latest)) == (value, earliest, latest)


@pytest.mark.parametrize("side", ["earlier", "later"])
@pytest.mark.parametrize("word", ["this", "last", "next"])
@pytest.mark.parametrize("unit", ["week", "month", "year", "decade", "century"])
@pytest.mark.parametrize("reference", [SUNDAY, WEDNESDAY, date(2024, 12, 31), date(2000, 1, 1)])
def test_earlier_and_later_stay_inside_the_period_named(side, word, unit, reference):
    whole = only(f"It happened {word} {unit}.", reference)
    part = only(f"It happened {side} {word} {unit}.", reference)
    assert whole.earliest <= part.earliest <= part.latest <= whole.latest
    assert part.earliest == whole.earliest if side == "earlier" else part.latest == whole.latest


def test_later_is_anchored_on_the_previous_date():
    found = annotate("The dam broke on June 3, 2015. Rescuers arrived three days later.", SUNDAY)
    assert [e.value for e in found] == ["2015-06-03", "2015-06-06"]
    assert "previous date" in found[1].rule


@pytest.mark.parametrize("text, edtf, earliest, latest", [
    ("The visit was planned for February 5-6.", "2023-02-05/2023-02-06", "2023-02-05", "2023-02-06"),
    ("The festival runs 5 to 6 August 2022.", "2022-08-05/2022-08-06", "2022-08-05", "2022-08-06"),
    ("He chaired the board from 2019 to 2021.", "2019/2021", "2019-01-01", "2021-12-31"),
    ("The works run between March and May.", "2023-03/2023-05", "2023-03-01", "2023-05-31"),
    ("The survey ran from March 3 to April 5, 2022.", "2022-03-03/2022-04-05", "2022-03-03", "2022-04-05"),
])
def test_ranges_are_one_expression_with_both_bounds(text, edtf, earliest, latest):
    expr = only(text)
    assert (expr.edtf, str(expr.earliest), str(expr.latest), expr.precision) == (edtf, earliest, latest, "range")


@pytest.mark.parametrize("text, type_, value", [
    ("He served five years in office.", "DURATION", "P5Y"),
    ("The ban lasts two weeks.", "DURATION", "P2W"),
    ("The hearing took 90 minutes.", "DURATION", "PT90M"),
    ("Prices rose over the past three years.", "DURATION", "P3Y"),
    ("The committee meets every week.", "SET", "P1W"),
    ("The report is published annually.", "SET", "P1Y"),
    ("The market opens every Monday.", "SET", "XXXX-WXX-1"),
    ("Each spring, the agency publishes a report.", "SET", "XXXX-SP"),
    ("Rents are reviewed every January.", "SET", "XXXX-01"),
])
def test_durations_and_sets(text, type_, value):
    expr = only(text)
    assert (expr.type, expr.value) == (type_, value)


def test_times_attach_to_their_day():
    expr = only("The vote opened at 10:30 a.m. on Saturday.")
    assert (expr.type, expr.value, expr.precision) == ("TIME", "2023-02-18T10:30", "minute")
    morning = only("The blast happened on Friday morning.")
    assert (morning.type, morning.value) == ("TIME", "2023-02-17TMO")


def test_precision_is_never_invented():
    for text in ("It happened in March 2022.", "It happened in 2022.", "It happened last spring."):
        expr = only(text)
        assert expr.precision != "day" and expr.earliest != expr.latest


@pytest.mark.parametrize("text", [
    "Officials may decide later.",
    "Protesters march on the capital.",
    "He came second in the race.",
    "They found a 60-meter balloon.",
    "It flew over 40 countries.",
    "Unemployment fell 5 percent.",
    "See page 2021 of the report, section 12.",
    "She lives at 1600 Pennsylvania Avenue.",
    "The final score was 3-1 after 2:1 at half-time.",
    "The company sold 2,500 units for $2023 each.",
    "The ship carried 1999 passengers.",
    "Version 3.5.10 fixes the bug.",
])
def test_no_false_positives_on_ordinary_words_and_numbers(text):
    assert annotate(text, SUNDAY) == []


def test_parse_when_single_expressions():
    assert parse_when("last November", date(2024, 2, 16)).value == "2023-11"
    assert parse_when("on Saturday", SUNDAY).value == "2023-02-18"
    assert parse_when("a 60-meter balloon", SUNDAY) is None
    assert parse_when("", SUNDAY) is None


def test_languages_without_a_pack_go_through_dateparser():
    expr = parse_when("ayer", date(2024, 2, 16), "es")
    assert (expr.value, expr.precision) == ("2024-02-15", "day")
    assert expr.rule.startswith("dateparser (es)")
    found = annotate("La cumbre se celebró el 15 de noviembre de 2023 en California.", date(2024, 2, 16), "es")
    assert [e.value for e in found] == ["2023-11-15"]
    assert all(e.rule.startswith("dateparser") for e in found)


def test_every_result_traces_back_to_its_span():
    text = "On Saturday, two weeks after the balloon was shot down on February 4, they met."
    for expr in annotate(text, SUNDAY):
        assert text[expr.start:expr.end] == expr.text
        assert expr.rule


def test_expressions_say_their_parser_tense_and_whether_the_text_names_the_year():
    from datetime import date as day

    from service.temporal import annotate as tag
    found = {e.text: e for e in tag("The plant shut on 4 May 2023 and reopened on Saturday.", day(2023, 5, 10))}
    assert (found["4 May 2023"].names_year, found["Saturday"].names_year) == (True, False)
    assert (found["Saturday"].parser, found["Saturday"].tense) == ("weekday", "past")
    assert "parser" not in found["Saturday"].to_dict()  # internal: the API shows `rule`


def test_until_a_weekday_after_a_past_perfect_is_the_past_one():
    # a state told in the past perfect ended before the time of writing: its "until Thursday" is past
    found = annotate("The deal had been on hold until Thursday, when both boards signed it.", date(2023, 1, 1))
    assert [e.value for e in found] == ["2022-12-29"]
    assert [e.value for e in annotate("The bridge is closed until Thursday.", date(2023, 1, 1))] == ["2023-01-05"]


@pytest.mark.parametrize("text, value", [
    ("The pump broke down on July 6 last year.", "2014-07-06"),
    ("The final is on 14 May next year.", "2016-05-14"),
])
def test_a_day_and_month_with_last_or_next_year_is_one_date(text, value):
    found = annotate(text, date(2015, 9, 17))
    assert [(e.value, e.text.split()[-1]) for e in found] == [(value, "year")]


def test_a_weekday_with_a_day_and_month_picks_the_year_it_falls_on():
    # 10 September 2017 was a Sunday; the past tense alone would have read 2016
    found = annotate("The game was pushed back to Sunday, September 10.", date(2017, 8, 14))
    assert [e.value for e in found] == ["2017-09-10"]


def test_now_is_no_day_to_count_a_week_later_from():
    found = annotate("The final, set for Dec. 12, will now take place a week later.", date(2020, 11, 4))
    assert [(e.text, e.value) for e in found if e.text == "a week later"] == [("a week later", "2020-12-19")]


@pytest.mark.parametrize("text, value", [
    ("Alarms sounded at 4 a.m. on Monday. Firefighters arrived 12 minutes later.", "2024-03-04T04:12"),
    ("The blaze started at 10 p.m. on Monday. Three hours later it was under control.", "2024-03-05T01:00"),
    ("The pier collapsed on Monday. Two hours later, divers reached the wreck.", "2024-03-04"),
    ("Voting closed on Monday. Fifteen hours later the count was still going on.", None),
])
def test_minutes_and_hours_later_move_the_clock_of_the_date_before(text, value):
    found = [e for e in annotate(text, date(2024, 3, 6)) if "later" in e.text]
    assert [e.value for e in found] == ([value] if value else [])


@pytest.mark.parametrize("text, value, span", [
    ("Signs will go up in the week of May 23.", "2024-W21", "the week of May 23"),
    ("Trials run in the week beginning 11 March.", "2024-W11", "the week beginning 11 March"),
    ("The week of talks ended on Monday.", "2024-03-04", "Monday"),
])
def test_the_week_of_a_day_is_the_week_that_holds_it(text, value, span):
    found = annotate(text, date(2024, 3, 6))
    assert [(e.value, e.text) for e in found] == [(value, span)]


@pytest.mark.parametrize("text, value", [
    ("Mock exams have been put back to the week of January 17.", "2022-W03"),
    ("The vote was postponed until March 3.", "2022-03-03"),
    ("The hearing was adjourned until Thursday.", "2022-01-06"),
    ("She moved to Leeds in May.", "2021-05"),  # a move, not a new date: the past tense stands
])
def test_the_new_date_of_something_put_off_lies_ahead_whatever_the_tense(text, value):
    assert [e.value for e in annotate(text, date(2022, 1, 2))] == [value]


@pytest.mark.parametrize("text, value", [
    # "be" + participle is a passive infinitive: "will ... be presented" is told in the future
    ("The band will also be presented with certificates at a dinner on February 7.", "2015-02-07"),
    ("The pier is expected to be reopened on February 7.", "2015-02-07"),
    ("The pier was reopened on February 7.", "2014-02-07"),
])
def test_a_participle_after_be_takes_the_tense_of_its_auxiliary(text, value):
    assert [e.value for e in annotate(text, date(2014, 12, 29))] == [value]


def test_a_cue_beyond_and_belongs_to_the_coordinated_clause():
    found = annotate("Sallis was admitted to hospital on Wednesday afternoon and is expected to be discharged next "
                     "week.", date(2026, 9, 17))  # a Thursday
    assert [e.value for e in found] == ["2026-09-16TAF", "2026-W39"]


@pytest.mark.parametrize("text, found", [
    ("Residents heard a loud crack at about 5.40 a.m.", [("about 5.40 a.m.", "2025-05-16T05:40")]),
    ("The fire started at 9.50pm on Thursday.", [("9.50pm on Thursday", "2025-05-15T21:50")]),
    ("Shares rose 5.40 percent.", []),  # without a.m. or p.m. a full stop between digits is a decimal
])
def test_a_british_clock_time_has_a_full_stop_and_its_meridian(text, found):
    assert [(e.text, e.value) for e in annotate(text, date(2025, 5, 16))] == found


def test_a_bare_clock_time_falls_on_the_day_a_part_of_day_named_just_before():
    found = annotate("A sinkhole opened up on Friday morning. Residents heard a loud crack at about 5.40 a.m.",
                     date(2025, 5, 17))  # a Saturday
    assert [e.value for e in found] == ["2025-05-16TMO", "2025-05-16T05:40"]


def test_be_to_with_an_infinitive_looks_ahead():
    assert [e.value for e in annotate("The portal is to reopen on Monday.", date(2024, 8, 15))] == ["2024-08-19"]


def test_the_day_of_a_report_is_no_antecedent_for_the_story_told_before_it():
    found = annotate("Ten bell-ringers rang 15,120 changes on Saturday, the council said on Monday. The band started "
                     "at 8.02 a.m. Spectators filled the churchyard that afternoon.", date(2014, 12, 29))
    assert [e.value for e in found] == ["2014-12-27", "2014-12-29", "2014-12-27T08:02", "2014-12-27TAF"]
