"""Query parameters shared by every list of events: filters, then a page of them."""

from __future__ import annotations

import hashlib
import re
from calendar import monthrange
from datetime import date
from typing import Any

from flask import current_app
from itsdangerous import BadData, URLSafeSerializer
from marshmallow import ValidationError, fields, validate

from schemas.common import ID, MAX_ID, STATUSES, RequestSchema, unstorable
from service.exports import MEDIA_TYPES, names

PRECISIONS = ["minute", "part of day", "day", "weekend", "week", "range", "part", "month", "season", "quarter", "half",
              "year", "fiscal year", "decade", "century", "open"]
MAX_LIMIT = 500
_DAYISH = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DayBound(fields.Field):
    """'2023', '2023-02' or '2023-02-18' (ISO / EDTF at year, month or day precision) as one bound day.

    `from=2023` starts on 1 January 2023, `to=2023` ends on 31 December 2023.
    """

    def __init__(self, side: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.side = side

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> date:
        match = _DAYISH.match(str(value).strip())
        if not match:
            raise ValidationError("Use YYYY, YYYY-MM or YYYY-MM-DD.")
        year, month, day = int(match.group(1)), match.group(2), match.group(3)
        try:
            if day:
                return date(year, int(month), int(day))
            if month:
                m = int(month)
                return date(year, m, 1) if self.side == "start" else date(year, m, monthrange(year, m)[1])
            return date(year, 1, 1) if self.side == "start" else date(year, 12, 31)
        except ValueError:
            raise ValidationError("Not a calendar date.") from None


def cursor_signer() -> URLSafeSerializer:
    """Signs and checks cursors with SECRET_KEY, or, unset, a key derived from the database URL: the same on
    every worker and host of one deployment, so any of them takes a cursor another issued."""
    config = current_app.config
    secret = config.get("SECRET_KEY") or hashlib.sha256(b"timeline cursor key\0" + config["DATABASE_URL"].encode()
                                                        ).hexdigest()
    return URLSafeSerializer(secret, salt="timeline.cursor")


def encode_cursor(position: tuple[str, int]) -> str:
    """A page's position as an opaque, signed token: clients follow it, they cannot make or alter one."""
    return cursor_signer().dumps(list(position))


def decode_cursor(cursor: str) -> tuple[str, int] | None:
    """The position a cursor this server issued holds; a forged, altered or malformed one is a ValidationError
    (400). The position is checked even when signed: a key may be shared with an older release."""
    if not cursor:
        return None  # `cursor=`: the first page
    try:
        key, event_id = cursor_signer().loads(cursor)
        if not isinstance(key, str) or unstorable(key) or type(event_id) is not int or not 0 < event_id <= MAX_ID:
            raise ValueError
        return key, event_id
    except (BadData, ValueError, TypeError, RecursionError):
        raise ValidationError("Not a cursor this server issued: follow the `next` link.") from None


class Cursor(fields.String):
    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> tuple[str, int] | None:
        return decode_cursor(super()._deserialize(value, attr, data, **kwargs))


class EventQuerySchema(RequestSchema):
    """Filters (all optional, combined with AND) and paging for lists of events."""

    from_ = DayBound("start", data_key="from", metadata={
        "description": "Events whose bounds reach this day or later (YYYY, YYYY-MM or YYYY-MM-DD)",
        "example": "2023-02"})
    to = DayBound("end", metadata={"description": "Events starting on or before this day (YYYY, YYYY-MM, YYYY-MM-DD)",
                                   "example": "2023-12-31"})
    q = fields.String(validate=validate.Length(min=1, max=200),
                      metadata={"description": "Text in the title or in a quote", "example": "balloon"})
    source = fields.List(fields.Integer(validate=ID),
                         metadata={"description": "Only events with evidence from these sources (repeatable)"})
    status = fields.String(validate=validate.OneOf(STATUSES))
    precision = fields.String(validate=validate.OneOf(PRECISIONS))
    min_sources = fields.Integer(validate=validate.Range(min=1, max=1000),
                                 metadata={"description": "Only events told by at least this many sources"})
    entity = fields.String(validate=validate.Length(min=1, max=200),
                           metadata={"description": "Only events involving this participant (case-insensitive "
                                                    "substring of a participant name)", "example": "Blinken"})
    include = fields.String(validate=validate.OneOf(["anchored"]), metadata={
        "description": "`anchored` also lists events whose only date is borrowed (from the clause or article "
                       "around them, or the publication date) and that one source alone reports; entity "
                       "timelines always include them"})
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=MAX_LIMIT),
                           metadata={"description": f"Page size (at most {MAX_LIMIT})"})
    cursor = Cursor(metadata={"description": "Opaque position from a previous page's `next` link"})
    format = fields.String(validate=validate.OneOf(list(MEDIA_TYPES)), metadata={
        "description": f"{names()} (json is the default); overrides the Accept header. "
                       "Formats other than json carry every matching event, unpaged."})
