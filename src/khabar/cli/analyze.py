"""``khabar analyze``: analyse pages and write one JSON object per article."""

from __future__ import annotations

import argparse
import sys

from khabar.analysis import analyze_inputs
from khabar.cli.output import SUMMARY_COLUMNS, dumps, report_error, summary_row, write_table
from khabar.ingest import InputError
from khabar.ingest.readers import INPUT_FORMATS
from khabar.pipeline import STAGE_NAMES, PipelineError


def add_input_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="text dumps, JSON Lines files, HTML pages, WARC files, RSS/Atom feeds (.gz too), "
                   "folders, globs, or - for stdin")
    p.add_argument("--input-format", choices=INPUT_FORMATS,
                   help="force the input kind (default: by suffix; stdin by its first line)")
    p.add_argument("--stages", help=f"comma-separated stages to run (default all: {','.join(STAGE_NAMES)}); "
                   "the stages they require are added")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="analyse pages and print structured articles",
                       description="Analyse Arabic news pages (text dumps, JSON Lines records, HTML pages, WARC files, "
                       "RSS/Atom feeds) and "
                       "write one JSON object per article. Bad inputs are reported on stderr, one line "
                       "each; the exit code is 1 when some inputs failed.")
    add_input_arguments(p)
    p.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl",
                   help="jsonl (default): one object per line; json: an indented array; table: a summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    stages = args.stages.split(",") if args.stages else None
    failed = 0
    rows = []
    first = True
    try:
        items = analyze_inputs(args.paths, stages=stages, input_format=args.input_format)
        if args.format == "json":
            sys.stdout.write("[")
        for item in items:
            if isinstance(item, InputError):
                failed += 1
                report_error(item)
                continue
            if args.format == "jsonl":
                sys.stdout.write(dumps(item.to_dict()) + "\n")
            elif args.format == "json":
                sys.stdout.write(("\n" if first else ",\n") + dumps(item.to_dict(), indent=1))
                first = False
            else:
                rows.append(summary_row(item))
        if args.format == "json":
            sys.stdout.write("\n]\n")
    except PipelineError as exc:
        print(f"khabar: error: {exc}", file=sys.stderr)
        return 2
    if args.format == "table":
        write_table(rows, SUMMARY_COLUMNS, title="khabar analyze")
    return 1 if failed else 0
