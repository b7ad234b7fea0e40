"""The ``khabar`` command.  Each sub-command is a thin wrapper over a library call.

A command lives in its own module of this package with ``register(subparsers)``; the list below
is the only place commands are enumerated (docs tests read it too).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

#: Threads numpy's OpenBLAS may use, unless the user set them.  The command's matrices (the neural
#: tagger's per-sentence layers, the decoder's rows) are too small to gain from BLAS threads, and
#: those threads then fight each other and the analysis workers for the cores: tagging ANERcorp's
#: test split took 11.8 s of CPU and 33 s of wall time with OpenBLAS's default, 4.5 s and 12 s with
#: one thread (2 cores, loaded machine).  Set here, before any command imports numpy.
BLAS_THREADS = "1"
os.environ.setdefault("OPENBLAS_NUM_THREADS", BLAS_THREADS)

#: Command modules, in the order ``khabar --help`` lists them.
COMMAND_MODULES = (
    "khabar.cli.analyze",
    "khabar.cli.ingest",
    "khabar.cli.errors",
    "khabar.cli.delete",
    "khabar.cli.watch",
    "khabar.cli.show",
    "khabar.cli.stats",
    "khabar.cli.export",
    "khabar.cli.spark",
    "khabar.cli.load",
    "khabar.cli.segment",
    "khabar.cli.sentences",
    "khabar.cli.tag",
    "khabar.cli.search",
    "khabar.cli.serve",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="khabar",
        description="Arabic news pages into a structured record of who said what, who did what "
        "to whom, when and where.",
    )
    from khabar import __version__

    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `khabar analyze ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
