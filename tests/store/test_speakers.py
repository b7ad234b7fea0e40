"""Statements per speaker per month (khabar.store.speakers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.model import Quote, Ref
from khabar.search import QueryError, SearchFilters, sync_index
from khabar.store import Store
from khabar.store.speakers import speakers_by_month, speakers_by_outlet


@pytest.fixture
def conn(tmp_path: Path, article_factory):
    make_article = article_factory
    articles = [make_article(aid, published=published, outlet=outlet)
                for aid, published, outlet in (("a1", "2017-11-14", "ant/SkyNews"), ("a2", "2017-11-20", "ant/SkyNews"),
                                               ("a3", "2018-01-02", "saudinewsnet/alriyadh"))]
    unresolved = make_article("a4", published="2018-01-05", outlet="ant/SkyNews")
    unresolved.quotes = [Quote("قال", "direct", q.content, q.field, q.paragraph, q.start, q.end, speaker=Ref("المتحدث"))
                         for q in unresolved.quotes]  # words only: no entity
    undated = make_article("a5", published=None, outlet="ant/SkyNews")
    with Store(tmp_path / "s.db") as store:
        for article in (*articles, unresolved, undated):
            store.put(article, ["structure"])
        sync_index(store.conn)  # the outlet and date filters read the search index's fields
        yield store.conn


@pytest.mark.parametrize("filters, top, expected", [
    (None, 10, [("Q163828", 4, {"2017-11": 2, "2018-01": 1, "undated": 1}), ("المتحدث", 1, {"2018-01": 1})]),
    (None, 1, [("Q163828", 4, {"2017-11": 2, "2018-01": 1, "undated": 1})]),  # the top speakers only
    (SearchFilters(outlet="alriyadh"), 10, [("Q163828", 1, {"2018-01": 1})]),  # article filters apply
    (SearchFilters(date_from="2018"), 10, [("Q163828", 1, {"2018-01": 1}), ("المتحدث", 1, {"2018-01": 1})]),
    (SearchFilters(date_from="2019"), 10, []),
])
def test_quotations_are_counted_per_speaker_and_month(conn, filters, top, expected):
    table = speakers_by_month(conn, top, filters)
    assert [(i["speaker"], i["quotes"], i["months"]) for i in table["items"]] == expected
    assert table["months"] == sorted({m for *_, months in expected for m in months}, key=lambda m: (m == "undated", m))


def test_a_speaker_is_named_in_arabic_and_a_bad_date_is_refused(conn):
    assert speakers_by_month(conn)["items"][0]["name"] == "سيرغي لافروف"
    with pytest.raises(QueryError, match="after date_to"):
        speakers_by_month(conn, filters=SearchFilters(date_from="2018", date_to="2017"))


@pytest.mark.parametrize("filters, top, expected", [
    (None, 10, [("ant/SkyNews", 4, [("Q163828", 3), ("المتحدث", 1)]),  # most quotations first
                ("saudinewsnet/alriyadh", 1, [("Q163828", 1)])]),
    (None, 1, [("ant/SkyNews", 4, [("Q163828", 3)])]),  # the top outlets and the top speakers of each
    (SearchFilters(date_from="2018"), 10, [("ant/SkyNews", 1, [("المتحدث", 1)]),
                                           ("saudinewsnet/alriyadh", 1, [("Q163828", 1)])]),
    (SearchFilters(date_from="2019"), 10, []),
])
def test_each_outlets_most_quoted_speakers(conn, filters, top, expected):
    table = speakers_by_outlet(conn, top, filters)
    assert [(i["outlet"], i["quotes"], [(s["speaker"], s["quotes"]) for s in i["speakers"]])
            for i in table["items"]] == expected


def test_an_outlets_speaker_is_named_in_arabic_and_a_bad_date_is_refused(conn):
    assert speakers_by_outlet(conn)["items"][0]["speakers"][0]["name"] == "سيرغي لافروف"
    with pytest.raises(QueryError, match="after date_to"):
        speakers_by_outlet(conn, filters=SearchFilters(date_from="2018", date_to="2017"))


def test_the_quotations_of_articles_of_no_outlet_are_one_row_of_outlet_none(tmp_path, article_factory):
    with Store(tmp_path / "n.db") as store:
        for aid, outlet in (("a1", "ant/SkyNews"), ("a2", None), ("a3", None)):
            store.put(article_factory(aid, published="2018-01-02", outlet=outlet), ["structure"])
        sync_index(store.conn)
        table = speakers_by_outlet(store.conn)
    assert [(i["outlet"], i["quotes"]) for i in table["items"]] == [(None, 2), ("ant/SkyNews", 1)]


def test_a_paper_stored_by_its_printed_name_and_its_path_is_one_outlet_row(tmp_path, article_factory):
    # عين اليوم's quotations stored two ways: 2 under its printed name, 1 under its path; one row of 3
    rows = (("p1", "عين اليوم"), ("p2", "عين اليوم"), ("p3", "saudinewsnet/3alyoum"), ("p4", "ant/SkyNews"),
            ("p5", "ant/SkyNews"))
    with Store(tmp_path / "p.db") as store:
        for aid, outlet in rows:
            store.put(article_factory(aid, published="2018-01-02", outlet=outlet), ["structure"])
        sync_index(store.conn)
        table = speakers_by_outlet(store.conn)
        cut = speakers_by_outlet(store.conn, top=1)  # its path's row alone is past the cut: merged first
    assert [(i["outlet"], i["quotes"], [s["quotes"] for s in i["speakers"]]) for i in table["items"]] == [
        ("عين اليوم", 3, [3]), ("ant/SkyNews", 2, [2])]
    assert [(i["outlet"], i["quotes"]) for i in cut["items"]] == [("عين اليوم", 3)]
