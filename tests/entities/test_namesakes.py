"""Places no table lists that are a person's name word in the article (khabar.entities.namesakes)."""

import pytest

from khabar.entities import Options, run
from khabar.model import Article, Source


def entities(headline: str, *body: str) -> list[tuple[str, str, list[str]]]:
    art = run(Article(id="t", source=Source(kind="text"), headline=headline, body=list(body)), Options())
    return [(e.type, e.name, sorted(m.text for m in e.mentions)) for e in art.entities]


def test_a_town_that_is_a_persons_surname_is_the_person():
    found = entities("صحف السويد: بهوي خضع للمال", "وتناولت الصحف صفقة انتقال الموهبة «نبيل بهوي» للنادي الأهلي السعودي")
    assert ("PER", "نبيل بهوي", ["بهوي", "نبيل بهوي"]) in found
    assert not [e for e in found if e[0] == "GPE" and e[1] != "Sweden"]


@pytest.mark.parametrize("body", [
    "وقال نبيل بهوي إنه سافر إلى بهوي الأسبوع الماضي",  # a preposition before it: the place
])
def test_a_place_word_before_it_keeps_the_place(body):
    assert "Bhuj" in [name for _, name, _ in entities("", body)]
