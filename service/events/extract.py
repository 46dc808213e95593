"""Article -> event mentions: one per dated clause."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from service.events.model import EventMention
from service.events.status import status_of
from service.events.text import content_words, headline
from service.temporal import Expression, annotate
from service.temporal.tense import Sentences

# Expressions that date an event: a calendar period, not a vague reference ("recently") or a span of time.
DATING_PRECISIONS = frozenset({"minute", "part of day", "day", "weekend", "week", "range", "part", "month", "season",
                               "quarter", "half", "year"})


def dating(expressions: Iterable[Expression]) -> list[Expression]:
    return [e for e in expressions if e.type in ("DATE", "TIME") and e.precision in DATING_PRECISIONS]


def extract_mentions(text: str, reference: date, language: str = "en",
                     expressions: list[Expression] | None = None) -> list[EventMention]:
    """The event mentions of one source, each dated by one expression of its sentence."""
    if expressions is None:
        expressions = annotate(text, reference, language)
    sentences = Sentences(text)
    mentions: list[EventMention] = []
    for expr in dating(expressions):
        s_start, s_end = sentences.span(expr.start)
        sentence = text[s_start:s_end].rstrip()
        rest = (sentence[: expr.start - s_start] + sentence[expr.end - s_start:]).strip(" ,.;:-()\n")
        if len(content_words(rest)) < 2:
            continue  # a dateline or a bare date: nothing happens in it
        lead = len(sentence) - len(sentence.lstrip())
        quote = sentence.strip()
        title = headline(quote, expr.start - s_start - lead, expr.end - s_start - lead)
        mentions.append(EventMention(
            title=title,
            status=status_of(quote),
            quote=quote,
            quote_start=s_start + lead,
            quote_end=s_start + lead + len(quote),
            expression=expr,
            words=content_words(rest),
        ))
    return mentions
