"""Sources: the articles the timeline is built from."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import LANGUAGE, RequestSchema, UtcDateTime
from schemas.events import EventSchema


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
