"""Quotation marks: spans in every style, nested, after clitics, and left open."""

from __future__ import annotations

import pytest

from khabar.quotes.marks import find_quotes, outermost

CASES = [
    ('قال "الوضع مستقر" أمس', ["الوضع مستقر"]),
    ("قال «الوضع مستقر» أمس", ["الوضع مستقر"]),
    ("قال “الوضع مستقر” أمس", ["الوضع مستقر"]),
    ("قال 'الوضع مستقر' أمس", ["الوضع مستقر"]),
    ("قال „الوضع مستقر“ أمس", ["الوضع مستقر"]),
    ("حذر من ”الويسكي” المهرب", ["الويسكي"]),  # one mark used both ways
    ('وصفه بـ"المرحلة الإيجابية" أمس', ["المرحلة الإيجابية"]),  # after a clitic and tatweel
    ('إن " النيران اشتعلت".', [" النيران اشتعلت"]),  # space after the opening mark
    ('قال "لضمان انسحاب "داعش" من المدينة".', ['لضمان انسحاب "داعش" من المدينة']),  # nested, same mark
    ("قال «نحن مع \"الحوار\" دائما»", ['نحن مع "الحوار" دائما']),
    ('وأضاف "لن نتراجع', ["لن نتراجع"]),  # never closed: to the end of the paragraph
    ("مشروع O'Neil للطاقة", []),  # an apostrophe is no mark
    # left open, then a new quotation in a later sentence: the first ends with its sentence
    ('وأضافت أن "الدور مستمر. وتابعت إن "الوجود مؤقت".', ["الدور مستمر", "الوجود مؤقت"]),
    ('وقال" أنت لا تمثلين أحدا"، معتبرا', [" أنت لا تمثلين أحدا"]),  # a mark glued to its verb
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_outermost_spans(text: str, expected: list[str]) -> None:
    spans = outermost(find_quotes(text))
    assert [text[s.inner[0]:s.inner[1]] for s in spans] == expected


def test_nested_depth_and_unbalanced() -> None:
    text = 'قال "لضمان انسحاب "داعش" من المدينة".'
    spans = find_quotes(text)
    assert [(text[s.inner[0]:s.inner[1]], s.depth) for s in spans] == [
        ('لضمان انسحاب "داعش" من المدينة', 0), ("داعش", 1)]
    open_span = find_quotes('وأضاف "لن نتراجع')[0]
    assert not open_span.closed
