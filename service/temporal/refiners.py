"""Refiners: each maps the candidate list to a better one.

They run in the order of `REFINERS`, and the order matters:
1. `drop_nested` first, so later steps see one reading per span ("February 4" beats the "February"
   inside it, "Friday morning" beats "Friday").
2. `merge_ranges` joins two dates around "to"/"-"/"and" into one range, before modifiers widen spans.
3. `merge_date_and_time` joins "Saturday at 10 a.m." into one TIME.
4. `apply_modifiers` widens a date to "early 2023", "mid-March", "around 2010";
   `amount_modifiers` a duration or a time to "nearly eight months", "around 3 a.m.".
5. `drop_overlaps` last: of overlapping readings, the longest wins.
Resolution (tense, anchors) happens after all of them, in the tagger.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from service.temporal import calendar as cal
from service.temporal.model import Candidate, Context, Resolution, Tense
from service.temporal.parsers import clock_value
from service.temporal.quantifiers import amount_modifiers

Refiner = Callable[[str, list[Candidate]], list[Candidate]]


def _by_strength(c: Candidate) -> tuple[int, int]:
    return (-(c.end - c.start), c.start)


def drop_nested(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Remove candidates lying inside a longer one (one sweep: sorted by start, widest first)."""
    kept: list[Candidate] = []
    reach = -1
    for cand in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if cand.end > reach:
            kept.append(cand)
            reach = cand.end
    return kept


_RANGE_GAP = re.compile(r"^[^\S\n]*(?:-|–|—|to|through|thru|until|till|and)[^\S\n]*\Z", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def merge_ranges(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'from 2019 to 2021', 'between March and May', 'Monday - Friday' become one range.

    'and' joins only after 'between', since 'in March and May' names two months. A first part
    without a year takes the year of the second ('March 3 to April 5, 2023').
    """
    out: list[Candidate] = []
    i = 0
    while i < len(candidates):
        first = candidates[i]
        second = candidates[i + 1] if i + 1 < len(candidates) else None
        if second is not None and first.kind == "date" and second.kind == "date":
            gap = text[first.end:second.start]
            opener = _RANGE_OPENER.search(text, max(0, first.start - 10), first.start)
            if _RANGE_GAP.match(gap) and (opener or gap.strip().lower() != "and") and \
                    not (gap.strip() in "-–—" and first.parser == "year" and second.parser == "year"):
                if opener is None and gap.strip().lower() in ("until", "till"):
                    out.append(first)
                    i += 1
                    continue
                out.append(Candidate(first.start, second.end, text[first.start:second.end], first.parser,
                                     _range_resolver(first, second), first.kind, {"parts": (first, second)}))
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _range_resolver(first: Candidate, second: Candidate):
    def resolve(ctx: Context) -> Resolution | None:
        end = second.resolve(ctx)
        if end is None or end.earliest is None:
            return None
        # the first part is read back from the second: "March 3 to April 5, 2023"
        start = first.resolve(Context(end.latest, Tense.PAST, ctx.anchor, ctx.day_first))
        if start is None or start.earliest is None or start.earliest > end.latest:
            return None
        whole = cal.interval(start, end, f"range; start: {start.rule}; end: {end.rule}")
        return replace(whole, parts=(start, end))
    return resolve


# gaps never cross a line break: a headline, a dateline and a sentence are separate lines
_TIME_BEFORE_DATE = re.compile(r"^[^\S\n]*(?:on|,)?[^\S\n]*\Z", re.IGNORECASE)
_DATE_BEFORE_TIME = re.compile(r"^[^\S\n]*(?:at|,|,[^\S\n]*at)?[^\S\n]*\Z", re.IGNORECASE)


def merge_date_and_time(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'Saturday at 10 a.m.', '3 p.m. on February 4': one TIME on that day."""
    out: list[Candidate] = []
    i = 0
    while i < len(candidates):
        a = candidates[i]
        b = candidates[i + 1] if i + 1 < len(candidates) else None
        if b is not None:
            gap = text[a.end:b.start]
            pair = None
            if a.kind == "date" and b.parser == "clock_time" and _DATE_BEFORE_TIME.match(gap):
                pair = (a, b)
            elif a.parser == "clock_time" and b.kind == "date" and _TIME_BEFORE_DATE.match(gap):
                pair = (b, a)
            if pair is not None:
                day_part, clock = pair
                out.append(Candidate(a.start, b.end, text[a.start:b.end], "date_time",
                                     _date_time_resolver(day_part, clock), "time"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _date_time_resolver(day_part: Candidate, clock: Candidate):
    def resolve(ctx: Context) -> Resolution | None:
        d = day_part.resolve(ctx)
        if d is None or d.precision != "day":
            return d
        value = f"{d.value}{clock_value(clock.info)}"
        rule = f"{d.rule}, at {clock_value(clock.info)[1:]}"
        return Resolution("TIME", value, value, d.earliest, d.latest, "minute", rule=rule)
    return resolve


_PART = re.compile(
    r"(?:(?:\b(the)\s+)?\b(early|mid|late)\s*-?\s*|\b(?:the\s+)?(start|beginning|middle|end|close|turn)\s+of\s+"
    r"(?:the\s+)?)$",
    re.IGNORECASE)
_APPROX = re.compile(r"\b(around|about|approximately|circa|c\.|roughly|some)\s+$", re.IGNORECASE)
_PART_MOD = {"early": "START", "start": "START", "beginning": "START", "mid": "MID", "middle": "MID",
             "late": "END", "end": "END", "close": "END", "turn": "END"}


def apply_modifiers(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'early 2023', 'mid-March', 'the end of last year', 'around 2010': widen the span, narrow the bounds."""
    out = []
    for cand in candidates:
        if cand.kind != "date":
            out.append(cand)
            continue
        window_start = max(0, cand.start - 24)
        part = _PART.search(text, window_start, cand.start)
        if part and part.end() == cand.start:
            mod = _PART_MOD[(part.group(2) or part.group(3)).lower()]
            # "the early 2000s" keeps the article a decade takes ("the 2000s"); "early 2023" has none
            start = part.start(2) if part.group(1) and cand.parser not in ("decade", "century") else part.start()
            cand = cand.with_span(start, cand.end, text[start:cand.end], _narrow(cand, mod))
        else:
            approx = _APPROX.search(text, window_start, cand.start)
            if approx and approx.end() == cand.start and cand.parser in ("year", "decade", "month_year", "century"):
                cand = cand.with_span(approx.start(), cand.end, text[approx.start():cand.end], _approx(cand))
        out.append(cand)
    return out


def _narrow(cand: Candidate, mod: str):
    def resolve(ctx: Context) -> Resolution | None:
        res = cand.resolve(ctx)
        if res is None or res.precision in ("day", "range", "open"):
            return res
        return cal.narrowed(res, mod, f"{res.rule}, {mod.lower()} part")
    return resolve


def _approx(cand: Candidate):
    def resolve(ctx: Context) -> Resolution | None:
        res = cand.resolve(ctx)
        return cal.approximate(res, f"{res.rule}, approximate") if res else None
    return resolve


def drop_overlaps(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Of candidates sharing characters, keep the longest (then the earliest)."""
    kept: list[Candidate] = []  # disjoint, so sorted by start and by end alike
    starts: list[int] = []
    for cand in sorted(candidates, key=_by_strength):
        i = bisect.bisect_left(starts, cand.start)
        if (i == 0 or kept[i - 1].end <= cand.start) and (i == len(kept) or cand.end <= kept[i].start):
            kept.insert(i, cand)
            starts.insert(i, cand.start)
    return kept


REFINERS: list[Refiner] = [drop_nested, merge_ranges, merge_date_and_time, apply_modifiers, amount_modifiers,
                           drop_overlaps]
