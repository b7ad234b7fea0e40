"""بين: the speech verb بيّن 'explained' or the preposition 'between', read from its context."""

from __future__ import annotations

import pytest

from khabar.quotes.context import prepare_units
from khabar.quotes.lexicon import in_class, key
from khabar.quotes.prepositions import reads_as_preposition

# (sentence, the spelling's surface word, read as the preposition)
READINGS = [
    # the verb
    ("وبين الوزير أن الحكومة ستواصل دعم المشاريع.", "وبين", False),  # opens its sentence, subject, أن
    ("وبين أن المشروع سيكتمل العام المقبل.", "وبين", False),  # a complementizer right after it
    ("وعن أسباب التأخير بين أن الشركة لم تسلم المعدات.", "بين", False),  # after a noun, but أن follows
    ("من جهته، بين المحلل خالد العمري أن الأسعار سترتفع.", "بين", False),  # after a comma
    ("كما بين المدير أن العمل مستمر.", "بين", False),  # aux
    ("ومن جانبه بين المدير أن الخطة جاهزة.", "بين", False),  # verb_lead
    ("وقال المهندس إنه زار الموقع حيث بين المقاول أن الأعمال تأخرت.", "بين", False),  # verb_lead
    ("الوزير بيّن في مؤتمر صحفي أن الخطة جاهزة.", "بيّن", False),  # the shadda is written
    ("وبين الأمين العام أن الاجتماع سيعقد غدا.", "وبين", False),  # a title in ين is no genitive plural
    ("وبين المحلل: الأسعار سترتفع.", "وبين", False),  # a colon
    # the preposition
    ("وقال إن الخلاف بين الطرفين ما زال قائما.", "بين", True),  # after a noun
    ("تجمع الرواية بين التاريخ والأسطورة، لاسيما أن أحداثها قديمة.", "بين", True),  # after a verb
    ("وهو من بين من يتوقعون أن تنخفض الأسعار.", "بين", True),  # prep_lead
    ("فمن بين هؤلاء، توقع ثلثهم أن يحصلوا على إذن.", "بين", True),  # prep_lead with a conjunction
    ("وانقسم الجمهور، بين معارض يرى أن الأغنية ضعيفة، ومؤيد لها.", "بين", True),  # the أن is يرى's
    ("وبين الطرفين خلافات قديمة رغم أن الوساطة مستمرة.", "وبين", True),  # a genitive dual
    ("وتراوحت الآراء ما بين مؤيد للقرار، وبين معارضين للأسعار الجديدة.", "وبين", True),  # paired
    ("وكتب في مذكراته عن الأحاديث بينه وبين الرئيس أن اللقاء كان متوترا.", "وبين", True),  # after بينه
    ("وقال الوزير إن العلاقات بين مصر وبين الأردن متينة.", "وبين", True),  # paired with a bare بين
]


def _token(unit, word: str) -> int:
    return next(j for j, tok in enumerate(unit.tokens) if tok.text == word)


@pytest.mark.parametrize(("text", "word", "preposition"), READINGS)
def test_reading(analyse, text: str, word: str, preposition: bool) -> None:
    (unit,) = prepare_units(analyse([text]))
    i = _token(unit, word)
    assert reads_as_preposition(unit, i) is preposition
    assert (unit.cue_form(i) is None) is preposition  # the preposition is no cue at all


@pytest.mark.parametrize("word", ["قال", "أوضح", "بينما", "بينهم"])
def test_only_the_homograph_class_is_read(analyse, word: str) -> None:
    text = f"وقال إن الخلاف {word} الطرفين قائم."
    (unit,) = prepare_units(analyse([text]))
    assert not reads_as_preposition(unit, _token(unit, word))


# one row per class of cues.tsv the rule reads
CLASSES = [
    ("prep_homograph", "بين"),
    ("prep_lead", "من"),
    ("prep_lead", "فيما"),
    ("verb_lead", "حيث"),
    ("verb_lead", "جانبه"),
]


@pytest.mark.parametrize(("cls", "word"), CLASSES)
def test_word_classes(cls: str, word: str) -> None:
    assert in_class(cls, key(word))
    assert not in_class(cls, key("الطرفين"))


# (body paragraph, cue, speaker text or None, content end) of the quotation the stage finds
QUOTES = [
    ("وبين الوزير أن الحكومة ستواصل دعم المشاريع.", "وبين", "الوزير", "المشاريع"),
    # the preposition neither opens content nor ends the content of قال
    ("وقال الوزير إن الخلاف بين الطرفين وبين الوسطاء ما زال قائما.", "وقال", "الوزير", "قائما"),
    ("وقالت الوزارة إن التعاون والتنسيق بين البلدين مستمران.", "وقالت", "الوزارة", "مستمران"),
    # those the preposition names hold the view
    ("وانقسم الجمهور، بين معارضين يرون أن الأغنية ضعيفة.", "يرون", "معارضين", "ضعيفة"),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content_end"), QUOTES)
def test_stage_quotes(analyse, text: str, cue: str, speaker: str | None, content_end: str) -> None:
    quotes = analyse([text]).quotes
    assert [q.cue for q in quotes] == [cue]
    assert (quotes[0].speaker.text if quotes[0].speaker else None) == speaker
    assert quotes[0].content.endswith(content_end)


def test_a_preposition_in_the_source_phrase_is_no_speech_verb(analyse) -> None:
    """'According to' is read only in a sentence without a speech verb: بين in the source's
    relative clause is none, and the clause is no name of the spokesperson."""
    text = 'انفجرت عبوة ناسفة قرب مقر الحزب، وفق ما أكد متحدث باسم ائتلاف "سائرون" الذي يجمع بين الشيوعيين والتيار الصدري.'
    (quote,) = analyse([text]).quotes
    assert quote.cue == "وفق ما أكد" and quote.content == "انفجرت عبوة ناسفة قرب مقر الحزب"
    assert quote.speaker is not None and quote.speaker.text.startswith("متحدث باسم")


# (paragraph, [(cue, speaker words or None, content), ...]): عبر is عبّر 'expressed' before its
# own preposition or opening its clause, and 'via, across' after a word of its clause
VIA = [
    ("وأصدر النادي بيانا عبر موقعه الإلكتروني حول المباراة.", []),
    ("وعاد المسافرون عبر مطار المدينة بعد الإغلاق.", []),
    ("بعد إعلانه عبر حسابه قبل أشهر عن اختراق موقع الجامعة.", []),
    ("وتشارك السينما العربية عبر فيلمين في المسابقة.", []),
    ("كما عبر الأمين العام عن قلقه العميق.", [("عبر", "الأمين العام", "قلقه العميق")]),
    ("فيما عبر الطبيب عن اعتزازه بالفريق.", [("عبر", "الطبيب", "اعتزازه بالفريق")]),
    ("كذلك عبر الشيخ عن شكره للوزير.", [("عبر", "الشيخ", "شكره للوزير")]),
    ("ماكرون عبر عن رغبته في الحوار.", [("عبر", "ماكرون", "رغبته في الحوار")]),
    ("وعبر والد الشهيد عن بالغ شكره، مؤكدا أن ابنه بطل.",
     [("وعبر", "والد الشهيد", "بالغ شكره"), ("مؤكدا", "والد الشهيد", "ابنه بطل")]),
]


@pytest.mark.parametrize(("text", "expected"), VIA)
def test_via_or_expressed(spoken, text, expected):
    assert spoken([text]) == expected
