"""A newspaper, club or armed group named like a place (الشرق الأوسط، برشلونة، ولاية سيناء) is no place."""

from __future__ import annotations

import pytest

from khabar import entities, places
from khabar.model import Article, Source


def place_texts(*body: str) -> list[tuple[str, str | None]]:
    article = Article(id="t", source=Source(kind="text"), body=list(body))
    article = entities.run(article, entities.Options(tagger=False))
    return [(p.text, p.name) for p in places.run(article, places.Options()).places]


@pytest.mark.parametrize(("text", "body"), [
    ("وقال مصدر مطلع لـ«الشرق الأوسط» إن الحادثة وقعت", "الشرق الأوسط"),  # the paper
    ("بحسب ما ورد في صحيفة «الشرق الأوسط» اليوم", "الشرق الأوسط"),
    ("بث تنظيم «ولاية سيناء» تسجيلا مصورا", "سيناء"),  # the group, and the region inside its name
    # a place opening a longer name of a body, or inside it with the name going on after it
    ("ولعب نيمار مع باريس سان جيرمان الموسم الماضي", "باريس"),
    ("وأعلنت قطر للبترول رفع الإنتاج", "قطر"),
    ("وقال مصدر أمني لوكالة تونس إفريقيا للأنباء إن", "تونس"),
    # a club's name, wherever the city stands in it
    ("سيلتقي بايرن ميونيخ نظيره الإسباني في ربع النهائي", "ميونيخ"),
    ("قال مدرب أهلي جدة إن الفريق جاهز للمباراة", "جدة"),
])
def test_a_body_named_like_a_place_is_no_place(text: str, body: str) -> None:
    assert not any(body in found for found, _ in place_texts(text))


@pytest.mark.parametrize(("text", "place", "name"), [
    ("تتصاعد التوترات في الشرق الأوسط", "الشرق الأوسط", "Middle East"),  # the region
    ("وقعت اشتباكات في ولاية سيناء", "ولاية سيناء", "Sinai"),  # a locative word: the place
    ("قدم الكاتب كتابه ببرشلونة", "ببرشلونة", "Barcelona"),
    ("وصل الرئيس إلى البيت الأبيض", "البيت الأبيض", "White House"),  # the body is the place itself
    ("وقضت محكمة الاستئناف في باريس بسجنه", "باريس", "Paris"),  # a locative inside a body's name
    ("وأعلنت قطر للبترول أن قطر سترفع الإنتاج", "قطر", "Qatar"),  # the country named apart
])
def test_a_place_word_or_the_place_itself_keeps_the_place(text: str, place: str, name: str) -> None:
    assert (place, name) in place_texts(text)
