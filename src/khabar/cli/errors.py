"""``khabar errors``: the inputs that failed to ingest, kept in the database for a retry."""

from __future__ import annotations

import argparse
import sys

from khabar.cli.common import add_db_argument, fail, open_store
from khabar.cli.output import dumps, write_table
from khabar.store import StoreError
from khabar.store.errors import StoredError

COLUMNS = ["item", "reason", "attempts", "last seen", "bytes kept"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("errors", help="list the inputs that failed to ingest",
                       description="List the inputs `khabar ingest` could not read, analyse or store: the item "
                       "(file, file:line, file#record or <stdin>), the reason, how often it failed and when last, "
                       "and how many of its bytes the database keeps for `khabar ingest --retry-errors`.")
    add_db_argument(p)
    p.add_argument("--format", choices=("table", "jsonl"), default="table",
                   help="table (default) or jsonl: one JSON object per error")
    p.add_argument("--clear", action="store_true", help="forget every kept error after listing them")
    p.set_defaults(func=run)


def _row(e: StoredError) -> list[str]:
    kept = f"{e.raw_bytes:,}" + ("" if e.raw_complete or not e.raw_bytes else " (cut)")
    return [e.item, e.reason, str(e.attempts), e.last_seen, kept]


def run(args: argparse.Namespace) -> int:
    try:
        with open_store(args.db) as store:
            errors = store.errors()
            if args.clear:
                store.forget_errors()
    except StoreError as exc:
        return fail(str(exc))
    if args.format == "jsonl":
        for e in errors:
            sys.stdout.write(dumps(e.to_dict()) + "\n")
    elif errors:
        write_table([_row(e) for e in errors], COLUMNS, title=f"khabar errors: {args.db} ({len(errors)})")
    else:
        print(f"no input errors kept in {args.db}")
    return 0
