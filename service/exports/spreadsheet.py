"""CSV that is safe to open in a spreadsheet and unambiguous to parse.

Per OWASP's CSV-injection guidance, a cell starting with = + - @ tab or carriage return gets a leading
apostrophe (so article text such as "=HYPERLINK(...)" is shown, never run) and every cell is quoted.
Columns holding several values (source titles, URLs, participants) hold a JSON array, so a title
containing a comma or " | " stays one title; `source_urls` lines up with `source_titles` (null: no URL).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from service.exports.document import Document

COLUMNS = ["id", "title", "status", "date", "edtf", "earliest", "latest", "precision", "source_count",
           "source_titles", "source_urls", "participants", "quote", "sort_key"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXAMPLE = ('"id","title","status","date","edtf","earliest","latest","precision","source_count","source_titles",'
           '"source_urls","participants","quote","sort_key"\r\n'
           '"1","Biden and Xi meet","occurred","15 November 2023","2023-11-15","2023-11-15","2023-11-15","day","1",'
           '"[""Biden and Xi meet in California""]","[""https://example.org/a""]","[""Joe Biden"", ""Xi Jinping""]",'
           '"Biden and Xi met on Wednesday.","2023-11-15|2023-11-15|02|biden and xi meet|000000001"\r\n')


def neutralise(value: Any) -> str:
    """The cell as text, with a leading apostrophe where a spreadsheet would read a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _json_list(values: list[Any]) -> str:
    return json.dumps(values, ensure_ascii=False)


def row(event: dict[str, Any]) -> list[str]:
    when, sources = event["date"], event["sources"]
    best = next((s["quotes"][0]["quote"] for s in sources if s["quotes"]), None)
    cells = [event["id"], event["title"], event["status"], when["display"], when["edtf"], when["earliest"],
             when["latest"], when["precision"], event["source_count"], _json_list([s["title"] for s in sources]),
             _json_list([s["url"] for s in sources]), _json_list(event["participants"]), best, event["sort_key"]]
    return [neutralise(cell) for cell in cells]


def render(doc: Document) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(row(event) for event in doc.events)
    return out.getvalue().encode("utf-8")
