"""Event mentions: what one predicate of one source says happened, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from service.temporal.model import Expression

# how an event without a date of its own got one
ANCHORS = ("syntax", "discourse", "publication", "reference")


@dataclass(frozen=True)
class When:
    """A mention's date: its own expression's reading, or the anchor it borrowed one from."""

    value: str | None
    edtf: str | None
    earliest: date | None
    latest: date | None
    precision: str | None
    rule: str
    expression: str | None = None  # the words that date it, when it has a date of its own
    start: int | None = None
    end: int | None = None
    anchored_by: str | None = None  # None: dated by its own expression; else one of ANCHORS

    @classmethod
    def of(cls, expr: Expression) -> When:
        return cls(expr.value, expr.edtf, expr.earliest, expr.latest, expr.precision, expr.rule,
                   expr.text, expr.start, expr.end)

    def anchored(self, how: str, rule: str) -> When:
        return When(self.value, self.edtf, self.earliest, self.latest, self.precision, rule, None, None, None, how)


@dataclass(frozen=True)
class EventMention:
    """One claim in one source that something happened (or will), with the evidence to check it."""

    title: str
    status: str
    quote: str  # the sentence
    quote_start: int
    quote_end: int
    when: When
    predicate: str  # what happened, as a lemma ("meet", "shoot down"): the merge key
    trigger: str
    trigger_start: int
    trigger_end: int
    participants: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()  # who did it: the names of its subject (or passive agent)
    arguments: tuple[str, ...] = ()  # lemmas of what it was done to or about ("balloon", "raid")
    title_quality: int = 2  # 3 who did what to whom, 2 who did what / an event noun with complements
    # the verb that carries an event noun ("[held] talks", "[launched] a consultation"), when it is another word
    support_start: int | None = None
    support_end: int | None = None

    @property
    def dated(self) -> bool:
        return self.when.anchored_by is None
