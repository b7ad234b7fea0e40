"""The JSON Schema of khabar's output, and validation of analysed articles against it.

``resources/article.schema.json`` describes exactly what :meth:`khabar.model.Article.to_dict`
produces (docs/schema.md explains every key).  :func:`validate_article` checks an output object
against it and also checks what a schema cannot say: every span slices its text unit exactly.
When the model gains a field, add it to the schema and docs/schema.md in the same change
(tests/test_schema.py fails otherwise).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_RESOURCE = "article.schema.json"


class SchemaError(ValueError):
    """An output object that does not match the schema; ``errors`` lists every problem."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("; ".join(errors[:5]) + (f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""))


@lru_cache(maxsize=1)
def article_schema() -> dict[str, Any]:
    """The article JSON Schema (draft 2020-12), loaded once from the package resources."""
    text = resources.files("khabar.resources").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = article_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _unit(data: dict[str, Any], field: str, paragraph: int) -> str | None:
    value = data.get(field)
    if isinstance(value, list):
        return value[paragraph] if 0 <= paragraph < len(value) else None
    return value if paragraph == 0 and isinstance(value, str) else None


def _span_errors(data: dict[str, Any], where: str, span: dict[str, Any], text_key: str) -> list[str]:
    start, end = span["start"], span["end"]
    unit = _unit(data, span["field"], span["paragraph"])
    if unit is None:
        return [f"{where}: {span['field']}[{span['paragraph']}] does not exist"]
    if not 0 <= start <= end <= len(unit):
        return [f"{where}: offsets [{start}, {end}) outside {span['field']}[{span['paragraph']}]"]
    if text_key and unit[start:end] != span[text_key]:
        return [f"{where}: {text_key} {span[text_key]!r} != text at [{start}, {end}) {unit[start:end]!r}"]
    return []


def offset_errors(data: dict[str, Any]) -> list[str]:
    """Spans whose offsets do not slice their text unit exactly (data must match the schema)."""
    errors: list[str] = []
    for i, entity in enumerate(data["entities"]):
        for j, mention in enumerate(entity["mentions"]):
            errors += _span_errors(data, f"entities/{i}/mentions/{j}", mention, "text")
    for i, quote in enumerate(data["quotes"]):
        errors += _span_errors(data, f"quotes/{i}", quote, "content")
    for key in ("times", "places"):
        for i, span in enumerate(data[key]):
            errors += _span_errors(data, f"{key}/{i}", span, "text")
    for i, event in enumerate(data["events"]):
        # The event span is its predicate; ``action`` is a lemma, so only the offsets are checked.
        errors += _span_errors(data, f"events/{i}", event, "")
    return errors


def article_errors(data: dict[str, Any]) -> list[str]:
    """Every way ``data`` fails the schema or the offset rule, as ``path: message`` lines."""
    errors = [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    ]
    return errors or offset_errors(data)


def validate_article(data: dict[str, Any]) -> None:
    """Raise :class:`SchemaError` unless ``data`` is a valid analyze output object."""
    errors = article_errors(data)
    if errors:
        raise SchemaError(errors)
