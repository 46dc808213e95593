"""Liveness and database reachability, for load balancers and `make run` users."""

from __future__ import annotations

from flask import current_app

from schemas.common import HealthSchema
from service.api.framework import Blueprint

blp = Blueprint("health", __name__, description="Service health")


@blp.route("/health")
@blp.response(200, HealthSchema)
def health():
    """Service and database status, with row counts."""
    store = current_app.extensions["store"]
    with store.transaction() as repo:
        counts = repo.counts()
    return {"status": "ok", "database": "ok", "counts": counts}
