"""Analysis at scale with Apache Spark, written as Parquet, and loaded back into the store.

:func:`analyze_to_parquet` (``khabar spark analyze``) reads text dumps, JSON Lines, HTML, WARC and
feed files (``.gz`` too) from local or object-store paths, analyses them on every executor core
with the same readers and pipeline as ``khabar analyze``, and writes one Parquet row per article
with the analyze object as nested columns; a run cut short resumes where it stopped.
:func:`load_parquet` (``khabar load``) stores such output, without Spark.

The Spark side needs the ``spark`` extra (``pip install 'khabar[spark]'``) and Java; pyspark is
imported only when a job runs.
"""

from khabar.batch.load import LoadReport, load_parquet
from khabar.batch.spark import SparkReport, analyze_to_parquet

__all__ = ["LoadReport", "SparkReport", "analyze_to_parquet", "load_parquet"]
