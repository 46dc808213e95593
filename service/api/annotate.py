"""The temporal tagger over HTTP: a text in, its resolved expressions out."""

from __future__ import annotations

from flask import current_app
from flask_smorest import abort

from schemas.annotate import AnnotateRequestSchema, AnnotateResponseSchema, ExpressionSchema, ParseRequestSchema
from service import temporal
from service.api.auth import valid_token_digest
from service.api.framework import Blueprint
from service.temporal.timeml import timeml_view

blp = Blueprint("annotate", __name__, description="Find and normalise temporal expressions")


@blp.route("/annotate", methods=["POST"])
@blp.doc(operationId="annotate_text")
@blp.arguments(AnnotateRequestSchema)
@blp.response(200, AnnotateResponseSchema)
@blp.problems(400, 413, 415)
def annotate(data):
    """Every temporal expression in a text, resolved against the reference date.

    Without a token the text may have MAX_ANONYMOUS_TEXT_CHARS characters (20,000 by default), with one
    MAX_TEXT_CHARS (500,000); beyond, 413.
    """
    _check_length(data["text"])
    found = temporal.annotate(data["text"], data["reference"], data["language"], day_first=data["day_first"])
    return {"expressions": timeml_view(found) if data["view"] == "timeml" else found}


@blp.route("/parse", methods=["POST"])
@blp.doc(operationId="parse_date")
@blp.arguments(ParseRequestSchema)
@blp.response(200, ExpressionSchema)
@blp.problems(400, 413, 415)
def parse(data):
    """One free-text date ("last November") resolved against the reference date; 422 if it is none."""
    expr = temporal.parse_when(data["when"], data["reference"], data["language"], day_first=data["day_first"])
    if expr is None:
        abort(422, message=f"'{data['when']}' is not a date or time we can resolve.",
              messages={"json": {"when": ["Not a recognisable date or time."]}})
    return expr


def _check_length(text: str) -> None:
    """Anyone may call the tagger, so an anonymous caller gets a few articles' worth of CPU, not the most
    a token holder may send (a 500,000-character text costs seconds of a worker)."""
    config = current_app.config
    if valid_token_digest():
        limit, who = config["MAX_TEXT_CHARS"], ""
    else:
        limit, who = config["MAX_ANONYMOUS_TEXT_CHARS"], " without a token (send 'Authorization: Bearer <token>')"
    if len(text) > limit:
        abort(413, message=f"The text has {len(text)} characters; the limit{who} is {limit}.")
