"""The place filter's reading of a place named with its country (khabar.search.filters)."""

import sqlite3
import time

import pytest

from khabar.search.filters import place_in_country


@pytest.fixture
def conn():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE places (name TEXT, name_ar TEXT, country TEXT, feature TEXT)")
    db.execute("INSERT INTO places VALUES ('Lebanon', 'لبنان', 'LB', 'country')")
    yield db
    db.close()


@pytest.mark.parametrize("value, expected", [
    ("Tripoli, LB", ("Tripoli", ["LB"])),
    ("طرابلس ، لبنان ", ("طرابلس", ["LB"])),  # an Arabic comma, spaces around it
    ("Washington, D.C.", None),  # the part after the comma names no country: read whole
    ("Tripoli", None), ("Tripoli, LB, LY", None), (", LB", None),
])
def test_a_place_named_with_its_country(conn, value, expected):
    assert place_in_country(conn, value) == expected


def test_a_long_run_of_spaces_is_read_in_linear_time(conn):
    start = time.perf_counter()
    assert place_in_country(conn, "a" + " " * 60_000 + "b") is None
    assert time.perf_counter() - start < 1  # was ~25 s: a lazy part before \s* backtracked
