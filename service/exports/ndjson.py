"""NDJSON: one event per line, exactly the object the JSON API lists, for streaming and `jq`."""

from __future__ import annotations

import json

from service.exports.document import Document

EXAMPLE = ('{"id": 1, "title": "Biden and Xi meet", "status": "occurred", "date": {"display": "15 November 2023", '
           '...}, "source_count": 1, "sources": [{"source_id": 3, "title": "...", "url": null, "quotes": [...]}]}\n')


def render(doc: Document) -> bytes:
    return "".join(json.dumps(event, ensure_ascii=False) + "\n" for event in doc.events).encode("utf-8")
