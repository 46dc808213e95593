"""Events made or corrected by hand: how a curator's `when` becomes a date, and that what a person
touched is kept as curated (merges leave it alone)."""

from __future__ import annotations

from datetime import date
from typing import Any

from service.errors import Invalid
from service.ingest import normalise_when
from service.store import Event, Repository, Source


def date_fields(when: str, reference: date, language: str) -> dict[str, Any]:
    """The event's date columns for a free-text `when` read against `reference`."""
    expr = normalise_when(when, reference, language)
    if expr is None:
        raise Invalid(f"'{when}' is not a date we can resolve.", field="when",
                      messages=[f"'{when}' is not a recognisable date or time."])
    return {"when_text": when, "reference": reference, "edtf": expr.edtf, "value": expr.value,
            "earliest": expr.earliest, "latest": expr.latest, "precision": expr.precision, "rule": expr.rule}


def add_event(repo: Repository, data: dict[str, Any], source: Source | None = None) -> Event:
    """A manual event; `when` is read against the given reference, else the source's publication date."""
    reference = data.get("reference") or (source.published if source is not None else None)
    if reference is None:
        raise Invalid("Give `reference` or `source_id` to resolve `when` against.", field="reference")
    fields = date_fields(data["when"], reference, data["language"])
    return repo.add_event(title=data["title"], status=data["status"], origin="manual", curated=True, **fields)


def correct_event(repo: Repository, event: Event, data: dict[str, Any]) -> Event:
    """A new title, status or date; the date is read against the given reference, else the one the event
    was dated against, else its earliest source's."""
    changes = {k: data[k] for k in ("title", "status") if k in data}
    if "when" in data:
        reference = data.get("reference") or event.reference or _first_reference(event)
        if reference is None:
            raise Invalid("Give `reference` to resolve `when` against.", field="reference",
                          messages=["Required to resolve `when` for this event."])
        changes.update(date_fields(data["when"], reference, data.get("language", "en")))
    return repo.update_event(event, curated=True, **changes)


def _first_reference(event: Event) -> date | None:
    return min((e.reference for e in event.evidence if e.reference), default=None)
