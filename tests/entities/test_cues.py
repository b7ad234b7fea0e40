"""Per-word cues the linker scans units with: readings, the type a word heads, the anaphor it is."""

import pytest

from khabar.entities.cues import ANAPHOR, Anaphor, head_type, word_cues
from khabar.entities.keys import word_readings


@pytest.mark.parametrize("word, head, anaphor", [
    ("سجن", "FAC", None),
    ("وبسجن", "FAC", None),  # under its most stripped reading
    ("جامعة", "ORG", Anaphor("ORG", frozenset({"جامعه"}))),  # a head noun that is an anaphor too (الجامعة)
    ("الوزارة", "ORG", Anaphor("ORG", frozenset({"وزاره"}))),  # a construct-only head (وزارة الآثار)
    ("والحكومة", None, Anaphor("ORG", frozenset({"حكومه"}))),
    ("قال", None, None),
])
def test_word_cues_give_readings_head_type_and_anaphor(word, head, anaphor):
    assert word_cues(word) == (word_readings(word), head, anaphor)
    assert (head_type(word), ANAPHOR(word_cues(word))) == (head, anaphor)


@pytest.mark.parametrize("word, anaphor", [
    # a body's noun: the heads its antecedent's name begins with, and lexicon tables it may refer to
    ("التنظيم", Anaphor("ORG", frozenset({"تنظيم"}), groups=frozenset({"armed_groups"}))),
    ("الصحيفة", Anaphor("ORG", frozenset({"صحيفه", "جريده"}))),
    ("المهرجان", Anaphor("EVENT", frozenset({"مهرجان"}))),
    # a title: the cores of the roles it may stand for, some as prefixes (وزير*)
    ("الرئيس", Anaphor("PER", frozenset({"رييس", "رييس جمهوريه", "رييس دوله"}))),
    ("الوزير", Anaphor("PER", frozenset(), prefixes=("وزير",))),
])
def test_anaphor_lexicon_rows(word, anaphor):
    assert ANAPHOR(word_cues(word)) == anaphor


@pytest.mark.parametrize("word", ["موفدي", "مراسلو", "مندوبين", "مستشاري"])
def test_a_plural_noun_of_people_is_no_name_alone(word):
    from khabar.entities.cues import name_stop_keys, people_plural_keys
    from khabar.entities.matcher import lexicon

    key = lexicon().keys.key(word)
    assert key in people_plural_keys() and key in name_stop_keys()


@pytest.mark.parametrize("word, head", [
    ("نائب", True), ("مستشار", True), ("وكيل", True),
    ("نجل", False),  # kinship: after نجل الرئيس the name is as often the president's
    ("الرئيس", False),
])
def test_construct_heads(word, head):
    from khabar.entities.cues import construct_head_keys
    from khabar.entities.matcher import lexicon

    assert (lexicon().keys.key(word) in construct_head_keys()) is head


@pytest.mark.parametrize("word, senior", [
    ("كبير", True), ("كبيرة", True),  # كبير مستشاري الرئيس, كبيرة المفاوضين
    ("كبار", False),  # a plural: كبار المسؤولين names no one person
    ("نائب", False),  # a noun of office, not an adjective of rank
])
def test_senior_words(word, senior):
    from khabar.entities.cues import senior_keys
    from khabar.entities.matcher import lexicon

    assert (lexicon().keys.key(word) in senior_keys()) is senior


@pytest.mark.parametrize("word, ends", [
    ("الذي", True), ("حيث", True), ("بحضور", True),  # a clause or a circumstance begins
    ("بزعامة", True), ("برئاسة", True),  # led by: the name after is the leader
    ("في", False), ("عن", False),  # سفير السعودية في لبنان X, النائب عن حركة أمل X
])
def test_role_breaks(word, ends):
    from khabar.entities.cues import role_break_keys
    from khabar.entities.matcher import lexicon

    assert (lexicon().keys.key(word) in role_break_keys()) is ends
