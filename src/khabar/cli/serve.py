"""``khabar serve``: the HTTP API and the web UI over a database."""

from __future__ import annotations

import argparse

from khabar.cli.common import add_db_argument, fail, open_store
from khabar.store import StoreError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the HTTP API and the web UI",
                       description="Serve the database: the web UI (right-to-left, Arabic; search, articles, "
                       "entities, map, events) at /, and the JSON API at /articles, /search, /entities/{id}, "
                       "/quotes, /events, /places, /stats, documented at /docs and /openapi.json.")
    add_db_argument(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (8000)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from khabar.api import create_app

    try:
        open_store(args.db).close()  # refuse to serve a database that does not exist
        app = create_app(args.db)
    except StoreError as exc:
        return fail(str(exc))
    print(f"khabar: serving {args.db} at http://{args.host}:{args.port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
