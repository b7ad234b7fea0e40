"""Words marked with tanwin (an indefinite noun, adjective or adverb) are cut off the edges of the
tagger's spans; a span of such words alone names nothing."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.bodies import Span
from khabar.entities.tanwin import without_tanwin_words


@pytest.mark.parametrize(("text", "span", "kind", "words"), [
    ("قدم فهد الكبيسي ابتهالاً جديدا", (1, 3), "PER", "فهد الكبيسي"),
    ("ظهرت شيماء سيف عروساً في", (1, 3), "PER", "شيماء سيف"),
    ("إنه أمر غالياً علينا", (2, 2), "PER", None),
    ("عاش مآسٍ كثيرة", (1, 1), "PER", None),
    ("قال بشار الأسد إن", (1, 2), "PER", "بشار الأسد"),
    ("زار عُمان أمس", (1, 1), "GPE", "عُمان"),
])
def test_without_tanwin_words(text: str, span: tuple[int, int], kind: str, words: str | None) -> None:
    tokens = tokenize(text)
    out = without_tanwin_words([Span(*span, kind)], tokens)
    if words is None:
        assert out == []
    else:
        assert len(out) == 1
        assert text[tokens[out[0].first].start:tokens[out[0].last].end] == words
