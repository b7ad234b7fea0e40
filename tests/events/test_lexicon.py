"""The event lexicon: one case per entry class, predicate readings, codes from the CAMEO root table
(the fold and the affix tables are tested with :mod:`khabar.arabic.inflection`)."""

from __future__ import annotations

import pytest

from khabar.arabic.inflection import fold, noun_cores
from khabar.arabic.verbs import non_triggers, predicate_rows
from khabar.events import extract_events
from khabar.events.lexicon import (
    _verb_analyses,
    analyse_word,
    coding_rows,
    conjoined,
    conjunction_led,
    light_object_keys,
    load_lexicon,
    matches_object,
    object_keys,
    spelled_passive,
    word_set,
)

from .composed import analyse


def lemmas(word: str) -> list[str]:
    return [p.lemma for p in analyse_word(word)]


# (inflected word as it occurs in news, lemma expected among its analyses)
@pytest.mark.parametrize(("word", "lemma"), [
    ("وقالت", "قال"), ("يقول", "قال"), ("وأكد", "أكد"),  # statements
    ("اتهمت", "اتهم"), ("يتهمون", "اتهم"), ("واتهمه", "اتهم"), ("ونددت", "ندد"),  # accusations
    ("نفت", "نفى"), ("ينفي", "نفى"),  # denials
    ("دعت", "دعا"), ("ويطالبون", "طالب"),  # appeals and demands
    ("التقى", "التقى"), ("واجتمع", "اجتمع"),  # meetings
    ("تظاهروا", "تظاهر"), ("احتجت", "احتج"), ("يعتصمون", "اعتصم"),  # protests
    ("اعتقلت", "اعتقل"), ("واحتجزت", "احتجز"),  # arrests
    ("هاجموا", "هاجم"), ("قصفت", "قصف"), ("فجر", "فجر"), ("اشتبكت", "اشتبك"),  # fighting
    ("هددت", "هدد"), ("رفضت", "رفض"),  # threats, rejection
    ("منددا", "ندد"), ("متهما", "اتهم"),  # circumstantial participles
    ("أشادت", "أشاد"), ("ومدح", "مدح"), ("هنأ", "هنأ"), ("يدافع", "دافع"), ("تضامنت", "تضامن"),  # praise
    ("اعتذرت", "اعتذر"), ("وبخ", "وبخ"), ("عارضت", "عارض"),  # apology, sale, rebuke
    ("قاطعوا", "قاطع"), ("يعاقب", "عاقب"),  # sanctions
])
def test_verb_forms(word: str, lemma: str) -> None:
    assert lemma in lemmas(word)


@pytest.mark.parametrize(("word", "lemma"), [
    ("مقتل", "مقتل"), ("اعتقال", "اعتقال"), ("والتظاهرات", "تظاهرة"), ("غارة", "غارة"),
    ("بالغارات", "غارة"), ("الهجمات", "هجوم"), ("اشتباكات", "اشتباك"), ("اتهاماتها", "اتهام"),
    ("الغزو", "غزو"), ("واستبعاده", "استبعد"),
])
def test_deverbal_nouns(word: str, lemma: str) -> None:
    assert lemma in lemmas(word)


@pytest.mark.parametrize(("word", "lemma"), [("بغارتها", "غارة"), ("وتظاهرتهم", "تظاهرة"), ("هجومه", "هجوم")])
def test_a_noun_before_a_suffix_keeps_its_reading(word: str, lemma: str) -> None:
    """ة is spelled ت before a suffix (غارتها): the listed stem غارة is not in the word as such."""
    assert lemma in lemmas(word)


@pytest.mark.parametrize("word", ["سيطرة", "مدينة", "الحكومة", "كتاب", "السياسة"])
def test_words_that_are_not_predicates(word: str) -> None:
    assert analyse_word(word) == ()  # سيطرة is not سيطر+ه: verbs never end in ة


@pytest.mark.parametrize("word", [
    "المقاتلون", "بالقتال", "استقالته", "المقالات", "اتهامين",  # a stem's letters inside another word
    "وقالت", "فسيطالبونهم", "منددا", "وتظاهرتهم", "بغارتها", "واستبعاده", "سيطرة", "قَالَ", "طلباً",
])
def test_analyses_are_skipped_only_when_they_find_nothing(word: str) -> None:
    """analyse_word tries the verb and noun analyses only when a stem sits between affixes they
    strip (قتل in المقاتلون does not): its readings are those of both analyses tried always."""
    lex, folded = load_lexicon(), fold(word)
    always = [] if word.endswith("ة") else _verb_analyses(folded, lex)
    always += [p for core in noun_cores(folded) for p in lex.nouns.get(core, ())]
    assert analyse_word(word) == tuple(dict.fromkeys(always))


@pytest.mark.parametrize(("verb", "objects", "cameo"), [
    ("شن", "غارات", "190"), ("وقع", "اتفاقا", "057"), ("قدمت", "مساعدات", "070"),
    ("فرضت", "عقوبات", "163"), ("ألقت", "القبض", "173"), ("عرضت", "التعاون", "030"),
    ("أضرموا", "النار", "180"), ("سحبت", "سفيرها", "161"), ("جمدت", "أرصدة", "16"), ("أدلى", "بشهادته", "010"), ("علق", "عمل", "16"),
])
def test_light_verb_phrases(verb: str, objects: str, cameo: str) -> None:
    phrases = [p for p in analyse_word(verb) if p.objects and p.cameo == cameo]
    assert phrases and matches_object(objects, phrases[0].objects)


@pytest.mark.parametrize(("word", "objects"), [
    # دعمها is not دعمه + ا: the folded ة takes no suffix
    ("ودعمها", {"دعم", "دعمها"}), ("بالمساعدات", {"المساعدات", "مساعدات"}),
    ("قمته", {"قمه"}),  # the object's ه written as ت before a suffix
    ("الطاولة", set()), ("كلمتها", set()),
])
def test_light_object_keys_are_the_object_keys_light_verbs_list(word: str, objects: set[str]) -> None:
    lex = load_lexicon()
    listed = {o for table in (lex.perfect, lex.nouns) for preds in table.values() for p in preds for o in p.objects}
    assert light_object_keys(word) & listed == object_keys(word) & listed == objects
    assert bool(light_object_keys(word)) is bool(objects)  # a word holding no object is not analysed


@pytest.mark.parametrize(("word", "key"), [
    ("غارات", "غارات"), ("بالغارات", "غارات"), ("أسلحتها", "اسلحه"), ("النار", "نار"), ("اتفاقاً", "اتفاقا"),
])
def test_object_keys_hold_the_word_and_its_bare_nouns(word: str, key: str) -> None:
    keys = object_keys(word)
    assert fold(word) in keys and key in keys
    assert keys == {fold(word), *noun_cores(fold(word))}


@pytest.mark.parametrize(("word", "objects", "expected"), [
    ("بالغارات", {"غارات"}, True), ("الغارات", {"غاره"}, False), ("القبض", {"القبض"}, True), ("قبض", {"القبض"}, False),
])
def test_matches_object(word: str, objects: set[str], expected: bool) -> None:
    assert matches_object(word, frozenset(objects)) is expected


@pytest.mark.parametrize(("code", "quad", "plover"), [
    ("010", 1, None), ("020", 1, "REQUEST"), ("040", 1, "CONSULT"), ("057", 1, "AGREE"),
    ("070", 2, "AID"), ("112", 3, "ACCUSE"), ("100", 3, "REQUEST"), ("141", 3, "PROTEST"),
    ("163", 4, "SANCTION"), ("173", 4, "COERCE"), ("190", 4, "ASSAULT"), ("016", 3, "REJECT"),
])
def test_cameo_roots(code: str, quad: int, plover: str | None) -> None:
    info = load_lexicon().info(code)
    assert (info.quad, info.plover) == (quad, plover)


def test_every_lexicon_code_is_coded() -> None:
    lex = load_lexicon()
    for table in (lex.perfect, lex.imperfect, lex.nouns):
        for preds in table.values():
            for p in preds:
                assert lex.info(p.cameo).quad in (1, 2, 3, 4)


def test_every_coded_predicate_has_its_arabic_stems_row_once() -> None:
    # the coding table holds no forms: each (lemma, kind) it codes is read by the arabic layer
    keys = [(r.lemma, r.kind) for r in coding_rows()]
    stems = {(r.lemma, r.kind) for r in predicate_rows()}
    assert len(keys) == len(set(keys)) and set(keys) <= stems


@pytest.mark.parametrize(("lemma", "kind", "cameo", "targets", "intransitive"), [
    ("قصف", "V", "195", ("obj",), False),  # the code and target from events, the stems from arabic
    ("قصف", "N", "195", (), False),  # a noun of the same lemma is coded apart
    ("حقق", "V", "090", ("مع", "في"), True),  # flag i (no object pronoun) is the arabic layer's
])
def test_a_predicate_joins_its_coding_and_its_stems(lemma: str, kind: str, cameo: str,
                                                    targets: tuple[str, ...], intransitive: bool) -> None:
    lex = load_lexicon()
    table = lex.perfect if kind == "V" else lex.nouns
    (pred,) = [p for p in table[fold(lemma)] if p.lemma == lemma and p.kind == kind]
    assert (pred.cameo, pred.targets, pred.intransitive) == (cameo, targets, intransitive)


def test_folding_and_noun_cores() -> None:
    assert fold("إعتقال") == fold("اعتقال")
    assert "تظاهره" in noun_cores(fold("بتظاهرته"))
    assert fold("لم") in word_set("negators")


@pytest.mark.parametrize(("word", "links"), [("نحو", True), ("إلى", True), ("على", False), ("منع", False)])
def test_control_links(word: str, links: bool) -> None:
    # a verb of deciding reaches its event noun across these (تتجه نحو منع) and no other word
    assert (fold(word) in word_set("control_links")) is links


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("تعهدت الشركة بالامتثال للقوانين الأوروبية.", "030"),  # a pledge needs no named party
    ("اعتذر الوزير عن تولي المنصب.", "011"),  # declining a post is no apology
    ("اعتذرت الشركة للحكومة.", "055"),
    ("أوقفت وزارة الصحة تزويد المستشفى بالأدوية.", "162"),  # stopping a supply is no arrest
    ("أوقفت الشرطة المتهم.", "173"),
    ("اقتطعت الحكومة جزءا من رواتب الموظفين.", "16"),
    ("علقت الحكومة عضوية الحزب.", "16"),
    ("ندد الجيش بتجنيد الأطفال.", "153"),
    ("توقفت الوزارة عن تزويد المستشفيات بالأدوية.", "162"),  # a blocked verb still heads its phrase
    ("تمكنت الشرطة من ضبط كمية من المخدرات.", "1711"),  # seizure nouns
    ("أعرب الاتحاد الأوروبي عن استيائه من قرار الحكومة.", "111"),  # disapproval voiced
    ("عبرت الوزارة عن استغرابها لتصريحات الوزير.", "111"),
    ("قدم الملك التعازي للرئيس المصري.", "018"),  # condolences
    ("بعث الأمير برقية تعزية إلى الرئيس.", "018"),
    ("تلقت الحكومة دعما ماليا من الاتحاد الأوروبي.", "070"),  # aid received
])
def test_light_verbs_and_senses(sentence: str, cameo: str) -> None:
    article = analyse(sentence)
    assert cameo in [e.cameo for e in extract_events(article)]


@pytest.mark.parametrize("title", ["العاهل", "الملك", "الوزير", "المتحدث"])
def test_person_titles(title: str) -> None:
    assert title[2:] in word_set("titles", strip_article=True)


@pytest.mark.parametrize("word", sorted(non_triggers()))
def test_a_non_trigger_has_no_reading_though_a_verb_analysis_would_read_it(word: str) -> None:
    # every listed word is needed (a verb form's spelling) and, listed, has no reading at all
    assert _verb_analyses(fold(word), load_lexicon()), word
    assert analyse_word(word) == analyse_word("و" + word) == ()


@pytest.mark.parametrize(("word", "lemmas"), [
    ("مستقبلاً", []), ("هنا", []), ("هنأ", ["هنأ"]), ("رأى", ["رأى"]),
    ("قبضة", []), ("القبض", ["القبض"]),  # a final ة is no possessive ه
    ("مصادرها", []), ("مصادرتها", ["مصادرة"]),  # ة before a suffix is ت, never ه+ا
    ("الاجتماعي", []), ("الاجتماعات", ["لقاء"]),  # the article takes number endings, not possessives
])
def test_noun_and_stop_list_readings(word: str, lemmas: list[str]) -> None:
    assert [p.lemma for p in analyse_word(word)] == lemmas


@pytest.mark.parametrize(("word", "lemmas"), [
    # flag i: an intransitive verb with an object pronoun is another verb (حققه = achieved it)
    ("حققه", []), ("تحققها", []), ("حققته", []), ("حققت", ["حقق"]), ("يحقق", ["حقق"]),
    ("انسحبت", ["انسحب"]), ("قصفها", ["قصف"]),  # a transitive verb keeps its object pronoun
])
def test_intransitive_verbs_take_no_object_pronoun(word: str, lemmas: list[str]) -> None:
    assert [p.lemma for p in analyse_word(word) if p.kind == "V"] == lemmas


@pytest.mark.parametrize(("word", "lemmas"), [
    # a plural verb's alif drops before an object pronoun (دعوه، قتلوه): دعواها is a noun (her lawsuit)
    ("دعواها", []), ("دعواه", []), ("لفتواهم", []), ("قتلوه", ["قتل"]), ("دعوا", ["دعا"]), ("يدعوها", ["دعا"]),
])
def test_a_plural_verb_with_its_alif_takes_no_object_pronoun(word: str, lemmas: list[str]) -> None:
    assert [p.lemma for p in analyse_word(word) if p.kind == "V"] == lemmas


@pytest.mark.parametrize(("word", "lemmas"), [
    # a perfect written with أ is never written with إ: إصابته is his injury, not أصابته (it hit him)
    ("إصابته", []), ("وإصابتها", []), ("أصابته", ["أصاب"]), ("اصابته", ["أصاب"]),  # hamza left out: both
    ("إدانته", []), ("أدانته", ["أدان"]),
    ("إعتقل", ["اعتقل"]),  # a Form VIII perfect is often written with إ
    ("إلقاء", ["ألقى القبض"]),  # a light verb listing its masdar among its forms
])
def test_hamza_below_is_no_form_iv_perfect(word: str, lemmas: list[str]) -> None:
    assert [p.lemma for p in analyse_word(word) if p.kind == "V"] == lemmas


@pytest.mark.parametrize(("word", "lemma", "passive"), [
    ("أصيب", "أصاب", True),  # was hit: spelt like no perfect of أصاب
    ("وأصيب", "أصاب", True),
    ("أصاب", "أصاب", False),
    ("أوقف", "أوقف", False),  # the first person imperfect of Form IV is its perfect
    ("اعتقل", "اعتقل", False),
    ("يصيب", "أصاب", False),
])
def test_a_passive_perfect_known_by_its_spelling(word: str, lemma: str, passive: bool) -> None:
    pred = next(p for p in analyse_word(word) if p.lemma == lemma)
    assert spelled_passive(word, pred) is passive


@pytest.mark.parametrize(("word", "lemma", "expected"), [
    ("وأصيب", "أصاب", True),
    ("أصيب", "أصاب", False),
    ("وقعت", "وقع اتفاقا", False),  # its و is the verb's first letter
    ("وقصفت", "قصف", True),
    ("فتطالب", "طالب", False),  # أما X فتطالب: ف answers the subject
])
def test_a_verb_only_with_a_conjunction_is_conjoined(word: str, lemma: str, expected: bool) -> None:
    pred = next(p for p in analyse_word(word) if p.lemma == lemma)
    assert conjoined(word, pred) is expected


@pytest.mark.parametrize(("word", "lemma", "expected"), [
    ("وناشد", "ناشد", True),
    ("فأكد", "أكد", True),  # ف counts here
    ("فجر", "فجر", False),  # the verb's own first letter
    ("وقعت", "وقع اتفاقا", False),
    ("ناشد", "ناشد", False),
])
def test_a_verb_led_by_a_conjunction(word: str, lemma: str, expected: bool) -> None:
    pred = next(p for p in analyse_word(word) if p.lemma == lemma)
    assert conjunction_led(word, pred) is expected
