"""``khabar export``: the database as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from khabar.cli.common import add_db_argument, fail, open_store
from khabar.cli.search import FILTERS, add_filter_arguments, filters_from
from khabar.search.keys import QUOTE_KINDS, QUOTE_MISSING
from khabar.store import StoreError
from khabar.store.export import ACTOR_ROLES, EXPORTERS, FORMATS, export

#: The search filters that select articles (the quotes' own --speaker is not the search's).
ARTICLE_FILTERS = {name: text for name, text in FILTERS.items() if name != "speaker"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export the database as jsonl, csv or parquet",
                       description="Export stored articles (or another table, by its flag) as JSON Lines "
                       "(full analyze objects), CSV or Parquet (flat rows).")
    add_db_argument(p)
    p.add_argument("--format", choices=FORMATS, required=True, help="jsonl, csv or parquet")
    p.add_argument("--output", "-o", metavar="PATH",
                   help="file to write (default stdout; parquet needs a file)")
    p.add_argument("--bom", action="store_true",
                   help="csv: start with UTF-8's byte-order mark, so that Excel shows the Arabic (off by default: "
                   "other tools would read the mark as part of the first column's name)")
    kinds = p.add_mutually_exclusive_group()
    for kind, exporter in EXPORTERS.items():
        kinds.add_argument(f"--{kind}", dest="kind", action="store_const", const=kind,
                           help=exporter.doc + (" (default)" if kind == "articles" else ""))
    p.add_argument("--speaker", metavar="NAME",
                   help="with --quotes: only this speaker's (entity key, English or Arabic name, or the "
                   "words articles used: لافروف, Lavrov)")
    p.add_argument("--says", metavar="WORDS",
                   help="with --quotes: only the quotations whose content holds these words and \"phrases\", "
                   "matched as khabar search matches them (اليمن finds لليمن)")
    p.add_argument("--about", metavar="NAME",
                   help="with --quotes: what others said about this person (or body): the quotations whose words "
                   "name it, not its own (entity key, English or Arabic name, or the words used), as its entity "
                   "page's 'said about'. With --quotes, --missing speaker keeps the quotations whose speaker was "
                   "not found (to attribute by hand), --missing speaker_name those of no named entity")
    p.add_argument("--kind", dest="quote_kind", choices=QUOTE_KINDS,
                   help="with --quotes: only the quotations of this kind (direct: the words to cite verbatim)")
    p.add_argument("--negated", action=argparse.BooleanOptionalAction, default=None,
                   help="with --events: only the events reported as not done (denials, refusals); --no-negated "
                   "only the others (as /events?negated=)")
    p.add_argument("--where", "--within", dest="where", metavar="PLACE",
                   help="with --events: only the events that happened at this place or in this country (the "
                   "event's own place: Tunis, تونس, TN); --place keeps every event of an article that "
                   "mentions the place anywhere. With --places: only the places within this country or at "
                   "this place (as /places?within=: Libya's places, not every place its articles name)")
    for option, roles in (("actor", "source or target"), ("source", "source"), ("target", "target")):
        p.add_argument(f"--{option}", metavar="NAME", help=f"with --events: only the events whose {roles} is this "
                       "actor (entity key, English or Arabic name, or the words used; a country for its agents "
                       "too), as /events takes it")
    articles = p.add_argument_group("article filters", "keep the rows of the articles that match, as "
                                    "khabar search's filters do")
    add_filter_arguments(articles, ARTICLE_FILTERS)
    p.set_defaults(func=run, kind="articles")


def run(args: argparse.Namespace) -> int:
    try:
        with open_store(args.db) as store:
            speaker = args.speaker.strip() if args.speaker and args.speaker.strip() else None
            filters = filters_from(args, ARTICLE_FILTERS)
            where = args.where.strip() if args.where and args.where.strip() else None
            says = args.says.strip() if args.says and args.says.strip() else None
            actors = {option: getattr(args, option).strip() for option in ACTOR_ROLES
                      if getattr(args, option) and getattr(args, option).strip()}
            about = args.about.strip() if args.about and args.about.strip() else None
            missing = None  # a quotation's own (its speaker), not the article's (--missing byline)
            if args.kind == "quotes" and filters is not None and (filters.missing or "").lower() in QUOTE_MISSING:
                missing, filters = filters.missing, dataclasses.replace(filters, missing=None)
            n = export(store, args.format, args.output, kind=args.kind, speaker=speaker, filters=filters,
                       where=where, bom=args.bom, says=says, actors=actors or None, about=about, missing=missing,
                       quote_kind=args.quote_kind, negated=args.negated)
    except BrokenPipeError:  # `khabar export ... | head`: main() ends quietly
        raise
    except (StoreError, ValueError, OSError) as exc:  # QueryError (a bad date) is a ValueError
        return fail(str(exc))
    if args.output and args.output != "-":
        print(f"khabar: wrote {n} {args.kind} rows to {args.output}", file=sys.stderr)
    return 0
