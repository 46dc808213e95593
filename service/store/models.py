"""The tables, as SQLAlchemy models with the few domain properties readers need.

Nothing here opens a connection: the engine and transactions live in `engine.py`, the queries in
`repository.py`.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime
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
    event,
    false,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from service.store.ordering import order_key


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


# the stored mentions that are plans dated only by their publication (their period runs a year on): a partial
# index keeps them apart, as the candidate look-up reads all of them in a two-year window (candidates.py)
PLANS_WHERE = "anchored_by = 'publication' AND status <> 'occurred'"


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
    # how long its period is, as a class (see span_class, kept by _keep_span): candidate look-ups by date
    # read each class from its own range of the index, as a longer one may start longer before
    span: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    event: Mapped[Event] = relationship(back_populates="evidence")

    __table_args__ = (Index("ix_evidence_predicate_earliest", "predicate", "earliest"),
                      Index("ix_evidence_span_predicate_earliest", "span", "predicate", "earliest"),
                      # the few plans dated only by their publication, which merge candidates read over two years
                      Index("ix_evidence_plans", "span", "predicate", "earliest", sqlite_where=sql_text(PLANS_WHERE),
                            postgresql_where=sql_text(PLANS_WHERE)))
    source: Mapped[Source] = relationship(back_populates="evidence", lazy="joined")


# the longest period of span class 0 (a day), 1 (up to a month) and 2 (up to a year of any calendar), in
# days; longer ones are class 3
SPAN_DAYS = (0, 31, 400)


@event.listens_for(Evidence, "before_insert")
@event.listens_for(Evidence, "before_update")
def _keep_span(_mapper: Any, _connection: Any, target: Evidence) -> None:
    target.span = span_class(target.earliest, target.latest)


def span_class(earliest: date | None, latest: date | None) -> int:
    """The first class whose longest period (SPAN_DAYS) this one fits, or the last (undated: 0)."""
    if earliest is None or latest is None:
        return 0
    days = (latest - earliest).days
    return next((n for n, most in enumerate(SPAN_DAYS) if days <= most), len(SPAN_DAYS))


class EvidenceArgument(Base):
    """One argument of an own-dated stored mention, with what a look-alike walk tests copied beside it
    (verb, dates, actors as the walk compares them; all fixed once the mention is written): the walk
    reads the mentions of a verb that share an argument from one index range and tests them there,
    instead of reading every mention of the verb in a two-year window, whose number grows with the
    database (see candidates.look_alikes, which also writes these rows)."""

    __tablename__ = "evidence_arguments"

    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    argument: Mapped[str] = mapped_column(String(200), primary_key=True)
    predicate: Mapped[str] = mapped_column(String(100))
    earliest: Mapped[date] = mapped_column(Date)
    latest: Mapped[date | None] = mapped_column(Date)
    actors: Mapped[str | None] = mapped_column(Text)  # lower(CAST(evidence.actors AS TEXT))

    __table_args__ = (Index("ix_evidence_arguments_walk", "predicate", "argument", "earliest"),)


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




class DataVersion(Base):
    """One row counting committed changes: a read cache keyed on it can never serve stale data."""

    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(BigInteger)
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


JOB_STATUSES = ("queued", "running", "done", "failed")
JOB_FINISHED = ("done", "failed")


class Job(Base):
    """A bulk ingest: its articles (payload), where it stands, and one result per article.

    A queued or running job holds a lease that its worker keeps renewing; a job whose lease ran out
    has lost its worker and is failed by the reaper (service/jobs.py) rather than left running.
    """

    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # one of JOB_STATUSES
    total: Mapped[int] = mapped_column(Integer)
    done: Mapped[int] = mapped_column(Integer, default=0)  # articles with a result, whatever it says
    failed: Mapped[int] = mapped_column(Integer, default=0)  # ... of which not ingested
    payload: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    owner: Mapped[str | None] = mapped_column(String(200))  # host:pid last working on it, for operators
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)

    results: Mapped[list[JobResult]] = relationship(cascade="all, delete-orphan", passive_deletes=True,
                                                    order_by="JobResult.index", lazy="selectin")


class JobResult(Base):
    """What became of one article of a job: keyed by (job, position), so a redelivered chunk counts once."""

    __tablename__ = "job_results"

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True)
    index: Mapped[int] = mapped_column("article_index", Integer, primary_key=True)
    source_id: Mapped[int | None] = mapped_column(Integer)  # no foreign key: the source may be deleted later
    created: Mapped[bool | None] = mapped_column(Boolean)
    events: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(String(300))  # a short reason, never SQL or article text


class JobAttempt(Base):
    """How many times a worker started one article of a job: counted before the work, committed, so a
    worker killed by the article itself still leaves the count behind."""

    __tablename__ = "job_attempts"

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True)
    index: Mapped[int] = mapped_column("article_index", Integer, primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


def content_hash(text: str) -> str:
    """Same article, same hash, whatever its whitespace: so it is never stored twice."""
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().encode("utf-8")).hexdigest()

