import sqlite3

import pytest

from khabar.model import Article, Entity, Mention, Place, Source
from khabar.search import QueryError, SearchFilters, facets, search
from khabar.store import Store


@pytest.fixture
def conn(sample_db):
    with Store(sample_db) as store:
        yield store.conn


@pytest.mark.parametrize("query, ids", [
    ("انسحاب", {"a1", "a2"}),
    ("للانسحاب", {"a1", "a2"}),
    ("الحكومة", {"a1"}),
    ("أميركا", {"a1"}),  # the text says أمريكا
    ("الأمريكية", {"a2"}),  # the text says الأميركية
    ('"الانسحاب من الحكومة"', {"a1"}),
    ('"الحكومة من الانسحاب"', set()),
    ("سوريا دمشق", {"a2"}),
    ("غائب", set()),
])
def test_search_finds_clitic_forms_variants_and_phrases(conn, query, ids):
    result = search(conn, query)
    assert {h.article_id for h in result.hits} == ids
    assert result.total == len(ids)


def test_headline_hits_rank_first(conn):
    hits = search(conn, "الحكومة الانسحاب").hits
    assert hits[0].article_id == "a1"
    assert search(conn, "سوريا").hits[0].score >= 0


@pytest.mark.parametrize("filters, ids", [
    (SearchFilters(outlet="CNN"), {"a2"}),
    (SearchFilters(date_from="2018-04"), {"a2"}),
    (SearchFilters(date_to="2018-03"), {"a1"}),
    (SearchFilters(date_from="2018-03-05", date_to="2018-03-05"), {"a1"}),
    (SearchFilters(entity="PER:Saad Hariri"), {"a1", "a2"}),
    (SearchFilters(entity="بيروت"), {"a1"}),
    (SearchFilters(entity="الحريري"), {"a1", "a2"}),  # words an article used for the entity
    (SearchFilters(speaker="Saad Hariri"), {"a1", "a2"}),
    (SearchFilters(speaker="سعد الحريري"), {"a1", "a2"}),  # a mention's words, not the quote's
    (SearchFilters(speaker="الحريري"), {"a1", "a2"}),
    (SearchFilters(speaker="Hariri"), {"a1", "a2"}),  # a Latin word of the English name, as /quotes takes it
    (SearchFilters(entity="Hariri"), {"a1", "a2"}),
    (SearchFilters(speaker="Hariris"), set()),
    (SearchFilters(place="SY"), {"a2"}),
    (SearchFilters(place="Beirut"), {"a1"}),
    (SearchFilters(category="RETREAT"), {"a1"}),
    (SearchFilters(category="retreat"), {"a1"}),  # PLOVER names typed in lower case
    (SearchFilters(category="08"), {"a1"}),
    (SearchFilters(category="19"), set()),
])
def test_filters(conn, filters, ids):
    assert {h.article_id for h in search(conn, "انسحاب", filters).hits} == ids


def test_snippet_marks_hits_in_the_original_text(conn):
    hit = search(conn, "دمشق").hits[0]
    snip = hit.snippet
    assert snip.field == "body" and snip.paragraph == 1
    unit = "ورحبت دمشق بالانسحاب."
    assert [unit[s:e] for s, e in snip.matches] == ["دمشق"]
    assert "<mark>دمشق</mark>" in snip.html()


def test_pagination_and_bad_pages(conn):
    assert len(search(conn, "انسحاب", limit=1).hits) == 1
    assert search(conn, "انسحاب", limit=1, offset=1).hits[0].article_id != search(conn, "انسحاب", limit=1).hits[0].article_id
    for kwargs in ({"limit": 0}, {"limit": 1000}, {"offset": -1}):
        with pytest.raises(QueryError):
            search(conn, "انسحاب", **kwargs)
    with pytest.raises(QueryError, match="date_from"):
        search(conn, "انسحاب", SearchFilters(date_from="yesterday"))


def test_facets_count_matching_articles(conn):
    f = facets(conn, "انسحاب")
    assert ("CNN", "CNN", 1) in f["outlet"]
    assert f["entity"][0][0] == "PER:Saad Hariri" and f["entity"][0][2] == 2
    assert {v for v, _, _ in f["place"]} == {"Beirut, LB", "Damascus, SY"}  # what the place filter takes for each
    assert f["speaker"] == [("PER:Saad Hariri", "سعد الحريري", 2)]


def test_facet_rows_of_one_name_are_told_apart(make_db):
    articles = []
    for aid, country, key in (("t1", "LY", "Government of Libya"), ("t2", "LB", "Government of Lebanon")):
        body = "قالت الحكومة في طرابلس"
        a = Article(id=aid, source=Source("text"), raw=aid, headline="خبر", body=[body])
        a.places = [Place("طرابلس", "body", 0, body.index("طرابلس"), len(body), name="Tripoli", name_ar="طرابلس",
                          country=country, lat=33.0, lon=13.0, feature="city")]
        a.entities = [Entity("e1", key, "ORG", name_ar="الحكومة", mentions=[Mention("الحكومة", "body", 0, 5, 12)])]
        articles.append(a)
    with Store(make_db(articles)) as store:
        f = facets(store.conn, "طرابلس")
        assert sorted(f["place"]) == [("Tripoli, LB", "طرابلس (LB)", 1), ("Tripoli, LY", "طرابلس (LY)", 1)]
        assert sorted(f["entity"]) == [("ORG:Government of Lebanon", "الحكومة (Government of Lebanon)", 1),
                                       ("ORG:Government of Libya", "الحكومة (Government of Libya)", 1)]
        assert {h.article_id for h in search(store.conn, "طرابلس", SearchFilters(place="Tripoli, LB")).hits} == {"t2"}


def test_the_day_facet_follows_a_story_day_by_day_over_a_month_or_less(conn, monkeypatch):
    assert facets(conn, "انسحاب")["day"] == [("2018-03-05", "2018-03-05", 1), ("2018-04-10", "2018-04-10", 1)]
    monkeypatch.setattr("khabar.search.engine.DAYS_SHOWN", 1)  # more days than shown: the months tell it
    assert facets(conn, "انسحاب")["day"] == []


def test_index_follows_replacement_and_deletion(sample_db):
    with Store(sample_db) as store:
        store.delete("a2")
        assert {h.article_id for h in search(store.conn, "انسحاب").hits} == {"a1"}
        article = store.get("a1")
        article.headline = "عنوان جديد عن التفاوض"
        store.put(article, ["structure"])
        assert search(store.conn, "التفاوض").total == 1
        assert search(store.conn, "الانسحاب").total == 1  # body still matches
        assert store.conn.execute("SELECT count(*) FROM search_doc").fetchone()[0] == 1


def test_read_only_connection_searches(sample_db):
    conn = sqlite3.connect(f"file:{sample_db}?mode=ro", uri=True)
    assert search(conn, "انسحاب").total == 2


def test_stems_conflate_suffixes(make_db):
    a = Article(id="s1", source=Source("text"), raw="s1", headline="خبر",
                body=["انتقد الوزير حكومته وقراراتها.", "وطالبوا بانسحابهم فورا."])
    db = make_db([a])
    with Store(db) as store:
        for query in ("حكومة", "الحكومات", "قرار", "انسحاب", '"حكومته وقراراتها"'):
            result = search(store.conn, query)
            assert [h.article_id for h in result.hits] == ["s1"], query
            assert result.hits[0].snippet.matches, query
        assert search(store.conn, "مدرسة").total == 0


def test_huge_result_sets_rank_headline_matches_first(make_db, monkeypatch):
    from khabar.search import engine

    articles = [Article(id=f"b{i}", source=Source("text"), raw=f"b{i}", headline="عنوان عادي",
                        body=["الانسحاب " * 5 + "نص"]) for i in range(4)]
    articles.append(Article(id="h", source=Source("text"), raw="h", headline="الانسحاب", body=["نص طويل " * 30]))
    with Store(make_db(articles)) as store:
        full = [h.article_id for h in search(store.conn, "انسحاب", snippets=False).hits]
        monkeypatch.setattr(engine, "TIERED_ABOVE", 2)
        tiered = [h.article_id for h in search(store.conn, "انسحاب", snippets=False).hits]
        pages = [h.article_id for off in range(5)
                 for h in search(store.conn, "انسحاب", limit=1, offset=off, snippets=False).hits]
    assert sorted(full) == sorted(tiered) == sorted(pages)
    assert tiered[0] == "h" and pages == tiered


@pytest.mark.parametrize("value", ["' OR '1'='1", "x'); DROP TABLE articles; --", '" OR 1=1 --', "CNN' --"])
@pytest.mark.parametrize("field", ["outlet", "entity", "speaker", "place"])
def test_filter_values_are_data_not_sql(conn, field, value):
    """Filters reach SQL as parameters: quotes and comment marks in them match nothing and break nothing."""
    assert search(conn, "انسحاب", SearchFilters(**{field: value})).hits == []
    assert {h.article_id for h in search(conn, "انسحاب").hits} == {"a1", "a2"}


@pytest.mark.parametrize("category", ["' OR '1'='1", "NOPE", "%", "1%", "retreats", "12345"])
def test_a_category_that_is_none_is_refused_naming_it(conn, category):
    with pytest.raises(QueryError, match="no event category: a PLOVER category .*RETREAT"):
        search(conn, "انسحاب", SearchFilters(category=category))


def test_a_country_named_as_place_keeps_articles_on_places_in_it(make_db):
    from khabar.model import Place

    def article(id_: str, text: str, place: Place) -> Article:
        a = Article(id=id_, source=Source("text"), raw=id_, headline="احتجاج", body=[text])
        a.places = [place]
        return a

    db = make_db([
        article("t1", "احتجاج في تونس", Place("تونس", "body", 0, 10, 14, name="Tunisia", name_ar="تونس",
                                            country="TN", feature="country")),
        article("t2", "احتجاج في القيروان", Place("القيروان", "body", 0, 10, 18, name="Kairouan",
                                                  name_ar="القيروان", country="TN", feature="city")),
        article("t3", "احتجاج في الجزائر", Place("الجزائر", "body", 0, 10, 17, name="Algeria", name_ar="الجزائر",
                                               country="DZ", feature="country")),
    ])
    with Store(db) as store:
        # the country's name in either script, in any case, or its code (as /events?actor= takes it)
        for place in ("Tunisia", "tunisia", "TUNISIA", "تونس", "TN"):
            assert {h.article_id for h in search(store.conn, "احتجاج", SearchFilters(place=place)).hits} == {
                "t1", "t2"}, place
        assert [h.article_id for h in search(store.conn, "احتجاج", SearchFilters(place="Kairouan")).hits] == ["t2"]
        # a big city in Latin letters that no place of the store is named: its Arabic names (تونس)
        assert [h.article_id for h in search(store.conn, "احتجاج", SearchFilters(place="Tunis")).hits] == ["t1"]
        assert search(store.conn, "احتجاج", SearchFilters(place="Tunisie")).hits == []



@pytest.mark.parametrize("typed", ["Sisi", "el-Sisi", "Fattah", "Abdel Fattah el-Sisi"])
def test_latin_words_of_hyphenated_english_names_find_the_entity(make_db, typed):
    from khabar.model import Entity, Mention
    from khabar.search.keys import named_keys

    a = Article(id="e1", source=Source("text"), raw="e1", headline="قال السيسي", body=["قال السيسي"])
    a.entities = [Entity("e", "Abdel Fattah el-Sisi", "PER", mentions=[Mention("السيسي", "body", 0, 4, 10)])]
    with Store(make_db([a])) as store:
        keys = named_keys(store.conn, typed)
        assert len(keys) == 1 and "Sisi" in keys[0], typed
        assert named_keys(store.conn, "Sis") == []


@pytest.mark.parametrize("typed, keys", [
    ("Saudi Arabia", {"GPE:Saudi Arabia"}),
    ("saudi arabia", {"GPE:Saudi Arabia"}),  # the name in another case: that name alone
    ("SAUDI ARABIA", {"GPE:Saudi Arabia"}),
    ("Saudi", {"GPE:Saudi Arabia", "ORG:Embassy of Saudi Arabia"}),  # a word: every name holding it
])
def test_an_english_name_in_any_case_is_that_name(make_db, typed, keys):
    from khabar.model import Entity, Mention
    from khabar.search.keys import named_keys

    a = Article(id="s1", source=Source("text"), raw="s1", headline="السعودية وسفارة السعودية",
                body=["السعودية وسفارة السعودية"])
    a.entities = [Entity("e1", "Saudi Arabia", "GPE", mentions=[Mention("السعودية", "body", 0, 0, 8)]),
                  Entity("e2", "Embassy of Saudi Arabia", "ORG", mentions=[Mention("سفارة السعودية", "body", 0, 10, 24)])]
    with Store(make_db([a])) as store:
        assert set(named_keys(store.conn, typed)) == keys


@pytest.mark.parametrize("typed, found", [
    ("بن سلمان", True),  # the last words of the Arabic name
    ("بنِ سلمان", True),  # a vowel mark typed
    ("محمد بن", False),  # the first words: no
    ("سلمان", False),  # one word: only as the articles used it
    ("ولي العهد بن سلمان", False),  # more than the name
])
def test_the_last_words_of_an_arabic_name_find_the_entity(make_db, typed, found):
    from khabar.model import Entity, Mention
    from khabar.search.keys import named_keys

    a = Article(id="m1", source=Source("text"), raw="m1", headline="قال الأمير", body=["قال الأمير"])
    a.entities = [Entity("e", "Mohammed bin Salman", "PER", name_ar="محمد بن سلمان",
                         mentions=[Mention("الأمير", "body", 0, 4, 10)])]
    with Store(make_db([a])) as store:
        assert named_keys(store.conn, typed) == (["PER:Mohammed bin Salman"] if found else []), typed


@pytest.mark.parametrize("typed, keys", [
    ("Tunis", {"GPE:Tunisia"}),  # a big city's English name: the place its Arabic name names, not TAP
    ("tunis", {"GPE:Tunisia"}),
    ("Tunis Afrique Presse", {"ORG:Tunis Afrique Presse"}),  # the body's own name is still it
    ("Afrique", {"ORG:Tunis Afrique Presse"}),  # a word no city is: names holding it
])
def test_a_big_city_in_latin_letters_is_the_place_not_bodies_named_after_it(make_db, typed, keys):
    from khabar.model import Entity, Mention
    from khabar.search.keys import named_keys

    body = "أفادت وكالة تونس أفريقيا للأنباء أن تونس والجزيرة"
    a = Article(id="t1", source=Source("text"), raw="t1", headline="خبر", body=[body])

    def mention(text: str) -> Mention:
        start = body.rindex(text)
        return Mention(text, "body", 0, start, start + len(text))

    a.entities = [Entity("e1", "Tunis Afrique Presse", "ORG", name_ar="وكالة تونس أفريقيا للأنباء",
                         mentions=[mention("وكالة تونس أفريقيا للأنباء")]),
                  Entity("e2", "Tunisia", "GPE", name_ar="تونس", mentions=[mention("تونس")]),
                  Entity("e3", "Al Jazeera", "ORG", name_ar="الجزيرة", mentions=[mention("الجزيرة")])]
    with Store(make_db([a])) as store:
        assert set(named_keys(store.conn, typed)) == keys
        assert "ORG:Al Jazeera" not in named_keys(store.conn, "Algiers")  # places only


@pytest.mark.parametrize("typed, ids", [
    ("ant/SkyNews", {"o1"}),  # as stored (a facet link)
    ("SkyNews", {"o1"}),  # the outlet's own name, without the collection
    ("skynews", {"o1"}),
    ("alriyadh", {"o2"}),
    ("saudinewsnet", {"o2", "o3", "o5"}),  # the collection: all its papers (stored by their path)
    ("Saudinewsnet/Okaz", {"o3"}),
    ("sky", set()),  # a part of a name is no name
    ("BBC", set()),
    ("سكاي نيوز", {"o1"}),  # its Arabic name (outlet_names.tsv, class broadcasters)
    ("سكاي  نيوز عربيه", {"o1"}),  # spaces and ة/ه as typed
    ("الرياض", {"o2"}),  # class Saudi papers
    ("صحيفة عكاظ", {"o3"}),
    ("العربية", set()),  # a known name of an outlet the store does not hold
    ("عين اليوم", {"o4", "o5"}),  # one paper stored under the name its page prints and under its path
    ("saudinewsnet/3alyoum", {"o4", "o5"}),
    ("3alyoum", {"o4", "o5"}),
    ("alriyadh,okaz", {"o2", "o3"}),  # either of two outlets, each named as alone
    ("SkyNews, عكاظ", {"o1", "o3"}),
    ("alriyadh,BBC", {"o2"}),
    (",", set()),
])
def test_an_outlet_is_found_by_its_name_in_any_case_or_a_part_of_its_path(make_db, typed, ids):
    db = make_db([Article(id=i, source=Source("jsonl"), raw=i, outlet=o, headline="احتجاج", body=["احتجاج"])
                  for i, o in (("o1", "ant/SkyNews"), ("o2", "saudinewsnet/alriyadh"),
                               ("o3", "saudinewsnet/okaz"), ("o4", "عين اليوم"), ("o5", "saudinewsnet/3alyoum"))])
    with Store(db) as store:
        assert {h.article_id for h in search(store.conn, "احتجاج", SearchFilters(outlet=typed)).hits} == ids


@pytest.mark.parametrize("date_from, date_to, refused", [
    ("2018-07", "2018-06", True),
    ("2018", "2017-12", True),
    ("2018-07-01", "2018-06-30", True),
    ("2018-06-15", "2018-06", False),  # within its month: the second half of June
    ("2018-06", "2018-06-01", False),
    ("2018-06-01", "2018", False),
    ("2018-03-05", "2018-03-05", False),
])
def test_a_date_range_whose_bounds_are_swapped_is_refused_naming_both(conn, date_from, date_to, refused):
    filters = SearchFilters(date_from=date_from, date_to=date_to)
    if refused:
        with pytest.raises(QueryError, match=f"date_from {date_from} is after date_to {date_to}"):
            search(conn, "الانسحاب", filters)
    else:
        search(conn, "الانسحاب", filters)


@pytest.mark.parametrize("sort, ids", [("oldest", ["a1", "a2"]), ("newest", ["a2", "a1"])])
def test_hits_sorted_by_date_find_the_first_report(conn, sort, ids):
    result = search(conn, "انسحاب", sort=sort)
    assert [h.article_id for h in result.hits] == ids and result.total == 2
    assert [h.article_id for h in search(conn, "انسحاب", sort=sort, limit=1, offset=1).hits] == ids[1:]


def test_an_unknown_sort_is_refused_listing_the_orders(conn):
    with pytest.raises(QueryError, match="relevance, newest, oldest"):
        search(conn, "انسحاب", sort="date")


@pytest.mark.parametrize("typed, ids", [
    ("رنيم حنوش", {"b1", "b2"}),  # from every city she wrote in
    ("رنيم  حنوش", {"b1", "b2"}),  # a double space typed
    ("حنوش", {"b1", "b2"}),
    ("لندن: رنيم حنوش", {"b1"}),
    ("سكاي نيوز", {"b3"}),  # the words in order, whatever stands between them
    ("حنوش رنيم", set()),
    ("رنيم_حنوش", set()),  # _ and % are letters, not wildcards
    ("%", set()),
])
def test_a_reporter_is_found_by_the_words_of_the_byline(make_db, typed, ids):
    db = make_db([Article(id=i, source=Source("jsonl"), raw=i, byline=b, headline="احتجاج", body=["احتجاج"])
                  for i, b in (("b1", "لندن: رنيم حنوش"), ("b2", "بيروت: رنيم حنوش"),
                               ("b3", "أبوظبي - سكاي  نيوز عربية"), ("b4", None))])
    with Store(db) as store:
        assert {h.article_id for h in search(store.conn, "احتجاج", SearchFilters(byline=typed)).hits} == ids


@pytest.mark.parametrize("missing, ids", [
    ("byline", {"m2", "m3"}),  # none, or an empty one
    ("BYLINE ", {"m2", "m3"}),  # as typed
    ("published", {"m3"}),
    ("dateline", {"m2", "m3"}),
    ("headline", set()),
])
def test_articles_lacking_a_page_field(make_db, missing, ids):
    db = make_db([Article(id=i, source=Source("jsonl"), raw=i, byline=b, published=p, headline="احتجاج",
                          body=["احتجاج"], dateline="لندن" if b else None)
                  for i, b, p in (("m1", "لندن: رنيم حنوش", "2018-01-02"), ("m2", None, "2018-01-03"),
                                  ("m3", "", None))])
    with Store(db) as store:
        assert {h.article_id for h in search(store.conn, "احتجاج", SearchFilters(missing=missing)).hits} == ids


def test_articles_of_no_outlet(make_db):
    db = make_db([Article(id=i, source=Source("jsonl", outlet=o), raw=i, outlet=o, headline="احتجاج", body=["احتجاج"])
                  for i, o in (("o1", "CNN"), ("o2", None), ("o3", ""))])
    with Store(db) as store:
        assert {h.article_id for h in search(store.conn, "احتجاج", SearchFilters(missing="outlet")).hits} == {"o2", "o3"}


@pytest.mark.parametrize("missing, ids", [("events", {"a2"}), ("quotes", set()), ("times", {"a2"}), ("entities", set())])
def test_articles_in_which_the_analysis_found_no_facts_of_a_kind(conn, missing, ids):
    # a1 has an event, a quotation and a time; a2 a quotation, no event and no time
    assert {h.article_id for h in search(conn, "انسحاب", SearchFilters(missing=missing)).hits} == ids


def test_a_missing_field_that_is_none_is_refused_naming_the_fields(conn):
    with pytest.raises(QueryError, match="missing='author' is no page field or fact: one of byline, dateline"):
        search(conn, "انسحاب", SearchFilters(missing="author"))


@pytest.mark.parametrize("typed, ids", [
    ("saudinewsnet", {"p1", "p2"}),  # its collection, though stored by the name its page prints
    ("saudinewsnet/3alyoum", {"p1", "p2"}),  # the path its record named
    ("3alyoum", {"p1", "p2"}),
    ("عين اليوم", {"p1", "p2"}),
    ("ant", {"p3"}),
])
def test_an_article_stored_by_its_printed_name_is_in_its_records_collection(make_db, typed, ids):
    db = make_db([Article(id=i, source=Source("jsonl", outlet=s), raw=i, outlet=o, headline="احتجاج", body=["احتجاج"])
                  for i, o, s in (("p1", "عين اليوم", "saudinewsnet/3alyoum"), ("p2", "عين اليوم", "saudinewsnet/3alyoum"),
                                  ("p3", "ant/CNN", "ant/CNN"))])
    with Store(db) as store:
        assert {h.article_id for h in search(store.conn, "احتجاج", SearchFilters(outlet=typed)).hits} == ids


def _said_by(id_: str, speaker: str) -> Article:
    from khabar.model import Quote, Ref

    text = f"وقال {speaker} إن الهدوء عاد إلى المدينة."
    a = Article(id=id_, source=Source("jsonl"), raw=id_, published="2018-05-02", headline=text, body=[text])
    start = text.index("الهدوء")
    a.quotes = [Quote("قال", "indirect", text[start:-1], "body", 0, start, len(text) - 1, speaker=Ref(speaker))]
    return a


@pytest.mark.parametrize("speaker, said", [
    ("مصدر", {"u1", "u2", "u3"}),  # an unnamed source: his words from a word's start, with or without ال
    ("المصدر", {"u2", "u3"}),
    ("مصدر أمني", {"u1"}),
    ("مصدر امني", {"u1"}),  # hamza optional
    ("مسؤول", {"u4"}),
    ("علي", set()),  # not inside a word: تعليم, الأعلى
])
def test_a_speaker_no_entity_is_named_by_keeps_the_unnamed_speakers_holding_it(make_db, speaker, said):
    from khabar.api.queries import quotes

    path = make_db([_said_by("u1", "مصدر أمني"), _said_by("u2", "المصدران"), _said_by("u3", "أحد المصدرين"),
                    _said_by("u4", "مسؤولون حكوميون"), _said_by("u5", "مدير التعليم"), _said_by("u6", "المرشد الأعلى")])
    with sqlite3.connect(path) as conn:
        assert {q["article_id"] for q in quotes(conn, speaker=speaker, limit=50)[1]} == said


def test_a_minus_word_leaves_its_articles_out(sample_db):
    conn = sqlite3.connect(sample_db)
    both = {h.article_id for h in search(conn, "انسحاب").hits}
    assert both == {"a1", "a2"}
    assert {h.article_id for h in search(conn, "انسحاب -بيروت").hits} == {"a2"}
    assert {h.article_id for h in search(conn, "انسحاب -دمشق").hits} == {"a1"}


@pytest.mark.parametrize("query, ids", [
    ("رياض", {"man"}),  # the given name, not the city
    ("الرياض", {"city"}),
    ("بالرياض", {"city"}),
    ("هند", {"man"}),  # a woman's name, not India
    ("الهند", {"city"}),
])
def test_a_given_name_does_not_find_the_place_written_with_the_article(make_db, query, ids):
    articles = [Article(id="man", source=Source("text"), raw="man", headline="تصريح",
                        body=["قال رياض المالكي إن هند ستزور عمان"]),
                Article(id="city", source=Source("text"), raw="city", headline="زيارة",
                        body=["وصل الوفد إلى الرياض قادما من الهند"])]
    with Store(make_db(articles)) as store:
        assert {h.article_id for h in search(store.conn, query).hits} == ids, query


@pytest.mark.parametrize("query, ids", [("الحوثيون", {"h1", "h2", "h4"}), ("الحوثيين", {"h1", "h2", "h4"}),
                                        ("اليمن -الحوثيون", {"h3"}),
                                        ("حوثي", {"h1", "h2", "h4"})])  # the singular finds the plurals
def test_a_nisba_plural_finds_its_other_case_and_its_singular(make_db, query, ids):
    db = make_db([Article(id=i, source=Source("text"), raw=i, headline="خبر", body=[body])
                  for i, body in (("h1", "قال الحوثيون في اليمن إنهم مستعدون"), ("h2", "هاجم التحالف الحوثيين في اليمن"),
                                  ("h3", "أمطار غزيرة في اليمن"), ("h4", "قال قيادي حوثي في اليمن"))])
    with Store(db) as store:
        assert {h.article_id for h in search(store.conn, query).hits} == ids


def test_the_outlet_facet_counts_one_paper_stored_two_ways_once(make_db):
    db = make_db([Article(id=i, source=Source("jsonl", outlet=o), raw=i, outlet=o, headline="احتجاج", body=["احتجاج"])
                  for i, o in (("o1", "عين اليوم"), ("o2", "saudinewsnet/3alyoum"), ("o3", "ant/SkyNews"))])
    with Store(db) as store:
        # the value the link filters by, the name a reader knows as its label (ant/SkyNews is سكاي نيوز عربية)
        assert facets(store.conn, "احتجاج")["outlet"] == [("عين اليوم", "عين اليوم", 2), ("ant/SkyNews", "سكاي نيوز عربية", 1)]
        assert search(store.conn, "احتجاج", SearchFilters(outlet="عين اليوم")).total == 2  # what its link keeps


def test_the_outlet_facet_merges_a_paper_before_its_top_cut(make_db):
    # عين اليوم: 1 article by its printed name, 2 by its path; ant/SkyNews 2: the top one is the paper of 3
    db = make_db([Article(id=i, source=Source("jsonl", outlet=o), raw=i, outlet=o, headline="احتجاج", body=["احتجاج"])
                  for i, o in (("o1", "عين اليوم"), ("o2", "saudinewsnet/3alyoum"), ("o3", "saudinewsnet/3alyoum"),
                               ("o4", "ant/SkyNews"), ("o5", "ant/SkyNews"))])
    with Store(db) as store:
        assert facets(store.conn, "احتجاج", top=1)["outlet"] == [("عين اليوم", "عين اليوم", 3)]


@pytest.mark.parametrize("query, ids", [
    ("القوة", {"f1", "f2"}), ("القوات", {"f1", "f2"}), ("قوات", {"f1", "f2"}),  # قوة and قوات: one word
    ("جهة", {"f3"}), ("الجهات", {"f3"}),
    ("الحكومة", {"f4"}), ("الحكومات", {"f4"}),  # a longer stem loses ات and ة alike
    ("قوات -القوة", set()),  # left out in either number
])
def test_a_two_letter_stems_feminine_singular_finds_its_plural(make_db, query, ids):
    db = make_db([Article(id=i, source=Source("text"), raw=i, headline="خبر", body=[body])
                  for i, body in (("f1", "انسحبت القوات من المدينة"), ("f2", "استخدمت الشرطة القوة المفرطة"),
                                  ("f3", "طالبت الجهات المختصة بالتحقيق"), ("f4", "أعلنت الحكومات خطة مشتركة"))])
    with Store(db) as store:
        assert {h.article_id for h in search(store.conn, query).hits} == ids, query
