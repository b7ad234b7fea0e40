"""``khabar tag``: the NER tagger on pre-tokenised text, CoNLL style."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tag", help="tag tokens (one per line) with ANERcorp BIO name tags",
                       description="Read one token per line on stdin (a blank line between sentences; "
                       "columns after the first are ignored) and write token<TAB>tag with ANERcorp's BIO "
                       "tags (B-/I- PERS, LOC, ORG, MISC, or O), blank lines kept.")
    p.add_argument("--format", choices=("conll",), default="conll", help="input/output format (conll)")
    p.add_argument("--no-lexicon-layer", action="store_true",
                   help="the CRF alone: curated lexicon names it left untagged stay O (see khabar.entities.lexlayer)")
    p.add_argument("--crf-only", action="store_true",
                   help="the CRF without the neural tagger it is ensembled with by default (see khabar.entities.ensemble)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from khabar.entities.lexlayer import LAYER_TYPES
    from khabar.entities.tagger import tag_conll

    try:
        for line in tag_conll(sys.stdin, layer=() if args.no_lexicon_layer else LAYER_TYPES,
                              ensemble=not args.crf_only):
            sys.stdout.write(line + "\n")
    except RuntimeError as exc:
        print(f"khabar: error: {exc}", file=sys.stderr)
        return 2
    return 0
