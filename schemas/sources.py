"""Sources: the articles the timeline is built from."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import LANGUAGE, RequestSchema, UtcDateTime
from schemas.events import EventSchema

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


class SourceSchema(SourceSummarySchema):
    text = fields.String()
    events = fields.List(fields.Nested(EventSchema), metadata={"description": "Events this source gives evidence for"})


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
