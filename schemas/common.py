"""Shared pieces: the RFC 9457 problem body and strict request schemas."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

STATUSES = ["occurred", "planned", "postponed", "cancelled", "expected"]
MAX_ID = 2**31 - 1  # ids are 32-bit integers in every database we run on
ID = validate.Range(min=1, max=MAX_ID)
# Dates a client may send: a century clear of 0001 and 9999, so resolving "next year" against them, or
# looking a year either side of an event, never leaves what Python's date and the databases can hold.
FIRST_DAY, LAST_DAY = date(100, 1, 1), date(9899, 12, 31)
DAY_RANGE = f"from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}"
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable(text: str) -> str | None:
    """Why no database here can store this text (PostgreSQL refuses NUL, UTF-8 has no lone surrogates)."""
    found = _UNSTORABLE.search(text)
    if found is None:
        return None
    if found.group() == "\x00":
        return "contains a NUL character (U+0000)"
    return f"contains a lone surrogate (U+{ord(found.group()):04X}), which is not Unicode text"


class Pattern(validate.Regexp):
    """A regex the whole value must match, as JSON Schema means it: Python's `$` lets "en\\n" through."""

    def __call__(self, value: Any) -> Any:
        if self.regex.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value


LANGUAGE = Pattern(r"^[a-z]{2,3}(-[A-Za-z]{2,8})?$", error="A language tag such as 'en' or 'fr-CA'.")


class StrictBoolean(fields.Boolean):
    """true or false, not 0, 1, "yes" or "on": JSON has booleans."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> bool:
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class RequestSchema(Schema):
    """Requests reject unknown fields: a typo must fail loudly, not be ignored."""

    class Meta:
        unknown = RAISE
        ordered = True

    @validates_schema(skip_on_field_errors=False)
    def _supported_days(self, data: dict[str, Any], **_: object) -> None:
        """Every date a request carries lies in the supported range; checked here, so no schema can forget."""
        errors = {}
        for name, field in self.load_fields.items():
            value = data.get(field.attribute or name)
            if isinstance(field, fields.Date) and isinstance(value, date) and not FIRST_DAY <= value <= LAST_DAY:
                errors[field.data_key or name] = [f"Dates {DAY_RANGE} are supported."]
        if errors:
            raise ValidationError(errors)


class ProblemSchema(Schema):
    """RFC 9457 problem details, with marshmallow's field messages in `errors`."""

    type = fields.String(metadata={"example": "about:blank"})
    title = fields.String(required=True, metadata={"example": "Unprocessable Content"})
    status = fields.Integer(required=True, metadata={"example": 422})
    detail = fields.String(metadata={"example": "The request body is invalid: see errors."})
    instance = fields.String(metadata={"example": "/sources"})
    errors = fields.Dict(metadata={"example": {"json": {"published": ["Not a valid date."]}}})


class HealthSchema(Schema):
    status = fields.String(required=True, metadata={"example": "ok"})
    database = fields.String(required=True, metadata={"example": "ok"})
    counts = fields.Dict(keys=fields.String(), values=fields.Integer(),
                         metadata={"example": {"sources": 5, "events": 14, "evidence": 20}})


class Inline(fields.Nested):
    """Dumps a nested schema over the same object: groups flat columns (edtf, earliest, ...) into one member."""

    def get_value(self, obj: Any, attr: str, accessor: Any = None, default: Any = None) -> Any:
        return obj


class UtcDateTime(fields.DateTime):
    """A timestamp with its offset: SQLite hands back naive datetimes for what was stored in UTC."""

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        if isinstance(value, datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return super()._serialize(value, attr, obj, **kwargs)
