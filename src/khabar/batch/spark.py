"""Running the analysis as a Spark job (local by default) and writing Parquet."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from khabar.batch.work import COLUMNS, analyse_partition
from khabar.ingest import InputError
from khabar.ingest.readers import WEB_SUFFIXES, expand_paths, file_format, is_jsonl_path

DEFAULT_MASTER = "local[2]"


@dataclass
class BatchReport:
    output: str
    articles: int = 0
    #: Every input that failed (missing paths, bad records, analysis failures).
    errors: list[str] = field(default_factory=list)


def _spark_schema() -> Any:
    from pyspark.sql import types as T

    kinds = {"string": T.StringType(), "int64": T.LongType(), "float64": T.DoubleType(),
             "bool": T.BooleanType(), "list<string>": T.ArrayType(T.StringType())}
    return T.StructType([T.StructField(name, kinds[kind], True) for name, kind in COLUMNS])


def _session(master: str, partitions: int) -> Any:
    from pyspark.sql import SparkSession

    # Workers must run this interpreter, where khabar is installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (SparkSession.builder.master(master).appName("khabar batch")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", str(partitions))
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _split_inputs(specs: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    jsonl, text, errors = [], [], []
    for path in expand_paths(specs):
        if isinstance(path, InputError):
            errors.append(str(path))
        elif path == "-":
            errors.append("-: stdin cannot be read by a Spark job; use khabar analyze")
        elif file_format(path) in WEB_SUFFIXES:
            errors.append(f"{path}: {file_format(path)} inputs are not read by a Spark job; use khabar ingest")
        else:
            (jsonl if is_jsonl_path(path) else text).append(os.path.abspath(path))
    return jsonl, text, errors


def run_batch(specs: Sequence[str], output: str, stages: Sequence[str] | None = None,
              master: str = DEFAULT_MASTER, partitions: int = 2, overwrite: bool = False) -> BatchReport:
    """Analyse every input with Spark and write the article rows to the Parquet folder ``output``."""
    from pyspark.sql import functions as F

    jsonl, text, errors = _split_inputs(specs)
    report = BatchReport(output=output, errors=errors)
    if not jsonl and not text:
        return report
    spark = _session(master, partitions)
    try:
        frames = []
        for kind, paths, whole in (("jsonl", jsonl, False), ("text", text, True)):
            if paths:
                df = spark.read.text(paths, wholetext=whole).select(F.input_file_name().alias("path"), "value")
                frames.append((kind, df.repartition(partitions)))
        rows = None
        for kind, df in frames:
            part = df.rdd.mapPartitions(
                lambda items, kind=kind: analyse_partition(kind, stages, ((r[0], r[1]) for r in items)))
            rows = part if rows is None else rows.union(part)
        result = spark.createDataFrame(rows, schema=_spark_schema()).cache()
        failed = result.filter(F.col("error").isNotNull()).select("error").collect()
        report.errors += [r[0] for r in failed]
        articles = result.filter(F.col("error").isNull()).drop("error")
        articles.write.mode("overwrite" if overwrite else "errorifexists").parquet(output)
        report.articles = articles.count()
    finally:
        spark.stop()
    return report
