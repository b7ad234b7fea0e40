"""Subjects before the predicate: a circumstantial participle takes none of its own."""

from __future__ import annotations

import pytest

from .composed import statement_parties


@pytest.mark.parametrize(("text", "event"), [
    # a ḥāl after a comma shares its clause's subject, not the word before the comma
    ("وقال الوزير إن الفريق قوي، مضيفا «هذه النقطة هي الأهم».", ("أضاف", "الوزير", None)),
    ("وأكد المدرب أن اللاعبين جاهزون، مشيرا إلى أن المباراة صعبة.", ("أشار", "المدرب", None)),
])
def test_a_hal_participle_has_no_subject_before_it(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in statement_parties(text)
