"""Library entry points for analysis: what ``khabar analyze`` wraps, usable from notebooks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from khabar.ingest import InputError, article_from_text, iter_inputs
from khabar.ingest.records import retry_of
from khabar.model import Article
from khabar.pipeline import Pipeline, build_pipeline


def analyze_article(article: Article, pipeline: Pipeline) -> Article | InputError:
    """Run ``pipeline`` on one article; a failure becomes an :class:`InputError`, never a crash."""
    try:
        return pipeline(article)
    except Exception as exc:  # one bad page must not stop a batch of thousands
        return _failed(article, exc)


def analyze_batch(articles: list[Article], pipeline: Pipeline) -> list[Article | InputError]:
    """:func:`analyze_article` of each article, run stage by stage over the whole batch: each stage
    analyses every article before the next stage starts.  The results are the same (the stages
    keep no state between articles but their per-word caches), and the batch runs faster: a stage's
    code and word tables stay in the CPU caches from one article to the next, where article by
    article the other six stages push them out (about 6% of a run on chunks of 8, docs/scaling.md)."""
    results: list[Article | InputError] = list(articles)
    for run, options in pipeline.runners:
        for k, item in enumerate(results):
            if isinstance(item, Article):
                try:
                    results[k] = run(item, options)
                except Exception as exc:  # one bad page must not stop the others
                    results[k] = _failed(articles[k], exc)
    names = pipeline.names
    for item in results:
        if isinstance(item, Article):
            item.annotations["stages"] = names  # as Pipeline.__call__ records it
    return results


def _failed(article: Article, exc: Exception) -> InputError:
    where = article.source.path or article.id
    if article.source.line:
        where = f"{where}:{article.source.line}"
    return InputError(where, f"analysis failed ({exc.__class__.__name__}: {exc})", retry_of(article))


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
