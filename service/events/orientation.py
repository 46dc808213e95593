"""Which way an underspecified date points, decided by the predicate it dates.

"On Sunday" and "on 16 May" name a day without saying which week or year; the tagger picks one by
the tense of the words around it. The predicate's status is better evidence: a plan or an
expectation lies after the time of writing, something that happened before it (TimeML's
anchoring of underspecified dates to the document time, with the event's tense as the direction).
Only dates the text left open move: never an explicit year, never "last"/"next"/"ago".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from service.events.model import When
from service.temporal import Expression
from service.temporal.lexicon import WEEKDAYS

FUTURE = frozenset({"planned", "expected", "postponed"})  # a postponed event's date is its new one, ahead
_FIXED = re.compile(r"\d{4}|'\d\d|\b(?:last|next|this|ago|yesterday|tomorrow|today|tonight|coming|previous|"
                    r"following|past|earlier|later|since|(?<!new\s)year|years|same|that\s+day)\b", re.IGNORECASE)
# ("the same day", "that day": a day the text already named, whose year the text fixed; but "New Year's Eve" is
# a day like any other)
_NEAR_AHEAD_DAYS = 90  # how far ahead a day of a plan told in the past is still read as the coming one
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def orient(when: When, expr: Expression, status: str, reference: date, past_governed: bool = False) -> When:
    """The same reading moved one week or one year when its direction contradicts the status.

    `past_governed`: the plan itself is told in the past ("was scheduled for", "had planned"): a
    plan of the past may well have been for a past month or year, so that does not move ahead; a bare
    weekday does ("called a strike for Monday", "a strike due to begin on Friday was suspended": a plan still
    standing, or put off, was for the coming one); what
    occurred lies behind the time of writing however it is told ("had contracted in the fourth quarter").
    """
    if status == "cancelled" and when.earliest is not None and when.latest is not None \
            and not _FIXED.search(expr.text) and not _WEEKDAY.search(expr.text) \
            and when.precision in ("day", "part of day", "minute", "month") and when.latest < reference \
            and (reference - when.latest).days > 183:
        # "a strike on June 20 ... called off", told on June 10: what is called off is the occasion nearest the
        # telling, which an open date read in the past tense put almost a year back
        return shift_years(when, 1)
    if when.earliest is None or when.latest is None or _FIXED.search(expr.text) \
            or (past_governed and status not in ("occurred", "planned", "expected", "postponed")):
        return when
    weekday = when.precision in ("day", "part of day", "minute") and bool(_WEEKDAY.search(expr.text)) \
        and not re.search(r"\d", expr.text)
    if past_governed and status != "occurred" and not weekday:
        # "was scheduled for 4 May" may have been for a past May; "called a strike for Monday" not. A day or month
        # of the year a few weeks ahead is the one meant, though the plan is told in the past ("had planned a
        # protest on June 26", told on June 16; "planned another increase in April", told in February): the
        # nearest occurrence of an open date, as for any plan
        ahead = shift_years(when, 1)
        if when.precision in ("day", "month") and when.latest < reference <= ahead.earliest \
                and (ahead.earliest - reference).days <= _NEAR_AHEAD_DAYS:
            return ahead
        return when
    future = status in FUTURE
    if status == "postponed" and not weekday and when.precision == "day" and when.latest < reference \
            and (reference - when.latest).days <= 60:
        return when  # "was moved to May 11", told on June 1 after it took place: a day weeks back is that day (a
        # month is left to the rule below: "delayed until July", told in January, is the coming July)
    if future and when.latest < reference:
        step = 1
    elif status == "occurred" and when.earliest > reference:
        step = -1
    else:
        return when
    if weekday:
        return _shift_days(when, 7 * step)
    if when.precision in ("day", "part of day", "minute", "month", "range", "season", "quarter", "part"):
        return shift_years(when, step)  # ("part": "the end of September")
    return when


def _shift_days(when: When, days: int) -> When:
    delta = timedelta(days=days)
    earliest, latest = when.earliest + delta, when.latest + delta
    return replace(when, earliest=earliest, latest=latest, value=_redate(when.value, earliest),
                   edtf=_redate(when.edtf, earliest),
                   rule=f"{when.rule}; moved {days:+d} days: the predicate's status points the other way")


def shift_years(when: When, years: int, why: str = "the predicate's status points the other way") -> When:
    earliest, latest = _in_year(when.earliest, when.earliest.year + years), _in_year(when.latest,
                                                                                    when.latest.year + years)
    def shift(text: str | None) -> str | None:
        return re.sub(r"\b(\d{4})(?=-)", lambda m: str(int(m.group(1)) + years), text) if text else text
    return replace(when, earliest=earliest, latest=latest, value=shift(when.value), edtf=shift(when.edtf),
                   rule=f"{when.rule}; moved {years:+d} year: {why}")


def _in_year(day: date, year: int) -> date:
    """The same day of the year in another year; 29 February becomes the 28th (February 2024 moved a year
    ahead ends on 28 February 2025)."""
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def _redate(text: str | None, day: date) -> str | None:
    if not text or not re.match(r"\d{4}-\d{2}-\d{2}", text):
        return text
    return day.isoformat() + text[10:]
