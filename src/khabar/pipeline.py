"""The one list of analysis stages, and how a pipeline is built from it.

A stage is a function ``run(article, options) -> article`` in its own module, with a typed
``Options`` dataclass beside it.  Each stage declares the annotations it *requires* and
*provides*; :func:`build_pipeline` checks them when the pipeline is built, pulling in the
stages a selection depends on, so ``--stages quotes`` runs what quotes needs and no more.
Stage modules are imported lazily: a structure-only run never loads the NER model.
"""

from __future__ import annotations

import dataclasses
import importlib
import typing
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, TypeVar

from khabar.budget import AnalysisTimeout, ArticleClock
from khabar.model import Article

T = TypeVar("T")  # what a batch holds besides articles
F = TypeVar("F")  # what an article a stage failed on becomes


class PipelineError(ValueError):
    """A stage selection that cannot be built."""


@dataclass(frozen=True)
class Stage:
    name: str
    module: str  # holds ``run(article, options)`` and ``Options``
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    doc: str

    def load(self) -> tuple[Callable[[Article, Any], Article], type]:
        mod = importlib.import_module(self.module)
        return mod.run, mod.Options


#: The pipeline, in execution order.  ``raw`` is what ingest provides.
STAGES: tuple[Stage, ...] = (
    Stage("structure", "khabar.structure", ("raw",), ("fields",),
          "page structure: date, headline, deck, outlet, dateline, body, related, furniture"),
    Stage("arabic", "khabar.arabic.stage", ("fields",), ("tokens", "sentences"),
          "tokens with offsets, clitic segmentation, stems and sentences"),
    Stage("entities", "khabar.entities", ("tokens", "sentences"), ("entities",),
          "named entities with mentions, one per referent"),
    Stage("times", "khabar.times", ("tokens", "sentences"), ("times",),
          "time expressions resolved against the publication date"),
    Stage("places", "khabar.places", ("entities",), ("places",),
          "place mentions resolved to coordinates"),
    Stage("quotes", "khabar.quotes", ("entities", "times"), ("quotes",),
          "quotations with speaker, cue, channel"),
    Stage("events", "khabar.events", ("entities", "quotes", "times", "places"), ("events",),
          "who did what to whom, CAMEO/PLOVER coded"),
)

STAGE_NAMES = tuple(s.name for s in STAGES)


def stage_by_name(name: str) -> Stage:
    for stage in STAGES:
        if stage.name == name:
            return stage
    raise PipelineError(f"unknown stage {name!r}; stages are: {', '.join(STAGE_NAMES)}")


def resolve_stages(names: Iterable[str] | None) -> list[Stage]:
    """The selected stages plus everything they require, in pipeline order."""
    if names is None:
        return list(STAGES)
    wanted = {stage_by_name(n.strip()).name for n in names if n.strip()}
    if not wanted:
        raise PipelineError("no stage selected")
    providers = {p: s for s in STAGES for p in s.provides}
    todo = list(wanted)
    while todo:
        stage = stage_by_name(todo.pop())
        for need in stage.requires:
            if need == "raw":
                continue
            dep = providers.get(need)
            if dep is None:
                raise PipelineError(f"stage {stage.name!r} requires {need!r}, which no stage provides")
            if dep.name not in wanted:
                wanted.add(dep.name)
                todo.append(dep.name)
    return [s for s in STAGES if s.name in wanted]


_SIMPLE_TYPES = (bool, int, float, str)


def make_options(stage: str, options_type: type, values: dict[str, Any]) -> Any:
    """``options_type(**values)``, refusing unknown names and values of the wrong simple type."""
    hints = typing.get_type_hints(options_type)
    known = {f.name for f in dataclasses.fields(options_type)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise PipelineError(f"stage {stage!r} has no option {', '.join(unknown)}; "
                            f"options are: {', '.join(sorted(known)) or '(none)'}")
    for name, value in values.items():
        expected = hints.get(name)
        # bool is an int in Python; an int option must not silently take True.
        wrong = isinstance(value, bool) and expected is not bool
        if expected in _SIMPLE_TYPES and (wrong or not isinstance(value, expected)) and not (
                expected is float and isinstance(value, int) and not isinstance(value, bool)):
            raise PipelineError(f"option {stage}.{name} must be {expected.__name__}, "
                                f"not {type(value).__name__} {value!r}")
    return options_type(**values)


@dataclass
class Pipeline:
    stages: list[Stage]
    runners: list[tuple[Callable[[Article, Any], Article], Any]]

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, article: Article) -> Article:
        """Every stage on ``article``; a stage's exception propagates."""
        return self.run_batch([article], _reraise)[0]

    def run_batch(self, items: Sequence[Article | T],
                  failed: Callable[[Article, BaseException], F]) -> list[Article | T | F]:
        """Every stage over ``items``, stage by stage: each stage analyses every article before the
        next stage starts.  The results are those of one article at a time (the stages keep no
        state between articles but their per-word caches), and a batch runs faster: a stage's code
        and word tables stay in the CPU caches from one article to the next, where article by
        article the other stages push them out (about 6% of a run on chunks of 8, docs/scaling.md).
        An article a stage fails on, or whose stages take more than their CPU time
        (:mod:`khabar.budget`), becomes ``failed(article as given, exception)`` and the others go
        on; items that are not articles are returned as they are."""
        results: list[Article | T | F] = list(items)
        with ArticleClock(len(results)).armed() as clock:  # each article's CPU time bounded
            for run, options in self.runners:
                for k, item in enumerate(results):
                    if isinstance(item, Article):
                        try:
                            with clock.running(k) if clock is not None else nullcontext():
                                results[k] = run(item, options)
                        except (Exception, AnalysisTimeout) as exc:
                            results[k] = failed(typing.cast(Article, items[k]), exc)
        names = self.names
        for item in results:
            if isinstance(item, Article):
                item.annotations["stages"] = names  # the store records what produced the analysis
        return results


def _reraise(article: Article, exc: BaseException) -> typing.NoReturn:
    raise exc


def build_pipeline(names: Sequence[str] | None = None, options: dict[str, Any] | None = None) -> Pipeline:
    """Build a pipeline of the named stages (all by default) with per-stage options.

    ``options`` maps a stage name to its ``Options`` instance or to a dict of its fields.
    """
    stages = resolve_stages(names)
    available = {"raw"}
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:  # only reachable if STAGES is mis-ordered
            raise PipelineError(f"stage {stage.name!r} runs before {', '.join(missing)} is provided")
        available.update(stage.provides)
    options = options or {}
    unknown = set(options) - {s.name for s in stages}
    if unknown:
        raise PipelineError(f"options given for stages not in the pipeline: {', '.join(sorted(unknown))}")
    runners = []
    for stage in stages:
        run, options_type = stage.load()
        opts = options.get(stage.name)
        if opts is None:
            opts = options_type()
        elif isinstance(opts, dict):
            opts = make_options(stage.name, options_type, opts)
        elif not isinstance(opts, options_type):
            raise PipelineError(f"options for stage {stage.name!r} must be {options_type.__name__} or a dict")
        runners.append((run, opts))
    return Pipeline(stages, runners)
