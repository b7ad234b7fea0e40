"""Shared fixture: run the stages quotes needs (after structure) on composed body paragraphs, with
an optional headline and deck."""

from __future__ import annotations

import pytest

from khabar.model import Article, Source
from khabar.pipeline import build_pipeline


@pytest.fixture(scope="module")
def analyse():
    pipeline = build_pipeline(["quotes"])
    runners = [r for s, r in zip(pipeline.stages, pipeline.runners, strict=True) if s.name != "structure"]

    def go(body: list[str], headline: str | None = None, deck: str | None = None) -> Article:
        article = Article(id="t", source=Source("text"), published="2017-11-14",
                          headline=headline, deck=deck, body=body)
        for stage_run, options in runners:
            article = stage_run(article, options)
        return article

    return go


@pytest.fixture(scope="module")
def said(analyse):
    """(cue, content, speaker words or None) of each quote found in composed body paragraphs."""

    def go(body: list[str]) -> list[tuple[str, str, str | None]]:
        return [(q.cue, q.content, q.speaker.text if q.speaker else None) for q in analyse(body).quotes]

    return go


@pytest.fixture(scope="module")
def spoken(analyse):
    """(cue, speaker words or None, content) of each quote found in composed body paragraphs."""

    def go(body: list[str]) -> list[tuple[str, str | None, str]]:
        return [(q.cue, q.speaker.text if q.speaker else None, q.content) for q in analyse(body).quotes]

    return go
