"""Article in, events out, in one pass: pure pipeline -> one fetch of merge candidates -> pure
decision -> one write.

The pipeline (tagger, parse, extraction) runs before the transaction opens, so a slow parse never
holds the write lock. Inside it, the events the new mentions could join are fetched once by their
blocking keys (predicate and date), the new and stored mentions are clustered together
(`events.cluster`, order-independent), and the result is written in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from service import events as ev
from service import temporal
from service.events.document_date import estimate_publication
from service.events.extract import LANGUAGES
from service.events.lexicon import kinds
from service.events.merge import LOOSE, REFERENCE_WINDOW, Reading, conflicts, joins, same_encounter, same_happening
from service.events.names import core_words
from service.store import Event, Evidence, Near, Repository, Source, Store, content_hash

FUTURE_WINDOW = timedelta(days=366)  # how far ahead an undated plan may lie (see merge._span)
# beyond a new mention's period, stored mentions that may link to it through a month- or
# publication-dated mention (their periods run up to a month either way)
CHAIN_MARGIN = timedelta(days=31)


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
    """A stored article and its own mentions (each with its event's row, never the event's other
    evidence): the answer's size follows the article, not what the database holds."""

    source: Source
    mentions: list[Evidence]
    created: bool

    @property
    def events(self) -> list[Event]:
        """The distinct events the article's mentions are in, in timeline order."""
        unique = {item.event.id: item.event for item in self.mentions}
        return sorted(unique.values(), key=lambda event: event.sort_key)


def analyse(article: Article, today: date | None = None, reports: bool = False
            ) -> tuple[date, bool, list[ev.EventMention]]:
    """The pure part: publication date, expressions, one parse, event mentions (`reports`: with the
    verbs of saying, as TimeML counts events; the service leaves them out)."""
    published, estimated = article.published, article.published is None
    if published is None:
        published = estimate_publication(article.text, today or date.today(), article.language).date
    expressions = temporal.annotate(article.text, published, article.language)
    mentions: list[ev.EventMention] = []
    if article.language in LANGUAGES:
        from service.nlp import parse

        mentions = ev.extract_mentions(article.text, published, article.language, expressions,
                                       parsed=parse(article.text), reports=reports)
    return published, estimated, mentions


def ingest(store: Store, article: Article, today: date | None = None, reports: bool = False) -> Ingested:
    """Store an article with the events found in it; the same text twice returns the first copy."""
    digest = content_hash(article.text)
    with store.transaction() as repo:
        existing = repo.source_by_hash(digest)
        if existing is not None:
            return Ingested(existing, repo.mentions_of_source(existing.id), created=False)
    published, estimated, mentions = analyse(article, today, reports)
    with store.transaction(writes=True, keys=lock_keys(digest, mentions)) as repo:
        existing = repo.source_by_hash(digest)
        if existing is not None:  # another writer stored it meanwhile
            return Ingested(existing, repo.mentions_of_source(existing.id), created=False)
        source = repo.add_source(title=article.title, text=article.text, published=published,
                                 published_estimated=estimated, url=article.url, outlet=article.outlet,
                                 language=article.language)
        if mentions:
            candidates = fetch_candidates(repo, mentions, source.content_hash)
            write(repo, source, mentions, candidates)
        return Ingested(source, repo.mentions_of_source(source.id), created=True)


def blocking_keys(mentions: Sequence[ev.EventMention]) -> tuple[set[str], date, date]:
    """Predicates (with their related words) and the date window a stored mention must share to merge."""
    predicates: set[str] = set()
    for mention in mentions:
        predicates |= ev.related_words(mention.predicate)
    dated = [m.when for m in mentions if m.when.earliest is not None and m.when.latest is not None]
    low = min(w.earliest for w in dated) - REFERENCE_WINDOW
    high = max(w.latest for w in dated) + FUTURE_WINDOW
    return predicates, low, high


def lock_keys(digest: str, mentions: Sequence[ev.EventMention]) -> set[str]:
    """What an ingest must hold alone (PostgreSQL): its text; (kind of predicate, month) for every month
    a mention's period touches, as two mentions that can tell one happening share a kind and
    overlapping periods; (kind, argument, actor word) for every dated mention with an actor, as two
    that can conflict share a kind, an argument and an actor (merge.conflicts: same_name, so a core
    word of the shorter name is in both). Ingests whose mentions can neither merge nor conflict share
    no key and merge in parallel; a stored event both reach is locked as a row
    (Repository.events_by_ids). A mention without an actor never conflicts, so "the figures will be
    published" in every article does not put every ingest on one key."""
    keys = {f"text:{digest}"}
    for reading in (Reading.of(m, digest) for m in mentions):
        actor_words = {word for actor in reading.actors for word in core_words(actor)}
        for kind in kinds(reading.predicate):
            keys |= {f"period:{kind}:{month}" for month in _months(reading)}
            if reading.dated:
                keys |= {f"argument:{kind}:{argument}:{word}" for argument in reading.arguments
                         for word in actor_words}
    return keys


def fetch_candidates(repo: Repository, mentions: Sequence[ev.EventMention], source: str = "") -> Sequence[Event]:
    """The stored events the new mentions could join or conflict with, and nothing more.

    Light rows (the columns merging reads, no text) come from the (predicate, earliest) index within
    the loose window of the blocking keys; the merge relation itself then keeps the rows linked to a
    new mention, directly or through other kept rows, and those that could conflict with one; only
    those events are loaded whole. A year of same-verb events around the article, however dense,
    costs light rows, not events with all their evidence and clustering over all of them.
    """
    predicates, low, high = blocking_keys(mentions)
    new = [Reading.of(m, source) for m in mentions]
    windows = ev.mention_windows(new)
    periods = sorted({near for reading in new for near in _nears(reading)},
                     key=lambda n: (n.earliest, n.latest, sorted(n.words or ()), sorted(n.arguments)))
    firm = [r for r in new if r.dated and r.actors]  # only these can be in conflict (merge.conflicts)
    arguments = {argument for reading in firm for argument in reading.arguments}
    stored = [row for row in repo.mention_index(predicates, periods, (low, high), arguments, actor_words(firm))
              if ev.near(windows, row.predicate, row.earliest, row.latest)]
    return repo.events_by_ids(linked_events(new, stored))


def actor_words(readings: Sequence[Reading]) -> set[str] | None:
    """Words one of which every actor that can be the same as one of these contains."""
    return name_words([actor for r in readings for actor in r.actors])


def name_words(names: Sequence[str]) -> set[str] | None:
    """Words one of which every name that can be the same as one of `names` contains (same_name: one
    name's core words inside the other's), lower-cased; None when a name would not compare the same
    in SQL (beyond ASCII, SQLite's lower() and casefold differ; quotes are escaped in JSON), so names
    cannot narrow the look-up."""
    if any(not name.isascii() or '"' in name or "\\" in name for name in names):
        return None
    return {word for name in names for word in core_words(name) if word}


def _nears(reading: Reading) -> list[Near]:
    """Where stored mentions that can link to `reading` lie (its period, a month wider for the second
    hop through a month-dated mention) and what they must share with it: a participant or an argument
    (merge.same_happening), unless it names nobody or is dated loosely (merge.joins: dates and kind)."""
    spans = [span for found in ev.mention_windows([reading]).values() for span in found]
    words = None if reading.anchored_by in LOOSE or not reading.participants else name_words(reading.participants)
    return [Near(a - CHAIN_MARGIN, b + CHAIN_MARGIN, None if words is None else frozenset(words),
                 frozenset(reading.arguments)) for a, b in spans]


def _months(reading: Reading) -> range:
    """The months the reading's period touches, as year * 12 + month: the buckets linked readings share."""
    spans = [span for found in ev.mention_windows([reading]).values() for span in found]
    if not spans:
        return range(0)
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    return range(first.year * 12 + first.month, last.year * 12 + last.month + 1)


def _linked(a: Reading, b: Reading) -> bool:
    """Every way clustering can put two readings in one event (see merge.cluster)."""
    return (same_happening(a, b) or joins(a, b) or joins(b, a) or same_encounter(a, b)
            or same_encounter(b, a))


def linked_events(new: Sequence[Reading], stored: Sequence[Reading]) -> set[int]:
    """Events of stored readings the clustering could link to a new one, directly or through other stored
    readings (a closure), plus those a linked group could be in conflict with.

    Linked readings share a kind of predicate and overlapping periods, so stored readings are bucketed
    by (kind, month) and each reading is compared with its buckets only; conflicts need a shared
    argument, so those are bucketed by (kind, argument). The cost follows the readings near the
    article, not the whole window."""
    by_month: dict[tuple[str, int], list[int]] = {}
    by_argument: dict[tuple[str, str], list[int]] = {}
    of_event: dict[int, list[int]] = {}
    for index, reading in enumerate(stored):
        for kind in kinds(reading.predicate):
            for month in _months(reading):
                by_month.setdefault((kind, month), []).append(index)
            for argument in set(reading.arguments):
                by_argument.setdefault((kind, argument), []).append(index)
        of_event.setdefault(reading.event or 0, []).append(index)
    kept: set[int] = set()
    frontier = list(new)
    while frontier:
        reached: set[int] = set()
        for reading in frontier:
            near = {i for kind in kinds(reading.predicate) for month in _months(reading)
                    for i in by_month.get((kind, month), ())}
            reached |= {i for i in near - kept if _linked(reading, stored[i])}
        for index in list(reached):  # an event comes whole: its other readings link onwards too
            reached |= set(of_event.get(stored[index].event or 0, ()))
        reached -= kept
        kept |= reached
        frontier = [stored[i] for i in sorted(reached)]
    conflicting: set[int] = set()
    for reading in [*new, *(stored[i] for i in kept)]:
        for kind in kinds(reading.predicate):
            for argument in set(reading.arguments):
                conflicting |= {i for i in by_argument.get((kind, argument), ())
                                if i not in kept and conflicts([reading], [stored[i]])}
    return {stored[i].event for i in kept | conflicting if stored[i].event is not None}


def reading_of_evidence(item: Evidence) -> Reading:
    return Reading(key=ev.mention_key(item.source.content_hash, item.trigger_start), source=item.source.content_hash,
                   predicate=item.predicate or "", title=item.title or "", title_quality=item.title_quality or 0,
                   status=item.status, earliest=item.earliest, latest=item.latest, precision=item.precision,
                   edtf=item.edtf, anchored_by=item.anchored_by, actors=tuple(item.actors or ()),
                   participants=tuple(item.participants or ()), arguments=tuple(item.arguments or ()),
                   event=item.event_id)


def write(repo: Repository, source: Source, mentions: Sequence[ev.EventMention], candidates: Sequence[Event]) -> None:
    """Cluster the new mentions with the stored ones and make the database say the same."""
    readings = [Reading.of(m, source.content_hash) for m in mentions]
    new = {reading.key: mention for reading, mention in zip(readings, mentions, strict=True)}
    stored: dict[str, Evidence] = {}
    for event in candidates:
        for item in event.evidence:
            if item.predicate is None:
                continue  # evidence from before the parse-based layer: left where it is
            reading = reading_of_evidence(item)
            stored[reading.key] = item
            readings.append(reading)
    by_id = {event.id: event for event in candidates}
    touched: set[int] = set()
    groups = ev.cluster(readings)
    placed: list[tuple[Event, list[Reading]]] = []
    taken: set[int] = set()  # a stored event is the target of one group only: a split makes a new event
    for group in groups:
        owners = sorted({r.event for r in group if r.event is not None})
        if not any(r.key in new for r in group) and len(owners) == 1 and \
                len(group) == sum(1 for item in by_id[owners[0]].evidence if item.predicate is not None):
            taken.add(owners[0])
            continue  # a stored event the new article leaves as it was
        free = [i for i in owners if i not in taken]
        curated = [i for i in free if by_id[i].curated]
        target = by_id[(curated or free)[0]] if free else None
        if target is None:
            first = next((new[r.key] for r in group if r.key in new), None)
            origin = first if first is not None else stored[group[0].key]
            target = repo.add_event(title=origin.title, status=origin.status, origin="extracted",
                                    **_date_fields(first.when if first is not None else origin))
        taken.add(target.id)
        for reading in group:
            if reading.key in new:
                _add_evidence(repo, target, source, new[reading.key])
            elif reading.event != target.id and not by_id[reading.event].curated:
                stored[reading.key].event = target
                touched.add(reading.event)
        touched.add(target.id)
        placed.append((target, group))
    repo.session.flush()
    for event_id in sorted(touched):
        event = repo.get_event(event_id)
        if event is None:
            continue
        repo.session.refresh(event)
        if not event.evidence and event.origin == "extracted":
            repo.delete_event(event)
        elif not event.curated:
            refresh(repo, event)
    pairs: set[tuple[int, int]] = set()
    keys = [_conflict_keys(group) for group in groups]
    for event, group in placed:  # look-alikes of another stored event whose dates cannot agree
        mine = _conflict_keys(group)
        for other_group in (other for other, theirs in zip(groups, keys, strict=True) if mine & theirs):
            owner = next((r.event for r in other_group if r.event is not None), None)
            if owner is None or any(r.event == event.id for r in other_group) or not conflicts(group, other_group):
                continue
            other = repo.get_event(owner)
            if other is not None and other.id != event.id:
                pairs.add((event.id, other.id))
    repo.add_conflicts(pairs)


def _conflict_keys(group: Sequence[Reading]) -> set[tuple[str, str]]:
    """(kind, argument) pairs of a group: a conflict needs one in common (merge.conflicts), so only groups
    sharing one are compared, not every pair of groups."""
    return {(kind, argument) for r in group for kind in kinds(r.predicate) for argument in r.arguments}


def _add_evidence(repo: Repository, event: Event, source: Source, mention: ev.EventMention) -> Evidence:
    w = mention.when
    return repo.add_evidence(
        event, source, title=mention.title, quote=mention.quote, quote_start=mention.quote_start,
        quote_end=mention.quote_end, trigger=mention.trigger, trigger_start=mention.trigger_start,
        trigger_end=mention.trigger_end, participants=list(mention.participants), status=mention.status,
        expression=w.expression, expression_start=w.start, expression_end=w.end, reference=source.published,
        reference_estimated=source.published_estimated, linked=w.anchored_by is not None,
        predicate=mention.predicate, anchored_by=w.anchored_by, title_quality=mention.title_quality,
        actors=list(mention.actors), arguments=list(mention.arguments), **_date_fields(w))


def _date_fields(w: Any) -> dict[str, Any]:
    return {"edtf": w.edtf, "value": w.value, "earliest": w.earliest, "latest": w.latest,
            "precision": w.precision, "rule": w.rule}


def refresh(repo: Repository, event: Event) -> None:
    """An event's date, status, title and names follow from its evidence, whatever order it came in."""
    items = {reading_of_evidence(item): item for item in event.evidence if item.predicate is not None}
    fields: dict[str, Any] = {"source_count": len({item.source_id for item in event.evidence})}
    if items:
        summary = ev.summary(list(items))
        best = summary["date"]
        fields.update(status=summary["status"], anchored_by=summary["anchored_by"])
        if summary["title"]:
            fields["title"] = summary["title"]
        if best is not None:
            item = items[best]
            fields.update(edtf=item.edtf, value=item.value, earliest=item.earliest, latest=item.latest,
                          precision=item.precision, rule=item.rule)
    repo.update_event(event, **fields)
    names = [n for item in event.evidence for n in (item.participants or [])]
    repo.set_participants(event, ev.canonical_names(names))


def delete_source(store: Store, source_id: int) -> bool:
    """Remove a source, its evidence, and the events only it supported; refresh the rest."""
    with store.transaction(writes=True) as repo:
        source = repo.get_source(source_id)
        if source is None:
            return False
        for event_id in repo.delete_source(source):
            event = repo.get_event(event_id)
            if event is not None and not event.curated and event.evidence:
                refresh(repo, event)
        return True


def normalise_when(when: str, reference: date, language: str = "en") -> temporal.Expression | None:
    """A curator's free-text date ('last November') against a reference date."""
    return temporal.parse_when(when, reference, language)
