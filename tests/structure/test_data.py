"""The stage's data files (structure/data.py): the copyright-notice patterns of resources/copyright.tsv,
one row of expectations per kind."""

from __future__ import annotations

import pytest

from khabar.structure.data import copyright_pattern


@pytest.mark.parametrize(("kind", "text", "found"), [
    ("masthead", "© صوت الأمة", True),
    ("masthead", "جميع الحقوق محفوظة لصحيفة الأفق", True),
    ("masthead", "صوت الأمة", False),
    ("notice", "Copyright © 2018 صحيفة الأفق, All rights reserved.", True),
    ("notice", "حقوق النشر محفوظة لبوابة المستقبل", True),
    ("notice", "حقوق الإنسان في العالم", False),
])
def test_copyright_notices(kind: str, text: str, found: bool) -> None:
    assert bool(copyright_pattern(kind).search(text)) is found


@pytest.mark.parametrize(("notice", "owner"), [
    ("Copyright © 2018 صحيفة الأفق, All rights reserved.", "صحيفة الأفق"),
    ("جميع الحقوق محفوظة لـ بوابة المستقبل 2019", "بوابة المستقبل"),
    ("(c) 2017 المرصد نيوز", "المرصد نيوز"),
])
def test_copyright_words_leave_the_owner(notice: str, owner: str) -> None:
    assert " ".join(copyright_pattern("words").sub(" ", notice).split()).strip(" ,،.-–|") == owner
