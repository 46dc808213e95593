"""HTTP layer: one blueprint per resource; each parses with schemas/, calls the domain, dumps with schemas/."""

from __future__ import annotations

from flask import Flask, Response, request
from werkzeug.exceptions import UnsupportedMediaType

from service.api import annotate, discovery, events, health, jobs, sources, timeline, timelines
from service.api.auth import HOW_TO, init_auth
from service.api.framework import Api, problem, refused
from service.api.hits import init_hits
from service.api.http import init_http
from service.api.inputs import check_sizes, init_inputs
from service.api.limits import init_limits
from service.errors import Refused

BLUEPRINTS = [health.blp, sources.blp, events.blp, timeline.blp, timelines.blp, annotate.blp, jobs.blp]


def init_app(app: Flask) -> Api:
    discovery.configure(app)
    api = Api(app)
    app.extensions["api"] = api
    app.before_request(check_sizes)  # first: a 414/431 before anything reads the oversized part
    init_hits(app)  # around Flask itself, inside ProxyFix (init_limits): hits answered before Flask
    init_limits(app)  # then every request is counted, a cached read or a refused write too
    init_http(app)
    init_auth(app)
    init_inputs(app)
    api.spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer", "description": HOW_TO})
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    discovery.init_discovery(app)

    @app.before_request
    def require_json_body() -> Response | None:
        if request.method in ("POST", "PATCH", "PUT") and request.content_length and not request.is_json:
            raise UnsupportedMediaType("Send the body as application/json.")
        return None

    @app.route("/openapi.yaml")
    def openapi_yaml() -> Response:
        return Response(api.spec.to_yaml(), mimetype="application/yaml")

    app.register_error_handler(Refused, refused)

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Response:
        app.logger.exception("unhandled error", exc_info=error)
        return problem(500, "Internal Server Error", "The server failed; the error has been logged.")

    return api
