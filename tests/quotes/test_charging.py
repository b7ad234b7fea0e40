"""A charging verb's object (khabar.quotes.charging): the name before the content's ب is no speaker."""

from __future__ import annotations

import pytest


def _speaker_words(quote) -> str | None:
    return quote.speaker.text if quote.speaker else None


# (paragraphs, speaker words of each quotation): a charging verb's object stands before the content's
# ب (cues.tsv charging_verb), so a name or a word naming no one right before it is not the subject
CHARGED_OBJECTS = [
    (["قالت الحكومة إن الوضع صعب.", "وقطعت الدول علاقاتها مع قطر بعدما اتهمت الدوحة بدعم الإرهاب."],
     ["الحكومة", "الحكومة"]),
    (["قال الوزير إن الوضع صعب.", "ووصف الخطوة بأنها خطيرة."], ["الوزير", "الوزير"]),
    (["ووصف زعيم التنظيم أمريكا بأنها \"العدو الأول\"."], ["زعيم التنظيم"]),
    (["واتهمت الولايات المتحدة روسيا بالتدخل في الانتخابات."], ["الولايات المتحدة"]),
    # اتهم itself ends in هم, no object pronoun: the name after it is the object, the speaker is tracked
    (["قال الوزير إن الوضع صعب.", "واتهم إيران بدعم الإرهاب."], ["الوزير", "الوزير"]),
    # the subject written before the verb (كان X قد وصف Y بأنه)
    (["قال الممثل روبرت دي نيرو إن الوضع صعب.", "وكان ترمب قد وصف ترودو بأنه \"غير صادق\"."],
     ["روبرت دي نيرو", "ترمب"]),
    # a definite adjective after a definite word is no object; a verb carrying its object has its subject after it
    (["وقال ترمب إن الصين تسرق.", "وهي الصين التي تتهمها الإدارة الأميركية بسرقة الملكية الفكرية."],
     ["ترمب", "الإدارة الأميركية"]),
    (["قال الوزير إن الأزمة كبيرة.", "وهي أزمة يصفها صندوق النقد الدولي بأنها الأخطر."],
     ["الوزير", "صندوق النقد الدولي"]),
]


@pytest.mark.parametrize(("body", "expected"), CHARGED_OBJECTS)
def test_charged_object_is_no_speaker(analyse, body, expected) -> None:
    assert [_speaker_words(q) for q in analyse(body).quotes] == expected


# (paragraph, [(cue, speaker words or None, content), ...]): a place's name after a definite subject
# is the one charged, not an adjective (a relational one is: الإدارة الأميركية)
CHARGED_PLACES = [
    ("واتهمت الدول الأربع الدوحة بدعم الإرهاب.", [("واتهمت", "الدول الأربع", "بدعم الإرهاب")]),
]


@pytest.mark.parametrize(("text", "expected"), CHARGED_PLACES)
def test_place_after_definite_subject_is_charged(spoken, text, expected):
    assert spoken([text]) == expected
