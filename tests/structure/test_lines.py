"""What a line of a page is on its own."""

from __future__ import annotations

import pytest

from khabar.structure.data import read_rows
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
    byline_name,
    classify,
    credit_parts,
    is_outlet,
    labelled_outlet,
    related_header,
    role_byline,
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


@pytest.mark.parametrize("text", ["18 Aug 2015 - 10 Jul 2018", "12 مارس 2023 - 14 مارس 2023"])
def test_a_range_of_dates_is_no_credit(text: str) -> None:
    assert credit_parts(text) is None


@pytest.mark.parametrize("client", [r[0] for r in read_rows("posting_clients.txt")])
def test_the_app_a_post_was_sent_from_credits_no_one(client: str) -> None:
    assert credit_parts(f"May 18, 2018, 17:41 · {client}") == {"date": "2018-05-18"}


def test_credit_line_parts() -> None:
    assert credit_parts("لندن - العربية.نت | 14/05/2018") == {
        "place": "لندن", "outlet": "العربية.نت", "date": "2018-05-14", "credit": "لندن - العربية.نت"}
    parts = credit_parts("سارة الحسن | 14/05/2018")
    assert parts == {"name": "سارة الحسن", "date": "2018-05-14", "credit": "سارة الحسن"}
    assert credit_parts("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس") == {
        "date": "2015-08-10", "place": "الرياض"}
    assert credit_parts("الرياض - أحمد الشمالي") is None
    assert credit_parts("الرياض - أحمد الشمالي", strict=False) == {"place": "الرياض", "name": "أحمد الشمالي"}
    assert credit_parts("ترامب - كيم: قمة ثانية في الربيع") is None


def test_split_lines_counts_gaps_and_notes_nbsp() -> None:
    lines, furniture = split_lines("عنوان الخبر\n\n\u00a0\n\nفقرة أولى\nفقرة ثانية&nbsp;\n")
    assert [(ln.text, ln.gap_before) for ln in lines] == [("عنوان الخبر", 0), ("فقرة أولى", 3),
                                                           ("فقرة ثانية", 0)]
    assert furniture == ["&nbsp;"]


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


@pytest.mark.parametrize(("prefix", "follow"), [r for r in read_rows("byline_prefixes.tsv")])
def test_every_byline_prefix(prefix: str, follow: str) -> None:
    assert byline_name(f"{prefix}: سارة الحسن") == "سارة الحسن"
    assert (byline_name(f"{prefix} سارة الحسن") == "سارة الحسن") == (follow == "space")


@pytest.mark.parametrize(("kind", "name"), [r for r in read_rows("outlets.tsv")])
def test_every_outlet_entry(kind: str, name: str) -> None:
    if kind in ("platform", "source_link"):
        return  # a web page's host, a link to a piece's source: tests/structure/test_html.py
    if kind == "provider":  # a syndicated piece's provider line, no colon
        assert labelled_outlet(f"{name} سكاي نيوز عربية") == "سكاي نيوز عربية"
        assert labelled_outlet(f"{name} الوزير إلى الحكومة") is None
        return
    if kind == "more":  # a block of the outlet's other pieces
        assert related_header(f"{name} سكاي نيوز عربية") == ""
        assert related_header(f"{name} التفاصيل حول القرار") is None
        return
    if kind == "label":
        assert labelled_outlet(f"{name}: رويترز") == "رويترز"
        assert labelled_outlet(f"{name}: قال الوزير إن الخطة ستطبق") is None
        return
    line = name if kind == "name" else f"{name} الأفق" if not name.startswith(".") else f"الأفق{name}"
    assert is_outlet(line.strip())


@pytest.mark.parametrize(("kind", "word"), [r for r in read_rows("related_header_parts.tsv")])
def test_every_related_header_part(kind: str, word: str) -> None:
    other = "ذات صلة" if kind == "noun" else "أخبار"
    header = f"{word} {other}" if kind == "noun" else f"{other} {word}"
    assert related_header(header) == ""
    assert related_header(f"ال{header}" if kind == "noun" else f"الأخبار {word}") == ""


@pytest.mark.parametrize("role", [r[0] for r in read_rows("byline_roles.txt")])
def test_every_byline_role_names_the_reporter_before_it(role: str) -> None:
    assert role_byline(f"سارة الحسن - {role} في عمان") == "سارة الحسن"
    assert role_byline(f"الرياض - {role}") is None  # one word: a place, no name


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


@pytest.mark.parametrize(("text", "expected"), [
    # the time the date is set with, on a writer's line (w3m's dump of a post's meta)
    ("الثلاثاء 11 أغسطس 2015 - 12:28 | بقلم: رقية الهويريني", {"date": "2015-08-11", "byline": "رقية الهويريني"}),
    # no writer: a date line with its weekday and time, no credit
    ("الأحد - 22 أبريل 2018 | 8:58", None),
])
def test_credit_with_a_time(text: str, expected: dict[str, str] | None) -> None:
    assert credit_parts(text) == expected
