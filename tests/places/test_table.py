"""The annotated place mentions (bench/data/places_table.tsv) are well formed; the bench scores them."""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

TABLE = Path(__file__).resolve().parents[2] / "bench" / "data" / "places_table.tsv"


def test_place_table_has_200_wellformed_rows() -> None:
    rows = list(csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t"))
    assert len(rows) >= 200
    for row in rows:
        assert row["record"] and row["mention"]
        assert not row["country"] or pycountry.countries.get(alpha_2=row["country"]) is not None
        if row["lat"]:
            assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
