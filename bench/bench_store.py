"""Store bench: ingest, re-ingest (idempotent) and export throughput on real records.

Reads N records (default 2,000) of ../shared/corpora/ant_multisource.jsonl.gz, analyses them with
the structure stage only (so the figure is the store's cost plus page structure, not NER), and
ingests them into a fresh temporary database; then ingests the same records again (every one must
come back ``unchanged``), exports the store as Parquet and JSON Lines, and re-analyses it from the
stored raw inputs.  Prints articles/s for each step and the database size.  Wall-clock times on a
shared machine: compare runs, not absolute values.

    .venv/bin/python bench/bench_store.py [--records N] [--stages structure]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

from khabar.analysis import analyze_inputs
from khabar.store import Store
from khabar.store.export import export

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpora" / "ant_multisource.jsonl.gz"


def _timed(label: str, n: int, fn):
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    print(f"{label:<28} {n:>6} articles {seconds:7.2f} s {n / seconds:9.0f} articles/s")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--stages", default="structure")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found")
        return 0
    stages = args.stages.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(sample, "w", encoding="utf-8") as out:
            out.writelines(itertools.islice(src, args.records))
        db = Path(tmp) / "bench.db"
        with Store(db) as store:
            first = _timed("analyse + ingest", args.records,
                           lambda: store.ingest(analyze_inputs([str(sample)], stages=stages), stages))
            again = _timed("re-ingest (unchanged)", args.records,
                           lambda: store.ingest(analyze_inputs([str(sample)], stages=stages), stages))
            _timed("export parquet", len(store), lambda: export(store, "parquet", str(Path(tmp) / "a.parquet")))
            _timed("export jsonl", len(store), lambda: export(store, "jsonl", str(Path(tmp) / "a.jsonl")))
            redo = _timed("reanalyse from raw", len(store), lambda: store.reanalyse(stages))
            print(f"added {first.added}, failed {first.failed}; re-ingest unchanged {again.unchanged} "
                  f"of {again.stored}; reanalyse unchanged {redo.unchanged}, failed {redo.failed}")
            print(f"database {os.path.getsize(db) / 1e6:.1f} MB for {len(store)} articles")
        ok = again.unchanged == again.stored and first.failed == 0
    print("idempotent re-ingest: " + ("yes" if ok else "NO"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
