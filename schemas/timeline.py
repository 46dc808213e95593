"""The ordered timeline, each event with its sources inline."""

from __future__ import annotations

from marshmallow import Schema, fields

from schemas.common import Inline
from schemas.events import ConflictSchema, DateSchema


class TimelineSourceSchema(Schema):
    source_id = fields.Integer(metadata={"example": 3})
    title = fields.String(attribute="source.title")
    url = fields.String(attribute="source.url", allow_none=True)
    published = fields.Date(attribute="source.published")
    quote = fields.String()
    quote_start = fields.Integer()
    quote_end = fields.Integer()
    expression = fields.String(allow_none=True, metadata={"example": "on Saturday"})
    expression_start = fields.Integer(allow_none=True)
    expression_end = fields.Integer(allow_none=True)
    rule = fields.String(allow_none=True)
    trigger = fields.String(allow_none=True, metadata={"example": "met"})
    trigger_start = fields.Integer(allow_none=True)
    trigger_end = fields.Integer(allow_none=True)
    reference = fields.Date(allow_none=True)
    reference_estimated = fields.Boolean()


class TimelineEventSchema(Schema):
    id = fields.Integer()
    title = fields.String()
    status = fields.String(metadata={"example": "occurred"})
    date = Inline(DateSchema, dump_only=True)
    sort_key = fields.String()
    participants = fields.List(fields.String())
    estimated = fields.Boolean()
    conflicts = fields.List(fields.Nested(ConflictSchema))
    sources = fields.List(fields.Nested(TimelineSourceSchema), attribute="evidence")


class TimelineSchema(Schema):
    count = fields.Integer(metadata={"example": 12})
    order = fields.String(metadata={"example": "earliest bound, latest bound, precision (finer first), title, id"})
    events = fields.List(fields.Nested(TimelineEventSchema))
