"""Arguments and helpers shared by the commands that use the store (``--db``)."""

from __future__ import annotations

import argparse
import os
import sys

from khabar.store import DEFAULT_DB, Store, StoreError

#: The database used when ``--db`` is not given: $KHABAR_DB, else ./khabar.db.
DB_ENV = "KHABAR_DB"


def add_db_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=os.environ.get(DB_ENV, DEFAULT_DB), metavar="PATH",
                   help=f"SQLite database (default: ${DB_ENV} or ./{DEFAULT_DB})")


def fail(message: str, code: int = 2) -> int:
    """Print one ``khabar: error:`` line on stderr and return the exit code."""
    print(f"khabar: error: {message}", file=sys.stderr)
    return code


def open_store(path: str, must_exist: bool = True) -> Store:
    """The store at ``path``; a command that only reads refuses to create an empty one."""
    if must_exist and path != ":memory:" and not os.path.exists(path):
        raise StoreError(f"no database at {path} (run `khabar ingest PATH... --db {path}` first)")
    return Store(path)
