"""The JSON Schema matches the data model, documents it, and every pipeline output validates."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from khabar import model
from khabar.analysis import analyze_inputs
from khabar.ingest import InputError
from khabar.pipeline import STAGE_NAMES
from khabar.schema import SchemaError, article_errors, article_schema, validate_article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(str(p) for p in (ROOT / "examples").iterdir() if not p.name.startswith("."))
RECORD = {"id": "rec-1", "source": "ant/BBC", "url": "http://example.com/a", "date": "Tue, 14 Nov 2017 09:00:00 +0300",
          "title": "موسكو تتهم واشنطن", "lead": "مقدمة قصيرة.", "author": "مراسلنا",
          "text": "موسكو - قالت وزارة الدفاع الروسية الثلاثاء إن الطائرات عادت.\nوأضافت أن العمليات مستمرة."}

# Schema definition name -> the dataclass whose fields it must list exactly.
DEFS = {"source": model.Source, "entity": model.Entity, "ref": model.Ref, "quote": model.Quote,
        "event": model.Event, "mention": model.Mention, "time": model.TimeExpr, "place": model.Place}


def _properties(name: str) -> set[str]:
    schema = article_schema()["$defs"][name]
    props = set(schema.get("properties", {}))
    if "$ref" in schema:  # span subtypes: the span's keys plus their own
        props |= set(article_schema()["$defs"][schema["$ref"].rsplit("/", 1)[1]]["properties"])
    return props


@pytest.mark.parametrize("name", sorted(DEFS))
def test_schema_lists_exactly_the_model_fields(name: str) -> None:
    assert _properties(name) == {f.name for f in dataclasses.fields(DEFS[name])}


def test_article_schema_lists_exactly_the_serialised_fields() -> None:
    fields = {f.name for f in dataclasses.fields(model.Article)} - {"annotations"}
    assert set(article_schema()["properties"]) == fields
    assert set(article_schema()["required"]) == fields - {"raw"}


def test_docs_describe_every_key() -> None:
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_]+)`", doc))
    keys = set(article_schema()["properties"]) | {k for name in DEFS for k in _properties(name)}
    assert keys - documented == set()


def _outputs(tmp_path: Path, stages: list[str] | None) -> list[dict]:
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    items = list(analyze_inputs([*EXAMPLES, str(records)], stages=stages))
    assert not [i for i in items if isinstance(i, InputError)]
    return [i.to_dict() for i in items]


@pytest.mark.parametrize("stages", [["structure"], None], ids=["structure", "all"])
def test_pipeline_outputs_on_examples_validate(tmp_path: Path, stages: list[str] | None) -> None:
    outputs = _outputs(tmp_path, stages)
    assert len(outputs) >= len(EXAMPLES) + 1  # a JSON Lines example holds several articles
    for out in outputs:
        validate_article(out)
        validate_article(json.loads(json.dumps(out, ensure_ascii=False)))  # what analyze prints


def _with_quote(**changes: object) -> dict:
    out = {"id": "x", "source": {"kind": "text", "path": None, "url": None, "line": None, "outlet": None},
           "published": None, "headline": "عنوان", "deck": None, "outlet": None, "byline": None, "dateline": None, "agency": None,
           "pull_quotes": [], "body": ["قال الوزير: «لن ننسحب»."], "related": [], "furniture": [],
           "entities": [], "quotes": [], "times": [], "places": [], "events": [], "category": None,
           "modified": None, "language": None}
    quote = {"cue": "قال", "kind": "direct", "content": "لن ننسحب", "field": "body", "paragraph": 0,
             "start": 13, "end": 21, "speaker": {"text": "الوزير", "entity": None, "agent": None, "country": None},
             "via": None, "when": None}
    out["quotes"] = [{**quote, **changes}]
    return out


def test_a_valid_hand_made_object_passes() -> None:
    validate_article(_with_quote())


@pytest.mark.parametrize("changes, message", [
    ({"kind": "rumour"}, "quotes/0/kind"),
    ({"start": -1}, "quotes/0/start"),
    ({"speaker": "الوزير"}, "quotes/0/speaker"),
    ({"extra": 1}, "quotes/0: Additional properties"),
    ({"start": 12}, "content 'لن ننسحب' != text at [12, 21)"),
    ({"end": 99}, "outside body[0]"),
    ({"paragraph": 3}, "body[3] does not exist"),
    ({"field": "deck"}, "deck[0] does not exist"),
])
def test_schema_and_offset_violations_are_reported(changes: dict, message: str) -> None:
    errors = article_errors(_with_quote(**changes))
    assert any(message in e for e in errors), errors
    with pytest.raises(SchemaError):
        validate_article(_with_quote(**changes))


def test_missing_key_and_wrong_type() -> None:
    out = _with_quote()
    del out["body"]
    out["published"] = 2017
    errors = article_errors(out)
    assert "<root>: 'body' is a required property" in errors
    assert any(e.startswith("published: 2017 is not of type") for e in errors)


def test_every_stage_has_a_name_in_the_schema_docs() -> None:
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert all(name in doc for name in STAGE_NAMES)


SHARED = ROOT.parent / "shared"


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="../shared/corpora not present")
def test_full_pipeline_on_real_records_validates(tmp_path: Path) -> None:
    import gzip
    import itertools

    sample = tmp_path / "sample.jsonl"
    with open(sample, "w", encoding="utf-8") as out:
        for corpus in sorted((SHARED / "corpora").glob("*.jsonl.gz")):
            with gzip.open(corpus, "rt", encoding="utf-8") as fh:
                out.writelines(itertools.islice(fh, 0, 500, 100))  # 5 records spread over each corpus
    outputs = [i for i in analyze_inputs([str(sample)])]
    assert not [i for i in outputs if isinstance(i, InputError)]
    for article in outputs:
        assert article_errors(article.to_dict()) == [], article.id
