"""Anaphoric dates: 'the following day', 'the day before', 'later that month', 'the following Monday'.

TimeML (TIMEX3 guidelines) anchors an anaphoric expression to the most recent suitable temporal expression
of the discourse, not to the document's date: 'launched a consultation the following day' after 'on Wednesday'
is the Thursday. A suitable antecedent has a grain that can carry the unit (a day for 'the following day', any
date with a year for 'the following year') and lies in the anaphor's sentence or the two before it
(`Context.discourse`): an older date is background the story has moved on from. With no antecedent the span
keeps the reading it had before these rules (the duration parser's 'P1D' for 'the following day', the bare
weekday for 'the following Monday'), carried as the candidate's `fallback`; 'the day before' or 'that day'
alone stays untagged: English does not read them from the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from service.temporal import calendar as cal
from service.temporal import parsers as ps
from service.temporal import resolve as rs
from service.temporal.languages import en as words
from service.temporal.model import Candidate, Context, Resolution
from service.temporal.parsers import Parser, parser
from service.temporal.resolve import DAY_GRAINS, GRAINS, antecedent

_SPAN_BEFORE = re.compile(r"\b(?:" + words.ANAPHORIC_SPAN_BEFORE_RE + r")\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:" + words.CLAUSE_END_RE + r")", re.IGNORECASE)
_APPROXIMATE_AFTER = re.compile(r"\s+(?:" + words.APPROXIMATE_AFTER_RE + r")\b", re.IGNORECASE)
_NOT_ANAPHORIC_AFTER = re.compile(r"\s+(?:" + words.NOT_ANAPHORIC_AFTER_RE + r")\b", re.IGNORECASE)


def _previous(res: Resolution) -> str:
    return f"the previous date in the text ({res.value})"


def _today(text: str, m: re.Match[str], before: Parser) -> Candidate | None:
    """What `before` reads in the match's span: the reading the span keeps when it has no antecedent."""
    found = [c for c in before.find(text, [(m.start(), m.end())]) if m.start() <= c.start and c.end <= m.end()]
    return max(found, key=lambda c: c.end - c.start, default=None)


def _shift(unit: str, step: int, why: str) -> Callable[[Context], Resolution | None]:
    def resolve(ctx: Context) -> Resolution | None:
        found = antecedent(ctx, GRAINS[unit])
        if found is None:
            return None
        return rs.shifted(unit, step, found.earliest, f"{why}: {unit} {step:+d} from {_previous(found)}")
    return resolve


@parser(r"\bthe\s+(?:(following|next|previous)\s+(" + words.ANAPHORIC_UNITS_RE + r")|day\s+(before|after))\b(?!-)",
        triggers=words.ANAPHORA_TRIGGERS)
def anaphoric_period(text: str, m: re.Match[str]) -> Candidate | None:
    """'the following day|week|month|year', 'the next day', 'the previous day', 'the day before|after'."""
    word = (m.group(1) or m.group(3)).lower()
    unit = (m.group(2) or "day").lower()
    if word in ("next", "previous") and unit != "day":
        return None  # "the next year" is a stretch ahead; "(the) previous week" is relative_period's
    if m.group(3) and not _CLAUSE_END.match(text, m.end()):
        return None  # "the day before the vote": anchored on an event, not a date
    if _SPAN_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _APPROXIMATE_AFTER.match(text, m.end()):
        return None  # "over the following year", "in the next day or two": a stretch of time
    why = f"'{m.group(0).lower()}' refers back"
    return Candidate(m.start(), m.end(), m.group(0), "anaphoric_period", _shift(unit, words.ANAPHORIC_STEPS[word], why),
                     "date", {"fallback": _today(text, m, ps.duration)})


@parser(r"\b(?:(earlier|later)\s+)?(" + words.ANAPHORIC_SAME_RE + r")\s+(day|week|month|"
        + words.PART_OF_DAY_RE + r")\b(?!-)", triggers=words.ANAPHORA_TRIGGERS)
def anaphoric_same(text: str, m: re.Match[str]) -> Candidate | None:
    """'that day', 'the same week', 'later that month', 'the same morning': the period of the date the text last
    gave (a part of the day: that part of its day).

    'earlier' and 'later' bound it by that date, as 'earlier this month' is bounded by the reference."""
    side, unit = (m.group(1) or "").lower(), m.group(3).lower()
    if _NOT_ANAPHORIC_AFTER.match(text, m.end()):
        return None
    build = {"day": cal.day, "week": cal.week}
    part = unit if unit not in ("day", "week", "month") else None
    if part is not None:  # "the same morning": the morning of the day last given
        unit = "day"

    def resolve(ctx: Context) -> Resolution | None:
        found = antecedent(ctx, GRAINS[unit])
        if found is None:
            return None
        if part is not None:
            return ps.with_part_of_day(cal.day(found.earliest, f"the {part} of {_previous(found)}"), part)
        why = f"the {unit} of {_previous(found)}"
        base = found.earliest
        res = build[unit](base, why) if unit in build else cal.month(base.year, base.month, why)
        if side == "later" and found.precision != unit:
            return Resolution(res.type, res.value, res.edtf, max(res.earliest, found.earliest), res.latest,
                              res.precision, None, f"{why}, after it")
        if side == "earlier" and found.precision != unit:
            return Resolution(res.type, res.value, res.edtf, res.earliest, min(res.latest, found.latest),
                              res.precision, None, f"{why}, before it")
        return res
    return Candidate(m.start(), m.end(), m.group(0), "anaphoric_same", resolve, "date")


@parser(r"\bthe\s+following\s+(" + words.WEEKDAY_FULL_RE + r")(?:\s+(" + words.PART_OF_DAY_RE + r"))?\b",
        triggers=["following"])
def anaphoric_weekday(text: str, m: re.Match[str]) -> Candidate | None:
    """'the following Monday': the first Monday after the date the text last gave."""
    if not m.group(1)[:1].isupper():
        return None
    index, part = words.WEEKDAYS[m.group(1).lower()], m.group(2)

    def resolve(ctx: Context) -> Resolution | None:
        found = antecedent(ctx, DAY_GRAINS)
        if found is None:
            return None
        ahead = (index - found.earliest.weekday()) % 7 or 7
        res = cal.day(found.earliest + timedelta(days=ahead),
                      f"the first {rs.WEEKDAY_NAMES[index]} after {_previous(found)}")
        return ps.with_part_of_day(res, part) if part else res
    return Candidate(m.start(), m.end(), m.group(0), "anaphoric_weekday", resolve, "time" if part else "date",
                     {"fallback": _today(text, m, ps.weekday)})
