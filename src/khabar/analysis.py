"""Library entry points for analysis: what ``khabar analyze`` wraps, usable from notebooks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO, TypeVar

from khabar.budget import AnalysisTimeout
from khabar.ingest import InputError, article_from_text, iter_inputs
from khabar.ingest.records import article_failed
from khabar.model import Article
from khabar.pipeline import Pipeline, build_pipeline

T = TypeVar("T")  # what a batch holds besides articles


def analyze_article(article: Article, pipeline: Pipeline) -> Article | InputError:
    """Run ``pipeline`` on one article; a failure becomes an :class:`InputError`, never a crash."""
    try:
        return pipeline(article)
    except (Exception, AnalysisTimeout) as exc:
        return _failed(article, exc)


def analyze_batch(items: Sequence[Article | T], pipeline: Pipeline) -> list[Article | InputError | T]:
    """:func:`analyze_article` of each article, run stage by stage over the whole batch
    (:meth:`Pipeline.run_batch`: the same results, faster); other items are returned as they are."""
    return pipeline.run_batch(items, _failed)


def _failed(article: Article, exc: BaseException) -> InputError:  # one bad page must not stop a batch
    return article_failed(article, "analysis failed", exc)


def analyze_inputs(specs: Iterable[str], stages: Sequence[str] | None = None,
                   options: dict[str, Any] | None = None, input_format: str | None = None,
                   stdin: TextIO | None = None) -> Iterator[Article | InputError]:
    """Analyse every article in paths/folders/globs/``-``; yields articles and input errors."""
    pipeline = build_pipeline(stages, options)
    for item in iter_inputs(specs, input_format=input_format, stdin=stdin):
        yield item if isinstance(item, InputError) else analyze_article(item, pipeline)


def analyze_text(text: str, stages: Sequence[str] | None = None) -> Article:
    """Analyse one page given as text (a text dump)."""
    result = analyze_article(article_from_text(text), build_pipeline(stages))
    if isinstance(result, InputError):
        raise ValueError(str(result))
    return result
