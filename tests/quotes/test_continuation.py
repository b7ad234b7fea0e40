"""Quotations across paragraphs: pieces of one quotation, and whole-paragraph quotations."""

from __future__ import annotations

import pytest

# (paragraphs, [(paragraph, cue, kind, content, speaker words), ...])
CASES = [
    # left open, reopened with the same mark, closed in the next paragraph
    (['وقال الوزير: "لن نتراجع عن قرارنا، وسنواصل العمل.', '"ولن نقبل بأي شروط مسبقة من أي طرف".'],
     [(0, "وقال", "direct", "لن نتراجع عن قرارنا، وسنواصل العمل.", "الوزير"),
      (1, "وقال", "direct", "ولن نقبل بأي شروط مسبقة من أي طرف", "الوزير")]),
    # guillemets reopened on every paragraph, closed only on the last
    (["وقالت الوزيرة: «لن نتراجع عن قرارنا.", "«ولن نقبل بأي شروط مسبقة.", "«والحوار هو الطريق الوحيد».",
      "وفي سياق آخر، افتتحت الوزيرة مدرسة."],
     [(0, "وقالت", "direct", "لن نتراجع عن قرارنا.", "الوزيرة"),
      (1, "وقالت", "direct", "ولن نقبل بأي شروط مسبقة.", "الوزيرة"),
      (2, "وقالت", "direct", "والحوار هو الطريق الوحيد", "الوزيرة")]),
    # not reopened: the quotation goes on until its closing mark
    (['وأضاف المتحدث: "الوضع هادئ في المدينة.', 'والقوات تسيطر على كل المداخل" حسب قوله، ثم غادر.'],
     [(0, "وأضاف", "direct", "الوضع هادئ في المدينة.", "المتحدث"),
      (1, "وأضاف", "direct", "والقوات تسيطر على كل المداخل", "المتحدث")]),
    # a paragraph that is a quotation alone, after an attributed statement, is its speaker's
    (["وقال الوزير إن الحكومة لن تتراجع.", '"نحن ماضون في الإصلاح مهما كانت الكلفة".'],
     [(0, "وقال", "indirect", "الحكومة لن تتراجع", "الوزير"),
      (1, "وقال", "direct", "نحن ماضون في الإصلاح مهما كانت الكلفة", "الوزير")]),
    # a paragraph in between breaks the chain
    (["وقال الوزير إن الحكومة لن تتراجع.", "وافتتح الوزير مدرسة.", '"نحن ماضون في الإصلاح مهما كانت الكلفة".'],
     [(0, "وقال", "indirect", "الحكومة لن تتراجع", "الوزير")]),
    # a short quoted name inside a sentence is no quotation paragraph
    (["وقال الوزير إن الحكومة لن تتراجع.", 'وافتتح الوزير مدرسة "النور" الجديدة.'],
     [(0, "وقال", "indirect", "الحكومة لن تتراجع", "الوزير")]),
    # a paragraph after an open quotation that neither reopens nor closes it does not continue it
    (['وقال الوزير: "لن نتراجع عن قرارنا.', "وافتتح الوزير مدرسة جديدة."],
     [(0, "وقال", "direct", "لن نتراجع عن قرارنا.", "الوزير")]),
    # a quotation paragraph followed by its own verb keeps its own speaker
    (["وقال الوزير إن الحكومة لن تتراجع.", '"لن نقبل بأي شروط مسبقة"، قال رئيس الحركة.'],
     [(0, "وقال", "indirect", "الحكومة لن تتراجع", "الوزير"),
      (1, "قال", "direct", "لن نقبل بأي شروط مسبقة", "رئيس الحركة")]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_quotations_across_paragraphs(analyse, body, expected):
    article = analyse(body)
    got = [(q.paragraph, q.cue, q.kind, q.content, q.speaker.text if q.speaker else None) for q in article.quotes]
    assert got == expected
    for q in article.quotes:
        assert article.unit(q.field, q.paragraph)[q.start:q.end] == q.content


@pytest.mark.parametrize(("body", "continues"), [
    # a reopened quotation's pieces continue the one before
    (["وقالت الوزيرة: «لن نتراجع عن قرارنا.", "«ولن نقبل بأي شروط مسبقة.", "«والحوار هو الطريق الوحيد»."],
     [False, True, True]),
    # a whole-paragraph quotation is a new quotation by the same speaker
    (["وقال الوزير إن الحكومة لن تتراجع.", '"نحن ماضون في الإصلاح مهما كانت الكلفة".'], [False, False]),
])
def test_pieces_mark_continuation(analyse, body, continues):
    assert [q.continues for q in analyse(body).quotes] == continues
