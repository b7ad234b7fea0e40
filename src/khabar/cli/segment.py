"""``khabar segment``: clitic segmentation (or search stems) of text lines read on stdin."""

from __future__ import annotations

import argparse
import sys

from khabar.arabic.segment import segment_line


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("segment", help="split clitics and suffixes off each word of stdin lines",
                       description="Read text lines on stdin and write each line back with one output "
                       "word per input word, its segments joined by '+' in the WikiNews/Farasa convention "
                       "(و+ال+تلفزيون, ثقاف+ة, ترشيح+ات+ها), or with --stem the search stem of each word.")
    p.add_argument("--stem", action="store_true", help="write search stems instead of segmentations")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    for line in sys.stdin:
        sys.stdout.write(segment_line(line, stems=args.stem) + "\n")
    return 0
