"""Events, their dates and the evidence behind them: one event schema for every route and export."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from schemas.common import ID, STATUSES, Inline, RequestSchema, StrictBoolean, UtcDateTime
from schemas.event_dicts import event_dict, last_changed, sources_of
from schemas.filters import PRECISIONS
from service.exports.dates import human_date

ORIGINS = ["extracted", "manual"]
ANCHORS = ["syntax", "discourse", "publication", "reference"]


def required(schema: type[Schema]) -> type[Schema]:
    """Mark every field of a response schema required: the server always sends it (null where allowed)."""
    for field in schema._declared_fields.values():
        field.required = True
    return schema


@required
class DateSchema(Schema):
    """An event date: EDTF value, the day bounds it covers, and the precision the text committed to."""

    edtf = fields.String(allow_none=True, metadata={"example": "2023-11"})
    display = fields.Function(lambda d: human_date(d.earliest, d.latest, d.precision, d.edtf), metadata={
        "type": "string", "description": "The date as people write it, at its precision: '18 February 2023', "
        "'week of 20 February 2023', '5–6 February 2023', 'November 2023'", "example": "November 2023"})
    value = fields.String(allow_none=True, metadata={"description": "TIMEX3 value", "example": "2023-11"})
    earliest = fields.Date(allow_none=True, metadata={"example": "2023-11-01"})
    latest = fields.Date(allow_none=True, metadata={"example": "2023-11-30"})
    precision = fields.String(allow_none=True, validate=validate.OneOf(PRECISIONS), metadata={"example": "month"})
    rule = fields.String(allow_none=True, metadata={
        "description": "How the date was resolved",
        "example": "month_name: month, 'last', relative to reference 2024-02-16"})


@required
class QuoteSchema(Schema):
    """One mention of the event in a source: the quote and where it sits in the source text, what dates it."""

    evidence_id = fields.Integer(attribute="id", metadata={"example": 7})
    quote = fields.String(metadata={"example": "The summit took place last November in California."})
    quote_start = fields.Integer(metadata={"description": "Offset of the quote in the source text", "example": 120})
    quote_end = fields.Integer(metadata={"example": 171})
    title = fields.String(allow_none=True, metadata={"description": "This mention's own title",
                                                     "example": "U.S. shot down an alleged Chinese spy balloon"})
    trigger = fields.String(allow_none=True, metadata={"description": "The word(s) expressing the event",
                                                       "example": "shot down"})
    trigger_start = fields.Integer(allow_none=True, metadata={"example": 230})
    trigger_end = fields.Integer(allow_none=True, metadata={"example": 239})
    predicate = fields.String(allow_none=True, metadata={"description": "What happened, as a lemma",
                                                         "example": "meet"})
    participants = fields.List(fields.String(), allow_none=True, metadata={"example": ["U.S.", "Chinese"]})
    status = fields.String(validate=validate.OneOf(STATUSES), metadata={
        "description": "What this source says of the event", "example": "occurred"})
    linked = fields.Boolean(metadata={"description": "This mention has no date of its own (see anchored_by)"})
    anchored_by = fields.String(allow_none=True, validate=validate.OneOf(ANCHORS), metadata={
        "description": "null when the quote dates the event itself; else where its date was borrowed from: "
                       "`syntax` (the clause it is joined to), `discourse` (a dated mention of the same event "
                       "in the article), `publication` (the article's date)", "example": None})
    expression = fields.String(allow_none=True, metadata={"example": "last November"})
    expression_start = fields.Integer(allow_none=True, metadata={"example": 147})
    expression_end = fields.Integer(allow_none=True, metadata={"example": 160})
    reference = fields.Date(allow_none=True, metadata={"description": "The date the expression was resolved against",
                                                       "example": "2024-02-16"})
    reference_estimated = fields.Boolean(metadata={"description": "The reference date was estimated from the text"})
    date = Inline(DateSchema, dump_only=True)


@required
class EventSourceSchema(Schema):
    """One article behind the event, with every quote of it that mentions the event."""

    source_id = fields.Integer(attribute="source.id", metadata={"example": 3})
    title = fields.String(attribute="source.title", metadata={"example": "Blinken meets Wang Yi"})
    url = fields.String(attribute="source.url", allow_none=True, metadata={"example": "https://example.org/a"})
    outlet = fields.String(attribute="source.outlet", allow_none=True, metadata={"example": "Example News"})
    published = fields.Date(attribute="source.published", metadata={"example": "2023-02-19"})
    quotes = fields.List(fields.Nested(QuoteSchema), metadata={
        "description": "Quotes that date the event themselves first, then in text order"})


class Sources(fields.List):
    """The event's evidence as distinct sources, each with its quotes."""

    def get_value(self, obj: Any, attr: str, accessor: Any = None, default: Any = None) -> Any:
        return sources_of(list(obj.evidence))


@required
class ConflictSchema(Schema):
    """A look-alike event whose date cannot agree with this one: both readings are kept."""

    id = fields.Integer(metadata={"example": 9})
    title = fields.String()
    date = Inline(DateSchema, dump_only=True)


@required
class EventSchema(Schema):
    """An event as every route and export gives it (NDJSON lines are these objects)."""

    id = fields.Integer(metadata={"example": 1})
    title = fields.String(metadata={"example": "Biden and Xi hold a summit in California"})
    status = fields.String(validate=validate.OneOf(STATUSES), metadata={"example": "occurred"})
    date = Inline(DateSchema, dump_only=True)
    sort_key = fields.String(metadata={"description": "Earliest|latest|precision rank|title|id; sorts the timeline",
                                       "example": "2023-11-01|2023-11-30|07|biden and xi hold a summit|000000001"})
    origin = fields.String(validate=validate.OneOf(ORIGINS), metadata={"example": "extracted"})
    curated = fields.Boolean(metadata={"description": "Edited by hand: merges leave it alone", "example": False})
    when = fields.String(attribute="when_text", allow_none=True, metadata={
        "description": "The text a curator gave as the date", "example": None})
    reference = fields.Date(allow_none=True, metadata={"description": "The date `when` was resolved against"})
    participants = fields.List(fields.String(), metadata={"example": ["Joe Biden", "Xi Jinping", "California"]})
    estimated = fields.Boolean(metadata={"description": "Dated against an estimated publication date"})
    anchored_by = fields.String(allow_none=True, validate=validate.OneOf(ANCHORS), metadata={
        "description": "null when some source dates the event itself; else how its date was borrowed"})
    source_count = fields.Function(lambda event: len({item.source_id for item in event.evidence}), metadata={
        "type": "integer", "description": "Distinct sources behind the event", "example": 4})
    source_ids = fields.List(fields.Integer(), metadata={"example": [3]})
    updated_at = fields.Function(lambda event: UtcDateTime()._serialize(last_changed(event), None, None), metadata={
        "type": "string", "format": "date-time",
        "description": "When the event or its evidence last changed (iCalendar's DTSTAMP)"})
    conflicts = fields.List(fields.Nested(ConflictSchema))
    sources = Sources(fields.Nested(EventSourceSchema), metadata={
        "description": "Distinct sources (`source_count` of them), each with every quote of it that mentions the "
                       "event; the first quote of the first source is the best. Replaces the earlier per-mention "
                       "`sources` of /timeline and flat `evidence` of /events: each mention is now a quote"})


class Events(fields.List):
    """A list of events as EventSchema dumps them, built by schemas.event_dicts (several times faster);
    documented as, and checked against, a list of EventSchema."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(fields.Nested(EventSchema), **kwargs)

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> list[dict[str, Any]] | None:
        return None if value is None else [event_dict(event) for event in value]


@required
class PageSchema(Schema):
    """Paging members shared by every list of events."""

    count = fields.Integer(metadata={"description": "Events matching the filters, over all pages", "example": 12})
    limit = fields.Integer(metadata={"example": 100})
    next = fields.String(allow_none=True, metadata={"description": "URL of the next page; null on the last",
                                                    "example": None})
    next_cursor = fields.String(allow_none=True, metadata={
        "description": "The `cursor` of the next page (the one in `next`), for clients that pass parameters rather "
                       "than follow URLs; null on the last", "example": None})


@required
class EventListSchema(PageSchema):
    events = Events()


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
    allow_duplicate = StrictBoolean(load_default=False, metadata={
        "description": "Add it even when a stored event with overlapping dates and a like title tells the same "
                       "(else 409 naming that event)"})

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
