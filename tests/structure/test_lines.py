"""What a line of a page is on its own."""

from __future__ import annotations

import pytest

from khabar.structure.lines import (
    BYLINE,
    CREDIT,
    DATE,
    FURNITURE,
    OUTLET,
    PULL_QUOTE,
    RELATED_HEADER,
    RELATED_ITEM,
    TEXT,
    Line,
    classify,
    split_lines,
    without_symbols,
)

KINDS = [
    ("شارك: فيسبوك | تويتر", FURNITURE),
    ("الثلاثاء 14 نوفمبر 2017", DATE),
    ("اقرأ أيضاً", RELATED_HEADER),
    ("----- اقرأ أيضا -----", RELATED_HEADER),
    ("مقالات قد تعجبك", RELATED_HEADER),
    ("مواضيع ذات صلة بهذا الخبر", RELATED_HEADER),
    ("الأخبار ذات الصلة", RELATED_HEADER),
    ("موضوعات متعلقة", RELATED_HEADER),
    ("تصوير: محمد علي", FURNITURE),
    ("(أرشيفية)", FURNITURE),
    ("أخبار ذات صلة:", RELATED_HEADER),
    ("اقرأ أيضا: افتتاح معرض للكتاب في المدينة", RELATED_ITEM),
    ("بقلم: سارة الحسن", BYLINE),
    ("كتب - مراد بن علي", BYLINE),
    ("بقلم / سارة الحسن", BYLINE),
    ("'الولايات المتحدة تتظاهر بقتال الإرهاب'", PULL_QUOTE),
    ("«المسرح ما زال قادرا على جمع الناس»", PULL_QUOTE),
    ("ميدل ايست أونلاين", OUTLET),
    ("صحيفة الأفق", OUTLET),
    ("فرانس24/ أ ف ب", OUTLET),
    ("المصدر: سكاي نيوز عربية", OUTLET),
    ("المصدر: http://example.org", FURNITURE),
    ("«المسرح ما زال قادرا على جمع الناس».", PULL_QUOTE),
    ("سارة الحسن | 14/05/2019", CREDIT),
    ("لندن - العربية.نت | ١٤/٠٥/٢٠١٨", CREDIT),
    ("أبوظبي - سكاي نيوز عربية", CREDIT),
    ("تقرير عن الأفغان بسوريا يعري النظام", TEXT),
    ("كتب الرئيس على حسابه أن الاتفاق قريب", TEXT),
    ('"العربية" في بيت نجم البرنامج', TEXT),
    ("إغلاق قناة السويس مؤقتا", TEXT),
    ("الحكومة تعلن خطة لترشيد استهلاك المياه في الصيف", TEXT),
    ("مقدم من سكاي نيوز عربية", OUTLET),  # a syndicating portal's provider line
    ("المزيد من سكاي نيوز عربية", RELATED_HEADER),  # the outlet's other pieces
    ("المزيد من الضحايا في القصف", TEXT),
    ("07-25-2015 01:05 AM | عدد القراءات: 4409", DATE),  # a date sharing its line with a counter
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_line_kinds(text: str, kind: str) -> None:
    assert classify(Line(text=text, kind=TEXT)).kind == kind


def test_a_date_beside_a_counter_parted_by_wide_spaces() -> None:
    line = Line(text="14 مايو 2019 عدد القراءات: 4409", kind=TEXT, spaced="14 مايو 2019   عدد القراءات: 4409")
    classified = classify(line)
    assert classified.kind == DATE and classified.date is not None and classified.date.value == "2019-05-14"


def test_split_lines_counts_gaps_and_notes_nbsp() -> None:
    lines, furniture = split_lines("عنوان الخبر\n\n\u00a0\n\nفقرة أولى\nفقرة ثانية&nbsp;\n")
    assert [(ln.text, ln.gap_before) for ln in lines] == [("عنوان الخبر", 0), ("فقرة أولى", 3),
                                                           ("فقرة ثانية", 0)]
    assert furniture == ["&nbsp;"]


@pytest.mark.parametrize(("text", "expected"), [
    ("🔴 عاجل", "عاجل"), ("📌 تابعونا على تيليجرام", "تابعونا على تيليجرام"), ("© 2018 المدونة", "© 2018 المدونة"),
])
def test_leading_pictographs_are_passed_over(text: str, expected: str) -> None:
    assert without_symbols(text) == expected


@pytest.mark.parametrize(("raw", "gaps"), [
    ("العنوان\n\nالفقرة الأولى\n\n\nالفقرة الثانية", [0, 1, 2]),  # blank lines are counted
    ("العنوان\n\nالفقرة الأولى\nالصفحة 1 من 2\n\f\n\nالفقرة الثانية", [0, 1, 0, 1]),  # a page break: one
    ("العنوان\n\nالفقرة الأولى\f\n\n\nالفقرة الثانية", [0, 1, 1]),
])
def test_a_page_break_is_no_wider_gap(raw: str, gaps: list[int]) -> None:
    assert [line.gap_before for line in split_lines(raw)[0]] == gaps


