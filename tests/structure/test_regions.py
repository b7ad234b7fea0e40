"""Regions around the article in a text dump: stacked menus, kickers, labelled lines, comment sections."""

from __future__ import annotations

import pytest

from khabar.structure import analyse_page
from khabar.structure.data import read_rows
from khabar.structure.lines import FURNITURE, TEXT, classify, split_lines
from khabar.structure.regions import (
    is_kicker,
    is_letterhead,
    label_kind,
    mark_chapters,
    mark_comments,
    mark_labelled,
    mark_name_roles,
    mark_stacked_menu,
    mark_tables,
)

PROSE = "وقال وزير المياه في مؤتمر صحفي إن المخزون الحالي يكفي حتى نهاية الصيف إذا التزم الجميع."


def _lines(text: str):
    lines, _ = split_lines(text)
    return [classify(line) for line in lines]


@pytest.mark.parametrize(("kind", "label"), [r for r in read_rows("labels.tsv")])
def test_every_label_is_read(kind: str, label: str) -> None:
    assert label_kind(label) == kind
    assert label_kind(label + "،") == kind


TICKER = "عاجل\nانتشال غريقين في مياه راكدة بجازان\nارتفاع التضخم في اليابان الشهر الماضي\n\n"


@pytest.mark.parametrize(("page", "kinds"), [
    (TICKER + "الحكومة تعلن خطة لترشيد المياه\n" + PROSE, [FURNITURE] * 3 + [TEXT, TEXT]),
    ("عاجل\nالحكومة تعلن خطة لترشيد المياه\n\n" + PROSE, [FURNITURE, TEXT, TEXT]),  # its own headline
    (PROSE + "\n" + TICKER + PROSE, [TEXT, FURNITURE, TEXT, TEXT, TEXT]),  # under the prose: left alone
])
def test_a_breaking_ticker_over_the_article_is_furniture(page: str, kinds: list[str]) -> None:
    lines = _lines(page)
    mark_labelled(lines)
    assert [ln.kind for ln in lines] == kinds


@pytest.mark.parametrize(("page", "kinds"), [
    ("أبرز النقاط\n• الحكومة تعلن خطة لترشيد المياه\n• المخزون يكفي حتى نهاية الصيف\n\n" + PROSE,
     [FURNITURE] * 3 + [TEXT]),
    ("باختصار\n" + PROSE, [TEXT, TEXT]),  # no bullet under it: a word over the text, left alone
    ("ملخص الخبر:\n- الحكومة تعلن خطة لترشيد المياه\n\n- بند بعد سطر فارغ\n" + PROSE,
     [FURNITURE, FURNITURE, TEXT, TEXT]),
])
def test_a_key_points_box_is_furniture(page: str, kinds: list[str]) -> None:
    lines = _lines(page)
    mark_labelled(lines)
    assert [ln.kind for ln in lines] == kinds


@pytest.mark.parametrize(("label", "kind"), [("قد يعجبك أيضا - إعلان", "sponsored"), ("روابط مقترحة (ممول)", "sponsored"),
                                           ("وزير الإعلام", None)])
def test_a_header_marked_as_advertising_is_a_sponsored_label(label: str, kind: str | None) -> None:
    assert label_kind(label) == kind


def test_paid_links_and_their_advertisers_are_furniture() -> None:
    lines = _lines(f"{PROSE}\n\nمحتوى مدعوم\nهل تعرف سر هذه الجزيرة؟\nTaboola\nأسعار الشقق تفاجئ الجميع!\n"
                   "إعلان ممول\n\nاقرأ أيضا\n")
    mark_labelled(lines)
    assert [ln.kind for ln in lines][1:6] == [FURNITURE] * 5
    assert lines[6].kind != FURNITURE


@pytest.mark.parametrize(("page", "byline"), [
    ("عزيزة المانع\nكاتبة صحفية\n\nحكايات مغترب فقير\n", "عزيزة المانع"),
    ("سامي الخطيب\nأستاذ العلوم السياسية\n\nعن الانتخابات المقبلة\n", "سامي الخطيب"),
    ("عزيزة المانع\n\nكاتبة صحفية\n", None),  # a blank between: no author box
    (PROSE + "\nسامي الخطيب\nأستاذ العلوم السياسية\n", None),  # after the prose
    # under a long headline (no closing stop): the headline is no prose
    ("لماذا تراجعت أسعار النفط في الأسواق العالمية خلال الأسابيع الثلاثة الماضية رغم خفض الإنتاج\n\n"
     "منى خالد\nكاتبة ومحللة سياسية\n\n" + PROSE, "منى خالد"),
    # under a first long line that is a sentence: prose
    (PROSE + "\n\nسامي الخطيب\nأستاذ العلوم السياسية\n", None),
])
def test_a_name_over_a_writer_role_is_the_byline(page: str, byline: str | None) -> None:
    lines = _lines(page)
    mark_name_roles(lines)
    assert next((ln.value for ln in lines if ln.kind == "byline"), None) == byline


def test_a_menu_one_item_a_line_is_furniture() -> None:
    lines = _lines("تسجيل الدخول\nالرئيسية\nأخبار محلية\nعربي ودولي\nاقتصاد\n\nالحكومة تعلن خطة لترشيد المياه\n")
    mark_stacked_menu(lines)
    assert [ln.kind for ln in lines] == [FURNITURE] * 5 + [TEXT]


def test_short_lines_that_are_no_menu_stay() -> None:
    lines = _lines("سارة الحسن\nمراد بن علي\nسمير الخوري\n")
    mark_stacked_menu(lines)
    assert all(ln.kind == TEXT for ln in lines)


@pytest.mark.parametrize(("page", "expected"), [
    ("عرب وعالم\n\nمبعوث الأمم المتحدة يصل إلى صنعاء لاستئناف المفاوضات\n\nكتب محمد أحمد\n14 نوفمبر 2017\n", True),
    ("عرب وعالم\n\nمبعوث الأمم المتحدة يصل إلى صنعاء لاستئناف المفاوضات\n\n" + PROSE + "\n", False),
    ("صنعاء تستقبل المبعوث\nمبعوث الأمم المتحدة يصل\n14 نوفمبر 2017\n", False),  # not twice as long
])
def test_a_kicker_sits_over_a_headline_and_its_date(page: str, expected: bool) -> None:
    assert is_kicker(_lines(page), 0) is expected


def test_labelled_caption_and_tags_are_furniture() -> None:
    lines = _lines(f"{PROSE}\nالتعليق على الصورة،\nالرئيس خلال زيارته\n{PROSE}\nالوسوم\nمياه\nصيف\n")
    mark_labelled(lines)
    assert [ln.kind for ln in lines] == [TEXT, FURNITURE, FURNITURE, TEXT, FURNITURE, FURNITURE, FURNITURE]


def test_a_comment_section_after_the_text_ends_the_article() -> None:
    page = (f"{PROSE}\nتعليقات الزوار (2)\n1 - أبو محمد\nكلام جميل لكن أين التطبيق على أرض الواقع يا سادة\n"
            "الأكثر قراءة\nافتتاح معرض للكتاب في المدينة القديمة\n")
    lines = _lines(page)
    mark_comments(lines, 0)
    assert [ln.kind for ln in lines][:4] == [TEXT, FURNITURE, FURNITURE, FURNITURE]
    assert lines[5].kind == TEXT  # after the related header: left to the related reader


def test_a_comment_count_in_the_page_head_opens_no_section() -> None:
    lines = _lines(f"3 تعليقات\n{PROSE}\n{PROSE}\n")
    mark_comments(lines, 0)
    assert [ln.kind for ln in lines][1:] == [TEXT, TEXT]


@pytest.mark.parametrize("table", [
    "المحافظة\tالعدد\tالنسبة\nالقاهرة\t1240\t32%\nالجيزة\t860\t22%\n",
    "الفريق | النقاط\nالأهلي | 45\nالزمالك | 41\nالمصري | 30\n",
])
def test_a_data_table_is_furniture(table: str) -> None:
    lines = _lines(table)
    mark_tables(lines)
    assert all(ln.kind == FURNITURE for ln in lines)


@pytest.mark.parametrize("text", [
    "المحافظة\tالعدد\nالقاهرة\t1240\n",  # two rows: no table
    "أولا | الاقتصاد\nثانيا | السياسة\nثالثا | المجتمع\n",  # no figures
    "القاهرة | 1240\nالجيزة | 860 | 22%\nأسيوط | 300\n",  # rows of different widths
])
def test_rows_that_are_no_table_stay(text: str) -> None:
    lines = _lines(text)
    kinds = [ln.kind for ln in lines]
    mark_tables(lines)
    assert [ln.kind for ln in lines] == kinds


def test_a_table_under_rows_without_figures_starts_where_the_figures_do() -> None:
    lines = _lines("أولا | ثانيا\nثالثا | رابعا\nخامسا | سادسا\nسابعا | ثامنا\n"
                   "القاهرة | 1240\nالجيزة | 860\nأسيوط | 300\n")
    mark_tables(lines)
    assert [ln.kind for ln in lines] == [TEXT] + [FURNITURE] * 6


def test_each_line_of_a_long_run_of_rows_is_split_into_cells_about_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a poem of short hemistichs set apart by wide spaces is a long run of two-cell rows without
    # figures: read again from each of its lines, 4,000 verses took 24 s
    import khabar.structure.regions as regions

    calls = []
    cells = regions._cells
    monkeypatch.setattr(regions, "_cells", lambda line: calls.append(line) or cells(line))
    lines = _lines("\n".join(f"يا ليل الصب {k}  متى غده" for k in range(300)))
    mark_tables(lines)
    assert len(calls) <= 2 * len(lines)
    assert all(ln.kind == TEXT for ln in lines)


@pytest.mark.parametrize(("page", "expected"), [
    ("بسم الله الرحمن الرحيم\n", [True]),
    ("المملكة الأردنية الهاشمية\nوزارة الداخلية\nمديرية الإعلام والاتصال\n", [True, True, True]),
    ("وزارة الداخلية تحذر من الطقس\n\n" + PROSE + "\n", [False, False]),  # a headline alone
    ("وزارة الصحة\n\nهيئة الدواء\n", [False, False]),  # set apart: no letterhead
])
def test_a_letterhead_is_the_basmala_or_office_lines_together(page: str, expected: list[bool]) -> None:
    lines = _lines(page)
    assert [is_letterhead(lines, i) for i in range(len(lines))] == expected


CAMPAIGN = "وأضاف أن الحملة تستمر أسبوعين في جميع المحافظات وتشمل الأطفال دون سن الخامسة."


def test_an_official_statement_reads_its_title_under_the_letterhead() -> None:
    page = ("بسم الله الرحمن الرحيم\n\nدولة الكويت\nوزارة الصحة\nإدارة العلاقات العامة\n\nالرقم: 12/4/3321\n"
            "التاريخ: 12/05/2019 م\n\nالوزارة تطلق حملة للتطعيم ضد الحصبة\n\n" + PROSE + "\n\n" + CAMPAIGN
            + "\n\nوالله ولي التوفيق\n\nإدارة العلاقات العامة\nوزارة الصحة\n")
    fields = analyse_page(page)
    assert fields.headline == "الوزارة تطلق حملة للتطعيم ضد الحصبة"
    assert fields.published == "2019-05-12"
    assert fields.body == [PROSE, CAMPAIGN, "والله ولي التوفيق"]
    assert fields.related == []


@pytest.mark.parametrize(("kind", "words"), read_rows("letterhead.tsv"))
def test_every_letterhead_entry_is_read(kind: str, words: str) -> None:
    page = f"{words}\n" if kind == "formula" else f"{words} الإعلامي\n{words} العامة\n"
    lines = _lines(page)
    assert all(is_letterhead(lines, i) for i in range(len(lines)))


MAIL_BODY = ("وقال وزير المياه في مؤتمر صحفي إن المخزون الحالي يكفي حتى نهاية الصيف إذا التزم الجميع.\n\n"
             "وأضاف أن الوزارة ستعلن خطة جديدة لترشيد الاستهلاك خلال الأسبوع المقبل بالتعاون مع البلديات.\n")


@pytest.mark.parametrize("label", [row[0] for row in read_rows("mail_headers.txt")])
def test_every_mail_header_is_envelope(label: str) -> None:
    page = (f"للاطلاع\n\n-----الرسالة الأصلية-----\n{label}: النشرة الإخبارية\n\n"
            f"الحكومة تعلن خطة لترشيد المياه\n\n{MAIL_BODY}")
    fields = analyse_page(page)
    assert fields.headline == "الحكومة تعلن خطة لترشيد المياه"
    assert f"{label}: النشرة الإخبارية" not in fields.body


@pytest.mark.parametrize(("cover", "published"), [
    ("للاطلاع\n\nسامي\n\n---------- Forwarded message ---------\nFrom: النشرة <news@example.org>\n"
     "Date: Mon, 12 Mar 2018 08:10:00 +0300\nSubject: الحكومة تعلن خطة لترشيد المياه\n\n", "2018-03-12"),
    # without a date of the message's own, the reply's or the envelope's date stands in
    ("شوفوا هالخبر\n\nفي الثلاثاء، 13 مارس 2018 في 10:22 ص، كتب النشرة <news@example.org>:\n\n", "2018-03-13"),
    ("مرسل للعلم\n\n-----الرسالة الأصلية-----\nمن: النشرة [mailto:news@example.org]\n"
     "تاريخ الإرسال: الخميس، 15 مارس 2018 6:14 م\nالموضوع: الحكومة تعلن خطة لترشيد المياه\n\n", "2018-03-15"),
])
def test_forwarded_mail_cover_is_furniture(cover: str, published: str) -> None:
    quoted = cover.startswith("شوفوا")
    message = f"الحكومة تعلن خطة لترشيد المياه\n\n{MAIL_BODY}"
    if quoted:  # a reply quotes every line, its blank lines as ">"
        message = "\n".join(f"> {line}" if line else ">" for line in message.rstrip("\n").split("\n")) + "\n"
    fields = analyse_page(cover + message)
    assert fields.headline == "الحكومة تعلن خطة لترشيد المياه"
    assert len(fields.body) == 2 and fields.body[0].startswith("وقال وزير المياه")
    assert fields.published == published


def test_name_over_follow_button_is_byline() -> None:
    page = ("الحكومة تعلن خطة لترشيد المياه\nسارة الخطيب\n·\nFollow\n5 min read\n·\nMar 12, 2018\n\n" + MAIL_BODY
            + "\nMore from سارة الخطيب and مدونة الأفق\n\nسارة الخطيب\nخبر أول عن الطقس في الشمال\n"
            "4 min read·Mar 3, 2018\n121\n\nسارة الخطيب\nخبر ثان عن الأسعار في الأسواق\n7 min read·Mar 1, 2018\n12\n")
    fields = analyse_page(page)
    assert fields.byline == "سارة الخطيب"
    assert fields.published == "2018-03-12"
    assert fields.related == ["خبر أول عن الطقس في الشمال", "خبر ثان عن الأسعار في الأسواق"]


@pytest.mark.parametrize(("text", "expected"), [
    ("00:00 المقدمة\n03:12 خلفية القضية\n11:40 ماذا قال المسؤولون\n1:02:05 الخلاصة\n", [FURNITURE] * 4),
    ("00:00 المقدمة\n03:12 خلفية القضية\n", [TEXT] * 2),  # two marks: no list
    # a live blog's entries: newest first, each a paragraph
    ("18:40 الجيش يعلن السيطرة على المعبر\n17:15 وصول الوفد\n16:02 بدء الاجتماع\n", [TEXT] * 3),
])
def test_chapter_marks_are_furniture(text: str, expected: list[str]) -> None:
    lines = _lines(text)
    mark_chapters(lines)
    assert [ln.kind for ln in lines] == expected


def test_a_podcast_episode_page() -> None:
    text = ("صحيفة الأفق | بودكاست\n\nحديث الساعة\nالحلقة 41\nالحكومة تعلن خطة جديدة لدعم المزارعين في الريف\n"
            "15 أغسطس 2018 · 27 دقيقة\n\nتشغيل\n00:00 / 27:32\n1x\n\nاستمع على: Spotify | Apple Podcasts\n\n"
            "عن الحلقة\n\nأعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم المزارعين في المناطق الريفية تشمل قروضا.\n\n"
            "وقال وزير الزراعة إن الخطة تستهدف أكثر من عشرين ألف مزارع خلال العام المقبل في كل المحافظات.\n\n"
            "محاور الحلقة:\n00:41 المقدمة\n08:17 خلفية القضية\n15:33 ردود الفعل\n\nتقديم: سارة الخطيب\n\n"
            "حلقات أخرى\n\nالحلقة 40\nالبنك المركزي يبقي أسعار الفائدة دون تغيير\n8 أغسطس 2018 · 31 دقيقة\n\n"
            "الحلقة 39\nوزارة الصحة تطلق حملة تطعيم جديدة\n1 أغسطس 2018 · 22 دقيقة\n")
    page = analyse_page(text)
    assert (page.headline, page.published, page.byline) == (
        "الحكومة تعلن خطة جديدة لدعم المزارعين في الريف", "2018-08-15", "سارة الخطيب")
    assert len(page.body) == 2
    assert page.related == ["البنك المركزي يبقي أسعار الفائدة دون تغيير", "وزارة الصحة تطلق حملة تطعيم جديدة"]


def test_a_bordered_table_is_furniture() -> None:
    lines = _lines("|المحافظة   |العدد |\n|القاهرة    |1240  |\n|الجيزة     |860   |\n")
    mark_tables(lines)
    assert all(ln.kind == FURNITURE for ln in lines)


CAPTIONED_PROSE = ("أعلنت الحكومة اليوم خطة جديدة لترشيد استهلاك المياه خلال أشهر الصيف في الأحياء السكنية.\n\n"
         "وقال وزير المياه إن المخزون الحالي يكفي حتى نهاية الصيف إذا التزم الجميع بالخطة.\n")


@pytest.mark.parametrize(("credit", "caption_kept"), [
    ("© Sputnik . سارة الحسن", False),  # a photo's credit under its caption
    ("© AFP", False),
    ("تصوير: سارة الحسن", False),
    ("© 2018 صحيفة الأفق", True),  # a foot's copyright, no photo's credit
])
def test_a_short_line_over_a_photo_credit_is_its_caption(credit: str, caption_kept: bool) -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n14/11/2017\n\nالوزراء خلال الاجتماع الأسبوعي في العاصمة\n{credit}\n\n{CAPTIONED_PROSE}")
    assert page.headline == "الحكومة تعلن خطة للمياه"
    assert ("الوزراء خلال الاجتماع الأسبوعي في العاصمة" in page.body) == caption_kept


@pytest.mark.parametrize("credit", ["صورة أرشيفية", "تصوير: سارة الحسن", "© رويترز"])
def test_a_headline_over_its_lead_photo_s_credit_stays_the_headline(credit: str) -> None:
    page = analyse_page(f"الحكومة تعلن خطة جديدة لترشيد المياه\n{credit}\n\n{CAPTIONED_PROSE}")
    assert page.headline == "الحكومة تعلن خطة جديدة لترشيد المياه"
    assert page.body[0].startswith("أعلنت الحكومة اليوم")


def test_tags_one_a_line_include_those_another_reading_knows() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n14/11/2017\n\n{PROSE}\n\nالوسوم\nإعلان\nالشرق\nالمياه\n")
    assert page.body == [PROSE]


def test_a_related_header_right_under_the_tags_still_heads_its_block() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n14/11/2017\n\n{PROSE}\n\nالوسوم\nالمياه\nأخبار ذات صلة\n"
                        "افتتاح أكبر محطة لتحلية مياه البحر في الساحل\nالحكومة تقر خطة جديدة لتطوير شبكات الصرف\n")
    assert page.related == ["افتتاح أكبر محطة لتحلية مياه البحر في الساحل", "الحكومة تقر خطة جديدة لتطوير شبكات الصرف"]


def test_a_closing_formula_over_the_footer_s_credit_is_no_caption() -> None:
    page = analyse_page(f"الوزارة تعلن خطة للمياه\n14/11/2017\n\n{PROSE}\n\nوالله ولي التوفيق\n© وزارة المياه\n")
    assert page.body == [PROSE, "والله ولي التوفيق"]



def test_the_closing_photo_s_caption_over_a_photographer_s_credit_goes() -> None:
    page = analyse_page(f"الوزارة تعلن خطة للمياه\n14/11/2017\n\n{PROSE}\n\nالوزير خلال المؤتمر الصحفي\nتصوير: محمد علي\n")
    assert page.body == [PROSE]
