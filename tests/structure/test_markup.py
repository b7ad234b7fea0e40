"""Markdown marks dropped from text dumps (khabar.structure.markup), and the e-mail and forum
pages of the tenth session's later round: headers, signatures, forum counters and breadcrumbs."""

from __future__ import annotations

import pytest

from khabar.structure import analyse_page
from khabar.structure.furniture import is_furniture
from khabar.structure.markup import chat_message, is_image, plain

P1 = "أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة ستمئة سرير."
P2 = "وقال الوزير إن العمل جار على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات بكامل طاقتها."
HEAD = "افتتاح ثلاثة مستشفيات جديدة في الجنوب"


@pytest.mark.parametrize(("text", "expected"), [
    ("# افتتاح مستشفى", "افتتاح مستشفى"),
    ("### عنوان فرعي", "عنوان فرعي"),
    ("> الوزارة تعد بالمزيد", "الوزارة تعد بالمزيد"),
    ("**الأحد 12 مارس 2023**", "الأحد 12 مارس 2023"),
    ("*بقلم سارة الحسن*", "بقلم سارة الحسن"),
    ("- [عنوان خبر آخر](https://example.org/n/1)", "- عنوان خبر آخر"),
    ("قال [الوزير](/people/1) إن العمل جار", "قال الوزير إن العمل جار"),
    ("* * *", "* * *"),
    ("**مهم** و**عاجل**", "**مهم** و**عاجل**"),
    (">> المزيد", ">> المزيد"),
    ("#وسم_مهم في النص", "#وسم_مهم في النص"),
])
def test_plain(text: str, expected: str) -> None:
    assert plain(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("![صورة](https://example.org/1.jpg)", True),
                                                ("![صورة](https://example.org/1.jpg) وصف", False),
                                                ("[رابط](https://example.org)", False)])
def test_is_image(text: str, expected: bool) -> None:
    assert is_image(text) is expected


def test_markdown_page() -> None:
    page = analyse_page(f"# {HEAD}\n\n> الوزارة تعد بتوفير الكوادر الطبية لتشغيل المستشفيات قبل نهاية العام\n\n**الأحد 12 مارس 2023**\n\n*بقلم سارة الحسن*\n\n"
                        f"![صورة](https://example.org/1.jpg)\n\n{P1}\n\n{P2}\n\n## اقرأ أيضا\n\n"
                        "- [عنوان خبر آخر عن الصحة](https://example.org/n/1)\n- [خبر ثالث عن التعليم](/n/2)\n")
    assert (page.headline, page.deck, page.published, page.byline) == (
        HEAD, "الوزارة تعد بتوفير الكوادر الطبية لتشغيل المستشفيات قبل نهاية العام", "2023-03-12", "سارة الحسن")
    assert page.body == [P1, P2]
    assert page.related == ["عنوان خبر آخر عن الصحة", "خبر ثالث عن التعليم"]


@pytest.mark.parametrize("line", ["From: النشرة <news@example.org>", "Subject: افتتاح مستشفى", "To: <a@b.org>",
                                  "---------- Forwarded message ---------", "عدد المشاركات: 1,204",
                                  "رد مع اقتباس", "اقتباس:"])
def test_email_and_forum_furniture(line: str) -> None:
    assert is_furniture(line)


def test_forwarded_email_with_signature() -> None:
    page = analyse_page("---------- Forwarded message ---------\nFrom: النشرة <news@example.org>\n"
                        f"Date: Sun, 12 Mar 2023 08:15:00 +0300\nSubject: {HEAD}\n\n{HEAD}\n\n{P1}\n\n{P2}\n\n"
                        "--\nفريق التحرير\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2023-03-12", [P1, P2])


def test_forum_repost() -> None:
    page = analyse_page(f"منتدى الأخبار العامة > الأخبار العربية\n\n{HEAD}\n\nعدد المشاركات: 52\n\nاقتباس:\n\n"
                        f"الأحد 12 مارس 2023\n\n{P1}\n\n{P2}\n\n__________________\nاللهم اغفر لي ولوالدي\n\nرد مع اقتباس\n")
    assert (page.headline, page.body) == (HEAD, [P1, P2])


@pytest.mark.parametrize(("text", "expected"), [
    ("09/03/2018, 22:46 - أبو فهد: *افتتاح مستشفى*", ("09/03/2018, 22:46", "أبو فهد", "*افتتاح مستشفى*")),
    ("[09/03/2018, 22:46:10] +966 55 123 4567: افتتاح مستشفى", ("09/03/2018, 22:46:10", "+966 55 123 4567",
                                                              "افتتاح مستشفى")),
    ("09/03/2018 - الرياض: افتتاح مستشفى", None),  # no clock: a dated line, no chat stamp
    ("12 مستشفى جديدا في الجنوب", None),
])
def test_chat_message(text: str, expected: tuple[str, str, str] | None) -> None:
    assert chat_message(text) == expected


def test_whatsapp_forward() -> None:
    page = analyse_page(f"09/03/2018, 22:46 - أبو فهد: *{HEAD}*\n\n{P1}\n\n{P2}\n\n_المصدر: صحيفة الأفق_\nمنقول\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2018-03-09", [P1, P2])
