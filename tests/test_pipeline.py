"""The pipeline: stage selection resolves requirements, errors are clear, options are typed."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys

import pytest

from khabar.analysis import analyze_article, analyze_text
from khabar.ingest import InputError, article_from_text
from khabar.pipeline import STAGE_NAMES, STAGES, PipelineError, build_pipeline, make_options, resolve_stages


@pytest.mark.parametrize("selected, expected", [
    (["structure"], ["structure"]),
    (["arabic"], ["structure", "arabic"]),
    (["times"], ["structure", "arabic", "times"]),
    (["places"], ["structure", "arabic", "entities", "places"]),
    (["quotes"], ["structure", "arabic", "entities", "times", "quotes"]),
    (["events"], ["structure", "arabic", "entities", "times", "places", "quotes", "events"]),
    (["quotes", "structure", " "], ["structure", "arabic", "entities", "times", "quotes"]),
    (None, list(STAGE_NAMES)),
])
def test_selection_pulls_in_requirements_in_pipeline_order(selected: list[str] | None,
                                                           expected: list[str]) -> None:
    assert [s.name for s in resolve_stages(selected)] == expected


def test_every_stage_requirement_is_provided_by_an_earlier_stage() -> None:
    available = {"raw"}
    for stage in STAGES:
        assert set(stage.requires) <= available, stage.name
        available |= set(stage.provides)


@pytest.mark.parametrize("selected, message", [
    (["nonsense"], "unknown stage 'nonsense'; stages are: structure,"),
    ([" ", ""], "no stage selected"),
])
def test_bad_selections_are_pipeline_errors(selected: list[str], message: str) -> None:
    with pytest.raises(PipelineError, match=message):
        resolve_stages(selected)


@pytest.mark.parametrize("stage", STAGE_NAMES)
def test_every_stage_has_typed_options_and_runs(stage: str) -> None:
    pipeline = build_pipeline([stage])
    for _, options in pipeline.runners:
        assert dataclasses.is_dataclass(options)
        hints = {f.name: f.type for f in dataclasses.fields(options)}
        assert all(hints.values()), f"{stage}: untyped option"
    article = pipeline(article_from_text("عنوان الخبر\nموسكو - قال الوزير إن المحادثات مستمرة.\n"))
    assert article.id


def test_options_are_built_from_dicts_and_checked() -> None:
    with pytest.raises(PipelineError, match="not in the pipeline: events"):
        build_pipeline(["structure"], {"events": {}})
    with pytest.raises(PipelineError, match="stage 'structure' has no option no_such_option"):
        build_pipeline(["structure"], {"structure": {"no_such_option": 1}})
    with pytest.raises(PipelineError, match="must be StructureOptions|must be Options"):
        build_pipeline(["structure"], {"structure": 42})
    options_type = type(build_pipeline(["structure"]).runners[0][1])
    pipeline = build_pipeline(["structure"], {"structure": options_type()})
    assert isinstance(pipeline.runners[0][1], options_type)


@dataclasses.dataclass
class _Opts:
    limit: int = 3
    ratio: float = 0.5
    strict: bool = False
    label: str = "x"
    names: tuple[str, ...] = ()


@pytest.mark.parametrize("values, error", [
    ({"limit": 5, "ratio": 1, "strict": True, "label": "y", "names": ("a",)}, None),
    ({"limit": "5"}, "option s.limit must be int, not str '5'"),
    ({"limit": True}, "option s.limit must be int, not bool True"),
    ({"ratio": "0.1"}, "option s.ratio must be float"),
    ({"strict": 1}, "option s.strict must be bool, not int 1"),
    ({"colour": "red"}, "stage 's' has no option colour; options are: label, limit, names, ratio, strict"),
])
def test_option_values_are_type_checked(values: dict, error: str | None) -> None:
    if error is None:
        assert make_options("s", _Opts, values).limit == 5
    else:
        with pytest.raises(PipelineError, match=re.escape(error)):
            make_options("s", _Opts, values)


def test_a_stage_failure_is_an_input_error_not_a_crash() -> None:
    pipeline = build_pipeline(["structure"])

    def explode(article, options):
        raise RuntimeError("boom")

    pipeline.runners.insert(0, (explode, None))
    article = article_from_text("نص")
    article.source.path = "page.txt"
    result = analyze_article(article, pipeline)
    assert isinstance(result, InputError)
    assert str(result) == "page.txt: analysis failed (RuntimeError: boom)"


def test_analyze_text_runs_the_selected_stages() -> None:
    article = analyze_text("عنوان الخبر\nنص الخبر الأول.\n", stages=["structure"])
    assert article.headline or article.body


def test_the_stages_import_no_segmentation_tables() -> None:
    """No stage segments words (farasa's tables: ~200 MB and a second to load, docs/scaling.md);
    a fresh interpreter, as any earlier test may have imported the segmenter."""
    code = ("import sys; from khabar.pipeline import build_pipeline; build_pipeline(); "
            "print(sorted(m for m in sys.modules if m in ('khabar.arabic.segment', 'khabar.arabic.farasa_model')))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"
