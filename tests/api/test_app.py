from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.api.app import _with_member
from khabar.schema import validate_article


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/articles", "/articles/{article_id}", "/search", "/entities/{key}", "/quotes", "/events",
                 "/places", "/stats"):
        assert path in paths


def test_article_json_is_the_analyze_schema(client):
    data = client.get("/articles/a1").json()
    validate_article(data)
    assert data["headline"] == "الحريري يعلن الانسحاب من الحكومة"
    assert client.get("/articles/nope").status_code == 404


@pytest.mark.parametrize("path, status, detail", [
    ("/articles/a", 404, "a: ambiguous id prefix (a1, a2)"),  # the words of `khabar show`
    ("/articles/nope", 404, "nope: no stored article"),
    ("/articles/a%25", 404, "a%: no stored article"),  # LIKE wildcards are data
    ("/articles/a/raw", 404, "a: ambiguous id prefix (a1, a2)"),
])
def test_unknown_or_ambiguous_ids_say_why(client, path, status, detail):
    r = client.get(path)
    assert r.status_code == status and r.json()["detail"] == detail


def test_a_unique_id_prefix_is_the_article_as_in_khabar_show(hostile_db):
    with TestClient(create_app(hostile_db)) as c:  # ids a1 and x<script>
        assert c.get("/articles/x").json()["id"] == "x<script>"
        assert c.get("/articles/a").json()["id"] == "a1"
        assert c.get("/articles/x/raw").text.startswith("<script>")


def test_raw_is_served_as_sandboxed_text(client):
    r = client.get("/articles/a1/raw")
    assert r.text == '{"id": "a1"}'
    assert r.headers["content-type"].startswith("text/plain")
    assert "sandbox" in r.headers["content-security-policy"]


@pytest.mark.parametrize("params, total", [
    ({}, 2), ({"outlet": "CNN"}, 1), ({"date_from": "2018-04-01"}, 1), ({"entity": "بيروت"}, 1),
    ({"outlet": ""}, 2),
    # Hijri dates: a2 (10 April 2018) is of Rajab 1439, a1 (5 March 2018) of Jumada al-Akhira
    ({"date_from": "1439-07"}, 1), ({"date_from": "1439", "date_to": "1439"}, 2), ({"date_to": "1439-06"}, 1),
    # entities joined by +: the articles naming all of them (both name الحريري; only a1 Beirut)
    ({"entity": "الحريري + بيروت"}, 1), ({"entity": "Saad Hariri+Lebanon"}, 1), ({"entity": "بيروت + لبنان"}, 0),
    ({"entity": "الحريري + "}, 2),
])
def test_articles_list_filters_and_pages(client, params, total):
    data = client.get("/articles", params={**params, "limit": 1}).json()
    assert data["total"] == total
    assert len(data["items"]) == min(1, total)


def test_search_returns_ranked_hits_with_snippets_and_facets(client):
    data = client.get("/search", params={"q": "للانسحاب", "with_facets": "true"}).json()
    assert data["total"] == 2
    assert {h["article_id"] for h in data["hits"]} == {"a1", "a2"}
    assert all("<mark>" in h["snippet"]["html"] for h in data["hits"])
    assert data["facets"]["outlet"]


@pytest.mark.parametrize("params, ids", [
    ({"outlet": "CNN"}, 1),  # filters alone: their articles, as khabar search lists them (was 400 'empty query')
    ({"q": " ", "date_from": "2018", "sort": "oldest"}, 2),
])
def test_search_of_filters_alone_lists_their_articles(client, params, ids):
    data = client.get("/search", params=params).json()
    assert data["total"] == ids and len(data["hits"]) == ids


@pytest.mark.parametrize("params, message", [
    ({"q": '"رئيس الوزراء'}, "unbalanced quotation"),
    ({"q": "انسحاب OR قوات"}, "operator OR"),
    ({"q": "(انسحاب"}, "parenthesis"),
    ({"q": ""}, "empty query"),
    ({"outlet": "CNN", "sort": "date"}, "sort 'date'"),
    ({"q": "***"}, "no searchable words"),
    ({"q": "انسحاب", "limit": 0}, "limit"),
    ({"q": "انسحاب", "limit": 10_000}, "limit"),
    ({"q": "انسحاب", "offset": -5}, "offset"),
    ({"q": "انسحاب", "date_from": "غدا"}, "date_from"),
    ({"q": "انسحاب", "limit": "many"}, "limit"),
])
def test_bad_requests_are_400_with_a_message(client, params, message):
    r = client.get("/search", params=params)
    assert r.status_code == 400
    assert message in r.json()["detail"]


def test_entity_timeline_said_and_about(client):
    data = client.get("/entities/" + quote("PER:Saad Hariri", safe="")).json()
    assert data["articles"] == 2 and data["mentions"] == 3
    assert [row["month"] for row in data["timeline"]] == ["2018-03", "2018-04"]
    assert data["written"] == [{"text": "الحريري", "mentions": 2, "articles": 2},  # how the articles wrote it
                               {"text": "سعد الحريري", "mentions": 1, "articles": 1}]
    assert {q["content"] for q in data["said"]} == {"لن نعود قبل الاتفاق مع أمريكا", "لبنان يراقب"}
    beirut = client.get("/entities/GPE:Beirut").json()
    assert [q["speaker_text"] for q in beirut["about"]] == []  # the quote does not contain بيروت
    lebanon = client.get("/entities/GPE:Lebanon").json()
    assert [(q["speaker_name"], q["content"]) for q in lebanon["about"]] == [("سعد الحريري", "لبنان يراقب")]
    assert client.get("/entities/PER:Nobody").status_code == 404


def test_quotes_events_places_stats(client):
    assert client.get("/quotes").json()["total"] == 2
    assert client.get("/quotes", params={"speaker": "PER:Saad Hariri"}).json()["total"] == 2
    events = client.get("/events", params={"category": "RETREAT"}).json()
    assert events["total"] == 1 and events["items"][0]["action"] == "انسحب"
    assert {p["name"] for p in client.get("/places").json()["items"]} == {"Beirut", "Damascus"}
    assert client.get("/stats").json()["articles"] == 2
    cnn = client.get("/stats", params={"outlet": "CNN", "top": 1}).json()  # the article filters apply
    assert cnn["articles"] == 1 and cnn["outlets"] == [["CNN", 1]] and len(cnn["top_entities"]) == 1
    assert client.get("/stats", params={"date_from": "2019", "date_to": "2018"}).status_code == 400
    by_month = client.get("/stats/speakers", params={"top": 1}).json()
    assert [(i["speaker"], i["quotes"]) for i in by_month["items"]] == [("PER:Saad Hariri", 2)]
    assert sum(by_month["items"][0]["months"].values()) == 2 and by_month["months"]
    assert client.get("/stats/speakers", params={"date_from": "2019", "date_to": "2018"}).status_code == 400
    by_outlet = client.get("/stats/speakers/outlets", params={"top": 1}).json()["items"]
    assert [(i["quotes"], [(s["speaker"], s["quotes"]) for s in i["speakers"]]) for i in by_outlet] == [
        (1, [("PER:Saad Hariri", 1)])]  # two outlets quote him once each: the top one
    assert client.get("/stats/speakers/outlets", params={"date_from": "2019", "date_to": "2018"}).status_code == 400


def test_ids_with_slashes_and_markup_are_reachable(make_db):
    from khabar.model import Article, Source

    db = make_db([Article(id="ant/BBC/42", source=Source("jsonl"), raw="r", headline="عنوان"),
                  Article(id="x<y>?&", source=Source("jsonl"), raw="<raw>", headline="آخر")])
    client = TestClient(create_app(db))
    assert client.get("/articles/ant/BBC/42").json()["id"] == "ant/BBC/42"
    assert client.get("/articles/ant/BBC/42/raw").text == "r"
    assert client.get("/articles/" + quote("x<y>?&", safe="")).json()["headline"] == "آخر"
    html = client.get("/ui/search", params={"q": "عنوان"}).text
    assert 'href="/ui/articles/ant/BBC/42"' in html
    assert client.get("/ui/articles/ant/BBC/42").status_code == 200


@pytest.mark.parametrize("speaker, total", [
    ("PER:Saad Hariri", 2),  # entity key
    ("Saad Hariri", 2),  # English name
    ("سعد الحريري", 2),  # Arabic name
    ("الحريري", 2),  # the words the articles used
    ("  ", 2),  # blank: all quotations
    ("نصر الله", 0),
    ("Hariri", 2),  # a word of the English name
    ("الحريرى", 2),  # ى typed for ي
    ("Harir", 0),  # not a whole word
    ("%", 0),  # LIKE wildcards are no name
])
def test_quotes_by_speaker_as_users_name_them(client, speaker, total):
    assert client.get("/quotes", params={"speaker": speaker}).json()["total"] == total


@pytest.mark.parametrize("params, total", [
    ({"actor": "سعد الحريري"}, 1),  # the words used
    ({"actor": "PER:Saad Hariri"}, 1),  # the source's entity key
    ({"actor": "Saad Hariri", "category": "RETREAT"}, 1),
    ({"actor": "الحريري"}, 1),  # words an article used for the source entity elsewhere
    ({"actor": "بيروت"}, 0),
    ({"actor": "hariri"}, 1),
    ({"category": "08"}, 1),
    ({"category": "retreat"}, 1),  # PLOVER names in any case
    ({"category": "ASSAULT"}, 0),  # a category no event of the store has: none, not an error
])
def test_events_by_actor_and_category(client, params, total):
    assert client.get("/events", params=params).json()["total"] == total


@pytest.mark.parametrize("params, total", [
    ({"q": "الحكومة"}, 1),  # the sentence's words as /search matches them (الحكومة, حكومته...)
    ({"q": "حكومة"}, 1),
    ({"q": '"قرار نهائي"'}, 1),  # a phrase
    ({"q": '"نهائي قرار"'}, 0),  # in its order only
    ({"q": "دمشق"}, 0),  # in the article (the other one), not in an event's sentence
    ({"q": "الحكومة", "category": "ASSAULT"}, 0),  # and the other filters still hold
])
def test_events_whose_sentence_holds_the_words(client, params, total):
    r = client.get("/events", params=params).json()
    assert r["total"] == total and len(r["items"]) == total


def test_events_refuse_a_malformed_sentence_query(client):
    r = client.get("/events", params={"q": '"unbalanced'})
    assert r.status_code == 400


@pytest.mark.parametrize("path", ["/events", "/search", "/articles"])
@pytest.mark.parametrize("category", ["NOPE", "%", "_", "08%", "retreats"])
def test_a_category_that_is_none_is_a_400_naming_it(client, path, category):
    """A misspelt category answered with nothing would read as 'no such events'."""
    params = {"category": category, **({"q": "انسحاب"} if path == "/search" else {})}
    r = client.get(path, params=params)
    assert r.status_code == 400 and repr(category) in r.json()["detail"] and "RETREAT" in r.json()["detail"]


@pytest.mark.parametrize("params, total", [
    ({"q": "نعود"}, 1),  # a word of one quotation's content
    ({"q": "والعودة"}, 0),  # another word of the same root is another term
    ({"q": "أميركا"}, 1),  # a spelling variant of أمريكا, as /search finds it
    ({"q": "للبنان", "speaker": "الحريري"}, 1),  # clitics stripped; with a speaker
    ({"q": '"الاتفاق مع أمريكا"'}, 1),  # a phrase
    ({"q": '"أمريكا مع الاتفاق"'}, 0),  # not in that order
    ({"q": "الحكومة"}, 0),  # in the article, not in its quotation
    ({"q": "نعود", "date_from": "2018-04"}, 0),
    ({"q": "  "}, 2),  # blank: all
])
def test_quotes_by_what_they_say(client, params, total):
    data = client.get("/quotes", params=params).json()
    assert data["total"] == total and len(data["items"]) == total


@pytest.fixture
def unattributed_db(sample_db):
    """The sample store with a third quotation: an unnamed source's (المصدر), and a fourth: no speaker."""
    import sqlite3

    with sqlite3.connect(sample_db) as db:
        for n, speaker in ((1, "المصدر"), (2, None)):
            db.execute("INSERT INTO quotes (article_id, n, kind, cue, content, speaker_text, field, paragraph, "
                       "char_start, char_end) VALUES ('a2', ?, 'direct', 'قال', 'ورحبت', ?, 'body', 1, 0, 5)",
                       (n, speaker))
    return sample_db


@pytest.mark.parametrize("params, speakers", [
    ({"kind": "direct"}, ["الحريري", "المصدر", None]),  # words to cite verbatim
    ({"kind": "Indirect"}, ["الحريري"]),  # any case
    ({"missing": "speaker"}, [None]),  # a quotation to attribute by hand
    ({"missing": "speaker_name"}, ["المصدر", None]),  # no named speaker: an unnamed source too
    ({"missing": "speaker", "kind": "indirect"}, []),
])
def test_quotes_of_one_kind_or_without_a_speaker(unattributed_db, params, speakers):
    data = TestClient(create_app(unattributed_db)).get("/quotes", params=params).json()
    assert sorted(q["speaker_text"] or "" for q in data["items"]) == sorted(s or "" for s in speakers)
    assert data["total"] == len(speakers)


@pytest.mark.parametrize("path, params, detail", [
    ("/quotes", {"kind": "verbatim"}, "kind 'verbatim' is no quotation kind: one of direct, indirect, mixed"),
    ("/quotes", {"missing": "byline"}, "missing='byline' is nothing a quotation can lack: one of speaker, speaker_name"),
    ("/events", {"negated": "maybe"}, "negated"),
])
def test_a_quotation_kind_missing_or_negated_value_of_no_meaning_is_refused(client, path, params, detail):
    r = client.get(path, params=params)
    assert r.status_code == 400 and detail in r.json()["detail"]


@pytest.mark.parametrize("params, articles", [
    ({}, ["a2", "a1"]),  # the newest first
    ({"sort": "oldest"}, ["a1", "a2"]),  # a timeline of statements: the first first
    ({"sort": "oldest", "q": "لبنان"}, ["a2"]),
    ({"sort": "newest", "speaker": "Hariri"}, ["a2", "a1"]),
])
def test_quotes_newest_or_oldest_first(client, params, articles):
    assert [q["article_id"] for q in client.get("/quotes", params=params).json()["items"]] == articles


def test_quotes_refuse_an_order_of_no_meaning(client):
    r = client.get("/quotes", params={"sort": "relevance"})
    assert r.status_code == 400 and r.json()["detail"] == "sort 'relevance' is no order of quotations: newest, oldest"


def test_events_reported_as_not_done(sample_db):
    import sqlite3

    with sqlite3.connect(sample_db) as db:  # Hariri denies the withdrawal
        db.execute("UPDATE events SET negated = 1 WHERE article_id = 'a1'")
    with TestClient(create_app(sample_db)) as c:
        assert c.get("/events", params={"negated": "true"}).json()["total"] == 1
        assert c.get("/events", params={"negated": "false"}).json()["total"] == 0
        assert c.get("/events").json()["total"] == 1


def test_quotes_refuse_a_malformed_content_query(client):
    r = client.get("/quotes", params={"q": '"مفتوح'})
    assert r.status_code == 400 and "quotation mark" in r.json()["detail"]


def test_events_by_source_and_target(sample_db):
    import sqlite3

    with sqlite3.connect(sample_db) as db:  # Hariri's withdrawal, now from Beirut's government
        db.execute("UPDATE events SET target_text = 'بيروت', target_entity = 'e2' WHERE article_id = 'a1'")
    with TestClient(create_app(sample_db)) as c:
        def total(**params: str) -> int:
            return c.get("/events", params=params).json()["total"]

        assert total(source="الحريري", target="بيروت") == 1
        assert total(source="Saad Hariri", target="Beirut") == 1  # entity names
        assert total(source="بيروت") == total(target="الحريري") == 0  # roles are not swapped
        assert total(actor="بيروت") == 1  # actor: either role
        assert total(target="Beirut", category="RETREAT") == 1


@pytest.mark.parametrize("params, total", [
    ({"actor": "LB"}, 1),  # the country code the event's source was coded with
    ({"actor": "Lebanon"}, 1),  # the country's name, as the store's places name it
    ({"source": "لبنان"}, 1),
    ({"source": "لُبنان"}, 1),  # a vowel mark typed
    ({"target": "لبنان"}, 0),  # the source's country, not the target's
    ({"actor": "SY"}, 0),
    ({"actor": "lb"}, 0),  # codes are upper case: lb is no country
])
def test_a_country_named_as_actor_keeps_its_agents_events(sample_db, params, total):
    import sqlite3

    with sqlite3.connect(sample_db) as db:  # Hariri's withdrawal coded as a Lebanese actor's
        db.execute("UPDATE events SET source_country = 'LB' WHERE article_id = 'a1'")
        db.execute("UPDATE places SET feature = 'country', name = 'Lebanon', name_ar = 'لبنان' "
                   "WHERE article_id = 'a1'")
    with TestClient(create_app(sample_db)) as c:
        assert c.get("/events", params=params).json()["total"] == total


@pytest.mark.parametrize("params, total", [
    ({"speaker": "الحريري", "date_from": "2018-04"}, 1),  # what Hariri said from April on
    ({"speaker": "Saad Hariri", "date_to": "2018-03"}, 1),
    ({"date_from": "2018-03", "date_to": "2018-03"}, 1),
    ({"outlet": "CNN"}, 1),
    ({"speaker": "الحريري", "place": "Beirut"}, 1),  # articles mentioning the place
    ({"place": "SY"}, 1),  # or a country code
    ({"entity": "لبنان"}, 1),
    ({"date_from": "2019"}, 0),
    ({"date_from": ""}, 2),  # blank form fields are no filter
])
def test_quotes_filtered_by_their_articles(client, params, total):
    data = client.get("/quotes", params=params).json()
    assert data["total"] == total and len(data["items"]) == total


@pytest.mark.parametrize("params, total", [
    ({"actor": "الحريري", "date_from": "2018-03-01", "date_to": "2018-03-31"}, 1),
    ({"category": "RETREAT", "date_from": "2018-04"}, 0),
    ({"place": "بيروت"}, 1),
    ({"place": "Damascus"}, 0),  # the article about Damascus codes no event
    ({"outlet": "BBC", "actor": "Saad Hariri"}, 1),
])
def test_events_filtered_by_their_articles(client, params, total):
    assert client.get("/events", params=params).json()["total"] == total


@pytest.mark.parametrize("path", ["/quotes", "/events"])
def test_quote_and_event_filters_refuse_bad_dates(client, path):
    r = client.get(path, params={"date_to": "آذار"})
    assert r.status_code == 400 and "date_to" in r.json()["detail"]


@pytest.mark.parametrize("value", ["2018-13", "2018-00", "2018-02-32", "2018-1"])
def test_impossible_dates_are_400(client, value):
    r = client.get("/search", params={"q": "انسحاب", "date_from": value})
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["detail"]


@pytest.mark.parametrize("path", ["/search", "/articles", "/quotes", "/events"])
@pytest.mark.parametrize("value", ["2018-02-30", "2019-02-29", "2018-04-31"])
def test_days_not_in_the_calendar_are_400(client, path, value):
    query = {"q": "انسحاب"} if path == "/search" else {}  # the others take no q (an unknown parameter is a 400 too)
    r = client.get(path, params={**query, "date_to": value})
    assert r.status_code == 400 and r.json()["detail"] == f"date_to: {value} is not a day of the calendar"


def test_leap_day_is_a_date(client):
    assert client.get("/articles", params={"date_from": "2016-02-29"}).status_code == 200


@pytest.mark.parametrize("name", ["PER:Saad Hariri", "Saad Hariri", "سعد الحريري", "الحريري",
                                  "Hariri", "hariri", "Saad",  # whole words of the English name
                                  "الحَرِيرِيّ", "سعد الحريرى",  # vowel marks, alif maqsura
                                  ])
def test_entity_by_key_or_name(client, name):
    r = client.get("/entities/" + quote(name))
    assert r.status_code == 200 and r.json()["key"] == "PER:Saad Hariri" and r.json()["articles"] == 2


def test_the_app_loads_the_segmenter_before_the_first_search(sample_db, monkeypatch):
    from khabar.api import app as app_module

    calls = []
    monkeypatch.setattr(app_module, "warm_up", lambda: calls.append(1))
    create_app(sample_db)
    assert calls == [1]


@pytest.mark.parametrize("name, keys", [
    ("الحريري", ["PER:Saad Hariri"]),
    ("سَعد", ["PER:Saad Hariri"]),  # vowel marks optional
    ("سعد الحريري", ["PER:Saad Hariri"]),
    ("hariri", ["PER:Saad Hariri"]),  # the English name, any case
    ("ريري", []),  # the first word from a word's start
    ("بيروت لبنان", []),
    ("%", []),
])
def test_entities_list_finds_an_entity_by_words_of_its_name(client, name, keys):
    assert [e["key"] for e in client.get("/entities", params={"name": name}).json()["items"]] == keys


def test_the_entities_page_filters_by_name(client):
    html = client.get("/ui/entities", params={"name": "الحريري"}).text
    assert "سعد الحريري" in html and "بيروت" not in html.split("</form>")[1]


def test_entities_list_pages_filters_by_type_and_articles(client):
    everything = client.get("/entities", params={"limit": 100}).json()
    assert everything["total"] == len(everything["items"]) > 2
    second = client.get("/entities", params={"limit": 1, "offset": 1}).json()
    assert second["items"] == everything["items"][1:2] and second["total"] == everything["total"]
    people = client.get("/entities", params={"type": "PER"}).json()["items"]
    assert people and {e["type"] for e in people} == {"PER"}
    beirut = client.get("/entities", params={"entity": "بيروت"}).json()  # named in articles with Beirut
    assert 0 < beirut["total"] < everything["total"]
    assert client.get("/entities", params={"date_from": "2018-13"}).status_code == 400
    assert client.get("/entities", params={"type": "per"}).json()["items"] == people


def test_entities_of_an_unknown_type_are_refused_naming_the_types(client):
    r = client.get("/entities", params={"type": "PERSON"})
    assert r.status_code == 400
    assert r.json() == {"detail": "type 'PERSON' is no entity type: one of PER, ORG, GPE, LOC, FAC, NORP, "
                                  "EVENT, LAW, PRODUCT"}
    assert client.get("/ui/entities", params={"type": "PERSON"}).status_code == 400


def test_places_keep_the_articles_the_filters_keep(client):
    every = {p["name"] for p in client.get("/places").json()["items"]}
    april = {p["name"] for p in client.get("/places", params={"date_from": "2018-04"}).json()["items"]}
    assert april < every
    assert client.get("/places", params={"date_to": "2018-02-30"}).status_code == 400


def test_a_places_coordinates_are_its_mentions_average_to_five_decimals(make_db):
    from khabar.model import Article, Place, Source

    def mentioned(id_: str, lat: float) -> Article:
        a = Article(id=id_, source=Source("jsonl"), raw=id_, headline="في دبي", body=["في دبي"])
        a.places = [Place("دبي", "body", 0, 3, 6, name="Dubai", name_ar="دبي", country="AE", lat=lat, lon=55.27)]
        return a

    client = TestClient(create_app(make_db([mentioned(f"d{i}", 25.2) for i in range(3)])))
    [dubai] = client.get("/places").json()["items"]
    assert (dubai["lat"], dubai["lon"]) == (25.2, 55.27)  # not 25.199999999999996


@pytest.mark.parametrize("path, params, named", [
    ("/events", {"targets": "غزة"}, "'targets'"), ("/articles", {"q": "انسحاب"}, "'q'"),
    ("/search", {"q": "انسحاب", "outlets": "CNN"}, "'outlets'"), ("/stats", {"outlets": "CNN"}, "'outlets'"),
])
def test_unknown_parameters_are_a_400_naming_them(client, path, params, named):
    r = client.get(path, params=params)
    assert r.status_code == 400 and named in r.json()["detail"] and path in r.json()["detail"]


def test_a_parameter_given_twice_is_a_400_not_its_last_value(client):
    r = client.get("/articles", params=[("outlet", "CNN"), ("outlet", "BBC")])
    assert r.status_code == 400 and r.json()["detail"].startswith("parameter 'outlet' given more than once")
    assert client.get("/quotes", params=[("limit", "2"), ("limit", "3")]).status_code == 400
    twice = client.get("/articles", params=[("entity", "بيروت"), ("entity", "لبنان")]).json()["detail"]
    assert twice == "parameter 'entity' given more than once: give it once (entity=A %2B B for the articles naming both)"


@pytest.mark.parametrize("params, total", [({"missing": "published"}, 0), ({"missing": "dateline"}, 2)])
def test_articles_lacking_a_page_field(client, params, total):
    assert client.get("/articles", params=params).json()["total"] == total
    assert client.get("/search", params={**params, "q": "انسحاب"}).status_code == 200


def test_a_missing_field_that_is_none_is_a_400_naming_the_fields(client):
    r = client.get("/articles", params={"missing": "author"})
    assert r.status_code == 400 and "byline, dateline, published, headline" in r.json()["detail"]


def test_declared_parameters_and_web_pages_pass(client):
    assert client.get("/search", params={"q": "انسحاب", "outlet": "CNN", "with_facets": "true"}).status_code == 200
    assert client.get("/ui/search", params={"q": "انسحاب", "utm_source": "x"}).status_code == 200



@pytest.mark.parametrize("path", ["/quotes", "/events"])
def test_quotes_and_events_name_the_outlet_and_address_to_cite(client, path):
    """A quotation or an event is cited by where it was published: its article's outlet and page."""
    items = client.get(path).json()["items"]
    assert items and all({"outlet", "url", "headline", "published"} <= set(item) for item in items)
    assert {item["outlet"] for item in items} <= {"BBC", "CNN"} and "BBC" in {item["outlet"] for item in items}


@pytest.mark.parametrize("obj, expected", [
    ('{"id":"a"}', '{"id":"a","same_story":["b"]}'),
    ('{"id":"a"}\n', '{"id":"a","same_story":["b"]}'),  # spaces after the closing brace
    ('{ "id": "a" }', '{ "id": "a","same_story":["b"]}'),
    ("{}", '{"same_story":["b"]}'),  # no comma in an empty object
    ("{ }", '{"same_story":["b"]}'),
])
def test_with_member_adds_a_member_to_json_text(obj, expected):
    assert _with_member(obj, "same_story", ["b"]) == expected


def test_with_member_refuses_text_not_an_object():
    with pytest.raises(ValueError):
        _with_member('["a"]', "same_story", [])


@pytest.mark.parametrize("params, names", [
    ({}, {"Beirut", "Damascus"}),
    ({"place": "LB"}, {"Beirut", "Damascus"}),  # place keeps articles: the other country they name too
    ({"within": "LB"}, {"Beirut"}),  # within keeps places: Lebanon's only
    ({"within": "Beirut"}, {"Beirut"}),
    ({"within": "Cairo"}, set()),
])
def test_places_within_a_country_are_its_places_only(make_db, params, names):
    from khabar.model import Article, Place, Source

    body = "قصف في دمشق وتظاهرة في بيروت"
    a = Article(id="w1", source=Source("text"), raw="w1", headline="خبر", body=[body])
    a.places = [Place("دمشق", "body", 0, body.index("دمشق"), body.index("دمشق") + 4, name="Damascus",
                      name_ar="دمشق", country="SY", lat=33.5, lon=36.3, feature="city"),
                Place("بيروت", "body", 0, body.index("بيروت"), body.index("بيروت") + 5, name="Beirut",
                      name_ar="بيروت", country="LB", lat=33.9, lon=35.5, feature="city")]
    client = TestClient(create_app(make_db([a])))
    assert {p["name"] for p in client.get("/places", params=params).json()["items"]} == names
    page = client.get("/ui/map", params=params).text
    assert ("place=Damascus%2C+SY" in page, "place=Beirut%2C+LB" in page) == ("Damascus" in names, "Beirut" in names)


def _tripolis() -> list:
    """Two articles, one about Tripoli in Libya, one about Tripoli in Lebanon: one name, two places."""
    from khabar.model import Article, Place, Source

    articles = []
    for aid, country, lat, lon, geonames in (("t1", "LY", 32.88, 13.19, 2210247), ("t2", "LB", 34.43, 35.84, 266826)):
        body = "اشتباكات في طرابلس"
        a = Article(id=aid, source=Source("text"), raw=aid, headline="خبر", body=[body])
        a.places = [Place("طرابلس", "body", 0, body.index("طرابلس"), len(body), name="Tripoli", name_ar="طرابلس",
                          country=country, lat=lat, lon=lon, geonames_id=geonames, feature="city")]
        articles.append(a)
    return articles


def test_places_of_one_name_in_two_countries_are_two_places(make_db):
    client = TestClient(create_app(make_db(_tripolis())))
    items = client.get("/places").json()["items"]
    assert sorted((p["name"], p["country"], p["lat"], p["articles"], p["place"]) for p in items) == [
        ("Tripoli", "LB", 34.43, 1, "Tripoli, LB"), ("Tripoli", "LY", 32.88, 1, "Tripoli, LY")]
    page = client.get("/ui/map").text  # each circle and row links to its own city's articles
    assert "place=Tripoli%2C+LB" in page and "place=Tripoli%2C+LY" in page and "place=Tripoli&" not in page
    assert '<td title="LB">لبنان</td>' in page and '<td title="LY">ليبيا</td>' in page  # the country in Arabic
    article = client.get("/ui/articles/t2").text  # the article's place links to its city's articles alone
    assert 'href="/ui/search?place=Tripoli%2C+LB" title="طرابلس · Tripoli, LB">طرابلس</a>' in article


@pytest.mark.parametrize("place, chip", [("Tripoli, LB", "مكان: <bdi>طرابلس (لبنان)</bdi>"),
                                         ("Tripoli", "مكان: <bdi>Tripoli</bdi>")])
def test_the_search_pages_chip_names_a_place_in_a_country_in_arabic(make_db, place, chip):
    client = TestClient(create_app(make_db(_tripolis())))
    assert chip in client.get("/ui/search", params={"place": place}).text


@pytest.mark.parametrize("place, ids", [
    ("Tripoli", {"t1", "t2"}), ("طرابلس", {"t1", "t2"}),  # the name alone: both cities
    ("Tripoli, LB", {"t2"}), ("طرابلس، LY", {"t1"}), ("Tripoli ,LY ", {"t1"}),
    ("Tripoli, XX", set()), ("Tripoli, ly", set()),  # no country (a code is upper case): read whole, no place
])
def test_a_place_named_with_its_country_is_that_countrys_alone(make_db, place, ids):
    client = TestClient(create_app(make_db(_tripolis())))
    assert {a["id"] for a in client.get("/articles", params={"place": place}).json()["items"]} == ids
