"""Place figures on the annotated corpus mentions (bench/data/places_table.tsv).

    .venv/bin/python bench/bench_places.py

The table holds record id, mention text and the expected country / coordinates (coordinates only
where a city or other point is meant); the records are read from ../shared/corpora.  Last, the
stage's own speed on ../shared/corpora/ant_multisource.jsonl.gz (entities run beforehand, untimed).
"""

from __future__ import annotations

import csv
import json
import math
import statistics
import time
from collections import defaultdict
from pathlib import Path

from corpus_lines import CORPORA, lines_by_id
from khabar.ingest.records import article_from_record
from khabar.pipeline import build_pipeline
from stage_speed import print_stage_speed

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "bench" / "data" / "places_table.tsv"


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def main() -> None:
    if not CORPORA.exists():
        print("places: skipped (../shared/corpora absent)")
        return
    rows = list(csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t"))
    by_record = defaultdict(list)
    for row in rows:
        by_record[row["record"]].append(row)
    lines = lines_by_id(set(by_record))
    pipe = build_pipeline(["places"])
    found = right = 0
    errors: list[float] = []
    misses = []
    t0 = time.perf_counter()
    for rid, wanted in by_record.items():
        article = pipe(article_from_record(json.loads(lines[rid]), lines[rid]))
        for row in wanted:
            place = next((p for p in article.places if p.text == row["mention"]), None)
            if place is None:
                misses.append((rid, row["mention"], "not found"))
                continue
            found += 1
            right += (place.country or "") == row["country"]
            if (place.country or "") != row["country"]:
                misses.append((rid, row["mention"], f"{place.country} != {row['country']}"))
            if row["lat"] and place.lat is not None:
                errors.append(haversine(float(row["lat"]), float(row["lon"]), place.lat, place.lon))
                if errors[-1] > 25:
                    misses.append((rid, row["mention"], f"{errors[-1]:.0f} km off ({place.name})"))
    elapsed = time.perf_counter() - t0
    n = len(rows)
    median = statistics.median(errors) if errors else float("nan")
    within = sum(e <= 25 for e in errors) / len(errors) if errors else float("nan")
    print(f"places table: {n} mentions in {len(by_record)} records  found {found / n:.3f}"
          f"  country accuracy {right / max(found, 1):.3f} ({right}/{found})"
          f"  median error {median:.1f} km, {within:.3f} within 25 km, max {max(errors, default=0):.0f} km"
          f" over {len(errors)} points"
          f"  ({len(by_record) / elapsed:.1f} articles/s with entities)")
    for miss in misses:
        print("  miss:", *miss, sep="\t")


if __name__ == "__main__":
    main()
    print_stage_speed("places", ["structure", "arabic", "entities"])
