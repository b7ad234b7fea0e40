"""A finite verb at the edge of a tagged PER/ORG span is trimmed off; names that spell a verb are kept."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.bodies import Span
from khabar.entities.verbtrim import trim_verbs


def trimmed(text: str, first: int, last: int, type_: str = "PER") -> str:
    tokens = [t for t in tokenize(text) if t.text.strip()]
    (sp,) = trim_verbs([Span(first, last, type_)], tokens)
    return " ".join(t.text for t in tokens[sp.first: sp.last + 1])


@pytest.mark.parametrize("text, first, last, type_, name", [
    ("سامي كاريكا يعتذر للجمهور", 0, 2, "PER", "سامي كاريكا"),   # trailing imperfect
    ("اللاعبان هاني ومازن يهاجمان الحكم", 1, 3, "PER", "هاني ومازن"),  # dual imperfect
    ("وزيرة الخارجية منى وشكرت الوفد", 2, 3, "PER", "منى"),            # perfect after و
    ("ترى رضوى السويفي أن السوق تتعافى", 0, 2, "PER", "رضوى السويفي"),  # leading imperfect
    ("نادي الزمالك يطالب بالتحقيق", 0, 2, "ORG", "نادي الزمالك"),
])
def test_a_verb_at_the_edge_is_trimmed(text, first, last, type_, name):
    assert trimmed(text, first, last, type_) == name


@pytest.mark.parametrize("text, first, last, type_, name", [
    ("التقى يزيد بن عبد الله بالوفد", 1, 4, "PER", "يزيد بن عبد الله"),   # a name word
    ("وصل يوسف الشريف إلى القاهرة", 1, 2, "PER", "يوسف الشريف"),
    ("قال يعرب بن سالم إن الاتفاق قريب", 1, 3, "PER", "يعرب بن سالم"),  # a nasab follows
    ("قال الوزير جيوفاني تريا إن الميزانية", 2, 3, "PER", "جيوفاني تريا"),  # ends in ا: no mood form
    ("قال محمد يعتذر", 1, 2, "LOC", "محمد يعتذر"),                    # only PER and ORG spans
    ("حضر يعتذر أمس", 1, 1, "PER", "يعتذر"),                          # a one-word span stays
])
def test_a_name_is_kept(text, first, last, type_, name):
    assert trimmed(text, first, last, type_) == name
