"""Place mentions in short composed sentences: span, country, reading."""

from __future__ import annotations

from collections import Counter

import pytest

from khabar.arabic.fold import fold_word
from khabar.model import Article, Source
from khabar.places import Options, run
from khabar.places.gazetteer import gazetteer
from khabar.places.match import find_places


def places_of(text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(id="t", source=Source(kind="text"), body=[text])
    return [(p.text, p.country, p.name) for p in run(article, Options()).places]


@pytest.mark.parametrize(("text", "mention", "country", "name"), [
    ("قصفت الطائرات مواقع في البوكمال", "البوكمال", "SY", "Abu Kamal"),  # own table: city
    ("وصلت القوات بالبوكمال أمس", "بالبوكمال", "SY", "Abu Kamal"),  # clitic inside the word
    ("عبرت القوات نهر الفرات", "نهر الفرات", "SY", "Euphrates"),  # river with its designator
    ("قرب قاعدة التنف", "التنف", "SY", "Al-Tanf"),  # border area
    ("في مخيم اليرموك", "مخيم اليرموك", "SY", "Yarmouk Camp"),  # camp
    ("قالت موسكو إن", "موسكو", "RU", "Moscow"),  # geonames city with Arabic name
    ("زار الوزير إيران", "إيران", "IR", "Iran"),  # CLDR country name
    ("وصل إلى للعراق", "للعراق", "IQ", "Iraq"),  # ل + ال contracted
    ("في مملكة البحرين", "مملكة البحرين", "BH", "Bahrain"),  # country variant
    ("في شمال سوريا", "شمال سوريا", "SY", "Northern Syria"),  # direction + country
    ("في حلب بشمال سوريا", "بشمال سوريا", "SY", "Northern Syria"),  # the direction with ب
    ("في تونس وجنوب الجزائر", "وجنوب الجزائر", "DZ", "Southern Algeria"),  # ... with و
    ("لجأت تنظيمات لجنوب ليبيا", "لجنوب ليبيا", "LY", "Southern Libya"),  # ... with ل
    ("في مناطق بوسط اليمن", "بوسط اليمن", "YE", "Central Yemen"),  # وسط with ب
    ("قرب كورنيش المعادي بجنوب القاهرة", "بجنوب القاهرة", "EG", "Southern Cairo"),  # a city's part
    ("في محافظة البصرة", "محافظة البصرة", "IQ", "Basra"),  # governorate designator
    ("في أوروبا", "أوروبا", None, "Europe"),  # continent
    ("في مقاطعة كولومبيا البريطانية", "كولومبيا البريطانية", "CA", "British Columbia"),  # longest name
    ("انفجرت عبوة بميدان المحكمة بمصر الجديدة", "بمصر الجديدة", "EG", "Heliopolis"),  # a Cairo district
    ("تحطمت طائرة في ولاية جورجيا", "ولاية جورجيا", "US", "Georgia"),  # ولاية: the US state
    ("زار الرئيس جورجيا وأرمينيا", "جورجيا", "GE", "Georgia"),  # alone: the country
    ("أصدر والي بنزرت 6 قرارات", "بنزرت", "TN", "Bizerte"),  # a geonames name ending in a space
    ("اشتباكات في طرابلس شمال لبنان", "طرابلس", "LB", "Tripoli"),  # two curated readings: the country named
    ("اشتباكات في طرابلس بين الميليشيات", "طرابلس", "LY", "Tripoli"),  # none named: the first row
    ("انفصلت أبخازيا عن جورجيا", "أبخازيا", "GE", "Abkhazia"),  # own table: a breakaway region
    ("في محافظة المهرة جنوب البلاد", "محافظة المهرة", "YE", "Al Mahrah Governorate"),  # ambiguous, designated
    ("قصفت الطائرات مواقع في جنوب غرب فرنسا", "جنوب غرب فرنسا", "FR", "Southwestern France"),  # two directions
    ("في بلدة تقع شمال شرقي سوريا", "شمال شرقي سوريا", "SY", "Northeastern Syria"),
    ("في كافة مناطق شمال وغرب حضرموت", "وغرب حضرموت", "YE", "Western Hadramaut"),  # two parts: the second
    ("ضربت العاصفة ولايات تكساس وفلوريدا وجورجيا", "وجورجيا", "US", "Georgia"),  # in a list of states
    ("ضربت العاصفة جورجيا وكارولينا الجنوبية", "جورجيا", "US", "Georgia"),
    ("نقل المقاتلون إلى منطقة القلمون", "القلمون", "SY", "Qalamoun"),  # own table: Syria's regions,
    ("عاد الأهالي إلى بلدة معلولا", "معلولا", "SY", "Maaloula"),  # towns and mountains geonames lacks
    ("قصفت الطائرات قرى جبل السماق", "جبل السماق", "SY", "Jabal al-Summaq"),
    ("اشتباكات في جبل الزاوية", "جبل الزاوية", "SY", "Jabal al-Zawiya"),
    ("ولد رونالدو في جزيرة ماديرا", "ماديرا", "PT", "Madeira"),  # the island, not Madera, California
])
def test_place_reading(text: str, mention: str, country: str | None, name: str) -> None:
    assert (mention, country, name) in places_of(text)


@pytest.mark.parametrize("text", [
    "قالت الحكومة السورية إن",  # nationality adjective, not a place
    "وفي بيان قدمه محاموها",  # بيان is a geonames name but a common word
    "يعمل دوماً على ذلك",  # tanween adverb, not Douma
    "اتهم بالانتماء إلى جماعة كولن",  # Gülen (not_places.tsv), not Köln
    "كانوا جميعا ربات بيوت وأطفال",  # housewives (not_places.tsv), not Rabat
    "لجأ المستثمرون إلى الشراء بقوة في الين",  # the yen (not_places.tsv), not Allen
    "والاستعاضة عنهم بآلات وتقنيات جديدة",  # machines (not_places.tsv), not Alot
    "قصفت الطائرات البلدات ليلا وباكرا صباح الاثنين",  # early (not_places.tsv) after و, not Accra
    "تسيطر القوات على الضفة الغربية للنهر",  # a river's bank (idioms.tsv), not the West Bank
    "الاستغلال الأمثل لعدد البقاع المفتوحة",  # seats, places (idioms.tsv), not the Beqaa
    "حيوانات يمكنها التحكم في البقاع التي تعيش فيها",  # spots: feminine, the Beqaa is masculine
])
def test_not_places(text: str) -> None:
    assert places_of(text) == []


@pytest.mark.parametrize(("text", "town"), [
    ("قال المدرب في مصر إن الفريق تأهل للصف الثاني", "Aş Şaff"),  # a row (idioms.tsv), not the town
    ("درس في مصر في الصف السادس الابتدائي", "Aş Şaff"),  # a school year
    ("قال المدرب في مصر إن الفريق يعود للصف", "Aş Şaff"),  # ل alone is no locative for a small town
    ("قال المدرب في قطر إنه أشاد للزعيم بأدائه", "Az̧ Z̧a‘āyin"),  # the leader
])
def test_a_common_word_in_a_story_of_the_towns_country(text: str, town: str) -> None:
    assert town not in [name for _, _, name in places_of(text)]


def test_offsets_slice_original_text() -> None:
    text = "وَصَلَ إلى دِمَشْقَ أمس"
    hit, = find_places(text)
    assert text[hit.start:hit.end] == "دِمَشْقَ"


def test_a_province_word_before_a_country_is_no_designator() -> None:
    # مقاطعة إسرائيل: a boycott of Israel; a province is never a country
    assert places_of("اتهم بدعم حملة مقاطعة إسرائيل") == [("إسرائيل", "IL", "Israel")]


def test_a_tatweel_dash_after_a_name_stays_out_of_its_span() -> None:
    text = "20:45 مصرــــــ الدانمارك وفي مصـــر"
    assert [text[h.start:h.end] for h in find_places(text)] == ["مصر", "مصـــر"]


def test_ambiguous_name_needs_support() -> None:
    assert gazetteer()[fold_word("مالي")][0].ambiguous
    assert places_of("دعم مالي كبير") == []


@pytest.mark.parametrize(("text", "expected"), [
    # بركان is a volcano, and Barkan an Israeli settlement: Berkane only in a story of Morocco
    ("ثار بركان فويغو في غواتيمالا", [("غواتيمالا", "GT")]),
    ("حاول التقاط صورة عند قاعدة بركان أمبريم في فانواتو", [("فانواتو", "VU")]),
    ("وقع الهجوم بمنطقة بركان الصناعية في الضفة الغربية", [("الضفة الغربية", "PS")]),
    ("افتتح الملك مشاريع في مدينة بركان شرق المغرب", [("بركان", "MA"), ("شرق المغرب", "MA")]),
])
def test_volcano_or_berkane(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, c) for m, c, _ in places_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # قبلي is also 'tribal' (مصدر قبلي، نزاع قبلي) and 'before me': Kebili with a designator or a list
    ("وأفاد مصدر قبلي بأن اشتباكات عنيفة اندلعت", []),
    ("استيقظوا قبلي بساعة", []),
    ("توقف الإنتاج في الحقول بولاية قبلي", [("بولاية قبلي", "TN"), ("قبلي", "TN")]),
    ("توقف الإنتاج في حقول تطاوين وقبلي", [("تطاوين", "TN"), ("وقبلي", "TN")]),
])
def test_kebili_or_tribal(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, c) for m, c, _ in places_of(text)] == expected


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("فتح هذا الباب أمام الحوار في سوريا", None, None),  # الباب the door: no place word before it
    ("دخلت القوات إلى الباب في ريف حلب بسوريا", "الباب", "SY"),  # ambiguous name after a place word
    ("قال سالم إن الاجتماع", None, None),  # a small geonames city named like a person
    ("في مدينة فيينا النمساوية", "فيينا", "AT"),  # population decides between homonyms
    ("اعتقل في سجن فرين", None, None),  # no clitic between a designator and a name
])
def test_support_rules(text: str, mention: str | None, country: str | None) -> None:
    found = {m: c for m, c, _ in places_of(text)}
    if mention is None:
        assert all(c != "SY" or m == "سوريا" for m, c in found.items()) and "سالم" not in found and "فرين" not in found
    else:
        assert found.get(mention) == country


def test_unknown_place_after_place_word_takes_dominant_country() -> None:
    from khabar.places import _main_country

    assert _main_country(Counter({"SS": 4, "SD": 1})) == "SS"
    assert _main_country(Counter({"SS": 2, "SD": 2})) is None


def test_direction_and_nisba_name_a_part_of_a_country() -> None:
    assert ("الجنوب الأفغاني", "AF", "Southern Afghanistan") in places_of("قتل جنديان في الجنوب الأفغاني")
    assert places_of("قال المسؤول السوري") == []  # the adjective alone is not a place


@pytest.mark.parametrize(("text", "expected"), [
    # دوما is also 'always' (دوما with no tanween, in MSA and Maghrebi prose alike)
    ("نحن دوما على استعداد لمناقشة الخيارات", []),
    ("وتكرر الحكومة دوما أنها ترغب بالإبقاء على الوضع", []),
    # the town: after a place word with Syria named, after مدينة, or placed beside another place
    ("وقع هجوم كيميائي في دوما بسوريا", [("دوما", "SY")]),
    ("استهدف الهجوم مدينة دوما", [("دوما", "SY")]),
    ("وقع هجوم كيميائي مفترض في دوما قرب دمشق", [("دوما", "SY"), ("دمشق", "SY")]),
])
def test_douma_or_always(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, c) for m, c, _ in places_of(text) if m != "سوريا" and not m.startswith("بسوريا")] == expected


@pytest.mark.parametrize(("text", "kept"), [
    ('بمساندة تحالف "فجر ليبيا" منذ أشهر', []),  # an operation
    ("مشروع «مول سوسة» الذي", []),  # a mall
    ('المسلسل "نسر الصعيد" الذي', []),  # a series
    ('قال "في تونس" ثم', ["تونس"]),  # a locative: the place
    ('تبرئة "دولة إسرائيل" من', ["إسرائيل"]),  # a place word: the country itself
    ("مدير «صحة الأحساء» يدشن", ["الأحساء"]),  # a seat head: the body's place is the text's
    ('رفعوا شعار "نحن نحب تونس" أمس', ["تونس"]),  # more than two words: a sentence, no name
])
def test_a_place_ending_a_quoted_two_word_name_is_the_names(text: str, kept: list[str]) -> None:
    assert [mention for mention, _, _ in places_of(text)] == kept


@pytest.mark.parametrize(("dateline", "expected"), [
    ("شقراء", [("شقراء", "SA", "Shaqra")]),  # a small town: a dateline names where the story was filed
    ("عمان", [("عمان", "JO", "Amman")]),  # the city, not Oman
    ("أتلانتا، الولايات المتحدة الأمريكية",
     [("أتلانتا", "US", "Atlanta"), ("الولايات المتحدة الأمريكية", "US", "United States")]),
])
def test_a_dateline_names_a_town_of_any_size(dateline: str, expected: list[tuple[str, str, str]]) -> None:
    article = Article(id="t", source=Source(kind="text"), body=["أعلنت الوزارة القرار"], dateline=dateline)
    assert [(p.text, p.country, p.name) for p in run(article, Options()).places if p.field == "dateline"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تقام المعارض في الرياض وجدة والدمام", "Jeddah"),  # و + a big city, not the town Oujda
    ("وصل الوفد إلى مدينة وجدة المغربية", "Oujda"),  # a designator: the whole word
])
def test_a_name_after_wa_or_a_whole_word(text: str, expected: str) -> None:
    mention = next(p for p in places_of(text) if p[0] == "وجدة")
    assert mention[2] == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("حينما عرض عليه العمل وجده مختلفا", "وجده", None),  # found it: ه, not the ة of جدة
    # ه where the name has ة: a noun and its pronoun (his grandfather) unless a place word or ب supports it
    ("نشر صورة لجده وهو يرتدي الزي العسكري", "لجده", None),
    ("شهدت الحرب مقتل جده وتدفعه الذكريات", "جده", None),
    ("نقل المريض من المطار الدولي بجده إلى باكستان", "بجده", "Jeddah"),
    ("وصل الوفد إلى جده أمس", "جده", "Jeddah"),
    ("على حدود اللاذقية مع إدلب وحماه", "وحماه", "Hama"),  # حما + ه: no listed noun, the town
    ("تحتدم المنافسة على رئاسة بلدية تونس العاصمة", "تونس", "Tunis"),  # العاصمة after: the capital city
    ("زار الرئيس تونس أمس", "تونس", "Tunisia"),
])
def test_spelling_and_the_capital_after_a_name(text: str, word: str, expected: str | None) -> None:
    assert next((p[2] for p in places_of(text) if p[0] == word), None) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("حديقة الحيوان في مدينة أوسنابروك الألمانية", "أوسنابروك", "DE"),  # an unknown place takes the nisba's country
    ("قصر في منطقة بيروجيا الإيطالية", "بيروجيا", "IT"),
    ("وصل إلى مدينة أوسنابروك أمس", "أوسنابروك", None),
])
def test_the_nisba_after_a_name_gives_its_country(text: str, name: str, expected: str | None) -> None:
    from khabar.places.regions import nisba_country

    assert nisba_country(text, text.index(name) + len(name)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ambiguous name joined by و to a sure one: a list of places (its countries, or a country)
    ("سيطرت المقاومة على الخط الرابط بين عدن ولحج", [("عدن", "YE"), ("ولحج", "YE")]),
    ("استقبلت سوريا والأردن آلاف اللاجئين", [("سوريا", "SY"), ("والأردن", "JO")]),
    ("لحج وعدن", [("لحج", "YE"), ("وعدن", "YE")]),
    ("تونس ومالي", [("تونس", "TN"), ("ومالي", "ML")]),
    ("دعم مالي ومعنوي", []),  # no sure name beside it
    ("زار الوزير دول الخليج وعمان", []),  # both ambiguous: neither vouches for the other
])
def test_an_ambiguous_name_in_a_list_of_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, c) for m, c, _ in places_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the country named by its nisba only (العراقي) supports its ambiguous names after a locative word
    ("قال المسؤول العراقي إن المعارك في الرمادي عنيفة", [("الرمادي", "IQ")]),
    ("قال المسؤول إن المعارك في الرمادي عنيفة", []),
    # but no geonames town named like a word (في الصف الأول, a row, whatever nisba is near)
    ("قالت المغنية المصرية إنها لا تريد أن تكون في الصف الثاني", []),
])
def test_a_nisba_supports_the_ambiguous_names_of_its_country(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, c) for m, c, _ in places_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وكلاهما من حزب كولورادو المحافظ", []),  # right after حزب: the party's name
    ("عضو مجلس النواب عن حزب حراك تونس الإرادة", []),  # after حزب and one word of the name
    ("وقال رئيس حزب مصر القوية", []),
    ("وقال رئيس حِزب مصر القوية", []),  # a mark in the party word: the party's still
    ("وقال رئيس حـزب مصر القوية", []),  # a tatweel too
    ("تأسس حزب في سوريا عام 2012", [("سوريا", "SY")]),  # a locative between: the place
    ("الحزب الحاكم بتايوان يختار مرشحة", [("بتايوان", "TW")]),  # ب on the name opens another phrase
    ("الشبكة الإرهابية لحزب الله وإيران", [("وإيران", "IR")]),  # و too
])
def test_a_place_in_a_party_name_is_the_partys(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, c) for m, c, _ in places_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وصل إلى محافظة إب وسط اليمن", ("محافظة إب", "YE")),  # إب alone folds to أب 'father'
    ("الرئيس السابق وهو من ولاية كارولينا الشمالية", ("كارولينا الشمالية", "US")),
    ("ولد في جزيرة صقلية", ("صقلية", "IT")),
    ("نقل من معتقل خليج جوانتانامو", ("جوانتانامو", "CU")),
    ("افتتحت الباراغواي سفارتها", ("الباراغواي", "PY")),
])
def test_spellings_of_the_tables(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(m, c) for m, c, _ in places_of(text)]


def test_missouri_is_also_well_off() -> None:
    assert places_of("وعشرة في المئة فقط من ميسوري الحال") == []
    assert ("بولاية ميسوري", "US") in [(m, c) for m, c, _ in places_of("في مدينة سانت لويس بولاية ميسوري")]


@pytest.mark.parametrize(("text", "expected"), [
    # after a settlement word, the town in a country the article names, else in its home country
    ("تقدمت المقاومة نحو مدينة زنجبار مركز محافظة أبين جنوبي اليمن", "YE"),
    ("وصل السياح إلى مدينة زنجبار في تنزانيا", "TZ"),
])
def test_a_designated_town_of_the_named_country(text: str, expected: str) -> None:
    assert [c for m, c, _ in places_of(text) if m == "زنجبار"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # ... or names by its nisba only, its town kept though small (Yemen's Al Bayda, not Libya's)
    ("سيطرت القوات اليمنية على مواقع في محافظة البيضاء", ["YE"]),
    ("وصل الرئيس الليبي إلى مدينة البيضاء", ["LY"]),
    # ... or, naming neither, whose towns the article places (تعز: Yemen)
    ("قالت مصادر إن المعارك تجددت في محافظة البيضاء. وأضافت أن الحوثيين قصفوا تعز", ["YE"]),
])
def test_a_designated_town_of_the_nisba_country(text: str, expected: list[str]) -> None:
    assert [c for m, c, _ in places_of(text) if m.endswith("البيضاء")][:1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # الأردن is the country (its other reading, the river, is no word); after نهر the river
    ("الأردن يرفض القرار", [("الأردن", "JO", "Jordan")]),
    ("عبر اللاجئون نهر الأردن", [("نهر الأردن", "JO", "Jordan River"), ("الأردن", "JO", "Jordan River")]),
])
def test_jordan_is_the_country_unless_a_designator_says_river(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert places_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town of 50,000 to a million joined by و to a sure name of its country: a list of places
    ("تمر القافلة بدبي والعين قبل أن تعود", [("بدبي", "AE"), ("والعين", "AE")]),
    ("أصابه ألم في العين والأذن", []),  # no sure name beside it: the eye
    # a longer list: its sure names vouch for every such town in it, and a table name is sure
    ("تتحرك القوارب من الدمام والقطيف وسيهات ودارين والجبيل", [
        ("الدمام", "SA"), ("والقطيف", "SA"), ("وسيهات", "SA"), ("والجبيل", "SA")]),
])
def test_a_mid_sized_town_among_places_of_its_country(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, c) for m, c, _ in places_of(text)] == expected


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # a town the tagger calls a place after a locative word, in a country where the article places
    # a sure city but never names it
    ("انطلق القطار من مسقط إلى صحار صباحا", True, [("مسقط", "OM"), ("صحار", "OM")]),
    ("انطلق القطار من مسقط إلى صحار صباحا", False, [("مسقط", "OM")]),  # untagged: no support
    ("انطلق الفريق إلى صحار صباحا", True, []),  # no city of its country placed
])
def test_a_tagged_town_in_a_country_the_article_places(text: str, tagged: bool,
                                                       expected: list[tuple[str, str]]) -> None:
    article = Article(id="t", source=Source(kind="text"), body=[text])
    if tagged:
        start = text.index("صحار")
        article.annotations["entity_mentions"] = {("body", 0): [(start, start + 4, "صحار", "GPE")]}
    assert [(p.text, p.country) for p in run(article, Options()).places] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # مدينة before a name that is a country and its city: the wide mention is the city too
    ("يبدأ الطريق من مدينة الكويت شمالا", [("مدينة الكويت", "Kuwait City"), ("الكويت", "Kuwait City")]),
    ("في مدينة حلب", [("حلب", "Aleppo")]),  # no country of the name: the designator stays out
])
def test_city_word_before_a_country_and_city_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, n) for m, _, n in places_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("دارت معارك قرب بعشيقة", ("بعشيقة", "IQ")),
    ("عبرت الشاحنات منفذ سلوى", ("منفذ سلوى", "SA")),
    ("زار الوالي معتمدية مطماطة", ("مطماطة", "TN")),
    ("في بلدة حزوة الحدودية", ("حزوة", "TN")),
    ("بمعتمدية أم العرائس", ("أم العرائس", "TN")),
])
def test_small_places_of_the_table(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(m, c) for m, c, _ in places_of(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a direction before a town: the part, and the town itself inside it
    ("في شمال حلب", [("شمال حلب", "Northern Aleppo"), ("حلب", "Aleppo")]),
    ("في شمال سوريا", [("شمال سوريا", "Northern Syria")]),  # a country's part: the part only
])
def test_a_direction_before_a_town_names_the_town_too(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, n) for m, _, n in places_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # منطقة before a region's seat (designated_regions.tsv): the region, wide and bare
    ("هطلت أمطار على منطقة نجران أمس", [("منطقة نجران", "Najran Region"), ("نجران", "Najran Region")]),
    ("وصل الأمير إلى مدينة نجران", [("نجران", "Najran")]),  # the city after مدينة
])
def test_a_region_named_by_its_designator_and_seat(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, n) for m, _, n in places_of(text)] == expected


def test_a_designator_takes_its_name_bare() -> None:
    # سجن فرين is no سجن + ف + رين (Rennes): no clitic ف between a designator and its name
    assert [h.key for h in find_places("نقل إلى سجن فرين")] == []
    assert [h.key for h in find_places("وصل إلى مدينة رين")] == [fold_word("رين")]
