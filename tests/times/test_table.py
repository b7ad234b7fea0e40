"""The annotated corpus table (bench/data/times_table.tsv): at least 97% of values right."""

from __future__ import annotations

import csv
from pathlib import Path

from khabar.times import analyse_text

TABLE = Path(__file__).resolve().parents[2] / "bench" / "data" / "times_table.tsv"


def test_table_has_at_least_150_expressions_and_97_percent_right() -> None:
    rows = list(csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t"))
    assert len(rows) >= 150
    right = 0
    for row in rows:
        values = [v for _, _, v in analyse_text(row["phrase"], row["published"])]
        right += bool(values) and values[0] == row["expected"]
    assert right / len(rows) >= 0.97
