"""Spellings of one transcribed name are one person; Arab given names that differ by a letter are not."""

import pytest

from khabar.entities import Options, run
from khabar.entities.builder import Builder
from khabar.entities.ids import entity_id
from khabar.entities.variants import merge_variant_names, sound_key, transcribed_alike
from khabar.model import Article, Entity, Mention, Source


@pytest.mark.parametrize("a, b", [
    ("مانيغولت", "مانيجولت"),  # غ or ج for g
    ("كلينتون", "كلنتون"),  # with or without a long vowel
    ("ماكرون", "ماكّرون"),  # a shadda
    ("فيلاسكيز", "فيلاسكز"),
    ("الهامبورغي", "هامبورجي"),  # with or without the article
])
def test_one_sound_two_spellings(a, b):
    assert sound_key(a) == sound_key(b) and transcribed_alike(a, b)


@pytest.mark.parametrize("a, b", [
    ("جمال", "كمال"),  # two Arab given names, short
    ("أمين", "أمن"),
    ("مانيغولت", "مانيغورت"),  # another letter
])
def test_other_names(a, b):
    assert not transcribed_alike(a, b)


def _person(b: Builder, name: str) -> Entity:
    ent = Entity(id=entity_id("PER", name), name=name, type="PER", name_ar=name)
    return b.add(ent, Mention(name, "body", 0, 0, len(name)))


@pytest.mark.parametrize("names, expected", [
    # full names spelt two ways, and the family name
    (["أوماروسا مانيغولت نيومان", "أوماروسا مانيجولت نيومان"], 1),
    (["ستيفن ميلر كلينتون", "ستيفن ميلر كلنتون"], 1),
    (["ستيفن ميلر كلينتون", "ميلر كلنتون"], 1),
    (["أوماروسا مانيغولت", "أوماروسا مانيجولت نيومان"], 1),  # the given name and the first family name
    # no word spelt otherwise: other rules' business
    (["أحمد كمال", "أحمد كمال الدين"], 2),
    # Arab given names a letter apart are other people
    (["أحمد جمال", "أحمد كمال"], 2),
    # two people a variant could be: neither
    (["سيرغي فولكوف", "سيرجي فولكوف", "سيرقي فولكوف"], 3),
    # every word spelt otherwise: no word to anchor the name
    (["مانيغولت فيلاسكيز", "مانيجولت فيلاسكز"], 2),
])
def test_merge_variant_names(names, expected):
    b = Builder()
    for name in names:
        _person(b, name)
    merge_variant_names(b)
    assert len(b.entities) == expected


def test_variants_in_an_article_are_one_person():
    art = run(Article(id="t", source=Source(kind="text"), body=[
        "قالت المستشارة السابقة أوماروسا مانيغولت نيومان إن الرئيس كذب.",
        "وأضافت المستشارة أوماروسا مانيجولت نيومان أنها ستنشر تسجيلات أخرى."]), Options())
    people = [e for e in art.entities if "نيومان" in e.name_ar]
    assert len(people) == 1 and len(people[0].mentions) == 2
