"""Clubs named by a head word and their town or the town's adjective, where the article speaks of
sport (tagger off: rules and lexicons only)."""

import pytest

from khabar.arabic import tokenize
from khabar.entities import Options, run
from khabar.entities.clubheads import article_speaks_of_sport, club_heads
from khabar.model import Article, Source


def entities(*body: str) -> dict[str, str]:
    art = run(Article(id="t", source=Source(kind="text"), body=list(body)), Options(tagger=False))
    return {e.name: e.type for e in art.entities}


@pytest.mark.parametrize("text, club", [
    ("فاز استقلال طهران على منافسه في مباراة الدوري", "استقلال طهران"),  # a head before a town
    ("تعادل أولمبيك سيدي بوزيد مع منافسه في مباراة الدوري", "أولمبيك سيدي بوزيد"),
    ("وفاز الأولمبي الباجي على منافسه في مباراة الدوري", "الأولمبي الباجي"),  # the town's adjective
    ("وتغلب الملعب القابسي على منافسه في مباراة الدوري", "الملعب القابسي"),
    ("فاز نيويورك سيتي على منافسه في مباراة الدوري", "نيويورك سيتي"),  # a word after the town
    ("وتغلبت جندوبة الرياضية على منافسها في مباراة الدوري", "جندوبة الرياضية"),  # الرياضية too
    ("وفاز النادي الرياضي البنزرتي في مباراة الدوري", "النادي الرياضي البنزرتي"),  # رياضي between
    ("وتغلبت قوافل قفصة على سبورتنغ بن عروس في مباراة الدوري", "قوافل قفصة"),  # قوافل: caravans
    ("وتغلبت قوافل قفصة على سبورتنغ بن عروس في مباراة الدوري", "سبورتنغ بن عروس"),
])
def test_a_club_head_and_a_town_name_a_club_in_sport(text, club):
    found = entities(text)
    assert found.get(club) == "ORG"


def test_the_club_takes_the_town_s_mention():
    assert "Tehran" not in entities("فاز استقلال طهران على منافسه في مباراة الدوري")


@pytest.mark.parametrize("text, town", [
    ("ناقش المجلس مستقبل طهران في الاجتماع", "Tehran"),  # no sport: the future of Tehran
    ("ناقش المجلس مستقبل طهران ولاعب واحد", "Tehran"),  # one sport word is not enough
])
def test_without_sport_the_town_stays_a_town(text, town):
    found = entities(text)
    assert found.get(town) == "GPE" and not any(name.startswith("مستقبل") for name in found)


@pytest.mark.parametrize("text, absent", [
    ("قال نجم مصر إن مباراة الدوري صعبة", "نجم مصر"),  # a country is no town: Egypt's star
    ("ولعب ملعب طهران مباراة الدوري", "ملعب طهران"),  # ملعب before a town is a stadium's name
    ("وقاد الشباب السعودي مباراة الدوري", "الشباب السعودي"),  # a country's adjective: Saudi youth
    ("وتألق النجم الجزائري في مباراة الدوري", "النجم الجزائري"),  # also Algiers': the country's
    ("وغاب نجم مدريد عن مباراة الدوري", "نجم مدريد"),  # نجم before a town: its star
    ("وفاز المستقبل الرياضي في مباراة الدوري", "المستقبل الرياضي"),  # رياضي is no town's (الرياض)
    ("وأقيمت مباراة الدوري في مدينة جدة الرياضية مع المدرب", "جدة الرياضية"),  # a place noun: the town
])
def test_no_club_from_a_country_or_a_stadium(text, absent):
    assert entities(text).get(absent) != "ORG"


def test_a_listed_club_after_a_head_stays_the_listed_club():
    found = entities("أقدم مشجع لنادي باريس سان جرمان الفرنسي على مباراة الدوري")
    assert "Paris Saint-Germain" in found and "نادي باريس" not in found


def test_a_head_before_a_listed_club_s_adjective_widens_the_listed_club():
    art = run(Article(id="t", source=Source(kind="text"), body=["وفاز النادي الرياضي الصفاقسي في مباراة الدوري"]),
              Options(tagger=False))
    assert [(e.name, [m.text for m in e.mentions]) for e in art.entities] == [
        ("CS Sfaxien", ["النادي الرياضي الصفاقسي"])]


@pytest.mark.parametrize("text, club, listed", [
    # a listed club's head word alone before another town's adjective: that town's club
    ("وفاز الترجي الجرجيسي على منافسه في مباراة الدوري", "الترجي الجرجيسي", "Espérance de Tunis"),
    ("وفاز سبورتينغ بن عروس على منافسه في مباراة الدوري", "سبورتينغ بن عروس", "Sporting CP"),  # a town
    # before a country's adjective it stays the listed club
    ("وفاز الترجي الرياضي التونسي على منافسه في مباراة الدوري", None, "Espérance de Tunis"),
])
def test_a_listed_club_s_head_before_another_town_s_adjective(text, club, listed):
    found = entities(text)
    assert (club is None or found.get(club) == "ORG") and (listed in found) is (club is None)


@pytest.mark.parametrize("body, name, type_", [
    # a results line of a sport article: the masculine agrees with the club left unsaid
    (["قرعة الدوري الأوروبي لمباريات الذهاب والإياب", "روما الإيطالي - بورتو البرتغالي"], "روما", "ORG"),
    (["زار الرئيس روما الإيطالية أمس", "وقال إن المباراة مع المدرب واللاعب"], "Rome", "GPE"),  # feminine: the town
    (["زار الوفد روما الإيطالي أمس"], "Rome", "GPE"),  # no sport: the town
    # a named group with no country of its own (القوى الغربية) takes no adjective as its own
    (["وطلبت القوى الغربية الأربع من روسيا", "وقال إن المباراة مع المدرب واللاعب"], "Western powers", "GPE"),
])
def test_a_town_with_its_country_s_masculine_adjective_is_its_club_in_sport(body, name, type_):
    assert entities(*body).get(name) == type_


def test_a_results_paragraph_reads_the_article_s_sport():
    found = entities("دارت مباريات الجولة الأولى من الدوري وسجل لاعب هدفين", "استقلال طهران 1-0 منافسه")
    assert found.get("استقلال طهران") == "ORG"


@pytest.mark.parametrize("units, sport", [
    (["فاز الفريق في مباراة الدوري"], True),  # two sport words in one unit
    (["سجل هدفين", "في مباراة", "الدوري"], True),  # three over the article
    (["شاهد فيلم نادي القطن", "عن الكرة"], False),  # two stray words over a long article
])
def test_article_speaks_of_sport(units, sport):
    assert article_speaks_of_sport([tokenize(u) for u in units]) is sport


def test_every_club_head_row_says_where_it_is_read():
    assert all(forms and forms <= {"town", "adjective", "after", "between"} for forms in club_heads().values())
