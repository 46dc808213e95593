"""The timeline's order, as one domain rule shared by the models, the queries and the exports.

Kept apart from the models so code that only needs to rank dates does not load SQLAlchemy's ORM.
"""

from __future__ import annotations

from datetime import date

PRECISION_RANK = {"minute": 0, "part of day": 1, "day": 2, "weekend": 3, "week": 4, "range": 5, "part": 6, "month": 7,
                  "season": 8, "quarter": 9, "half": 10, "year": 11, "fiscal year": 12, "decade": 13, "century": 14,
                  "open": 15}


def order_key(earliest: date | None, latest: date | None, precision: str | None, title: str) -> str:
    """The timeline order as one sortable string (undated last), so the database can sort and page by it."""
    first = earliest.isoformat() if earliest else "9999-12-31"
    last = latest.isoformat() if latest else "9999-12-31"
    rank = PRECISION_RANK.get(precision or "open", 99)
    return f"{first}|{last}|{rank:02d}|{title.lower()[:300]}"
