"""Event mentions: what one clause of one source says happened, and when."""

from __future__ import annotations

from dataclasses import dataclass, field

from service.temporal.model import Expression


@dataclass(frozen=True)
class EventMention:
    """One dated claim in one source, with the evidence a curator needs to check it."""

    title: str
    status: str
    quote: str  # the sentence
    quote_start: int
    quote_end: int
    expression: Expression
    trigger: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    participants: tuple[str, ...] = ()
    words: frozenset[str] = field(default_factory=frozenset)  # content words, for matching across sources
