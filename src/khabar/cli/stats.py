"""``khabar stats``: a readable summary of what the database holds."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from khabar.cli.common import add_db_argument, fail, open_store
from khabar.cli.output import dumps, rich_table, write_table
from khabar.cli.progress import positive_int
from khabar.cli.search import add_filter_arguments, filters_from
from khabar.search import QueryError
from khabar.search.engine import MAX_LIMIT, MAX_OFFSET
from khabar.store import StoreError, StoreStats
from khabar.store.pairs import event_pairs, event_places
from khabar.store.speakers import speakers_by_month, speakers_by_outlet
from khabar.store.stories import story_clusters

T = TypeVar("T")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="summarise the database",
                       description="Summarise the database: articles, outlets, date range, counts of "
                       "entities, quotes, times, places and events, the top entities and speakers; of the "
                       "articles the article filters keep (--outlet, --date-from, --date-to, --entity, --place) "
                       "when given.")
    add_db_argument(p)
    p.add_argument("--top", type=positive_int, default=10, metavar="N", help="outlets, entities and speakers to list (10)")
    p.add_argument("--format", choices=("table", "json"), default="table", help="table (default) or json")
    add_filter_arguments(p, PAIR_FILTERS)  # the article filters: every table counts the articles they keep
    pairs = p.add_argument_group("who does what to whom", "--pairs lists the (source, target) pairs of actors "
                                 "by their events, most first (--top of them), instead of the summary")
    pairs.add_argument("--pairs", action="store_true", help="event pairs instead of the summary")
    pairs.add_argument("--event-places", action="store_true", help="the places events happened at, counted "
                       "(most events first; the options of this group apply), instead of the summary")
    pairs.add_argument("--category", metavar="C", help="events of this PLOVER category or CAMEO code prefix "
                       "(ACCUSE: who accuses whom)")
    pairs.add_argument("--where", metavar="PLACE", help="events that happened at this place or in this country")
    pairs.add_argument("--source", metavar="ACTOR", help="pairs of this source actor (name, English or Arabic, or key)")
    pairs.add_argument("--target", metavar="ACTOR", help="pairs of this target actor (named the same ways)")
    pairs.add_argument("--offset", type=int, default=0, metavar="N", help="pairs to skip (0)")
    by_month = p.add_argument_group("statements per speaker per month", "--speakers-by-month lists the --top "
                                    "speakers by quotations with their count per month of publication "
                                    "(the article filters above apply too)")
    by_month.add_argument("--speakers-by-month", action="store_true",
                          help="a speaker x month table instead of the summary")
    by_month.add_argument("--speakers-by-outlet", action="store_true", help="who each outlet quotes most: the "
                          "--top outlets by quotations, each with its --top speakers, one grouped table instead of "
                          "the summary")
    p.add_argument("--stories", action="store_true", help="the stories several articles tell (near-duplicates "
                   "across the store: a wire story and the outlets that ran it), the most told first (--top of "
                   "them; the article filters apply), instead of the summary")
    p.set_defaults(func=run)


#: The article filters --pairs takes (as khabar search's).
PAIR_FILTERS = ("outlet", "date_from", "date_to", "entity", "place", "ids", "same_story")


def read_store(db: str, read: Callable[[Any], T]) -> tuple[T | None, int | None]:
    """``read(store)`` on the store at ``db``, and None; or None and the exit code of the one error line
    a bad filter or a store that cannot be opened gives (every table of the command reads this way)."""
    try:
        with open_store(db) as store:
            return read(store), None
    except QueryError as exc:
        return None, fail(f"bad filter: {exc}")
    except StoreError as exc:
        return None, fail(str(exc))


def print_pairs(total: int, items: list[dict], fmt: str, offset: int) -> None:
    if fmt == "json":
        sys.stdout.write(dumps({"total": total, "offset": offset, "items": items}, indent=1) + "\n")
        return
    rows = [[p["source_name"], p["target_name"], str(p["events"]), str(p["negated"]), str(p["articles"]),
             p["source"], p["target"]] for p in items]
    write_table(rows, ["source", "target", "events", "negated", "articles", "source key", "target key"],
                title=f"khabar stats --pairs: {total} pairs")


def print_event_places(total: int, items: list[dict], fmt: str, offset: int) -> None:
    if fmt == "json":
        sys.stdout.write(dumps({"total": total, "offset": offset, "items": items}, indent=1) + "\n")
        return
    rows = [[p["name_ar"] or "", p["where"], p["country"] or "", str(p["events"]), str(p["negated"]),
             str(p["articles"])] for p in items]
    write_table(rows, ["place", "where", "country", "events", "negated", "articles"],
                title=f"khabar stats --event-places: {total} places")


def run_pairs(args: argparse.Namespace) -> int:
    """--pairs, or --event-places: the same events counted per pair of actors or per place."""
    filters = filters_from(args, PAIR_FILTERS)
    if not 0 <= args.offset <= MAX_OFFSET:
        return fail(f"--offset must be between 0 and {MAX_OFFSET}")
    count = event_places if args.event_places else event_pairs
    counted, error = read_store(args.db, lambda store: count(
        store.conn, args.category, filters, args.where, min(args.top, MAX_LIMIT), args.offset,
        source=args.source, target=args.target))
    if error is not None:
        return error
    total, items = counted
    (print_event_places if args.event_places else print_pairs)(total, items, args.format, args.offset)
    return 0


def print_stats(s: StoreStats, db: str, top: int = 10) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout, width=120)
    overview = Table(title=f"khabar stats: {db}", show_header=False)
    overview.add_column(style="bold")
    overview.add_column(justify="right")
    overview.add_row("articles", str(s.articles))
    overview.add_row("outlets", str(sum(1 for o, _ in s.outlets if o)))
    overview.add_row("published", f"{(s.first_published or '?')[:10]} … {(s.last_published or '?')[:10]}")
    overview.add_row("entities (distinct)", f"{s.counts['entities']} ({s.distinct_entities})")
    for key in ("mentions", "quotes", "times", "places", "events"):
        overview.add_row(key, str(s.counts[key]))
    console.print(overview)
    for title, columns, rows in (
        # --top lists that many outlets too (it listed 10 whatever N was); the title says when some are left
        (f"outlets ({top} of {len(s.outlets)})" if len(s.outlets) > top else "outlets", ["outlet", "articles"],
         [[o or "(no outlet)", str(n)] for o, n in s.outlets[:top]]),
        ("top entities", ["entity", "type", "articles", "mentions"],
         [[name, type_, str(na), str(nm)] for name, type_, na, nm in s.top_entities]),
        ("top speakers", ["speaker", "quotes"], [[name, str(n)] for name, n in s.top_speakers]),
    ):
        if rows:
            console.print(rich_table(rows, columns, title))


def _table_or_exit(args: argparse.Namespace, build: Callable[[Any, int, Any], dict[str, Any]]) -> dict[str, Any] | int:
    """The grouped table ``build`` makes of the store's connection, ``--top`` (bounded) and the article
    filters, for the caller to print; or the exit code once it failed or was written as JSON."""
    filters = filters_from(args, PAIR_FILTERS)
    table, error = read_store(args.db, lambda store: build(store.conn, min(args.top, MAX_LIMIT), filters))
    if error is not None:
        return error
    if args.format == "json":
        sys.stdout.write(dumps(table, indent=1) + "\n")
        return 0
    return table


def run_speakers_by_month(args: argparse.Namespace) -> int:
    table = _table_or_exit(args, speakers_by_month)
    if isinstance(table, int):
        return table
    rows = [[item["name"], str(item["quotes"]), *(str(item["months"].get(m, "")) for m in table["months"])]
            for item in table["items"]]
    write_table(rows, ["speaker", "quotes", *table["months"]], title="khabar stats --speakers-by-month")
    return 0


def run_speakers_by_outlet(args: argparse.Namespace) -> int:
    table = _table_or_exit(args, speakers_by_outlet)
    if isinstance(table, int):
        return table
    rows = [[item["outlet"] or "(no outlet)" if n == 0 else "", str(item["quotes"]) if n == 0 else "", speaker["name"],
             str(speaker["quotes"])] for item in table["items"] for n, speaker in enumerate(item["speakers"])]
    write_table(rows, ["outlet", "quotes", "speaker", "its quotes"], title="khabar stats --speakers-by-outlet")
    return 0


def run_stories(args: argparse.Namespace) -> int:
    found = _table_or_exit(args, lambda conn, top, filters: story_clusters(conn, filters, top))
    if isinstance(found, int):
        return found
    rows = [[str(n), (a["published"] or "")[:10], a["outlet"] or "", (a["headline"] or "")[:60], a["article_id"]]
            for n, story in enumerate(found["items"], 1) for a in story["articles"]]
    write_table(rows, ["story", "published", "outlet", "headline", "id"],
                title=f"khabar stats --stories: {found['total']} stories in {found['articles']} articles")
    return 0


#: The options of --pairs and --event-places alone (an --offset of 0 is the default, not a choice).
PAIR_ONLY = ("category", "where", "source", "target", "offset")


def _ignored_options(args: argparse.Namespace) -> list[str]:
    """The options given that the chosen table would not use (the summary and the speakers' tables
    take the article filters only): refused rather than silently dropped."""
    unused = () if args.pairs or args.event_places else PAIR_ONLY
    return ["--" + name.replace("_", "-") for name in unused if getattr(args, name)]


def run(args: argparse.Namespace) -> int:
    if ignored := _ignored_options(args):
        table = next(("--" + name.replace("_", "-") for name in ("speakers_by_month", "speakers_by_outlet", "stories")
                      if getattr(args, name)), "the summary")
        verb, them = ("does", "it") if len(ignored) == 1 else ("do", "them")
        return fail(f"{', '.join(ignored)} {verb} not apply to {table}: use {them} with --pairs or --event-places")
    tables = [name for name in ("pairs", "event_places", "speakers_by_month", "speakers_by_outlet", "stories") if getattr(args, name)]
    if len(tables) > 1:
        return fail(" and ".join("--" + t.replace("_", "-") for t in tables) + " are different tables: choose one")
    if args.pairs or args.event_places:
        return run_pairs(args)
    if args.speakers_by_month:
        return run_speakers_by_month(args)
    if args.speakers_by_outlet:
        return run_speakers_by_outlet(args)
    if args.stories:
        return run_stories(args)
    filters = filters_from(args, PAIR_FILTERS)
    stats, error = read_store(args.db, lambda store: store.stats(top=args.top, filters=filters))
    if error is not None:
        return error
    if args.format == "json":
        sys.stdout.write(dumps(dataclasses.asdict(stats), indent=1) + "\n")
    else:
        print_stats(stats, args.db, args.top)
    return 0
