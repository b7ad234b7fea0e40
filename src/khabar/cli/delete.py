"""``khabar delete``: remove stored articles (and all their facts) by id."""

from __future__ import annotations

import argparse

from khabar.cli.common import add_db_argument, fail, open_store
from khabar.search.index import transaction
from khabar.store import StoreError
from khabar.store.db import unresolved_id_message


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("delete", help="remove stored articles by id",
                       description="Remove stored articles and all their facts (entities, quotations, times, "
                       "places, events, search index) by id or unique id prefix, as `khabar show` takes them. "
                       "Every ID is resolved first: when one is unknown or ambiguous nothing is deleted. "
                       "Ingesting the input again stores the article again.")
    p.add_argument("ids", nargs="+", metavar="ID", help="article id, or a prefix of exactly one stored id")
    add_db_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        with open_store(args.db) as store:
            resolved = []
            for given in args.ids:
                ids = store.resolve_id(given)
                if len(ids) != 1:
                    return fail(f"{unresolved_id_message(given, ids)}; nothing deleted", code=1)
                resolved.append(ids[0])
            with transaction(store.conn):  # all or none
                for article_id in dict.fromkeys(resolved):
                    store.delete(article_id)
    except StoreError as exc:
        return fail(str(exc))
    for article_id in dict.fromkeys(resolved):
        print(f"deleted {article_id}")
    return 0
