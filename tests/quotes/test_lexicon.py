"""The speech-verb lexicon: forms derived by rule with the gender they imply, one case per class."""

from __future__ import annotations

import pytest

from khabar.quotes.lexicon import (
    FEM,
    MASC,
    PLURAL,
    in_class,
    is_homograph,
    is_naming_passive,
    key,
    lookup_cue,
    masdar_forms,
    participle_forms,
    past_forms,
    present_forms,
    speech_verbs,
)

# (surface form, lemma, class, kind, gender) — one row per verb class and per derived form kind
FORMS = [
    ("قال", "قال", "say", "verb", MASC),
    ("قالت", "قال", "say", "verb", FEM),
    ("وقالت", "قال", "say", "verb", FEM),  # و conjunction by rule
    ("فقال", "قال", "say", "verb", MASC),  # ف conjunction by rule
    ("يقول", "قال", "say", "verb", MASC),
    ("تقول", "قال", "say", "verb", FEM),
    ("يقولون", "قال", "say", "verb", PLURAL),
    ("قالوا", "قال", "say", "verb", PLURAL),
    ("قائلا", "قال", "say", "participle", MASC),
    ("قائلةً", "قال", "say", "participle", FEM),
    ("قوله", "قال", "say", "masdar", MASC),
    ("قولها", "قال", "say", "masdar", FEM),
    ("وأضافت", "أضاف", "say", "verb", FEM),
    ("أكد", "أكد", "assert", "verb", MASC),
    ("يؤكد", "أكد", "assert", "verb", MASC),
    ("مؤكدين", "أكد", "assert", "participle", PLURAL),
    ("ولفت", "لفت", "assert", "verb", MASC),
    ("نفى", "نفى", "deny", "verb", MASC),  # weak final: نفى/نفت/نفوا/ينفي
    ("نفت", "نفى", "deny", "verb", FEM),
    ("نفوا", "نفى", "deny", "verb", PLURAL),
    ("ينفي", "نفى", "deny", "verb", MASC),
    ("ينفون", "نفى", "deny", "verb", PLURAL),
    ("اتهمت", "اتهم", "accuse", "verb", FEM),
    ("واتهمته", "اتهم", "accuse", "verb", FEM),  # object pronoun by rule
    ("دعت", "دعا", "call", "verb", FEM),
    ("داعيا", "دعا", "call", "participle", MASC),
    ("يطالب", "طالب", "call", "verb", MASC),
    ("حذر", "حذر", "warn", "verb", MASC),
    ("أعلنت", "أعلن", "announce", "verb", FEM),
    ("أعلن", "أعلن", "announce", "verb", MASC),  # also 'I announce': the third person is kept
    ("نؤكد", "أكد", "assert", "verb", ""),  # first person, gender unknown
    ("ذكرت", "ذكر", "report", "verb", FEM),
    ("اعتبر", "اعتبر", "opine", "verb", MASC),
    ("رأت", "رأى", "opine", "verb", FEM),
    ("أعربت", "أعرب", "express", "verb", FEM),
    ("أشاد", "أشاد", "praise", "verb", MASC),
    ("وتساءل", "تساءل", "ask", "verb", MASC),
    ("بالقول", "قال", "say", "participle", ""),  # by_saying: 'by saying', as قائلا
    ("بقولها", "قال", "say", "participle", FEM),
    ("وأظهرت", "أظهر", "report", "verb", FEM),  # a study or survey shows: it reports
    ("وحث", "حث", "call", "verb", MASC),  # a two-letter verb with its conjunction
    ("فحث", "حث", "call", "verb", MASC),
]


@pytest.mark.parametrize(("form", "lemma", "cls", "kind", "gender"), FORMS)
def test_form_reading(form: str, lemma: str, cls: str, kind: str, gender: str) -> None:
    cue = lookup_cue(key(form))
    assert cue is not None, form
    assert (cue.lemma, cue.cls, cue.kind, cue.gender) == (lemma, cls, kind, gender)


@pytest.mark.parametrize("word", ["القول", "إشارة", "وزير", "الوزارة", "بيان", "قلب", "والد"])
def test_non_cues(word: str) -> None:
    assert lookup_cue(key(word)) is None or key(word).startswith("ال")


def test_rules() -> None:
    assert past_forms("دعا")["دعت"] == FEM
    assert present_forms("يدعو")["يدعون"] == PLURAL
    assert participle_forms("مؤكد")["مؤكدة"] == FEM
    assert masdar_forms("إشارة")["اشارتها"] == FEM


def test_content_preposition_and_strictness() -> None:
    assert lookup_cue(key("شدد")).prep == key("على")
    assert lookup_cue(key("عبر")).prep_required  # عبر alone is the preposition 'via'
    assert lookup_cue(key("يقلل")).prep_required  # قلل alone is 'reduce'; قلل من 'play down'
    assert lookup_cue(key("بين")).nominal == "c"  # بين is also 'between'
    assert lookup_cue(key("أظهرت")).nominal == "c"  # أظهرت مهارة: shows a thing, says nothing
    assert lookup_cue(key("يظهر")) is None  # present '-': يظهر أن is 'it appears that' (ظهر)


def test_every_row_yields_forms() -> None:
    lemmas = {form.lemma for form in speech_verbs().values()}
    assert {"قال", "أضاف", "أكد", "نفى", "اتهم", "شدد", "لفت", "أوضح", "أشار", "اعتبر", "رأى", "صرح",
            "أعلن", "حذر", "دعا", "طالب"} <= lemmas


# one row per closed class of cues.tsv
CLASSES = [
    ("complementizer", "بأن"),
    ("denial", "لم"),  # ولم يؤكد الوزير أن: a denied cue, its quotation marked negated
    ("content_prep", "إلى"),
    ("blocking_prep", "بعد"),
    ("blocking_prep", "مع"),  # مع أن 'although'
    ("statement_verb", "ورد"),
    ("statement_noun", "بيان"),
    ("naming_passive", "يدعى"),
    ("signing_homograph", "توقع"),
    ("signed_object", "اتفاقية"),
    ("source_prep", "وفقا"),
    ("channel_verb", "نقلت"),
    ("media_noun", "وكالة"),
    ("anonymous", "مصادر"),
    ("spokesperson", "المتحدث"),
    ("spokesperson", "متحدثا"),  # the accusative after لكن / إن
    ("pronoun", "سموه"),
    ("boundary", "فيما"),
    ("boundary", "في حين"),
    ("impersonal", "يذكر أن"),
    ("adjunct", "أيضا"),
    ("adjunct", "للصحفيين"),  # the press as hearer
    ("adjunct", "ضمن"),  # 'as part of'
    ("adjunct", "بعدها"),  # 'after it': a time, no subject
    ("time_adjunct", "في وقت سابق"),
    ("via_homograph", "عبر"),  # عبّر 'expressed' and 'via'
    ("aux", "كانت"),
    ("relative", "الذي"),
    ("title", "الدكتور"),
    ("title", "مفوض"),
    ("not_boundary", "فيما يخص"),
    ("not_boundary", "فيما إذا"),  # 'whether'
    ("prep_idiom", "على الرغم"),
    ("kin", "والد"),
    ("object_idiom", "الانتباه"),
    ("same", "ذاته"),
    ("same_before", "ذات"),
    ("reason", "لأن"),
    ("relayed_from", "نقل عن"),
    ("pronoun_particle", "لكنها"),
    ("contrast", "لكن"),
    ("except_lead", "إلا أنها"),
    ("writer_relative", "هو ما"),
    ("withheld", "يفصح"),
    ("plural_adjective", "جدد"),
    ("manner_lead", "بشكل"),
    ("withheld", "تجاهل"),
    ("concessive", "الرغم"),
    ("work_noun", "روايتها"),
    ("work_noun", "بعنوان"),
    ("noun_lead", "عند"),
    ("verb_particle", "لكي"),
    ("subjunctive", "كي"),
    ("completion_verb", "يتم"),
    ("completion_verb", "جرى"),
    ("lam_noun", "لجنة"),
    ("lam_noun", "لاعب"),
    ("title", "مفوضة"),
    ("title", "مندوب"),
    ("companion_lead", "خلال"),
    ("office_body", "وزارة"),
    ("issued", "صادر"),
    ("topic_lead", "بخصوص"),
    ("topic_lead", "حول"),
    ("topic_lead", "بشأن"),
    ("topic_lead", "عن"),
    ("topic_lead", "إزاء"),
    ("topic_lead", "بالنسبة"),
    ("portfolio", "شؤون"),
    ("representative", "النائب"),
    ("representative", "نائبة"),
    ("representative", "ممثل"),
    ("issued", "صادرة"),
    ("headline_topic_prep", "مع"),
    ("headline_topic_prep", "إلى"),
    ("headline_topic_prep", "على"),
    ("headline_label", "شاهد"),
    ("aside_pronoun", "هو"),
    ("aside_pronoun", "هي"),
    ("owner_prep", "من"),
    ("owner_prep", "عن"),
    ("outlet", "العربية"),
    ("outlet", "الشرق الأوسط"),
    ("passive_present", "تعتبر"),
    ("negation", "لم"),
    ("nobody", "أي"),
    ("people_relative", "الذين"),
    ("person_relative", "الذي"),
    ("person_relative", "التي"),
    ("postposed_lead", "هكذا"),
    ("postposed_lead", "بهذه الكلمات"),
    ("by_saying", "بقوله"),
    ("own_words_noun", "تعبيره"),
    ("act_participle", "متمنيا"),
    ("charging_verb", "اتهم"),
]


@pytest.mark.parametrize(("form", "lemma"), [("قيل", "قال"), ("وأفيد", "أفاد"), ("أشير", "أشار")])
def test_passive_forms(form: str, lemma: str) -> None:
    cue = lookup_cue(key(form))
    assert cue is not None and cue.passive and cue.lemma == lemma
    assert not lookup_cue(key("قال")).passive


# (standard spelling, as Egyptian sites write it: ه for ة, ى for ي) -> the same cue or class
SITE_SPELLINGS = [
    ("قائلة", "قائله"),
    ("مؤكدة", "مؤكده"),
    ("مشيرة", "مشيره"),
    ("نفى", "نفي"),
    ("ادعى", "ادعي"),
]


@pytest.mark.parametrize(("standard", "site"), SITE_SPELLINGS)
def test_site_spellings_read_the_same_cue(standard: str, site: str) -> None:
    assert lookup_cue(key(standard)) is not None
    assert lookup_cue(key(site)) == lookup_cue(key(standard))


@pytest.mark.parametrize(("standard", "site"), [("رسالة", "رساله"), ("مقابلة", "مقابله")])
def test_site_spellings_are_in_the_same_class(standard: str, site: str) -> None:
    assert in_class("statement_noun", key(standard)) and in_class("statement_noun", key(site))


@pytest.mark.parametrize(("cls", "phrase"), CLASSES)
def test_word_classes(cls: str, phrase: str) -> None:
    assert in_class(cls, " ".join(key(w) for w in phrase.split()))
    assert not in_class(cls, key("سوريا"))


# (surface word, spelled as another word than the speech-verb form it normalises to)
HOMOGRAPHS = [
    ("رأي", True),  # the noun 'opinion'
    ("ورأي", True),
    ("رَأْيٌ", True),
    ("رأيها", True),  # 'her opinion'
    ("ورأيهم", True),
    ("رأينا", False),  # also 'we saw'
    ("مرحباً", True),  # the greeting 'welcome'
    ("مرحبا", True),
    ("رأى", False),  # the verb 'he saw, held'
    ("ورأى", False),
    ("مرحبين", False),  # 'welcoming', plural participle
]


@pytest.mark.parametrize(("word", "expected"), HOMOGRAPHS)
def test_homographs(word: str, expected: bool) -> None:
    assert is_homograph(word) is expected


# (surface word, يُدعى/تُدعى 'is called' spelled with ى, normalising to يدّعي 'claims')
NAMING_PASSIVES = [
    ("يدعى", True),
    ("ويدعى", True),
    ("وتدعى", True),
    ("تُدعى", True),
    ("يدعي", False),  # 'claims', spelled with ي
    ("وتدعي", False),
    ("ادعى", False),  # 'claimed'
]


@pytest.mark.parametrize(("word", "expected"), NAMING_PASSIVES)
def test_naming_passives(word: str, expected: bool) -> None:
    assert is_naming_passive(word) is expected
