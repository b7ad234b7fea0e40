"""``khabar sentences``: split text read on stdin (or files) into one sentence per line."""

from __future__ import annotations

import argparse
import sys

from khabar.arabic.sentences import sentences_of


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sentences", help="write one sentence per line",
                       description="Split Arabic text into sentences and write one per line. Each input "
                       "line is a paragraph; quotations, numbers, dates and abbreviations are kept whole.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="text files (default: stdin)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    streams = [open(p, encoding="utf-8") for p in args.paths] if args.paths else [sys.stdin]  # noqa: SIM115
    for stream in streams:
        with stream:
            for line in stream:
                for sentence in sentences_of(line):
                    sys.stdout.write(sentence + "\n")
    return 0
