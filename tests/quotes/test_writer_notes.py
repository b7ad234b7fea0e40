"""The writer's note of another's answer (وهو ما نفته X): the words after the verb are its subject,
never its content; only a predicate after them is what was said."""

from __future__ import annotations

import pytest

# (paragraph, [(cue, speaker words or None, content), ...])
NOTED_ANSWERS = [
    # the note ends with its subject: no words are quoted, and no speaker is the note's content
    ("وتتهم العاصمة المتمردين بتهريب السلاح، وهو ما نفته الجماعة وحلفاؤها.",
     [("وتتهم", "العاصمة", "المتمردين بتهريب السلاح")]),
    ("ارتفعت أسعار الخبز في الأسواق. وهو ما نفته النقابة العامة للخبازين.", []),
    ("ارتفعت أسعار الخبز في الأسواق. وهي ما نفته الوزارة.", []),
    ("ارتفعت أسعار الخبز في الأسواق، وهو ما نفته الحكومة مرارا.", []),
    # a predicate after the subject is what the subject said of the clause
    ("وهجرت القوات آلاف القرويين، وهو ما وصفته الأمم المتحدة بحملة تطهير.",
     [("وصفته", "الأمم المتحدة", "بحملة تطهير")]),
    ("وهجرت القوات آلاف القرويين، وهو ما وصفته منظمة العفو الدولية بالكارثة.",
     [("وصفته", "منظمة العفو الدولية", "بالكارثة")]),
]


@pytest.mark.parametrize(("text", "expected"), NOTED_ANSWERS)
def test_noted_answer_quotes_no_subject(spoken, text, expected):
    assert spoken([text]) == expected
