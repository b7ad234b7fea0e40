"""Datelines opening a body paragraph."""

from __future__ import annotations

import pytest

from khabar.model import PageFields
from khabar.structure.data import read_rows
from khabar.structure.dateline import known_places, release_boilerplate, split_dateline, take_dateline

DATELINES = [
    ("موسكو - قالت وزارة الدفاع الروسية الثلاثاء إن", "موسكو", "قالت وزارة الدفاع الروسية الثلاثاء إن", None),
    ("القاهرة (رويترز) - قال مسؤولون إن الاتفاق وشيك", "القاهرة", "قال مسؤولون إن الاتفاق وشيك", "رويترز"),
    ("رام الله – أعلنت الحكومة الفلسطينية اليوم", "رام الله", "أعلنت الحكومة الفلسطينية اليوم", None),
    ("دبي، الإمارات العربية المتحدة (CNN)— اتهم الوزير دولا عربية", "دبي، الإمارات العربية المتحدة",
     "اتهم الوزير دولا عربية", "CNN"),
    ("بيروت، أعلن الجيش اللبناني صباح اليوم", "بيروت", "أعلن الجيش اللبناني صباح اليوم", None),
    ("تونس: قررت وزارة التربية تأجيل الامتحانات", "تونس", "قررت وزارة التربية تأجيل الامتحانات", None),
    ("بلدة صغيرة (وكالات)، ذكرت مصادر محلية أن", "بلدة صغيرة", "ذكرت مصادر محلية أن", "وكالات"),
    ("سبق- الرياض: أعلنت شركة الاتصالات عن تعيين مدير", "الرياض", "أعلنت شركة الاتصالات عن تعيين مدير", None),
    ("أحمد علي- سبق- القاهرة: أعلنت الشركة عن طرح هاتفها", "القاهرة", "أعلنت الشركة عن طرح هاتفها", None),
    ("القاهرة - أ.ش.أ - قال الوزير إن الاتفاق قريب", "القاهرة", "قال الوزير إن الاتفاق قريب", "أ.ش.أ"),
    ("لندن: «الشرق الأوسط»: أعلن الوزير عن خطة جديدة", "لندن", "أعلن الوزير عن خطة جديدة", "الشرق الأوسط"),
    ("بيروت - الحكومة: لا تراجع عن القرار المعلن أمس", "بيروت", "الحكومة: لا تراجع عن القرار المعلن أمس", None),
    ("عمان-الغد- قال وزير الداخلية إن الحكومة", "عمان", "قال وزير الداخلية إن الحكومة", "الغد"),  # glued dashes
    # a place stretched with kashidas (a justified column): read without them, kept as written
    ("الـــرياض - أعلنـت وزارة الداخلية اليوم عن خطة", "الـــرياض", "أعلنـت وزارة الداخلية اليوم عن خطة", None),
    ("جـــدة: قررت أمانة المحافظة إغلاق الطريق مؤقتا", "جـــدة", "قررت أمانة المحافظة إغلاق الطريق مؤقتا", None),
    ("القاهـــرة (رويترز) - قال الوزير إن الاتفاق قريب", "القاهـــرة", "قال الوزير إن الاتفاق قريب", "رويترز"),
    # a press release as a release wire sets it: the place, the day, the wire between slashes
    ("دبي، الإمارات العربية المتحدة، 22 أبريل 2018 /PRNewswire/ -- أعلنت الشركة اليوم",
     "دبي، الإمارات العربية المتحدة", "أعلنت الشركة اليوم", "PRNewswire"),
    ("الرياض، 5 مارس 2023 / Business Wire / - وقعت الشركة اتفاقية", "الرياض", "وقعت الشركة اتفاقية", "Business Wire"),
    # an English release dateline: the day's own comma is no end of the place
    ("DUBAI, UAE, April 22, 2018 /PRNewswire/ -- أعلنت الشركة اليوم", "DUBAI, UAE", "أعلنت الشركة اليوم", "PRNewswire"),
    ("AMMAN, Jordan, Sunday, March 5, 2023 /PRNewswire/ -- وقعت الشركة اتفاقية", "AMMAN, Jordan",
     "وقعت الشركة اتفاقية", "PRNewswire"),
    # an agency no table knows, its name in parentheses before a dash, after the day or the place's dash
    ("عمان 5 مارس 2023 (بترا) - قال وزير الداخلية إن الحكومة", "عمان", "قال وزير الداخلية إن الحكومة", "بترا"),
    ("المنامة - (بنا) - أعلنت وزارة الصحة اليوم عن حملة", "المنامة", "أعلنت وزارة الصحة اليوم عن حملة", "بنا"),
]


@pytest.mark.parametrize(("paragraph", "dateline", "rest", "agency"), DATELINES)
def test_datelines(paragraph: str, dateline: str, rest: str, agency: str | None) -> None:
    assert split_dateline(paragraph)[:3] == (dateline, rest, agency)


@pytest.mark.parametrize(("paragraph", "place"), [
    # a town the places stage's gazetteer knows, a city qualified by a known country
    ("عسير - أعلنت إدارة الطرق اليوم عن خطة جديدة", "عسير"),
    ("سيؤول، كوريا الجنوبية - أعلنت الحكومة اليوم خطة جديدة", "سيؤول، كوريا الجنوبية"),
    # words no list knows beside an agency's credit
    ("بلدة النخيل الصغيرة (رويترز) - قال السكان إن المياه ارتفعت", "بلدة النخيل الصغيرة"),
    ("قرية الورود - رويترز - قال السكان إن المياه ارتفعت", "قرية الورود"),
    # words no list knows, no credit: a clause cut by a dash, a reporter's name
    ("أدت جموع غفيرة من الناس صلاة العصر أمس - صلاة الغائب على الشهداء", None),
    ("تكاد المدينة - وهي عاصمة الإقليم - أن تخلو من السكان", None),
    ("سارة الحسن - سبق: أعلنت الشركة اليوم عن طرح هاتفها", None),
])
def test_a_dash_dateline_names_a_known_place_or_credits_an_agency(paragraph: str, place: str | None) -> None:
    found = split_dateline(paragraph)
    assert (found.place if found else None) == place


@pytest.mark.parametrize(("paragraph", "expected"), [
    # place/ reporter/ agency, the agency's name closing it (Anadolu's form)
    ("أنقرة/ سارة الحسن/ الأناضول أعلنت الحكومة اليوم خطة جديدة", ("أنقرة", "أعلنت الحكومة اليوم خطة جديدة", "الأناضول", "سارة الحسن")),
    ("القاهرة/الأناضول - أعلنت الحكومة اليوم خطة جديدة", ("القاهرة", "أعلنت الحكومة اليوم خطة جديدة", "الأناضول", None)),
    ("القاهرة/ الأناضول/ سارة الحسن أعلنت الحكومة اليوم خطة جديدة", None),  # the name closes it: where does it end?
    ("لندن/ واشنطن وصلت الوفود اليوم إلى العاصمة للمشاركة", None),  # no agency closes it
    # a known outlet from the place, then a colon (Elaph's form)
    ("إيلاف من لندن: أعلنت الحكومة اليوم خطة جديدة", ("لندن", "أعلنت الحكومة اليوم خطة جديدة", "إيلاف", None)),
    ("وفد من مصر: وصل اليوم إلى الخرطوم للمشاركة في المؤتمر", None),  # no outlet: a sentence's opening
    # a known outlet's name in guillemets after the place's dash (glued or not) or colon, its reporter after it
    ("لندن- «القدس العربي»: أعلنت الحكومة اليوم خطة جديدة", ("لندن", "أعلنت الحكومة اليوم خطة جديدة", "القدس العربي", None)),
    ("بيروت: «الشرق الأوسط»: أعلنت الحكومة اليوم خطة جديدة",
     ("بيروت", "أعلنت الحكومة اليوم خطة جديدة", "الشرق الأوسط", None)),
    ("لندن – «القدس العربي» – سارة الحسن: أعلنت الحكومة اليوم خطة جديدة",
     ("لندن", "أعلنت الحكومة اليوم خطة جديدة", "القدس العربي", "سارة الحسن")),
    ("وقال الوزير لـ«عكاظ»: إن الحكومة أعلنت اليوم خطة جديدة", None),  # a quotation's source, no place
    ("لندن- «صحيفة لا يعرفها أحد»: أعلنت الحكومة اليوم خطة جديدة", None),  # no outlet a list knows
])
def test_a_reporting_dateline(paragraph: str, expected: tuple[str, str, str | None, str | None] | None) -> None:
    assert split_dateline(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    "في المقابل، قال الوزير إن الأمر لم يحسم بعد",
    "ينظم غدا السبـت، المجلس الجهوي وقفة احتجاجية أمام المسرح",
    "أفضت جلسة تونسية-ليبية إلى اتفاق على فتح المعبر",
    "عين اليوم – متابعات انفجر صاروخ بعد دقائق من إطلاقه",
    "قال الرئيس - في خطاب مطول - إن البلاد تمر بمرحلة صعبة",
    "وأضاف: سنواصل العمل حتى النهاية",
    "سبق- وكالات: أعلنت الوزارة توقيف عدد من المشتبه بهم",
    "عبدالحكيم شار- سبق- أشادت قناة الإخبارية بتحقيق المحرر",  # a name, not a place, before the outlet
    "وقال إن نسبة 3/4 من السكان، وفق المسح /الجديد/ - تعيش في المدن",  # slashes, no day before them
])
def test_sentences_opening_with_commas_or_dashes_have_no_dateline(paragraph: str) -> None:
    assert split_dateline(paragraph) is None


@pytest.mark.parametrize("place", [r[0] for r in read_rows("places_extra.txt")])
def test_every_extra_place_opens_a_comma_dateline(place: str) -> None:
    assert split_dateline(f"{place}، أعلنت السلطات المحلية اليوم عن إجراءات جديدة") is not None


def test_gazetteer_holds_cities_and_countries() -> None:
    places = known_places()
    assert {"موسكو", "فرنسا", "الاردن"} <= places
    assert "قم" in places and "ال" not in places  # a two-letter city, not geonames' bare article


@pytest.mark.parametrize(("paragraph", "place", "agency"), [
    ("الرياض 19 ذو الحجة 1439 هـ الموافق 30 أغسطس 2018 م واس أعلنت الوزارة اليوم افتتاح مستشفى جديد.", "الرياض", "واس"),
    ("عمان 3 شوال 1439 هـ الموافق 17 يونيو 2018 م بترا قال الوزير إن العمل جار على المشروع.", "عمان", "بترا"),
])
def test_wire_dateline_with_its_date_and_agency_code(paragraph: str, place: str, agency: str) -> None:
    found = split_dateline(paragraph)
    assert found is not None and (found.place, found.agency) == (place, agency)
    assert paragraph.endswith(found.rest) and found.rest.split()[0] in ("أعلنت", "قال")


@pytest.mark.parametrize(("paragraph", "place"), [
    ("بيروت 5 آذار/مارس (ا ف ب) - قال الوزير إن العمل جار على المشروع منذ أشهر.", "بيروت"),  # AFP's: no year
    ("عمان 3 كانون الثاني/يناير (ا ف ب) - قال الوزير إن العمل جار على المشروع منذ أشهر.", "عمان"),
])
def test_agency_dateline_with_the_day_and_month(paragraph: str, place: str) -> None:
    found = split_dateline(paragraph)
    assert found is not None and (found.place, found.agency) == (place, "ا ف ب")
    assert found.rest.startswith("قال الوزير")


@pytest.mark.parametrize(("paragraph", "place", "agency"), [
    ("الكويت - 22 - 4 (كونا) -- قال الوزير إن العمل جار على المشروع منذ أشهر.", "الكويت", "كونا"),  # KUNA's
    ("الدوحة - 16/3 (قنا) - قال الوزير إن العمل جار على المشروع منذ أشهر.", "الدوحة", "قنا"),
])
def test_agency_dateline_with_the_day_and_month_in_numbers(paragraph: str, place: str, agency: str) -> None:
    found = split_dateline(paragraph)
    assert found is not None and (found.place, found.agency) == (place, agency)
    assert found.rest.startswith("قال الوزير")


def test_a_dash_and_numbers_that_are_no_day_and_month_leave_the_dash_dateline() -> None:
    found = split_dateline("الكويت - 45 - 17 (كونا) -- قال الوزير إن العمل جار على المشروع منذ أشهر.")
    assert found is not None and found.rest.startswith("45 - 17")


def test_a_date_after_a_place_without_an_agency_code_is_no_wire_dateline() -> None:
    assert split_dateline("الرياض 30 أغسطس 2018 شهدت المدينة أمطارا غزيرة طوال اليوم وحتى المساء") is None


RELEASE = ["الرياض، 5 مارس 2023 /PRNewswire/ -- وقعت الشركة اتفاقية لتوسيع خدماتها في المنطقة.",
           "وقال المدير التنفيذي إن الاتفاقية خطوة مهمة."]


@pytest.mark.parametrize("heading", [r[0] for r in read_rows("release_sections.txt")])
def test_release_sections_close_a_press_release(heading: str) -> None:
    paragraphs = [*RELEASE, f"{heading} شركة النخيل:", "شركة النخيل مؤسسة رائدة تأسست عام 1990.", "media@example.com"]
    assert release_boilerplate(paragraphs) == len(RELEASE)


@pytest.mark.parametrize("paragraphs", [
    ["الرياض - وقعت الشركة اتفاقية لتوسيع خدماتها في المنطقة.", "نبذة عن الشركة:", "تأسست عام 1990."],  # no release
    [*RELEASE, "نبذة عن الشركة التي تأسست قبل ثلاثين عاما في الرياض وتعمل في أنحاء المنطقة كلها اليوم"],  # a sentence
])
def test_no_release_boilerplate(paragraphs: list[str]) -> None:
    assert release_boilerplate(paragraphs) is None


def test_take_dateline_after_a_release_s_closing_sections() -> None:
    """The release's "about" section goes to the furniture, its dateline and wire off the opening."""
    page = PageFields(body=[*RELEASE, "نبذة عن شركة النخيل:", "شركة النخيل مؤسسة رائدة تأسست عام 1990."])
    take_dateline(page)
    assert (page.dateline, page.agency) == ("الرياض", "PRNewswire")
    assert page.body == ["وقعت الشركة اتفاقية لتوسيع خدماتها في المنطقة.", RELEASE[1]]
    assert page.furniture == ["نبذة عن شركة النخيل:", "شركة النخيل مؤسسة رائدة تأسست عام 1990."]


@pytest.mark.parametrize(("opening", "sign_off", "agency"), [
    ("الخرطوم - سونا : ", "سونا", "سونا"),  # a name no table knows, credited after the place, signing off
    ("الخرطوم (سونا) - ", "- سونا -", "سونا"),  # the agency the dateline credits, between dashes
])
def test_take_dateline_takes_the_agency_s_sign_off(opening: str, sign_off: str, agency: str) -> None:
    page = PageFields(body=[f"{opening}أعلنت الحكومة خطة للمياه.", "وقال الوزير إن العمل بدأ.", sign_off])
    take_dateline(page)
    assert (page.dateline, page.agency, page.furniture) == ("الخرطوم", agency, [sign_off])
    assert page.body == ["أعلنت الحكومة خطة للمياه.", "وقال الوزير إن العمل بدأ."]


def test_the_reporter_a_dateline_names_is_the_byline() -> None:
    page = PageFields(body=["أنقرة/ سارة الحسن/ الأناضول أعلنت الحكومة اليوم خطة جديدة لترشيد المياه.",
                            "وقال الوزير إن الخطة تبدأ الشهر المقبل."])
    take_dateline(page)
    assert (page.dateline, page.agency, page.byline) == ("أنقرة", "الأناضول", "سارة الحسن")
    assert page.body[0] == "أعلنت الحكومة اليوم خطة جديدة لترشيد المياه."
