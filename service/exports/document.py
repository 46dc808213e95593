"""What every export renders: a titled set of events, dumped once by the JSON API's event schema."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Document:
    slug: str  # names the file: all.csv, munich-2023.ics
    title: str
    description: str | None
    events: list[dict[str, Any]]  # as EventSchema dumps them (schemas.event_dicts builds them faster)
    uid_domain: str  # iCalendar UIDs are event-<id>@<uid_domain>


def document(slug: str, title: str, description: str | None, events: Sequence[Any], uid_domain: str) -> Document:
    """Dump stored events the way the JSON API does (imported here: the schemas use this package's dates)."""
    from schemas.event_dicts import event_dict

    return Document(slug, title, description, [event_dict(event) for event in events], uid_domain)
