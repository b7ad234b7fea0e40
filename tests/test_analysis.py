from __future__ import annotations

import pytest

from khabar.analysis import analyze_article, analyze_batch
from khabar.ingest import InputError, article_from_text
from khabar.pipeline import build_pipeline

PAGES = [
    "الرياض - قال وزير الخارجية السعودي يوم الاثنين إن المملكة تدعم الحل السياسي في اليمن.",
    "بيروت - أعلن الجيش اللبناني أمس توقيف ثلاثة أشخاص في طرابلس.\nوأضاف البيان: \"التحقيق مستمر\".",
    "خبر قصير بلا أسماء.",
]


@pytest.mark.parametrize("stages", [["structure"], None])  # one stage, and every stage
def test_a_batch_gives_what_each_article_gives_alone(stages: list[str] | None) -> None:
    pipeline = build_pipeline(stages)
    alone = [analyze_article(article_from_text(page), pipeline) for page in PAGES]
    together = analyze_batch([article_from_text(page) for page in PAGES], pipeline)
    assert [a.to_json() for a in together] == [a.to_json() for a in alone]
    assert all(a.annotations["stages"] == pipeline.names for a in together)


def test_a_failing_article_becomes_an_input_error_and_the_others_go_on() -> None:
    pipeline = build_pipeline(["structure", "arabic"])
    run, options = pipeline.runners[1]

    def fragile(article, opts):  # the arabic stage fails on the second page only
        if "بيروت" in article.raw:
            raise ValueError("bad page")
        return run(article, opts)

    pipeline.runners[1] = (fragile, options)
    results = analyze_batch([article_from_text(page) for page in PAGES], pipeline)
    assert [type(r).__name__ for r in results] == ["Article", "InputError", "Article"]
    assert isinstance(results[1], InputError) and "ValueError: bad page" in str(results[1])
