"""Dates as people write them, at the precision they have.

One wording for the JSON `date.display`, the embeddable page, TimelineJS slides, CSV and iCalendar, so
a reader never sees the raw EDTF interval (`2023-02-20/2023-02-26`) or a range spelled twice.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAY_PRECISIONS = {"minute", "part of day", "day"}


def human_date(first: date | None, last: date | None, precision: str | None, edtf: str | None) -> str:
    """'18 February 2023', 'week of 20 February 2023', '5–6 February 2023', 'November 2023', '2023'."""
    if first is None or last is None:
        return edtf or "undated"
    about = "about " if edtf and edtf.endswith(("~", "%")) else ""
    return about + _wording(first, last, precision)


def _wording(first: date, last: date, precision: str | None) -> str:
    if precision in DAY_PRECISIONS or first == last:
        return _day(first)
    if precision == "week":
        return f"week of {_day(first)}"
    if precision == "weekend":
        return f"weekend of {day_span(first, last)}"
    if precision == "year" and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    if precision == "decade" and first.year % 10 == 0 and last.year == first.year + 9:
        return f"the {first.year}s"
    if _whole_months(first, last):
        return month_span(first, last)
    return day_span(first, last)


def _day(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _whole_months(first: date, last: date) -> bool:
    return first.day == 1 and last.day == monthrange(last.year, last.month)[1]


def month_span(first: date, last: date) -> str:
    """'November 2023', 'March–May 2023', 'November 2022 – January 2023'."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{MONTHS[first.month - 1]}–{MONTHS[last.month - 1]} {first.year}"
    return f"{MONTHS[first.month - 1]} {first.year} – {MONTHS[last.month - 1]} {last.year}"


def day_span(first: date, last: date) -> str:
    """'5–6 February 2023', '28 February – 3 March 2023', '30 December 2022 – 2 January 2023'."""
    if first == last:
        return _day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} – {_day(last)}"
    return f"{_day(first)} – {_day(last)}"
