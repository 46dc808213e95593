"""iCalendar: one all-day VEVENT per dated event, spanning its bounds.

The body depends on the data alone, so every worker serves the same bytes and the same ETag: DTSTAMP is
the event's last change (RFC 5545: when the information was last revised), never the time of rendering,
and UIDs are `event-<id>@<domain>` under the configured ICS_UID_DOMAIN.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from service.exports.document import Document

EXAMPLE = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//timeline-service//events//EN\r\nBEGIN:VEVENT\r\n"
           "SUMMARY:Biden and Xi meet\r\nDTSTART;VALUE=DATE:20231115\r\nDTEND;VALUE=DATE:20231116\r\n"
           "DTSTAMP:20240216T101500Z\r\nUID:event-1@timeline-service.invalid\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def render(doc: Document) -> bytes:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", "-//timeline-service//events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", doc.title)
    for event in doc.events:
        entry = _entry(event, doc.uid_domain)
        if entry is not None:
            calendar.add_component(entry)
    return calendar.to_ical()


def _entry(event: dict[str, Any], uid_domain: str) -> Any:
    from icalendar import Event as CalendarEvent

    when = event["date"]
    if not when["earliest"] or not when["latest"]:
        return None  # undated: nothing to put in a calendar
    first, last = date.fromisoformat(when["earliest"]), date.fromisoformat(when["latest"])
    entry = CalendarEvent()
    entry.add("uid", f"event-{event['id']}@{uid_domain}")
    entry.add("dtstamp", datetime.fromisoformat(event["updated_at"]))
    entry.add("dtstart", first)
    if last < date.max:
        entry.add("dtend", last + timedelta(days=1))  # all-day events end the day after
    else:  # there is no day after 9999-12-31 to end on
        entry.add("duration", last - first + timedelta(days=1))
    entry.add("summary", event["title"])
    entry.add("description", _description(event))
    entry.add("categories", [event["status"]])
    url = next((s["url"] for s in event["sources"] if s["url"]), None)
    if url:
        entry.add("url", url)
    return entry


def _description(event: dict[str, Any]) -> str:
    lines = [f"{event['date']['display']} ({event['date']['precision']}), {event['status']}"]
    for source in event["sources"]:
        lines.append(f"- {source['title']}" + (f" <{source['url']}>" if source["url"] else ""))
        lines += [f"  “{quote['quote']}”" for quote in source["quotes"][:1]]
    return "\n".join(lines)
