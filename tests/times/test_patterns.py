"""The anchor prefilter: a pattern is skipped only where it cannot match; folding keeps offsets."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from khabar.arabic.fold import fold
from khabar.times.patterns import active_patterns, patterns

TABLE = Path(__file__).resolve().parents[2] / "bench" / "data" / "times_table.tsv"

SENTENCES = [
    "وصل الوفد يوم الثلاثاء 12 كانون الثاني 2021 إلى بغداد",
    "قال إنه زار المدينة أول من أمس وسيعود بعد غد",
    "في 15 رمضان 1440 هـ الموافق 20 مايو 2019 م",
    "منذ ثلاثة أشهر لم يتلق الموظفون رواتبهم",
    "خلال الأيام القليلة الماضية تراجعت الأسعار",
    "في منتصف العام الماضي وقبل نهاية الشهر الجاري",
    "وقع الاتفاق بتاريخ 3/4/2018 في عهد الانتداب البريطاني",
    "كانت الأوضاع حينها هادئة في السبعينيات من القرن الماضي",
    "يصدر التقرير سنويا منذ 2005 و2006",
    "اجتمع المجلس في جمادى الأولى وفي ذي القعدة",
]


def _table_phrases() -> list[str]:
    with TABLE.open(encoding="utf-8") as fh:
        return [row["phrase"] for row in csv.DictReader(fh, delimiter="\t")]


@pytest.mark.parametrize("text", SENTENCES + _table_phrases())
def test_prefilter_keeps_every_pattern_that_matches(text: str) -> None:
    folded = fold(text).text
    active = {p.kind for p in active_patterns(folded)}
    matching = {p.kind for p in patterns() if p.regex.search(folded)}
    assert matching <= active


@pytest.mark.parametrize("text, asleep", [
    ("قرأ الكتاب في المكتبة", {"date", "month"}),  # اب inside كتاب is no month
    ("جرت الانتخابات البرلمانية", {"relday"}),  # الان inside الانتخابات is not 'now'
    ("بلغت النسبة 3.5 في المئة", {"numeric"}),  # a decimal is not a numeric date
    ("قال العام الماضي", {"ago", "range"}),  # no منذ/قبل/بعد, no plural of days
])
def test_prefilter_skips_patterns_that_cannot_match(text: str, asleep: set[str]) -> None:
    active = {p.kind for p in active_patterns(fold(text).text)}
    assert not active & asleep


@pytest.mark.parametrize("text", ["الثلاثاءُ ١٢ مايو", "بلا تشكيل", "مـــــايو ٢٠١٩م", "\u200fيوم الأحد\u200f"])
def test_fold_maps_back_to_original_characters(text: str) -> None:
    f = fold(text)
    assert len(f.index) == len(f.text)
    for i, ch in enumerate(f.text):
        original = text[f.index[i]]
        assert fold(original).text == ch
    assert f.span(0, len(f.text)) == (f.index[0], len(text))
