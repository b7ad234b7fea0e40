"""/events?where=: the events that happened at a place (the events stage's ``where``), beside
place=, which keeps every event of an article that mentions the place anywhere."""

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.model import Article, Event, Place, Source


def _place(a: Article, paragraph: int, text: str, name: str, country: str) -> Place:
    start = a.body[paragraph].index(text)
    return Place(text, "body", paragraph, start, start + len(text), name=name, name_ar=text.removeprefix("ب"),
                 country=country, lat=1.0, lon=1.0, feature="city")


def _event(a: Article, paragraph: int, word: str, cameo: str, plover: str, where: str | None) -> Event:
    start = a.body[paragraph].index(word)
    return Event(word, cameo, "body", paragraph, start, start + len(word), a.body[paragraph], plover=plover,
                 where=where)


def article_aleppo() -> Article:
    a = Article(id="p1", source=Source("jsonl"), published="2019-01-02", outlet="BBC",
                headline="غارات على حلب",
                body=["قصفت الطائرات مواقع في حلب، واتهم مسؤول في دمشق المعارضة بالهجوم."])
    a.places = [_place(a, 0, "حلب", "Aleppo", "SY"), _place(a, 0, "دمشق", "Damascus", "SY")]
    a.events = [_event(a, 0, "قصفت", "195", "ASSAULT", "Aleppo"), _event(a, 0, "اتهم", "112", "ACCUSE", None)]
    return a


def article_tunis() -> Article:
    a = Article(id="p2", source=Source("jsonl"), published="2019-02-03", outlet="CNN",
                headline="لقاء في تونس",
                body=["التقى الوزير نظيره بتونس.", "وزار الوزير حلب العام الماضي."])
    a.places = [_place(a, 0, "بتونس", "Tunis", "TN"), _place(a, 1, "حلب", "Aleppo", "SY")]
    a.events = [_event(a, 0, "التقى", "040", "CONSULT", "Tunis")]
    return a


@pytest.fixture
def client(make_db):
    return TestClient(create_app(make_db([article_aleppo(), article_tunis()])))


@pytest.mark.parametrize("params, actions", [
    ({"where": "Aleppo"}, ["قصفت"]),  # the event's own place
    ({"where": "حلب"}, ["قصفت"]),  # its Arabic name
    ({"where": "بتونس"}, ["التقى"]),  # the words used
    ({"where": "SY"}, ["قصفت"]),  # a country: the events in it
    ({"where": "TN"}, ["التقى"]),
    ({"where": "Damascus"}, []),  # named in the sentence, but nothing happened there
    ({"where": "Aleppo", "category": "CONSULT"}, []),
    ({"where": "Aleppo", "outlet": "BBC"}, ["قصفت"]),
    ({"where": " "}, ["التقى", "قصفت", "اتهم"]),  # a blank form field is no filter
    ({"place": "حلب"}, ["التقى", "قصفت", "اتهم"]),  # place=: articles mentioning it anywhere
    ({"place": "Damascus"}, ["قصفت", "اتهم"]),
])
def test_where_keeps_the_events_that_happened_there(client, params, actions):
    data = client.get("/events", params=params).json()
    assert [e["action"] for e in data["items"]] == actions and data["total"] == len(actions)


def test_the_events_page_filters_by_where_and_links_each_place(client):
    page = client.get("/ui/events", params={"where": "Aleppo"}).text
    assert "قصفت" in page and "التقى" not in page
    assert 'name="where" value="Aleppo"' in page
    every = client.get("/ui/events").text
    assert 'href="?where=Tunis"' in every


def test_an_events_place_is_named_in_arabic_as_its_article_resolved_it(client):
    items = client.get("/events").json()["items"]
    assert {e["action"]: e["where_ar"] for e in items} == {"التقى": "تونس", "قصفت": "حلب", "اتهم": None}
    page = client.get("/ui/events").text
    assert 'title="Aleppo">حلب</a>' in page and 'title="Tunis">تونس</a>' in page
