"""Shared pieces: the RFC 9457 problem body and strict request schemas."""

from __future__ import annotations

from typing import Any

from marshmallow import RAISE, Schema, fields


class RequestSchema(Schema):
    """Requests reject unknown fields: a typo must fail loudly, not be ignored."""

    class Meta:
        unknown = RAISE
        ordered = True


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
