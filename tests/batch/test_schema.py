"""The Parquet schema comes from the model: nested columns that hold the analyze object exactly."""

from __future__ import annotations

import dataclasses

import pyarrow as pa
import pytest

from khabar.batch import schema as batch_schema
from khabar.batch.schema import _arrow_type, article_arrow_schema, null_errors
from khabar.model import Article, Entity, Event, Mention, Place, Quote, Ref, Source, TimeExpr

BODY = "قال الرئيس أحمد في دمشق يوم الاثنين إن الحكومة ستفتتح مستشفى."


def _full_article() -> Article:
    """An article with every kind of nested fact filled in."""
    person = Ref(text="أحمد", entity="e1", agent="GOV", country="SY", name="Ahmad")
    return Article(
        id="a1", source=Source(kind="jsonl", path="/d/x.jsonl", line=3, outlet="ant/T"), raw="{}",
        published="2020-01-06", headline="عنوان", body=[BODY], related=["خبر آخر"],
        entities=[Entity(id="e1", name="Ahmad", type="PER", name_ar="أحمد",
                         mentions=[Mention(text="أحمد", field="body", paragraph=0, start=11, end=15)])],
        quotes=[Quote(cue="قال", kind="indirect", content="الحكومة ستفتتح مستشفى", field="body", paragraph=0,
                      start=41, end=62, speaker=person, when="2020-01-06")],
        times=[TimeExpr(text="يوم الاثنين", field="body", paragraph=0, start=24, end=35, value="2020-01-06")],
        places=[Place(text="دمشق", field="body", paragraph=0, start=19, end=23, name="Damascus", country="SY",
                      lat=33.51, lon=36.29, geonames_id=170654, feature="city")],
        events=[Event(action="افتتح", cameo="043", field="body", paragraph=0, start=49, end=55, sentence=BODY,
                      quad=1, goldstein=2.8, source=person, negated=False)],
    )


def test_every_output_field_is_a_column_in_model_order() -> None:
    names = [f.name for f in dataclasses.fields(Article) if f.name != "annotations"]
    assert article_arrow_schema().names == names


@pytest.mark.parametrize("column, arrow_type", [
    ("source", "struct"), ("body", "list<item: string>"), ("entities", "list<item: struct"),
    ("quotes", "speaker: struct<text: string, entity: string"), ("places", "lat: double"),
    ("places", "geonames_id: int64"), ("events", "negated: bool"), ("events", "goldstein: double"),
    ("entities", "mentions: list<item: struct<text: string, field: string, paragraph: int64"),
])
def test_columns_nest_like_the_json(column: str, arrow_type: str) -> None:
    assert arrow_type in str(article_arrow_schema().field(column).type)


def test_an_analysed_article_survives_the_table() -> None:
    row = _full_article().to_dict(include_raw=True)
    table = pa.Table.from_pylist([row], schema=article_arrow_schema())
    assert table.to_pylist() == [row]


def test_a_model_type_without_a_parquet_type_is_refused() -> None:
    with pytest.raises(TypeError, match="no Parquet type"):
        _arrow_type(dict[str, int])
    assert batch_schema.article_arrow_schema() is article_arrow_schema()  # built once


@pytest.mark.parametrize("path, value, error", [
    (("entities", 0, "type"), None, "entities/0/type: null where the model requires a value"),
    (("entities", 0, "mentions", 0), None, "entities/0/mentions/0: null where the model requires a value"),
    (("source",), None, "source: null where the model requires a value"),
    (("body",), None, "body: null where the model requires a value"),
    (("events", 0, "target"), None, None),  # optional
    (("places", 0, "lat"), None, None),
])
def test_nulls_the_model_does_not_allow(path: tuple[object, ...], value: object, error: str | None) -> None:
    row = _full_article().to_dict(include_raw=True)
    holder = row
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    assert null_errors(row) == ([error] if error else [])
