"""Spark's Python daemon with the khabar pipeline loaded first, so the workers it forks start warm.

Spark starts one daemon per executor and forks every Python worker from it.  With
``spark.python.daemon.module=khabar.batch.daemon`` (what :func:`khabar.batch.spark.spark_session`
sets; pass it with ``--conf`` to a cluster's spark-submit) the lexicons and models load once per
executor instead of once per worker, and no task waits for them.
"""

from __future__ import annotations

import contextlib
import sys

from pyspark import daemon

from khabar.batch.work import warm_up
from khabar.budget import AnalysisTimeout
from khabar.parallel import freeze_loaded

if __name__ == "__main__":
    # The daemon's stdout carries its port to the JVM: nothing else may be written there.
    with contextlib.redirect_stdout(sys.stderr):
        try:
            warm_up()
        except (Exception, AnalysisTimeout) as exc:  # a cold worker is slower, not wrong: still serve
            print(f"khabar: warm-up failed ({exc.__class__.__name__}: {exc})", file=sys.stderr)
    # The loaded models and lexicons live as long as the workers: keep them out of every collection
    # (fewer rescans, and the forked workers' copies of those pages stay shared).
    freeze_loaded()
    daemon.manager()
