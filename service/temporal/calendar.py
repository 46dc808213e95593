"""Calendar periods as Resolutions: one constructor per precision, so every rule formats alike."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

from service.temporal.model import Resolution

SEASON_CODES = {"SP": ("21", (3, 1), (5, 31)), "SU": ("22", (6, 1), (8, 31)),
                "FA": ("23", (9, 1), (11, 30)), "WI": ("24", (12, 1), (2, None))}


def last_day(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def day(d: date, rule: str) -> Resolution:
    iso = d.isoformat()
    return Resolution("DATE", iso, iso, d, d, "day", rule=rule)


def month(year: int, month_: int, rule: str) -> Resolution:
    value = f"{year:04d}-{month_:02d}"
    return Resolution("DATE", value, value, date(year, month_, 1),
                      date(year, month_, last_day(year, month_)), "month", rule=rule)


def year(year_: int, rule: str) -> Resolution:
    value = f"{year_:04d}"
    return Resolution("DATE", value, value, date(year_, 1, 1), date(year_, 12, 31), "year", rule=rule)


def week(d: date, rule: str) -> Resolution:
    iso_year, iso_week, _ = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    sunday = monday + timedelta(days=6)
    return Resolution("DATE", f"{iso_year:04d}-W{iso_week:02d}", f"{monday}/{sunday}",
                      monday, sunday, "week", rule=rule)


def quarter(year_: int, q: int, rule: str) -> Resolution:
    first = 3 * (q - 1) + 1
    return Resolution("DATE", f"{year_:04d}-Q{q}", f"{year_:04d}-{32 + q}", date(year_, first, 1),
                      date(year_, first + 2, last_day(year_, first + 2)), "quarter", rule=rule)


def half(year_: int, h: int, rule: str) -> Resolution:
    first = 1 if h == 1 else 7
    return Resolution("DATE", f"{year_:04d}-H{h}", f"{year_:04d}-{39 + h}", date(year_, first, 1),
                      date(year_, first + 5, last_day(year_, first + 5)), "half", rule=rule)


def season(year_: int, code: str, rule: str) -> Resolution:
    edtf_code, (m1, d1), (m2, d2) = SEASON_CODES[code]
    end_year = year_ + 1 if code == "WI" else year_
    end_day = d2 or last_day(end_year, m2)
    return Resolution("DATE", f"{year_:04d}-{code}", f"{year_:04d}-{edtf_code}", date(year_, m1, d1),
                      date(end_year, m2, end_day), "season", rule=rule)


def decade(start_year: int, rule: str) -> Resolution:
    prefix = f"{start_year // 10:03d}"
    return Resolution("DATE", prefix, f"{prefix}X", date(max(start_year, 1), 1, 1),
                      date(start_year + 9, 12, 31), "decade", rule=rule)


def century(index: int, rule: str) -> Resolution:
    """`index` is the ordinal century (21 for 2001-2100); TIMEX3 writes its first two digits ("20")."""
    first = (index - 1) * 100
    prefix = f"{index - 1:02d}"
    return Resolution("DATE", prefix, f"{prefix}XX", date(max(first, 1), 1, 1),
                      date(first + 99, 12, 31), "century", rule=rule)


def interval(first: Resolution, last: Resolution, rule: str) -> Resolution:
    """A range between two resolved points; the value keeps the start, the EDTF both ends."""
    start_edtf = _interval_end(first, start=True)
    end_edtf = _interval_end(last, start=False)
    return Resolution("DATE", first.value, f"{start_edtf}/{end_edtf}", first.earliest, last.latest,
                      "range", rule=rule)


def _interval_end(res: Resolution, *, start: bool) -> str:
    if res.edtf and "/" in res.edtf:
        return res.edtf.split("/")[0 if start else 1]
    return res.edtf or res.value


def narrowed(res: Resolution, mod: str, rule: str) -> Resolution:
    """'early 2023', 'mid-March', 'the end of last year': the same period, bounds cut to a third.

    Thirds follow the calendar (January-April of a year, days 1-10 of a month) so the bounds stay
    readable; the text said which part, not which day, so the precision becomes 'part'.
    """
    if res.earliest is None or res.latest is None:
        return res
    part = {"START": 0, "MID": 1, "END": 2}[mod]
    first, last = res.earliest, res.latest
    if res.precision in ("year", "half", "quarter", "season"):
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        size = max(months // 3, 1)
        lo_y, lo_m = shift_months(first.year, first.month, part * size)
        hi_y, hi_m = shift_months(first.year, first.month, (part + 1) * size - 1 if part < 2 else months - 1)
        lo, hi = date(lo_y, lo_m, 1), date(hi_y, hi_m, last_day(hi_y, hi_m))
        edtf = f"{lo_y:04d}-{lo_m:02d}/{hi_y:04d}-{hi_m:02d}"
    elif res.precision in ("decade", "century"):
        years = last.year - first.year + 1
        size = years // 3
        lo_year = first.year + part * size
        hi_year = last.year if part == 2 else lo_year + size - 1
        lo, hi = date(lo_year, 1, 1), date(hi_year, 12, 31)
        edtf = f"{lo_year:04d}/{hi_year:04d}"
    else:
        span = (last - first).days + 1
        size = span // 3
        lo = first + timedelta(days=part * size)
        hi = last if part == 2 else lo + timedelta(days=size - 1)
        edtf = f"{lo.isoformat()}/{hi.isoformat()}"
    return Resolution(res.type, res.value, edtf, lo, hi, "part", mod, rule)


def half_of(res: Resolution, side: str, rule: str) -> Resolution:
    """'earlier last week', 'later next year': the bounds cut to the first or the second half.

    The text names a side, not a day, so each half takes the middle unit of an odd period
    (Thursday of a week) and the bounds stay on the calendar (January-June of a year).
    Value, EDTF and precision stay those of the whole period, as for 'earlier this week'.
    """
    if res.earliest is None or res.latest is None:
        return res
    first, last = res.earliest, res.latest
    earlier = side == "earlier"
    if res.precision in ("decade", "century"):
        size = (last.year - first.year + 2) // 2
        lo = first if earlier else date(last.year - size + 1, 1, 1)
        hi = date(first.year + size - 1, 12, 31) if earlier else last
    elif res.precision in ("year", "half", "quarter", "season"):
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        size = (months + 1) // 2
        if earlier:
            lo, (y, m) = first, shift_months(first.year, first.month, size - 1)
            hi = date(y, m, last_day(y, m))
        else:
            y, m = shift_months(last.year, last.month, 1 - size)
            lo, hi = date(y, m, 1), last
    else:
        size = ((last - first).days + 2) // 2
        lo = first if earlier else last - timedelta(days=size - 1)
        hi = first + timedelta(days=size - 1) if earlier else last
    return Resolution(res.type, res.value, res.edtf, lo, hi, res.precision, res.mod, rule)


def approximate(res: Resolution, rule: str) -> Resolution:
    """'around 2010': EDTF's '~' marks the whole value approximate; bounds are left as they are."""
    edtf = res.edtf
    if edtf and "/" not in edtf and not edtf.endswith("~"):
        edtf = f"{edtf}~"
    return Resolution(res.type, res.value, edtf, res.earliest, res.latest, res.precision, "APPROX", rule)
