"""Local news: towns of the article's home country, Arabic names geonames lacks, idioms, regions."""

from __future__ import annotations

from collections import Counter

import pytest

from khabar.arabic.fold import fold_word
from khabar.model import Article, Source
from khabar.places import Options, _inside_other_name, byline_country, run
from khabar.places.gazetteer import gazetteer, idioms
from khabar.places.match import find_places
from khabar.places.resolve import choose_local, home_country


def places_of(*body: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(id="t", source=Source(kind="text"), body=list(body))
    return [(p.text, p.country, p.name) for p in run(article, Options()).places]


def hit_of(text: str, word: str):  # noqa: ANN201 - a match.Hit
    return next(h for h in find_places(text) if text[h.start:h.end] == word)


@pytest.mark.parametrize(("name_ar", "name", "country"), [
    ("المكناسي", "El Maknassi", "TN"),  # Tunisian delegation: geonames has no Arabic name
    ("رأس الجبل", "Rass el Djebel", "TN"),
    ("دوز", "Douz", "TN"),
    ("الدوادمي", "Ad Dawādimī", "SA"),  # Saudi governorate
    ("تنومة", "Tanūmah", "SA"),
    ("الشابة", "Chebba", "TN"),
    ("الأحواز", "Ahvaz", "IR"),  # the Arabic names of Iranian cities (Ahvaz, Abadan, Khorramshahr)
    ("عبدان", "Abadan", "IR"),
    ("المحمرة", "Khorramshahr", "IR"),
    ("بنقردان", "Ben Gardane", "TN"),  # spellings the news uses beside geonames' own (بن قردان، سيول)
    ("سول", "Seoul", "KR"),
    ("سان بطرسبورغ", "Saint Petersburg", "RU"),
    ("بطرسبرغ", "Saint Petersburg", "RU"),  # beside Petersburg, US, which geonames gives the name
])
def test_city_aliases_join_their_geonames_city(name_ar: str, name: str, country: str) -> None:
    readings = gazetteer()[fold_word(name_ar)]
    city = next(e for e in readings if e.name == name)
    assert city.country == country and city.from_geonames and city.population >= 5000


@pytest.mark.parametrize(("text", "mention", "country", "name"), [
    ("حددت إدارة التعليم بمنطقة الجوف موعدا في السعودية", "الجوف", "SA", "Al Jawf Region"),  # region table
    ("استقبلت الإدارة في منطقة الحدود الشمالية المعلمين", "الحدود الشمالية", "SA", "Northern Borders Province"),
    ("تشهد مدينة سيئون بمحافظة حضر موت توزيع المساعدات", "حضر موت", "YE", "Hadramaut"),
    ("أغلقت بلدية محافظة الخبر مطعما", "محافظة الخبر", "SA", "Al Khobar"),
    ("اندلعت مواجهات في محافظة ذي قار جنوب العراق", "محافظة ذي قار", "IQ", "Dhi Qar"),  # Iraq's governorates
    ("تجمع متظاهرون في محافظة المثنى", "محافظة المثنى", "IQ", "Al-Muthanna"),
    ("قتل ثلاثة جنود في رداع بمحافظة البيضاء", "رداع", "YE", "Rada'a"),  # Yemeni towns
    ("سيطرت القوات على مدينة لودر في أبين", "لودر", "YE", "Lawdar"),
    # العيون of al-Ahsa (also 'the eyes'): in a Saudi story, not Laayoune
    ("أقام مستشفى مدينة العيون بالأحساء حفلا في السعودية", "العيون", "SA", "Al-Uyun"),
    ("نظمت مدينة العيون مهرجانا في المغرب والصحراء الغربية", "العيون", "EH", "Laayoune"),
])
def test_regions_and_governorates(text: str, mention: str, country: str, name: str) -> None:
    assert (mention, country, name) in places_of(text)


@pytest.mark.parametrize("text", [
    "المرابطين على الحدود الشمالية للأردن",  # a border, not the Saudi province
    "يعرف الخبر الجميع",  # الخبر: the news
    "قاد المثنى بن حارثة الجيش",  # a man's name
    "فاز القادسية على الهلال",  # a club
    "افتتح مستشفى العيون في السعودية",  # the eye hospital
])
def test_ambiguous_regions_need_support(text: str) -> None:
    assert all(name not in ("Northern Borders Province", "Al Khobar", "Al-Muthanna", "Al-Qadisiyyah", "Al-Uyun")
               for _, _, name in places_of(text))


@pytest.mark.parametrize(("text", "place", "found"), [
    ("زار أوباما مسقط رأسه في كينيا", "Muscat", False),  # مسقط رأسه: his birthplace
    ("عاد إلى مسقط رأس والده", "Muscat", False),
    ("وصل الوفد إلى مسقط أمس", "Muscat", True),
    ("تسببت سيول الأمطار في قطع الطرق", "Seoul", False),  # floods (a word after)
    ("اجتاحت أمطار وسيول المنطقة", "Seoul", False),  # floods (a word before)
    ("وصل بومبيو إلى سيول الخميس", "Seoul", True),
    ("في نصف نهائي كوبا أمريكا", "Cuba", False),  # Copa América, a tournament
    ("في نصف نهائي كوبا أمريكا", "United States", False),
    ("وقال مصدر أمني لوكالة تونس إفريقيا للأنباء", "Africa", False),  # the agency (TAP)
    ("وقال مصدر لوكالة تونس افريقيا للأنباء", "Africa", False),
    ("في كأس إفريقيا", "Africa", True),
    ("وعلى الصعيد الاقتصادي تراجعت الأسعار", "Upper Egypt", False),  # on the economic level
    ("زار الوزير الصعيد أمس", "Upper Egypt", True),
    ("حسبما أوردت وكالة أنباء الشرق الأوسط الرسمية", "Middle East", False),  # the agency (MENA)
    ("وارتفع خام غرب تكساس الوسيط 1.2 في المئة", "Texas", False),  # WTI: an oil grade
    ("وارتفع خام غرب تكساس الوسيط 1.2 في المئة", "Western Texas", False),
    ("ضربت العاصفة غرب تكساس أمس", "Western Texas", True),
    ("آخر أجل لتسديد معلوم الجولان لسنة 2016", "Golan Heights", False),  # the road tax (shared table)
    ("قصفت إسرائيل مواقع في هضبة الجولان", "Golan Heights", True),
    ("يعمل أستاذا في جامعة كولومبيا منذ سنوات", "Colombia", False),  # Columbia University
    ("سافر الوزير إلى كولومبيا", "Colombia", True),
    ("ترتكب الجريمة في أقدس البقاع وأطهرها", "Beqaa Valley", False),  # the holiest spots
    ("خدمة الحجاج في البقاع المقدسة", "Beqaa Valley", False),  # the holy places
    ("الشمس المسلطة على بلادنا بشكل يقل نظيره في البقاع الأخرى", "Beqaa Valley", False),  # other spots
    ("قصفت الطائرات بلدات في البقاع الغربي", "Beqaa Valley", True),
    ("هاجر من مكة المكرمة أحب البقاع إليه", "Beqaa Valley", False),
    ("عناية بلد الحرمين بهذه البقاع الطاهرة", "Beqaa Valley", False),
    ("وتجذب المصورين من شتى البقاع", "Beqaa Valley", False),
    ("مراقبة الأئمة المخالفين لوقت أذان المغرب", "Morocco", False),  # the sunset prayer
    ("وتعاقد النادي مع لاعب خط الوسط البرازيلي", "Central Brazil", False),  # a playing position
    ("وانتقل لاعب الوسط البرازيلي إلى النادي", "Central Brazil", False),
    ("وسيطر الجيش على مناطق في الوسط السوري", "Central Syria", True),
    ("وقدم المدير درعا تذكارية للفريق", "Daraa", False),  # a shield in honour
    ("كان في السيارة أب وأم وجدة وطفل", "Jeddah", False),  # a grandmother
    ("لدينا جد وجدة يعيشان في الصين", "Jeddah", False),
    ("تأهل الفريق في كأس الكاف", "Le Kef", False),  # the CAF Cup
    ("وصل الوفد إلى ولاية الكاف", "Le Kef", True),
    ("قال مسؤول قبلي إن المسلحين انسحبوا", "Kebili", False),  # 'tribal'
    ("ولا حق قبلي أو بعدي", "Kebili", False),  # 'before me'
    ("توقف الإنتاج بولايتي تطاوين وقبلي", "Kebili", True),
    ("وافتتحت الشركة فروعا في الرياض وجدة", "Jeddah", True),
    ("قصف الطيران مدينة درعا أمس", "Daraa", True),
    ("عمل إرهابي يهدف للنيل من أمن البلاد", "Nile", False),  # 'to undermine'
    ("شائعات هدفها النيل من الفنانين", "Nile", False),
    ("وتعتمد مصر على مياه النيل في الزراعة", "Nile", True),
    ("تعاقد النادي مع مدرب من أميركا الجنوبية", "South America", True),
    ("تعاقد النادي مع مدرب من أميركا الجنوبية", "United States", False),
    ("يلتقي مرسيليا وأتلتيكو في نهائي أوروبا ليغ الأربعاء", "Europe", False),  # the Europa League
    ("يلتقي الفريقان في إياب الدوري الأوروبي أوروبا ليج", "Europe", False),
    ("انتقل اللاعب إلى أوروبا ليلعب في الدوري الإسباني", "Europe", True),
    ("سجل الطلاب - بنين - نسبة أعلى من الطالبات - بنات - في الاختبار", "Benin", False),  # boys and girls
    ("مكاتب التعليم (بنين وبنات) تعقد اجتماعات", "Benin", False),
    ("خسرت الجزائر أمام نظيرتها بنين بهدف نظيف", "Benin", True),
])
def test_idioms(text: str, place: str, found: bool) -> None:
    assert (fold_word("راس"),) == idioms()[(fold_word("مسقط"), "after")]
    assert any(name == place for _, _, name in places_of(text)) is found


def test_home_country_from_the_places_an_article_resolves() -> None:
    hits = [h for t in ("قادمة من بنزرت", "في سوسة والقيروان") for h in find_places(t)]
    assert home_country(hits, Counter()) == "TN"
    assert home_country(find_places("بين باريس وبنزرت"), Counter()) is None  # no clear winner


@pytest.mark.parametrize(("body", "mention", "expected"), [
    # a small Tunisian town with ب attached, in an article set in Tunisia
    (("تمكنت الوحدات الأمنية بطبرقة من حجز سيارة قادمة من بنزرت",), "بطبرقة", "Tabarka"),
    (("أوقف أعوان الحرس بالمكنين شابا", "وأحيل على النيابة في سوسة"), "بالمكنين", "Moknine"),
    # the same town without a home country, or without ب and untagged, stays unread
    (("تمكنت الوحدات الأمنية بطبرقة من حجز سيارة",), "بطبرقة", None),
    (("وصل الوفد إلى طبرقة قادما من بنزرت",), "طبرقة", None),
])
def test_small_towns_of_the_home_country(body: tuple[str, ...], mention: str, expected: str | None) -> None:
    found = {m: n for m, _, n in places_of(*body)}
    assert found.get(mention) == expected


def test_local_reading_yields_to_a_bigger_town_elsewhere() -> None:
    hit = hit_of("وقع حادث طعن بأمستردام", "بأمستردام")
    assert any(e.country == "NL" for e in hit.readings)
    assert choose_local(hit, "US", tagged=True) is None


def test_common_noun_with_pronoun_is_no_local_town() -> None:
    hit = hit_of("وفي بيانه أشار الاتحاد", "بيانه")
    assert choose_local(hit, "ES", tagged=True) is None
    # a definite word takes no pronoun: الشابة (folded الشابه) is the town Chebba, no الشاب + ه
    assert choose_local(hit_of("أصيب تلميذ بمعتمدية الشابة", "الشابة"), "TN").entry.name == "Chebba"
    assert all(name != "Chebba" for _, _, name in places_of("وأكدت الشابة التونسية أنها بخير"))


def test_place_after_a_place_word_survives_a_person_tag() -> None:
    text = "بولاية سيدي بوزيد"
    hit = hit_of(text, "سيدي بوزيد")
    person = [(hit.start, hit.end)]
    assert not _inside_other_name(hit, [], person, [], text)
    assert _inside_other_name(hit, [], person, [], "قال سيدي بوزيد")
    text = "بلدية حمام الأنف (ولاية بن عروس)"  # a bracket before the place word
    for hit in find_places(text):  # the designated mention and the bare name inside it
        assert not _inside_other_name(hit, [], [(text.index("لاية"), len(text) - 1)], [], text)


def test_lam_alone_is_no_place_cue() -> None:
    hit = hit_of("وذلك للحد من تأثيرات الأزمة", "للحد")  # to limit, not a town called الحد
    assert hit.by_lam and choose_local(hit, "DZ", tagged=True) is None
    assert all(name != "Al Khobar" for _, _, name in places_of("كان مجرد ناشر للخبر في السعودية"))


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("عقد ندوة صحفية بالعاصمة تونس", "تونس", "Tunis"),  # العاصمة X: the capital city, not the country
    ("في مدينة تونس", "تونس", "Tunis"),
    ("في تونس", "تونس", "Tunisia"),  # the bare name stays the country
    ("وسط العاصمة الجزائر", "الجزائر", "Algiers"),
    ("تظاهروا في العاصمة عمان", "عمان", "Amman"),
    ("في ليما عاصمة بيرو", "بيرو", "Peru"),  # عاصمة X: the capital of X
])
def test_capital_and_city_designators(text: str, mention: str, name: str) -> None:
    assert (mention, name) in [(m, n) for m, _, n in places_of(text)]


@pytest.mark.parametrize("text", [
    "وفي قلب العاصمة بور أو برنس تعرضت المتاجر للسرقة",  # no Bor, Russia: not a capital
    "حيث تبين أن العاصمة الهندية مومباي",  # an adjective, not Al Hindiyah
])
def test_capital_designator_needs_a_capital(text: str) -> None:
    assert all(n not in ("Bor", "Al Hindīyah") for _, _, n in places_of(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a settlement designator (airport, port, prison) names the city; the bare name inside follows it
    ("أقلعت الطائرة من مطار تونس قرطاج", [("مطار تونس", "Tunis"), ("تونس", "Tunis"), ("قرطاج", "Carthage")]),
    ("رست السفينة في ميناء جيبوتي", [("ميناء جيبوتي", "Djibouti"), ("جيبوتي", "Djibouti")]),
    ("وصلوا إلى جزيرة قبرص", [("جزيرة قبرص", "Cyprus"), ("قبرص", "Cyprus")]),  # an island stays the country
])
def test_settlement_designators(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m, n) for m, _, n in places_of(text)]
    assert found == expected
    if "قبرص" in text:
        assert all(c == "CY" for _, c, _ in places_of(text))


def test_common_words_are_no_towns() -> None:
    assert all(n != "Thāne" for _, _, n in places_of("نتقابل تاني قريب في القاهرة"))  # colloquial 'again'
    assert ("فاس", "Fez") in [(m, n) for m, _, n in places_of("في مدينة فاس المغربية")]


@pytest.mark.parametrize(("body", "mention", "expected"), [
    # حي X is a quarter named X: the town X only in a country the article names
    (("تلقت أستاذة بمعهد ثانوي بجهة حي الرياض من ولاية سوسة",), "الرياض", None),
    (("اندلع حريق في شقة بحي العزيزية بمكة المكرمة",), "العزيزية", None),
    (("أفاق سكان حي بروكلين في نيويورك بالولايات المتحدة",), "بروكلين", "US"),
    # شارع X, a street named after a town, is read the same way
    (("وأعلنت الأمانة إنشاء نفق لتقاطع شارع الرياض مع طريق الملك فهد في الدمام",), "الرياض", None),
    (("وقع الانفجار في شارع بغداد وسط دمشق",), "بغداد", None),
])
def test_a_quarter_is_no_town_elsewhere(body: tuple[str, ...], mention: str, expected: str | None) -> None:
    assert {m: c for m, c, _ in places_of(*body)}.get(mention) == expected


def test_unknown_places_take_the_home_country() -> None:
    body = ("حجزت وحدات الأمن بسوسة سلعا مهربة", "وتمت مداهمة منزل بمنطقة بوحجلة من ولاية القيروان")
    article = Article(id="t", source=Source(kind="text"), body=list(body))
    article.annotations["entity_mentions"] = {("body", 1): [(24, 30, "بوحجلة", "GPE")]}
    assert ("بوحجلة", "TN") in [(p.text, p.country) for p in run(article, Options()).places if p.name is None]


def test_idioms_are_the_table_the_entities_stage_reads() -> None:
    # one shared table (khabar/resources/idioms.tsv): the road tax is no Golan for places either
    assert fold_word("معلوم") in idioms()[(fold_word("الجولان"), "before")]
    assert fold_word("الوسيط") in idioms()[(fold_word("تكساس"), "after")]


@pytest.mark.parametrize(("text", "found"), [
    ("إضافة إلى برنامج ابن سيناء للموهوبين", False),  # Avicenna (name_links.txt)
    ("كما ألّف أبو سيناء كتابا", False),
    ("وصل الوزير إلى سيناء", True),
])
def test_a_place_name_after_a_name_link_is_a_persons(text: str, found: bool) -> None:
    assert any(name == "Sinai" for _, _, name in places_of(text)) is found


def test_a_name_that_starts_with_a_link_is_still_a_place() -> None:
    assert [name for _, _, name in places_of("قتل شخصان في بن قردان")] == ["Ben Gardane"]


@pytest.mark.parametrize(("body", "name"), [
    # الجوف is Saudi Arabia's region and Yemen's governorate alike: the article's home country decides
    ("السيطرة على الطرق المؤدية إلى محافظة الجوف من صنعاء وصعدة", "Al Jawf Governorate"),
    ("وصل الأمير إلى منطقة الجوف قادما من الرياض وتبوك", "Al Jawf Region"),
])
def test_readings_scored_alike_take_the_home_country(body: str, name: str) -> None:
    assert name in [n for _, _, n in places_of(body)]



@pytest.mark.parametrize(("byline", "country"), [
    ("عنيزة - فوزية النعيم:", "SA"),  # the town opens the byline
    ("ماجد النفيعي (الطائف)", "SA"),  # in brackets
    ("طلال الصياح من الرياض", "SA"),  # after من
    ("أ ف ب - نيويورك", "US"),
    ("د . طارق الحبيب", None),  # a writer's name only
    (None, None),
])
def test_byline_country(byline: str | None, country: str | None) -> None:
    assert byline_country(byline) == country


@pytest.mark.parametrize(("byline", "body", "mention", "expected"), [
    # the text names no country and places nothing: the byline's town gives the home country
    ("عنيزة - محرر الصفحة", ("اجتمع مديرو المراكز الصحية بعنيزة",), "بعنيزة", "Unaizah"),
    ("جدة - واس", ("نقل التعازي لذوي الشهيد بمحافظة الخرمة",), "بمحافظة الخرمة", "Al Khurmah"),
    # a town the text places elsewhere keeps the text's home country, whatever the byline says
    ("جدة - واس", ("اجتمع مديرو المراكز الصحية بعنيزة في القصيم", "ووصل الوفد إلى تونس"), "بعنيزة", None),
    (None, ("اجتمع مديرو المراكز الصحية بعنيزة",), "بعنيزة", None),
])
def test_byline_gives_the_home_country_of_a_text_that_places_nothing(
        byline: str | None, body: tuple[str, ...], mention: str, expected: str | None) -> None:
    article = Article(id="t", source=Source(kind="text"), byline=byline, body=list(body))
    assert {p.text: p.name for p in run(article, Options()).places}.get(mention) == expected


@pytest.mark.parametrize(("url", "body", "mention", "expected"), [
    # a text that names no country: a national outlet's own country reads its small towns with ب or a
    # settlement word (a local radio's انطلق المهرجان بتستور, بمعتمدية مجاز الباب)
    ("https://www.jawharafm.net/ar/article/1", ("انطلق المهرجان بتستور مساء أمس",), "بتستور", "Testour"),
    ("https://www.jawharafm.net/ar/article/1", ("حادث مرور بمعتمدية مجاز الباب",), "مجاز الباب", "Medjez el Bab"),
    # an international outlet has no home, nor has an unknown address
    ("https://www.france24.com/ar/1", ("انطلق المهرجان بتستور مساء أمس",), "بتستور", None),
    ("", ("انطلق المهرجان بتستور مساء أمس",), "بتستور", None),
])
def test_a_national_outlets_country_reads_its_small_towns(url: str, body: tuple[str, ...], mention: str,
                                                          expected: str | None) -> None:
    article = Article(id="t", source=Source(kind="text", url=url or None), body=list(body))
    assert {p.text: p.name for p in run(article, Options()).places}.get(mention) == expected


def test_an_unknown_place_takes_no_outlet_country() -> None:
    # (a name no table lists is as often abroad in a local outlet's story: نيميغن, Nijmegen)
    article = Article(id="t", source=Source(kind="text", url="https://www.jawharafm.net/ar/article/1"),
                      body=["وتوج اللاعب بالميدالية في مدينة نيميغن"])
    article.annotations["entity_mentions"] = {("body", 0): [(32, 38, "نيميغن", "GPE")]}
    assert [(p.text, p.country) for p in run(article, Options()).places if p.name is None] == [("نيميغن", None)]


@pytest.mark.parametrize(("body", "mention", "expected"), [
    # a designated small town of the home country, with no ب and no tag: the designator says it
    (("أطلق النار في محافظة الطائف", "وكان في استقبالهم عمدة محافظة الخرمة"), "محافظة الخرمة", "Al Khurmah"),
    # not a quarter (حي X) of the home country's town's name elsewhere
    (("اندلع حريق في شقة بحي العزيزية بمكة المكرمة",), "العزيزية", None),
])
def test_designated_towns_of_the_home_country(body: tuple[str, ...], mention: str, expected: str | None) -> None:
    assert {m: n for m, _, n in places_of(*body)}.get(mention) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # two towns the text places with ب, of one country, in a text naming no country: its home country
    (("قررت المحكمة الابتدائية بقرمبالية تأجيل النظر في القضية.", "وعبر فرع الرابطة بالحمامات عن استغرابه."),
     [("بقرمبالية", "TN", "Grombalia"), ("بالحمامات", "TN", "Hammamet")]),
    (("قررت المحكمة الابتدائية بقرمبالية تأجيل النظر في القضية.",), []),  # one town alone says nothing
    # a text naming a country: its towns do not make another one its home
    (("نظمت وزارة الخارجية في فرنسا لقاء بقرمبالية وبالحمامات.",), [("فرنسا", "FR", "France")]),
    # a town after the head of a body named after its seat, in the home country (بلدية حمام سوسة)
    (("تحدثت بلدية حمام سوسة عن الإخلالات.", "وأكد كاتب عام بلدية سوسة أن العملية تمت بسوسة."),
     [("حمام سوسة", "TN", "Hammam Sousse"), ("سوسة", "TN", "Sousse"), ("بسوسة", "TN", "Sousse")]),
    (("تحدثت بلدية حمام سوسة عن الإخلالات.",), []),  # no home country
    # a town after a locative word is the one the article places elsewhere (بمنطقة جرجيس)
    (("حجز سجائر في جرجيس", "تمكنت وحدات الأمن بمنطقة جرجيس من حجز سجائر من ليبيا."),
     [("جرجيس", "TN", "Zarzis"), ("جرجيس", "TN", "Zarzis"), ("ليبيا", "LY", "Libya")]),
    (("حجز سجائر في جرجيس",), []),
    # a Tunisian delegation (معتمدية, a designator) is its town in the home country
    (("أقدم شاب أصيل معتمدية سبيطلة من ولاية القصرين على إضرام النار.",),
     [("سبيطلة", "TN", "Sbeitla"), ("ولاية القصرين", "TN", "Kasserine"), ("القصرين", "TN", "Kasserine")]),
    (("أقدم شاب أصيل سبيطلة من ولاية القصرين على إضرام النار.",),
     [("ولاية القصرين", "TN", "Kasserine"), ("القصرين", "TN", "Kasserine")]),
])
def test_local_towns_the_text_supports(body: tuple[str, ...], expected: list[tuple[str, str, str]]) -> None:
    assert places_of(*body) == expected
