"""Articles with every kind of fact, composed here, and an empty store, for the store tests; the
events of two articles counted per pair of actors and per place (test_pairs, test_event_places)."""

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


#: Two articles: Maduro (named two ways) accuses Colombia three times, once in Caracas; a minister
#: accuses the opposition; Israel strikes Gaza; an event with no target makes no pair.
PAIR_BODIES = {
    "c1": ["اتهم مادورو كولومبيا في كراكاس بالهجوم، واتهم نيكولاس مادورو كولومبيا مجددا.",
           "واتهم الوزير المعارضة، ولم يتهم مادورو كولومبيا بالمؤامرة. وأعلن الجيش التعبئة."],
    "c2": ["قصفت إسرائيل غزة، واتهم مادورو كولومبيا."],
}


def _word_span(text: str, word: str, after: int = 0) -> tuple[int, int]:
    start = text.index(word, after)
    return start, start + len(word)


def _pair_article(aid: str, published: str, outlet: str) -> Article:
    a = Article(id=aid, source=Source("jsonl"), published=published, outlet=outlet, headline="خبر",
                body=PAIR_BODIES[aid])
    mentions = []
    for p, text in enumerate(a.body):
        for name in ("نيكولاس مادورو", "مادورو"):
            at = 0
            while name in text[at:]:
                s, e = _word_span(text, name, at)
                if not any(m.paragraph == p and m.start <= s < m.end for m in mentions):
                    mentions.append(Mention(name, "body", p, s, e))
                at = e
    a.entities = [Entity("e1", "Nicolás Maduro", "PER", name_ar="نيكولاس مادورو", wikidata="Q57413",
                         mentions=mentions)]
    return a


def _event(a: Article, p: int, verb: str, after: int, cameo: str, plover: str, source: tuple[str, str | None],
           target: tuple[str, str | None] | None, negated: bool = False, where: str | None = None) -> Event:
    s, e = _word_span(a.body[p], verb, after)
    return Event(verb, cameo, "body", p, s, e, a.body[p], plover=plover, source=Ref(*source),
                 target=Ref(*target) if target else None, negated=negated, where=where)


@pytest.fixture
def pair_articles() -> list[Article]:
    """The two articles of PAIR_BODIES with their entity, place and events (test_pairs, test_event_places)."""
    c1, c2 = _pair_article("c1", "2018-08-05", "BBC"), _pair_article("c2", "2018-09-01", "CNN")
    s, e = _word_span(c1.body[0], "كراكاس")
    c1.places = [Place("كراكاس", "body", 0, s, e, name="Caracas", name_ar="كراكاس", country="VE", feature="city")]
    c1.events = [
        _event(c1, 0, "اتهم", 0, "112", "ACCUSE", ("مادورو", "e1"), ("كولومبيا", None), where="Caracas"),
        _event(c1, 0, "اتهم", 30, "112", "ACCUSE", ("نيكولاس مادورو", "e1"), ("كولومبيا", None)),
        _event(c1, 1, "اتهم", 0, "112", "ACCUSE", ("الوزير", None), ("المعارضة", None)),
        _event(c1, 1, "يتهم", 0, "112", "ACCUSE", ("مادورو", "e1"), ("كولومبيا", None), negated=True),
        _event(c1, 1, "أعلن", 0, "150", "MOBILIZE", ("الجيش", None), None),
    ]
    c2.events = [_event(c2, 0, "قصفت", 0, "195", "ASSAULT", ("إسرائيل", None), ("غزة", None)),
                 _event(c2, 0, "اتهم", 0, "112", "ACCUSE", ("مادورو", "e1"), ("كولومبيا", None))]
    return [c1, c2]
