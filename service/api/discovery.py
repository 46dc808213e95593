"""Where a newcomer starts: `/` links the API reference, the OpenAPI document, the embeddable pages
and health; `/docs` is Swagger UI (flask-smorest's page) with its scripts served from the
flask-swagger-ui package, so the reference works offline and asks nothing of another host."""

from __future__ import annotations

from pathlib import Path

import flask_swagger_ui
from flask import Blueprint, Flask, Response, current_app, render_template, request, send_from_directory

from service import timelines

ASSETS = Path(flask_swagger_ui.__file__).resolve().parent / "dist"
ASSETS_URL = "/docs/assets/"
DOCS_PATH = "/docs"
# the pages load scripts, styles and the document from this server only; Swagger UI's start-up script is inline
POLICY = ("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
          "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'")

blp = Blueprint("discovery", __name__)


def configure(app: Flask) -> None:
    """Settings for flask-smorest's Swagger UI page; call before the Api is created."""
    app.config.update(OPENAPI_SWAGGER_UI_PATH=DOCS_PATH, OPENAPI_SWAGGER_UI_URL=ASSETS_URL,
                      # no badge from validator.swagger.io, no link outside; deep links to operations
                      OPENAPI_SWAGGER_UI_CONFIG={"validatorUrl": None, "deepLinking": True,
                                                 "displayOperationId": True})


def init_discovery(app: Flask) -> None:
    app.register_blueprint(blp)
    app.after_request(_strict_policy)


@blp.route("/")
def index() -> Response:
    """Links to everything a reader or a client developer needs."""
    with current_app.extensions["store"].transaction() as repo:
        shown = timelines.every_timeline(repo)
    page = render_template("index.html", timelines=shown, docs=DOCS_PATH)
    return Response(page, mimetype="text/html")


@blp.route(f"{ASSETS_URL}<path:name>")
def asset(name: str) -> Response:
    """Swagger UI's scripts and styles, from the installed package."""
    return send_from_directory(ASSETS, name, max_age=86400)


def _strict_policy(response: Response) -> Response:
    if request.path == "/" or request.path == DOCS_PATH or request.path.startswith(ASSETS_URL):
        response.headers.setdefault("Content-Security-Policy", POLICY)
    return response
