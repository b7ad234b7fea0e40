"""Articles with every kind of fact, composed here, and an empty store, for the store tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from khabar.model import Article, Entity, Event, Mention, Place, Quote, Ref, Source, TimeExpr
from khabar.store import Store

BODY = ["قال وزير الخارجية سيرغي لافروف في موسكو الثلاثاء إن القوات لن تنسحب.",
        "وأضاف لافروف: «نحن باقون في سوريا»."]


def _span(article: Article, field: str, paragraph: int, text: str) -> tuple[int, int]:
    start = article.unit(field, paragraph).index(text)
    return start, start + len(text)


def make_article(aid: str = "a1", body: list[str] | None = None, published: str = "2017-11-14",
                 outlet: str | None = "ميدل ايست أونلاين") -> Article:
    """An article whose entities, quote, time, place and event all slice its text exactly."""
    body = list(body or BODY)
    raw = "\n".join(["موسكو تنفي الانسحاب", *body])
    a = Article(id=aid, source=Source("text", path=f"{aid}.txt"), raw=raw, published=published,
                headline="موسكو تنفي الانسحاب", outlet=outlet, body=body)
    if body != BODY:
        return a
    mentions = [Mention("سيرغي لافروف", "body", 0, *_span(a, "body", 0, "سيرغي لافروف")),
                Mention("لافروف", "body", 1, *_span(a, "body", 1, "لافروف"))]
    a.entities = [Entity("e1", "Sergei Lavrov", "PER", name_ar="سيرغي لافروف", mentions=mentions,
                         wikidata="Q163828"),
                  Entity("e2", "Moscow", "GPE", mentions=[Mention("موسكو", "body", 0, *_span(a, "body", 0, "موسكو"))])]
    s, e = _span(a, "body", 1, "نحن باقون في سوريا")
    a.quotes = [Quote("أضاف", "direct", "نحن باقون في سوريا", "body", 1, s, e, speaker=Ref("لافروف", "e1"))]
    a.times = [TimeExpr("الثلاثاء", "body", 0, *_span(a, "body", 0, "الثلاثاء"), value="2017-11-14")]
    a.places = [Place("موسكو", "body", 0, *_span(a, "body", 0, "موسكو"), name="Moscow", country="RU",
                      lat=55.75, lon=37.62, geonames_id=524901, feature="city")]
    s, e = _span(a, "body", 0, "تنسحب")
    a.events = [Event("انسحب", "0871", "body", 0, s, e, body[0], quad=1, source=Ref("القوات"), negated=True,
                      claimed_by=Ref("سيرغي لافروف", "e1"))]
    return a


@pytest.fixture
def article_factory() -> Callable[..., Article]:
    return make_article


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty store in a new database file."""
    with Store(tmp_path / "k.db") as s:
        yield s
