"""An entity's roles over time (/entities/{key} roles, and the entity page): each title the
articles gave it, with its first and last date and its articles."""

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.model import Article, Entity, Mention, Source


def _article(id_: str, published: str | None, text: str, role: str | None) -> Article:
    a = Article(id=id_, source=Source("jsonl"), raw=id_, published=published, headline=text, body=[text])
    start = text.index("بومبيو")
    mention = Mention("بومبيو", "body", 0, start, start + len("بومبيو"))
    a.entities = [Entity("e1", "Mike Pompeo", "PER", name_ar="مايك بومبيو", mentions=[mention], role=role)]
    return a


@pytest.fixture
def client(make_db):
    return TestClient(create_app(make_db([
        _article("r1", "2017-03-01", "قال مدير المخابرات بومبيو إن التقرير جاهز.", "مدير المخابرات"),
        _article("r2", "2018-05-02", "قال وزير الخارجية بومبيو إن المحادثات مستمرة.", "وزير الخارجية"),
        _article("r3", "2018-06-10", "أكد وزير الخارجية بومبيو الموعد.", "وزير الخارجية"),
        _article("r4", "2018-07-01", "التقى بومبيو نظيره.", None),  # no role: none listed
    ])))


def test_an_entitys_roles_are_listed_in_order_of_first_date(client):
    roles = client.get("/entities/Pompeo").json()["roles"]
    assert roles == [
        {"role": "مدير المخابرات", "first": "2017-03-01", "last": "2017-03-01", "articles": 1},
        {"role": "وزير الخارجية", "first": "2018-05-02", "last": "2018-06-10", "articles": 2},
    ]


def test_the_entity_page_shows_the_roles_with_their_dates(client):
    page = client.get("/ui/entities/PER:Mike Pompeo").text
    assert "الصفات عبر الزمن" in page
    assert page.index("مدير المخابرات") < page.index("وزير الخارجية")
    assert '<time dir="ltr">2018-06-10</time>' in page
