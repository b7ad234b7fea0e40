"""Where an actor stands around a position (:mod:`khabar.events.phrases`): conjuncts, prepositions
attached to its first word, كل من, partitive counts, parentheses."""

from __future__ import annotations

import pytest

from khabar.arabic import Token, tokenize
from khabar.events.actors import Actor, find_actors
from khabar.events.lexicon import word_set
from khabar.events.phrases import (
    after_each_of,
    conjunct,
    partitive_count,
    past_addressee,
    prep_attached,
    skip_parenthesis,
    typed_thing,
    typing_adjective,
)
from khabar.model import Article, Source


def sentence(text: str) -> tuple[list[Token], list[Actor]]:
    art = Article(id="t", source=Source(kind="test"), body=[text])
    toks = tokenize(text)
    return toks, find_actors(art, "body", 0, toks, text)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("اتفقت مصر والسعودية على التعاون", "مصر", "السعودية"),  # و then a second actor
    ("أكد كل من الجيش والشرطة", "الجيش", "الشرطة"),
    ("اتفقت مصر والسعودية على التعاون", "السعودية", None),  # nothing coordinated after the last
])
def test_conjunct(text: str, first: str, second: str | None) -> None:
    toks, actors = sentence(text)
    actor = next(a for a in actors if a.text == first)
    found = conjunct(toks, actors, actor)
    assert (found.text if found else None) == second


@pytest.mark.parametrize(("text", "word", "attached"), [
    ("وجه الرئيس رسالة للجيش", "جيش", True),  # لل + the article
    ("أشاد الوزير بالشرطة", "الشرطة", True),  # بال
    ("أشاد الوزير بالشرطة", "الوزير", False),
])
def test_prep_attached(text: str, word: str, attached: bool) -> None:
    toks, actors = sentence(text)
    actor = next(a for a in actors if a.text == word)
    assert prep_attached(toks[actor.first], actor) is attached


def test_after_each_of_skips_kull_min() -> None:
    toks = tokenize("أكد كل من الجيش والشرطة")
    assert (after_each_of(toks, 1), after_each_of(toks, 3)) == (3, 3)


@pytest.mark.parametrize(("word", "count"), [("21", True), ("عدد", True), ("المئات", True), ("الحكومة", False)])
def test_partitive_count(word: str, count: bool) -> None:
    assert partitive_count(tokenize(word)[0]) is count


@pytest.mark.parametrize("word", sorted(word_set("quantities")))
def test_a_quantity_noun_is_a_partitive_count(word: str) -> None:
    # العديد من، الكثير من، جملة من: matched without the article
    assert partitive_count(tokenize("ال" + word)[0])


def test_skip_parenthesis() -> None:
    toks = tokenize("محمود عباس (أبو مازن) قال")
    assert toks[skip_parenthesis(toks, 2)].text == "قال"
    assert skip_parenthesis(toks, 1) == 1


@pytest.mark.parametrize(("text", "after"), [
    # the outlet a reporting verb is said to, quoted or after a detached لـ, stands before its subject
    ("وأكد لـ«عكاظ» مدير الشرطة", "مدير"),
    ('وقال لـ "الشرق الأوسط" مصدر', "مصدر"),
    ("يقول لـ CNN الوزير", "الوزير"),
    # no outlet: the word after the verb
    ("وقال للصحفيين إن", "للصحفيين"),
    ("وقال ل الوزير", "ل"),
])
def test_past_addressee(text: str, after: str) -> None:
    toks = tokenize(text)
    assert toks[past_addressee(toks, 1)].text == after


@pytest.mark.parametrize(("text", "word", "typing"), [
    ("وأدانت فرنسا الهجوم الإرهابي", "الإرهابي", True),  # both definite: an adjective
    ("وتبنى التنظيم الهجمات الإرهابية", "الإرهابية", True),
    ("استهدفت الغارات القاعدة العسكرية", "العسكرية", True),  # not an act: still a kind of thing
    ("وأسفر هجوم انتحاري عن مقتل جنود", "انتحاري", True),  # an act whose genitive is its doer
    ("استهدفوا قاعدة عسكرية", "عسكرية", True),
    ("وصد الجيش هجوما إرهابيا", "إرهابيا", True),  # the accusative  # a feminine adjective after a noun in ة
    ("وأعلنت الشرطة مقتل شرطي", "شرطي", False),  # مقتل's genitive is its victim: a policeman
    ("وقال القائد العسكري إن", "العسكري", False),  # a title: the commander is a person
    ("واعتقلت الشرطة الإرهابي", "الإرهابي", False),  # after an actor: the object
    ("وفجر انتحاري نفسه", "انتحاري", False),  # after a verb: the subject
])
def test_typing_adjective(text: str, word: str, typing: bool) -> None:
    toks, actors = sentence(text)
    k = next(n for n, t in enumerate(toks) if t.text == word)
    actor = next((a for a in actors if a.first <= k <= a.last), None)
    if actor is None or actor.first != k or actor.last != k:  # not its own actor: a lone word as one
        actor = Actor(k, k, toks[k].start, toks[k].end, word, agent="REB")
        actors = [*actors, actor]
    assert typing_adjective(toks, actors, actor) is typing


@pytest.mark.parametrize(("text", "word", "thing"), [
    ("استهدفوا قاعدة عسكرية", "عسكرية", "قاعدة عسكرية"),
    ("هاجموا حافلات ركاب وقاعدة عسكرية", "عسكرية", "قاعدة عسكرية"),  # the conjunction read off
    ("استهدفوا بقاعدة عسكرية", "عسكرية", "قاعدة عسكرية"),
    ("هاجموا وحدة عسكرية", "عسكرية", "وحدة عسكرية"),  # وحدة is a word, not و + حدة
    ("استهدفت الغارات بالقاعدة العسكرية", "العسكرية", "القاعدة العسكرية"),
])
def test_typed_thing(text: str, word: str, thing: str) -> None:
    toks = tokenize(text)
    k = next(n for n, t in enumerate(toks) if t.text == word)
    adjective = Actor(k, k, toks[k].start, toks[k].end, word, agent="MIL")
    found = typed_thing(toks, adjective, text)
    assert found is not None and found.text == thing
