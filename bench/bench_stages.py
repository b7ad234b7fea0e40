"""Where a full-pipeline run spends its time: CPU milliseconds per article of every stage, and of
writing the JSON line, over ant_multisource records analysed once each.

Every record goes through the whole pipeline once, as in ``khabar analyze`` and bench_scale.py
(the word caches start empty, so their misses count, as in a real run; in chunks analysed stage by
stage, as a run's workers do), after the resources are
loaded and frozen by the same warm-up.  Each run prints one line; the machine's cores are
shared, so it runs ``--repeat`` times and prints the fastest figure per stage as well.

``--warm`` analyses the same records a second time in each process, its word caches then full, and
prints that pass too: what is left when no word type is new, the most any per-word cache could
save (the first pass minus this one).

    .venv/bin/python bench/bench_stages.py [--limit N] [--repeat R] [--warm]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import multiprocessing
import sys
import time
from pathlib import Path

from khabar.ingest.records import article_from_record
from khabar.parallel import ParallelAnalysis, chunked, json_line

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "ant_multisource.jsonl.gz"


def records(limit: int) -> list[str]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        return list(itertools.islice(fh, limit))


def stage_times(lines: list[str], passes: int = 1) -> list[tuple[int, dict[str, float]]]:
    """(articles, CPU seconds per stage and for the JSON line) over ``lines`` of each of ``passes``
    passes over them, in this process (the later ones find every word type cached)."""
    runner = ParallelAnalysis()
    runner.warm_up()
    return [_pass_times(runner, lines) for _ in range(passes)]


def _pass_times(runner: ParallelAnalysis, lines: list[str]) -> tuple[int, dict[str, float]]:
    """As a run analyses them: in chunks of ``runner.chunk_size`` articles, each stage over the
    whole chunk before the next (:func:`khabar.analysis.analyze_batch`)."""
    pipeline = runner.pipeline
    spent = dict.fromkeys([*pipeline.names, "json"], 0.0)
    done = 0
    for chunk in chunked(lines, runner.chunk_size):
        articles = []
        for line in chunk:
            try:
                articles.append(article_from_record(json.loads(line), line))
            except ValueError:
                continue  # a record without text
        for name, (run, options) in zip(pipeline.names, pipeline.runners, strict=True):
            start = time.process_time()
            articles = [run(article, options) for article in articles]
            spent[name] += time.process_time() - start
        for article in articles:
            article.annotations["stages"] = pipeline.names
        start = time.process_time()
        for article in articles:
            json_line(article)
        spent["json"] += time.process_time() - start
        done += len(articles)
    return done, spent


def _line(done: int, spent: dict[str, float]) -> str:
    total = sum(spent.values())
    parts = " ".join(f"{name} {1000 * seconds / done:.3f}" for name, seconds in spent.items())
    return f"{parts} | total {1000 * total / done:.2f} ms = {done / total:.0f} articles per CPU-second"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="first N records (default 1000)")
    parser.add_argument("--repeat", type=int, default=2, help="runs, each in a fresh process")
    parser.add_argument("--warm", action="store_true", help="also a second pass over the records, caches full")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found")
        return 0
    lines = records(args.limit)
    print(f"CPU ms per article by stage, {args.limit:,} ant_multisource records, each run in a fresh process:")
    best: dict[str, float] = {}
    best_warm: dict[str, float] = {}
    done = 0
    for _ in range(args.repeat):
        # a fresh process per run: no run starts with the word caches an earlier one filled
        with multiprocessing.get_context("fork").Pool(1) as pool:
            (done, spent), *warm = pool.apply(stage_times, (lines, 2 if args.warm else 1))
        print("  " + _line(done, spent))
        best = {name: min(best.get(name, seconds), seconds) for name, seconds in spent.items()}
        for done, spent in warm:
            print("  second pass, caches full: " + _line(done, spent))
            best_warm = {name: min(best_warm.get(name, seconds), seconds) for name, seconds in spent.items()}
    print("  fastest per stage: " + _line(done, best))
    if best_warm:
        print("  fastest per stage, second pass: " + _line(done, best_warm))
    return 0


if __name__ == "__main__":
    sys.exit(main())
