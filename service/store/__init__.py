"""Storage: the only package that talks to the database.

- `ordering`: the timeline order (precision ranks, the order key), a domain rule with no ORM;
- `models`: the tables;
- `versions`: the data-version counter that read caches key on;
- `engine`: engines per database (SQLite or PostgreSQL, nothing else), migrations, `Store.transaction`;
- `repository`: every query and write, inside one transaction;
- `candidates`: the merge-candidate look-ups of an ingest, statements of fixed text.

Callers open a unit of work with `Store.transaction()`, which commits when the block ends and rolls
back on any error, so an article is stored with all its evidence or not at all. The names below are
the package's interface; import them from `service.store`.
"""

from service.store.candidates import LookAlike, Near, StoredEvent, StoredMention
from service.store.engine import WRITE_LOCK_KEY, Store, UnsupportedDatabase, make_engine, migrate
from service.store.models import (
    Base,
    Conflict,
    DataVersion,
    Event,
    EventParticipant,
    Evidence,
    EvidenceArgument,
    Job,
    JobResult,
    Source,
    Timeline,
    TimelineEvent,
    content_hash,
    name_key,
    timeline_sources,
)
from service.store.ordering import PRECISION_RANK, order_key
from service.store.repository import EventFilter, Repository

__all__ = ["PRECISION_RANK", "WRITE_LOCK_KEY", "Base", "Conflict", "DataVersion", "Event", "EventFilter",
           "EventParticipant", "Evidence", "EvidenceArgument", "Job", "JobResult", "LookAlike", "Near", "Repository",
           "Source", "Store",
           "StoredEvent", "StoredMention",
           "Timeline", "TimelineEvent", "UnsupportedDatabase", "content_hash", "make_engine", "migrate", "name_key",
           "order_key", "timeline_sources"]
