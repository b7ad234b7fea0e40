"""The store's summary figures (khabar.store.stats), whole or of the articles the filters keep."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.search import QueryError, SearchFilters, sync_index
from khabar.store import Store
from khabar.store.stats import compute_stats


@pytest.fixture
def conn(tmp_path: Path, article_factory):
    rows = (("a1", "2017-11-14", "ant/SkyNews"), ("a2", "2017-11-20", "ant/SkyNews"),
            ("a3", "2018-01-02", "saudinewsnet/alriyadh"))
    with Store(tmp_path / "s.db") as store:
        for aid, published, outlet in rows:
            store.put(article_factory(aid, published=published, outlet=outlet), ["structure"])
        sync_index(store.conn)  # the outlet and date filters read the search index's fields
        yield store.conn


@pytest.mark.parametrize("filters, articles, outlets, first, last", [
    (None, 3, [("ant/SkyNews", 2), ("saudinewsnet/alriyadh", 1)], "2017-11-14", "2018-01-02"),
    (SearchFilters(), 3, [("ant/SkyNews", 2), ("saudinewsnet/alriyadh", 1)], "2017-11-14", "2018-01-02"),
    (SearchFilters(outlet="alriyadh"), 1, [("saudinewsnet/alriyadh", 1)], "2018-01-02", "2018-01-02"),
    (SearchFilters(date_from="2017-11-15", date_to="2017-11"), 1, [("ant/SkyNews", 1)], "2017-11-20", "2017-11-20"),
    (SearchFilters(date_from="2019"), 0, [], None, None),
])
def test_the_filters_select_the_articles_counted(conn, filters, articles, outlets, first, last):
    s = compute_stats(conn, 10, filters)
    assert (s.articles, s.outlets, s.first_published, s.last_published) == (articles, outlets, first, last)


def test_the_facts_are_those_of_the_kept_articles(conn):
    whole, one = compute_stats(conn), compute_stats(conn, 10, SearchFilters(outlet="saudinewsnet/alriyadh"))
    for table, n in whole.counts.items():
        assert one.counts[table] * 3 == n  # the three articles hold the same facts
    assert [row[2] for row in whole.top_entities] == [3] * len(whole.top_entities)
    assert [row[2] for row in one.top_entities] == [1] * len(one.top_entities)
    assert one.top_speakers == [(name, n // 3) for name, n in whole.top_speakers]
    assert compute_stats(conn, 10, SearchFilters(date_from="2019")).counts == dict.fromkeys(whole.counts, 0)


def test_a_bad_filter_is_a_query_error(conn):
    with pytest.raises(QueryError, match="after date_to"):
        compute_stats(conn, 10, SearchFilters(date_from="2019", date_to="2018"))


def test_a_paper_stored_by_its_printed_name_and_its_path_is_one_outlet(tmp_path, article_factory):
    rows = (("p1", "عين اليوم"), ("p2", "عين اليوم"), ("p3", "saudinewsnet/3alyoum"), ("p4", "ant/SkyNews"),
            ("p5", "saudinewsnet/okaz"))
    with Store(tmp_path / "p.db") as store:
        for aid, outlet in rows:
            store.put(article_factory(aid, published="2018-01-02", outlet=outlet), ["structure"])
        sync_index(store.conn)
        outlets = compute_stats(store.conn).outlets
    assert outlets == [("عين اليوم", 3), ("ant/SkyNews", 1), ("saudinewsnet/okaz", 1)]


def test_without_leaders_the_top_lists_are_not_read(conn):
    """The stats page shows its own speaker tables: it asks for the counts only."""
    whole, bare = compute_stats(conn), compute_stats(conn, leaders=False)
    assert whole.top_entities and whole.top_speakers
    assert (bare.top_entities, bare.top_speakers) == ([], [])
    assert (bare.articles, bare.counts, bare.outlets) == (whole.articles, whole.counts, whole.outlets)
