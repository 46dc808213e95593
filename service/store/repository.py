"""Queries and writes inside one transaction: the only code that builds SQL for the service."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Text,
    bindparam,
    cast,
    delete,
    false,
    func,
    insert,
    or_,
    select,
    text,
    true,
    tuple_,
    update,
)
from sqlalchemy.orm import Session, contains_eager, defer, lazyload, selectinload

from service.events.merge import Reading
from service.store import candidates
from service.store.candidates import LookAlike, Near, StoredEvent
from service.store.models import (
    JOB_FINISHED,
    Conflict,
    DataVersion,
    Event,
    EventParticipant,
    Evidence,
    Job,
    JobAttempt,
    JobResult,
    Source,
    Timeline,
    TimelineEvent,
    _now,
    content_hash,
    name_key,
    span_class,
    timeline_sources,
)
from service.store.ordering import order_key
from service.store.versions import note_change

__all__ = ["EventFilter", "LookAlike", "Near", "Repository", "searchable_names"]


@dataclass(frozen=True)
class EventFilter:
    """What a reader asked for: a window of dates, words, sources, status, precision, one timeline."""

    earliest: date | None = None  # events whose bounds reach this day or later
    latest: date | None = None  # ... and start on this day or earlier
    text: str | None = None
    source_ids: tuple[int, ...] = ()
    status: str | None = None
    precision: str | None = None
    min_sources: int | None = None
    entity: str | None = None
    timeline: Timeline | None = None
    include_anchored: bool = False  # events whose only dates are borrowed (see Evidence.anchored_by)


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _order_key(fields: Mapping[str, Any]) -> str:
    """The timeline order key of an event's fields (the model's hook does this for ORM writes)."""
    return order_key(fields["earliest"], fields["latest"], fields["precision"], fields["title"])


def searchable_names(names: Sequence[str]) -> dict[str, str]:
    """An event's name rows: the first spelling of each folded name, as `?entity=` searches them."""
    wanted: dict[str, str] = {}
    for name in names:
        key = name_key(name)
        if key and key not in wanted:
            wanted[key] = name[:200]
    return wanted


def _listed() -> Any:
    """An event only named, never dated, by its sources waits for the event it names: it is never listed."""
    return or_(Event.anchored_by.is_(None), Event.anchored_by != "reference")


def _has_argument(argument: str) -> Any:
    """The stored mention's arguments (a JSON list) hold this one."""
    return cast(Evidence.arguments, Text).like(_like(json.dumps(argument, ensure_ascii=False)), escape="\\")


_EVENT_LOAD = (selectinload(Event.evidence).joinedload(Evidence.source), selectinload(Event.conflicts),
               selectinload(Event.names))


class Repository:
    """Queries and writes inside one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # sources
    def list_sources(self) -> Sequence[Source]:
        return self.session.scalars(select(Source).order_by(Source.published, Source.id)).all()

    def get_source(self, source_id: int) -> Source | None:
        return self.session.get(Source, source_id)

    def source_by_hash(self, digest: str) -> Source | None:
        return self.session.scalars(select(Source).where(Source.content_hash == digest)).first()

    def add_source(self, **fields: Any) -> Source:
        source = Source(content_hash=content_hash(fields["text"]), **fields)
        self.session.add(source)
        self.session.flush()
        return source

    def delete_source(self, source: Source) -> list[int]:
        """Delete a source and its evidence; events left with no evidence go too. Returns touched event ids."""
        touched = sorted({e.event_id for e in source.evidence})
        self.session.delete(source)
        self.session.flush()
        self.session.expire_all()
        for event_id in touched:
            ev = self.session.get(Event, event_id, options=_EVENT_LOAD)
            if ev is not None and ev.origin == "extracted" and not ev.evidence:
                self.session.delete(ev)
        self.session.flush()
        return touched

    def mentions_of_source(self, source_id: int) -> list[Evidence]:
        """The source's own evidence on listed events, each with its event's row only (not the event's
        other evidence): what a just-posted article answers with, bounded by the article alone."""
        stmt = (select(Evidence).join(Event, Evidence.event_id == Event.id)
                .where(Evidence.source_id == source_id, _listed())
                .options(contains_eager(Evidence.event), lazyload(Evidence.source))
                .order_by(Evidence.quote_start, Evidence.id))
        return list(self.session.scalars(stmt).all())

    # events
    def list_events(self, entity: str | None = None) -> list[Event]:
        """Events in timeline order; with `entity`, only those involving that participant."""
        return self.page_events(EventFilter(entity=entity))[0]

    def page_events(self, where: EventFilter, after: tuple[str, int] | None = None,
                    limit: int | None = None) -> tuple[list[Event], tuple[str, int] | None]:
        """One page of events in timeline order, and the position to continue from (None on the last page)."""
        stmt = select(Event).options(*_EVENT_LOAD)
        for condition in self._conditions(where):
            stmt = stmt.where(condition)
        if after is not None:
            stmt = stmt.where(tuple_(Event.order_key, Event.id) > tuple_(*after))
        stmt = stmt.order_by(Event.order_key, Event.id)
        if limit is not None:
            stmt = stmt.limit(limit + 1)
        events = list(self.session.scalars(stmt).unique().all())
        if limit is not None and len(events) > limit:
            events = events[:limit]
            return events, (events[-1].order_key, events[-1].id)
        return events, None

    def count_events(self, where: EventFilter) -> int:
        stmt = select(func.count()).select_from(Event)
        for condition in self._conditions(where):
            stmt = stmt.where(condition)
        return self.session.scalar(stmt) or 0

    @staticmethod
    def _conditions(where: EventFilter) -> list[Any]:
        conditions: list[Any] = []
        if where.earliest is not None:
            conditions.append(Event.latest >= where.earliest)
        if where.latest is not None:
            conditions.append(Event.earliest <= where.latest)
        if where.status:
            conditions.append(Event.status == where.status)
        if where.precision:
            conditions.append(Event.precision == where.precision)
        if where.source_ids:
            conditions.append(Event.id.in_(select(Evidence.event_id).where(Evidence.source_id.in_(where.source_ids))))
        if where.min_sources:
            conditions.append(Event.id.in_(
                select(Evidence.event_id).group_by(Evidence.event_id)
                .having(func.count(Evidence.source_id.distinct()) >= where.min_sources)))
        if where.text:
            pattern = _like(where.text)
            conditions.append(or_(Event.title.ilike(pattern, escape="\\"), Event.id.in_(
                select(Evidence.event_id).where(Evidence.quote.ilike(pattern, escape="\\")))))
        conditions.append(_listed())
        if where.entity:
            key = name_key(where.entity)
            escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            word = or_(EventParticipant.name_key == key,
                       EventParticipant.name_key.like(f"{escaped} %", escape="\\"),
                       EventParticipant.name_key.like(f"% {escaped}", escape="\\"),
                       EventParticipant.name_key.like(f"% {escaped} %", escape="\\"))
            conditions.append(Event.id.in_(select(EventParticipant.event_id).where(word)))
        elif not where.include_anchored:
            # a date borrowed from elsewhere is shown when a second source backs the event
            conditions.append(or_(Event.anchored_by.is_(None), Event.source_count >= 2))
        if where.timeline is not None:
            timeline = where.timeline
            members = select(Evidence.event_id).where(Evidence.source_id.in_(
                select(timeline_sources.c.source_id).where(timeline_sources.c.timeline_id == timeline.id)))
            overrides = select(TimelineEvent.event_id).where(TimelineEvent.timeline_id == timeline.id)
            added = overrides.where(TimelineEvent.hidden == false())
            conditions.append(or_(Event.id.in_(members), Event.id.in_(added)))
            conditions.append(Event.id.not_in(overrides.where(TimelineEvent.hidden == true())))
        return conditions

    # timelines
    def list_timelines(self) -> Sequence[Timeline]:
        return self.session.scalars(select(Timeline).order_by(Timeline.slug)
                                    .options(selectinload(Timeline.sources), selectinload(Timeline.overrides))).all()

    def get_timeline(self, slug: str) -> Timeline | None:
        return self.session.scalars(select(Timeline).where(Timeline.slug == slug)
                                    .options(selectinload(Timeline.sources), selectinload(Timeline.overrides))).first()

    def add_timeline(self, slug: str, title: str, description: str | None) -> Timeline:
        timeline = Timeline(slug=slug, title=title, description=description, sources=[], overrides=[])
        self.session.add(timeline)
        self.session.flush()
        return timeline

    def set_timeline_members(self, timeline: Timeline, source_ids: list[int] | None = None,
                             include: list[int] | None = None, hide: list[int] | None = None) -> list[str]:
        """Replace the given member lists; returns the unknown ids it refused (nothing is changed then)."""
        missing = []
        found: Sequence[Source] = []
        if source_ids is not None:
            found = self.session.scalars(select(Source).where(Source.id.in_(source_ids))).all()
            missing += [f"source {i}" for i in sorted(set(source_ids) - {s.id for s in found})]
        wanted = [*(include or []), *(hide or [])]
        if wanted:
            known = set(self.session.scalars(select(Event.id).where(Event.id.in_(wanted))).all())
            missing += [f"event {i}" for i in sorted(set(wanted) - known)]
        if missing:
            return missing
        if source_ids is not None:
            timeline.sources = list(found)
        if include is not None or hide is not None:
            keep = {o.event_id: o for o in timeline.overrides}
            if include is not None:
                keep = {k: o for k, o in keep.items() if o.hidden}
                for event_id in include:
                    keep[event_id] = TimelineEvent(event_id=event_id, hidden=False)
            if hide is not None:
                keep = {k: o for k, o in keep.items() if not o.hidden}
                for event_id in hide:
                    keep[event_id] = TimelineEvent(event_id=event_id, hidden=True)
            timeline.overrides = list(keep.values())
        timeline.updated_at = _now()
        self.session.flush()
        return []

    def update_timeline(self, timeline: Timeline, **fields: Any) -> Timeline:
        for key, value in fields.items():
            setattr(timeline, key, value)
        self.session.flush()
        return timeline

    def delete_timeline(self, timeline: Timeline) -> None:
        self.session.delete(timeline)
        self.session.flush()

    # jobs
    def add_job(self, job_id: str, kind: str, payload: list[dict[str, Any]], lease: timedelta) -> Job:
        """A queued job, which some worker must take up within `lease` or the reaper fails it."""
        job = Job(id=job_id, kind=kind, status="queued", total=len(payload), done=0, failed=0, payload=payload,
                  results=[], lease_until=_now() + lease)
        self.session.add(job)
        self.session.flush()
        return job

    def get_job(self, job_id: str) -> Job | None:
        return self.session.get(Job, job_id)

    def claim_job(self, job_id: str, owner: str, lease: timedelta) -> Job | None:
        """Mark the job running for `owner` until `lease` from now; None if it is unknown or finished
        (a chunk redelivered after the job was failed or done has nothing left to do)."""
        job = self.session.get(Job, job_id, with_for_update=True)
        if job is None or job.status in JOB_FINISHED:
            return None
        job.status, job.owner, job.lease_until = "running", owner, _now() + lease
        self.session.flush()
        return job

    def renew_lease(self, job_id: str, owner: str, lease: timedelta) -> bool:
        """The heartbeat: push the lease on; False once the job is finished (or gone)."""
        stmt = (update(Job).where(Job.id == job_id, Job.status.in_(("queued", "running")))
                .values(lease_until=_now() + lease, owner=owner))
        return self.session.execute(stmt).rowcount > 0

    def _job_row(self, job_id: str) -> Job | None:
        """The job under its row lock, without its articles or results: per-article bookkeeping reads
        neither, and loading them for every article (under the lock every worker of the job waits on)
        made a job's bookkeeping grow with the square of its size."""
        return self.session.get(Job, job_id, with_for_update=True, options=[defer(Job.payload), lazyload(Job.results)])

    def start_attempt(self, job_id: str, index: int) -> int | None:
        """Count one more start of the job's article `index` (under the job's row lock) and return the
        count; None when the job is gone or finished, or the article already has a result."""
        job = self._job_row(job_id)
        if job is None or job.status in JOB_FINISHED or self.session.get(JobResult, (job_id, index)) is not None:
            return None
        attempt = self.session.get(JobAttempt, (job_id, index))
        if attempt is None:
            attempt = JobAttempt(job_id=job_id, index=index, attempts=0)
            self.session.add(attempt)
        attempt.attempts += 1
        self.session.flush()
        return attempt.attempts

    def record_job_result(self, job_id: str, index: int, source_id: int | None = None, created: bool | None = None,
                          events: int | None = None, error: str | None = None) -> Job | None:
        """One article handled. Keyed by (job, index) under the job's row lock: an article handled
        twice (a redelivered chunk) is counted once, and parallel workers count right. A source
        stored after the job was failed (a worker that outlived its lease) replaces the reason the
        failure gave, so the result says what the database holds; the job stays failed."""
        job = self._job_row(job_id)
        if job is None:
            return None
        known = self.session.get(JobResult, (job_id, index))
        if known is not None:
            if known.source_id is None and known.error is not None and source_id is not None:
                known.source_id, known.created, known.events, known.error = source_id, created, events, None
                job.failed -= 1
                self.session.flush()
            return job
        self.session.add(JobResult(job_id=job_id, index=index, source_id=source_id, created=created, events=events,
                                   error=error))
        job.done += 1
        job.failed += 1 if error else 0
        if job.done >= job.total and job.status not in JOB_FINISHED:
            job.status = "done" if job.failed < job.total else "failed"
            job.lease_until = None
        self.session.flush()
        return job

    def fail_job(self, job_id: str, reason: str, only_expired: bool = False) -> Job | None:
        """Finish a job that cannot go on. An article without a result that is stored all the same (its
        worker died between storing it and saying so) gets its source; every other one gets `reason`.
        `only_expired`: only if the lease has run out, checked under the row lock so a heartbeat that
        just renewed it wins. None when nothing was changed."""
        stmt = select(Job).where(Job.id == job_id, Job.status.not_in(JOB_FINISHED))
        if only_expired:
            stmt = stmt.where(or_(Job.lease_until.is_(None), Job.lease_until < _now()))
        job = self.session.scalars(stmt.with_for_update()).first()
        if job is None:
            return None
        handled = {result.index for result in job.results}
        missing = {index: content_hash(job.payload[index]["text"])
                   for index in range(job.total) if index not in handled}
        stored = dict(self.session.execute(select(Source.content_hash, Source.id)
                                           .where(Source.content_hash.in_(sorted(set(missing.values()))))).all())
        lost = 0
        for index, digest in sorted(missing.items()):
            source_id = stored.get(digest)
            job.results.append(JobResult(index=index, source_id=source_id, error=None if source_id else reason))
            lost += 0 if source_id else 1
        job.done += len(missing)
        job.failed += lost
        job.status = "failed" if lost or job.failed >= job.total else "done"
        job.lease_until = None
        self.session.flush()
        return job

    def expired_jobs(self) -> list[str]:
        """Queued or running jobs whose lease ran out (or that never had one): their worker is gone."""
        stmt = select(Job.id).where(Job.status.in_(("queued", "running")),
                                    or_(Job.lease_until.is_(None), Job.lease_until < _now()))
        return list(self.session.scalars(stmt).all())

    def data_version(self) -> tuple[int, datetime]:
        """How many changes were committed, and when the last one was."""
        row = self.session.get(DataVersion, 1)
        changed = row.changed_at if row.changed_at.tzinfo else row.changed_at.replace(tzinfo=UTC)
        return row.version, changed

    def get_event(self, event_id: int) -> Event | None:
        return self.session.get(Event, event_id, options=_EVENT_LOAD)

    def mention_index(self, predicates: set[str], periods: Sequence[Near], loose: tuple[date, date]) -> list[Reading]:
        """Stored mentions of `predicates` as merging reads them (light rows joined to their source's
        digest, never its text, each once): those dated within one of `periods` that share what it asks
        (see Near), or name nobody; and within the `loose` window the plans dated only by their
        publication (whose period runs a year on). Look-alikes whose dates may clash are asked of
        `look_alikes`, a bounded number each.

        Each period reads its own ranges of the (span, predicate, earliest) index: a mention of a day
        that reaches it starts in it, one of up to a month at most a month before it, and so on
        (SPAN_DAYS); the few longer ones are read whole. So the rows scanned are those dated near the
        article, not every mention of its verbs that starts before it. One statement of fixed text, the
        periods its JSON parameter (see candidates.py)."""
        return candidates.mention_index(self.session, predicates, periods, loose)

    def look_alikes(self, probes: Sequence[LookAlike], rows: int) -> list[list[Reading]]:
        """For each probe (in its order), the stored own-dated mentions of its predicates that share one of
        its arguments and an actor word (unless `actor_words` is None) and whose dates cannot agree with it,
        nearest first: up to `rows` before its start (latest first) and up to `rows` from its start on
        (earliest first), within its window. Each (probe, predicate, side) walks the (predicate,
        earliest) index outwards from the probe's date and stops after `rows` matches, so a database
        dense in recurring look-alikes (a council's monthly meetings) costs no more rows than a
        sparse one. One statement of fixed text (see candidates.py)."""
        return candidates.look_alikes(self.session, probes, rows)

    def candidate_events(self, ids: set[int]) -> list[StoredEvent]:
        """Extracted events among `ids` as merging needs them, their rows locked (see candidates.py)."""
        return candidates.candidate_events(self.session, ids)

    # the merge's writes: one statement each, whatever the number of rows (see service.ingest.write)
    def insert_events(self, rows: Sequence[dict[str, Any]]) -> list[int]:
        """New extracted events, their ids in the order of `rows` (as one insert per event would give)."""
        if not rows:
            return []
        note_change(self.session)
        return self._insert_returning_ids(Event.__table__, [{**row, "order_key": _order_key(row)} for row in rows])

    def _insert_returning_ids(self, table: Any, rows: list[dict[str, Any]]) -> list[int]:
        """Insert `rows` in one statement; their ids in the order of `rows`."""
        if self.session.get_bind().dialect.name == "postgresql":
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            return list(self.session.scalars(stmt, rows).all())
        # SQLite cannot say which RETURNING row is which parameter set (SQLAlchemy would then insert one row
        # per statement); under its write lock it gives each row of an insert the next rowid in turn, so the
        # ids in ascending order are the rows' in order
        return sorted(self.session.scalars(insert(table).returning(table.c.id), rows).all())

    def insert_evidence(self, rows: Sequence[dict[str, Any]]) -> None:
        """New evidence rows (their span class computed here, as the model's hook would), and the
        arguments of those a look-alike walk reaches (EvidenceArgument)."""
        if not rows:
            return
        note_change(self.session)
        spanned = [{**row, "span": span_class(row["earliest"], row["latest"])} for row in rows]
        ids = self._insert_returning_ids(Evidence.__table__, spanned)
        candidates.index_arguments(self.session.connection(), ids)

    def move_evidence(self, moves: Sequence[tuple[int, int, date | None, date | None]]) -> None:
        """Give each (evidence id, event id, earliest, latest) row's evidence to that event, its span class
        set again from its dates as the model's hook does on every update."""
        if moves:
            note_change(self.session)
            self.session.execute(update(Evidence.__table__).where(Evidence.id == bindparam("b_id"))
                                 .values(event_id=bindparam("b_event"), span=bindparam("b_span")),
                                 [{"b_id": item, "b_event": event, "b_span": span_class(earliest, latest)}
                                  for item, event, earliest, latest in moves])

    def update_events(self, changes: Sequence[tuple[int, dict[str, Any]]]) -> None:
        """Set an event's fields (the same names for all), with a new `updated_at` and order key."""
        if not changes:
            return
        note_change(self.session)
        names = sorted(changes[0][1])
        now = _now()
        stmt = (update(Event.__table__).where(Event.id == bindparam("b_id"))
                .values({name: bindparam(f"b_{name}") for name in (*names, "order_key", "updated_at")}))
        self.session.execute(stmt, [{"b_id": event_id, **{f"b_{n}": fields[n] for n in names},
                                     "b_order_key": _order_key(fields), "b_updated_at": now}
                                    for event_id, fields in changes])

    def delete_events(self, ids: Sequence[int]) -> None:
        """Delete events; their names, conflicts and timeline entries go with them (ON DELETE CASCADE)."""
        if ids:
            note_change(self.session)
            self.session.execute(delete(Event.__table__).where(Event.id.in_(sorted(ids))))

    def rename_participants(self, removed: Sequence[tuple[int, str]], renamed: Sequence[dict[str, Any]],
                            added: Sequence[dict[str, Any]]) -> None:
        """Change events' searchable names: (event id, name key) pairs removed; rows with a new spelling of
        a kept key; new rows (each an event_id, name_key, name)."""
        if not (removed or renamed or added):
            return
        note_change(self.session)
        table = EventParticipant.__table__
        if removed:
            self.session.execute(delete(table).where(tuple_(table.c.event_id, table.c.name_key).in_(sorted(removed))))
        if renamed:
            self.session.execute(update(table).where(table.c.event_id == bindparam("b_event"),
                                                     table.c.name_key == bindparam("b_key"))
                                 .values(name=bindparam("b_name")),
                                 [{"b_event": r["event_id"], "b_key": r["name_key"], "b_name": r["name"]}
                                  for r in renamed])
        if added:
            self.session.execute(insert(table), list(added))

    def set_participants(self, ev: Event, names: Sequence[str]) -> None:
        """The event's searchable names: one row per folded name."""
        wanted = searchable_names(names)
        current = {row.name_key: row for row in ev.names}
        for key, row in current.items():
            if key not in wanted:
                ev.names.remove(row)
            elif row.name != wanted[key]:
                row.name = wanted[key]
        for key, name in wanted.items():
            if key not in current:
                ev.names.append(EventParticipant(name_key=key, name=name))

    def add_event(self, **fields: Any) -> Event:
        ev = Event(evidence=[], conflicts=[], names=[], **fields)
        self.session.add(ev)
        self.session.flush()
        return ev

    def update_event(self, ev: Event, flush: bool = True, **fields: Any) -> Event:
        for key, value in fields.items():
            setattr(ev, key, value)
        if flush:
            self.session.flush()
        return ev

    def delete_event(self, ev: Event, flush: bool = True) -> None:
        """Delete an event (`flush` False: with the next flush, as a batch)."""
        self.session.delete(ev)
        if flush:
            self.session.flush()

    def add_conflicts(self, pairs: set[tuple[int, int]]) -> None:
        """Record that each (a, b) look like one event with clashing dates, both directions, in one look-up
        of the pairs already known and one insert of the rest."""
        wanted = {pair for a, b in pairs for pair in ((a, b), (b, a))}
        if not wanted:
            return
        ids = sorted({a for a, _ in wanted})
        known = {(a, b) for a, b in self.session.execute(
            select(Conflict.event_id, Conflict.other_event_id)
            .where(Conflict.event_id.in_(ids), Conflict.other_event_id.in_(ids))).all()}
        if wanted - known:
            note_change(self.session)
            self.session.execute(insert(Conflict.__table__), [{"event_id": a, "other_event_id": b}
                                                              for a, b in sorted(wanted - known)])

    def add_evidence(self, ev: Event, source: Source, flush: bool = True, **fields: Any) -> Evidence:
        """A piece of evidence (`flush` False: written with the next flush, as a batch)."""
        item = Evidence(event=ev, source=source, **fields)
        self.session.add(item)
        if flush:
            self.session.flush()
        return item

    def read_only(self) -> bool:
        """Whether the database refuses writes by configuration (PostgreSQL's transaction_read_only, set
        by default_transaction_read_only or on a standby); SQLite cannot tell until a write fails."""
        if self.session.get_bind().dialect.name != "postgresql":
            return False
        return self.session.scalar(text("SELECT current_setting('transaction_read_only')")) == "on"

    def counts(self) -> dict[str, int]:
        return {name: self.session.scalar(select(func.count()).select_from(model)) or 0
                for name, model in (("sources", Source), ("events", Event), ("evidence", Evidence))}
