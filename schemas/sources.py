"""Sources: the articles the timeline is built from."""

from __future__ import annotations

from flask import url_for
from marshmallow import Schema, fields, validate

from schemas.common import LANGUAGE, Inline, RequestSchema, UtcDateTime
from schemas.events import DateSchema, QuoteSchema, required

BATCH_LIMIT = 1000  # the schema's ceiling; the configured BATCH_MAX applies below it


class SourceCreateSchema(RequestSchema):
    title = fields.String(required=True, validate=validate.Length(min=1, max=500),
                          metadata={"example": "Blinken meets China's Wang Yi in Munich"})
    text = fields.String(required=True, validate=validate.Length(min=1),
                         metadata={"example": "Blinken met Wang Yi on Saturday in Munich."})
    published = fields.Date(metadata={"description": "Publication (reference) date; when missing it is estimated "
                                                     "from the text and flagged", "example": "2023-02-19"})
    url = fields.Url(allow_none=True, validate=validate.Length(max=2000), metadata={"example": "https://example.org/a"})
    outlet = fields.String(allow_none=True, validate=validate.Length(max=200), metadata={"example": "Example News"})
    language = fields.String(load_default="en", validate=LANGUAGE,
                             metadata={"example": "en"})


class SourceSummarySchema(Schema):
    id = fields.Integer(metadata={"example": 1})
    title = fields.String()
    url = fields.String(allow_none=True)
    outlet = fields.String(allow_none=True)
    language = fields.String(metadata={"example": "en"})
    published = fields.Date(metadata={"example": "2023-02-19"})
    published_estimated = fields.Boolean(metadata={"description": "The publication date was estimated from the text"})
    content_hash = fields.String(metadata={"example": "9f2c…"})
    created_at = UtcDateTime()


def _event_url(event_id: int) -> str:
    return url_for("events.EventById", event_id=event_id)


@required
class EventLinkSchema(Schema):
    """An event the posted article gives evidence for, as a link: its row, not its evidence from other
    sources (GET the URL for those)."""

    id = fields.Integer(metadata={"example": 1})
    url = fields.Function(lambda event: _event_url(event.id), metadata={
        "type": "string", "description": "Where the whole event is read", "example": "/events/1"})
    title = fields.String(metadata={"example": "Ministers meet in Oslo"})
    status = fields.String(metadata={"example": "occurred"})
    date = Inline(DateSchema, dump_only=True)
    source_count = fields.Integer(metadata={"description": "Distinct sources behind the event", "example": 2})


@required
class MentionSchema(QuoteSchema):
    """One mention of an event in the posted article, with the event it was merged into."""

    event_id = fields.Integer(metadata={"example": 1})
    event_url = fields.Function(lambda item: _event_url(item.event_id), metadata={
        "type": "string", "example": "/events/1"})


class SourceIngestedSchema(SourceSummarySchema):
    """The answer to posting an article: the source, its own mentions and links to their events. Its
    size follows the article, never what the database holds (an event's other evidence is one GET away)."""

    mentions = fields.List(fields.Nested(MentionSchema), metadata={
        "description": "The article's own mentions of listed events, in text order"})
    events = fields.List(fields.Nested(EventLinkSchema), metadata={
        "description": "The distinct events of `mentions`, in timeline order"})


class SourceSchema(SourceIngestedSchema):
    """One stored source: its text, its own mentions and links to their events, as posting it answers.
    Its size follows the article, never how many other sources its events have (each is one GET away)."""

    text = fields.String()


class SourceListSchema(Schema):
    sources = fields.List(fields.Nested(SourceSummarySchema))


class SourceBatchSchema(RequestSchema):
    articles = fields.List(fields.Nested(SourceCreateSchema), required=True,
                           validate=validate.Length(min=1, max=BATCH_LIMIT),
                           metadata={"description": f"At most {BATCH_LIMIT} articles (BATCH_MAX may lower it)"})


class JobResultSchema(Schema):
    index = fields.Integer(metadata={"description": "Position of the article in the batch"})
    source_id = fields.Integer(allow_none=True)
    created = fields.Boolean(allow_none=True, metadata={"description": "False: the same text was already stored"})
    events = fields.Integer(allow_none=True)
    error = fields.String(allow_none=True)


class JobSchema(Schema):
    id = fields.String(metadata={"example": "0b7c3c1e-8d4a-4f0e-9a55-3a0f1d2c9e41"})
    kind = fields.String(metadata={"example": "ingest"})
    status = fields.String(metadata={"description": "queued, running, done or failed", "example": "done"})
    total = fields.Integer(metadata={"example": 5})
    done = fields.Integer(metadata={"example": 5})
    failed = fields.Integer(metadata={"example": 0})
    results = fields.List(fields.Nested(JobResultSchema))
    created_at = UtcDateTime()
    updated_at = UtcDateTime()
