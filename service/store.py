"""Storage: the SQLAlchemy models, the engine, transactions and every query.

This is the only module that talks to the database. Callers open a unit of work with
`Store.transaction()`, which commits when the block ends and rolls back on any error, so an
article is stored with all its evidence or not at all.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    false,
    func,
    or_,
    select,
    text,
    true,
    tuple_,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, selectinload, sessionmaker

WRITE_LOCK_KEY = 0x7469_6D65  # one advisory lock for all writers that merge events
PRECISION_RANK = {"minute": 0, "part of day": 1, "day": 2, "weekend": 3, "week": 4, "range": 5, "part": 6, "month": 7,
                  "season": 8, "quarter": 9, "half": 10, "year": 11, "fiscal year": 12, "decade": 13, "century": 14,
                  "open": 15}


def order_key(earliest: date | None, latest: date | None, precision: str | None, title: str) -> str:
    """The timeline order as one sortable string (undated last), so the database can sort and page by it."""
    first = earliest.isoformat() if earliest else "9999-12-31"
    last = latest.isoformat() if latest else "9999-12-31"
    rank = PRECISION_RANK.get(precision or "open", 99)
    return f"{first}|{last}|{rank:02d}|{title.lower()[:300]}"


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Source(Base):
    """An article as posted: its text is kept whole because evidence offsets point into it."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(2000))
    outlet: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(16), default="en")
    published: Mapped[date] = mapped_column(Date)
    published_estimated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)

    evidence: Mapped[list[Evidence]] = relationship(back_populates="source", cascade="all, delete-orphan",
                                                    passive_deletes=True)


class Event(Base):
    """One real-world event; its date is the most precise reading among its evidence."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), default="occurred")
    edtf: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(String(64))
    earliest: Mapped[date | None] = mapped_column(Date)
    latest: Mapped[date | None] = mapped_column(Date)
    precision: Mapped[str | None] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(16), default="extracted")  # extracted | manual
    curated: Mapped[bool] = mapped_column(Boolean, default=False)  # a person edited it: merges keep hands off
    when_text: Mapped[str | None] = mapped_column(String(200))
    reference: Mapped[date | None] = mapped_column(Date)
    rule: Mapped[str | None] = mapped_column(Text)
    anchored_by: Mapped[str | None] = mapped_column(String(16))  # None: some source dates it itself
    source_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)

    names: Mapped[list[EventParticipant]] = relationship(cascade="all, delete-orphan", passive_deletes=True,
                                                         order_by="EventParticipant.name_key")
    evidence: Mapped[list[Evidence]] = relationship(back_populates="event", cascade="all, delete-orphan",
                                                    passive_deletes=True, order_by="Evidence.id")
    conflicts: Mapped[list[Event]] = relationship(
        secondary="conflicts", primaryjoin="Event.id == Conflict.event_id",
        secondaryjoin="Event.id == Conflict.other_event_id", order_by="Event.id", viewonly=True)

    order_key: Mapped[str] = mapped_column(String(400), default="", index=True)  # kept by _keep_order_key

    __table_args__ = (Index("ix_events_bounds", "earliest", "latest"),)

    @property
    def sort_key(self) -> str:
        """Earliest bound, then latest, then precision (finer first), then title, then id."""
        return f"{order_key(self.earliest, self.latest, self.precision, self.title)}|{self.id:09d}"

    @property
    def source_ids(self) -> list[int]:
        return sorted({e.source_id for e in self.evidence})

    @property
    def participants(self) -> list[str]:
        """Every name the evidence gives (one spelling per person), most mentioned first."""
        counts: dict[str, int] = {}
        for item in self.evidence:
            for name in item.participants or []:
                counts[name_key(name)] = counts.get(name_key(name), 0) + 1
        if not self.names:
            return sorted({n for item in self.evidence for n in item.participants or []},
                          key=lambda n: (-counts.get(name_key(n), 0), n))
        return [row.name for row in sorted(self.names, key=lambda r: (-counts.get(r.name_key, 0), r.name))]

    @property
    def estimated(self) -> bool:
        """Dated against a publication date the service had to estimate."""
        return any(item.reference_estimated for item in self.evidence)



@event.listens_for(Event, "before_insert")
@event.listens_for(Event, "before_update")
def _keep_order_key(_mapper: Any, _connection: Any, target: Event) -> None:
    target.order_key = order_key(target.earliest, target.latest, target.precision, target.title)


class Evidence(Base):
    """Why an event is in the timeline: a quote from one source and the expression that dates it."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    quote: Mapped[str] = mapped_column(Text)
    quote_start: Mapped[int] = mapped_column(Integer)
    quote_end: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(300))  # this mention's own title
    trigger: Mapped[str | None] = mapped_column(String(200))
    trigger_start: Mapped[int | None] = mapped_column(Integer)
    trigger_end: Mapped[int | None] = mapped_column(Integer)
    participants: Mapped[list[str] | None] = mapped_column(JSON)
    linked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # undated, matched by words
    status: Mapped[str] = mapped_column(String(16), default="occurred")  # what this source says of the event
    expression: Mapped[str | None] = mapped_column(String(200))
    expression_start: Mapped[int | None] = mapped_column(Integer)
    expression_end: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[str | None] = mapped_column(String(64))
    edtf: Mapped[str | None] = mapped_column(String(64))
    earliest: Mapped[date | None] = mapped_column(Date)
    latest: Mapped[date | None] = mapped_column(Date)
    precision: Mapped[str | None] = mapped_column(String(16))
    reference: Mapped[date | None] = mapped_column(Date)
    reference_estimated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    rule: Mapped[str | None] = mapped_column(Text)
    predicate: Mapped[str | None] = mapped_column(String(100))  # what happened, as a lemma: the merge key
    anchored_by: Mapped[str | None] = mapped_column(String(16))  # how an undated mention got its date
    title_quality: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    actors: Mapped[list[str] | None] = mapped_column(JSON)
    arguments: Mapped[list[str] | None] = mapped_column(JSON)

    event: Mapped[Event] = relationship(back_populates="evidence")

    __table_args__ = (Index("ix_evidence_predicate_earliest", "predicate", "earliest"),)
    source: Mapped[Source] = relationship(back_populates="evidence", lazy="joined")


class EventParticipant(Base):
    """A name an event involves, folded for search: `?entity=` matches whole words of names."""

    __tablename__ = "event_participants"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    name_key: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)
    name: Mapped[str] = mapped_column(String(200))


def name_key(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split())[:200]


class Conflict(Base):
    """Two events that look alike but whose dates cannot agree: both readings kept, the clash shown."""

    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    other_event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))

    __table_args__ = (UniqueConstraint("event_id", "other_event_id", name="uq_conflicts_pair"),)


timeline_sources = Table(
    "timeline_sources", Base.metadata,
    Column("timeline_id", ForeignKey("timelines.id", ondelete="CASCADE"), primary_key=True),
    Column("source_id", ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
)


class Timeline(Base):
    """A named timeline: the events of some sources, with events added or hidden by hand."""

    __tablename__ = "timelines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)

    sources: Mapped[list[Source]] = relationship(secondary=timeline_sources, order_by="Source.id")
    overrides: Mapped[list[TimelineEvent]] = relationship(cascade="all, delete-orphan", passive_deletes=True,
                                                          order_by="TimelineEvent.event_id")

    @property
    def source_ids(self) -> list[int]:
        return [s.id for s in self.sources]

    @property
    def include_events(self) -> list[int]:
        return [o.event_id for o in self.overrides if not o.hidden]

    @property
    def hide_events(self) -> list[int]:
        return [o.event_id for o in self.overrides if o.hidden]


class TimelineEvent(Base):
    """An event a curator added to (hidden=False) or removed from (hidden=True) a timeline."""

    __tablename__ = "timeline_events"

    timeline_id: Mapped[int] = mapped_column(ForeignKey("timelines.id", ondelete="CASCADE"), primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    hidden: Mapped[bool] = mapped_column(Boolean)


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


class DataVersion(Base):
    """One row counting committed changes: a read cache keyed on it can never serve stale data."""

    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(BigInteger)
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Job(Base):
    """A bulk ingest: its articles (payload), where it stands, and one result per article."""

    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # queued, running, done, failed
    total: Mapped[int] = mapped_column(Integer)
    done: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    results: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)


@event.listens_for(Session, "after_flush")
def _note_change(session: Session, _context: Any) -> None:
    if session.new or session.dirty or session.deleted:
        session.info["changed"] = True


@event.listens_for(Session, "before_commit")
def _bump_version(session: Session) -> None:
    if session.info.pop("changed", False):
        session.execute(DataVersion.__table__.update().where(DataVersion.id == 1)
                        .values(version=DataVersion.version + 1, changed_at=_now()))


def content_hash(text: str) -> str:
    """Same article, same hash, whatever its whitespace: so it is never stored twice."""
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()


def _configure_sqlite(engine: Engine) -> None:
    """WAL (readers never wait for the writer), a busy timeout, and transactions we begin ourselves,
    so a writing transaction can take the write lock up front (BEGIN IMMEDIATE) instead of failing
    halfway when another writer got there first."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # pysqlite must not issue its own BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = "IMMEDIATE" if connection.get_execution_options().get("writes") else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    # JSON as written, so a participant search matches "Wang Yi’s" and not only its escaped form
    engine = create_engine(url, pool_pre_ping=True,
                           json_serializer=lambda value: json.dumps(value, ensure_ascii=False))
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def migrate(url: str, revision: str = "head") -> None:
    """Bring the schema to `revision` with Alembic (the only way the schema is created)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["engine"] = make_engine(url)
    command.upgrade(cfg, revision)
    cfg.attributes["engine"].dispose()


class Store:
    """The database behind the service: an engine and the units of work opened on it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self, writes: bool = False) -> Iterator[Repository]:
        """One unit of work: commit at the end of the block, roll back on any exception.

        `writes=True` serialises it with other writing transactions from the start (SQLite's write
        lock, a PostgreSQL advisory lock), so concurrent ingests merge events one after another
        rather than each creating the same event.
        """
        with self._sessions() as session, session.begin():
            session.connection(execution_options={"writes": writes})
            if writes and self.engine.dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
            yield Repository(session)

    def ping(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(1)).scalar() == 1

    def dispose(self) -> None:
        self.engine.dispose()


def _listed() -> Any:
    """An event only named, never dated, by its sources waits for the event it names: it is never listed."""
    return or_(Event.anchored_by.is_(None), Event.anchored_by != "reference")


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

    def events_of_source(self, source_id: int) -> Sequence[Event]:
        stmt = (select(Event).join(Evidence).where(Evidence.source_id == source_id, _listed())
                .distinct().options(*_EVENT_LOAD))
        return sorted(self.session.scalars(stmt).unique().all(), key=lambda e: e.sort_key)

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
    def add_job(self, job_id: str, kind: str, payload: list[dict[str, Any]]) -> Job:
        job = Job(id=job_id, kind=kind, status="queued", total=len(payload), done=0, failed=0, payload=payload,
                  results=[])
        self.session.add(job)
        self.session.flush()
        return job

    def get_job(self, job_id: str) -> Job | None:
        return self.session.get(Job, job_id)

    def record_job_result(self, job_id: str, result: dict[str, Any], status: str = "running") -> Job:
        """One more article handled; the row is locked so parallel workers count right."""
        job = self.session.get(Job, job_id, with_for_update=True)
        job.results = [*job.results, result]
        job.done += 1
        job.failed += 1 if result.get("error") else 0
        job.status = status if job.done < job.total else ("done" if job.failed < job.total else "failed")
        self.session.flush()
        return job

    def set_job_status(self, job_id: str, status: str) -> None:
        job = self.session.get(Job, job_id, with_for_update=True)
        if job is not None and job.status == "queued":
            job.status = status
            self.session.flush()

    def data_version(self) -> tuple[int, datetime]:
        """How many changes were committed, and when the last one was."""
        row = self.session.get(DataVersion, 1)
        changed = row.changed_at if row.changed_at.tzinfo else row.changed_at.replace(tzinfo=UTC)
        return row.version, changed

    def get_event(self, event_id: int) -> Event | None:
        return self.session.get(Event, event_id, options=_EVENT_LOAD)

    def mention_index(self, predicates: set[str], earliest: date, latest: date) -> list[tuple[int, str, date, date]]:
        """(event, predicate, earliest, latest) of stored mentions of `predicates` dated within [earliest,
        latest]: light rows from the (predicate, earliest) index, to pick merge candidates from."""
        if not predicates:
            return []
        stmt = (select(Evidence.event_id, Evidence.predicate, Evidence.earliest, Evidence.latest)
                .where(Evidence.predicate.in_(sorted(predicates)), Evidence.earliest <= latest,
                       Evidence.latest >= earliest))
        return [tuple(row) for row in self.session.execute(stmt).all()]

    def events_by_ids(self, ids: set[int]) -> Sequence[Event]:
        """Extracted events with all their evidence, for the merge decision."""
        if not ids:
            return []
        stmt = select(Event).where(Event.id.in_(sorted(ids)), Event.origin == "extracted").options(*_EVENT_LOAD)
        return self.session.scalars(stmt).unique().all()

    def set_participants(self, ev: Event, names: Sequence[str]) -> None:
        """The event's searchable names: one row per folded name."""
        wanted: dict[str, str] = {}
        for name in names:
            key = name_key(name)
            if key and key not in wanted:
                wanted[key] = name[:200]
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

    def update_event(self, ev: Event, **fields: Any) -> Event:
        for key, value in fields.items():
            setattr(ev, key, value)
        self.session.flush()
        return ev

    def delete_event(self, ev: Event) -> None:
        self.session.delete(ev)
        self.session.flush()

    def add_conflict(self, a: Event, b: Event) -> None:
        """Record that a and b look like one event with clashing dates (both directions)."""
        for first, second in ((a, b), (b, a)):
            exists = self.session.scalar(select(Conflict.id).where(Conflict.event_id == first.id,
                                                                   Conflict.other_event_id == second.id))
            if exists is None:
                self.session.add(Conflict(event_id=first.id, other_event_id=second.id))
        self.session.flush()

    def add_evidence(self, ev: Event, source: Source, **fields: Any) -> Evidence:
        item = Evidence(event=ev, source=source, **fields)
        self.session.add(item)
        self.session.flush()
        return item

    def counts(self) -> dict[str, int]:
        return {name: self.session.scalar(select(func.count()).select_from(model)) or 0
                for name, model in (("sources", Source), ("events", Event), ("evidence", Evidence))}
