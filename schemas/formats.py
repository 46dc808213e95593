"""Serialisers for the formats clients already speak: TimelineJS3, CSV, NDJSON and iCalendar.

Each takes timeline events as dumped by `TimelineEventSchema` (plain dicts), so every format says
exactly what the JSON says. Text that came from articles is escaped wherever the format is HTML.
"""

from __future__ import annotations

import csv
import html
import io
import json
from datetime import date, datetime, timedelta
from typing import Any

FORMATS = {
    "json": "application/json",
    "timelinejs": "application/vnd.timelinejs+json",
    "csv": "text/csv",
    "ndjson": "application/x-ndjson",
    "ics": "text/calendar",
}
CSV_COLUMNS = ["id", "title", "status", "edtf", "earliest", "latest", "precision", "source_count", "source_titles",
               "sort_key"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def display_date(event: dict[str, Any]) -> str:
    """How a reader should see the date: 'November 2023', not the 1 November TimelineJS would imply."""
    when = event["date"]
    return label(_day(when.get("earliest")), _day(when.get("latest")), when.get("precision"), when.get("edtf"))


def label(first: date | None, last: date | None, precision: str | None, edtf: str | None) -> str:
    """A date as people write it, at the precision it has: '18 February 2023', 'November 2023', '2023'."""
    if first is None or last is None:
        return edtf or "undated"
    if precision == "day" or first == last:
        return f"{'about ' if edtf and edtf.endswith('~') else ''}{first.day} {_MONTHS[first.month - 1]} {first.year}"
    if precision == "month":
        return f"{_MONTHS[first.month - 1]} {first.year}"
    if precision == "year":
        return str(first.year)
    approximate = "about " if edtf and edtf.endswith("~") else ""
    if precision == "range" and (first.year, first.month) == (last.year, last.month):
        return f"{approximate}{first.day}–{last.day} {_MONTHS[first.month - 1]} {first.year}"
    return edtf or f"{first} – {last}"


def _slide_date(day: date, precision: str | None, label: str) -> dict[str, Any]:
    """Only the parts we know: a month-precision date has no day."""
    parts: dict[str, Any] = {"year": day.year, "display_date": label}
    if precision not in ("year", "decade", "century"):
        parts["month"] = day.month
    if precision in ("day", "minute", "part of day", "range", "week", "weekend"):
        parts["day"] = day.day
    return parts


def timelinejs(title: str, description: str | None, events: list[dict[str, Any]]) -> dict[str, Any]:
    """Knight Lab TimelineJS3 JSON: a title slide and one slide per dated event."""
    slides = []
    for event in events:
        when = event["date"]
        first, last = _day(when.get("earliest")), _day(when.get("latest"))
        if first is None:
            continue  # TimelineJS needs a start date; undated events stay in the JSON and CSV
        label = display_date(event)
        precision = when.get("precision")
        slide: dict[str, Any] = {
            "unique_id": f"event-{event['id']}",
            "start_date": _slide_date(first, precision, label),
            "text": {"headline": html.escape(event["title"]), "text": _sources_html(event)},
            "group": event["status"],
        }
        if last is not None and last != first and precision not in ("month", "year", "decade", "century"):
            slide["end_date"] = _slide_date(last, precision, label)
        slides.append(slide)
    return {"title": {"text": {"headline": html.escape(title), "text": html.escape(description or "")}},
            "events": slides}


def _sources_html(event: dict[str, Any]) -> str:
    items = []
    for source in event["sources"]:
        name = html.escape(source.get("title") or f"source {source['source_id']}")
        quote = html.escape(source.get("quote") or "")
        url = source.get("url")
        safe_url = url if url and url.startswith(("http://", "https://")) else None
        link = f'<a href="{html.escape(safe_url, quote=True)}">{name}</a>' if safe_url else name
        items.append(f"<li>{link}: “{quote}”</li>")
    return f"<p>{html.escape(event['status'])}</p><ul>{''.join(items)}</ul>"


def _row(event: dict[str, Any]) -> dict[str, Any]:
    when = event["date"]
    titles = sorted({s.get("title") or "" for s in event["sources"]})
    return {"id": event["id"], "title": event["title"], "status": event["status"], "edtf": when.get("edtf"),
            "earliest": when.get("earliest"), "latest": when.get("latest"), "precision": when.get("precision"),
            "source_count": len({s["source_id"] for s in event["sources"]}), "source_titles": " | ".join(titles),
            "sort_key": event["sort_key"]}


def to_csv(events: list[dict[str, Any]]) -> str:
    """One event per row, for spreadsheets and shell scripts."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for event in events:
        writer.writerow({k: ("" if v is None else v) for k, v in _row(event).items()})
    return out.getvalue()


def to_ndjson(events: list[dict[str, Any]]) -> str:
    """One JSON object per line: the CSV's columns, plus the sources."""
    lines = [json.dumps({**_row(event), "sources": event["sources"]}, ensure_ascii=False) for event in events]
    return "".join(f"{line}\n" for line in lines)


def to_ics(title: str, events: list[dict[str, Any]], stamp: datetime) -> bytes:
    """An iCalendar file: one all-day VEVENT per dated event, spanning its bounds."""
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    calendar = Calendar()
    calendar.add("prodid", "-//timeline-service//events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", title)
    for event in events:
        first, last = _day(event["date"].get("earliest")), _day(event["date"].get("latest"))
        if first is None or last is None:
            continue
        entry = CalendarEvent()
        entry.add("uid", f"event-{event['id']}@timeline-service")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", first)
        if last < date.max:
            entry.add("dtend", last + timedelta(days=1))  # all-day events end the day after
        else:  # there is no day after 9999-12-31 to end on
            entry.add("duration", last - first + timedelta(days=1))
        entry.add("summary", event["title"])
        sources = "\n".join(f"- {s.get('title')}: {s.get('quote')}" for s in event["sources"])
        entry.add("description", f"{display_date(event)} ({event['date'].get('precision')}), {event['status']}\n"
                                 f"{sources}")
        entry.add("categories", [event["status"]])
        calendar.add_component(entry)
    return calendar.to_ical()
