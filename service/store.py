"""Storage: the SQLAlchemy models, the engine, transactions and every query.

This is the only module that talks to the database. Callers open a unit of work with
`Store.transaction()`, which commits when the block ends and rolls back on any error, so an
article is stored with all its evidence or not at all.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    false,
    func,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, selectinload, sessionmaker

STATUSES = ("occurred", "planned", "postponed", "cancelled", "expected")
PRECISION_RANK = {"minute": 0, "part of day": 1, "day": 2, "weekend": 3, "week": 4, "range": 5, "part": 6, "month": 7,
                  "season": 8, "quarter": 9, "half": 10, "year": 11, "fiscal year": 12, "decade": 13, "century": 14,
                  "open": 15}


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
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)

    evidence: Mapped[list[Evidence]] = relationship(back_populates="event", cascade="all, delete-orphan",
                                                    passive_deletes=True, order_by="Evidence.id")
    conflicts: Mapped[list[Event]] = relationship(
        secondary="conflicts", primaryjoin="Event.id == Conflict.event_id",
        secondaryjoin="Event.id == Conflict.other_event_id", order_by="Event.id", viewonly=True)

    __table_args__ = (Index("ix_events_bounds", "earliest", "latest"),)

    @property
    def sort_key(self) -> str:
        """Earliest bound, then latest, then precision (finer first), then title, then id."""
        earliest = self.earliest.isoformat() if self.earliest else "9999-12-31"
        latest = self.latest.isoformat() if self.latest else "9999-12-31"
        rank = PRECISION_RANK.get(self.precision or "open", 99)
        return f"{earliest}|{latest}|{rank:02d}|{self.title.lower()}|{self.id:09d}"

    @property
    def source_ids(self) -> list[int]:
        return sorted({e.source_id for e in self.evidence})

    @property
    def participants(self) -> list[str]:
        """Every name the evidence gives, most mentioned first."""
        counts: dict[str, int] = {}
        for item in self.evidence:
            for name in item.participants or []:
                counts[name] = counts.get(name, 0) + 1
        return sorted(counts, key=lambda name: (-counts[name], name))

    @property
    def estimated(self) -> bool:
        """Dated against a publication date the service had to estimate."""
        return any(item.reference_estimated for item in self.evidence)

    def involves(self, entity: str) -> bool:
        needle = entity.casefold()
        return any(needle in name.casefold() for name in self.participants) or needle in self.title.casefold()


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

    event: Mapped[Event] = relationship(back_populates="evidence")
    source: Mapped[Source] = relationship(back_populates="evidence", lazy="joined")


class Conflict(Base):
    """Two events that look alike but whose dates cannot agree: both readings kept, the clash shown."""

    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    other_event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))

    __table_args__ = (UniqueConstraint("event_id", "other_event_id", name="uq_conflicts_pair"),)


def content_hash(text: str) -> str:
    """Same article, same hash, whatever its whitespace: so it is never stored twice."""
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    engine = create_engine(url, pool_pre_ping=True)
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
    def transaction(self) -> Iterator[Repository]:
        """One unit of work: commit at the end of the block, roll back on any exception."""
        with self._sessions() as session, session.begin():
            yield Repository(session)

    def ping(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(1)).scalar() == 1

    def dispose(self) -> None:
        self.engine.dispose()


_EVENT_LOAD = (selectinload(Event.evidence).joinedload(Evidence.source), selectinload(Event.conflicts))


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
            if ev is not None and ev.origin == "extracted" and all(item.linked for item in ev.evidence):
                self.session.delete(ev)
        self.session.flush()
        return touched

    def events_of_source(self, source_id: int) -> Sequence[Event]:
        stmt = (select(Event).join(Evidence).where(Evidence.source_id == source_id).distinct()
                .options(*_EVENT_LOAD))
        return sorted(self.session.scalars(stmt).unique().all(), key=lambda e: e.sort_key)

    # events
    def list_events(self, entity: str | None = None) -> list[Event]:
        """Events in timeline order; with `entity`, only those involving that participant."""
        events = self.session.scalars(select(Event).options(*_EVENT_LOAD)).unique().all()
        if entity:
            events = [e for e in events if e.involves(entity)]
        return sorted(events, key=lambda e: e.sort_key)

    def get_event(self, event_id: int) -> Event | None:
        return self.session.get(Event, event_id, options=_EVENT_LOAD)

    def events_overlapping(self, earliest: date, latest: date) -> Sequence[Event]:
        """Events whose bounds meet [earliest, latest]: the only ones a new mention may merge with."""
        stmt = (select(Event).where(Event.earliest <= latest, Event.latest >= earliest, Event.origin == "extracted")
                .options(*_EVENT_LOAD))
        return self.session.scalars(stmt).unique().all()

    def add_event(self, **fields: Any) -> Event:
        ev = Event(evidence=[], conflicts=[], **fields)
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

    def events_near(self, earliest: date, latest: date, days: int = 366) -> Sequence[Event]:
        """Extracted events within `days` of the given bounds: candidates for conflicts and undated links."""
        low, high = earliest - timedelta(days=days), latest + timedelta(days=days)
        stmt = (select(Event).where(Event.origin == "extracted", Event.earliest.is_not(None),
                                    Event.latest >= low, Event.earliest <= high).options(*_EVENT_LOAD))
        return self.session.scalars(stmt).unique().all()

    def move_evidence(self, source_event: Event, target: Event) -> None:
        """Hand all of one event's evidence to another (when two events turn out to be one)."""
        for item in list(source_event.evidence):
            item.event = target
        self.session.flush()
        self.session.refresh(target)
        self.session.refresh(source_event)

    def add_evidence(self, ev: Event, source: Source, **fields: Any) -> Evidence:
        item = Evidence(event=ev, source=source, **fields)
        self.session.add(item)
        self.session.flush()
        return item

    def counts(self) -> dict[str, int]:
        return {name: self.session.scalar(select(func.count()).select_from(model)) or 0
                for name, model in (("sources", Source), ("events", Event), ("evidence", Evidence))}
