"""Anchoring underspecified expressions on the reference date.

Each function takes what the text said (a month, a weekday, an offset) and the context (reference
date, tense), and fills in only what the text left out: the year of "February 20", the week of
"Saturday". The rule string records what was filled in and why, for the people who curate it.
"""

from __future__ import annotations

from datetime import date, timedelta

from service.temporal import calendar as cal
from service.temporal.model import Context, Resolution, Tense

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# The grains of an antecedent that can carry an anaphor's unit: "the following day" needs a day,
# "the following year" any date with a year in it.
DAY_GRAINS = frozenset({"day", "part of day", "minute"})
WEEK_GRAINS = DAY_GRAINS | {"week", "weekend"}
MONTH_GRAINS = DAY_GRAINS | {"month"}
YEAR_GRAINS = WEEK_GRAINS | MONTH_GRAINS | {"season", "quarter", "half", "year"}
GRAINS = {"day": DAY_GRAINS, "week": WEEK_GRAINS, "month": MONTH_GRAINS, "year": YEAR_GRAINS}


def antecedent(ctx: Context, grains: frozenset[str]) -> Resolution | None:
    """The most recent dated expression of the discourse (`Context.discourse`) whose grain can carry the unit."""
    for res in reversed(ctx.discourse):
        if res.precision in grains and res.earliest is not None:
            return res
    return None


def _direction(ctx: Context, explicit: int | None) -> int:
    """-1 back from the reference, +1 forward, 0 nearest: explicit words beat the tense."""
    if explicit is not None:
        return explicit
    return {Tense.PAST: -1, Tense.FUTURE: 1}.get(ctx.tense, 0)


def _why(ctx: Context, explicit: int | None) -> str:
    if explicit is not None:
        return {-1: "'last'", 1: "'next'", 0: "'this'"}[explicit]
    return f"{ctx.tense.value} tense"


def month_day(month: int, day_: int, ctx: Context) -> Resolution | None:
    """'February 20' without a year: the occurrence the tense points to, else the nearest."""
    ref = ctx.reference
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(date(year, month, day_))
        except ValueError:
            continue
    if not options:
        return None
    direction = _direction(ctx, None)
    chosen = pick(options, ref, direction)
    return cal.day(chosen, f"month and day, year from {_why(ctx, None)} relative to reference {ref}")


def pick(options: list[date], ref: date, direction: int) -> date:
    """The option the direction points to from the reference, else the nearest (ties to the past)."""
    if direction < 0:
        before = [d for d in options if d <= ref]
        if before:
            return max(before)
    elif direction > 0:
        after = [d for d in options if d >= ref]
        if after:
            return min(after)
    return min(options, key=lambda d: (abs((d - ref).days), d > ref))


def weekday(index: int, ctx: Context, explicit: int | None = None) -> Resolution:
    """'on Saturday': the last one on or before the reference in past tense, the next one on or after it in
    future tense (news style names the day of writing by its weekday, not "today": "will travel on Sunday"
    in a Sunday paper is that day).

    'last Monday' is strictly before, 'next Monday' strictly after; with no cue the nearest wins
    (ties go to the past: news reports more than it announces).
    """
    ref = ctx.reference
    direction = _direction(ctx, explicit)
    back = (ref.weekday() - index) % 7
    forward = (index - ref.weekday()) % 7
    if explicit == -1:
        chosen = ref - timedelta(days=back or 7)
    elif explicit == 1:
        chosen = ref + timedelta(days=forward or 7)
    elif direction < 0:
        chosen = ref - timedelta(days=back)
    elif direction > 0:
        chosen = ref + timedelta(days=forward)
    else:
        chosen = ref - timedelta(days=back) if back <= forward else ref + timedelta(days=forward)
    rule = f"weekday {WEEKDAY_NAMES[index]}, {_why(ctx, explicit)}, relative to reference {ref}"
    return cal.day(chosen, rule)


def month_only(month: int, ctx: Context, explicit: int | None = None, year_offset: int | None = None) -> Resolution:
    """'in January', 'last November', 'February last year'.

    'last November' is the most recent November strictly before the reference month; a bare month
    follows the tense (a past-tense January in an April article is this year's).
    """
    ref = ctx.reference
    if year_offset is not None:
        return cal.month(ref.year + year_offset, month, f"month of the year {year_offset:+d} from reference {ref}")
    ref_index = ref.year * 12 + ref.month - 1
    candidates = [(y * 12 + month - 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    direction = _direction(ctx, explicit)
    if explicit == -1:
        chosen = max(c for c in candidates if c < ref_index)
    elif explicit == 1:
        chosen = min(c for c in candidates if c > ref_index)
    elif explicit == 0:
        chosen = ref.year * 12 + month - 1
    elif direction < 0:
        chosen = max(c for c in candidates if c <= ref_index)
    elif direction > 0:
        chosen = min(c for c in candidates if c >= ref_index)
    else:
        chosen = min(candidates, key=lambda c: (abs(c - ref_index), c > ref_index))
    return cal.month(chosen // 12, chosen % 12 + 1, f"month, {_why(ctx, explicit)}, relative to reference {ref}")


def season(code: str, ctx: Context, explicit: int | None = None) -> Resolution:
    """'last summer', 'in the spring': seasons as periods of the reference's year or a neighbour."""
    ref = ctx.reference
    # a winter starts in December: in January the winter before last began two calendar years back
    options = [cal.season(y, code, "") for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
    direction = _direction(ctx, explicit)
    current = next((o for o in options if o.earliest <= ref <= o.latest), None)
    if explicit == 0 or (direction == 0 and current):
        chosen = current or next(o for o in options if o.earliest.year == ref.year)
    elif direction < 0:
        past = [o for o in options if o.earliest <= ref and (explicit is None or o.latest < ref)]
        chosen = past[-1] if past else options[0]
    elif direction > 0:
        future = [o for o in options if o.latest >= ref and (explicit is None or o.earliest > ref)]
        chosen = future[0] if future else options[-1]
    else:
        chosen = min(options, key=lambda o: abs((o.earliest - ref).days))
    year = int(chosen.value[:4])
    return cal.season(year, code, f"season, {_why(ctx, explicit)}, relative to reference {ref}")


def relative_period(unit: str, offset: int, ctx: Context) -> Resolution | None:
    """'last week', 'this month', 'next year', 'last quarter': the unit containing reference + offset."""
    ref = ctx.reference
    rule = f"{unit} {offset:+d} from reference {ref}"
    if unit == "day":
        return cal.day(ref + timedelta(days=offset), rule)
    if unit == "week":
        return cal.week(ref + timedelta(weeks=offset), rule)
    if unit == "month":
        y, m = cal.shift_months(ref.year, ref.month, offset)
        return cal.month(y, m, rule)
    if unit == "quarter":
        q_index = ref.year * 4 + (ref.month - 1) // 3 + offset
        return cal.quarter(q_index // 4, q_index % 4 + 1, rule)
    if unit == "year":
        return cal.year(ref.year + offset, rule)
    if unit == "decade":
        return cal.decade((ref.year // 10 + offset) * 10, rule)
    if unit == "century":
        return cal.century(ref.year // 100 + 1 + offset, rule)
    return None


def shifted(unit: str, amount: int, base: date, rule: str) -> Resolution | None:
    """'two weeks ago', 'three days later': the base moved by amount units, at that unit's precision."""
    if unit == "day":
        return cal.day(base + timedelta(days=amount), rule)
    if unit in ("week", "fortnight"):
        return cal.week(base + timedelta(weeks=amount * (2 if unit == "fortnight" else 1)), rule)
    if unit in ("month", "quarter"):
        y, m = cal.shift_months(base.year, base.month, amount * (3 if unit == "quarter" else 1))
        return cal.month(y, m, rule)
    if unit == "year":
        return cal.year(base.year + amount, rule)
    if unit == "decade":  # "a decade ago": a decade, as "a month ago" is a month
        return cal.decade((base.year + 10 * amount) // 10 * 10, rule)
    if unit == "century":
        return cal.century((base.year + 100 * amount) // 100 + 1, rule)
    return None
