"""Passives and relaying verbs: no speaker, or the source after عن, or the verbal noun's own."""

from __future__ import annotations

import pytest

# (paragraphs, [(cue, content, speaker words or None), ...])
RELAYED = [
    # a passive spelled unlike any active form reports with no speaker, even after a named one
    (["وقال الوزير إن الوضع هادئ.", "وقيل إن الاجتماع تأجل."],
     [("وقال", "الوضع هادئ", "الوزير"), ("وقيل", "الاجتماع تأجل", None)]),
    (["وأفيد بأن الطريق مغلق."], [("وأفيد", "الطريق مغلق", None)]),
    (["وأشير إلى أن المفاوضات توقفت."], [("وأشير", "المفاوضات توقفت", None)]),
    # a relaying verb with عن and no subject: the source after عن speaks
    (["ونقل عن الوزير أن الهجوم أحبط."], [("ونقل", "الهجوم أحبط", "الوزير")]),
    (["ونقل عن مصدر أمني أن الهجوم أحبط."], [("ونقل", "الهجوم أحبط", None)]),
    # ... unless a verbal noun names the source's words
    (["ونقل عن الوزير قوله إن الهجوم أحبط."], [("قوله", "الهجوم أحبط", "الوزير")]),
]


@pytest.mark.parametrize(("body", "expected"), RELAYED)
def test_passives_and_relayed_sources(said, body, expected):
    assert said(body) == expected
