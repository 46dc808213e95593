"""Which stored event a new mention belongs to, and which reading dates a merged event.

Dates gate the match: two mentions whose bounds cannot describe one period are never the same
event, however alike their words. Among date-compatible events, the one sharing the most content
words wins, if it shares enough.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Protocol

from service.events.lexicon import EVENT_NOUNS, LEMMAS
from service.events.model import EventMention
from service.events.text import content_words, stem

MIN_OVERLAP = 0.3
MIN_SHARED = 2
SAME_EVENT_OVERLAP = 0.5
CONFLICT_OVERLAP = 0.6


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
    """What an event is about: the words of its titles and triggers."""
    words = set(content_words(event.title))
    for item in event.evidence:
        words |= content_words(getattr(item, "title", None) or "")
        words |= content_words(getattr(item, "trigger", None) or "")
    return frozenset(words)


def lemma(trigger: str | None) -> str:
    """'met', 'meeting' -> 'meet'; 'shot down', 'downing' -> 'shoot down'."""
    if not trigger:
        return ""
    words = trigger.lower().split()
    head = LEMMAS.get(words[0]) or stem(words[0])
    return f"{head} {words[1]}" if len(words) > 1 and " " not in head else head


def event_lemmas(event: Candidate) -> set[str]:
    return {lemma(getattr(item, "trigger", None)) for item in event.evidence} - {""}


def event_names(event: Candidate) -> set[str]:
    return {name.casefold() for item in event.evidence for name in (getattr(item, "participants", None) or [])}


def _same_kind_same_people(lemmas_a: set[str], names_a: set[str], lemmas_b: set[str], names_b: set[str]) -> bool:
    """Same kind of event (trigger lemma) involving someone in common: one event, told twice."""
    return bool(lemmas_a & lemmas_b) and bool(names_a & names_b)


def _agrees(a: frozenset[str], b: frozenset[str], threshold: float) -> float:
    shared = len(a & b)
    score = overlap(a, b)
    return score if shared >= MIN_SHARED and score >= threshold else 0.0


def same_event(a: Candidate, b: Candidate) -> bool:
    """Two stored events that are one: dates that can agree and mostly the same words (re-run after ingest,
    so the order sources arrive in does not decide what merges)."""
    if not compatible(a, b):
        return False
    return _agrees(event_words(a), event_words(b), SAME_EVENT_OVERLAP) > 0 or \
        _same_kind_same_people(event_lemmas(a), event_names(a), event_lemmas(b), event_names(b))


def match(mention: EventMention, candidates: Iterable[Candidate]) -> Candidate | None:
    """The date-compatible event that shares the most words with the mention, if it shares enough."""
    best: tuple[float, Candidate] | None = None
    for event in candidates:
        if not compatible(mention.expression, event):
            continue
        score = _agrees(mention.words, event_words(event), MIN_OVERLAP)
        if not score and _same_kind_same_people({lemma(mention.trigger)} - {""},
                                                {n.casefold() for n in mention.participants},
                                                event_lemmas(event), event_names(event)):
            score = MIN_OVERLAP
        if score and (best is None or score > best[0]):
            best = (score, event)
    return best[1] if best else None


def looks_alike(mention: EventMention, event: Candidate) -> bool:
    """Same trigger and mostly the same words: the same event told with a date that disagrees."""
    triggers = {stem(getattr(item, "trigger", None) or "") for item in event.evidence} - {""}
    return bool(mention.trigger) and stem(mention.trigger) in triggers and \
        _agrees(mention.words, event_words(event), CONFLICT_OVERLAP) > 0


def conflicting(mention: EventMention, events: Iterable[Candidate]) -> list[Candidate]:
    """Events the mention looks like but cannot be merged with, because no date satisfies both."""
    return [e for e in events if not compatible(mention.expression, e) and looks_alike(mention, e)]


def best_title(evidence: Sequence[object]) -> str | None:
    """The title a reader gets: from the mention with a verb and a subject, of headline length.

    Only dated mentions offer titles; every mention votes for its kind of event (trigger lemma).
    Prefers titles of 4-12 words, then the kind most mentions share, then verb triggers ("U.S. shot
    down ...") over nouns ("downing of ..."), then the earliest evidence.
    """
    titled = [e for e in evidence if getattr(e, "title", None) and not getattr(e, "linked", False)]
    if not titled:
        return None
    trigger_votes: dict[str, int] = {}
    for item in evidence:
        key = lemma(getattr(item, "trigger", None))
        trigger_votes[key] = trigger_votes.get(key, 0) + 1

    def score(item: object) -> tuple[int, int, int, int]:
        words = len(item.title.split())
        fits = 0 if 4 <= words <= 12 else 1
        trigger = (getattr(item, "trigger", None) or "").lower()
        nominal = 1 if trigger in EVENT_NOUNS or trigger.endswith("ing") else 0
        return (fits, -trigger_votes[lemma(trigger)], nominal, getattr(item, "id", 0) or 0)
    return min(titled, key=score).title


def narrowest(readings: Iterable[Dated]) -> Dated | None:
    """The most precise reading: the one with the tightest bounds (the earliest on ties)."""
    dated = [r for r in readings if r.earliest is not None and r.latest is not None]
    if not dated:
        return None
    return min(dated, key=lambda r: ((r.latest - r.earliest).days, r.earliest))
