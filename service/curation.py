"""Events made or corrected by hand: how a curator's `when` becomes a date, and that what a person
touched is kept as curated (merges leave it alone)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from service.errors import Conflicting, Invalid
from service.events.lemmas import verb_lemmas
from service.ingest import normalise_when
from service.store import Event, EventFilter, Repository, Source


def date_fields(when: str, reference: date, language: str) -> dict[str, Any]:
    """The event's date columns for a free-text `when` read against `reference`."""
    expr = normalise_when(when, reference, language)
    if expr is None:
        raise Invalid(f"'{when}' is not a date we can resolve.", field="when",
                      messages=[f"'{when}' is not a recognisable date or time."])
    return {"when_text": when, "reference": reference, "edtf": expr.edtf, "value": expr.value,
            "earliest": expr.earliest, "latest": expr.latest, "precision": expr.precision, "rule": expr.rule}


def add_event(repo: Repository, data: dict[str, Any], source: Source | None = None) -> Event:
    """A manual event; `when` is read against the given reference, else the source's publication date.

    One that tells what a stored event already tells (dates that overlap, two or more words of the
    title in common) is refused, naming that event, unless `allow_duplicate` is set: a curator who adds
    the Munich meeting by hand most likely wants to correct the extracted one (PATCH), not a second entry."""
    reference = data.get("reference") or (source.published if source is not None else None)
    if reference is None:
        raise Invalid("Give `reference` or `source_id` to resolve `when` against.", field="reference")
    fields = date_fields(data["when"], reference, data["language"])
    if not data.get("allow_duplicate") and (same := _telling_the_same(repo, data["title"], fields)) is not None:
        raise Conflicting(f"Event {same.id} ({same.edtf or same.value}, '{same.title}') already tells this; "
                          f"correct it with PATCH /events/{same.id}, or send \"allow_duplicate\": true.",
                          field="title")
    return repo.add_event(title=data["title"], status=data["status"], origin="manual", curated=True, **fields)


_MINOR = frozenset("the a an of in on at to for and with by from over after before into its his her their "
                   "this that new".split())


def _content(title: str) -> set[str]:
    """A title's words, verbs at their lemma and nouns without a plural "s": "met" and "meets" are one word."""
    words = set()
    for word in re.findall(r"[A-Za-z][A-Za-z'’-]+", title.lower()):
        if word in _MINOR or len(word) < 3:
            continue
        lemmas = verb_lemmas(word)
        words.add(lemmas[0] if lemmas else word.removesuffix("s"))
    return words


def _telling_the_same(repo: Repository, title: str, fields: dict[str, Any]) -> Event | None:
    if fields["earliest"] is None or fields["latest"] is None:
        return None
    words = _content(title)
    nearby = repo.page_events(EventFilter(earliest=fields["earliest"], latest=fields["latest"]), limit=200)[0]
    shared = [(len(words & _content(event.title)), event) for event in nearby]
    best = max(shared, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] >= 2 else None


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
