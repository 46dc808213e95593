"""The event-timeline service: articles in, one ordered and sourced timeline out.

Flask and the store are imported inside `create_app`, not here: every `import service.temporal`
runs this file first, and the tagger and the event extractor must load without a web or database stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then environment, then `overrides` (tests pass their database)."""
    from flask import Flask

    from service import config as settings
    from service.store import Store

    app = Flask(__name__)
    app.config.update(settings.load(overrides))
    _require_extras(app.config)
    app.config.update(
        API_TITLE="Event timeline API",
        API_VERSION="0.1.0",
        OPENAPI_VERSION="3.1.0",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={
            "info": {"description": "News articles in; one ordered, sourced timeline out. Every date carries "
                                    "its EDTF value, bounds, precision, source expression and resolution rule."},
            "servers": [{"url": "/"}],
        },
        JSON_SORT_KEYS=False,
    )
    app.json.sort_keys = False
    store = Store(app.config["DATABASE_URL"])
    app.extensions["store"] = store
    _reap_lost_jobs(app, store)

    from service import api

    api.init_app(app)
    return app


# settings that need an optional extra (setup.cfg), and the module that extra installs
EXTRAS = (("DATABASE_URL", ("postgresql",), "psycopg", "postgresql"),
          ("CELERY_BROKER_URL", ("redis", "amqp"), "celery", "worker"),
          ("RATELIMIT_STORAGE_URI", ("redis",), "redis", "worker"))


def _require_extras(config: dict[str, Any]) -> None:
    """Refuse to start, saying what to install, when a setting needs an extra that is not installed;
    without it the first request to use it would fail instead."""
    from importlib.util import find_spec

    for setting, schemes, module, extra in EXTRAS:
        value = str(config.get(setting) or "")
        if value.startswith(schemes) and find_spec(module) is None:
            raise RuntimeError(f"{setting} needs the '{module}' package: pip install 'timeline-service[{extra}]'")


def _reap_lost_jobs(app: Flask, store: Any) -> None:
    """Jobs whose worker died while no one was watching are failed at start-up, not left running.
    A database that is down or not migrated yet does not stop the app: it answers 503 until it is."""
    from sqlalchemy.exc import SQLAlchemyError

    from service.jobs import reap

    try:
        reap(store)
    except SQLAlchemyError as error:  # one line: the statement and its parameters say nothing to an operator
        app.logger.warning("start-up: could not check for lost jobs (%s)", type(getattr(error, "orig", error)).__name__
                           + ": " + str(getattr(error, "orig", error)).splitlines()[0])
