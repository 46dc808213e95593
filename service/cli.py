"""The `timeline` command: the same functions as the API, for scripts and operators."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from schemas.common import STATUSES
from service import config as settings
from service.exports import EXPORTS


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _bound(side: str):
    """A --from/--to bound read as the API reads `from`/`to`: YYYY, YYYY-MM or YYYY-MM-DD."""
    def parse(text: str) -> date:
        from marshmallow import ValidationError

        from schemas.filters import DayBound

        try:
            return DayBound(side).deserialize(text)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(f"{text!r}: {' '.join(exc.messages)}") from None
    return parse


def cmd_init_db(args: argparse.Namespace) -> int:
    from service.store import migrate

    migrate(args.database)
    print(f"database ready: {_redact(args.database)}")
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    from service.seeds import load_seeds
    from service.store import Store

    store = Store(args.database)
    results = load_seeds(store, Path(args.directory))
    added = sum(r.created for r in results)
    print(f"seeds: {added} added, {len(results) - added} already present")
    store.dispose()
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    port = str(args.port)
    os.execvp(sys.executable, [sys.executable, "-m", "gunicorn", "--config", "python:service.gunicorn_conf",
                               "--bind", f"{args.host}:{port}", "--workers", str(args.workers),
                               "--access-logfile", "-", "service.wsgi:app"])
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    from service.temporal import annotate
    from service.temporal.timeml import timeml_view

    view = timeml_view if args.timeml else list

    if args.jsonl:
        for number, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                reference = date.fromisoformat(doc.get("reference") or doc.get("dct") or args.reference.isoformat())
                found = annotate(doc["text"], reference, doc.get("language", args.language), day_first=args.day_first)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                print(f"timeline annotate: line {number}: {exc}", file=sys.stderr)
                return 2
            print(json.dumps({"id": doc.get("id"), "expressions": [e.to_dict() for e in view(found)]},
                             ensure_ascii=False))
        return 0
    if args.reference is None:
        print("timeline annotate: --reference YYYY-MM-DD is required without --jsonl", file=sys.stderr)
        return 2
    found = annotate(sys.stdin.read(), args.reference, args.language, day_first=args.day_first)
    print(json.dumps({"expressions": [e.to_dict() for e in view(found)]}, ensure_ascii=False, indent=2))
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from service.ingest import Article, ingest
    from service.seeds import read_manifest
    from service.store import Store

    articles = []
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            raise CliError(f"no such file: {name}")
        if path.suffix in (".json", ".jsonl"):
            articles += read_manifest(path) if path.suffix == ".json" else _read_jsonl(path)
            continue
        text = path.read_text(encoding="utf-8")
        title = args.title or (text.strip().splitlines() or [path.stem])[0][:500]
        articles.append(Article(title=title, text=text, published=args.published, url=args.url, outlet=args.outlet,
                                language=args.language))
    store = Store(args.database)
    broker = os.environ.get("CELERY_BROKER_URL")
    try:
        if broker and len(articles) > 1:  # bulk: the Celery workers ingest, this returns at once
            from service.jobs import QueueUnavailable, submit_batch

            try:
                with _quiet("service.jobs"):
                    job = submit_batch(store, articles, broker)
            except QueueUnavailable as exc:
                raise CliError(f"the job queue at {_redact(broker)} does not answer; nothing was queued (job "
                               f"{exc.job_id} failed). Start it, or unset CELERY_BROKER_URL to ingest here.") from exc
            print(f"queued\tjob {job.id}\t{job.total} articles\t(GET /jobs/{job.id} reports progress)")
            return 0
        progress = len(articles) > 1 and (args.progress if args.progress is not None else sys.stderr.isatty())
        for number, article in enumerate(articles, 1):
            if progress:  # on stderr: stdout stays one line per article for scripts
                print(f"\r[{number}/{len(articles)}] {article.title[:60]:<60}", end="", file=sys.stderr, flush=True)
            result = ingest(store, article)
            verb = "added" if result.created else "exists"
            print(f"{verb}\tsource {result.source.id}\t{len(result.events)} events\t{result.source.title}")
        if progress:
            print(f"\r[{len(articles)}/{len(articles)}] done{' ' * 60}", file=sys.stderr)
    finally:
        store.dispose()
    return 0


def _read_jsonl(path: Path) -> list:
    from service.ingest import Article

    articles = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["text"] if "text" in item else (path.parent / item["file"]).read_text(encoding="utf-8")
            published = date.fromisoformat(item["published"]) if item.get("published") else None
            articles.append(Article(title=item["title"], text=text, published=published, url=item.get("url"),
                                    outlet=item.get("outlet"), language=item.get("language", "en")))
        except (ValueError, KeyError, TypeError, OSError) as exc:
            raise CliError(f"{path}:{number}: {exc}") from None
    return articles


def _document(args: argparse.Namespace) -> Any:
    """The timeline's matching events as the API dumps them, with its title, for listing or export."""
    from service import exports, timelines
    from service.store import Store

    store = Store(args.database)
    try:
        with store.transaction() as repo:
            view = timelines.find(repo, args.timeline)
            if view is None:
                raise CliError(f"no timeline '{args.timeline}'")
            query = {"from_": args.date_from, "to": args.date_to, "q": args.q, "status": args.status,
                     "entity": args.entity}
            events, _ = repo.page_events(timelines.event_filter(query, view))
            return exports.document(view.slug, view.title, view.description, events,
                                    settings.load()["ICS_UID_DOMAIN"])
    finally:
        store.dispose()


def cmd_events(args: argparse.Namespace) -> int:
    for event in _document(args).events:
        when = event["date"]
        print(f"{event['id']:>6}  {when.get('edtf') or 'undated':<24} {when.get('precision') or '-':<8} "
              f"{event['status']:<9} {event['source_count']} src  {event['title']}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:

    sys.stdout.buffer.write(EXPORTS[args.format].render(_document(args)))
    sys.stdout.flush()
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    from service import create_app

    app = create_app({"DATABASE_URL": "sqlite://"})
    text = app.extensions["api"].spec.to_yaml()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
    return 0


@contextmanager
def _quiet(logger: str) -> Iterator[None]:
    """Hold back a module's warnings while the command says the same on its own single line."""
    log = logging.getLogger(logger)
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)


class CliError(Exception):
    """A failure to report on one line, exit code 1."""


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description=__doc__)
    parser.add_argument("--database", default=os.environ.get("DATABASE_URL") or settings.default_database_url(),
                        help="database URL (default: $DATABASE_URL or the SQLite file under instance/)")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("init-db", help="create or upgrade the schema (Alembic migrations)").set_defaults(func=cmd_init_db)

    seed = sub.add_parser("seed", help="load a directory with a manifest.json (idempotent)")
    seed.add_argument("directory", nargs="?", default=str(settings.PROJECT_ROOT / "seeds"))
    seed.set_defaults(func=cmd_seed)

    serve = sub.add_parser("serve", help="serve the API with gunicorn")
    serve.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    serve.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))
    serve.set_defaults(func=cmd_serve)

    annotate = sub.add_parser("annotate", help="print the temporal expressions of stdin as JSON")
    annotate.add_argument("--reference", type=_date, help="publication date the text is relative to")
    annotate.add_argument("--language", default="en")
    annotate.add_argument("--day-first", action="store_true", help="read 02/04/2023 as 2 April")
    annotate.add_argument("--jsonl", action="store_true",
                          help='read lines {"id", "text", "reference"}, write lines {"id", "expressions"}')
    annotate.add_argument("--timeml", action="store_true",
                          help="TimeML view: a range ('from 2015 to 2018') as its two dates")
    annotate.set_defaults(func=cmd_annotate)

    ingest = sub.add_parser("ingest", help="add articles: text files, or JSON/JSONL manifests")
    ingest.add_argument("files", nargs="+", metavar="FILE")
    ingest.add_argument("--published", type=_date, help="publication date of the text files (estimated if absent)")
    ingest.add_argument("--title", help="title of the text files (default: their first line)")
    ingest.add_argument("--url")
    ingest.add_argument("--outlet")
    ingest.add_argument("--language", default="en")
    ingest.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="a progress line on stderr while ingesting here (default: when stderr is a terminal)")
    ingest.set_defaults(func=cmd_ingest)

    for name, func, helptext in (("events", cmd_events, "list events in timeline order"),
                                 ("export", cmd_export, "write a timeline in an exchange format to stdout")):
        command = sub.add_parser(name, help=helptext)
        command.add_argument("--timeline", default="all", help="timeline slug (default: all)")
        command.add_argument("--from", dest="date_from", type=_bound("start"),
                             help="events reaching this day or later (YYYY, YYYY-MM or YYYY-MM-DD)")
        command.add_argument("--to", dest="date_to", type=_bound("end"),
                             help="events starting on this day or earlier (YYYY, YYYY-MM or YYYY-MM-DD)")
        command.add_argument("--q", help="text in title or quotes")
        command.add_argument("--status", choices=STATUSES)
        command.add_argument("--entity", help="events involving this participant")
        if name == "export":
            command.add_argument("--format", required=True, choices=list(EXPORTS))
        command.set_defaults(func=func)

    openapi = sub.add_parser("openapi", help="write the OpenAPI document generated from the code")
    openapi.add_argument("--output", default="-")
    openapi.set_defaults(func=cmd_openapi)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except CliError as exc:
        print(f"timeline {args.command}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a script needs one line and a non-zero code, not a traceback
        print(f"timeline {args.command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
