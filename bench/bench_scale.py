"""Scale bench: full-pipeline throughput on ant_multisource at 1 and 2 workers, and with Spark local[2].

In one run over the same records of ../shared/corpora/ant_multisource.jsonl.gz (default all 19,898;
``--limit N`` for a quick run) it times:

* the full pipeline (every stage, JSON line made in the worker) through ``khabar.parallel`` — the
  code ``khabar analyze --workers N`` runs — at 1 worker (in-process) and 2 workers (a pool):
  wall-clock articles/s, articles/s per core (wall rate / workers), articles per CPU-second (this
  process and its workers), the 2-worker speedup, and the peak resident memory of each worker
  (``ru_maxrss``, shared pages included) with its private memory (``Private_*`` of
  /proc/self/smaps_rollup, sampled);
* farasa segmentation alone (``segmentLine`` without its run-time cache, as bench_arabic.py times it)
  over the title and text of the same records, in articles per CPU-second, and the ratio of the
  full pipeline's per-core rate to it;
* ``khabar.batch.spark.analyze_to_parquet`` on Spark ``local[2]`` when pyspark and that function
  are installed (session start and the workers' warm-up timed apart), else a 'skipped' line.

Resources are loaded before the clock starts, once, in the bench process; each run forks from it
(the 1-worker run analyses in one forked process, the 2-worker run's pool forks its two), so no run
inherits caches that an earlier run filled on the same articles.  The machine's two cores are shared with other jobs,
so wall-clock rates and the speedup move with the load average (printed before and after).

    .venv/bin/python bench/bench_scale.py [--limit N] [--repeat R] [--skip-farasa] [--skip-spark]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import multiprocessing
import os
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from khabar.ingest import InputError, iter_inputs
from khabar.model import Article
from khabar.parallel import ParallelAnalysis, json_line

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpora" / "ant_multisource.jsonl.gz"
#: Targets of issue 10.
TARGET_PER_CORE, TARGET_SPEEDUP, TARGET_FARASA_RATIO = 500, 1.7, 10
#: How often a worker samples its private memory (reading smaps_rollup takes about a millisecond).
SAMPLE_EVERY = 100
_analysed: dict[int, int] = {}  # articles analysed so far, per process


def _private_kb() -> int | None:
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as fh:
            return sum(int(line.split()[1]) for line in fh if line.startswith("Private_"))
    except OSError:
        return None


def measured_line(article: Article) -> tuple[str, str, int, int, int | None]:
    """The ``finish`` step of the bench: the JSON line, plus the worker's pid and memory."""
    pid = os.getpid()
    _analysed[pid] = _analysed.get(pid, 0) + 1
    article_id, line = json_line(article)
    private = _private_kb() if _analysed[pid] % SAMPLE_EVERY == 1 else None
    return article_id, line, pid, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, private


@dataclass
class Run:
    workers: int
    articles: int = 0
    errors: int = 0
    load_seconds: float = 0.0
    wall: float = 0.0
    cpu: float = 0.0  # this process and its workers
    parent_cpu: float = 0.0  # this process alone (reading inputs, collecting results)
    peak_kb: dict[int, int] = field(default_factory=dict)  # per worker pid
    private_kb: dict[int, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.articles / self.wall

    @property
    def per_core(self) -> float:
        return self.rate / self.workers

    @property
    def per_cpu_second(self) -> float:
        return self.articles / self.cpu


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_pipeline(path: str, workers: int, chunk_size: int) -> Run:
    run = Run(workers)
    started = time.perf_counter()
    runner = ParallelAnalysis(workers=workers, finish=measured_line, chunk_size=chunk_size)
    if workers == 1:
        runner.warm_up()  # a pool warms up (and forks) on entering the context
    with runner:
        run.load_seconds = time.perf_counter() - started
        own0, children0 = _cpu_seconds(resource.RUSAGE_SELF), _cpu_seconds(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        for item in runner.map(iter_inputs([path])):
            if isinstance(item, InputError):
                run.errors += 1
                continue
            _, _, pid, peak, private = item
            run.articles += 1
            run.peak_kb[pid] = max(peak, run.peak_kb.get(pid, 0))
            if private is not None:
                run.private_kb[pid] = max(private, run.private_kb.get(pid, 0))
        run.wall = time.perf_counter() - t0
    run.parent_cpu = _cpu_seconds(resource.RUSAGE_SELF) - own0
    # The pool's workers are reaped on leaving the context, so their time is counted by now.
    run.cpu = run.parent_cpu + _cpu_seconds(resource.RUSAGE_CHILDREN) - children0
    return run


def run_isolated(path: str, workers: int, chunk_size: int) -> Run:
    """:func:`run_pipeline` in a process forked from this one, whose caches only hold the warm-up:
    every run starts from the same state, whatever ran before it on the same articles."""
    if workers > 1:
        return run_pipeline(path, workers, chunk_size)  # the pool is forked from here already
    with multiprocessing.get_context("fork").Pool(1) as pool:
        return pool.apply(run_pipeline, (path, workers, chunk_size))


def best_of(path: str, workers: int, chunk_size: int, repeat: int) -> Run:
    return max((run_isolated(path, workers, chunk_size) for _ in range(repeat)), key=lambda r: r.rate)


def print_run(run: Run) -> None:
    print(f"  {run.workers} worker{'s' if run.workers > 1 else ' '}: {run.articles:,} articles in {run.wall:7.1f} s"
          f" = {run.rate:7.1f} articles/s, {run.per_core:7.1f} articles/s per core"
          f" ({run.per_cpu_second:.1f} per CPU-second); {run.errors} input errors; load {run.load_seconds:.1f} s")
    if run.workers > 1:
        print(f"      parent (reads inputs, collects results): {run.parent_cpu / run.cpu:.1%} of the CPU time")
    for pid, peak in sorted(run.peak_kb.items()):
        private = run.private_kb.get(pid)
        extra = f", private {private / 1024:.0f} MB" if private else ""
        print(f"      worker pid {pid}: peak RSS {peak / 1024:.0f} MB{extra}")


def farasa_rate(path: str) -> tuple[int, float]:
    """(articles, articles per CPU-second) of farasa segmentation alone over title + text."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_arabic import farasa_uncached

    segment = farasa_uncached()
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if isinstance(record.get("text"), str) and record["text"].strip():
                texts.append(f"{record.get('title') or ''}\n{record['text']}")
    segment("تحميل الجداول")  # load farasa's tables before the clock
    start = time.process_time()
    for text in texts:
        segment(text)
    return len(texts), len(texts) / (time.process_time() - start)


def spark_line(path: str) -> None:
    try:
        import pyspark  # noqa: F401

        from khabar.batch.spark import analyze_to_parquet, spark_session, warm_workers
    except ImportError as exc:
        print(f"  Spark local[2]: skipped ({exc})")
        return
    out = tempfile.mkdtemp(prefix="khabar-bench-spark-")
    try:
        started = time.perf_counter()
        session = spark_session("local[2]")
        start_seconds = time.perf_counter() - started
        try:
            warm_seconds = warm_workers(session)  # the executor loads the pipeline before the clock
            report = analyze_to_parquet([path], os.path.join(out, "parquet"), spark=session)
        finally:
            session.stop()
        print(f"  Spark local[2]: {report.articles:,} articles in {report.seconds:.1f} s = {report.rate:.1f}"
              f" articles/s ({report.rate / 2:.1f} per core), {len(report.errors)} errors;"
              f" session start {start_seconds:.1f} s and worker warm-up {warm_seconds:.1f} s not included")
    except Exception as exc:  # a bench reports a broken job rather than stopping before the other figures
        print(f"  Spark local[2]: failed ({exc.__class__.__name__}: {exc})")
    finally:
        shutil.rmtree(out, ignore_errors=True)


def limited_copy(limit: int, folder: str) -> str:
    """The first ``limit`` corpus records as a JSON Lines file in ``folder`` (outside the repo)."""
    path = os.path.join(folder, f"ant_multisource_{limit}.jsonl")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, limit))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N records (default: all 19,898)")
    parser.add_argument("--chunk-size", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=1, help="runs per worker count; the fastest is shown")
    parser.add_argument("--skip-farasa", action="store_true")
    parser.add_argument("--skip-spark", action="store_true")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found")
        return 0
    with tempfile.TemporaryDirectory(prefix="khabar-bench-scale-") as tmp:
        path = limited_copy(args.limit, tmp) if args.limit else str(CORPUS)
        print(f"scale bench on {path} (load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores)")
        ParallelAnalysis().warm_up()  # loaded once here; every run below forks from this state
        one, two = (best_of(path, n, args.chunk_size, args.repeat) for n in (1, 2))
        print_run(one)
        print_run(two)
        print(f"  2-worker speedup (wall): {two.rate / one.rate:.2f}x (target >= {TARGET_SPEEDUP}x)")
        efficiency = two.per_cpu_second / one.per_cpu_second
        print(f"  2-worker work per CPU-second vs 1 worker: {efficiency:.2f} (on two idle cores the speedup would be"
              f" about 2 x this = {2 * efficiency:.2f}x; the wall figure above depends on the load)")
        print(f"  per core: {one.per_cpu_second:.1f} articles per CPU-second, {one.per_core:.1f} articles/s wall"
              f" at 1 worker (target >= {TARGET_PER_CORE}; wall rates shrink when other jobs share the cores)")
        if not args.skip_farasa:
            n, farasa = farasa_rate(path)
            print(f"  farasa segmentation alone: {n:,} articles at {farasa:.1f} articles per CPU-second")
            print(f"  full pipeline / farasa alone = {one.per_cpu_second / farasa:.2f}x per CPU-second, "
                  f"{one.per_core / farasa:.2f}x wall per core (target >= {TARGET_FARASA_RATIO}x)")
        if not args.skip_spark:
            spark_line(path)
        print(f"  load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
