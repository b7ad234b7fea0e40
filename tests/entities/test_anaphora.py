"""Nominal anaphors and bare titles: a mention of the one entity named before them that fits, or
of none when that is ambiguous (tagger off: lexicons and rules only)."""

import pytest

from khabar.entities import Options, run
from khabar.entities.anaphora import title_fits, title_key
from khabar.model import Article, Source


def mentions(*body: str, headline: str = "") -> dict[str, list[str]]:
    art = run(Article(id="t", source=Source(kind="text"), headline=headline, body=list(body)), Options(tagger=False))
    return {e.name: [m.text for m in e.mentions] for e in art.entities}


@pytest.mark.parametrize("body, name, expected", [
    # a body's noun whose head begins the antecedent's name
    (["أعلنت وزارة الدفاع الروسية مقتل جنديين.", "وقالت الوزارة إن الهجوم وقع قرب حلب."],
     "Russian Ministry of Defence", ["وزارة الدفاع الروسية", "الوزارة"]),
    # a noun whose lexicon table holds the antecedent, whatever its name begins with
    (["سيطر داعش على البلدة.", "وقال التنظيم في بيان إنه قتل جنودا."], "Islamic State", ["داعش", "التنظيم"]),
    # the head stands before the mention (a construct with a quoted name)
    (["ذكرت صحيفة «الحياة» أن المفاوضات توقفت.", "وأضافت الصحيفة أن الوفد غادر."], "Al-Hayat", ["الحياة", "الصحيفة"]),
    # with a nationality: the body named with the same one
    (["أعلنت وزارة التجارة الصينية فرض رسوم.", "وقالت الوزارة الصينية إن القرار نهائي."],
     "Chinese Ministry of Trade", ["وزارة التجارة الصينية", "الوزارة"]),
    # an event's noun, after a preposition and the article (لل)
    (["افتتح مهرجان كان السينمائي دورته أمس.", "وقدمت للمهرجان أفلام كثيرة."],
     "Cannes Film Festival", ["مهرجان كان السينمائي", "للمهرجان"]),
])
def test_a_body_noun_refers_back_to_the_one_body_that_fits(body, name, expected):
    assert mentions(*body)[name] == expected


@pytest.mark.parametrize("body, name, expected", [
    # a one-word title the lexicon lets stand for every title beginning so (الوزير → وزير الخارجية)
    (["قال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تتراجع.", "وأضاف الوزير أن موسكو ستواصل دعمها."],
     "Sergey Lavrov", ["سيرغي لافروف", "الوزير"]),
    # a one-word title that stands for the roles the lexicon lists (الرئيس → رئيس + nationality)
    (["قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ.", "وأكد الرئيس أنه سينسحب منه."],
     "Donald Trump", ["دونالد ترامب", "الرئيس"]),
    # a title of two words used again without the nationality: no lexicon row needed
    (["قال رئيس الوزراء البريطاني بوريس جونسون إن الاتفاق جيد.", "وأضاف رئيس الوزراء أن البرلمان سيصوت."],
     "Boris Johnson", ["بوريس جونسون", "رئيس الوزراء"]),
])
def test_a_bare_title_refers_back_to_the_one_person_holding_it(body, name, expected):
    assert mentions(*body)[name] == expected


@pytest.mark.parametrize("body, name, expected", [
    # two ministries in the nearest paragraph that names any: ambiguous
    (["أعلنت وزارة الدفاع الروسية ووزارة الخارجية الأمريكية بيانين.", "وقالت الوزارة إن الهجوم وقع."],
     "Russian Ministry of Defence", ["وزارة الدفاع الروسية"]),
    # an indefinite head before a name is no anaphor (شركة مارفل is another company)
    (["أعلنت شركة أبل أرباحها.", "وقالت شركة مارفل إنها ستنتج فيلما."], "Apple", ["شركة أبل"]),
    # a noun qualified by another nationality describes another body
    (["أعلنت شركة أبل أرباحها.", "ووقعت الشركة السعودية اتفاقا."], "Apple", ["شركة أبل"]),
    (["أعلنت وزارة التجارة الصينية فرض رسوم.", "وقالت الوزارة الأمريكية إن القرار مرفوض."],
     "Chinese Ministry of Trade", ["وزارة التجارة الصينية"]),
    # a nationality and a remit after the noun: a body's own name
    (["أعلنت وزارة التجارة الصينية فرض رسوم.", "وقالت الوزارة الصينية للشؤون الخارجية إن القرار مرفوض."],
     "Chinese Ministry of Trade", ["وزارة التجارة الصينية"]),
    # too far back, past the paragraphs a story keeps its subject in
    (["أعلنت وزارة الدفاع الروسية مقتل جنديين.", *["وتواصل القتال في المدينة."] * 6, "وقالت الوزارة إن الهجوم توقف."],
     "Russian Ministry of Defence", ["وزارة الدفاع الروسية"]),
])
def test_no_link_when_the_antecedent_is_not_unambiguous(body, name, expected):
    assert mentions(*body)[name] == expected


@pytest.mark.parametrize("body, name, expected", [
    # another nationality: the Russian president is not the American one
    (["قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ.", "ورد الرئيس الروسي بأن الاتفاق جيد."],
     "Donald Trump", ["دونالد ترامب"]),
    # a name right after the title: the title is that one's (الوزير روس)
    (["قال وزير الخارجية الروسي سيرغي لافروف إن الرسوم ستفرض.", "وعلى الوزير روس أن يسافر إلى بكين."],
     "Sergey Lavrov", ["سيرغي لافروف"]),
])
def test_a_title_that_names_someone_else_is_no_anaphor(body, name, expected):
    assert mentions(*body)[name] == expected


@pytest.mark.parametrize("title, role, fits", [
    (["الوزير"], "وزير الخارجية الروسي", True),
    (["الوزير"], "نائب وزير الخارجية", False),  # a deputy is no minister
    (["الرئيس"], "الرئيس السوري", True),
    (["الرئيس"], "رئيس الوزراء العراقي", False),  # الرئيس alone is no prime minister
    (["رئيس", "الوزراء"], "رئيس الوزراء العراقي", True),
    (["اللاعب"], "اللاعب البرازيلي", False),  # a one-word title the lexicon lacks refers to no one
])
def test_title_fits(title, role, fits):
    assert title_fits(title)(role) is fits


def test_title_key_drops_nationality():
    assert title_key(["الرئيس", "الأمريكي"]) == ("رييس", frozenset({"امريكي"}))


@pytest.mark.parametrize("body, url, noun, country", [
    # المملكة refers back to the one kingdom the nearest text named as a kingdom
    (["وقعت الولايات المتحدة اتفاقا مع المملكة العربية السعودية.", "وتصدر المملكة النفط."], "", "المملكة",
     "Saudi Arabia"),
    # else it is the one kingdom the article names (state_nouns.tsv), by its name or its people
    (["وقعت الولايات المتحدة اتفاقا مع السعودية.", "وتصدر المملكة النفط."], "", "المملكة", "Saudi Arabia"),
    (["ارتفع التضخم في الأردن.", "وتستضيف المملكة لاجئين كثيرين."], "", "المملكة", "Jordan"),
    (["زار وفد فرنسي البحرين.", "وتسعى المملكة إلى جذب الاستثمار."], "", "المملكة", "Bahrain"),
    # of none, the default (Saudi Arabia), or the home country where it is a kingdom
    (["ارتفع الناتج المحلي الإجمالي للمملكة."], "", "للمملكة", "Saudi Arabia"),
    (["ارتفع الناتج المحلي الإجمالي للمملكة."], "https://www.hespress.ma/a.html", "للمملكة", "Morocco"),
    # the home country where it is a kingdom, though the article names another one, or several
    (["زار ملك الأردن السعودية.", "وتسعى المملكة إلى جذب الاستثمار."], "https://www.okaz.com.sa/a", "المملكة",
     "Saudi Arabia"),
    (["يمتد الطريق حتى الحدود الشمالية للمملكة مع الأردن."], "https://www.okaz.com.sa/a", "للمملكة",
     "Saudi Arabia"),
    (["وقع المغرب اتفاقا مع البحرين.", "وتسعى المملكة إلى جذب الاستثمار."], "https://www.hespress.ma/a.html",
     "المملكة", "Morocco"),
    # السلطنة is Oman only where the article names it
    (["وصل الوفد إلى عمان.", "وتشهد السلطنة نموا."], "", "السلطنة", "Oman"),
])
def test_the_kingdom(body, url, noun, country):
    art = run(Article(id="t", source=Source(kind="text", url=url or None), body=body), Options(tagger=False))
    ent = next(e for e in art.entities if e.name == country)
    assert noun in [m.text for m in ent.mentions]


@pytest.mark.parametrize("body", [
    # two kingdoms named, neither the home: no link
    ["وقع الأردن اتفاقا مع السعودية.", "وتسعى المملكة إلى جذب الاستثمار."],
    # a definite word after it makes it another kingdom (the animal kingdom, a historical one)
    ["تنوعت المملكة الحيوانية في الجزيرة."],
    # السلطنة naming no Oman is a song's rapture
    ["سهرة غنائية في أجواء من السلطنة."],
])
def test_no_kingdom(body):
    art = run(Article(id="t", source=Source(kind="text"), body=body), Options(tagger=False))
    assert not [e.name for e in art.entities if any(m.text in ("المملكة", "السلطنة") for m in e.mentions)]
