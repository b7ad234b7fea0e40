"""Subjects before the predicate: a circumstantial participle takes none of its own."""

from __future__ import annotations

import pytest

from khabar.events.subjects import own_alif

from .composed import statement_parties


@pytest.mark.parametrize(("text", "event"), [
    # a ḥāl after a comma shares its clause's subject, not the word before the comma
    ("وقال الوزير إن الفريق قوي، مضيفا «هذه النقطة هي الأهم».", ("أضاف", "الوزير", None)),
    ("وأكد المدرب أن اللاعبين جاهزون، مشيرا إلى أن المباراة صعبة.", ("أشار", "المدرب", None)),
])
def test_a_hal_participle_has_no_subject_before_it(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in statement_parties(text)


@pytest.mark.parametrize(("text", "event"), [
    # a party whose name a quotation mark closes before the verb is its subject
    ('وكانت وكالة "رويترز" قد اتهمت الحكومة بالتضليل.', ("اتهم", "رويترز", "الحكومة")),
    ("حركة «النهضة» تتهم الحكومة بالتقصير", ("اتهم", "النهضة", "الحكومة")),
])
def test_a_quoted_name_before_its_verb_is_the_subject(text: str, event: tuple[str, str | None, str | None]) -> None:
    from .composed import coded_parties
    assert event in coded_parties(text)


def test_a_quotation_closed_before_a_verb_is_no_subject() -> None:
    # «...» يقول الوزير: the quotation's last words are what is said, the speaker follows the verb
    assert ("قال", "الوزير", None) in statement_parties("وأضاف: «نحن مستعدون للحوار» يقول الوزير")


@pytest.mark.parametrize(("text", "event"), [
    # a numeral after its noun before a dual verb: the two counted are the subject
    ("وقالت الشرطة إن مسلحين اثنين قتلا شرطيا في الهجوم.", ("قتل", "مسلحين", "شرطيا")),
    ("وأكد الجيش أن جنديين اثنين اعتقلا مسلحا.", ("اعتقل", "جنديين", "مسلحا")),
])
def test_a_dual_count_stands_between_its_noun_and_verb(text: str, event: tuple[str, str | None, str | None]) -> None:
    from .composed import coded_parties
    assert event in coded_parties(text)


@pytest.mark.parametrize(("word", "own"), [
    # a dual's or plural's alif on a perfect, an indefinite accusative's
    ("قتلا", True), ("قتلوا", True), ("احتجاجا", True),
    # a pronoun's alif (words.tsv possessed_endings), the dual ones too
    ("قتلها", False), ("احتجاجنا", False), ("قتلهما", False), ("بلدكما", False),
])
def test_an_alif_of_its_own_is_no_pronouns(word: str, own: bool) -> None:
    assert own_alif(word) is own


@pytest.mark.parametrize(("text", "event"), [
    # a subject with where it sits or whom it is posted to (words.tsv located_subject_preps) before its verb
    ("وكانت منظمة العفو الدولية في لندن قد اتهمت الحكومة بالتعذيب.", ("اتهم", "منظمة العفو الدولية", "الحكومة")),
    ("وكانت اللجنة في الأمم المتحدة اتهمت الحكومة بالتعذيب.", ("اتهم", "اللجنة", "الحكومة")),
    ("وكان سفير قطر لدى موسكو انتقد الحكومة.", ("انتقد", "سفير قطر", "الحكومة")),
])
def test_a_located_subject_is_the_party_before_the_preposition(text: str, event: tuple[str, str | None, str | None]) -> None:
    from .composed import coded_parties
    assert event in coded_parties(text)
