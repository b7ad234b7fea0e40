"""Headers of related-links blocks (:mod:`khabar.structure.related_headers`)."""

from __future__ import annotations

import pytest

from khabar.structure.data import read_rows
from khabar.structure.related_headers import related_header


@pytest.mark.parametrize("header", [r[0] for r in read_rows("related_headers.tsv")])
def test_every_related_header(header: str) -> None:
    assert related_header(header) == ""
    assert related_header(f"{header}: افتتاح معرض للكتاب") == "افتتاح معرض للكتاب"


@pytest.mark.parametrize("header", [
    "\ufe8d\ufed7\ufeae\ufe83 \ufe83\ufef3\ufec0\ufe8e:",  # presentation forms (a PDF copy)
    "\u200fاقرأ أيضا:",  # a direction mark first
    "اقرأ ایضا:",  # Farsi yeh
    "إقرأ أيضاً\u200f:",
])
def test_related_header_in_other_spellings(header: str) -> None:
    assert related_header(header) == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("أخبار ذات صلة بالموضوع: افتتاح معرض للكتاب", "افتتاح معرض للكتاب"),  # not cut after "أخبار ذات صلة"
    ("أخبار ذات صلة بالموضوع", ""),
    ("اقرأ أيضاً| افتتاح معرض للكتاب", "افتتاح معرض للكتاب"),
    ("أخبارنا اليوم: افتتاح معرض للكتاب", None),  # a header's first word inside a longer word
    ("منوعات", None),
    ("للمزيد - ريبورتاج: المقدسيون يتضامنون", "ريبورتاج: المقدسيون يتضامنون"),  # spaced dash
    ("اقرأ أيضاً.. ترامب يزور الرياض", "ترامب يزور الرياض"),  # dots
    ("للمزيد - للمزيد : مهرجان كان يفتتح", "مهرجان كان يفتتح"),  # the header twice
    ("للمزيد من المعلومات يرجى الاتصال.", None),
])
def test_the_longest_related_header_a_line_opens_with_decides(text: str, expected: str | None) -> None:
    assert related_header(text) == expected


@pytest.mark.parametrize(("kind", "word"), [r for r in read_rows("related_header_parts.tsv")])
def test_every_related_header_part(kind: str, word: str) -> None:
    other = "ذات صلة" if kind == "noun" else "أخبار"
    header = f"{word} {other}" if kind == "noun" else f"{other} {word}"
    assert related_header(header) == ""
    assert related_header(f"ال{header}" if kind == "noun" else f"الأخبار {word}") == ""
