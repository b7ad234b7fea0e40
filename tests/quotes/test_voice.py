"""The voice of a speech verb as written (khabar.quotes.voice): a damma on the first letter marks
the passive, which reports with no speaker."""

from __future__ import annotations

import pytest

# (paragraphs, [(cue, content, speaker words or None), ...])
VOICES = [
    # a damma on the first letter of a past verb marks the passive
    (["وأُعلن أن الاجتماع تأجل."], [("وأُعلن", "الاجتماع تأجل", None)]),
    # ... not where the stem keeps the active's long ā, which the passive spells ي (قيل، أضيف)
    (["وقُال الوزير إن الوضع هادئ."], [("وقُال", "الوضع هادئ", "الوزير")]),
    (["وقالت الوزيرة إن الوضع هادئ.", "وأُضافت أن المعبر مفتوح."],
     [("وقالت", "الوضع هادئ", "الوزيرة"), ("وأُضافت", "المعبر مفتوح", "الوزيرة")]),
    # a derived stem's connecting alif stays bare: the damma after it (or on the infixed ت) marks the passive
    (["قال الوزير إن الوضع هادئ.", "واعتُبر أن القرار خاطئ."],
     [("قال", "الوضع هادئ", "الوزير"), ("واعتُبر", "القرار خاطئ", None)]),
    (["قال الوزير إن الوضع هادئ.", "واتُهم الرجل بقتل زوجته."], [("قال", "الوضع هادئ", "الوزير")]),
    (["قال الوزير إن الوضع هادئ.", "واتَّهم الرجل الحكومة بالفساد."],
     [("قال", "الوضع هادئ", "الوزير"), ("واتَّهم", "الحكومة بالفساد", "الرجل")]),
    # a damma on a present prefix does not tell the voice (تُعلن is also active): left out
    (["ولم تُعلن الشركة أن الخدمة ستتوقف."], []),
]


@pytest.mark.parametrize(("body", "expected"), VOICES)
def test_voice_written_on_the_verb(said, body, expected):
    assert said(body) == expected
