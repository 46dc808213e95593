"""Liveness and database reachability, for load balancers and `make run` users."""

from __future__ import annotations

from flask import Response, current_app
from sqlalchemy.exc import SQLAlchemyError

from schemas.common import HealthSchema
from service.api.framework import Blueprint, problem

blp = Blueprint("health", __name__, description="Service health")


@blp.route("/health")
@blp.response(200, HealthSchema)
def health():
    """Service and database status, with row counts."""
    # 503 (not documented in openapi.yaml yet) when the database does not answer or has no tables
    store = current_app.extensions["store"]
    try:
        answers = store.ping()
    except (SQLAlchemyError, OSError) as error:
        current_app.logger.warning("health: database ping failed: %s", error)
        answers = False
    if not answers:
        return _unavailable("The database does not answer.")
    try:
        with store.transaction() as repo:
            counts = repo.counts()
    except SQLAlchemyError as error:
        current_app.logger.warning("health: database tables unreadable: %s", error)
        return _unavailable("The database answers but its tables cannot be read; run `timeline init-db`.")
    return {"status": "ok", "database": "ok", "counts": counts}


def _unavailable(detail: str) -> Response:
    response = problem(503, "Service Unavailable", detail)
    response.headers["Retry-After"] = "10"
    return response
