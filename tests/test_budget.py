"""khabar.budget: an article whose stages run past their CPU time fails alone; the batch goes on."""

from __future__ import annotations

import signal

import pytest

from khabar import budget
from khabar.analysis import analyze_article, analyze_batch
from khabar.ingest import InputError, article_from_text
from khabar.model import Article
from khabar.pipeline import Pipeline


def _spin_on_marked(article: Article, options: object) -> Article:
    """A stage that never ends on a page holding 'حلقة', and swallows what it can as stages may."""
    while "حلقة" in article.raw:
        try:
            sum(range(10_000))
        except Exception:  # noqa: S112 - what a careless stage does; the timeout must get through it
            continue
    article.headline = article.raw.split()[0]
    return article


@pytest.fixture
def pipeline(monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    monkeypatch.setattr(budget, "MAX_ARTICLE_CPU_SECONDS", 0.3)
    monkeypatch.setattr(budget, "_first_batch", False)
    return Pipeline([], [(_spin_on_marked, None), (_spin_on_marked, None)])


def test_the_slow_article_fails_and_the_others_are_analysed(pipeline: Pipeline) -> None:
    pages = ["القاهرة خبر أول", "حلقة لا تنتهي", "بيروت خبر ثان"]
    out = analyze_batch([article_from_text(p) for p in pages], pipeline)
    assert [a.headline if isinstance(a, Article) else None for a in out] == ["القاهرة", None, "بيروت"]
    assert isinstance(out[1], InputError)
    assert out[1].reason == "analysis failed (AnalysisTimeout: over 0.3 s of CPU time; too large or too convoluted to analyse)"
    assert out[1].retry is not None and out[1].retry.data == "حلقة لا تنتهي".encode()  # kept for a retry


def test_every_slow_article_is_stopped_in_a_batch_and_the_next(pipeline: Pipeline) -> None:
    """The timer is set again for each article: a second slow page of the same worker's batch, and one
    of its next batch, are stopped as the first was."""
    def reasons(pages: list[str]) -> list[str | None]:
        out = analyze_batch([article_from_text(p) for p in pages], pipeline)
        return [o.reason.split(":")[0] if isinstance(o, InputError) else None for o in out]

    assert reasons(["حلقة أولى", "القاهرة خبر", "حلقة ثانية"]) == ["analysis failed (AnalysisTimeout", None,
                                                                  "analysis failed (AnalysisTimeout"]
    assert reasons(["حلقة ثالثة", "حلقة رابعة"]) == ["analysis failed (AnalysisTimeout"] * 2


def test_one_article_fails_alone_and_the_timer_is_put_back(pipeline: Pipeline) -> None:
    handler = signal.getsignal(signal.SIGPROF)
    assert isinstance(analyze_article(article_from_text("حلقة لا تنتهي"), pipeline), InputError)
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0) and signal.getsignal(signal.SIGPROF) is handler
    assert analyze_article(article_from_text("عمان خبر"), pipeline).headline == "عمان"


def test_the_process_time_of_other_threads_is_not_the_articles() -> None:
    """The timer fires on the process's CPU time; an article whose own thread has time left goes on
    (the timer set again for the rest) rather than failing for a host's busy threads."""
    clock = budget.ArticleClock(1)
    with clock.armed() as armed, clock.running(0):
        assert armed is clock
        clock._expired(signal.SIGPROF, None)  # as if other threads had spent the 30 s
        assert signal.getitimer(signal.ITIMER_PROF)[0] > 0  # set again: the article runs on
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_the_first_batch_of_a_process_has_time_to_load_the_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lexicons and models load on first use, inside the first batch's stages: its articles get the
    load allowance on top of their own time, once; later batches do not."""
    monkeypatch.setattr(budget, "_first_batch", True)
    assert budget.ArticleClock(2).left == [budget.MAX_ARTICLE_CPU_SECONDS + budget.LOAD_ALLOWANCE_SECONDS] * 2
    assert budget.ArticleClock(1).left == [budget.MAX_ARTICLE_CPU_SECONDS]
