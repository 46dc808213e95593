"""Requests and responses of the temporal tagger's HTTP interface."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import LANGUAGE, RequestSchema, StrictBoolean


class AnnotateRequestSchema(RequestSchema):
    text = fields.String(required=True, validate=validate.Length(min=0, max=500_000),
                         metadata={"example": "They met on Saturday, two weeks after the balloon was downed."})
    reference = fields.Date(required=True, metadata={"example": "2023-02-19"})
    language = fields.String(load_default="en", validate=LANGUAGE)
    day_first = StrictBoolean(load_default=False, metadata={"description": "Read 02/04/2023 as 2 April"})
    view = fields.String(load_default="service", validate=validate.OneOf(["service", "timeml"]),
                         metadata={"description": "service: a range is one expression ('5-6 February'); timeml: "
                                                  "its two ends, as TimeML's TIMEX3 annotates them"})


class ParseRequestSchema(RequestSchema):
    when = fields.String(required=True, validate=validate.Length(min=1, max=200), metadata={"example": "last November"})
    reference = fields.Date(required=True, metadata={"example": "2024-02-16"})
    language = fields.String(load_default="en", validate=LANGUAGE)
    day_first = StrictBoolean(load_default=False)


class ExpressionSchema(Schema):
    start = fields.Integer(metadata={"example": 21})
    end = fields.Integer(metadata={"example": 29})
    text = fields.String(metadata={"example": "Saturday"})
    type = fields.String(metadata={"example": "DATE"})
    value = fields.String(metadata={"example": "2023-02-18"})
    edtf = fields.String(allow_none=True, metadata={"example": "2023-02-18"})
    earliest = fields.Date(allow_none=True, metadata={"example": "2023-02-18"})
    latest = fields.Date(allow_none=True, metadata={"example": "2023-02-18"})
    precision = fields.String(allow_none=True, metadata={"example": "day"})
    mod = fields.String(allow_none=True, metadata={"example": None})
    rule = fields.String(metadata={"example": "weekday: weekday Saturday, past tense, relative to reference 2023-02-19",
                                   "description": "Which rule resolved the expression, and against what"})


class AnnotateResponseSchema(Schema):
    expressions = fields.List(fields.Nested(ExpressionSchema))
