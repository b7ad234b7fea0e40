"""Names no stage recognised, read off the words around a predicate (khabar.events.names)."""

from __future__ import annotations

import pytest

from .composed import coded_parties, statement_parties


@pytest.mark.parametrize(("body", "statement"), [
    # a bare name after the verb and before a clause boundary is the speaker
    (("وقال قرقاش، إن الحوار مستمر.",), ("قال", "قرقاش", None)),
    # a name in quotation marks closed right after it
    (("وقال «ميدو» إن الفريق جاهز.",), ("قال", "ميدو", None)),
])
def test_a_bare_name_after_a_reporting_verb_speaks(body: tuple[str, ...], statement: tuple[str, str | None, str | None]) -> None:
    assert statement in statement_parties(*body)


@pytest.mark.parametrize("body", [
    # the first words of the quotation, not its speaker
    ("وأضاف الوزير في المؤتمر.", "وأضاف \"نتمنى للوزير الجديد كل التوفيق\"."),
    ("وأضاف الوزير في المؤتمر.", "وأضاف «أحترم هذا المجلس وقراره»."),
    # a function word (ليس، حين، وفق) is no name
    ("سألته عن المزاعم، قال ليس فقط ليس صحيحا.",),
])
def test_no_name_is_read_off_quoted_or_function_words(body: tuple[str, ...]) -> None:
    speakers = {source for _, source, _ in statement_parties(*body)}
    assert not speakers & {"نتمنى", "نتمنى للوزير", "أحترم", "أحترم هذا", "ليس"}


@pytest.mark.parametrize(("text", "word"), [
    ("وقال براهدان إن أشخاصا كانوا نائمين في الصف أصيبوا حين تدافع المئات للدخول.", "حين"),
])
def test_a_conjunction_is_no_doer(text: str, word: str) -> None:
    assert all(source != word and target != word for _, source, target in coded_parties(text))


def test_a_straight_quote_closing_a_quoted_verb_opens_nothing() -> None:
    # "دافع" واينستين: the mark after the verb closes its quotation, the name after it is the subject
    assert ("دافع", "واينستين", "عمل جود") in coded_parties('وقال البيان إنه "دافع" واينستين عن عمل جود.')


@pytest.mark.parametrize(("text", "source"), [
    ("ولافروف ينفي الاتهامات الأمريكية.", "لافروف"),  # the conjunction is read off the name
    ("وثائق تدين الحكومة بالفساد.", "وثائق"),  # the و is the word's own: no ثائق
])
def test_a_headline_subject_keeps_its_own_first_letter(text: str, source: str) -> None:
    assert source in {s for _, s, _ in coded_parties(text)}


def test_a_word_after_a_conjunction_is_no_subject_name() -> None:
    # اعتقل وسجن: the second verb, not a person named after the first
    assert all(source != "وسجن" for _, source, _ in coded_parties("وقال المصدر إن المشتبه به اعتقل وسجن أمس."))


@pytest.mark.parametrize(("text", "wrong"), [
    # a perfect whose ت is its own, or one spelt as a first person, has no headline subject before it
    ("وافقت الحكومة على الخطة، مقابل تعهد أوروبا بتقديم الدعم للحكومة.", "مقابل"),
    ("وفي مايو أعلن الجيش ضرب الأهداف.", "مايو"),
    # an imperfect after the ل of purpose is no headline's verb: ومضى ليقول (he went on to say)
    ("ومضى ليقول إن الاتفاق يخص الطرفين وحدهما.", "ومضى"),
])
def test_no_headline_subject_before_a_perfect(text: str, wrong: str) -> None:
    assert all(source != wrong for _, source, _ in coded_parties(text) + statement_parties(text))
