"""A newsroom form copied as text (structure/forms.py): labelled field lines read as their values,
the form's own labels furniture; labelled lines elsewhere left alone."""

from __future__ import annotations

import pytest

from khabar.structure import analyse_page
from khabar.structure.forms import form_field

P1 = "أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة ستمئة سرير."
P2 = "وقال الوزير إن العمل جار على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات بكامل طاقتها."
HEAD = "افتتاح ثلاثة مستشفيات جديدة في الجنوب"
DECK = "ستمئة سرير في ثلاث محافظات"


@pytest.mark.parametrize(("line", "expected"), [
    (f"العنوان: {HEAD}", ("headline", HEAD)),
    (f"عنوان الخبر : {HEAD}", ("headline", HEAD)),
    (f"Title: {HEAD}", ("headline", HEAD)),
    (f"العنوان الفرعي: {DECK}", ("deck", DECK)),
    ("القسم: محليات", ("section", "محليات")),
    ("التصنيف: صحة", ("section", "صحة")),
    ("النص:", ("body", "")),
    ("نص الخبر:", ("body", "")),
    ("الحالة: منشور", ("status", "منشور")),
    ("حالة النشر: مسودة", ("status", "مسودة")),
    ("وقال الوزير: سنبدأ غدا", None),
    (HEAD, None),
])
def test_form_field(line: str, expected: tuple[str, str] | None) -> None:
    assert form_field(line) == expected


@pytest.mark.parametrize("body_label", ["النص:\n", "نص الخبر:\n"])
def test_form_fields_are_read_as_their_values(body_label: str) -> None:
    page = analyse_page(f"العنوان: {HEAD}\nالعنوان الفرعي: {DECK}\nالقسم: محليات\nالكاتب: سارة الحسن\n"
                        f"تاريخ النشر: 2023-03-12 10:30\n\n{body_label}{P1}\n\n{P2}\n\nالحالة: منشور\n")
    assert page.headline == HEAD
    assert page.deck == DECK
    assert page.byline == "سارة الحسن"
    assert page.published is not None and page.published.startswith("2023-03-12")
    assert page.body == [P1, P2]


def test_body_label_before_the_first_paragraph_on_its_line() -> None:
    page = analyse_page(f"العنوان: {HEAD}\nالقسم: محليات\n\nالنص: {P1}\n\n{P2}\n")
    assert page.headline == HEAD and page.body == [P1, P2]


@pytest.mark.parametrize(("raw", "headline"), [
    # a contact block under the text
    (f"{HEAD}\n\n{P1}\n\nالعنوان: شارع الملك فهد، الرياض\nالقسم: العلاقات العامة\n\n{P2}\n", HEAD),
    (f"العنوان: {HEAD}\n\n{P1}\n\n{P2}\n", f"العنوان: {HEAD}"),  # one labelled line is no form
])
def test_labelled_lines_outside_a_form_stay(raw: str, headline: str) -> None:
    page = analyse_page(raw)
    assert page.headline == headline
    assert P1 in page.body and P2 in page.body
