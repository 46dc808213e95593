"""Dates anchored on another event: "two weeks after the incident" is a date once the incident is.

The tagger sees only a duration ("two weeks"); here the duration, the direction word and the
definite event phrase after it become an anchored mention. Ingest resolves it through the event
the phrase links to; unlinked, it dates nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from service.events.model import EventMention
from service.events.participants import participants, split_possessives
from service.events.status import status_of
from service.events.text import content_words, headline
from service.events.triggers import find_trigger
from service.events.undated import UndatedMention, definite_phrase
from service.temporal import Expression
from service.temporal import calendar as cal
from service.temporal.sentences import Sentences

_DIRECTION = re.compile(r"\s+(after|before|following|prior\s+to)\s+", re.IGNORECASE)
_DURATION = re.compile(r"^P(\d+)([DWMY])$")
_UNIT_DAYS = {"D": 1, "W": 7}


@dataclass(frozen=True)
class AnchoredMention:
    """A clause dated relative to another event, waiting for that event's date."""

    amount: int
    unit: str  # D, W, M, Y
    sign: int  # +1 after, -1 before
    phrase_start: int  # "two weeks after the incident"
    phrase_end: int
    anchor: UndatedMention
    mention: EventMention  # its expression is a placeholder until resolved
    subject: UndatedMention | None  # "the meeting" when the dated clause names its event that way


def extract_anchored(text: str, expressions: list[Expression]) -> list[AnchoredMention]:
    sentences = Sentences(text)
    found = []
    for expr in expressions:
        duration = _DURATION.match(expr.value) if expr.type == "DURATION" else None
        direction = _DIRECTION.match(text, expr.end)
        if duration is None or direction is None:
            continue
        s_start, s_end = sentences.span(expr.start)
        anchor = definite_phrase(text, direction.end(), s_end, sentence=(s_start, s_end))
        if anchor is None or anchor.trigger_start - direction.end() > 30:
            continue
        comma = text.find(",", anchor.trigger_end, s_end)
        main = (comma + 1, s_end) if comma > 0 else (s_start, expr.start)
        trigger = find_trigger(text, *main, exclude=(main[0], main[0]))
        if trigger is None:
            continue
        quote = text[s_start:s_end].strip()
        q_start = s_start + (len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip()))
        phrase_end = anchor.trigger_end
        placeholder = Expression(expr.start, phrase_end, text[expr.start:phrase_end], "DATE", "", None, None, None,
                                 None, None, "")
        clause_text = text[main[0]:main[1]]
        mention = EventMention(
            title=headline(text, main, (trigger.start, trigger.end), (main[0], main[0])),
            status=status_of(clause_text), quote=quote, quote_start=q_start, quote_end=q_start + len(quote),
            expression=placeholder, trigger=trigger.text, trigger_start=trigger.start, trigger_end=trigger.end,
            participants=tuple(participants(split_possessives(clause_text))),
            words=content_words(clause_text))
        sign = -1 if direction.group(1).lower().startswith(("before", "prior")) else 1
        subject = definite_phrase(text, main[0], trigger.end, sentence=(s_start, s_end))
        found.append(AnchoredMention(int(duration.group(1)), duration.group(2), sign, expr.start, phrase_end,
                                     anchor, mention, subject))
    return found


def resolve_anchored(item: AnchoredMention, anchor_day: date, anchor_precision: str | None,
                     anchor_title: str, anchor_id: int) -> EventMention | None:
    """The mention with its date: the anchor moved by the duration, marked approximate ('~')."""
    if anchor_precision not in ("day", "month", "year"):
        return None
    offset = item.sign * item.amount
    rule = (f"anchored: {item.amount}{item.unit} {'after' if item.sign > 0 else 'before'} event {anchor_id} "
            f"'{anchor_title}' ({anchor_day.isoformat() if anchor_precision == 'day' else anchor_precision})")
    if item.unit in _UNIT_DAYS and anchor_precision == "day":
        res = cal.day(anchor_day + timedelta(days=offset * _UNIT_DAYS[item.unit]), rule)
    elif item.unit in ("D", "W", "M") and anchor_precision in ("day", "month"):
        months = offset if item.unit == "M" else 0
        year, month = cal.shift_months(anchor_day.year, anchor_day.month, months)
        res = cal.month(year, month, rule)
    else:
        res = cal.year(anchor_day.year + (offset if item.unit == "Y" else 0), rule)
    res = cal.approximate(res, rule)
    placeholder = item.mention.expression
    expr = Expression(placeholder.start, placeholder.end, placeholder.text, res.type, res.value, res.edtf,
                      res.earliest, res.latest, res.precision, res.mod, res.rule)
    return replace(item.mention, expression=expr)
