"""A publication date estimated from the text, for articles posted without one.

The latest explicit date in the text (one that names its year) is a lower bound for when the text
was written. Weekdays the text names in the past tense ("on Saturday") happened within the week
before publication, so the estimate moves forward to the last of them after that date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from service.temporal import annotate
from service.temporal.lexicon import WEEKDAYS

SUPPORTED = (date(100, 1, 1), date(9899, 12, 31))  # the service's calendar: room to reason a year either side


@dataclass(frozen=True)
class EstimatedDate:
    date: date
    basis: str


def estimate_publication(text: str, fallback: date, language: str = "en") -> EstimatedDate:
    """The estimated publication date, and why; `fallback` (e.g. today) when the text dates nothing."""
    expressions = [e for e in annotate(text, fallback, language)
                   if e.earliest is None or (SUPPORTED[0] <= e.earliest and e.latest <= SUPPORTED[1])]
    explicit = [e for e in expressions if e.precision == "day" and e.earliest and e.names_year]
    if not explicit:
        years = [e for e in expressions if e.precision in ("month", "year") and e.names_year and e.latest]
        if not years:
            return EstimatedDate(fallback, f"no explicit date in the text: the day it was posted ({fallback})")
        latest = max(e.latest for e in years)
        return EstimatedDate(latest, f"end of the latest explicit period named ({latest})")
    anchor = max(e.earliest for e in explicit)
    basis = f"latest explicit date in the text ({anchor})"
    named = {WEEKDAYS[e.text.lower().split()[-1]] for e in expressions
             if e.parser == "weekday" and e.tense == "past" and e.text.lower().split()[-1] in WEEKDAYS}
    later = [anchor + timedelta(days=(day - anchor.weekday()) % 7) for day in named]
    if later and max(later) > anchor:
        moved = max(later)
        basis += f", moved to {moved:%A} {moved} as the text reports that weekday in the past tense"
        anchor = moved
    return EstimatedDate(anchor, basis)
