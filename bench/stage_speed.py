"""Articles per second of one stage alone: CPU time of that stage only, median of several runs.

The stages it needs run once beforehand; the timed stage then reruns over the same prepared
articles (it overwrites its own output, so reruns do the same work).  Shared by bench_times and
bench_places.
"""

from __future__ import annotations

import gzip
import json
import statistics
import time
from pathlib import Path

from khabar.ingest.records import article_from_record
from khabar.model import Article
from khabar.pipeline import build_pipeline

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ant_multisource.jsonl.gz"


def prepared_articles(before: list[str], n: int) -> list[Article]:
    """The first ``n`` corpus records run through the stages ``before``."""
    pipe = build_pipeline(before)
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            if len(out) == n:
                break
            try:
                out.append(pipe(article_from_record(json.loads(line), line)))
            except ValueError:
                continue  # a record without text
    return out


def stage_rate(stage: str, articles: list[Article], runs: int = 3) -> float:
    """Median articles/s (CPU time) of ``stage`` alone over ``articles``."""
    run, options = build_pipeline([stage]).runners[-1]
    run(articles[0], options)  # load lexicons and gazetteers outside the timing
    rates = []
    for _ in range(runs):
        t0 = time.process_time()
        for article in articles:
            run(article, options)
        rates.append(len(articles) / max(time.process_time() - t0, 1e-9))
    return statistics.median(rates)


def print_stage_speed(stage: str, before: list[str], n: int = 1000) -> None:
    if not CORPUS.exists():
        print(f"{stage} speed: skipped ({CORPUS} absent)")
        return
    articles = prepared_articles(before, n)
    rate = stage_rate(stage, articles)
    print(f"{stage} stage alone: {rate:.0f} articles/s (CPU time, median of 3 runs over {len(articles)}"
          f" ant_multisource records)")
