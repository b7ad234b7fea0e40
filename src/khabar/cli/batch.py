"""``khabar batch``: analyse many articles with Spark and write Parquet."""

from __future__ import annotations

import argparse
import importlib.util
import sys

from khabar.cli.common import fail
from khabar.pipeline import STAGE_NAMES, PipelineError, resolve_stages


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("batch", help="analyse many articles with Spark, write Parquet",
                       description="Analyse text dumps and JSON Lines files (.gz too; folders and globs) "
                       "in parallel with Apache Spark (local[2] by default) and write one Parquet row per "
                       "article: the columns of `khabar export` plus the full analysis as JSON. Needs "
                       "the spark extra (pip install 'khabar[spark]') and Java. Failed inputs are listed "
                       "on stderr, one line each; the exit code is 1 when some failed.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="text dumps, JSON Lines files, folders, globs")
    p.add_argument("--output", "-o", required=True, metavar="DIR", help="Parquet folder to write")
    p.add_argument("--stages", help=f"comma-separated stages (default all: {','.join(STAGE_NAMES)})")
    p.add_argument("--master", default="local[2]", help="Spark master URL (default local[2])")
    p.add_argument("--partitions", type=int, default=2, metavar="N", help="partitions per input kind (2)")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("pyspark") is None:
        return fail("khabar batch needs pyspark: pip install 'khabar[spark]'")
    from khabar.batch import run_batch

    try:
        names = [s.name for s in resolve_stages(args.stages.split(",") if args.stages else None)]
        report = run_batch(args.paths, args.output, names, master=args.master,
                           partitions=args.partitions, overwrite=args.overwrite)
    except PipelineError as exc:
        return fail(str(exc))
    except Exception as exc:  # Spark surfaces JVM and I/O failures as many exception types
        return fail(f"batch failed ({exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''})")
    for error in report.errors:
        print(f"khabar: error: {error}", file=sys.stderr)
    print(f"khabar batch: {report.articles} articles written to {report.output}, {len(report.errors)} failed")
    return 1 if report.errors else 0
