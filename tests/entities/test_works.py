"""Titles of works: a name after a work noun is a PRODUCT, the same name elsewhere the same work."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.builder import Builder
from khabar.entities.works import merge_work_titles, work_nouns, work_title_end
from khabar.model import Entity, Mention


def _end(text: str, first: int, last: int, type_: str) -> int | None:
    return work_title_end([t.text for t in tokenize(text)], first, last, type_)


@pytest.mark.parametrize("text, first, last, type_, expected", [
    # a bare place-like name after برنامج (and its clitic forms) is the programme's title
    ("ضيف برنامج بوليتيكا اليوم", 2, 2, "GPE", 2),
    ("تحدث في ببرنامج ميدي شو", 3, 4, "LOC", 4),
    # a quoted name after any work noun, run on to the closing quote
    ('في مسلسل " عوض أباً عن جد " الجديد', 3, 4, "PER", 6),
    ('وقالت ضيفة " بوليتيكا " إن', 3, 3, "GPE", 3),
    ("عصام الشابي ضيف بوليتيكا اليوم", 3, 3, "GPE", 3),  # a guest of an unknown place: a show's
    # unquoted, a person after a work noun is its maker (مسلسل محمد رمضان), a place after a bare=no noun stays
    ("تنقذ مسلسل محمد رمضان", 2, 3, "PER", None),
    ("برنامج ميلانشون الانتخابي", 1, 1, "PER", None),
    ("في فيلم القاهرة", 2, 2, "GPE", None),
    # no work noun before
    ("زار الوفد تونس", 2, 2, "GPE", None),
])
def test_work_title_end(text, first, last, type_, expected):
    assert _end(text, first, last, type_) == expected


def test_every_work_noun_row_is_read():
    nouns = work_nouns()
    assert nouns["برنامج"] is True and nouns["مسلسل"] is False


def _entity(type_: str, name: str, start: int) -> Entity:
    return Entity(id=f"{type_.lower()}:{start}", name=name, type=type_, name_ar=name,
                  mentions=[Mention(name, "body", 0, start, start + len(name))])


@pytest.mark.parametrize("other_type, other_name, merged", [
    ("GPE", "بوليتيكا", True),  # في بوليتيكا: the programme the article named
    ("ORG", "بوليتيكا", True),
    ("PER", "بوليتيكا", False),  # a person named like the work stays a person
    ("GPE", "تونس", False),
])
def test_merge_work_titles(other_type, other_name, merged):
    b = Builder()
    b.entities = {e.id: e for e in (_entity("PRODUCT", "بوليتيكا", 0), _entity(other_type, other_name, 50))}
    merge_work_titles(b)
    assert (len(b.entities) == 1) == merged
