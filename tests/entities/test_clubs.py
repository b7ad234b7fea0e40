"""Clubs named after a city or with a common word: the club only where the text speaks of sport."""

import pytest

from khabar.arabic import tokenize
from khabar.entities import Options, run
from khabar.entities.clubs import speaks_of_sport
from khabar.entities.lexicon import club_cued_entries
from khabar.entities.matcher import lexicon
from khabar.model import Article, Source


def club_names(text: str) -> list[tuple[str, str]]:
    toks = tokenize(text)
    return [(text[toks[m.first].start:toks[m.last].end], m.entry.name)
            for m in lexicon().find(toks) if m.entry.group == "clubs"]


@pytest.mark.parametrize("text, expected", [
    ("فاز برشلونة على إشبيلية في مباراة الدوري", [("برشلونة", "FC Barcelona"), ("إشبيلية", "Sevilla FC")]),
    ("قال مدرب الهلال إن لاعبي الفريق جاهزون", [("الهلال", "Al Hilal SFC")]),
    ("تعادل الأهلي وبالزمالك في الملعب", [("الأهلي", "Al Ahly SC"), ("وبالزمالك", "Zamalek SC")]),
])
def test_cued_forms_name_clubs_in_sport(text, expected):
    assert club_names(text) == expected


@pytest.mark.parametrize("text", [
    "قرر الاتحاد الأوروبي فرض عقوبات",  # الاتحاد: the union
    "دعا إلى تعزيز السلم الأهلي",  # الأهلي: civil
    "زار الوفد روما ولاعب واحد",  # one sport word is not enough
])
def test_cued_forms_without_sport_name_no_club(text):
    assert club_names(text) == []


def test_cued_readings_never_leave_the_matcher():
    toks = tokenize("فاز الاتحاد في مباراة الدوري وقرر الاتحاد الأوروبي")
    assert all(e.kind != "cued" for m in lexicon().find(toks) for e in m.entries)


def test_a_longer_name_wins_over_a_cued_form():
    assert club_names("تبرع الهلال الأحمر بملعب لمباراة الدوري") == []


@pytest.mark.parametrize("text, sport", [
    ("سجل اللاعب في مباراة", True),
    ("للاعبين وللمدرب", True),
    ("قال الرئيس إن المباراة", False),
])
def test_speaks_of_sport(text, sport):
    assert speaks_of_sport(tokenize(text)) == sport


def test_stage_makes_the_club_not_the_city():
    art = run(Article(id="t", source=Source(kind="text"), body=["فاز روما في مباراة الدوري على ملعب الأولمبي"]),
              Options(tagger=False))
    assert [(e.name, e.type) for e in art.entities if e.name in ("AS Roma", "Rome")] == [("AS Roma", "ORG")]


def test_every_cued_form_can_name_its_club():
    """A cued form that another reading always outranks (المصري the demonym, الريال the currency,
    الشرطة the police) would be dead data."""
    missed = [(form, club.name) for form, club in club_cued_entries()
              if club.name not in {m.entry.name for m in lexicon().find(tokenize(f"فاز {form} في مباراة الدوري"))}]
    assert missed == []
