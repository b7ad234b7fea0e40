"""``khabar load``: store the Parquet output of ``khabar spark analyze`` (no Spark needed)."""

from __future__ import annotations

import argparse
import sys

from khabar.cli.common import add_db_argument, fail, open_store
from khabar.cli.output import report_error
from khabar.store import StoreError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("load", help="store the Parquet output of khabar spark analyze",
                       description="Store the articles of a `khabar spark analyze` output folder in the "
                       "SQLite database, like `khabar ingest` stores analysed pages: one transaction per "
                       "article, and loading again stores nothing twice. Only finished batches are read. "
                       "Each bad row is one line on stderr naming its file and row; the exit code is 1 "
                       "when some failed.")
    p.add_argument("folder", metavar="DIR", help="output folder of khabar spark analyze")
    add_db_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from khabar.batch.load import LoadError, load_parquet  # pyarrow: only this command needs it

    try:
        with open_store(args.db, must_exist=False) as store:
            report = load_parquet(args.folder, store, on_error=report_error)
            total = len(store)
    except (LoadError, StoreError) as exc:
        return fail(str(exc))
    unfinished = f", {report.unfinished} unfinished batches left out" if report.unfinished else ""
    print(f"khabar load: {report.batches} batches: {report.added} added, {report.updated} updated, "
          f"{report.unchanged} unchanged, {report.failed} failed{unfinished}; {total} articles in {args.db}",
          file=sys.stdout)
    return 1 if report.failed else 0
