"""The `timeline` command: the same functions as the API, for scripts and operators."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from service import config as settings


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


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
    os.execvp(sys.executable, [sys.executable, "-m", "gunicorn", "--bind", f"{args.host}:{port}",
                               "--workers", str(args.workers), "--access-logfile", "-",
                               "service.wsgi:app"])
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    from service.temporal import annotate

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
            print(json.dumps({"id": doc.get("id"), "expressions": [e.to_dict() for e in found]}, ensure_ascii=False))
        return 0
    if args.reference is None:
        print("timeline annotate: --reference YYYY-MM-DD is required without --jsonl", file=sys.stderr)
        return 2
    found = annotate(sys.stdin.read(), args.reference, args.language, day_first=args.day_first)
    print(json.dumps({"expressions": [e.to_dict() for e in found]}, ensure_ascii=False, indent=2))
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
    annotate.set_defaults(func=cmd_annotate)

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
    except Exception as exc:  # a script needs one line and a non-zero code, not a traceback
        print(f"timeline {args.command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
