"""A contrast word (لكن) with a subject and a speech verb of its own after it opens another
statement: the earlier verb's content ends before it, its complementizer is the later verb's,
and the later verb's subject is the one after لكن."""

from __future__ import annotations

import pytest

# (paragraph, [(cue, speaker words or None, content), ...])
CASES = [
    ("وبرر فريق الدفاع عن الموقوف طلبه بحالته الصحية، لكن خبيرة طبية أكدت أن وضعه يسمح بإبقائه في السجن.",
     [("وبرر", "فريق الدفاع", "عن الموقوف طلبه بحالته الصحية"),
      ("أكدت", None, "وضعه يسمح بإبقائه في السجن")]),
    ("وقال الوزير إن الوضع صعب لكن الرئيس أكد أن الحوار مستمر.",
     [("وقال", "الوزير", "الوضع صعب"), ("أكد", "الرئيس", "الحوار مستمر")]),
    ("وبدأت الأعمال عام 2011، لكن وسائل إعلام محلية تقول إن نصف الأعمال فقط أنجز.",
     [("تقول", "وسائل إعلام محلية", "نصف الأعمال فقط أنجز")]),
    # a time after لكن, no subject: the verb is impersonal and the content goes on
    ("وأكد الطبيب أنه تم استئصال الورم لكن بعد العملية تبين أن هناك حاجة لدم إضافي.",
     [("وأكد", "الطبيب", "تم استئصال الورم لكن بعد العملية تبين أن هناك حاجة لدم إضافي")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_contrast_opens_another_statement(analyse, text, expected):
    article = analyse([text])
    assert [(q.cue, q.speaker.text if q.speaker else None, q.content) for q in article.quotes] == expected
