"""Timelines: the ordered events with their sources inline, and named timelines as resources."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import ID, Inline, Pattern, RequestSchema, UtcDateTime
from schemas.events import ConflictSchema, DateSchema, PageSchema

SLUG = r"^[a-z0-9][a-z0-9-]{0,62}$"
SLUG_RULE = "Lower-case letters, digits and '-', at most 63, starting with a letter or digit."


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
    linked = fields.Boolean(metadata={"description": "This mention has no date of its own (see anchored_by)"})
    anchored_by = fields.String(allow_none=True, metadata={
        "description": "null when the quote dates the event itself; else where its date was borrowed from: "
                       "`syntax` (the clause it is joined to), `discourse` (a dated mention of the same event "
                       "in the article), `publication` (the article's date)", "example": None})
    predicate = fields.String(allow_none=True, metadata={"description": "What happened, as a lemma",
                                                         "example": "meet"})
    participants = fields.List(fields.String(), allow_none=True)


class TimelineEventSchema(Schema):
    id = fields.Integer()
    title = fields.String()
    status = fields.String(metadata={"example": "occurred"})
    date = Inline(DateSchema, dump_only=True)
    sort_key = fields.String()
    participants = fields.List(fields.String())
    source_count = fields.Integer(metadata={"description": "Distinct sources behind the event"})
    anchored_by = fields.String(allow_none=True, metadata={
        "description": "null when some source dates the event itself; else how its date was borrowed"})
    estimated = fields.Boolean()
    conflicts = fields.List(fields.Nested(ConflictSchema))
    sources = fields.List(fields.Nested(TimelineSourceSchema), attribute="evidence")


class TimelineSchema(PageSchema):
    order = fields.String(metadata={"example": "earliest bound, latest bound, precision (finer first), title, id"})
    events = fields.List(fields.Nested(TimelineEventSchema))


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
