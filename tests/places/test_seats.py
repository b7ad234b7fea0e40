"""A place inside a body named after its seat (غرفة حفر الباطن) is still a place of the text."""

from __future__ import annotations

import pytest

from khabar import entities, places
from khabar.arabic.fold import fold_word
from khabar.model import Article, Source
from khabar.places.context import after_seat_head
from khabar.places.gazetteer import gazetteer


def analysed(*body: str) -> Article:
    article = Article(id="t", source=Source(kind="text"), body=list(body))
    article = entities.run(article, entities.Options(tagger=False))
    return places.run(article, places.Options())


@pytest.mark.parametrize(("text", "place", "seat"), [
    ("نظمت غرفة حفر الباطن معرضا", "حفر الباطن", True),  # a chamber of commerce
    ("أعلنت ببلدية تبوك", "تبوك", True),  # with proclitics on the head
    ("تخرج في جامعة الباحة", "الباحة", True),
    ("ارتفع المؤشر في بورصة عمان", "عمان", True),  # an exchange is its city's
    ("أعلنت شركة حفر الباطن", "حفر الباطن", False),  # a company is no seat's body
    ("حفر الباطن", "حفر الباطن", False),  # nothing before
])
def test_after_seat_head(text: str, place: str, seat: bool) -> None:
    assert after_seat_head(text, text.index(place)) is seat


def test_geonames_names_with_a_direction_mark_are_in_the_gazetteer() -> None:
    assert fold_word("حفر الباطن") in gazetteer()


def test_the_seat_of_a_body_is_a_place_where_the_article_names_it_as_one() -> None:
    art = analysed("نظمت غرفة حفر الباطن معرضا للأسر المنتجة في محافظة حفر الباطن.")
    assert "غرفة حفر الباطن" in [e.name_ar for e in art.entities if e.type == "ORG"]
    assert [(p.text, p.name) for p in art.places] == [("حفر الباطن", "Hafar Al-Batin"),
                                                      ("محافظة حفر الباطن", "Hafar Al-Batin"),
                                                      ("حفر الباطن", "Hafar Al-Batin")]  # (and the name in it)


def test_a_seat_the_article_never_names_as_a_place_is_not_taken() -> None:
    art = analysed("نظمت غرفة حفر الباطن معرضا للأسر المنتجة.")
    assert art.places == []


@pytest.mark.parametrize("head", ["أمير", "تعليم", "صحة", "أدبي"])
def test_a_quoted_body_named_after_its_seat_keeps_the_place(head: str) -> None:
    text = f"أعلن «{head} الرياض» أمس"
    assert [p.text for p in analysed(text).places] == ["الرياض"]
