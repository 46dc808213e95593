"""Every export format in one registry: name → media type, file extension and renderer.

The API routes (content negotiation, `?format=`), the `timeline export` command and the OpenAPI
document read this registry, so a format is added or changed here alone. Renderers take a `Document`
whose events are the JSON API's event objects, so every format says what the JSON says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from service.exports import ical, ndjson, spreadsheet, timelinejs
from service.exports.document import Document, document

__all__ = ["EXPORTS", "MEDIA_TYPES", "Document", "ExportFormat", "document"]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    media_type: str
    extension: str
    render: Callable[[Document], bytes]
    description: str
    example: Any = field(default=None)


EXPORTS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("timelinejs", "application/vnd.timelinejs+json", "json", timelinejs.render,
                 "Knight Lab TimelineJS3 JSON: a title slide, one slide per dated event", timelinejs.EXAMPLE),
    ExportFormat("csv", "text/csv", "csv", spreadsheet.render,
                 "One event per row; cells safe to open in a spreadsheet, lists as JSON arrays", spreadsheet.EXAMPLE),
    ExportFormat("ndjson", "application/x-ndjson", "ndjson", ndjson.render,
                 "One event per line, the same object as in the JSON `events`", ndjson.EXAMPLE),
    ExportFormat("ics", "text/calendar", "ics", ical.render,
                 "iCalendar: one all-day VEVENT per dated event", ical.EXAMPLE),
)}

# what a list of events can be asked for in: its JSON page, or any export
MEDIA_TYPES: dict[str, str] = {"json": "application/json", **{f.name: f.media_type for f in EXPORTS.values()}}


def names(formats: Iterable[str] = MEDIA_TYPES) -> str:
    """'json, timelinejs, csv, ndjson or ics', for documentation."""
    listed = list(formats)
    return ", ".join(listed[:-1]) + f" or {listed[-1]}"
