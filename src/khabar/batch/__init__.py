"""Batch analysis over Apache Spark: many articles analysed in parallel, written as Parquet.

Needs the ``spark`` extra (``pip install 'khabar[spark]'``) and a Java runtime.  The driver expands
paths, folders and globs like ``khabar analyze``; Spark reads the files (``.gz`` included), and each
partition builds the pipeline once and analyses its articles with the same library calls as the
command line.  The output is the flat ``articles`` table of ``khabar export`` plus the full analysis
as a JSON string column.  Spark decodes input as UTF-8 (invalid bytes become U+FFFD).
"""

from khabar.batch.spark import BatchReport, run_batch

__all__ = ["BatchReport", "run_batch"]
