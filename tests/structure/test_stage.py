"""The structure stage's run on a text dump: a page that gives nothing to analyse (no headline, deck or
paragraph) is one clear error, not an empty article."""

from __future__ import annotations

import pytest

from khabar.ingest.records import article_from_text
from khabar.structure import MAX_WORD_CHARS, Options, run

HEADLINE = "افتتاح جسر جديد فوق النهر في المدينة"
RUN = "ب" * (MAX_WORD_CHARS + 1)


@pytest.mark.parametrize(("page", "reason"), [
    (RUN, f"a run of {MAX_WORD_CHARS + 1:,} characters without a space, longer than any word"),
    (f"{RUN}\n\nالرئيسية", "a run of"),
    ("الرئيسية", "every line of the page is furniture"),
    ("الرئيسية | أخبار محلية | رياضة\nجميع الحقوق محفوظة © 2018", "every line of the page is furniture"),
])
def test_a_page_without_text_is_an_error_naming_why(page: str, reason: str) -> None:
    with pytest.raises(ValueError, match=f"^no text: {reason}"):
        run(article_from_text(page), Options())


@pytest.mark.parametrize("page", [
    HEADLINE,
    f"{HEADLINE}\n\n{RUN}",
    "ب" * MAX_WORD_CHARS + f"\n\n{HEADLINE}\n\nقال رئيس البلدية إن الجسر سيختصر زمن الرحلة إلى النصف.",
])
def test_a_page_with_a_line_of_text_is_analysed(page: str) -> None:
    assert run(article_from_text(page), Options()).headline == HEADLINE
