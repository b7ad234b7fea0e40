"""``Article.to_dict`` (hand-written for speed) gives what ``dataclasses.asdict`` would, and
``article_from_dict`` rebuilds the article from it, every field included."""

from __future__ import annotations

import dataclasses
import json

import pytest

from khabar.analysis import analyze_inputs
from khabar.model import Article, PageFields, article_from_dict

RECORD = {"id": "rec-1", "source": "ant/BBC", "url": "http://example.com/a", "date": "Tue, 14 Nov 2017 09:00:00 +0300",
          "title": "موسكو تتهم واشنطن", "author": "مراسلنا",
          "text": "موسكو (رويترز) - قال وزير الخارجية الروسي سيرغي لافروف الثلاثاء في دمشق إن «الحل سياسي».\n"
                  "وأضاف أن الجيش السوري هاجم مواقع المعارضة في حلب الأسبوع الماضي."}


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    records = tmp_path_factory.mktemp("model") / "r.jsonl"
    records.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    out = [a for a in analyze_inputs([str(records)]) if isinstance(a, Article)]
    for article in out:  # the fields this session added, set so a dropped one shows
        article.agency, article.modified, article.language = "رويترز", "2017-11-14T10:00:00+03:00", "ar"
        article.source.canonical, article.source.record_id = "http://example.com/c", "<urn:uuid:1>"
        article.source.repairs = ["decoded windows-1256", "html entities"]
    return out


def _asdict(article: Article, include_raw: bool) -> dict:
    expected = dataclasses.asdict(dataclasses.replace(article, annotations={}))
    expected.pop("annotations")
    if not include_raw:
        expected.pop("raw")
    return expected


def test_the_record_is_analysed_in_full(articles: list[Article]) -> None:
    article = articles[0]
    assert article.entities and article.quotes and article.times and article.places and article.events


@pytest.mark.parametrize("include_raw", [False, True])
def test_to_dict_is_asdict_without_working_state(articles: list[Article], include_raw: bool) -> None:
    for article in articles:
        assert article.to_dict(include_raw=include_raw) == _asdict(article, include_raw)


def test_article_from_dict_rebuilds_every_field(articles: list[Article]) -> None:
    for article in articles:
        data = json.loads(json.dumps(article.to_dict(include_raw=True), ensure_ascii=False))
        rebuilt = article_from_dict(data)
        assert rebuilt == article
        assert rebuilt.source.repairs == ["decoded windows-1256", "html entities"]
        assert (rebuilt.agency, rebuilt.modified, rebuilt.language) == ("رويترز", "2017-11-14T10:00:00+03:00", "ar")


@pytest.mark.parametrize(("include_raw", "options"), [
    (False, {"ensure_ascii": False}), (True, {"ensure_ascii": False}), (False, {}),
    (False, {"ensure_ascii": False, "separators": (",", ":")}), (False, {"indent": 1}),
])
def test_to_json_is_the_json_of_to_dict(articles: list[Article], include_raw: bool, options: dict) -> None:
    for article in articles:
        assert article.to_json(include_raw, **options) == json.dumps(article.to_dict(include_raw), **options)


def test_to_json_of_an_object_given_another_attribute_still_lists_only_its_fields(articles: list[Article]) -> None:
    article = dataclasses.replace(articles[0], entities=[dataclasses.replace(e) for e in articles[0].entities])
    article.entities[0].note = "working state"  # type: ignore[attr-defined]
    assert "working state" not in article.to_json()
    assert article.to_json() == json.dumps(article.to_dict())


def test_to_json_refuses_what_json_cannot_write(articles: list[Article]) -> None:
    article = dataclasses.replace(articles[0], entities=[dataclasses.replace(articles[0].entities[0], role={1})])
    with pytest.raises(TypeError, match="Object of type set is not JSON serializable"):
        article.to_json()
    with pytest.raises(TypeError, match="Object of type set is not JSON serializable"):
        json.dumps(article.to_dict())


def test_the_fields_structure_reads_are_the_article_fields_of_their_names() -> None:
    article = {f.name: f.type for f in dataclasses.fields(Article)}
    assert all(article.get(f.name) == f.type for f in dataclasses.fields(PageFields))
