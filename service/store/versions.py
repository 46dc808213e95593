"""The data version: one counter bumped in the same transaction as every committed change.

Readers key their caches on it (service/api/http.py), so a cache can never serve what another worker
has changed. The hooks are attached to the Store's own session factory, not to every Session in the
process, so nothing is counted by import side effect.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from service.store.models import DataVersion, Job, JobAttempt, JobResult, _now

BOOKKEEPING = (Job, JobResult, JobAttempt)


def _note_change(session: Session, _context: Any) -> None:
    """A change to anything but job bookkeeping (progress is not timeline data) is counted."""
    if any(not isinstance(row, BOOKKEEPING) for row in chain(session.new, session.dirty, session.deleted)):
        note_change(session)


def note_change(session: Session) -> None:
    """Count a change the ORM does not see (a bulk statement) in this unit of work."""
    session.info["changed"] = True


def _bump_version(session: Session) -> None:
    if session.info.pop("changed", False):
        session.execute(DataVersion.__table__.update().where(DataVersion.id == 1)
                        .values(version=DataVersion.version + 1, changed_at=_now()))


def track_versions(sessions: sessionmaker) -> None:
    """Count every committing unit of work opened from `sessions` that changed a row."""
    event.listen(sessions, "after_flush", _note_change)
    event.listen(sessions, "before_commit", _bump_version)
