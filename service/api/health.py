"""Liveness and database status, for load balancers and `make run` users: 200 only when the
database answers, its tables read, and it takes writes as far as this process knows."""

from __future__ import annotations

from flask import current_app
from sqlalchemy.exc import SQLAlchemyError

from schemas.common import HealthSchema
from service.api.framework import Blueprint, unavailable
from service.store.faults import FULL, READ_ONLY

blp = Blueprint("health", __name__, description="Service health")
blp.rate_limited = False  # load balancers poll it (service/api/limits.py exempts it)

FAULTS = {READ_ONLY: "The database is read-only: reads are served, writes are refused.",
          FULL: "The database's storage is full: reads are served, writes are refused."}


@blp.route("/health")
@blp.response(200, HealthSchema)
def health():
    """Service and database status, with row counts."""
    # 503 problem (not in openapi.yaml yet) when the database cannot serve: gone, unmigrated, read-only, full
    store = current_app.extensions["store"]
    try:
        answers = store.ping()
    except (SQLAlchemyError, OSError) as error:
        current_app.logger.warning("health: database ping failed: %s", error)
        answers = False
    if not answers:
        return unavailable("The database does not answer.")
    try:
        with store.transaction() as repo:
            counts = repo.counts()
            read_only = repo.read_only()
    except SQLAlchemyError as error:
        current_app.logger.warning("health: database tables unreadable: %s", error)
        return unavailable("The database answers but its tables cannot be read; run `timeline init-db`.")
    fault = READ_ONLY if read_only else store.faults.recent()
    if fault in FAULTS:
        return unavailable(FAULTS[fault])
    return {"status": "ok", "database": "ok", "counts": counts}
