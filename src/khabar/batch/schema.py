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
from functools import lru_cache
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


def _arrow_fields(cls: type) -> list[pa.Field]:
    hints = typing.get_type_hints(cls)
    return [pa.field(f.name, _arrow_type(hints[f.name]), nullable=True)
            for f in dataclasses.fields(cls) if f.name not in _NOT_OUTPUT]


@lru_cache(maxsize=1)
def article_arrow_schema() -> pa.Schema:
    """One column per output field of :class:`Article` (``raw`` included, for ``khabar load``)."""
    return pa.schema(_arrow_fields(Article))

