"""Unit.clause_stops: content_end looks only at these tokens, so every token that can end reported
content (a sentence mark, a quotation opening, a clause boundary) must be among them."""

from __future__ import annotations

import pytest

from khabar.quotes.clauses import boundary_at, content_end
from khabar.quotes.context import SENTENCE_END, prepare_units

TEXTS = [
    "وقال الوزير إن الحكومة ستواصل دعمها، مضيفا أن الوضع مستقر. وأشار إلى أن المفاوضات مستمرة.",
    'وأكد المتحدث أن "القوات لن تنسحب من المدينة"، بحسب ما نقلت وكالة الأنباء، فيما نفى الجيش ذلك.',
    "وقالت الوزيرة إن النمو بلغ 2.5 في المئة هذا العام، ولافروف ينفي أي اتفاق.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_that_can_end_content_is_a_clause_stop(analyse, text: str) -> None:
    (unit,) = prepare_units(analyse([text]))
    stops = set(unit.clause_stops)
    for j in range(len(unit.tokens)):
        ends = (boundary_at(unit, j) or unit.opens_quote(j) is not None
                or unit.is_punct(j, SENTENCE_END))
        assert not ends or j in stops, (j, unit.tokens[j].text)
    assert unit.clause_stops == sorted(stops)


@pytest.mark.parametrize(("text", "start_word", "expected_end"), [
    (TEXTS[0], "الحكومة", "دعمها"),  # a participle after a comma begins a new clause
    (TEXTS[1], '"القوات', 'المدينة"'),  # the quotation is not cut inside; بحسب after a comma ends it
    (TEXTS[2], "النمو", "العام"),  # a decimal point ends nothing; و + name + speech verb does
])
def test_content_ends_at_the_first_stop(analyse, text: str, start_word: str, expected_end: str) -> None:
    (unit,) = prepare_units(analyse([text]))
    end = content_end(unit, text.index(start_word))
    assert text[:end].endswith(expected_end)
