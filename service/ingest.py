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
from service.events.anchored import AnchoredMention, extract_anchored, resolve_anchored
from service.events.document_date import estimate_publication
from service.events.undated import UndatedMention, extract_undated, link
from service.store import Event, Repository, Source, Store, content_hash

LINK_WINDOW_DAYS = 90  # an undated "the summit" refers to events within about a season of publication


@dataclass(frozen=True)
class Article:
    title: str
    text: str
    published: date | None = None  # None: estimated from the text, and flagged as such
    url: str | None = None
    outlet: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Ingested:
    source: Source
    events: list[Event]
    created: bool


def ingest(store: Store, article: Article, today: date | None = None) -> Ingested:
    """Store an article with the events found in it; the same text twice returns the first copy."""
    digest = content_hash(article.text)
    with store.transaction() as repo:
        existing = repo.source_by_hash(digest)
        if existing is not None:
            return Ingested(existing, list(repo.events_of_source(existing.id)), created=False)
    published, estimated = article.published, article.published is None
    if published is None:
        published = estimate_publication(article.text, today or date.today(), article.language).date
    expressions = temporal.annotate(article.text, published, article.language)
    mentions = ev.extract_mentions(article.text, published, article.language, expressions)
    undated = extract_undated(article.text, expressions)
    anchored = extract_anchored(article.text, expressions)
    with store.transaction(writes=True) as repo:
        existing = repo.source_by_hash(digest)
        if existing is not None:  # another writer stored it meanwhile
            return Ingested(existing, list(repo.events_of_source(existing.id)), created=False)
        source = repo.add_source(title=article.title, text=article.text, published=published,
                                 published_estimated=estimated, url=article.url, outlet=article.outlet,
                                 language=article.language)
        touched = {attach(repo, source, mention).id for mention in mentions}
        consolidate(repo, touched)
        for mention in undated:
            link_undated(repo, source, mention)
        touched = {event.id for item in anchored if (event := attach_anchored(repo, source, item)) is not None}
        consolidate(repo, touched)
        return Ingested(source, list(repo.events_of_source(source.id)), created=True)


def attach(repo: Repository, source: Source, mention: ev.EventMention, event: Event | None = None) -> Event:
    """Add a mention as evidence of `event`, of the event it matches, or of a new event (noting look-alikes
    it clashes with)."""
    expr = mention.expression
    if event is None:
        event = ev.match(mention, repo.events_overlapping(expr.earliest, expr.latest))
    if event is None:
        event = repo.add_event(title=mention.title, status=mention.status, origin="extracted", **_date_fields(expr))
        for other in ev.conflicting(mention, repo.events_near(expr.earliest, expr.latest)):
            repo.add_conflict(event, other)
    repo.add_evidence(event, source, title=mention.title, quote=mention.quote, quote_start=mention.quote_start,
                      quote_end=mention.quote_end, trigger=mention.trigger, trigger_start=mention.trigger_start,
                      trigger_end=mention.trigger_end, participants=list(mention.participants),
                      status=mention.status, expression=expr.text, expression_start=expr.start,
                      expression_end=expr.end, reference=source.published,
                      reference_estimated=source.published_estimated, **_date_fields(expr))
    if not event.curated:
        _refresh(repo, event)
    return event


def link_undated(repo: Repository, source: Source, mention: UndatedMention) -> Event | None:
    """Attach "the downing of the spy balloon" to the event it clearly names, as linked evidence."""
    same_source = repo.events_of_source(source.id)
    nearby = repo.events_near(source.published, source.published, days=LINK_WINDOW_DAYS)
    event = link(mention, same_source, nearby)
    if event is None:
        return None
    repo.add_evidence(event, source, title=mention.title, quote=mention.quote, quote_start=mention.quote_start,
                      quote_end=mention.quote_end, trigger=mention.trigger, trigger_start=mention.trigger_start,
                      trigger_end=mention.trigger_end, participants=list(mention.participants),
                      status=event.status, linked=True, reference=source.published,
                      reference_estimated=source.published_estimated)
    return event


def attach_anchored(repo: Repository, source: Source, item: AnchoredMention) -> Event | None:
    """"Two weeks after the incident": dated through the incident's event, if the phrase names one clearly."""
    anchor = link(item.anchor, repo.events_of_source(source.id),
                  repo.events_near(source.published, source.published, days=LINK_WINDOW_DAYS))
    if anchor is None or anchor.earliest is None:
        return None
    mention = resolve_anchored(item, anchor.earliest, anchor.precision, anchor.title, anchor.id)
    if mention is None:
        return None
    # "the meeting" of the anchored clause is, like any definite phrase, the source's meeting if it has one
    own = link(item.subject, repo.events_of_source(source.id), []) if item.subject else None
    if own is not None and ev.compatible(mention.expression, own):
        return attach(repo, source, mention, event=own)
    return attach(repo, source, mention)


def consolidate(repo: Repository, event_ids: set[int]) -> None:
    """Merge each touched event with stored events that turn out to be the same one."""
    for event_id in sorted(event_ids):
        event = repo.get_event(event_id)
        if event is None or event.earliest is None:
            continue
        for other in repo.events_overlapping(event.earliest, event.latest):
            if other.id != event.id and not other.curated and ev.same_event(event, other):
                repo.move_evidence(other, event)
                repo.delete_event(other)
        if not event.curated:
            _refresh(repo, event)


def _date_fields(expr: temporal.Expression) -> dict[str, Any]:
    return {"edtf": expr.edtf, "value": expr.value, "earliest": expr.earliest, "latest": expr.latest,
            "precision": expr.precision, "rule": expr.rule}


def _refresh(repo: Repository, event: Event) -> None:
    """An event's date is its most precise reading, its status what most sources say, its title the best one."""
    dated = [e for e in event.evidence if not e.linked]
    best = ev.narrowest(dated)
    fields: dict[str, Any] = {"status": ev.consensus_status([e.status for e in dated])}
    title = ev.best_title(event.evidence)
    if title:
        fields["title"] = title
    if best is not None:
        fields.update(edtf=best.edtf, value=best.value, earliest=best.earliest, latest=best.latest,
                      precision=best.precision, rule=best.rule)
    repo.update_event(event, **fields)


def delete_source(store: Store, source_id: int) -> bool:
    """Remove a source, its evidence, and the events only it supported; refresh the rest."""
    with store.transaction(writes=True) as repo:
        source = repo.get_source(source_id)
        if source is None:
            return False
        for event_id in repo.delete_source(source):
            event = repo.get_event(event_id)
            if event is not None and not event.curated and event.evidence:
                _refresh(repo, event)
        return True


def normalise_when(when: str, reference: date, language: str = "en") -> temporal.Expression | None:
    """A curator's free-text date ('last November') against a reference date."""
    return temporal.parse_when(when, reference, language)
