"""Analysis on several worker processes, results in input order.

:class:`ParallelAnalysis` runs the pipeline over a stream of inputs on ``workers`` processes: the
parent reads the inputs, cuts them into chunks and keeps a bounded window of chunks in flight (so
memory stays flat however long the input), and yields the results in input order.  Each worker
builds the pipeline once; with the ``fork`` start method the parent loads the resources once
before the workers start and they share them copy-on-write.  ``workers=1`` runs in-process with
the same code path, no pool.

Only the parent writes results (stdout, an output file, the store), so writers need no locking.
A ``skip`` predicate lets a resumed run pass over inputs already done: they come out as
:class:`Skipped` markers, in order, without being analysed.

>>> with ParallelAnalysis(workers=2) as run:              # doctest: +SKIP
...     for item in run.map(iter_inputs(["corpus.jsonl.gz"])):
...         ...
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from khabar.analysis import analyze_article, analyze_batch
from khabar.ingest import InputError, article_from_text, iter_inputs
from khabar.ingest.records import article_failed, article_from_record
from khabar.model import Article
from khabar.pipeline import Pipeline, build_pipeline

#: Articles per task sent to a worker, analysed together stage by stage (:func:`analyze_batch`):
#: large enough to amortise the inter-process round trip (well under a millisecond) against
#: analyses of several milliseconds each, and for each stage's code and tables to stay in the CPU
#: caches across the chunk (8 articles ran about 4% faster than one at a time, 32 about 10%).  Not
#: larger: the parent writes its first result once CHUNKS_AHEAD chunks per worker are read, which
#: a slow input stream (a pipe) would hold back.
DEFAULT_CHUNK_SIZE = 8
#: Chunks in flight per worker: keeps every worker busy while the parent writes results.
CHUNKS_AHEAD = 4
#: A short page that touches every stage, so that a process (the pool's parent, Spark's daemon in
#: khabar.batch.work) loads every lazy resource before forking.  باليمبانغ is a city spelt otherwise
#: than geonames spells it (باليمبانج): it loads the places stage's spelling index (seconds of work).
#: A quoted town after a bare preposition (لـ«الرياض») may be a paper's name: it loads the entities
#: stage's table of outlets by their word keys.
WARM_UP_PAGE = ("القاهرة - قال الرئيس المصري عبد الفتاح السيسي يوم الاثنين 3 يناير 2022 إن مصر "
                "ستدعم الحكومة اللبنانية في بيروت وفي باليمبانغ.\nوأضاف: \"نحن مع لبنان\".\n"
                "وقال مسؤول لـ«الرياض» إن الزيارة ناجحة.")
#: The same page as a JSON Lines record with a byline: a record's structure reads its metadata
#: (the credit's parts, here a town only the places gazetteer knows), which a page never does.
WARM_UP_RECORD = {"id": "warm-up", "title": "السيسي يدعم لبنان", "author": "المجمعة - واس",
                  "text": WARM_UP_PAGE}

Finish = Callable[[Article], Any]


def warm_up_articles() -> list[Article]:
    """The warm-up page as a text page and as a record: what a pipeline analyses to load every lazy
    resource before forking (here and in Spark's daemon, khabar.batch.work)."""
    return [article_from_text(WARM_UP_PAGE),
            article_from_record(WARM_UP_RECORD, json.dumps(WARM_UP_RECORD, ensure_ascii=False))]


class WorkerDied(RuntimeError):
    """A worker process ended while analysing (killed, out of memory): its chunk is lost."""


@dataclass(frozen=True)
class Skipped:
    """An input passed over by a resumed run because its result is already done."""

    id: str


def slim(article: Article) -> Article:
    """The analysed article without the stages' working state (tokens, ...): cheaper to pass back."""
    article.annotations = {"stages": article.annotations.get("stages", [])}
    return article


def _process_chunk(chunk: list[Article | InputError | Skipped], pipeline: Pipeline, finish: Finish | None) -> list[Any]:
    """Each item's result: its analysis, finished, for an article (the chunk's articles analysed
    stage by stage, :func:`analyze_batch`); the item itself otherwise."""
    return [_finish(item, result, finish) if isinstance(item, Article) else item
            for item, result in zip(chunk, analyze_batch(chunk, pipeline), strict=True)]


def _finish(item: Article, result: Article | InputError, finish: Finish | None) -> Any:
    if isinstance(result, InputError):
        return result
    if finish is None:
        return slim(result)
    try:
        return finish(result)
    except Exception as exc:  # e.g. unserialisable output: one bad page must not stop the batch
        return article_failed(item, "output failed", exc)


_FROZEN = False  # set once freeze_loaded ran in this process
#: Collector thresholds once the resources are frozen.  An article allocates a few hundred thousand
#: short-lived objects (tokens, spans, cache entries) and frees nearly all of them by reference
#: counting: at Python's default (700, 10, 10) the collector ran some 600 young and 4 full passes
#: (over the grown word caches) per 1,000 articles, 0.4-0.6 ms an article; at these, about 20
#: young passes and no full one, some 0.1 ms.  Cyclic garbage waits at most 10,000 allocations.
GC_THRESHOLDS = (10_000, 20, 20)


def freeze_loaded() -> None:
    """Keep every object alive now (the loaded lexicons, gazetteers, models) out of the garbage
    collector's full passes: they live as long as the process, and rescanning their hundred
    thousand objects cost the pipeline some 0.3 ms an article.  Before a fork it also spares the
    workers' copy-on-write pages the collector's writes.  Once per process: what later runs keep
    alive is theirs to free.  The collector then runs less often (:data:`GC_THRESHOLDS`): this
    process is about to analyse articles."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.collect()
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)


# -- the worker side -------------------------------------------------------------------------

#: In a worker: the pipeline and the finishing step, set once by :func:`_init_worker`.
_WORKER: tuple[Pipeline, Finish | None] | None = None


def _exit_when_orphaned(parent: int) -> None:
    """A worker whose parent died (even by SIGKILL) exits rather than lingering forever."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _init_worker(stages: Sequence[str] | None, options: dict[str, Any] | None, finish: Finish | None,
                 parent: int) -> None:
    global _WORKER
    if _WORKER is None:  # not inherited from a forking parent: load the resources here, once
        _WORKER = (build_pipeline(stages, options), finish)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _run_chunk(chunk: list[Article | InputError | Skipped]) -> list[Any]:
    assert _WORKER is not None, "worker not initialised"
    pipeline, finish = _WORKER
    return _process_chunk(chunk, pipeline, finish)


# -- the parent side -------------------------------------------------------------------------

def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class ParallelAnalysis:
    """The pipeline on ``workers`` processes; use as a context manager, then :meth:`map`.

    ``finish`` (a module-level function, so that it pickles) turns each analysed article into what
    the parent needs, in the worker (e.g. :func:`json_line`); by default the article comes back
    without its working state.  Start the pool (enter the context) before starting threads such
    as a progress display: the workers are forked on entry.
    """

    def __init__(self, stages: Sequence[str] | None = None, options: dict[str, Any] | None = None,
                 workers: int = 1, finish: Finish | None = None,
                 chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        if chunk_size < 1:
            raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
        self.stages, self.options = stages, options
        self.workers, self.finish, self.chunk_size = workers, finish, chunk_size
        self.pipeline = build_pipeline(stages, options)  # a bad selection fails here, in the parent
        self._pool: Any = None
        self._pids: set[int] = set()

    def __enter__(self) -> ParallelAnalysis:
        if self.workers > 1:
            self._pool = self._start_pool()
            self._pids = {p.pid for p in self._pool._pool}
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def warm_up(self) -> None:
        """Load every lazily loaded resource of the pipeline now, in this process."""
        for article in warm_up_articles():
            analyze_article(article, self.pipeline)
        freeze_loaded()

    def _start_pool(self) -> Any:
        global _WORKER
        methods = multiprocessing.get_all_start_methods()
        if "fork" in methods:
            self.warm_up()  # once here: the forked workers inherit the loaded resources copy-on-write
            _WORKER = (self.pipeline, self.finish)
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        try:
            return context.Pool(self.workers, _init_worker,
                                (self.stages, self.options, self.finish, os.getpid()))
        finally:
            _WORKER = None  # the parent is not a worker

    def map(self, items: Iterable[Article | InputError],
            skip: Callable[[Article], bool] | None = None) -> Iterator[Any]:
        """Results for ``items`` in input order: input errors as given, analysis failures as
        :class:`InputError`, articles for which ``skip`` is true as :class:`Skipped`, the rest
        analysed (and finished)."""
        marked = (Skipped(item.id) if skip and isinstance(item, Article) and skip(item) else item
                  for item in items)
        if self._pool is None:
            loaded = False
            for chunk in chunked(marked, self.chunk_size):
                yield from _process_chunk(chunk, self.pipeline, self.finish)
                if not loaded and any(isinstance(item, Article) for item in chunk):
                    loaded = True  # the first articles loaded the pipeline's resources
                    freeze_loaded()
            return
        pending: deque[Any] = deque()
        for chunk in chunked(marked, self.chunk_size):
            pending.append(self._pool.apply_async(_run_chunk, (chunk,)))
            if len(pending) >= self.workers * CHUNKS_AHEAD:
                yield from self._result(pending.popleft())
        while pending:
            yield from self._result(pending.popleft())

    def _result(self, pending: Any) -> list[Any]:
        """A chunk's results; WorkerDied if a worker was killed meanwhile (e.g. out of memory).

        A pool replaces a dead worker but loses its chunk, whose result would never come: rather
        than wait forever, stop (a rerun resumes).  The pool keeps its processes in ``_pool``.
        """
        while not pending.ready():
            pending.wait(1.0)
            if not pending.ready() and {p.pid for p in self._pool._pool} != self._pids:
                raise WorkerDied("a worker process died (killed, or out of memory); rerun to resume")
        return pending.get()


def json_line(article: Article) -> tuple[str, str]:
    """(id, the article's ``khabar analyze`` JSON line without newline): a ``finish`` step.  A line
    that is not UTF-8 (an unpaired surrogate a page's own JSON spelt, ``"\\ud800"``) fails here, as
    this one article's error, rather than at the writer, which would stop the batch."""
    line = article.to_json(ensure_ascii=False)
    line.encode("utf-8")
    return article.id, line


def analyze_parallel(specs: Iterable[str], stages: Sequence[str] | None = None, workers: int = 1,
                     options: dict[str, Any] | None = None,
                     input_format: str | None = None) -> Iterator[Article | InputError]:
    """Like :func:`khabar.analysis.analyze_inputs` on ``workers`` processes, in input order."""
    with ParallelAnalysis(stages, options, workers) as run:
        yield from run.map(iter_inputs(specs, input_format=input_format))
