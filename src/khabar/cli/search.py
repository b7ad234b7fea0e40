"""``khabar search``: ranked Arabic-aware full-text search over the database."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from typing import Any

from khabar.cli.common import add_db_argument, fail, open_store
from khabar.cli.output import dumps, write_table
from khabar.search import QueryError, SearchFilters, SearchResult, search
from khabar.search.engine import MAX_LIMIT, MAX_OFFSET, SORTS, browse
from khabar.search.unmatched import unmatched_filters
from khabar.store import StoreError
from khabar.store.duplicates import collapse_hits
from khabar.store.export import BOM, spreadsheet_cell

FILTERS = {
    "outlet": "only articles of this outlet",
    "date_from": "published on or after (YYYY, YYYY-MM or YYYY-MM-DD; Hijri too: 1439-09)",
    "date_to": "published on or before (YYYY, YYYY-MM or YYYY-MM-DD; Hijri too: 1439-09)",
    "entity": "mentioning this entity (key such as PER:name, name or Arabic name; 'A + B': both)",
    "speaker": "quoting this speaker (entity key, name, Arabic name or the words used)",
    "place": "mentioning this place (name, Arabic name, words used or ISO country code)",
    "category": "with an event of this PLOVER category or CAMEO code prefix",
    "byline": "whose byline holds these words in this order (a reporter's name)",
    "missing": "lacking this page field (byline, dateline, published, headline, outlet) or facts (entities, quotes, times, places, events): a data-quality check",
    "ids": "only these articles: ids or unique id prefixes, separated by commas",
    "same_story": "only this article (id or unique prefix) and the stored articles telling the same story "
                  "(its near-duplicates, as its page lists them)",
}


def add_filter_arguments(p: argparse.ArgumentParser | argparse._ArgumentGroup, names: Iterable[str]) -> None:
    """An option per filter of ``names`` (FILTERS' keys): ``--date-from`` for ``date_from``, with its help."""
    for name in names:
        p.add_argument("--" + name.replace("_", "-"), dest=name, metavar="VALUE", help=FILTERS[name])


def filters_from(args: argparse.Namespace, names: Iterable[str]) -> SearchFilters:
    """The SearchFilters of the filter options ``names`` a command took (:func:`add_filter_arguments`)."""
    return SearchFilters(**{name: getattr(args, name) for name in names})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the database (Arabic-aware, ranked)",
                       description="Search stored articles. Words are matched through the Arabic analyzer: "
                       "انسحاب finds الانسحاب، والانسحاب، بانسحاب، للانسحاب; spelling variants such as "
                       "أميركا/أمريكا are one word. All words are required; put a phrase in \"quotes\". "
                       "Hits are ranked by bm25 (headline hits weigh most). Exit code 2 for a malformed "
                       "query (unbalanced quotes or parentheses, operators like OR/NEAR). Without a QUERY, the "
                       "articles the filters keep, newest first (--byline: a reporter's articles).")
    p.add_argument("query", metavar="QUERY", nargs="?", default="",
                   help='words and "phrases"; none: the articles the filters keep')
    add_db_argument(p)
    p.add_argument("--limit", type=int, default=20, metavar="N",
                   help=f"hits to show, 1..{MAX_LIMIT} in a table, 1..{MAX_EXPORTED} as jsonl or csv (20)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="hits to skip (0)")
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table",
                   help="table (default); jsonl: one hit per line with article_id, score and snippet; csv: one "
                   "row per hit (" + ", ".join(CSV_COLUMNS) + ") for a spreadsheet")
    add_filter_arguments(p, FILTERS)
    p.add_argument("--bom", action="store_true",
                   help="with --format csv: start with UTF-8's byte-order mark, so that Excel shows the Arabic")
    p.add_argument("--sort", choices=SORTS, default="relevance",
                   help="relevance (bm25, default), or newest / oldest first by publication date")
    p.add_argument("--collapse", action="store_true",
                   help="the same story in several outlets is one hit (near-duplicates among the hits shown; "
                   "jsonl hits list the others as same_story)")
    p.set_defaults(func=run)


#: The columns of ``--format csv``: a hit's article, where and when it appeared, and why it matched.
CSV_COLUMNS = ("article_id", "published", "outlet", "headline", "url", "score", "snippet")


def print_hits(result: SearchResult, fmt: str, folded: dict[str, list[str]] | None = None,
               bom: bool = False) -> None:
    if fmt == "csv":
        if bom:
            sys.stdout.write(BOM)
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        for hit in result.hits:
            writer.writerow([spreadsheet_cell(v) for v in (hit.article_id, hit.published, hit.outlet, hit.headline,
                                                           hit.url, hit.score, hit.snippet.text if hit.snippet else None)])
        return
    if fmt == "jsonl":
        for hit in result.hits:
            extra = {"same_story": folded[hit.article_id]} if folded is not None else {}
            sys.stdout.write(dumps({**hit.to_dict(), **extra}) + "\n")
        return
    more = {k: f" (+{len(v)})" for k, v in (folded or {}).items() if v}  # the same story elsewhere, folded
    rows = [[h.article_id, f"{h.score:.2f}", (h.published or "")[:10], h.outlet or "",
             (h.headline or "")[:50] + more.get(h.article_id, ""), h.snippet.text[:90] if h.snippet else ""]
            for h in result.hits]
    write_table(rows, ["id", "score", "published", "outlet", "headline", "snippet"],
                title=f"khabar search {result.query!r}: {result.total} articles")


#: Hits ``--format jsonl``/``csv`` write at most: every hit of a search for a spreadsheet, read a
#: page of MAX_LIMIT at a time (the search's own page bound) up to its deepest offset.
MAX_EXPORTED = MAX_OFFSET


def search_pages(conn: Any, query: str, filters: SearchFilters, limit: int, offset: int, sort: str) -> SearchResult:
    """``limit`` hits from ``offset``, read as pages of at most MAX_LIMIT: a csv of a search's 500
    hits needs no paging by hand."""
    result = _hits(conn, query, filters, min(limit, MAX_LIMIT), offset, sort)
    seen = {h.article_id for h in result.hits}
    while len(result.hits) < limit and offset + len(result.hits) < min(result.total, MAX_OFFSET + 1):
        start = offset + len(result.hits)
        page = _hits(conn, query, filters, min(MAX_LIMIT, limit - len(result.hits)), start, sort)
        fresh = [h for h in page.hits if h.article_id not in seen]
        if not fresh:
            break
        seen.update(h.article_id for h in fresh)
        result.hits += fresh
    result.limit = limit
    return result


def _hits(conn: Any, query: str, filters: SearchFilters, limit: int, offset: int, sort: str) -> SearchResult:
    """The search of ``query``, or with none (blank) the articles ``filters`` keep, newest first."""
    if query.strip():
        return search(conn, query, filters, limit, offset, sort=sort)
    return browse(conn, filters, limit, offset, "oldest" if sort == "oldest" else "newest")


def run(args: argparse.Namespace) -> int:
    if args.bom and args.format != "csv":
        return fail(f"--bom is for --format csv, not {args.format}")
    filters = filters_from(args, FILTERS)
    try:
        with open_store(args.db) as store:
            if args.format != "table" and MAX_LIMIT < args.limit <= MAX_EXPORTED:
                result = search_pages(store.conn, args.query, filters, args.limit, args.offset, args.sort)
            else:
                result = _hits(store.conn, args.query, filters, args.limit, args.offset, args.sort)
            folded = collapse_hits(store.conn, result) if args.collapse else None
            notes = [] if result.total else unmatched_filters(store.conn, filters)
    except QueryError as exc:
        return fail(f"bad query: {exc}")
    except StoreError as exc:
        return fail(str(exc))
    print_hits(result, args.format, folded, args.bom)
    for note in notes:  # place=tunisie: say what was not found (stderr: the output stays data)
        print(f"khabar search: {note}", file=sys.stderr)
    return 0
