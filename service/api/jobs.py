"""Jobs: where a bulk ingest stands."""

from __future__ import annotations

from flask import current_app

from schemas.sources import JobSchema
from service.api.framework import Blueprint, get_or_404
from service.jobs import lease_expired, reap_job

blp = Blueprint("jobs", __name__, url_prefix="/jobs", description="Progress of bulk ingests")


@blp.route("/<string:job_id>")
@blp.doc(operationId="get_job")
@blp.response(200, JobSchema)
@blp.problems(404)
def job(job_id: str):
    """A bulk ingest's status, progress and one result per article."""
    # a job whose worker stopped renewing its lease is failed here, with the reason on each article it did not reach
    store = current_app.extensions["store"]
    with store.transaction() as repo:
        known = repo.get_job if len(job_id) <= 36 else lambda _: None  # ids are UUIDs: a longer one is none
        found = get_or_404(known, job_id, f"No job '{job_id}'.")
        if not lease_expired(found):
            return found
    return reap_job(store, found.id) or found
