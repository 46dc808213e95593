"""Events, their dates and the evidence behind them."""

from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from schemas.common import ID, STATUSES, Inline, RequestSchema
from schemas.formats import label


class DateSchema(Schema):
    """An event date: EDTF value, the day bounds it covers, and the precision the text committed to."""

    edtf = fields.String(allow_none=True, metadata={"example": "2023-11"})
    display = fields.Function(lambda d: label(d.earliest, d.latest, d.precision, d.edtf), metadata={
        "type": "string", "description": "The date as people write it, at its precision", "example": "November 2023"})
    value = fields.String(allow_none=True, metadata={"description": "TIMEX3 value", "example": "2023-11"})
    earliest = fields.Date(allow_none=True, metadata={"example": "2023-11-01"})
    latest = fields.Date(allow_none=True, metadata={"example": "2023-11-30"})
    precision = fields.String(allow_none=True, metadata={"example": "month"})
    rule = fields.String(allow_none=True, metadata={
        "description": "How the date was resolved",
        "example": "month_name: month, 'last', relative to reference 2024-02-16"})


class EvidenceSchema(Schema):
    """A quote from one source supporting an event, with offsets into the source text."""

    id = fields.Integer(metadata={"example": 7})
    source_id = fields.Integer(metadata={"example": 3})
    source_title = fields.String(attribute="source.title", metadata={"example": "Blinken meets Wang Yi"})
    source_url = fields.String(attribute="source.url", allow_none=True, metadata={"example": None})
    quote = fields.String(metadata={"example": "The summit took place last November in California."})
    quote_start = fields.Integer(metadata={"example": 120})
    quote_end = fields.Integer(metadata={"example": 171})
    title = fields.String(allow_none=True, metadata={"description": "This mention's own title",
                                                     "example": "U.S. shot down an alleged Chinese spy balloon"})
    trigger = fields.String(allow_none=True, metadata={"description": "The word(s) expressing the event",
                                                       "example": "shot down"})
    trigger_start = fields.Integer(allow_none=True, metadata={"example": 230})
    trigger_end = fields.Integer(allow_none=True, metadata={"example": 239})
    participants = fields.List(fields.String(), allow_none=True, metadata={"example": ["U.S.", "Chinese"]})
    linked = fields.Boolean(metadata={"description": "An undated mention linked to this event by its words"})
    status = fields.String(metadata={"example": "occurred"})
    expression = fields.String(allow_none=True, metadata={"example": "last November"})
    expression_start = fields.Integer(allow_none=True, metadata={"example": 147})
    expression_end = fields.Integer(allow_none=True, metadata={"example": 160})
    reference = fields.Date(allow_none=True, metadata={"description": "The date the expression was resolved against",
                                                       "example": "2024-02-16"})
    reference_estimated = fields.Boolean(metadata={"description": "The reference date was estimated from the text"})
    date = Inline(DateSchema, dump_only=True)


class ConflictSchema(Schema):
    """A look-alike event whose date cannot agree with this one: both readings are kept."""

    id = fields.Integer(metadata={"example": 9})
    title = fields.String()
    date = Inline(DateSchema, dump_only=True)


class EventSchema(Schema):
    id = fields.Integer(metadata={"example": 1})
    title = fields.String(metadata={"example": "Biden and Xi hold a summit in California"})
    status = fields.String(metadata={"example": "occurred"})
    date = Inline(DateSchema, dump_only=True)
    sort_key = fields.String(metadata={"description": "Earliest|latest|precision rank|title|id; sorts the timeline",
                                       "example": "2023-11-01|2023-11-30|07|biden and xi hold a summit|000000001"})
    origin = fields.String(metadata={"example": "extracted"})
    curated = fields.Boolean(metadata={"example": False})
    when = fields.String(attribute="when_text", allow_none=True, metadata={"example": None})
    reference = fields.Date(allow_none=True)
    source_ids = fields.List(fields.Integer(), metadata={"example": [3]})
    participants = fields.List(fields.String(), metadata={"example": ["Joe Biden", "Xi Jinping", "California"]})
    estimated = fields.Boolean(metadata={"description": "Dated against an estimated publication date"})
    conflicts = fields.List(fields.Nested(ConflictSchema))
    evidence = fields.List(fields.Nested(EvidenceSchema))


class PageSchema(Schema):
    """Paging members shared by every list of events."""

    count = fields.Integer(metadata={"description": "Events matching the filters, over all pages", "example": 12})
    limit = fields.Integer(metadata={"example": 100})
    next = fields.String(allow_none=True, metadata={"description": "URL of the next page; null on the last",
                                                    "example": None})


class EventListSchema(PageSchema):
    events = fields.List(fields.Nested(EventSchema))


class EventCreateSchema(RequestSchema):
    """A curated event: the server normalises `when` against `reference` or the source's date."""

    title = fields.String(required=True, validate=validate.Length(min=1, max=300),
                          metadata={"example": "Biden and Xi meet in California"})
    when = fields.String(required=True, validate=validate.Length(min=1, max=200), metadata={"example": "last November"})
    reference = fields.Date(metadata={"example": "2024-02-16"})
    source_id = fields.Integer(validate=ID, metadata={
        "description": "Resolve `when` against this source's publication date"})
    status = fields.String(load_default="occurred", validate=validate.OneOf(STATUSES))
    language = fields.String(load_default="en", validate=validate.Length(min=2, max=16))

    @validates_schema
    def _one_anchor(self, data: dict, **_: object) -> None:
        if "reference" not in data and "source_id" not in data:
            raise ValidationError("Give `reference` (YYYY-MM-DD) or `source_id` to resolve `when` against.",
                                  field_name="reference")


class EventPatchSchema(RequestSchema):
    title = fields.String(validate=validate.Length(min=1, max=300))
    status = fields.String(validate=validate.OneOf(STATUSES))
    when = fields.String(validate=validate.Length(min=1, max=200))
    reference = fields.Date()
    language = fields.String(validate=validate.Length(min=2, max=16))

    @validates_schema
    def _not_empty(self, data: dict, **_: object) -> None:
        if not data:
            raise ValidationError("Nothing to change: give title, status, or when.", field_name="_schema")
