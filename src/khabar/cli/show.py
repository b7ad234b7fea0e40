"""``khabar show``: one stored article, as JSON or readable tables."""

from __future__ import annotations

import argparse
import sys

from khabar.cli.common import add_db_argument, fail, open_store
from khabar.cli.output import dumps, rich_table
from khabar.model import Article
from khabar.store import StoreError
from khabar.store.db import unresolved_id_message


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("show", help="show one stored article",
                       description="Show one stored article by id (or a unique id prefix): its page "
                       "fields, paragraphs and facts as tables, or the analyze JSON object.")
    p.add_argument("id", metavar="ID", help="article id, or a unique prefix of one")
    add_db_argument(p)
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="table (default): readable; json: the analyze output object")
    p.add_argument("--raw", action="store_true", help="with --format json, include the raw input")
    p.set_defaults(func=run)


def _ref(ref: object) -> str:
    if ref is None:
        return ""
    return getattr(ref, "text", "") + (f" [{ref.entity}]" if getattr(ref, "entity", None) else "")


def fact_tables(a: Article) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, columns, rows) for each non-empty fact list of the article."""
    tables = [
        ("entities", ["id", "name", "type", "mentions"],
         [[e.id, e.name, e.type, " | ".join(dict.fromkeys(m.text for m in e.mentions))] for e in a.entities]),
        ("quotes", ["speaker", "cue", "kind", "content"],
         [[_ref(q.speaker), q.cue, q.kind, q.content] for q in a.quotes]),
        ("times", ["text", "value", "where"],
         [[t.text, t.value or "", f"{t.field}[{t.paragraph}]"] for t in a.times]),
        ("places", ["text", "name", "country", "lat, lon"],
         [[p.text, p.name or "", p.country or "", f"{p.lat}, {p.lon}" if p.lat is not None else ""]
          for p in a.places]),
        ("events", ["source", "action", "target", "cameo", "when", "where"],
         [[_ref(e.source), e.action + (" (negated)" if e.negated else ""), _ref(e.target), e.cameo,
           e.when or "", e.where or ""] for e in a.events]),
    ]
    return [t for t in tables if t[2]]


def print_article(a: Article) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout, width=140)
    fields = Table(title=f"article {a.id}", show_header=False)
    fields.add_column(style="bold")
    fields.add_column(overflow="fold")
    source = a.source.path or a.source.kind
    if a.source.line:
        source += f":{a.source.line}"
    for label, value in (("source", source), ("url", a.source.url), ("published", a.published),
                         ("outlet", a.outlet or a.source.outlet), ("headline", a.headline), ("deck", a.deck),
                         ("byline", a.byline), ("dateline", a.dateline), ("category", a.category)):
        if value:
            fields.add_row(label, value)
    for label, values in (("pull quote", a.pull_quotes), ("body", a.body), ("related", a.related)):
        for i, text in enumerate(values):
            fields.add_row(f"{label} {i + 1}", text)
    console.print(fields)
    for title, columns, rows in fact_tables(a):
        console.print(rich_table(rows, columns, title))


def run(args: argparse.Namespace) -> int:
    try:
        with open_store(args.db) as store:
            ids = store.resolve_id(args.id)
            if len(ids) != 1:
                return fail(unresolved_id_message(args.id, ids), 1)
            article = store.get(ids[0])
    except StoreError as exc:
        return fail(str(exc))
    assert article is not None
    if args.format == "json":
        sys.stdout.write(dumps(article.to_dict(include_raw=args.raw), indent=1) + "\n")
    else:
        print_article(article)
    return 0
