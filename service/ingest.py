"""Article in, events out: runs the pure pipeline, then stores its result in one transaction.

The pipeline runs before the transaction opens, so a slow parse never holds a database lock, and
a failure anywhere leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from service import events as ev
from service import temporal
from service.store import Event, Repository, Source, Store, content_hash


@dataclass(frozen=True)
class Article:
    title: str
    text: str
    published: date
    url: str | None = None
    outlet: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Ingested:
    source: Source
    events: list[Event]
    created: bool


def ingest(store: Store, article: Article) -> Ingested:
    """Store an article with the events found in it; the same text twice returns the first copy."""
    digest = content_hash(article.text)
    with store.transaction() as repo:
        existing = repo.source_by_hash(digest)
        if existing is not None:
            return Ingested(existing, list(repo.events_of_source(existing.id)), created=False)
    mentions = ev.extract_mentions(article.text, article.published, article.language)
    with store.transaction() as repo:
        existing = repo.source_by_hash(digest)
        if existing is not None:  # another writer stored it meanwhile
            return Ingested(existing, list(repo.events_of_source(existing.id)), created=False)
        source = repo.add_source(title=article.title, text=article.text, published=article.published,
                                 url=article.url, outlet=article.outlet, language=article.language)
        for mention in mentions:
            attach(repo, source, mention)
        return Ingested(source, list(repo.events_of_source(source.id)), created=True)


def attach(repo: Repository, source: Source, mention: ev.EventMention) -> Event:
    """Add a mention as evidence of the event it matches, or of a new event."""
    expr = mention.expression
    event = ev.match(mention, repo.events_overlapping(expr.earliest, expr.latest))
    if event is None:
        event = repo.add_event(title=mention.title, status=mention.status, origin="extracted", **_date_fields(expr))
    repo.add_evidence(event, source, quote=mention.quote, quote_start=mention.quote_start,
                      quote_end=mention.quote_end, trigger=mention.trigger, status=mention.status,
                      expression=expr.text,
                      expression_start=expr.start, expression_end=expr.end, reference=source.published,
                      **_date_fields(expr))
    if not event.curated:
        _redate(repo, event)
    return event


def _date_fields(expr: temporal.Expression) -> dict[str, Any]:
    return {"edtf": expr.edtf, "value": expr.value, "earliest": expr.earliest, "latest": expr.latest,
            "precision": expr.precision, "rule": expr.rule}


def _redate(repo: Repository, event: Event) -> None:
    """An event's date is its most precise reading; its status what most of its sources say."""
    best = ev.narrowest(event.evidence)
    fields: dict[str, Any] = {"status": ev.consensus_status([e.status for e in event.evidence])}
    if best is not None:
        fields.update(edtf=best.edtf, value=best.value, earliest=best.earliest, latest=best.latest,
                      precision=best.precision, rule=best.rule)
    repo.update_event(event, **fields)


def delete_source(store: Store, source_id: int) -> bool:
    """Remove a source, its evidence, and the events only it supported; re-date the rest."""
    with store.transaction() as repo:
        source = repo.get_source(source_id)
        if source is None:
            return False
        for event_id in repo.delete_source(source):
            event = repo.get_event(event_id)
            if event is not None and not event.curated and event.evidence:
                _redate(repo, event)
        return True


def normalise_when(when: str, reference: date, language: str = "en") -> temporal.Expression | None:
    """A curator's free-text date ('last November') against a reference date."""
    return temporal.parse_when(when, reference, language)
