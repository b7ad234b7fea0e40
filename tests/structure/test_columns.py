"""Two-column pages copied as text (structure/columns.py): the block is read column by column, the
column each line opens with first; tables and ordinary pages are left as they are."""

from __future__ import annotations

import textwrap

import pytest

from khabar.structure import analyse_page
from khabar.structure.columns import read_columns

PARAGRAPHS = [
    "أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة ستمئة سرير لكل منها.",
    "وقال الوزير في مؤتمر صحفي إن العمل جار على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات بكامل طاقتها.",
    "وأضاف أن الوزارة خصصت ميزانية إضافية لشراء الأجهزة الحديثة وتدريب الأطباء والممرضين في الخارج.",
    "ومن المنتظر أن تستقبل المستشفيات أول المرضى مطلع الشهر المقبل بعد استكمال الفحوص الفنية اللازمة.",
]


def two_columns(paragraphs: list[str], width: int = 40, gap: int = 8) -> str:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [*textwrap.wrap(paragraph, width), ""]
    half = (len(lines) + 1) // 2
    right, left = lines[:half], lines[half:] + [""] * (2 * half - len(lines))
    rows = [f"{r:<{width}}{' ' * gap}{l_}".rstrip() for r, l_ in zip(right, left, strict=True)]
    return "\n".join(rows)


def test_two_column_page_is_read_column_by_column() -> None:
    page = analyse_page(f"افتتاح ثلاثة مستشفيات جديدة في الجنوب\n\nالأحد 12 مارس 2023\n\n{two_columns(PARAGRAPHS)}\n")
    assert page.body == PARAGRAPHS


def test_first_column_is_read_first_and_the_width_given() -> None:
    text, width = read_columns(two_columns(PARAGRAPHS))
    assert text.splitlines()[0] == textwrap.wrap(PARAGRAPHS[0], 40)[0]
    assert width is not None and width <= 40


@pytest.mark.parametrize("raw", [
    # a table's aligned short cells
    "\n".join(f"المنتخب {k}          {k * 3}          {k + 1}" for k in range(8)),
    # an ordinary page: no gap at one position
    "\n\n".join(PARAGRAPHS),
    # a few aligned lines only
    two_columns(PARAGRAPHS[:1], gap=6),
])
def test_pages_without_two_columns_are_left_alone(raw: str) -> None:
    assert read_columns(raw) == (raw, None)
