"""Foreign place names spelt otherwise than geonames spells them (khabar.places.spelling)."""

import pytest

from khabar.places.match import is_locative
from khabar.places.spelling import (
    _forms,
    _spelt_lengths,
    find_spelt_places,
    spelling,
    spelling_index,
    spelt_city,
    vowel_edits,
)


@pytest.mark.parametrize(("a", "b"), [
    ("باليمبانغ", "باليمبانج"),  # g: غ or ج
    ("هامبورغ", "هامبورق"),  # g: غ or ق
    ("فانكوفر", "ڤانكوڤر"),  # v: ف or ڤ
    ("بيتسبرغ", "پيتسبرغ"),  # p: ب or پ
    ("لايبزيغ", "لايبسيغ"),  # s and z
    ("ميونيخ", "ميونخ"),  # a long vowel left out
    ("لانغلاي", "لانجلى"),  # final اي or ى, and ج
    ("كولّنز", "كولنز"),  # a doubled consonant is one
    ("تشاتانوغا", "شاتانوغا"),  # ch: تش or ش
    ("ماينتس", "ماينز"),  # ts or z
])
def test_one_name_spelt_two_ways(a, b):
    assert spelling(a).consonants == spelling(b).consonants
    assert vowel_edits(spelling(a), spelling(b)) <= 1


@pytest.mark.parametrize(("a", "b"), [
    ("منزقة", "مينسك"),  # a final ة and a vowel more: two edits
    ("تشكيل", "تشيكلايو"),  # the vowels elsewhere
])
def test_too_many_vowels_apart(a, b):
    assert vowel_edits(spelling(a), spelling(b)) > 1


@pytest.mark.parametrize(("name", "countries", "city"), [
    ("باليمبانغ", frozenset(), "Palembang"),  # over a million: no country needed
    ("بيونجيانج", frozenset(), "Pyongyang"),
    ("فورت كولينز", frozenset({"US"}), "Fort Collins"),  # 170,000: its country named
    ("سانت بطرسبيرغ", frozenset(), "Saint Petersburg"),
    ("كينجستون", frozenset({"CA"}), "Kingston"),  # the Canadian one, of a country the article names
])
def test_spelt_city(name, countries, city):
    found = spelt_city(name, countries)
    assert found is not None and found.name == city


@pytest.mark.parametrize(("name", "countries"), [
    ("فورت كولينز", frozenset()),  # 170,000 in a country the article does not name
    ("كينجستون", frozenset()),  # Kingston, CA or Kingstown, VC: no city clearly biggest
    ("سالسبيري", frozenset({"GB", "US"})),  # Salisbury, GB or US: namesakes in named countries
    ("صبراطة", frozenset({"TR", "LY"})),  # it spells an Arab town too (صبراتة): not Isparta
    ("كابل", frozenset({"AF"})),  # three consonants spell too many words
])
def test_no_spelt_city(name, countries):
    assert spelt_city(name, countries) is None


def _found(text, countries=frozenset({"US"}), people=(), placed=()):
    places = find_spelt_places(text, list(placed), list(placed), list(people), [], countries, is_locative)
    return [(text[p.start:p.end], p.city.name) for p in places]


@pytest.mark.parametrize(("text", "expected"), [
    ("وصل الوفد إلى باليمبانغ أمس", [("باليمبانغ", "Palembang")]),  # a locative word
    ("أقيمت الدورة ببيونجيانج", [("ببيونجيانج", "Pyongyang")]),  # ب on the name
    ("اعتقلت شرطة فورت كولينز رجلا", [("فورت كولينز", "Fort Collins")]),  # Fort opens it
    ("في مدينة فورت كولينز", [("فورت كولينز", "Fort Collins")]),
])
def test_find_spelt_places(text, expected):
    assert _found(text) == expected


def test_joined_to_a_place():
    text = "مدينتي جاكرتا وباليمبانغ"
    start = text.index("جاكرتا")
    assert _found(text, placed=[(start, start + 6)]) == [("وباليمبانغ", "Palembang")]


@pytest.mark.parametrize("text", [
    "وتابع مشاهدة المباراة في مشاهدة حية",  # a common word (مشهد: Mashhad)
    "عادوا إلى بلدهم بعد الحرب",  # their country (Oldham)
    "وكتب كيم جونغ أون رسالة",  # no place word before it
    "قال لاعب فريق لوس أنجليس ليكرز",  # a team
    "قالت صحيفة «لوس أنجليس تايمز» إن",  # a paper's title
    "وصل إلى جزيرة فرموزا",  # an island (Taiwan), no city of Argentina
    "عاد إلى منزله في منزقة قدح",  # a quarter of an Arab town, no Minsk
    "فاز في سباقين أقيما أمس",  # the dual of سباق (Spokane)
    "مواجهة من جولتين",  # the dual of جولة (Colton)
    "راقب المريخ من مرصده الخاص",  # مرصد with a pronoun (Merced)
    "يجب أن يضع في أذن طين وفي الأخرى عجين",  # two ordinary words (Denton)
])
def test_no_spelt_place(text):
    assert _found(text, countries=frozenset({"US", "AR", "BY", "GB", "IR"})) == []


def test_joined_to_a_spelt_place():
    # (و after a name found here, no place given: joined to it)
    assert _found("وصل الوفد إلى باليمبانغ وفورت كولينز") == [
        ("باليمبانغ", "Palembang"), ("وفورت كولينز", "Fort Collins")]


@pytest.mark.parametrize("words", [
    ["فورت", "كولينز"],
    ["وباليمبانغ"],
    ["فواز", "تسببت", "في"],  # ز then ت: no pair; ت then س inside the next word: one
    ["ماين", "تس"],  # ن, then ت opening the next word
    ["بيت", "سان", "خوسيه"],  # ت before س across words: read as س
    ["كول", "لنز"],  # a consonant doubled across words
    ["سان", "او", "باولو"],  # a word of vowels alone
    ["مدينة", "تورونتو"],  # ة after a word: a vowel of its own
])
def test_spelt_lengths_read_the_joined_spelling(words):
    index = spelling_index()
    expected = [n for n in (3, 2, 1) if n <= len(words) and any(
        spelling(" ".join(form)).consonants in index for form, _ in _forms(words[:n]))]
    assert _spelt_lengths(words) == expected


def test_person_name_after_locative():
    text = "وأشاد الرئيس بدور هيوستون في الفريق"
    start = text.index("هيوستون")
    assert _found(text, people=[(start, start + 7)]) == []


def test_longer_name_holds_a_name_read_alone():
    # فورت alone is the gazetteer's Fürth, read and dropped: the longer name holds it
    text = "اعتقلت شرطة فورت كولينز رجلا"
    start = text.index("فورت")
    found = find_spelt_places(text, [(start, start + 4)], [], [], [], frozenset({"US"}), is_locative)
    assert [(text[p.start:p.end], p.city.name) for p in found] == [("فورت كولينز", "Fort Collins")]
    assert find_spelt_places(text, [(start, start + 4)], [(start, start + 4)], [], [], frozenset({"US"}),
                             is_locative) == []  # (but not a place found there)


def test_index_names_without_designator():
    # geonames' مدينة كيبك is indexed as كيبك: the designator is the text's, before the name
    names = [c.name_ar for cities in spelling_index().values() for c in cities]
    assert names and not any(n.startswith(("مدينة ", "ولاية ")) for n in names)
