"""Football leagues named by their tier (league_words.tsv): دوري, الدرجة, the rank and a nationality
are one ORG; the tier's words elsewhere name nothing."""

import pytest

from khabar.entities import Options, run
from khabar.entities.leagues import league_words
from khabar.model import Article, Source


def entities(text: str) -> dict[str, tuple[str, list[str]]]:
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in art.entities}


@pytest.mark.parametrize("text, mention", [
    ("ويلعب الفريق في دوري الدرجة الثالثة التركي منذ عامين", "دوري الدرجة الثالثة التركي"),  # nationality after
    ("وتلعب الفرق في دوري الدرجة الإيطالية الأولى هذا العام", "دوري الدرجة الإيطالية الأولى"),  # between
    ("وصعد النادي إلى دوري الدرجة الأولى بعد غياب", "دوري الدرجة الأولى"),  # no nationality
    ("وهبط ديبورتيفو لدوري الدرجة الثانية الفرنسي أمس", "دوري الدرجة الثانية الفرنسي"),  # ل stays out
    ("وينافس وبدوري الدرجة الرابعة فرق كثيرة", "دوري الدرجة الرابعة"),  # و and ب
])
def test_a_league_named_by_its_tier_is_one_body(text, mention):
    ents = entities(text)
    assert (mention, ("ORG", [mention])) in [(n, e) for n, e in ents.items()], ents
    assert not [n for n, (t, _) in ents.items() if t in ("GPE", "NORP")]  # the nationality is the league's


@pytest.mark.parametrize("text", [
    "وحصل الطالب على الدرجة الأولى في المسابقة",  # no league's head
    "وفاز الفريق في الدوري الأولى به المنافسة",  # no tier
    "وانطلق دوري الدرجة في موعده",  # no rank
])
def test_the_tier_s_words_alone_name_no_league(text):
    assert not [n for n in entities(text) if n.startswith("دوري")]


def test_every_role_has_words():
    words = league_words()
    assert set(words) == {"head", "tier", "rank"} and all(words.values())


@pytest.mark.parametrize("text, name, type_", [
    ("وفاز الهلال في دوري عبداللطيف جميل للمحترفين أمس", "Saudi Pro League", "ORG"),  # the 2015 sponsor's name
    ("وتنطلق منافسات دوري الأمم الأوروبية الشهر المقبل", "UEFA Nations League", "EVENT"),
])
def test_leagues_the_lexicon_names(text, name, type_):
    assert entities(text)[name][0] == type_
