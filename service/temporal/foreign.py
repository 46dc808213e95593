"""dateparser where it is strong: other languages, and single phrases our grammar does not know.

dateparser's `search_dates` invents days for months and tags ordinary words, so its results keep
only the precision its own `period` reports, and rules say that dateparser resolved them.
"""

from __future__ import annotations

from datetime import date, datetime

from service.temporal import calendar as cal
from service.temporal.model import Expression, Resolution


def _settings(reference: date) -> dict:
    return {"RELATIVE_BASE": datetime(reference.year, reference.month, reference.day),
            "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}


def _resolution(found: datetime, period: str, rule: str) -> Resolution | None:
    if period == "year":
        return cal.year(found.year, rule)
    if period == "month":
        return cal.month(found.year, found.month, rule)
    if period == "week":
        return cal.week(found.date(), rule)
    if period == "day":
        return cal.day(found.date(), rule)
    if period == "time":
        value = found.strftime("%Y-%m-%dT%H:%M")
        return Resolution("TIME", value, value, found.date(), found.date(), "minute", rule=rule)
    return None


def parse_with_dateparser(when: str, reference: date, language: str = "en") -> Expression | None:
    """A single phrase through `DateDataParser`, keeping the period it reports as precision."""
    if not when.strip() or len(when) > 200:
        return None
    from dateparser.date import DateDataParser

    try:
        parser = DateDataParser(languages=[language.split("-")[0].lower()], settings=_settings(reference))
        data = parser.get_date_data(when)
    except (ValueError, OverflowError, KeyError):
        return None
    if data is None or data.date_obj is None:
        return None
    res = _resolution(data.date_obj, data.period or "day", f"dateparser ({language}), period {data.period}")
    if res is None:
        return None
    return Expression(0, len(when), when, res.type, res.value, res.edtf, res.earliest, res.latest,
                      res.precision, None, res.rule)


def annotate_foreign(text: str, reference: date, language: str) -> list[Expression]:
    """Expressions in a non-English text, found by dateparser's search and located in the text."""
    from dateparser.search import search_dates

    lang = language.split("-")[0].lower()
    try:
        found = search_dates(text, languages=[lang], settings=_settings(reference)) or []
    except (ValueError, OverflowError, KeyError):
        return []
    out: list[Expression] = []
    cursor = 0
    for phrase, _ in found:
        start = text.find(phrase, cursor)
        if start < 0:
            continue
        cursor = start + len(phrase)
        expr = parse_with_dateparser(phrase, reference, lang)
        if expr is None:
            continue
        out.append(Expression(start, cursor, phrase, expr.type, expr.value, expr.edtf, expr.earliest, expr.latest,
                              expr.precision, None, expr.rule))
    return out
