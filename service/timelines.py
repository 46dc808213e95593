"""Timelines as readers see them: the named ones from the store, and `all`, which is every event, is
never stored and cannot be changed. Also the one place a reader's filters become a store query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from service.errors import Conflicting, Invalid
from service.store import EventFilter, Repository, Timeline

ALL_SLUG = "all"


@dataclass(frozen=True)
class TimelineView:
    """A timeline's summary; `record` is the stored timeline, None for `all`."""

    slug: str
    title: str
    description: str | None
    source_ids: list[int]
    include_events: list[int]
    hide_events: list[int]
    created_at: datetime | None
    updated_at: datetime | None
    record: Timeline | None = None


ALL = TimelineView(ALL_SLUG, "All events", "Every event of every source.", [], [], [], None, None)


def view_of(timeline: Timeline) -> TimelineView:
    return TimelineView(timeline.slug, timeline.title, timeline.description, timeline.source_ids,
                        timeline.include_events, timeline.hide_events, timeline.created_at, timeline.updated_at,
                        timeline)


def every_timeline(repo: Repository) -> list[TimelineView]:
    """`all` first, then the named ones by slug."""
    return [ALL, *(view_of(t) for t in repo.list_timelines())]


def find(repo: Repository, slug: str) -> TimelineView | None:
    if slug == ALL_SLUG:
        return ALL
    timeline = repo.get_timeline(slug)
    return None if timeline is None else view_of(timeline)


def changeable(repo: Repository, slug: str) -> Timeline | None:
    """The stored timeline to change or delete; None when there is none. `all` is refused."""
    if slug == ALL_SLUG:
        raise Conflicting(f"The timeline '{ALL_SLUG}' is every event and cannot be changed or deleted.")
    return repo.get_timeline(slug)


def create(repo: Repository, data: dict[str, Any]) -> Timeline:
    slug = data["slug"]
    if slug == ALL_SLUG or repo.get_timeline(slug) is not None:
        raise Conflicting(f"The timeline '{slug}' already exists.")
    timeline = repo.add_timeline(slug, data["title"], data.get("description"))
    set_members(repo, timeline, data)
    return timeline


def update(repo: Repository, timeline: Timeline, data: dict[str, Any]) -> Timeline:
    repo.update_timeline(timeline, **{k: data[k] for k in ("title", "description") if k in data})
    set_members(repo, timeline, data)
    return timeline


def set_members(repo: Repository, timeline: Timeline, data: dict[str, Any]) -> None:
    """Replace the member lists given; unknown ids refuse the whole change."""
    missing = repo.set_timeline_members(timeline, data.get("source_ids"), data.get("include_events"),
                                        data.get("hide_events"))
    if missing:
        raise Invalid("Unknown ids: " + ", ".join(missing), field="_schema",
                      messages=[f"{m} does not exist" for m in missing])


def event_filter(query: dict[str, Any], view: TimelineView = ALL) -> EventFilter:
    """The store query for a reader's filters (the keys EventQuerySchema loads) within one timeline."""
    return EventFilter(earliest=query.get("from_"), latest=query.get("to"), text=query.get("q"),
                       source_ids=tuple(query.get("source") or ()), status=query.get("status"),
                       precision=query.get("precision"), min_sources=query.get("min_sources"),
                       entity=query.get("entity"), timeline=view.record,
                       include_anchored=query.get("include") == "anchored")
