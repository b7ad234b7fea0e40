"""An armed group's common-word form (القاعدة: the base, the rule): the group only beside a cue."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.groupcues import CUED_GROUP, group_cues
from khabar.entities.lexicon import group_cued_entries
from khabar.entities.matcher import lexicon


def group_names(text: str) -> list[tuple[str, str]]:
    toks = tokenize(text)
    return [(text[toks[m.first].start:toks[m.last].end], m.entry.name)
            for m in lexicon().find(toks) if m.entry.group == "armed_groups"]


@pytest.mark.parametrize("text, expected", [
    # a noun of the group, its members or leaders before it (side before)
    ("قال زعيم القاعدة إن الحرب طويلة", [("القاعدة", "Al-Qaeda")]),
    ("قتل ثلاثة من مسلحي القاعدة في أبين", [("القاعدة", "Al-Qaeda")]),
    ("هاجم عناصر للقاعدة نقطة تفتيش", [("للقاعدة", "Al-Qaeda")]),
    ("فرّت فلول القاعدة من المدينة", [("القاعدة", "Al-Qaeda")]),
    ("أعلن فرع القاعدة في اليمن مسؤوليته", [("القاعدة", "Al-Qaeda")]),
    ("يقاتل أفراد القاعدة في الصحراء", [("القاعدة", "Al-Qaeda")]),
    ("تعهد بتعزيز جناح القاعدة في اليمن", [("القاعدة", "Al-Qaeda")]),
    ("قاتلت الفصائل المرتبطة بالقاعدة الجيش", [("بالقاعدة", "Al-Qaeda")]),
    # alone in quotes: a base or a rule is not quoted so
    ("نجحت العشائر في طرد «القاعدة» من المدينة", [("القاعدة", "Al-Qaeda")]),
    ('تصدت العشائر لـ"القاعدة" في الأنبار', [("القاعدة", "Al-Qaeda")]),
    # joined by و to another armed group, either side, quoted or not
    ("يستغل داعش والقاعدة الفوضى", [("داعش", "Islamic State"), ("والقاعدة", "Al-Qaeda")]),
    ("حاربت القوات القاعدة وطالبان", [("القاعدة", "Al-Qaeda"), ("وطالبان", "Taliban")]),
    ("تحالف «القاعدة» و«داعش» مؤقت", [("القاعدة", "Al-Qaeda"), ("داعش", "Islamic State")]),
    # the curated alias with تنظيم needs no cue
    ("نشر تنظيم القاعدة تسجيلا", [("تنظيم القاعدة", "Al-Qaeda")]),
])
def test_cued_form_names_the_group_beside_a_cue(text, expected):
    assert group_names(text) == expected


@pytest.mark.parametrize("text", [
    "هبطت الطائرة في القاعدة الجوية",  # no cue: a base
    "توسع القاعدة الإنتاجية للاقتصاد",  # the base of production
    "كسرت الشركة هذه القاعدة",  # a rule
    "ويحظى الحزب بالقاعدة الشعبية",  # no cue
    "زار قادة القاعدة العسكرية الجنود",  # a cue, but a base's adjective after (side after)
    "زار أفراد القاعدة البحرية الميناء",
    "قال قائد القاعدة إن الجنود بخير",  # قائد: no cue, as often a base's commander
    "أعلن قادة القاعدة التركية في الصومال",  # a feminine nationality adjective after
    "أغلق داعش والقاعدة الأمريكية",  # joined to a group, but a base
    "هبطت في «القاعدة الجوية» طائرات",  # quoted, but with its adjective
    "قال إن «القاعدة» الجوية محصنة",  # alone in quotes, but a base's adjective after
])
def test_cued_form_is_a_common_word_elsewhere(text):
    assert group_names(text) == [] or all(name != "Al-Qaeda" for _, name in group_names(text))


def test_cue_sides_are_read_and_the_form_is_cued():
    cues = group_cues()
    assert cues["before"] and cues["after"] and cues["before"].isdisjoint(cues["after"])
    assert {(form, e.kind) for form, e in group_cued_entries()} == {("القاعدة", CUED_GROUP)}
