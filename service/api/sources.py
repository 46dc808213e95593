"""Sources: post an article, get the events found in it."""

from __future__ import annotations

from flask import current_app, url_for
from flask.views import MethodView
from flask_smorest import abort

from schemas.sources import (
    JobSchema,
    SourceBatchSchema,
    SourceCreateSchema,
    SourceIngestedSchema,
    SourceListSchema,
    SourceSchema,
)
from service.api.framework import Blueprint, get_or_404
from service.ingest import Article, delete_source, ingest
from service.jobs import submit_batch

blp = Blueprint("sources", __name__, url_prefix="/sources", description="Articles the timeline is built from")


def _store():
    return current_app.extensions["store"]


SUMMARY = ("id", "title", "url", "outlet", "language", "published", "published_estimated", "content_hash", "created_at")


def _bounded(source, mentions: list) -> dict:
    """A source, its own mentions and the distinct events of those, in timeline order (links only)."""
    events = sorted({item.event.id: item.event for item in mentions}.values(), key=lambda event: event.sort_key)
    return {**{k: getattr(source, k) for k in SUMMARY}, "mentions": mentions, "events": events}


@blp.route("")
class Sources(MethodView):
    @blp.doc(operationId="list_sources")
    @blp.response(200, SourceListSchema)
    def get(self):
        """All sources, oldest publication first."""
        with _store().transaction() as repo:
            return {"sources": repo.list_sources()}

    @blp.doc(operationId="create_source")
    @blp.arguments(SourceCreateSchema)
    @blp.response(201, SourceIngestedSchema, description="Stored: its mentions, links to their events")
    @blp.alt_response(200, schema=SourceIngestedSchema, description="The same text was already stored: that source")
    @blp.problems(400, 413, 415)
    @blp.writes
    def post(self, data):
        """Post an article: it is parsed, its events merged into the timeline, all in one transaction.

        The answer carries the source, its own mentions and links to their events, never the events'
        evidence from other sources, so its size follows the article whatever the database holds."""
        limit = current_app.config["MAX_TEXT_CHARS"]
        if len(data["text"]) > limit:
            abort(413, message=f"The text has {len(data['text'])} characters; the limit is {limit}.")
        result = ingest(_store(), Article(**data))
        body = _bounded(result.source, result.mentions)
        headers = {"Location": url_for("sources.SourceById", source_id=result.source.id)}
        return body, (201 if result.created else 200), headers


@blp.route("/batch", methods=["POST"])
@blp.doc(operationId="create_source_batch")
@blp.arguments(SourceBatchSchema)
@blp.response(202, JobSchema, description="Queued for the workers; follow Location to see progress")
@blp.alt_response(200, schema=JobSchema, description="No queue configured: ingested in the request")
@blp.problems(400, 413, 415)
@blp.writes
def batch(data):
    """Post many articles at once: each is ingested on its own, with a job reporting progress."""
    limit, largest = current_app.config["BATCH_MAX"], current_app.config["MAX_TEXT_CHARS"]
    articles = data["articles"]
    if len(articles) > limit:
        abort(422, message=f"{len(articles)} articles; a batch holds at most {limit}.",
              messages={"json": {"articles": [f"At most {limit} articles per batch."]}})
    too_long = [i for i, a in enumerate(articles) if len(a["text"]) > largest]
    if too_long:
        abort(413, message=f"Articles {too_long} are longer than {largest} characters.")
    broker = current_app.config["CELERY_BROKER_URL"]
    job = submit_batch(_store(), [Article(**a) for a in articles], broker)
    return job, (202 if broker else 200), {"Location": url_for("jobs.job", job_id=job.id)}


@blp.route("/<int(max=2147483647):source_id>")
class SourceById(MethodView):
    @blp.doc(operationId="get_source")
    @blp.response(200, SourceSchema)
    @blp.problems(404)
    def get(self, source_id: int):
        """One source with its full text, its own mentions and links to their events.

        The same shape as the answer to posting it, with the text: never the events' evidence from other
        sources, so its size follows the article whatever the database holds."""
        with _store().transaction() as repo:
            source = get_or_404(repo.get_source, source_id, f"Source {source_id} does not exist.")
            return {**_bounded(source, repo.mentions_of_source(source_id)), "text": source.text}

    @blp.doc(operationId="delete_source")
    @blp.response(204)
    @blp.problems(404)
    @blp.writes
    def delete(self, source_id: int):
        """Delete a source, its evidence, and the events only it supported."""
        if not delete_source(_store(), source_id):
            abort(404, message=f"Source {source_id} does not exist.")
        return None
