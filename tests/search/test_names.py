import pytest

from khabar.model import Article, Entity, Mention, Source
from khabar.search import parse_query, search
from khabar.search.analyzer import term
from khabar.search.names import add_arabic_spellings, arabic_spellings, fold_name
from khabar.store import Store


def _article(aid: str, headline: str, names: list[tuple[str, str, str]]) -> Article:
    a = Article(id=aid, source=Source("jsonl"), raw=aid, published="2018-03-01", headline=headline, body=[headline])
    for i, (name, name_ar, surface) in enumerate(names):
        start = headline.index(surface)
        a.entities.append(Entity(f"e{i}", name, "PER", name_ar=name_ar,
                                 mentions=[Mention(surface, "headline", 0, start, start + len(surface))]))
    return a


@pytest.fixture
def conn(make_db):
    path = make_db([
        _article("p1", "بوتين يلتقي لافروف في موسكو", [("Vladimir Putin", "فلاديمير بوتين", "بوتين"),
                                                      ("Sergey Lavrov", "سيرغي لافروف", "لافروف")]),
        _article("p2", "حماس ترفض المبادرة", [("Hamas", "حماس", "حماس")]),
        _article("p3", "صفقة القرن على الطاولة", [("Trump peace plan", "صفقة القرن", "صفقة القرن")]),
        _article("p4", "مسيرة في تونس العاصمة ووقفة في صفاقس", []),  # no entity named Tunis or Sfax
    ])
    with Store(path) as store:
        yield store.conn


@pytest.mark.parametrize("word, spellings", [
    ("putin", [[term("بوتين")]]),  # aligned word of a two-word name
    ("lavrov", [[term("لافروف")]]),
    ("hamas", [[term("حماس")]]),  # a one-word name: the whole Arabic name
    ("trump", []),  # 3 Latin words, 2 Arabic: not aligned, nothing added
    ("put", []),  # part of a word is no match
    ("sfax", [[term("صفاقس")]]),  # no stored name: the big city's Arabic name (geonames)
])
def test_arabic_spellings_of_latin_words(conn, word, spellings):
    assert arabic_spellings(conn, word) == spellings


@pytest.mark.parametrize("query, ids", [
    ("Putin", {"p1"}),
    ("lavrov", {"p1"}),
    ("Putin موسكو", {"p1"}),
    ("Hamas", {"p2"}),
    ("Trump", set()),
    ("Macron", set()),
    ("Tunis", {"p4"}),  # a big city no entity is named: its Arabic names
    ("Sfax", {"p4"}),
    ("Police", set()),  # a Polish town too small to be looked up by its English name
])
def test_latin_names_find_arabic_articles(conn, query, ids):
    assert {h.article_id for h in search(conn, query).hits} == ids


def test_alternatives_are_or_ed_inside_one_group(conn):
    q = add_arabic_spellings(conn, parse_query("Putin موسكو"))
    assert q.fts() == f'("putin" OR "{term("بوتين")}") AND "{term("موسكو")}"'
    assert term("بوتين") in q.terms  # the snippet marks the Arabic spelling


@pytest.mark.parametrize("typed, stored", [
    ("اردوغان", "أردوغان"),  # hamza left out
    ("اسطنبول", "إسطنبول"),
    ("الحوثى", "الحوثي"),  # alif maqsura for ya
    ("المنامه", "المنامة"),  # ha for ta marbuta
    ("مُحَمَّد", "محمد"),  # vowel marks and shadda
    ("الرئيـــس", "الرئيس"),  # tatweel
])
def test_fold_name_makes_typed_and_stored_spellings_one(typed, stored):
    assert fold_name(typed) == fold_name(stored)


def test_fold_name_matches_the_sql_of_the_folded_indexes(conn):
    from khabar.search.schema import folded_sql

    text = "أإآٱىةـ مُحَمَّدٌ ٰ Latin"
    assert conn.execute(f"SELECT {folded_sql('?')}", (text,)).fetchone()[0] == fold_name(text)


@pytest.mark.parametrize("name, key", [
    ("لافروف", "PER:Sergey Lavrov"),  # words the article used
    ("سيرغى لافروف", "PER:Sergey Lavrov"),  # the Arabic name, ى for ي
    ("حَمَاس", "PER:Hamas"),
])
def test_named_keys_sql_finds_folded_arabic_names(conn, name, key):
    from khabar.search.keys import NAMED_KEYS_SQL, named_keys_params

    assert [r[0] for r in conn.execute(NAMED_KEYS_SQL, named_keys_params(name))] == [key]
