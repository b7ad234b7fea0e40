"""Hard-wrapped text dumps joined back into paragraphs (khabar.structure.wrap), and the page fields
read from such dumps."""

from __future__ import annotations

import textwrap

import pytest

from khabar.structure import analyse_page
from khabar.structure.lines import split_lines
from khabar.structure.wrap import numbered_heads, unwrap, wrap_width

FIRST = ("أعلنت وزارة الصحة في بيان صدر مساء اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية "
         "بطاقة استيعابية تبلغ ستمئة سرير، وذلك ضمن خطة لتحسين الخدمات الصحية المقدمة للمواطنين.")
SECOND = ("وقال وزير الصحة خلال حفل الافتتاح إن الوزارة تعمل على توفير الكوادر الطبية اللازمة لتشغيل "
          "المستشفيات الجديدة بكامل طاقتها قبل نهاية العام الجاري، مشيرا إلى أن العمل جار على مشاريع أخرى.")
THIRD = ("وأضاف أن الحكومة رصدت ميزانية إضافية لقطاع الصحة هذا العام تشمل شراء أجهزة طبية حديثة وتدريب "
         "الأطباء والممرضين في المراكز المتخصصة داخل البلاد وخارجها.")
HEADLINE = "افتتاح ثلاثة مستشفيات جديدة في الجنوب"


def _wrapped(width: int, blank: bool, indent: str = "") -> str:
    parts = [HEADLINE, "", "الأحد 12 مارس 2023", ""]
    for paragraph in (FIRST, SECOND, THIRD):
        lines = textwrap.wrap(paragraph, width)
        parts += [indent + lines[0], *lines[1:]] + ([""] if blank else [])
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize(("width", "blank", "indent"), [(70, True, ""), (64, True, ""), (40, False, "  "),
                                                        (76, True, "")])
def test_wrapped_paragraphs_are_joined(width: int, blank: bool, indent: str) -> None:
    page = analyse_page(_wrapped(width, blank, indent))
    assert page.headline == HEADLINE
    assert page.published == "2023-03-12"
    assert page.body == [FIRST, SECOND, THIRD]


@pytest.mark.parametrize("text", [
    # paragraphs one a line, each longer than any wrap width
    f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}\n",
    # short lines that are no wrapped text: a menu and a list of headlines
    "الرئيسية\nأخبار\nرياضة\n" + "\n".join(f"عنوان خبر قصير رقم {n} عن الأحداث" for n in range(8)) + "\n",
])
def test_unwrapped_pages_are_left_alone(text: str) -> None:
    lines, _ = split_lines(text)
    assert wrap_width(lines) is None
    assert unwrap(lines) == lines


def test_running_head_and_date_line_are_not_joined() -> None:
    lines, _ = split_lines(_wrapped(40, blank=False).replace(
        "الأحد 12 مارس 2023\n", "الأحد 12 مارس 2023 - العدد 4521\n", 1) + "الأحد 12 مارس 2023 - العدد 4521\n")
    texts = [ln.text for ln in unwrap(lines)]
    assert texts.count("الأحد 12 مارس 2023 - العدد 4521") == 2


def test_kashidas_and_numbered_running_heads_do_not_set_the_width() -> None:
    """An OCR'd newspaper column: lines justified with kashidas (longer than the width the text was
    cut at), and running heads wider than the column, each with its own page number."""
    columns = []
    for paragraph in (FIRST, SECOND, THIRD):
        cut = textwrap.wrap(paragraph, 40)
        columns.append([line.replace(" ", " ـــ", 1) if k % 2 else line for k, line in enumerate(cut)])
    head = "الأحد 12 مارس 2023 - العدد 4521    {}    محليات"
    page = "\n".join([head.format(4), HEADLINE, "", *columns[0], *columns[1], "", head.format(9), "",
                      *columns[2]]) + "\n"
    fields = analyse_page(page)
    assert fields.headline == HEADLINE
    assert [p.replace("ـ", "").replace("  ", " ") for p in fields.body] == [FIRST, SECOND, THIRD]


def test_line_opening_on_a_links_address_is_joined() -> None:
    """A browser's save-as-text wraps a paragraph before a link's address: the next line opens on it."""
    cut = textwrap.wrap(SECOND.replace("الكوادر", "الكوادر <https://example.org/tag/abcdefgh/>"), 72,
                        break_long_words=False)
    assert any(line.startswith("<https") for line in cut)
    page = analyse_page("\n".join([HEADLINE, "", "الأحد 12 مارس 2023", "", *textwrap.wrap(FIRST, 72), "", *cut,
                                   "", *textwrap.wrap(THIRD, 72)]) + "\n")
    assert page.body == [FIRST, SECOND, THIRD]


def test_headline_over_the_page_does_not_set_the_width() -> None:
    """An OCR'd newspaper page: the headline set across the page (no full stop, between blanks), far
    wider than the narrow column below it, and a line standing apart a little wider than the column."""
    long_head = HEADLINE + " ضمن خطة لتحسين الخدمات الصحية للمواطنين"
    columns = [textwrap.wrap(paragraph, 40) for paragraph in (FIRST, SECOND, THIRD)]
    page = analyse_page("\n".join([long_head, "", *columns[0], *columns[1], *columns[2]]) + "\n")
    assert page.body == [FIRST, SECOND, THIRD]


def test_paragraph_left_whole_keeps_a_page_unwrapped() -> None:
    lines, _ = split_lines("\n".join([*textwrap.wrap(FIRST, 40), "", SECOND + " " + THIRD, ""]))
    assert wrap_width(lines) is None


def test_rule_is_not_joined_to_a_wrapped_line() -> None:
    """A menu as long as the width over a rule of box-drawing bars (w3m's dump): neither continues."""
    menu = "الرئيسية  محليات  سياسة  اقتصاد  رياضة  منوعات  فيديو  صور  كتاب الرأي  [          ] [بحث]"
    lines, _ = split_lines("\n".join([menu, "━" * 76, "", HEADLINE, "", *textwrap.wrap(FIRST, 76), "",
                                      *textwrap.wrap(SECOND, 76), "", *textwrap.wrap(THIRD, 76)]) + "\n")
    texts = [ln.text for ln in unwrap(lines, 76)]
    assert "━" * 76 in texts and FIRST in texts


def test_screenshots_bars_neither_join_a_paragraph_nor_cut_it() -> None:
    """A news app's screenshots read back by OCR: each shot opens with the phone's status bar and the
    app's top bar and closes with its tab bar; a paragraph going on over the next shot is one."""
    status, top, tabs = "9:41   LTE   87%", "← صحيفة الأفق", "الرئيسية   الأقسام   عاجل   المزيد"
    first, second = textwrap.wrap(FIRST, 36), textwrap.wrap(SECOND, 36)
    page = "\n".join([status, top, "", HEADLINE, "", "الأحد 12 مارس 2023", "", *first[:3], tabs, "", status, top, "",
                      *first[3:], "", *second, "", tabs]) + "\n"
    fields = analyse_page(page)
    assert fields.headline == HEADLINE
    assert fields.body == [FIRST, SECOND]


@pytest.mark.parametrize("head", ["صحيفة الأفق | العدد 4512", "جريدة النهار - العدد ٤٥١٢ - محليات"])
def test_same_running_head_over_each_pdf_page(head: str) -> None:
    """A PDF's text: the paper's name and issue number open every page, after each form feed, the same
    on each; the page's number between dashes closes it."""
    page = (f"{head}\n\n{HEADLINE}\nالأحد 12 مارس 2023\n\n{FIRST}\n\n- 1 -\n\f{head}\n\n{SECOND}\n\n- 2 -\n"
            f"\f{head}\n\n{THIRD}\n\n- 3 -\n")
    fields = analyse_page(page)
    assert (fields.headline, fields.published, fields.body[-2:]) == (HEADLINE, "2023-03-12", [SECOND, THIRD])
    assert not any(head in paragraph or paragraph.startswith("-") for paragraph in fields.body)


def test_subheading_the_text_repeats_at_a_page_top_stays_text() -> None:
    """A numbered subheading the text sets twice, once mid-page and once by chance over the next page,
    opens fewer pages than it stands elsewhere: no running head, both stay in the body."""
    sub = "المحور 2 من الخطة الخمسية"
    page = (f"{HEADLINE}\n\n{FIRST}\n\n{sub}\n\n{SECOND}\n\f{sub}\n\n{THIRD}\n")
    assert sum(paragraph == sub for paragraph in analyse_page(page).body) == 2


@pytest.mark.parametrize(("page", "heads"), [
    # a printed page's running head, its page number changing
    ("صحيفة الأفق العدد 1520 صفحة 2\n\nنص الصفحة الأولى هنا.\n\fصحيفة الأفق العدد 1520 صفحة 3\n\nنص آخر.\n",
     {"صحيفة الأفق العدد 1520 صفحة 2", "صحيفة الأفق العدد 1520 صفحة 3"}),
    # a list's items written alike, each a sentence: the text's, no running head
    ("بلغ عدد الإصابات في بغداد 120 حالة.\n\nبلغ عدد الإصابات في بغداد 45 حالة.\n", set()),
    ("سجلت المحافظة 12 إصابة جديدة اليوم!\n\nسجلت المحافظة 30 إصابة جديدة اليوم!\n", set()),
])
def test_numbered_lines_a_page_repeats_are_running_heads_unless_sentences(page: str, heads: set[str]) -> None:
    lines, _ = split_lines(page)
    assert numbered_heads(lines) == heads
