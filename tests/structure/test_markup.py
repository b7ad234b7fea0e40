"""Markdown marks dropped from text dumps (khabar.structure.markup), and the e-mail and forum
pages of the tenth session's later round: headers, signatures, forum counters and breadcrumbs."""

from __future__ import annotations

import textwrap

import pytest

from khabar.structure import analyse_page
from khabar.structure.data import read_rows
from khabar.structure.furniture import is_furniture
from khabar.structure.markup import (
    chat_message,
    comment_letters,
    has_link_notes,
    is_comment_note,
    is_image,
    is_link_note,
    is_stand_in,
    is_underline,
    leading_address,
    link_list,
    plain,
    thread_counter_cuts,
    without_addresses,
    without_bbcode,
    without_comment_marks,
    without_link_numbers,
    without_note_marks,
)

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
    ("مصادر[تعديل]", "مصادر"),  # a wiki heading copied with its edit link
    ("[تعديل]", "[تعديل]"),
])
def test_plain(text: str, expected: str) -> None:
    assert plain(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("![صورة](https://example.org/1.jpg)", True),
                                                ("![صورة](https://example.org/1.jpg) وصف", False),
                                                ("[رابط](https://example.org)", False)])
def test_is_image(text: str, expected: bool) -> None:
    assert is_image(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("[center][size=5][b][color=#003399]افتتاح مستشفى[/color][/b][/size][/center]", "افتتاح مستشفى"),
    ("[url=https://example.org/n/1]المصدر: صحيفة الأفق[/url]", "المصدر: صحيفة الأفق"),
    ("[B]الأحد 12 مارس 2023[/B]", "الأحد 12 مارس 2023"),
    ("[b] بلا إغلاق", "[b] بلا إغلاق"),  # no closing tag: no BBCode, the line as it is
    ("القائمة [a] و[b] في النص", "القائمة [a] و[b] في النص"),
])
def test_without_bbcode(text: str, expected: str) -> None:
    assert without_bbcode(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("[center][img]https://i.example.org/1.jpg[/img][/center]", True),
                                                ("[IMG]https://i.example.org/1.jpg[/IMG]", True),
                                                ("[img]https://i.example.org/1.jpg[/img] صورة الحفل", False)])
def test_bbcode_image_line(text: str, expected: bool) -> None:
    assert is_image(text) is expected


def test_forum_post_source_in_bbcode() -> None:
    page = analyse_page(f"[center][size=5][b]{HEAD}[/b][/size][/center]\n[center][img]https://i.example.org/1.jpg[/img]"
                        f"[/center]\n\n[b]الأحد 12 مارس 2023[/b]\n\n[size=4]{P1}[/size]\n\n{P2}\n\n"
                        "[url=https://example.org/n/1]المصدر: صحيفة الأفق[/url]\n")
    assert (page.headline, page.published, page.body, page.outlet) == (HEAD, "2023-03-12", [P1, P2], "صحيفة الأفق")


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


def test_forward_from_a_phone_mail_client() -> None:
    page = analyse_page("شوف هذا الخبر\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
                        "From: النشرة <news@example.org>\nDate: 12 March 2023 at 08:15:00 GMT+3\n"
                        f"To: me@example.org\nSubject: {HEAD}\n\n{HEAD}\n\n{P1}\n\n{P2}\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2023-03-12", [P1, P2])


@pytest.mark.parametrize("notice", [
    "This email and any attachments are confidential and intended solely for the addressee.",
    "هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط."])
def test_outlook_reply_over_a_forwarded_item(notice: str) -> None:
    # Outlook's rule of underscores over the quoted message's headers: the reply's note and signature
    # above it and the headers under it are no article; the mail's confidentiality notice closes it
    page = analyse_page("للعلم والاطلاع\n\nمع التحية،\nم. خالد العمري\n\n" + "_" * 32 + "\n"
                        "From: النشرة <news@example.org>\nSent: Sunday, March 12, 2023 8:15 AM\n"
                        f"To: Media Team <media@example.org>\nSubject: FW: {HEAD}\n\n{P1}\n\n{P2}\n\n{notice}\n"
                        "نص الإشعار بلغة أخرى يلي الإشعار الأول.\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2023-03-12", [P1, P2])


@pytest.mark.parametrize(("kind", "text"), read_rows("mail_subject.tsv"))
def test_subject_not_repeated_over_the_text_is_the_headline(kind: str, text: str) -> None:
    label, subject = (text, HEAD) if kind == "label" else ("Subject", f"{text}: {HEAD}")
    page = analyse_page("---------- Forwarded message ---------\nFrom: النشرة <news@example.org>\n"
                        f"Date: Sun, 12 Mar 2023 08:15:00 +0300\n{label}: {subject}\n\n{P1}\n\n{P2}\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2023-03-12", [P1, P2])


@pytest.mark.parametrize("credit", ["عين اليوم – الرياض", "الرياض - واس"])
def test_subject_over_a_credit_line_is_the_headline(credit: str) -> None:
    page = analyse_page("مهم\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
                        "From: النشرة <news@example.org>\nDate: 12 March 2023 at 08:15:00 GMT+3\n"
                        f"To: me@example.org\nSubject: Fwd: {HEAD}\n\n{credit}\n\n{P1}\n\n{P2}\n")
    assert (page.headline, page.published) == (HEAD, "2023-03-12")
    assert page.body[-2:] == [P1, P2]


def test_forum_repost() -> None:
    page = analyse_page(f"منتدى الأخبار العامة > الأخبار العربية\n\n{HEAD}\n\nعدد المشاركات: 52\n\nاقتباس:\n\n"
                        f"الأحد 12 مارس 2023\n\n{P1}\n\n{P2}\n\n__________________\nاللهم اغفر لي ولوالدي\n\nرد مع اقتباس\n")
    assert (page.headline, page.body) == (HEAD, [P1, P2])


@pytest.mark.parametrize(("text", "expected"), [
    ("09/03/2018, 22:46 - أبو فهد: *افتتاح مستشفى*", ("09/03/2018, 22:46", "أبو فهد", "*افتتاح مستشفى*")),
    ("[09/03/2018, 22:46:10] +966 55 123 4567: افتتاح مستشفى", ("09/03/2018, 22:46:10", "+966 55 123 4567",
                                                              "افتتاح مستشفى")),
    ("09/03/2018 - الرياض: افتتاح مستشفى", None),  # no clock: a dated line, no chat stamp
    # a chat exporter's header, the message under it (DiscordChatExporter's text)
    ("[3/5/2018 10:42 AM] NewsBot#0001", ("3/5/2018 10:42 AM", "NewsBot#0001", "")),
    ("[05-Mar-18 10:42 PM] قارئ الأخبار", ("05-Mar-18 10:42 PM", "قارئ الأخبار", "")),
    ("12 مستشفى جديدا في الجنوب", None),
])
def test_chat_message(text: str, expected: tuple[str, str, str] | None) -> None:
    assert chat_message(text) == expected


def test_print_header_is_no_chat_message() -> None:
    copied = "28/06/2018, 9:18    وزير الصحة: افتتاح مستشفى | صحيفة الأفق"
    assert chat_message(" ".join(copied.split()), copied) is None


def test_browser_print_to_pdf() -> None:
    stamp = f"14/03/2023, 9:18    {HEAD} | صحيفة الأفق"
    page = analyse_page(f"{stamp}\n\n{HEAD}\n\nالأحد 12 مارس 2023\n\n{P1}\n\n"
                        f"https://www.example.org/news/1    1/2\n\f{stamp}\n\n{P2}\n\nhttps://www.example.org/news/1    2/2\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2023-03-12", [P1, P2])


@pytest.mark.parametrize(("texts", "cuts"), [
    (["عنوان الخبر 1/4", "الفقرة الأولى 2/4", "الفقرة الثانية (3/4)", "الفقرة الثالثة 4/4"],
     {0: len("عنوان الخبر"), 1: len("الفقرة الأولى"), 2: len("الفقرة الثانية"), 3: len("الفقرة الثالثة")}),
    (["فاز الفريق 3/1", "الفقرة الأولى", "تقدم بنسبة 2/3"], {}),  # scores and fractions: no thread
    (["الفقرة الأولى 2/4", "الفقرة الثانية 1/4", "الفقرة الثالثة 3/4"], {}),  # not numbered upwards
])
def test_thread_counter_cuts(texts: list[str], cuts: dict[int, int]) -> None:
    assert thread_counter_cuts(texts) == cuts


def test_thread_copied_from_a_social_network() -> None:
    page = analyse_page(f"صحيفة الأفق\n@AlofoqNews\n\n{HEAD} 1/3\n\n9:18 م · 12 مارس 2023\n\n"
                        f"36 ردود  148 إعادة نشر  325 إعجاب\n\n{P1} 2/3\n\n{P2} 3/3\n\nعرض الردود\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2023-03-12", [P1, P2])


def test_whatsapp_forward() -> None:
    page = analyse_page(f"09/03/2018, 22:46 - أبو فهد: *{HEAD}*\n\n{P1}\n\n{P2}\n\n_المصدر: صحيفة الأفق_\nمنقول\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2018-03-09", [P1, P2])


@pytest.mark.parametrize(("text", "expected"), [
    ("   [1]الرئيسية [2]أخبار [3]سياسة", "   الرئيسية أخبار سياسة"),
    ("     * [12]عنوان خبر آخر", "     * عنوان خبر آخر"),
    ("قال الوزير [3] إن العمل جار", "قال الوزير [3] إن العمل جار"),  # a number standing apart is no link's
])
def test_without_link_numbers(text: str, expected: str) -> None:
    assert without_link_numbers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("[IMG]", True), ("[IMG] [IMG]", True), ("[BUTTON]", True),
                                                ("[pic]", True), ("[IMG] صورة الوزير", False), ("[1]", False),
                                                ("[شعار الموقع]", True), ("[image]", True),  # w3m's alt text
                                                ("[12 مارس]", False), ("[قال الوزير] إن العمل جار", False)])
def test_is_stand_in(text: str, expected: bool) -> None:
    assert is_stand_in(text) is expected


@pytest.mark.parametrize(("raw", "found"), [
    ("نص\n\nReferences\n\n   1. https://example.org/\n", True),
    ("نص\n\nVisible links\n1. https://example.org/\n", True),
    ("نص\n\nReferences\n\nقائمة المراجع في نهاية الكتاب\n", False),  # no numbered addresses under it
    ("نص فقط\n", False),
])
def test_link_list(raw: str, found: bool) -> None:
    assert (link_list(raw) is not None) is found


def test_text_browser_dump() -> None:
    """A page through ``lynx -dump``: link numbers, [IMG], paragraphs wrapped at 79 columns on a
    three-space indent, a related list wrapped on a hanging indent, the References list."""
    wrapped = [textwrap.wrap(p, 79, initial_indent="   ", subsequent_indent="   ") for p in (P1, P2)]
    item = textwrap.wrap("[9]عنوان خبر آخر عن افتتاح المستشفيات الجديدة في المحافظات الجنوبية وخطط الوزارة للعام المقبل",
                         79, initial_indent="     * ", subsequent_indent="       ")
    page = analyse_page("   [1]الرئيسية [2]أخبار [3]سياسة\n\n   [4]صحيفة الأفق\n\n" f"{HEAD}\n\n"
                        "   الأحد 12 مارس 2023\n\n   [IMG]\n\n" + "\n\n".join("\n".join(w) for w in wrapped)
                        + "\n\n   اقرأ أيضا\n\n" + "\n".join(item) + "\n     * [10]خبر ثالث عن التعليم\n\n"
                        "References\n\n   1. https://example.org/\n   2. https://example.org/c/1\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2023-03-12", [P1, P2])
    assert page.related == ["عنوان خبر آخر عن افتتاح المستشفيات الجديدة في المحافظات الجنوبية وخطط الوزارة للعام المقبل",
                            "خبر ثالث عن التعليم"]


@pytest.mark.parametrize(("text", "expected"), [
    ("  * الرئيسية <https://example.org/>", "  * الرئيسية"),
    ("تخطى إلى المحتوى <#content>", "تخطى إلى المحتوى"),
    ("قال الوزير <https://example.org/tag/1/> إن العمل جار", "قال الوزير إن العمل جار"),
    ("راسلونا <mailto:news@example.org>", "راسلونا"),
    ("إذا كان س < 5 و ص > 3", "إذا كان س < 5 و ص > 3"),  # no address
])
def test_without_addresses(text: str, expected: str) -> None:
    assert without_addresses(text) == expected


@pytest.mark.parametrize(("text", "lead"), [
    ("<https://example.org/tag/1/> إن العمل جار", 28),
    ("  <https://example.org/> خبر", 22),
    ("قال الوزير <https://example.org/tag/1/> إن العمل جار", 0),  # the address is not the line's first word
    ("إذا كان س < 5", 0),
])
def test_leading_address(text: str, lead: int) -> None:
    assert leading_address(text) == lead


#: Paragraphs long enough to be wrapped over several lines.
LONG = [P1 + " " + P2, P2 + " " + P1, "وأضاف أن الوزارة ستفتتح مستشفيين آخرين العام المقبل " + P1]


def test_page_saved_as_text() -> None:
    """A browser's "save as text": links followed by their addresses, list items, wrapped at 72."""
    wrapped = [textwrap.wrap(p, 72) for p in (LONG[0], LONG[1].replace("الوزير", "الوزير <https://example.org/t/9/>"),
                                              LONG[2])]
    page = analyse_page("تخطى إلى المحتوى <#content>\n\n  * الرئيسية <https://example.org/>\n  * محليات "
                        "<https://example.org/local/>\n\nصحيفة الأفق <https://example.org/>\n\n"
                        f"{HEAD}\n\n  * محليات <https://example.org/local/>\n  * الأحد 12 مارس 2023\n\n"
                        + "\n\n".join("\n".join(w) for w in wrapped)
                        + "\n\nاقرأ أيضاً\n\n  * عنوان خبر آخر عن الصحة <https://example.org/n/1.html>\n"
                        "  * خبر ثالث عن التعليم <https://example.org/n/2.html>\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2023-03-12", LONG)
    assert page.related == ["عنوان خبر آخر عن الصحة", "خبر ثالث عن التعليم"]


@pytest.mark.parametrize(("raw", "found"), [
    ("نص [1]\n\n[1] https://example.org/a\n[2] https://example.org/b\n", True),
    ("نص [1]\n\n[1] https://example.org/a\n", False),  # one note: no list
    ("نص فقط [1]\n", False),
])
def test_has_link_notes(raw: str, found: bool) -> None:
    assert has_link_notes(raw) is found


@pytest.mark.parametrize(("text", "note", "unmarked"), [
    ("[2] https://example.org/tag/x", True, ""),
    ("قال الوزير [2] إن العمل جار", False, "قال الوزير إن العمل جار"),
    ("  * عنوان خبر آخر [3]", False, "  * عنوان خبر آخر"),
    ("[2]عنوان", False, "[2]عنوان"),  # a text browser's link number, no note mark
])
def test_link_notes(text: str, note: bool, unmarked: str) -> None:
    assert is_link_note(text) is note
    if not note:
        assert without_note_marks(text) == unmarked


@pytest.mark.parametrize(("text", "above", "expected"), [
    ("=" * 20, "افتتاح مستشفى جديد", True), ("-" * 10, "اقرأ أيضاً", True),
    ("-" * 40, "اقرأ أيضاً", False),  # a rule parting sections
    ("=" * 5, "افتتاح ثلاثة مستشفيات جديدة في الجنوب", False),
])
def test_is_underline(text: str, above: str, expected: bool) -> None:
    assert is_underline(text, above) is expected


def test_plain_text_with_setext_heads_and_link_notes() -> None:
    """A converter's plain output: underlined heads, wrapped paragraphs, link marks and notes."""
    wrapped = [textwrap.wrap(p, 70) for p in (LONG[0], LONG[1] + " [2]", LONG[2])]
    page = analyse_page(f"صحيفة الأفق\n===========\n\n{HEAD}\n{'=' * len(HEAD)}\n\nالأحد 12 مارس 2023\n\n"
                        + "\n\n".join("\n".join(w) for w in wrapped)
                        + "\n\nاقرأ أيضاً\n----------\n\n  * عنوان خبر آخر عن الصحة [3]\n  * خبر ثالث عن التعليم [4]\n\n"
                        + "-" * 40 + "\n\n" + "\n".join(f"[{k}] https://example.org/{k}" for k in range(1, 5)) + "\n")
    assert (page.headline, page.published, page.outlet, page.body) == (HEAD, "2023-03-12", "صحيفة الأفق", LONG)
    assert page.related == ["عنوان خبر آخر عن الصحة", "خبر ثالث عن التعليم"]


def test_word_document_through_antiword() -> None:
    """A .doc through antiword: [pic] marks, centred heads, paragraphs wrapped at 76 on a first-line
    indent, a bordered table."""
    wrapped = [textwrap.wrap(p, 76, initial_indent="     ") for p in LONG]
    page = analyse_page("[pic]\n\n" + " " * 30 + "صحيفة الأفق\n\n" + " " * 20 + f"{HEAD}\n\n" + " " * 27
                        + "الأحد 12 مارس 2023\n\n" + "\n".join(wrapped[0]) + "\n\n[pic]\n\n|المحافظة   |العدد |\n"
                        "|القاهرة    |1240  |\n|الجيزة     |860   |\n\n" + "\n\n".join("\n".join(w) for w in wrapped[1:]) + "\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2023-03-12", LONG)


@pytest.mark.parametrize("word", [row[0] for row in read_rows("edit_links.txt")])
def test_plain_drops_every_edit_link(word: str) -> None:
    assert plain(f"مصادر[{word}]") == "مصادر"
    assert plain(f"مصادر [ {word.upper()} ]") == "مصادر"


@pytest.mark.parametrize(("raw", "letters"), [
    (f"{HEAD}\n\n{P1}[a]\n\n{P2}[b]\n\n________________\n\n[a]سارة: هل تأكدنا من الرقم؟\n[b]علي: يحذف\n", {"a", "b"}),
    (f"{HEAD}\n\n{P1}\n\n[a]سارة: هل تأكدنا من الرقم؟\n", set()),  # a listed letter the text marks nowhere
    (f"{HEAD}\n\n{P1}\n\n{P2}\n", set()),
])
def test_comment_letters(raw: str, letters: set[str]) -> None:
    assert comment_letters(raw) == letters


def test_comment_notes_and_marks() -> None:
    letters = frozenset({"a"})
    assert is_comment_note("[a]سارة: هل تأكدنا من الرقم؟", letters)
    assert not is_comment_note("[b]سارة: هل تأكدنا من الرقم؟", letters)
    assert without_comment_marks(f"{P1}[a]", letters) == P1
    assert without_comment_marks("المادة [b] من القانون", letters) == "المادة [b] من القانون"


def test_a_word_processor_s_comments_are_no_text() -> None:
    page = analyse_page(f"\ufeff{HEAD}\n\n{P1}[a]\n\n{P2}\n\n________________\n\n[a]سارة: هل تأكدنا من الرقم؟\n")
    assert (page.headline, page.body) == (HEAD, [P1, P2])


def test_a_chat_exporter_s_message_under_its_header() -> None:
    page = analyse_page("=" * 40 + "\nGuild: أخبار العرب\nChannel: الأخبار / عاجل\n" + "=" * 40 + "\n\n"
                        f"[3/5/2018 10:42 AM] NewsBot#0001\n**{HEAD}**\n{P1}\n{P2}\n\n{{Reactions}}\n👍 (12) 😢 (3)\n\n"
                        + "=" * 40 + "\nExported 1 message(s)\n" + "=" * 40 + "\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2018-03-05", [P1, P2])
