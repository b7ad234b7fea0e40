"""Clubs named after a city or with a common word: the club only where the text speaks of sport."""

import pytest

from khabar.arabic import tokenize
from khabar.entities import Options, run
from khabar.entities.clubs import MIN_CUES, speaks_of_sport, sport_words_among
from khabar.entities.cues import countries_by_iso
from khabar.entities.lexicon import club_cued_entries, named_entries
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
    # the league's clubs, the national team, professional status: sport words too
    ("قال رئيس لجنة الاحتراف إن النصر انضم إلى الأندية", [("النصر", "Al Nassr FC")]),
    # a club's nickname (cued: the old lady, the gunners, the Catalan club)
    ("وحقق فريق السيدة العجوز الفوز في مباراة الدوري", [("السيدة العجوز", "Juventus")]),
    ("سجل اللاعب في مباراة مع المدفعجية هدفا", [("المدفعجية", "Arsenal FC")]),
    ("تقدم الفريق الكتالوني في الدوري بهدف للاعب", [("الفريق الكتالوني", "FC Barcelona")]),
    # a place's name too (الفيحاء: Damascus, Tripoli): the club only in sport
    ("فاز الفيحاء على التعاون في مباراة الدوري", [("الفيحاء", "Al-Fayha FC"), ("التعاون", "Al Taawoun FC")]),
])
def test_cued_forms_name_clubs_in_sport(text, expected):
    assert club_names(text) == expected


@pytest.mark.parametrize("text", [
    "قرر الاتحاد الأوروبي فرض عقوبات",  # الاتحاد: the union
    "دعا إلى تعزيز السلم الأهلي",  # الأهلي: civil
    "زار الوفد روما ولاعب واحد",  # one sport word is not enough
    "ساعدت الجارة السيدة العجوز في عبور الطريق",  # an old lady
    "تجول الزوار في أسواق الفيحاء القديمة",  # الفيحاء: a city's epithet
])
def test_cued_forms_without_sport_name_no_club(text):
    assert club_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("ونشرت الصحف تصريحات لفريق ليستر أمس", [("ليستر", "Leicester City")]),  # team_words.txt
    ("وأعلن فريق برشلونة تعاقده مع مدافع", [("برشلونة", "FC Barcelona")]),
    ("وزار الوزير مدينة ليستر البريطانية", []),
])
def test_a_team_noun_before_a_cued_form_names_the_club(text, expected):
    assert club_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وحدد ملعب المباراة بعد أن تم الاتفاق مع الرابطة على الملعب", []),  # a passive auxiliary before
    ("وقع اللاعب عقدا مع النادي بعد الاتفاق عليها في الدوري", []),  # a governed preposition after
    ("فاز الاتفاق على الفتح في مباراة الدوري", [("الاتفاق", "Al Ettifaq FC"), ("الفتح", "Al Fateh SC")]),
])
def test_a_cued_form_a_verbal_noun_cue_reads_as_that_noun(text, expected):
    assert club_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no country named: the default club
    ("فاز الأهلي على الزمالك في مباراة الدوري", [("الأهلي", "Al Ahly SC"), ("الزمالك", "Zamalek SC")]),
    ("فاز الأهلي في مباراة الدوري السعودي", [("الأهلي", "Al Ahli Saudi FC")]),  # a nationality
    ("فاز الأهلي في مباراة الدوري في جدة", [("الأهلي", "Al Ahli Saudi FC")]),  # a town
    ("تعادل الاتحاد والأهلي في مباراة الدوري بطرابلس",  # a capital, for both clubs
     [("الاتحاد", "Al Ittihad Tripoli"), ("والأهلي", "Al Ahli SC (Tripoli)")]),
    ("سجل لاعب الهلال هدفا في مباراة بالخرطوم", [("الهلال", "Al Hilal Omdurman")]),
    # the most named country wins; a club named in full is no evidence (its bare form may be the
    # one in question), a package gazetteer town neither (many are spelled like common words)
    ("فاز الأهلي على ضيفه من الأردن في مباراة الدوري السعودي في الرياض", [("الأهلي", "Al Ahli Saudi FC")]),
    ("فاز الأهلي على الوحدات الأردني في مباراة الدوري", [("الأهلي", "Al Ahly SC"),
                                                     ("الوحدات الأردني", "Al Wehdat SC")]),
    ("فاز الهلال في مباراة الدوري السعودي", [("الهلال", "Al Hilal SFC")]),  # the default's own country
    ("فاز الاتحاد في مباراة الدوري المصري", [("الاتحاد", "Al Ittihad Alexandria")]),  # a national league
])
def test_shared_club_names_follow_the_country_named(text, expected):
    assert club_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one sport word and a country in brackets after the name: a results table or a draw
    ("وتأهل ليفربول (إنجلترا) وبوردو (فرنسا) من البطولة",
     [("ليفربول", "Liverpool FC"), ("وبوردو", "FC Girondins de Bordeaux")]),
    ("وصل الوفد إلى بوردو (فرنسا) أمس", []),  # no sport word: the city
])
def test_a_country_in_brackets_after_a_club(text, expected):
    assert club_names(text) == expected


def test_a_country_named_outside_sport_names_no_club():
    assert club_names("دعا إلى تعزيز السلم الأهلي في السعودية") == []  # civil peace


def test_cued_readings_never_leave_the_matcher():
    toks = tokenize("فاز الاتحاد في مباراة الدوري وقرر الاتحاد الأوروبي")
    assert all(e.kind != "cued" for m in lexicon().find(toks) for e in m.entries)


def test_a_longer_name_wins_over_a_cued_form():
    assert club_names("تبرع الهلال الأحمر بملعب لمباراة الدوري") == []


@pytest.mark.parametrize("text, sport", [
    ("سجل اللاعب في مباراة", True),
    ("للاعبين وللمدرب", True),
    ("قال الرئيس إن المباراة", False),
    ("علق الفريقان النشاط الرياضي بسبب أزمة الناديين", True),  # a club's dual, the sporting adjective
])
def test_speaks_of_sport(text, sport):
    assert speaks_of_sport(tokenize(text)) == sport


@pytest.mark.parametrize("text, count", [
    ("قال الرئيس إن المباراة", 1),  # one sport word, with its article
    ("قال الرئيس إن الوضع صعب", 0),
    ("سجل اللاعب في مباراة الدوري أمام المدرب", MIN_CUES),  # gathered only up to MIN_CUES
])
def test_sport_words_among(text, count):
    assert len(sport_words_among(tokenize(text))) == count


def test_stage_makes_the_club_not_the_city():
    art = run(Article(id="t", source=Source(kind="text"), body=["فاز روما في مباراة الدوري على ملعب الأولمبي"]),
              Options(tagger=False))
    assert [(e.name, e.type) for e in art.entities if e.name in ("AS Roma", "Rome")] == [("AS Roma", "ORG")]


def test_every_cued_form_can_name_its_club():
    """A cued form that another reading always outranks (المصري the demonym, الريال the currency,
    الشرطة the police) would be dead data."""
    def text(form: str, club) -> str:  # a home-only form needs its club's country named
        where = f" في {countries_by_iso()[club.country].name_ar}" if club.kind == "cued_home" else ""
        return f"فاز {form} في مباراة الدوري{where}"

    missed = [(form, club.name) for form, club in club_cued_entries()
              if club.name not in {m.entry.name for m in lexicon().find(tokenize(text(form, club)))}]
    assert missed == []


@pytest.mark.parametrize("text, expected", [
    # a head noun of bodies before a relational adjective is a federation, not the club
    ("قرر الاتحاد الدولي نقل مباراة الدوري إلى ملعب آخر", []),
    ("أعلن الاتحاد الألماني موعد مباراة الدوري", []),
    # a club named by another word keeps its adjective
    ("فاز الهلال السعودي على الاتحاد في مباراة الدوري", [("الهلال السعودي", "Al Hilal SFC"), ("الاتحاد", "Al Ittihad Club")]),
])
def test_a_body_head_with_an_adjective_is_no_club(text, expected):
    assert club_names(text) == expected


@pytest.mark.parametrize("text, name", [
    ("ويستعد نادي الخليج لاستضافة فريق النصر", "Al Khaleej FC"),  # listed as الخليج السعودي
    ("وأعلن نادي الاتحاد عن ضم اللاعب", "Al Ittihad Club"),  # a form a row lists keeps its club
])
def test_club_house_form_of_a_club_listed_with_its_nationality(text, name):
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    assert name in [e.name for e in art.entities]


def test_no_club_house_form_shared_by_two_clubs():
    # الوحدة السعودي and الوحدة الإماراتي: نادي الوحدة is neither's
    assert "نادي الوحدة" not in {a for a, e in named_entries() if e.group == "clubs"}
