"""What Spark tasks run: Arrow record batches in, Arrow record batches out.

Free of pyspark (only pyarrow), so it is importable and testable without Spark.  Two steps:

1. :func:`read_files`: rows of Spark's ``binaryFile`` source (``path``, ``content``) become one row
   per article or input error, the item pickled (the rows are then spread over the cluster, so one
   big file is analysed by every core).
2. :func:`analyse_items`: each item is analysed by a pipeline built once per Python worker (Spark
   reuses its workers, so lexicons and models load once per executor core, not once per task; with
   :mod:`khabar.batch.daemon` once per executor) and becomes an ``ARTICLE`` (the analyze object with
   its raw input, as JSON) or an ``ERROR`` line.  JSON, because Spark parses it into the nested
   columns far faster than pyarrow builds nested arrays from Python objects.
"""

from __future__ import annotations

import json
import os
import pickle
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

import pyarrow as pa

from khabar.analysis import analyze_batch
from khabar.batch.read import items_from_bytes
from khabar.ingest import InputError
from khabar.ingest.records import first_of_each_id
from khabar.model import Article
from khabar.parallel import DEFAULT_CHUNK_SIZE, chunked, warm_up_articles
from khabar.pipeline import STAGE_NAMES, Pipeline, build_pipeline, resolve_stages

#: The columns of analysed items: the article as JSON, or (only) the error of an item that failed.
ARTICLE, ERROR = "article", "error"
#: Rows per Arrow batch handed back to Spark (an article row with its raw page is a few kB).
BATCH_ROWS = 64
ITEM_SCHEMA = pa.schema([pa.field("item", pa.binary())])
ANALYSED_SCHEMA = pa.schema([pa.field(ARTICLE, pa.string()), pa.field(ERROR, pa.string())])
#: The stages a Spark executor's daemon loads before forking its workers (see khabar.batch.daemon).
WARM_STAGES_ENV = "KHABAR_WARM_STAGES"

_PIPELINES: dict[tuple[str, ...] | None, Pipeline] = {}


def file_key(uri: str) -> str:
    """One spelling per file: ``file:/a/b``, ``file:///a/b`` and ``/a/b`` are all ``/a/b``.

    Hadoop names files unescaped (``file:/a/b c``), so nothing is percent-decoded.
    """
    if uri.startswith("file:"):
        return os.path.normpath(re.sub(r"^file:(//)?", "", uri))
    return uri if "://" in uri else os.path.normpath(os.path.abspath(uri))


def pipeline_for(stages: Sequence[str] | None) -> Pipeline:
    """The pipeline of ``stages``, built once per process."""
    key = tuple(stages) if stages is not None else None
    if key not in _PIPELINES:
        _PIPELINES[key] = build_pipeline(stages)
    return _PIPELINES[key]


def warm_up(stages: Sequence[str] | None = None) -> None:
    """Build the pipeline and analyse the warm-up page (as a page and as a record with a byline), so
    every lazily loaded resource is loaded.

    The stages are ``stages``, else those ``$KHABAR_WARM_STAGES`` names (comma-separated), else all.
    """
    if stages is None:
        named = os.environ.get(WARM_STAGES_ENV)
        stages = named.split(",") if named else list(STAGE_NAMES)
    pipeline = pipeline_for([s.name for s in resolve_stages(stages)])
    for article in warm_up_articles():
        pipeline(article)


def read_files(batches: Iterable[pa.RecordBatch], names: Mapping[str, str]) -> Iterator[pa.RecordBatch]:
    """Every article and input error of the files in ``batches``, one pickled item per row.

    ``names`` maps :func:`file_key` of a file to the path its articles name (as the user gave it).
    A second article with an id read before (in the task's files) is an error line, the first kept,
    as ``khabar analyze`` does (:func:`~khabar.ingest.records.first_of_each_id`).
    """
    def items() -> Iterator[Article | InputError]:
        for batch in batches:
            for uri, content in zip(batch.column("path").to_pylist(), batch.column("content").to_pylist(),
                                    strict=True):
                yield from items_from_bytes(names.get(file_key(uri), uri), content)

    pickled = (pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL) for item in first_of_each_id(items()))
    for chunk in chunked(pickled, BATCH_ROWS):
        yield pa.RecordBatch.from_pydict({"item": chunk}, schema=ITEM_SCHEMA)


def analysed_rows(items: list[Article | InputError], pipeline: Pipeline) -> list[dict[str, str | None]]:
    """The output row of each read item: the analysed article as JSON, or only its error.  The
    articles are analysed together, stage by stage (:func:`khabar.analysis.analyze_batch`), as the
    local runner's workers do: faster, with the same results."""
    return [_row(result) for result in analyze_batch(items, pipeline)]


def _row(result: Article | InputError) -> dict[str, str | None]:
    if isinstance(result, InputError):
        return {ARTICLE: None, ERROR: str(result)}
    return {ARTICLE: json.dumps(result.to_dict(include_raw=True), ensure_ascii=False), ERROR: None}


def analyse_items(batches: Iterable[pa.RecordBatch], stages: Sequence[str] | None) -> Iterator[pa.RecordBatch]:
    """Output rows (see :data:`ANALYSED_SCHEMA`) of the pickled items in ``batches``."""
    pipeline = pipeline_for(stages)

    def rows() -> Iterator[dict[str, str | None]]:
        for batch in batches:
            blobs = batch.column("item").to_pylist()
            for chunk in chunked(blobs, DEFAULT_CHUNK_SIZE):
                yield from analysed_rows([pickle.loads(blob) for blob in chunk], pipeline)

    for chunk in chunked(rows(), BATCH_ROWS):
        yield pa.RecordBatch.from_pylist(chunk, schema=ANALYSED_SCHEMA)
