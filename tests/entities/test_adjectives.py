"""A one-word tagger name that is a relational adjective of the plain noun before it names nothing."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.adjectives import qualifies_noun
from khabar.entities.keys import fold

#: Name-likeness as the tagger would give it: given names and surnames high, nouns and verbs low.
_LIKENESS = {"محمد": 6.0, "عبدالله": 6.0, "أحمد": 5.0}


def likeness(word: str) -> float:
    return _LIKENESS.get(word, -3.0)


def adjective(text: str, word: str, type_: str = "PER", named: set[int] | None = None) -> bool:
    tokens = tokenize(text)
    i = next(k for k, t in enumerate(tokens) if t.text == word)

    def is_definite(k: int) -> bool:
        return fold(tokens[k].text).startswith(("ال", "لل", "بال"))

    def noun_before(k: int, definite: bool) -> bool:  # (the linker's: names, titles, heads)
        return k not in (named or set())

    return qualifies_noun(tokens, i, type_, likeness, is_definite, noun_before)


@pytest.mark.parametrize("text, word, type_", [
    ("ويدور حول كوكب في نظام شمسي بعيد", "شمسي", "PER"),  # both without the article
    ("يدور حول كوكب غازي عملاق", "غازي", "PER"),
    ("تطور فيها مذهب جمالي يحمل اسمها", "جمالي", "PER"),
    ("الملعب الاولمبي برادس", "الاولمبي", "PER"),  # both with it
    ("ومنها مهرجان الفيلم الأفريقي في السبعينات", "الأفريقي", "GPE"),
    ("وتعمل الأجهزة بشكل سليم الآن", "سليم", "PER"),  # after a noun of manner (manner_nouns.txt)
    ("ويستخدم الدواء بصورة شائعة في العلاج", "شائعة", "PER"),
])
def test_an_adjective_of_the_noun_before_names_nothing(text, word, type_):
    assert adjective(text, word, type_)


@pytest.mark.parametrize("text, word, type_, named", [
    ("قال محمد الزهراني إن", "الزهراني", "PER", set()),  # after a given name: a surname
    ("وقال الرشيد في الأمسية", "الرشيد", "PER", set()),  # no adjective ending
    ("وقال الشمري في الأمسية", "الشمري", "PER", set()),  # after a verb
    ("كرم الشاعر الألمعي الحضور", "الألمعي", "PER", {1}),  # after a title the lexicon reads
    ("التقى الوزير غازي في الرياض", "غازي", "PER", set()),  # the article differs: no agreement
    ("وقعت الشركة مع النادي الأهلي", "الأهلي", "ORG", set()),  # a body's name is left alone
    ("ثم قال، الزهراني إن", "الزهراني", "PER", set()),  # after punctuation
    ("انفجر بحادثة بوعزيزي في تونس", "بوعزيزي", "PER", set()),  # a name: البوعزيزي is no frequent word
    ("ذكر لنا ذلك مرتضى الزبيدي", "مرتضى", "PER", set()),  # ى: no relational adjective
])
def test_a_name_stays(text, word, type_, named):
    assert not adjective(text, word, type_, named)
