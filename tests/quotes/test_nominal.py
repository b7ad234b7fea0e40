"""'According to' a source after the content: a person named between commas after the source's
title is the source (حسب بيان المتحدث العسكري، العقيد فلان،); another adjunct after the comma is not."""

from __future__ import annotations

import pytest

# (paragraph, (cue, speaker words or None))
APPOSITIONS = [
    ("احتفلت القوات البحرية بتدشين أول فرقاطة محلية الصنع، حسب بيان المتحدث العسكري المصري، "
     "عقيد أركان حرب تامر الرفاعي، في صفحته على موقع فيسبوك، الجمعة.", ("حسب بيان", "تامر الرفاعي")),
    ("استقال رئيس فريق التفتيش الجمعة من منصبه، بحسب ما قاله متحدث باسمها، دون الكشف عن السبب.",
     ("بحسب ما قاله", "متحدث باسمها")),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_according_to_apposition(analyse, text, expected):
    article = analyse([text])
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in article.quotes] == [expected]
