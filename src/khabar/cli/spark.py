"""``khabar spark analyze``: analyse many articles with Apache Spark and write Parquet."""

from __future__ import annotations

import argparse
import importlib.util
import sys

from khabar.cli.common import fail
from khabar.pipeline import STAGE_NAMES, PipelineError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("spark", help="analyse many articles with Spark, write Parquet",
                       description="Jobs on Apache Spark (needs the spark extra, pip install "
                       "'khabar[spark]', and Java).")
    spark_sub = p.add_subparsers(dest="spark_command", metavar="{analyze}", required=True)
    a = spark_sub.add_parser(
        "analyze", help="analyse inputs into a Parquet folder (resumable)",
        description="Analyse text dumps, JSON Lines, HTML, WARC and feed files (.gz too; folders, globs, "
        "and URIs such as s3a://bucket/crawl/ where Spark has the connector) on every core of a Spark "
        "cluster (local[2] by default), with the same readers and pipeline as `khabar analyze`. Writes "
        "OUT/articles/<batch>/*.parquet, one row per article with the analyze object as nested columns "
        "(and its raw input), and a marker per finished batch in OUT/_done; running the same command "
        "again after a crash resumes: finished files are skipped, nothing is written twice. Failed "
        "inputs are listed on stderr, one line each; the exit code is 1 when some failed.")
    a.add_argument("paths", nargs="+", metavar="INPUT", help="files, folders, globs or Hadoop URIs")
    a.add_argument("--out", "-o", required=True, metavar="DIR", help="output folder (local or a Hadoop URI)")
    a.add_argument("--stages", help=f"comma-separated stages (default all: {','.join(STAGE_NAMES)})")
    a.add_argument("--master", default="local[2]", help="Spark master URL (default local[2])")
    a.add_argument("--partitions", type=int, metavar="N", help="tasks per batch (default: twice the cores)")
    a.add_argument("--batch-mb", type=float, default=256, metavar="MB",
                   help="input megabytes per batch, the unit a rerun resumes from (default 256)")
    a.set_defaults(func=run_analyze)


def run_analyze(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("pyspark") is None:
        return fail("khabar spark needs pyspark: pip install 'khabar[spark]'")
    from khabar.batch.spark import SparkJobError, analyze_to_parquet

    stages = args.stages.split(",") if args.stages else None
    try:
        report = analyze_to_parquet(args.paths, args.out, master=args.master, stages=stages,
                                    partitions=args.partitions, batch_bytes=int(args.batch_mb * 1024 * 1024))
    except (PipelineError, SparkJobError) as exc:
        return fail(str(exc))
    except Exception as exc:  # Spark surfaces JVM and I/O failures as many exception types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return fail(f"spark job failed ({exc.__class__.__name__}: {first})")
    for error in report.errors:
        print(f"khabar: error: {error}", file=sys.stderr)
    print(f"khabar spark analyze: {report.articles} articles from {report.files} files written to "
          f"{report.out} in {report.batches} batches ({report.skipped} files done before), "
          f"{len(report.errors)} failed, {report.seconds:.1f} s")
    return 1 if report.errors else 0
