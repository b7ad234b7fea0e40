"""A country named by the noun of its kind of state, as the entities stage linked it (khabar.places.statenouns)."""

from __future__ import annotations

import pytest

from khabar.model import Article, Entity, Mention, Source
from khabar.places import Options, run


def places_of(text: str, word: str, name: str, name_ar: str | None) -> list[tuple[str, str | None, str | None]]:
    start = text.index(word)
    mention = Mention(text=word, field="body", paragraph=0, start=start, end=start + len(word))
    article = Article(id="t", source=Source(kind="text"), body=[text])
    article.entities = [Entity(id="e1", name=name, type="GPE", name_ar=name_ar, mentions=[mention])]
    return [(p.text, p.name, p.country) for p in run(article, Options()).places]


@pytest.mark.parametrize(("text", "word", "name", "name_ar", "expected"), [
    # the noun alone, with or without a proclitic, linked to a country: that country
    ("وصل الوفد إلى المملكة أمس", "المملكة", "Saudi Arabia", "السعودية",
     [("المملكة", "Saudi Arabia", "SA")]),
    ("قال إن للمملكة دورا كبيرا", "للمملكة", "Saudi Arabia", "السعودية",
     [("للمملكة", "Saudi Arabia", "SA")]),
    ("عاد السفير إلى السلطنة", "السلطنة", "Oman", "عمان", [("السلطنة", "Oman", "OM")]),
    # a noun the entities stage left unlinked (its own name, no country): no place
    ("غنى المطرب للسلطنة", "للسلطنة", "السلطنة", None, []),
    # a word that is no noun of a kind of state, though linked to a country: not read here
    ("قال مسؤول في الحكومة", "الحكومة", "Saudi Arabia", "السعودية", []),
])
def test_a_state_noun_linked_to_a_country_is_that_country(
        text: str, word: str, name: str, name_ar: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert places_of(text, word, name, name_ar) == expected
