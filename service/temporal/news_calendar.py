"""Calendar phrases of news reports that name no number: 'over the weekend', 'in afternoon trading', "since '94".

- 'the weekend' after a preposition is the weekend the clause points to: the one before the reference
  in a past clause, the next one in a future clause.
- A part of the day before a noun of trading or business ('in afternoon trading', 'in morning trade')
  is that part of the reference day, as 'this afternoon' is.
- A year written with an apostrophe and two digits after a temporal preposition ("since '94") is a year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal import calendar as cal
from service.temporal.languages import en as words
from service.temporal.model import Candidate, Context, Resolution, Tense
from service.temporal.parsers import parser

_PARTS = words.TRADING_PARTS


def weekend_around(reference: date, tense: Tense) -> Resolution:
    """The weekend a clause points to: past looks back, future forward, present takes the nearest."""
    weekday = reference.weekday()
    if weekday >= 5:
        saturday = reference - timedelta(days=weekday - 5)
    elif tense == Tense.PAST or (tense == Tense.PRESENT and weekday <= 1):
        saturday = reference - timedelta(days=weekday + 2)
    else:
        saturday = reference + timedelta(days=5 - weekday)
    sunday = saturday + timedelta(days=1)
    iso_year, iso_week, _ = saturday.isocalendar()
    return Resolution("DATE", f"{iso_year}-W{iso_week:02d}-WE", f"{saturday}/{sunday}", saturday, sunday, "weekend",
                      rule=f"the weekend, {tense.value} tense, relative to reference {reference}")


@parser(r"\b(?:" + words.WEEKEND_PREPOSITIONS_RE + r")\s+(the\s+weekend)\b(?!\s*['’]s)",
        triggers=["weekend"])
def the_weekend(text: str, m: re.Match[str]) -> Candidate | None:
    """'over the weekend', 'by the weekend': a weekend placed by the clause's tense."""
    start, end = m.span(1)
    return Candidate(start, end, text[start:end], "the_weekend", lambda ctx: weekend_around(ctx.reference, ctx.tense))


@parser(r"\bin\s+(?:(?:early|late|mid)[\s-]+)?(" + "|".join(_PARTS) + r")\s+"
        r"(?:" + words.TRADING_NOUNS_RE + r")\b", triggers=list(_PARTS))
def trading_session(text: str, m: re.Match[str]) -> Candidate | None:
    """'in afternoon trading', 'in morning trade': that part of the reference day."""
    start, end = m.span(1)
    code = _PARTS[m.group(1).lower()]

    def resolve(ctx: Context) -> Resolution:
        day = cal.day(ctx.reference, "")
        return Resolution("TIME", f"{day.value}T{code}", day.edtf, day.earliest, day.latest, "part of day",
                          rule=f"{m.group(1).lower()} of the reference day {ctx.reference}")
    return Candidate(start, end, text[start:end], "trading_session", resolve, "time")


_BEFORE_YEAR = re.compile(r"\b(?:" + words.SHORT_YEAR_CONTEXT_RE + r")\s+$", re.IGNORECASE)


@parser(r"(?<![\w'’])['’](\d{2})(?![\w'’%])", digits=True)  # the apostrophe first: a fast literal scan
def abbreviated_year(text: str, m: re.Match[str]) -> Candidate | None:
    """"since '94", "the class of '05": two digits after an apostrophe and a temporal preposition, 1950-2049."""
    if not _BEFORE_YEAR.search(text, max(0, m.start() - 8), m.start()):
        return None
    start, end = m.span()
    digits = int(m.group(1))
    year = digits + (2000 if digits < 50 else 1900)
    return Candidate(start, end, text[start:end], "abbreviated_year", lambda ctx: cal.year(year, "year as '{digits}"))
