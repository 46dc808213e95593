"""Which stored event a new mention belongs to, and which reading dates a merged event.

Dates gate the match: two mentions whose bounds cannot describe one period are never the same
event, however alike their words. Among date-compatible events, the one sharing the most content
words wins, if it shares enough.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Protocol

from service.events.model import EventMention
from service.events.text import content_words

MIN_OVERLAP = 0.3


class Dated(Protocol):
    earliest: date | None
    latest: date | None
    precision: str | None


class Candidate(Dated, Protocol):
    id: int
    title: str

    @property
    def evidence(self) -> Sequence[object]: ...


def compatible(a: Dated, b: Dated) -> bool:
    """One reading's bounds lie within the other's: 'February 2023' and '18 February 2023' agree."""
    if None in (a.earliest, a.latest, b.earliest, b.latest):
        return False
    return (a.earliest <= b.earliest and b.latest <= a.latest) or (b.earliest <= a.earliest and a.latest <= b.latest)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def event_words(event: Candidate) -> frozenset[str]:
    words = set(content_words(event.title))
    for item in event.evidence:
        words |= content_words(getattr(item, "quote", ""))
    return frozenset(words)


def match(mention: EventMention, candidates: Iterable[Candidate]) -> Candidate | None:
    """The date-compatible event that shares the most words with the mention, if it shares enough."""
    best: tuple[float, Candidate] | None = None
    for event in candidates:
        if event.precision == mention.expression.precision and not compatible(mention.expression, event):
            continue
        if not compatible(mention.expression, event):
            continue
        score = overlap(mention.words, event_words(event))
        if score >= MIN_OVERLAP and (best is None or score > best[0]):
            best = (score, event)
    return best[1] if best else None


def narrowest(readings: Iterable[Dated]) -> Dated | None:
    """The most precise reading: the one with the tightest bounds (the earliest on ties)."""
    dated = [r for r in readings if r.earliest is not None and r.latest is not None]
    if not dated:
        return None
    return min(dated, key=lambda r: ((r.latest - r.earliest).days, r.earliest))
