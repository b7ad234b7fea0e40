"""The Parquet schema of analysed articles, derived from the data model (never written by hand).

Each :class:`~khabar.model.Article` field is a column, nested exactly like the analyze JSON
(``Article.to_dict(include_raw=True)``): ``source`` is a struct, ``entities`` a list of structs
whose ``mentions`` are a list of structs, and so on.  So a model change (a new optional field)
reaches the Parquet output with no edit here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

import pyarrow as pa

from khabar.model import Article

#: Model fields that are working state, not output.
_NOT_OUTPUT = ("annotations",)
_SCALARS: dict[Any, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of one dataclass field's type hint (``X | None`` is ``X``, nullable)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        [inner] = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _arrow_type(inner)
    if origin is list:
        [item] = typing.get_args(hint)
        return pa.list_(_arrow_type(item))
    if dataclasses.is_dataclass(hint):
        return pa.struct(_arrow_fields(hint))
    if hint in _SCALARS:
        return _SCALARS[hint]
    raise TypeError(f"no Parquet type for model type {hint!r}")


@cache
def _output_fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """(name, type hint) of a model class's output fields, in order."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls) if f.name not in _NOT_OUTPUT)


def _arrow_fields(cls: type) -> list[pa.Field]:
    return [pa.field(name, _arrow_type(hint), nullable=True) for name, hint in _output_fields(cls)]


@lru_cache(maxsize=1)
def article_arrow_schema() -> pa.Schema:
    """One column per output field of :class:`Article` (``raw`` included, for ``khabar load``)."""
    return pa.schema(_arrow_fields(Article))



def _is_optional(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in typing.get_args(hint)


def _null_errors(value: Any, hint: Any, where: str) -> Iterator[str]:
    if value is None:
        if not _is_optional(hint):
            yield f"{where or '<root>'}: null where the model requires a value"
        return
    if _is_optional(hint):
        [hint] = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    if typing.get_origin(hint) is list:
        [item] = typing.get_args(hint)
        for i, element in enumerate(value):
            yield from _null_errors(element, item, f"{where}/{i}")
    elif dataclasses.is_dataclass(hint):
        for name, field_hint in _output_fields(hint):
            yield from _null_errors(value.get(name), field_hint, f"{where}/{name}".lstrip("/"))


def null_errors(row: dict[str, Any]) -> list[str]:
    """Nulls in a row of :func:`article_arrow_schema` where the model has no ``| None``.

    Parquet columns are all nullable, so a row whose file has this schema has the right types and
    only this (and the offsets) left to check: far cheaper than the JSON Schema on every row.
    """
    return list(_null_errors(row, Article, ""))
