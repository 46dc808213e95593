"""Jobs: where a bulk ingest stands."""

from __future__ import annotations

from flask import current_app
from flask_smorest import abort

from schemas.sources import JobSchema
from service.api.framework import Blueprint
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
        found = repo.get_job(job_id[:36])
        if found is None or len(job_id) > 36:
            abort(404, message=f"No job '{job_id}'.")
        if not lease_expired(found):
            return found
    return reap_job(store, found.id) or found
