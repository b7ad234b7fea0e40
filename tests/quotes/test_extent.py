"""Where a speaker phrase ends (khabar.quotes.extent)."""

from __future__ import annotations

import pytest

# (paragraph, speaker words): a noun with a possessive right after a definite subject is the verb's
# object, not part of the subject — unless joined by و, a qualifier of the subject, or a relative's verb
OBJECT_PRONOUNS = [
    ("وبرر القضاة قرارهم بأن المواجهة أرجئت إلى أيلول.", "القضاة"),
    ("أكد الجانبان حرصهما على بذل كافة الجهود لتعزيز الأمن.", "الجانبان"),
    ("وقال القادة أنفسهم إن الحوار مستمر.", "القادة أنفسهم"),
    ('وقال السفير الفلسطيني بالقاهرة ومندوبها الدائم بالجامعة العربية دياب اللوح "لا بد من قرارات عملية".',
     "دياب اللوح"),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_PRONOUNS)
def test_object_with_pronoun_ends_subject(analyse, text, expected):
    article = analyse([text])
    assert [q.speaker.text if q.speaker else None for q in article.quotes][:1] == [expected]


# (paragraph, speaker words): وهو / وهي after the subject opens an aside on it, not more of its name
ASIDES = [
    ("وقال عوديد فرايد وهو رئيس جماعة بارزة إن الهجوم لن يردع المنظمين.", "عوديد فرايد"),
    ("وأشارت سلمى وهي المسؤولة عن الدراسة إلى أن التمويل متاح.", "سلمى"),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_aside_after_subject(analyse, text, expected):
    assert [q.speaker.text if q.speaker else None for q in analyse([text]).quotes][:1] == [expected]
