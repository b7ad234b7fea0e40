"""Words that look like a cue's or a speaker's but describe a noun: a title word that is also an
adjective (cues.tsv class construct_title) is a title only heading a construct."""

from __future__ import annotations

import pytest

from khabar.quotes.context import prepare_units
from khabar.quotes.lexicon import class_keys, key

# (paragraph, [(cue, speaker words or None, content), ...])
CASES = [
    # after a noun and before a verb, كبير describes the noun: the verb names no one
    ("هجوم كبير تعرض له الفنان أحمد حلمي، محذرا الجميع من التقليد.",
     [("محذرا", "أحمد حلمي", "التقليد")]),
    ("قلق كبير أصاب محبي الفنان عادل إمام، إلا أنه أكد أن الحريق بعيد.",
     [("أكد", "عادل إمام", "الحريق بعيد")]),
    # after an unnamed source's title it is one more adjective: still nobody named
    ("وقال مسؤول كبير إن الزعماء سيناقشون الأمر.", [("وقال", None, "الزعماء سيناقشون الأمر")]),
    # heading a construct (a definite genitive, a construct plural) it is the title
    ("وقال كبير المفاوضين الفلسطينيين صائب عريقات إن المفاوضات متوقفة.",
     [("وقال", "صائب عريقات", "المفاوضات متوقفة")]),
    ("لكن فرانك جيل كبير محلليها قال إن الوكالة قد تتحرك.",
     [("قال", "فرانك جيل", "الوكالة قد تتحرك")]),
    ("وقالت كبيرة الاقتصاديين في البنك إن النمو سيتباطأ.",
     [("وقالت", "كبيرة الاقتصاديين", "النمو سيتباطأ")]),
    # جدد right after an indefinite noun is the plural adjective 'new': no cue
    ("وقال المدير إن الفندق احتاج إلى توظيف عمال جدد للحفاظ على خدمته.",
     [("وقال", "المدير", "الفندق احتاج إلى توظيف عمال جدد للحفاظ على خدمته")]),
    ("يركز المرشح على استمالة ناخبين جدد من الشباب.", []),
    # after a definite subject, a name or a word opening its clause it is the verb 'renewed'
    ("كما جدد الوزير دعوته إلى الحوار.", [("جدد", "الوزير", "دعوته إلى الحوار")]),
    ("الرئيس جدد دعوته إلى الحوار.", [("جدد", "الرئيس", "دعوته إلى الحوار")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_construct_titles(spoken, paragraph, expected):
    found = spoken([paragraph])
    assert found == expected


# (paragraph, whether its كبير/كبيرة is a title)
TITLES = [
    ("وقال كبير المفاوضين إن الجولة انتهت.", True),
    ("وقال كبير مستشاري الرئيس إن القرار نهائي.", True),
    ("وقال فرانك جيل كبير محلليها إن الوكالة قد تتحرك.", True),
    ("وأعلن كبير أساقفة كانتربري أن الحفل بدأ.", True),
    ("هجوم كبير تعرض له الفنان، وقال إنه لن يرد.", False),
    ("وقال مسؤول كبير إن الزعماء سيناقشون الأمر.", False),
    # a relative pronoun after it is no genitive
    ("وكانت الخسائر كبيرة التي تكبدها الفريق، وقال المدرب إنه حزين.", False),
]


@pytest.mark.parametrize(("paragraph", "title"), TITLES)
def test_construct_title_is_a_title(analyse, paragraph, title):
    (unit,) = prepare_units(analyse([paragraph]))
    (i,) = [j for j, k in enumerate(unit.keys) if k in (key("كبير"), key("كبيرة"))]
    assert unit.is_a(i, "title") is title


@pytest.mark.parametrize("word", ["كبير", "كبيرة"])
def test_construct_title_class(word):
    assert key(word) in class_keys("construct_title")
