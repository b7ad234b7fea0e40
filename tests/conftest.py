"""Shared fixtures: a small store of composed Arabic articles with entities, quotes, places, events."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.model import Article, Entity, Event, Mention, Place, Quote, Ref, Source, TimeExpr
from khabar.search import sync_index
from khabar.store import Store


def _span(article: Article, field: str, paragraph: int, text: str) -> tuple[int, int]:
    start = article.unit(field, paragraph).index(text)
    return start, start + len(text)


def _mention(article: Article, field: str, paragraph: int, text: str) -> Mention:
    return Mention(text, field, paragraph, *_span(article, field, paragraph, text))


def article_withdrawal() -> Article:
    a = Article(id="a1", source=Source("jsonl", outlet="ant/BBC"), raw='{"id": "a1"}',
                published="2018-03-05T10:00:00+00:00", outlet="BBC",
                headline="الحريري يعلن الانسحاب من الحكومة",
                body=["قال سعد الحريري إن الانسحاب من الحكومة قرار نهائي.",
                      "وأضاف الحريري في بيروت: «لن نعود قبل الاتفاق مع أمريكا»."])
    hariri = Entity("e1", "Saad Hariri", "PER", name_ar="سعد الحريري",
                    mentions=[_mention(a, "body", 0, "سعد الحريري"), _mention(a, "body", 1, "الحريري")])
    beirut = Entity("e2", "Beirut", "GPE", name_ar="بيروت", mentions=[_mention(a, "body", 1, "بيروت")])
    a.entities = [hariri, beirut]
    s, e = _span(a, "body", 1, "لن نعود قبل الاتفاق مع أمريكا")
    a.quotes = [Quote("أضاف", "direct", a.body[1][s:e], "body", 1, s, e, speaker=Ref("الحريري", "e1"))]
    s, e = _span(a, "body", 1, "بيروت")
    a.places = [Place("بيروت", "body", 1, s, e, name="Beirut", name_ar="بيروت", country="LB",
                      lat=33.89, lon=35.5, feature="city")]
    s, e = _span(a, "body", 0, "الانسحاب")
    a.events = [Event("انسحب", "0871", "body", 0, s, e, a.body[0], plover="RETREAT", quad=2,
                      source=Ref("سعد الحريري", "e1"))]
    s, e = _span(a, "body", 0, "قال")
    a.times = [TimeExpr("قال", "body", 0, s, e, value="2018-03-05")]
    return a


def article_syria() -> Article:
    a = Article(id="a2", source=Source("jsonl", outlet="ant/CNN"), raw='{"id": "a2"}',
                published="2018-04-10T08:00:00+00:00", outlet="CNN",
                headline="بانسحاب القوات الأميركية من سوريا",
                body=["أعلنت واشنطن انسحاب قواتها، وقال الحريري إن لبنان يراقب.",
                      "ورحبت دمشق بالانسحاب."])
    hariri = Entity("e9", "Saad Hariri", "PER", name_ar="سعد الحريري",
                    mentions=[_mention(a, "body", 0, "الحريري")])
    lebanon = Entity("e8", "Lebanon", "GPE", name_ar="لبنان", mentions=[_mention(a, "body", 0, "لبنان")])
    a.entities = [hariri, lebanon]
    s, e = _span(a, "body", 0, "لبنان يراقب")
    a.quotes = [Quote("قال", "indirect", a.body[0][s:e], "body", 0, s, e, speaker=Ref("الحريري", "e9"))]
    s, e = _span(a, "body", 1, "دمشق")
    a.places = [Place("دمشق", "body", 1, s, e, name="Damascus", name_ar="دمشق", country="SY",
                      lat=33.51, lon=36.29, feature="city")]
    return a


def article_hostile() -> Article:
    """Untrusted text carrying script and attribute-injection payloads."""
    payload = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
    a = Article(id="x<script>", source=Source("text", url='javascript:window.__pwned=1'),
                raw=f"<script>window.__pwned=1</script>{payload}", published="2018-05-01",
                outlet='<b onmouseover="window.__pwned=1">منفذ</b>',
                headline=f"الانسحاب {payload}",
                body=[f"نص عن الانسحاب {payload} ونهاية.", "<svg onload=window.__pwned=1>"])
    m = _mention(a, "body", 0, "<script>")
    a.entities = [Entity('e"1', '<script>window.__pwned=1</script>', "PER",
                         name_ar='"><img src=x onerror=window.__pwned=1>', mentions=[m])]
    return a


def build_store(path: Path, articles: list[Article]) -> Path:
    with Store(path) as store:
        for article in articles:
            store.put(article, ["structure"])
        sync_index(store.conn)
    return path


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "sample.db", [article_withdrawal(), article_syria()])


@pytest.fixture
def client(sample_db: Path):
    """The API and web pages over the sample store (a test module may give its own ``client``)."""
    from fastapi.testclient import TestClient

    from khabar.api import create_app

    return TestClient(create_app(sample_db))


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "hostile.db", [article_withdrawal(), article_hostile()])


@pytest.fixture
def make_db(tmp_path: Path):
    """A function: list of articles -> path of a new store holding them (search index synced)."""
    return lambda articles: build_store(tmp_path / "made.db", articles)
