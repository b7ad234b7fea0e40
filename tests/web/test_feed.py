"""The Atom feed of a saved search: newest hits first, escaped, valid Atom, linked from the search page."""

from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.web.feed import ATOM, atom_time

NS = {"a": ATOM}


def _feed(client: TestClient, **params: str) -> ET.Element:
    r = client.get("/search.atom", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(r.content)


def test_feed_lists_the_newest_hits_with_headline_date_and_links(client):
    feed = _feed(client, q="انسحاب")
    entries = feed.findall("a:entry", NS)
    assert [e.findtext("a:title", namespaces=NS) for e in entries] == [
        "بانسحاب القوات الأميركية من سوريا", "الحريري يعلن الانسحاب من الحكومة"]  # April before March
    assert entries[0].findtext("a:updated", namespaces=NS) == "2018-04-10T08:00:00+00:00"
    assert entries[0].find("a:link", NS).get("href") == "http://testserver/ui/articles/a2"
    assert "انسحاب" in entries[0].findtext("a:summary", namespaces=NS)
    assert feed.findtext("a:updated", namespaces=NS) == "2018-04-10T08:00:00+00:00"
    assert feed.findtext("a:title", namespaces=NS) == "khabar: انسحاب"


@pytest.mark.parametrize("params, titles", [
    ({"q": "انسحاب", "outlet": "BBC"}, ["الحريري يعلن الانسحاب من الحكومة"]),
    ({"q": "انسحاب", "limit": "1"}, ["بانسحاب القوات الأميركية من سوريا"]),
    ({"q": "زلزال"}, []),
    ({"outlet": "BBC"}, ["الحريري يعلن الانسحاب من الحكومة"]),  # no words: the newest the filters keep
    ({"q": " ", "place": "SY"}, ["بانسحاب القوات الأميركية من سوريا"]),
    ({"entity": "Saad Hariri"}, ["بانسحاب القوات الأميركية من سوريا", "الحريري يعلن الانسحاب من الحكومة"]),
])
def test_feed_keeps_the_search_filters(client, params, titles):
    entries = _feed(client, **params).findall("a:entry", NS)
    assert [e.findtext("a:title", namespaces=NS) for e in entries] == titles


@pytest.mark.parametrize("params, detail", [({"q": ""}, "empty query"), ({"q": "x", "sort": "date"}, "'sort'")])
def test_feed_refuses_bad_queries_and_unknown_parameters(client, params, detail):
    r = client.get("/search.atom", params=params)
    assert r.status_code == 400 and detail in r.json()["detail"]


def test_feed_of_hostile_text_is_well_formed_and_escaped(hostile_db):
    r = TestClient(create_app(hostile_db)).get("/search.atom", params={"q": "الانسحاب"})
    feed = ET.fromstring(r.content)  # parses: nothing broke out of its element
    titles = [e.findtext("a:title", namespaces=NS) for e in feed.findall("a:entry", NS)]
    assert any("<script>" in t for t in titles)  # the text itself, escaped on the wire
    assert "<script>" not in r.text and "<img" not in r.text


@pytest.mark.parametrize("stored, atom", [
    ("2018-04-10T08:00:00+00:00", "2018-04-10T08:00:00+00:00"),
    ("2015-08-09T17:34:29", "2015-08-09T17:34:29+00:00"),  # no offset: UTC
    ("2018-05-01", "2018-05-01T00:00:00+00:00"),  # a day alone
    (None, "1970-01-01T00:00:00Z"),
    ("آذار", "1970-01-01T00:00:00Z"),
])
def test_atom_times(stored, atom):
    assert atom_time(stored) == atom


def test_search_page_links_its_feed(client):
    html = client.get("/ui/search", params={"q": "انسحاب", "outlet": "CNN", "utm_source": "x"}).text
    assert 'href="/search.atom?q=%D8%A7%D9%86%D8%B3%D8%AD%D8%A7%D8%A8&amp;outlet=CNN"' in html


def test_a_feed_of_filters_alone_is_titled_and_linked_by_them(client):
    feed = _feed(client, outlet="BBC")
    assert feed.findtext("a:title", namespaces=NS) == "khabar: outlet=BBC"
    assert feed.find("a:link", NS).get("href") == "http://testserver/search.atom?outlet=BBC"
    assert feed.find("a:entry/a:summary", NS) is None  # no words to snippet around
    html = client.get("/ui/search", params={"outlet": "BBC"}).text  # the page of filters alone links it
    assert 'href="/search.atom?outlet=BBC"' in html
    assert "search.atom" not in client.get("/ui/search").text  # the bare page has nothing to follow


def _quotes_feed(client: TestClient, **params: str) -> ET.Element:
    r = client.get("/quotes.atom", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(r.content)


@pytest.mark.parametrize("params, summaries", [
    ({"speaker": "الحريري"}, ["لبنان يراقب", "لن نعود قبل الاتفاق مع أمريكا"]),  # newest first
    ({"speaker": "Hariri", "outlet": "BBC"}, ["لن نعود قبل الاتفاق مع أمريكا"]),
    ({"q": "أمريكا"}, ["لن نعود قبل الاتفاق مع أمريكا"]),
    ({"kind": "indirect"}, ["لبنان يراقب"]),
    ({"speaker": "ترامب"}, []),
])
def test_quotes_feed_lists_a_speakers_newest_statements(client, params, summaries):
    feed = _quotes_feed(client, **params)
    entries = feed.findall("a:entry", NS)
    assert [e.findtext("a:summary", namespaces=NS) for e in entries] == summaries
    if entries:
        assert entries[0].findtext("a:title", namespaces=NS).startswith("سعد الحريري: ")
        assert entries[0].find("a:author/a:name", NS).text == "سعد الحريري"
    assert feed.find("a:link[@rel='alternate']", NS).get("href").startswith("http://testserver/ui/quotes?")


def test_quotes_feed_links_each_quotation_in_its_article(client):
    entry = _quotes_feed(client, speaker="الحريري", outlet="BBC").find("a:entry", NS)
    assert entry.find("a:link[@rel='alternate']", NS).get("href") == "http://testserver/ui/articles/a1#q-0"
    assert entry.findtext("a:published", namespaces=NS) == "2018-03-05T10:00:00+00:00"


@pytest.mark.parametrize("params, detail", [({"kind": "verbatim"}, "no quotation kind"), ({"sort": "x"}, "'sort'")])
def test_quotes_feed_refuses_bad_values(client, params, detail):
    r = client.get("/quotes.atom", params=params)
    assert r.status_code == 400 and detail in r.json()["detail"]


@pytest.mark.parametrize("page, links", [
    ("/ui/quotes?speaker=Hariri&sort=oldest", ["/quotes?speaker=Hariri&sort=oldest&format=csv",
                                               "/quotes.atom?speaker=Hariri"]),
    ("/ui/events?category=RETREAT&outlet=BBC", ["/events?category=RETREAT&outlet=BBC&format=csv"]),
])
def test_lists_link_their_csv_and_feed(client, page, links):
    html = client.get(page).text
    for link in links:
        assert f'href="{link.replace("&", "&amp;")}"' in html
    assert "format=csv" not in client.get("/ui/quotes?speaker=" + "نصر الله").text  # nothing to download


def test_an_entrys_author_is_its_outlets_name(make_db):
    from fastapi.testclient import TestClient

    from khabar.api.app import create_app
    from khabar.model import Article, Source

    db = make_db([Article(id="f1", source=Source("jsonl", outlet="ant/France24"), raw="f1", outlet="ant/France24",
                          published="2018-05-01", headline="احتجاج", body=["احتجاج في المدينة"])])
    feed = _feed(TestClient(create_app(db)), q="احتجاج")
    assert [e.findtext("a:author/a:name", namespaces=NS) for e in feed.findall("a:entry", NS)] == ["فرانس 24"]
