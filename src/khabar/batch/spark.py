"""``khabar spark analyze``: the analysis as a Spark job writing Parquet, resumable after a crash.

The output folder ``OUT``::

    OUT/articles/<batch>/part-*.parquet   one row per article, nested columns (khabar.batch.schema)
    OUT/_done/<batch>.json                the batch's marker: its input files, counts, errors, stages

Input files are grouped into batches of whole files (about ``batch_bytes`` of input each); each
batch is one Spark job whose Parquet is committed before its marker is written.  A rerun into
the same ``OUT`` skips every file a marker names, deletes batch folders that have no marker (a job
cut short) and analyses the rest: nothing is lost and nothing is written twice.  Read the output
through the markers (:mod:`khabar.batch.load` does), or after a run that finished; run one job per
``OUT`` at a time.  Each input file is read whole by one task (Spark's ``binaryFile`` source: up to
2 GB a file), then its articles are spread over the batch's tasks.

Paths with a scheme (``s3a://``, ``hdfs://``, ``file://``) are listed and read through Hadoop, so
they work wherever the Spark installation has the connector; plain paths are expanded like
``khabar analyze`` does (folders, globs).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from khabar import __version__
from khabar.batch.schema import article_arrow_schema
from khabar.batch.work import (
    ANALYSED_SCHEMA,
    ARTICLE,
    ERROR,
    ITEM_SCHEMA,
    WARM_STAGES_ENV,
    analyse_items,
    file_key,
    read_files,
)
from khabar.ingest import InputError
from khabar.ingest.paths import JSONL_SUFFIXES, TEXT_SUFFIXES, WEB_SUFFIXES, expand_paths
from khabar.pipeline import STAGE_NAMES, resolve_stages

DEFAULT_MASTER = "local[2]"
DEFAULT_BATCH_BYTES = 256 * 1024 * 1024
ARTICLES, DONE = "articles", "_done"
#: Files (step 1) or articles (step 2) per Arrow batch: small, since one WARC file may be a gigabyte.
ARROW_RECORDS = 4
_INPUT_SUFFIXES = JSONL_SUFFIXES + TEXT_SUFFIXES + tuple(s for group in WEB_SUFFIXES.values() for s in group)


class SparkJobError(RuntimeError):
    """The job cannot run as asked (e.g. ``OUT`` holds a run of other stages)."""


@dataclass(frozen=True)
class InputFile:
    uri: str  # what Spark reads
    path: str  # what the articles name as their source path (the path as given)
    size: int


@dataclass
class SparkReport:
    """What one :func:`analyze_to_parquet` call did."""

    out: str
    articles: int = 0  # articles written by this run
    #: Input errors of this run, one line each (missing paths, bad records, failed analyses).
    errors: list[str] = field(default_factory=list)
    files: int = 0  # input files analysed by this run
    skipped: int = 0  # input files already done by an earlier run into ``out``
    batches: int = 0
    seconds: float = 0.0  # the whole call: listing, session start (when it starts one), jobs
    job_seconds: float = 0.0  # the batch jobs alone

    @property
    def rate(self) -> float:
        """Articles per second over the whole call (session start included)."""
        return self.articles / self.seconds if self.seconds else 0.0


def spark_session(master: str = DEFAULT_MASTER, config: Mapping[str, str] | None = None,
                  stages: Sequence[str] | None = None) -> Any:
    """A SparkSession for khabar jobs (``config`` adds or overrides Spark settings).

    Its Python daemon is :mod:`khabar.batch.daemon`: the resources of ``stages`` (default all)
    load once per executor.
    """
    from pyspark.sql import SparkSession

    # Local workers must run this interpreter, where khabar is installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (SparkSession.builder.master(master).appName("khabar spark analyze")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.python.daemon.module", "khabar.batch.daemon")
               .config(f"spark.executorEnv.{WARM_STAGES_ENV}", ",".join(stages or STAGE_NAMES)))
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def warm_workers(spark: Any) -> float:
    """Start the session's Python daemon, which loads the pipeline, before any job is timed; seconds taken."""
    started = time.monotonic()
    spark.range(1).mapInArrow(_same_batches, "id long").count()
    return time.monotonic() - started


def _same_batches(batches: Any) -> Any:
    return batches


def _has_scheme(spec: str) -> bool:
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", spec) is not None


_GLOB = re.compile(r"[*?\[\]{}\\]")  # Hadoop's glob characters


def _glob_escaped(uri: str) -> str:
    """A file's URI with Hadoop's glob characters escaped: Spark globs the paths it loads."""
    return _GLOB.sub(lambda m: "\\" + m.group(), uri)


class _Hadoop:
    """Files through Hadoop's FileSystem (py4j), so that object stores work like local folders."""

    def __init__(self, spark: Any):
        self.jvm = spark._jvm
        self.conf = spark._jsc.hadoopConfiguration()

    def _fs(self, uri: str) -> tuple[Any, Any]:
        path = self.jvm.org.apache.hadoop.fs.Path(uri)
        return path.getFileSystem(self.conf), path

    def files(self, spec: str) -> list[InputFile] | InputError:
        """Input files a path, folder (recursively) or glob names, sorted."""
        fs, path = self._fs(spec)
        statuses = fs.globStatus(path)
        if not statuses:
            return InputError(spec, "pattern matches no file" if _GLOB.search(spec) else "no such file or folder")
        found = []
        for status in statuses:
            if not status.isDirectory():
                found.append(status)
                continue
            listing = fs.listFiles(status.getPath(), True)
            while listing.hasNext():
                found.append(listing.next())
        files = [InputFile(s.getPath().toString(), s.getPath().toString(), s.getLen()) for s in found
                 if _wanted(s.getPath().toString(), spec)]
        return sorted(files, key=lambda f: f.uri) or InputError(spec, "holds no input files")

    def names(self, folder: str) -> list[str]:
        fs, path = self._fs(folder)
        if not fs.exists(path):
            return []
        return sorted(s.getPath().getName() for s in fs.listStatus(path))

    def read_text(self, uri: str) -> str:
        fs, path = self._fs(uri)
        stream = fs.open(path)
        try:
            return bytes(self.jvm.org.apache.commons.io.IOUtils.toByteArray(stream)).decode("utf-8")
        finally:
            stream.close()

    def write_text(self, uri: str, text: str) -> None:
        """Write ``uri`` whole or not at all: a temporary file renamed into place."""
        fs, path = self._fs(uri)
        _, tmp = self._fs(f"{uri}.tmp")
        stream = fs.create(tmp, True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()
        fs.delete(path, False)
        if not fs.rename(tmp, path):
            raise OSError(f"cannot write {uri}")

    def delete(self, uri: str) -> None:
        fs, path = self._fs(uri)
        fs.delete(path, True)


def _wanted(uri: str, spec: str) -> bool:
    """A listed file is an input when it was named itself, or has an input suffix and is not hidden."""
    name = uri.rsplit("/", 1)[-1]
    return uri.rstrip("/") == spec.rstrip("/") or (
        not name.startswith((".", "_")) and name.lower().endswith(_INPUT_SUFFIXES))


def list_inputs(spark: Any, specs: Sequence[str]) -> tuple[list[InputFile], list[str]]:
    """The input files named by ``specs`` (each once) and one error line per spec naming none."""
    files: dict[str, InputFile] = {}
    errors: list[str] = []
    hadoop = _Hadoop(spark)
    for spec in specs:
        if _has_scheme(spec):
            found = hadoop.files(spec)
            if isinstance(found, InputError):
                errors.append(str(found))
                continue
            for item in found:
                files.setdefault(file_key(item.uri), item)
            continue
        for path in expand_paths([spec]):
            if isinstance(path, InputError):
                errors.append(str(path))
            elif path == "-":
                errors.append("-: a Spark job cannot read stdin; use khabar analyze")
            else:
                absolute = os.path.abspath(path)
                files.setdefault(file_key(absolute), InputFile("file://" + absolute, path, os.path.getsize(path)))
    return list(files.values()), errors


def plan_batches(files: Sequence[InputFile], batch_bytes: int) -> list[list[InputFile]]:
    """Consecutive files grouped into batches of about ``batch_bytes`` (a bigger file is alone)."""
    batches: list[list[InputFile]] = []
    size = 0
    for item in files:
        if not batches or size + item.size > batch_bytes:
            batches.append([])
            size = 0
        batches[-1].append(item)
        size += item.size
    return batches


def batch_id(files: Sequence[InputFile]) -> str:
    return hashlib.sha1("\n".join(f.uri for f in files).encode("utf-8")).hexdigest()[:16]


def _out_uri(out: str) -> str:
    return out.rstrip("/") if _has_scheme(out) else "file://" + os.path.abspath(out)


def _markers(hadoop: _Hadoop, out: str) -> dict[str, dict[str, Any]]:
    """The markers of finished batches in ``out``, by batch id."""
    names = [n for n in hadoop.names(f"{out}/{DONE}") if n.endswith(".json")]
    return {n[:-len(".json")]: json.loads(hadoop.read_text(f"{out}/{DONE}/{n}")) for n in names}


def _check_stages(markers: Mapping[str, dict[str, Any]], stages: list[str], out: str) -> None:
    for marker in markers.values():
        if marker["stages"] != stages:
            raise SparkJobError(f"{out} holds a run of stages {','.join(marker['stages'])}, not "
                                f"{','.join(stages)}; write to another folder")


def _run_batch(spark: Any, out: str, files: list[InputFile], stages: list[str], partitions: int) -> dict[str, Any]:
    """Analyse one batch into ``out/articles/<batch>``; returns its marker (not yet written)."""
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    started = time.monotonic()
    bid = batch_id(files)
    names = {file_key(f.uri): f.path for f in files}
    raw = spark.read.format("binaryFile").load([_glob_escaped(f.uri) for f in files]).select("path", "content")
    items = raw.mapInArrow(partial(read_files, names=names), from_arrow_schema(ITEM_SCHEMA))
    rows = (items.repartition(partitions)
            .mapInArrow(partial(analyse_items, stages=stages), from_arrow_schema(ANALYSED_SCHEMA))
            .persist())
    # FAILFAST: JSON that does not fit the schema stops the job rather than becoming nulls.
    nested = F.from_json(ARTICLE, from_arrow_schema(article_arrow_schema()), {"mode": "FAILFAST"})
    try:
        (rows.filter(F.col(ERROR).isNull()).select(nested.alias(ARTICLE)).select(f"{ARTICLE}.*")
         .write.mode("overwrite").parquet(f"{out}/{ARTICLES}/{bid}"))
        counts = rows.select(F.count(F.when(F.col(ERROR).isNull(), 1)).alias("articles"),
                             F.collect_list(ERROR).alias("errors")).first()
    finally:
        rows.unpersist()
    return {"batch": bid, "inputs": [f.uri for f in files], "articles": counts["articles"],
            "errors": sorted(counts["errors"]), "stages": stages, "khabar": __version__,
            "seconds": round(time.monotonic() - started, 3)}


def write_marker(hadoop: _Hadoop, out: str, marker: dict[str, Any]) -> None:
    """Mark a batch done: from here on a rerun skips its files."""
    hadoop.write_text(f"{out}/{DONE}/{marker['batch']}.json", json.dumps(marker, ensure_ascii=False, indent=1))


def _drop_unfinished(hadoop: _Hadoop, out: str, done: Mapping[str, Any]) -> None:
    """Delete batch folders without a marker: jobs cut short, about to be redone."""
    for name in hadoop.names(f"{out}/{ARTICLES}"):
        if name not in done:
            hadoop.delete(f"{out}/{ARTICLES}/{name}")


def _analyse(spark: Any, specs: Sequence[str], report: SparkReport, stages: list[str],
             partitions: int | None, batch_bytes: int) -> None:
    hadoop = _Hadoop(spark)
    out = _out_uri(report.out)
    files, report.errors = list_inputs(spark, specs)
    done = _markers(hadoop, out)
    _check_stages(done, stages, report.out)
    finished = {uri for marker in done.values() for uri in marker["inputs"]}
    todo = [f for f in files if f.uri not in finished]
    report.skipped = len(files) - len(todo)
    _drop_unfinished(hadoop, out, done)
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(ARROW_RECORDS))
    partitions = partitions or 2 * spark.sparkContext.defaultParallelism
    for batch in plan_batches(todo, batch_bytes):
        marker = _run_batch(spark, out, batch, stages, partitions)
        write_marker(hadoop, out, marker)
        report.batches += 1
        report.files += len(batch)
        report.articles += marker["articles"]
        report.job_seconds += marker["seconds"]
        report.errors += marker["errors"]


def analyze_to_parquet(inputs: Sequence[str], out: str, master: str = DEFAULT_MASTER,
                       stages: Sequence[str] | None = None, partitions: int | None = None,
                       batch_bytes: int = DEFAULT_BATCH_BYTES, spark: Any = None) -> SparkReport:
    """Analyse every input file with Spark into the Parquet folder ``out`` (resuming a run cut short).

    ``inputs`` are paths, folders and globs (local, or URIs Hadoop reads such as ``s3a://``);
    ``stages`` selects pipeline stages (all by default; their dependencies are added).  The
    ``spark`` session given, else the active one, is used and left running; otherwise one is
    started on ``master`` and stopped at the end.  ``partitions`` (default twice the cores) is how
    many tasks share each batch.  One run per ``out`` at a time: a run deletes unfinished batches.
    """
    from pyspark.sql import SparkSession

    started = time.monotonic()
    names = [s.name for s in resolve_stages(stages)]
    report = SparkReport(out=out)
    given = spark or SparkSession.getActiveSession()
    session = given or spark_session(master, stages=names)
    try:
        _analyse(session, inputs, report, names, partitions, batch_bytes)
    finally:
        if given is None:
            session.stop()
    report.seconds = time.monotonic() - started
    return report
