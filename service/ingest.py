"""Article in, events out, in one pass: pure pipeline -> one fetch of merge candidates -> pure
decision -> one write.

The pipeline (tagger, parse, extraction) runs before the transaction opens, so a slow parse never
holds the write lock. Inside it, the events the new mentions could join are fetched once by their
blocking keys (predicate and date), the new and stored mentions are clustered together
(`events.cluster`, order-independent), and the result is written in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from service import events as ev
from service import temporal
from service.events.document_date import estimate_publication
from service.events.extract import LANGUAGES
from service.events.lexicon import kinds
from service.events.merge import LOOSE, REFERENCE_WINDOW, Reading, conflicts, joins, same_encounter, same_happening
from service.events.names import core_words
from service.store import (
    Event,
    Evidence,
    LookAlike,
    Near,
    Repository,
    Source,
    Store,
    StoredEvent,
    StoredMention,
    content_hash,
    order_key,
)
from service.store.candidates import DERIVED
from service.store.repository import searchable_names

FUTURE_WINDOW = timedelta(days=366)  # how far ahead an undated plan may lie (see merge._span)
# beyond a new mention's period, stored mentions that may link to it through a month- or
# publication-dated mention (their periods run up to a month either way)
CHAIN_MARGIN = timedelta(days=31)
# look-alikes whose dates clash flagged per new mention (and per written event) on each side of its
# date, nearest first; and the rows read per predicate and side to find them
LOOK_ALIKES = 2
LOOK_ALIKE_ROWS = 4 * LOOK_ALIKES


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


def fetch_candidates(repo: Repository, mentions: Sequence[ev.EventMention], source: str = "") -> Sequence[StoredEvent]:
    """The stored events the new mentions could join, and their nearest look-alikes, and nothing more.

    Light rows (the columns merging reads, no text) come from the (predicate, earliest) index within
    the loose window of the blocking keys; the merge relation itself then keeps the rows linked to a
    new mention, directly or through other kept rows. Look-alikes whose dates clash come from a
    bounded walk of the same index (nearest_look_alikes). Only those events are loaded with all their
    evidence, as light rows (no quotes, no text). A year of same-verb events around the article,
    however dense, costs light rows, not events with all their evidence and clustering over all of them.
    """
    predicates, low, high = blocking_keys(mentions)
    new = [Reading.of(m, source) for m in mentions]
    windows = ev.mention_windows(new)
    periods = sorted({near for reading in new for near in _nears(reading)},
                     key=lambda n: (n.earliest, n.latest, sorted(n.words or ()), sorted(n.arguments),
                                    sorted(n.actors or ()), sorted(n.predicates or ())))
    stored = [row for row in repo.mention_index(predicates, periods, (low, high))
              if ev.near(windows, row.predicate, row.earliest, row.latest)]
    return repo.candidate_events(linked_events(new, stored) | nearest_look_alikes(repo, new))


def nearest_look_alikes(repo: Repository, new: Sequence[Reading]) -> set[int]:
    """Stored events that look like a new own-dated mention (related predicate, an actor and an argument
    in common) but whose dates cannot agree with it (merge.conflicts): for each mention, the
    LOOK_ALIKES nearest in date before it and as many after, within a year either way.

    A flag says "perhaps this very event, misdated"; for a happening that recurs (a council's monthly
    meeting, a yearly budget vote), the occurrences next to it are the ones a wrong date would be
    confused with, and each farther one is flagged to its own neighbours, so following the flags
    walks the series. Flagging every occurrence in the year would write and read links in the
    number of occurrences stored, which grows with the database, not with the article.
    """
    firm = [r for r in new if r.dated and r.actors and r.arguments and r.earliest is not None
            and r.latest is not None]
    probes = []
    for reading in firm:
        words = name_words(reading.actors)
        probes.append(LookAlike(predicates=frozenset(ev.related_words(reading.predicate)), earliest=reading.earliest,
                                latest=reading.latest, arguments=frozenset(reading.arguments),
                                actor_words=None if words is None else frozenset(words),
                                low=reading.earliest - REFERENCE_WINDOW, high=reading.latest + FUTURE_WINDOW))
    events: set[int] = set()
    # rows, not events, are limited in SQL: a few more than LOOK_ALIKES, as one event may have several
    for reading, rows in zip(firm, repo.look_alikes(probes, LOOK_ALIKE_ROWS), strict=True):
        found = [(row.earliest, row.event) for row in rows
                 if row.event is not None and row.earliest is not None and conflicts([reading], [row])]
        events |= set(_nearest(reading.earliest, found))
    return events


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
    hop through a month-dated mention), of a predicate related to its own, and what they must share
    with it: a participant or an argument (merge.same_happening), unless it names nobody or is dated
    loosely (merge.joins: dates and kind); and when it names a doer, no doer or the same one, as every
    way of linking refuses two different actors. (A stored mention by another actor could still join
    the event through a third that names no actor; like one sharing nothing with the article, it is
    left to the next article that tells of it, so that the rows read follow the article, not every
    town's meetings that month.)"""
    spans = [span for found in ev.mention_windows([reading]).values() for span in found]
    words = None if reading.anchored_by in LOOSE or not reading.participants else name_words(reading.participants)
    actors = name_words(reading.actors) if reading.actors else None
    return [Near(a - CHAIN_MARGIN, b + CHAIN_MARGIN, None if words is None else frozenset(words),
                 frozenset(reading.arguments), None if actors is None else frozenset(actors),
                 frozenset(ev.related_words(reading.predicate))) for a, b in spans]


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
    readings (a closure).

    Linked readings share a kind of predicate and overlapping periods, so stored readings are bucketed
    by (kind, month) and each reading is compared with its buckets only. The cost follows the readings
    near the article, not the whole window."""
    by_month: dict[tuple[str, int], list[int]] = {}
    of_event: dict[int, list[int]] = {}
    for index, reading in enumerate(stored):
        for kind in kinds(reading.predicate):
            for month in _months(reading):
                by_month.setdefault((kind, month), []).append(index)
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
    return {stored[i].event for i in kept if stored[i].event is not None}


def reading_of_evidence(item: Evidence) -> Reading:
    return Reading(key=ev.mention_key(item.source.content_hash, item.trigger_start), source=item.source.content_hash,
                   predicate=item.predicate or "", title=item.title or "", title_quality=item.title_quality or 0,
                   status=item.status, earliest=item.earliest, latest=item.latest, precision=item.precision,
                   edtf=item.edtf, anchored_by=item.anchored_by, actors=tuple(item.actors or ()),
                   participants=tuple(item.participants or ()), arguments=tuple(item.arguments or ()),
                   event=item.event_id)


@dataclass
class Plan:
    """What the merge decision changes, before any of it is written: events to create (their fields),
    new evidence (by event: a stored id, or -n for the n-th created event), stored evidence moved,
    stored events emptied, refreshed fields and names."""

    created: list[dict[str, Any]] = field(default_factory=list)
    added: list[tuple[int, ev.EventMention]] = field(default_factory=list)  # in the order they are written
    moved: dict[int, tuple[StoredMention, int]] = field(default_factory=dict)  # evidence id -> (it, its event)
    emptied: list[int] = field(default_factory=list)
    updated: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    names: dict[int, tuple[dict[str, str], dict[str, str]]] = field(default_factory=dict)  # event -> (now, wanted)
    placed: list[tuple[int, int]] = field(default_factory=list)  # (index of a group, the event it is written to)
    final: dict[int, int] = field(default_factory=dict)  # the event each group ends in


def write(repo: Repository, source: Source, mentions: Sequence[ev.EventMention],
          candidates: Sequence[StoredEvent]) -> None:
    """Cluster the new mentions with the stored ones and make the database say the same: the decision is
    made in memory (plan), then written with one statement per kind of change, whatever the number of
    events and evidence it touches."""
    readings = [Reading.of(m, source.content_hash) for m in mentions]
    groups, plan = plan_merge(source, readings, mentions, candidates)
    ids = repo.insert_events(plan.created)

    def real(event: int) -> int:
        return ids[-event - 1] if event < 0 else event

    repo.insert_evidence([_evidence_row(real(event), source, mention) for event, mention in plan.added])
    repo.move_evidence([(item.id, real(event), item.reading.earliest, item.reading.latest)
                        for item, event in plan.moved.values() if item.reading is not None])
    repo.delete_events(plan.emptied)
    repo.update_events(plan.updated)
    removed, renamed, added = [], [], []
    for event, (now, wanted) in plan.names.items():
        removed += [(real(event), key) for key in now if key not in wanted]
        renamed += [{"event_id": real(event), "name_key": key, "name": name} for key, name in wanted.items()
                    if key in now and now[key] != name]
        added += [{"event_id": real(event), "name_key": key, "name": name} for key, name in wanted.items()
                  if key not in now]
    repo.rename_participants(removed, renamed, added)
    placed = [(index, real(event)) for index, event in plan.placed]
    final = {index: real(event) for index, event in plan.final.items()}
    repo.add_conflicts(_conflict_pairs(groups, placed, final, set(plan.emptied)))


def plan_merge(source: Source, new_readings: Sequence[Reading], mentions: Sequence[ev.EventMention],
               candidates: Sequence[StoredEvent]) -> tuple[list[list[Reading]], Plan]:
    """The clustering of the new and stored readings, and what it changes. Each group is written to a
    stored event it holds (a curated one first) that no earlier group took, else to a new event; stored
    evidence of uncurated events follows its group; an event left without evidence goes; every other
    event the article touched is summarised again from its evidence (`summarise`)."""
    new = {reading.key: mention for reading, mention in zip(new_readings, mentions, strict=True)}
    readings = list(new_readings)
    stored: dict[str, StoredMention] = {}
    for event in candidates:
        for item in event.evidence:
            if item.reading is None:
                continue  # evidence from before the parse-based layer: left where it is
            stored[item.reading.key] = item
            readings.append(item.reading)
    by_id = {event.id: event for event in candidates}
    plan = Plan()
    touched: set[int] = set()
    groups = ev.cluster(readings)
    taken: set[int] = set()  # a stored event is the target of one group only: a split makes a new event
    for index, group in enumerate(groups):
        owners = sorted({r.event for r in group if r.event is not None})
        if not any(r.key in new for r in group) and len(owners) == 1 and \
                len(group) == sum(1 for item in by_id[owners[0]].evidence if item.reading is not None):
            taken.add(owners[0])
            plan.final[index] = owners[0]
            continue  # a stored event the new article leaves as it was
        free = [i for i in owners if i not in taken]
        curated = [i for i in free if by_id[i].curated]
        target = (curated or free)[0] if free else None
        if target is None:
            first = next((new[r.key] for r in group if r.key in new), None)
            plan.created.append(_created_fields(first, stored.get(group[0].key)))
            target = -len(plan.created)
        taken.add(target)
        for reading in group:
            if reading.key in new:
                plan.added.append((target, new[reading.key]))
            elif reading.event != target and not by_id[reading.event].curated:
                item = stored[reading.key]
                plan.moved[item.id] = (item, target)
                touched.add(reading.event or 0)
        touched.add(target)
        plan.placed.append((index, target))
        plan.final[index] = target
    members: dict[int, list[StoredMention]] = {event: [] for event in touched}
    for event in candidates:
        for item in event.evidence:
            home = plan.moved[item.id][1] if item.id in plan.moved else item.event_id
            if home in members:
                members[home].append(item)
    for target, mention in plan.added:
        members[target].append(_new_mention(source, target, mention))
    for event in sorted(touched, key=lambda e: (e < 0, abs(e))):
        evidence = sorted(members[event], key=lambda item: item.id if item.id > 0 else 1 << 62)  # new last, in order
        stored_event = by_id.get(event)
        if stored_event is not None and not evidence and stored_event.origin == "extracted":
            plan.emptied.append(event)
            continue
        if stored_event is not None and stored_event.curated:
            continue
        fields, names = summarise(evidence)
        if stored_event is None:
            plan.created[-event - 1].update(fields)
        else:
            now = {**stored_event.columns, **fields}
            if now != stored_event.columns or order_key(now["earliest"], now["latest"], now["precision"],
                                                        now["title"]) != stored_event.order_key:
                plan.updated.append((event, {name: now[name] for name in DERIVED}))
        wanted = searchable_names(names)
        current = stored_event.names if stored_event is not None else {}
        if wanted != current:
            plan.names[event] = (current, wanted)
    return groups, plan


def summarise(evidence: Sequence[StoredMention]) -> tuple[dict[str, Any], list[str]]:
    """An event's date, status, title and source count, and its names, from its evidence in id order,
    whatever order it came in."""
    items = {replace(item.reading, event=None): item for item in evidence if item.reading is not None}
    fields: dict[str, Any] = {"source_count": len({item.source_id for item in evidence})}
    if items:
        summary = ev.summary(list(items))
        best = summary["date"]
        fields.update(status=summary["status"], anchored_by=summary["anchored_by"])
        if summary["title"]:
            fields["title"] = summary["title"]
        if isinstance(best, Reading):
            item = items[best]
            fields.update(edtf=best.edtf, value=item.value, earliest=best.earliest, latest=best.latest,
                          precision=best.precision, rule=item.rule)
    names = [n for item in evidence for n in (item.participants or ())]
    return fields, ev.canonical_names(names)


def _created_fields(first: ev.EventMention | None, origin: StoredMention | None) -> dict[str, Any]:
    """A new event's fields before its evidence is summarised: its first new mention's, else those of the
    stored mention it is split off with."""
    if first is not None:
        return {"title": first.title, "status": first.status, "origin": "extracted", "anchored_by": None,
                "source_count": 0, **_date_fields(first.when)}
    assert origin is not None and origin.reading is not None  # a group holds a new or a stored reading
    reading = origin.reading
    return {"title": origin.title, "status": origin.status, "origin": "extracted", "anchored_by": None,
            "source_count": 0, "edtf": reading.edtf, "value": origin.value, "earliest": reading.earliest,
            "latest": reading.latest, "precision": reading.precision, "rule": origin.rule}


def _new_mention(source: Source, event: int, mention: ev.EventMention) -> StoredMention:
    """A new mention as the summary of its event reads it (as the row written for it would read back)."""
    return StoredMention(id=0, event_id=event, source_id=source.id, title=mention.title, status=mention.status,
                         value=mention.when.value, rule=mention.when.rule, participants=tuple(mention.participants),
                         reading=Reading.of(mention, source.content_hash))


def _conflict_pairs(groups: Sequence[Sequence[Reading]], placed: Sequence[tuple[int, int]], final: dict[int, int],
                    gone: set[int]) -> set[tuple[int, int]]:
    """Each written event and its look-alikes among the other groups whose dates cannot agree: the
    LOOK_ALIKES nearest in date on either side (see nearest_look_alikes), compared only with groups
    sharing a kind and an argument (what merge.conflicts needs)."""
    keys = [_conflict_keys(group) for group in groups]
    dates = [_group_date(group) for group in groups]
    pairs: set[tuple[int, int]] = set()
    for index, event in placed:
        if dates[index] is None or event in gone:
            continue
        found = []
        for other, group in enumerate(groups):
            owner = final.get(other)
            if other == index or owner is None or owner == event or owner in gone or dates[other] is None \
                    or not keys[index] & keys[other] or any(r.event == event for r in group) \
                    or not conflicts(groups[index], group):
                continue
            found.append((dates[other], owner))
        pairs |= {(event, owner) for owner in _nearest(dates[index], found)}
    return pairs


def _group_date(group: Sequence[Reading]) -> date | None:
    """Where a group lies in time for the nearest look-alikes: the start of its narrowest own date."""
    best = ev.narrowest(r for r in group if r.dated)
    return best.earliest if best is not None else None


def _nearest(day: date, found: Sequence[tuple[date, int]]) -> list[int]:
    """The LOOK_ALIKES distinct events nearest to `day` before it and as many from it on, nearest first
    (ties to the lower id)."""
    chosen: list[int] = []
    for side in ([f for f in found if f[0] < day], [f for f in found if f[0] >= day]):
        mine: list[int] = []
        for _, owner in sorted(side, key=lambda f: (abs((f[0] - day).days), f[1])):
            if owner not in mine and len(mine) < LOOK_ALIKES:
                mine.append(owner)
        chosen += mine
    return chosen


def _conflict_keys(group: Sequence[Reading]) -> set[tuple[str, str]]:
    """(kind, argument) pairs of a group: a conflict needs one in common (merge.conflicts), so only groups
    sharing one are compared, not every pair of groups."""
    return {(kind, argument) for r in group for kind in kinds(r.predicate) for argument in r.arguments}


def _evidence_row(event: int, source: Source, mention: ev.EventMention) -> dict[str, Any]:
    """The evidence row of a new mention of `source` in `event`."""
    w = mention.when
    return dict(
        event_id=event, source_id=source.id, title=mention.title, quote=mention.quote,
        quote_start=mention.quote_start, quote_end=mention.quote_end, trigger=mention.trigger,
        trigger_start=mention.trigger_start, trigger_end=mention.trigger_end, participants=list(mention.participants),
        status=mention.status, expression=w.expression, expression_start=w.start, expression_end=w.end,
        reference=source.published, reference_estimated=source.published_estimated, linked=w.anchored_by is not None,
        predicate=mention.predicate, anchored_by=w.anchored_by, title_quality=mention.title_quality,
        actors=list(mention.actors), arguments=list(mention.arguments), **_date_fields(w))


def _date_fields(w: Any) -> dict[str, Any]:
    return {"edtf": w.edtf, "value": w.value, "earliest": w.earliest, "latest": w.latest,
            "precision": w.precision, "rule": w.rule}


def refresh(repo: Repository, event: Event, flush: bool = True) -> None:
    """An event's date, status, title and names follow from its evidence, whatever order it came in
    (`flush` False: written with the caller's next flush)."""
    fields, names = summarise([_stored(item) for item in event.evidence])
    repo.update_event(event, flush=flush, **fields)
    repo.set_participants(event, names)


def _stored(item: Evidence) -> StoredMention:
    """A loaded evidence row as `summarise` reads it."""
    return StoredMention(id=item.id, event_id=item.event_id, source_id=item.source_id, title=item.title,
                         status=item.status, value=item.value, rule=item.rule,
                         participants=None if item.participants is None else tuple(item.participants),
                         reading=None if item.predicate is None else reading_of_evidence(item))


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
