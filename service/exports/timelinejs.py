"""Knight Lab TimelineJS3 JSON: a title slide and one slide per dated event.

Each slide carries its own `display_date` ("5–6 February 2023", "week of 20 February 2023"), which
TimelineJS shows instead of spelling the start and end dates, and only the date parts the precision
knows (a month has no day). `media.credit` names the sources; article text is escaped, being HTML here.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from service.exports.document import Document

MONTHLESS = {"year", "fiscal year", "decade", "century"}
DAYLESS = MONTHLESS | {"month", "season", "quarter", "half", "part"}
MORE_SOURCES = 3  # credit names this many sources, then "and N more"
EXAMPLE = {"title": {"text": {"headline": "All events", "text": ""}},
           "events": [{"unique_id": "event-1", "display_date": "5–6 February 2023",
                       "start_date": {"year": 2023, "month": 2, "day": 5},
                       "end_date": {"year": 2023, "month": 2, "day": 6},
                       "text": {"headline": "Talks in Munich", "text": "<p>occurred</p>"}, "group": "occurred",
                       "media": {"url": "https://example.org/a", "credit": '<a href="https://example.org/a">Example</a>'}}]}


def render(doc: Document) -> bytes:
    import json

    slides = [slide for slide in map(_slide, doc.events) if slide is not None]
    body = {"title": {"text": {"headline": html.escape(doc.title), "text": html.escape(doc.description or "")}},
            "events": slides}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _parts(day: date, precision: str | None) -> dict[str, int]:
    parts = {"year": day.year}
    if precision not in MONTHLESS:
        parts["month"] = day.month
    if precision not in DAYLESS:
        parts["day"] = day.day
    return parts


def _slide(event: dict[str, Any]) -> dict[str, Any] | None:
    when = event["date"]
    if not when["earliest"]:
        return None  # TimelineJS needs a start date; undated events stay in the JSON and CSV
    first = date.fromisoformat(when["earliest"])
    last = date.fromisoformat(when["latest"]) if when["latest"] else first
    precision = when["precision"]
    slide: dict[str, Any] = {
        "unique_id": f"event-{event['id']}",
        "display_date": when["display"],
        "start_date": _parts(first, precision),
        "text": {"headline": html.escape(event["title"]), "text": _text(event)},
        "group": event["status"],
    }
    end = _parts(last, precision)
    if end != slide["start_date"]:
        slide["end_date"] = end
    media = _media(event["sources"])
    if media:
        slide["media"] = media
    return slide


def _link(source: dict[str, Any]) -> str:
    name = html.escape(source.get("outlet") or source["title"] or f"source {source['source_id']}")
    url = _safe_url(source["url"])
    return f'<a href="{html.escape(url, quote=True)}">{name}</a>' if url else name


def _safe_url(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


def _media(sources: list[dict[str, Any]]) -> dict[str, str] | None:
    """The first linked source as the slide's media, every source named in its credit."""
    if not sources:
        return None
    credit = ", ".join(_link(s) for s in sources[:MORE_SOURCES])
    if len(sources) > MORE_SOURCES:
        credit += f" and {len(sources) - MORE_SOURCES} more"
    url = next((u for u in (_safe_url(s["url"]) for s in sources) if u), "")
    return {"url": url, "credit": credit}


def _text(event: dict[str, Any]) -> str:
    items = []
    for source in event["sources"]:
        quote = source["quotes"][0]["quote"] if source["quotes"] else ""
        items.append(f"<li>{_link(source)}: “{html.escape(quote)}”</li>")
    return f"<p>{html.escape(event['status'])}</p><ul>{''.join(items)}</ul>"
