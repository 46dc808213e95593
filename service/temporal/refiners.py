"""Refiners: each maps the candidate list to a better one.

A pack runs them in the order `refiners_for` gives, and the order matters:
1. `drop_nested` first, so later steps see one reading per span ("February 4" beats the "February"
   inside it, "Friday morning" beats "Friday").
2. `merge_ranges` joins two dates around "to"/"-"/"and" into one range, before modifiers widen spans.
3. `merge_date_and_time` joins "Saturday at 10 a.m." into one TIME.
4. `apply_modifiers` widens a date to "early 2023", "mid-March", "around 2010";
   `amount_modifiers` a duration or a time to "nearly eight months", "around 3 a.m.".
5. `drop_overlaps` last: of overlapping readings, the longest wins.
Resolution (tense, anchors) happens after all of them, in the tagger.
The words they look for ("to", "between", "early") are the language's `Connectors`, compiled once per pack.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import partial

from service.temporal import calendar as cal
from service.temporal.languages import Connectors, Refiner
from service.temporal.model import Candidate, Context, Resolution, Tense
from service.temporal.parsers import clock_value
from service.temporal.quantifiers import AmountPatterns, amount_modifiers


@dataclass(frozen=True)
class _Patterns:
    """A language's connectors compiled once, for the refiners of its pack."""

    words: Connectors
    range_gap: re.Pattern[str]
    range_opener: re.Pattern[str]
    time_before_date: re.Pattern[str]
    date_before_time: re.Pattern[str]
    part: re.Pattern[str]
    approx: re.Pattern[str]
    week_of: re.Pattern[str] | None


def _compile(words: Connectors) -> _Patterns:
    # gaps never cross a line break: a headline, a dateline and a sentence are separate lines
    at = words.date_before_time_re if "|" not in words.date_before_time_re else f"(?:{words.date_before_time_re})"
    return _Patterns(
        words,
        re.compile(r"^[^\S\n]*(?:" + words.range_gap_re + r")[^\S\n]*\Z", re.IGNORECASE),
        re.compile(r"\b(?:" + words.range_opener_re + r")\s+$", re.IGNORECASE),
        re.compile(r"^[^\S\n]*(?:" + words.time_before_date_re + r"|,)?[^\S\n]*\Z", re.IGNORECASE),
        re.compile(r"^[^\S\n]*(?:" + at + r"|,|,[^\S\n]*" + at + r")?[^\S\n]*\Z", re.IGNORECASE),
        re.compile(words.period_part_re, re.IGNORECASE),
        re.compile(r"\b(" + words.approx_re + r")\s+$", re.IGNORECASE),
        re.compile(words.week_of_re, re.IGNORECASE) if words.week_of_re else None,
    )


def refiners_for(words: Connectors) -> tuple[Refiner, ...]:
    """The refiners in the order they must run, bound to one language's connectors."""
    patterns = _compile(words)
    return (drop_nested, partial(merge_ranges, patterns=patterns), partial(merge_date_and_time, patterns=patterns),
            partial(apply_modifiers, patterns=patterns), partial(week_of, patterns=patterns),
            partial(amount_modifiers, patterns=AmountPatterns.of(words)),
            drop_overlaps)


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


def merge_ranges(text: str, candidates: list[Candidate], *, patterns: _Patterns) -> list[Candidate]:
    """'from 2019 to 2021', 'between March and May', 'Monday - Friday' become one range.

    'and' joins only after 'between', since 'in March and May' names two months. A first part
    without a year takes the year of the second ('March 3 to April 5, 2023').
    """
    words = patterns.words
    out: list[Candidate] = []
    i = 0
    while i < len(candidates):
        first = candidates[i]
        second = candidates[i + 1] if i + 1 < len(candidates) else None
        if second is not None and first.kind == "date" and second.kind == "date":
            gap = text[first.end:second.start]
            opener = patterns.range_opener.search(text, max(0, first.start - 10), first.start)
            if patterns.range_gap.match(gap) and (opener or gap.strip().lower() != words.range_and) and \
                    not (gap.strip() in "-–—" and first.parser in words.year_parsers
                         and second.parser in words.year_parsers):
                if opener is None and gap.strip().lower() in words.range_open_end:
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


def merge_date_and_time(text: str, candidates: list[Candidate], *, patterns: _Patterns) -> list[Candidate]:
    """'Saturday at 10 a.m.', '3 p.m. on February 4': one TIME on that day."""
    clocks = patterns.words.clock_parsers
    out: list[Candidate] = []
    i = 0
    while i < len(candidates):
        a = candidates[i]
        b = candidates[i + 1] if i + 1 < len(candidates) else None
        if b is not None:
            gap = text[a.end:b.start]
            pair = None
            if a.kind == "date" and b.parser in clocks and patterns.date_before_time.match(gap):
                pair = (a, b)
            elif a.parser in clocks and b.kind == "date" and patterns.time_before_date.match(gap):
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


def apply_modifiers(text: str, candidates: list[Candidate], *, patterns: _Patterns) -> list[Candidate]:
    """'early 2023', 'mid-March', 'the end of last year', 'around 2010': widen the span, narrow the bounds."""
    words = patterns.words
    out = []
    for cand in candidates:
        if cand.kind != "date":
            out.append(cand)
            continue
        window_start = max(0, cand.start - 24)
        part = patterns.part.search(text, window_start, cand.start)
        if part and part.end() == cand.start:
            mod = words.part_mods[(part.group(2) or part.group(3)).lower()]
            # "the early 2000s" keeps the article a decade takes ("the 2000s"); "early 2023" has none
            start = part.start(2) if part.group(1) and cand.parser not in words.article_parsers else part.start()
            cand = cand.with_span(start, cand.end, text[start:cand.end], _narrow(cand, mod))
        else:
            approx = patterns.approx.search(text, window_start, cand.start)
            if approx and approx.end() == cand.start and cand.parser in words.approx_parsers:
                cand = cand.with_span(approx.start(), cand.end, text[approx.start():cand.end], _approx(cand))
        out.append(cand)
    return out


def week_of(text: str, candidates: list[Candidate], *, patterns: _Patterns) -> list[Candidate]:
    """'the week of May 23', 'the week beginning 4 March': the week that holds the day (TIMEX3 gives the week)."""
    if patterns.week_of is None:
        return candidates
    out = []
    for cand in candidates:
        found = patterns.week_of.search(text, max(0, cand.start - 30), cand.start) if cand.kind == "date" else None
        if found is not None and found.end() == cand.start:
            cand = cand.with_span(found.start(), cand.end, text[found.start():cand.end], _week_holding(cand))
        out.append(cand)
    return out


def _week_holding(cand: Candidate):
    def resolve(ctx: Context) -> Resolution | None:
        res = cand.resolve(ctx)
        if res is None or res.precision != "day" or res.earliest is None:
            return res
        return cal.week(res.earliest, f"{res.rule}, the week that holds it")
    return resolve


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

