"""Timelines: the ordered events (the one event schema, sources inline), and named timelines as resources."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import ID, Pattern, RequestSchema, UtcDateTime
from schemas.events import Events, PageSchema, required

SLUG = r"^[a-z0-9][a-z0-9-]{0,62}$"
SLUG_RULE = "Lower-case letters, digits and '-', at most 63, starting with a letter or digit."


@required
class TimelineSchema(PageSchema):
    order = fields.String(metadata={"example": "earliest bound, latest bound, precision (finer first), title, id"})
    events = Events()


@required
class TimelineSummarySchema(Schema):
    slug = fields.String(metadata={"example": "munich-2023"})
    title = fields.String(metadata={"example": "Munich Security Conference 2023"})
    description = fields.String(allow_none=True)
    source_ids = fields.List(fields.Integer(), metadata={"description": "Empty on `all`: every source"})
    include_events = fields.List(fields.Integer(), metadata={"description": "Events added by hand"})
    hide_events = fields.List(fields.Integer(), metadata={"description": "Events hidden by hand"})
    created_at = UtcDateTime(allow_none=True)
    updated_at = UtcDateTime(allow_none=True)


class TimelineListSchema(Schema):
    timelines = fields.List(fields.Nested(TimelineSummarySchema))


class TimelineDetailSchema(TimelineSummarySchema, TimelineSchema):
    pass


class TimelineCreateSchema(RequestSchema):
    slug = fields.String(required=True, validate=Pattern(SLUG, error=SLUG_RULE),
                         metadata={"example": "munich-2023"})
    title = fields.String(required=True, validate=validate.Length(min=1, max=300),
                          metadata={"example": "Munich Security Conference 2023"})
    description = fields.String(allow_none=True, validate=validate.Length(max=5000))
    source_ids = fields.List(fields.Integer(validate=ID), load_default=list,
                             validate=validate.Length(max=10_000), metadata={"example": [1, 2, 4, 5]})
    include_events = fields.List(fields.Integer(validate=ID), load_default=list,
                                 validate=validate.Length(max=10_000))
    hide_events = fields.List(fields.Integer(validate=ID), load_default=list,
                              validate=validate.Length(max=10_000))


class TimelinePatchSchema(RequestSchema):
    title = fields.String(validate=validate.Length(min=1, max=300))
    description = fields.String(allow_none=True, validate=validate.Length(max=5000))
    source_ids = fields.List(fields.Integer(validate=ID), validate=validate.Length(max=10_000))
    include_events = fields.List(fields.Integer(validate=ID), validate=validate.Length(max=10_000))
    hide_events = fields.List(fields.Integer(validate=ID), validate=validate.Length(max=10_000))
