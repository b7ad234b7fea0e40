"""The shape of a cue word (khabar.quotes.cue_shapes): its object pronoun, a complementizer or its
own preposition right after it."""

from __future__ import annotations

import pytest

from khabar.quotes.context import prepare_units
from khabar.quotes.cue_shapes import (
    complementizer,
    followed_by_complementizer,
    followed_by_its_preposition,
    object_pronoun,
    opens_right_after,
    own_words,
    plain_verb_cue,
    speech_verb_with_object,
    without_its_preposition,
)


def _at(analyse, text: str, word: str):
    (unit,) = prepare_units(analyse([text]))
    return unit, next(i for i, t in enumerate(unit.tokens) if t.text == word)


# (text, word, expected): a pronoun only on a cue's stem (اتهم itself ends in هم)
OBJECT_PRONOUNS = [
    ("وهي أزمة يصفها الصندوق بأنها الأخطر.", "يصفها", True),
    ("قال النائب إن الوزير اتهمه بالفساد.", "اتهمه", True),
    ("واتهم الوزير المعارضة بالفساد.", "واتهم", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), OBJECT_PRONOUNS)
def test_object_pronoun(analyse, text, word, expected) -> None:
    assert object_pronoun(*_at(analyse, text, word)) is expected


# (text, word, test, expected)
AFTER_THE_CUE = [
    ("وقال الوزير إن الوضع صعب.", "إن", complementizer, True),
    ("وقال الوزير إن الوضع صعب.", "الوزير", complementizer, False),
    ("وأكد الوزير، مشيرا إلى أن الوضع صعب.", "مشيرا", followed_by_complementizer, True),
    ("وأكد الوزير، مشيرا إلى الوضع الصعب.", "مشيرا", followed_by_complementizer, False),
    ("وأكد الوزير، محذرة في الوقت نفسه من التصعيد.", "محذرة", followed_by_its_preposition, True),
    ("ويقلل نوعية النوم كثيرا.", "ويقلل", without_its_preposition, True),
    ("وقلل الوزير من أهمية التقرير.", "وقلل", without_its_preposition, False),
    ("وأكد الوزير على قوله إن الوضع صعب.", "قوله", own_words, True),
    # a verb's content right after it: أن/إن, a colon or a quotation (لكنه قال "...")
    ("وأكد الوزير، لكنه قال: الوضع صعب.", "قال", opens_right_after, True),
    ("وأكد الوزير، لكنه قال \"الوضع صعب\".", "قال", opens_right_after, True),
    ("وأكد الوزير، لكنه قال للصحفيين في المؤتمر كلاما كثيرا.", "قال", opens_right_after, False),
    # a speech verb with no conjunction on it
    ("وأكد الوزير، لكنه قال إن الوضع صعب.", "قال", plain_verb_cue, True),
    ("وقال الوزير إن الوضع صعب.", "وقال", plain_verb_cue, False),
]


@pytest.mark.parametrize(("text", "word", "test", "expected"), AFTER_THE_CUE)
def test_what_stands_after_the_cue(analyse, text, word, test, expected) -> None:
    assert test(*_at(analyse, text, word)) is expected


# (text, word, expected): a speech verb with an object pronoun, also where the lexicon spells none
# for a homograph (نفاه: the defective verb's ى written ا; أكده، ينفيه)
SPEECH_VERBS_WITH_OBJECTS = [
    ("قال المعارض إن الحكومة زورت الانتخابات، وهو ما نفاه الوزير.", "نفاه", True),
    ("قال المعارض إن الحكومة زورت الانتخابات، وهو ما أكده الوزير.", "أكده", True),
    ("قال المعارض إن الحكومة زورت الانتخابات، وهو ما ينفيه الوزير.", "ينفيه", True),
    ("قال المعارض إن الحكومة زورت الانتخابات، وهو ما نفته الحكومة.", "نفته", True),
    ("قال المعارض إن الحكومة زورت الانتخابات، وهو ما يعني الكثير.", "يعني", False),
    ("قال المعارض إن الحكومة زورت الانتخابات، وهو ما يجعله خطيرا.", "يجعله", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), SPEECH_VERBS_WITH_OBJECTS)
def test_speech_verb_with_object(analyse, text, word, expected) -> None:
    assert speech_verb_with_object(*_at(analyse, text, word)) is expected
