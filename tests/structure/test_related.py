"""Related headlines of a text dump (structure/related.py): a trailing run of short lines after a
body of paragraphs is a related block; after a body of short lines (a poem) it is more of the body."""

from __future__ import annotations

import pytest

from khabar.structure import analyse_page

HEAD = "افتتاح ثلاثة مستشفيات جديدة في الجنوب"
P1 = "أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة ستمئة سرير."
P2 = "وقال الوزير إن العمل جار على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات بكامل طاقتها."
LINKS = ["الحكومة تعلن خطة لترشيد استهلاك المياه", "ارتفاع أسعار النفط في الأسواق العالمية",
         "افتتاح معرض الكتاب الدولي في العاصمة"]
VERSES = ["يا شاكي الهم زيح الهم من راسك", "فرصة شبابك بهمك لا تجرعها", "أدري ولكن مهما كان بإحساسك",
          "أبواب الأفراح لك ربي مشرعها", "أصبر ومع كل صبرك شيع أتعاسك", "صبر المشاعر عن الزلة يورعها",
          "اقطع جذور الأسى واليأس من ساسك", "حاول وجرب تجنب ما يسرعها"]


def test_trailing_run_after_paragraphs_is_related() -> None:
    links = "\n".join(LINKS)
    page = analyse_page(f"{HEAD}\n\nالأحد 12 مارس 2023\n\n{P1}\n\n{P2}\n\n\n{links}\n")
    assert page.body == [P1, P2]
    assert page.related == LINKS


@pytest.mark.parametrize(("intro", "listed"), [
    # a sentence announcing the table under it: its rows are the article's
    ("وفيما يلي أسماء المستشفيات الثلاثة وعدد الأسرة في كل منها:", True),
    # a header as short as a related block's (عناوين اليوم:) may head links
    ("عناوين اليوم:", False),
    # a sentence naming what links are (news, articles) announces a block of links
    ("ولمزيد من المعلومات يمكنكم الاطلاع على الأخبار التالية:", False),
])
def test_rows_after_a_sentence_announcing_them_stay_body(intro: str, listed: bool) -> None:
    rows = ["مستشفى الجنوب العام 250 سريرا", "مستشفى الأطفال التخصصي 200 سرير", "مستشفى النساء والولادة 150 سريرا"]
    page = analyse_page(f"{HEAD}\n\nالأحد 12 مارس 2023\n\n{P1}\n\n{P2}\n\n{intro}\n\n" + "\n\n".join(rows) + "\n")
    assert (page.related == []) is listed
    assert all(row in page.body for row in rows) is listed


def test_last_verses_of_a_poem_stay_body() -> None:
    first, last = "\n".join(VERSES[:5]), "\n".join(VERSES[5:])
    page = analyse_page(f"قصيدة الهم\n\nالأحد 12 مارس 2023\n\n{first}\n\n\n{last}\n")
    assert page.related == []
    assert page.body[-3:] == VERSES[5:]


@pytest.mark.parametrize("header", ["مقالات أخرى للكاتب", "المزيد من مقالات الكاتب", "مقالات سابقة للكاتب"])
def test_writer_list_header_opens_a_related_block_after_a_poem(header: str) -> None:
    verses, links = "\n\n".join(VERSES), "\n".join(LINKS)
    page = analyse_page(f"قصيدة الهم\n\nالأحد 12 مارس 2023\n\n{verses}\n\n{header}\n{links}\n")
    assert page.related == LINKS
    assert page.body[-3:] == VERSES[-3:]  # (the first verse may read as a deck)
    assert header in page.furniture


def test_links_under_a_header_after_an_end_mark_stay_related() -> None:
    links = "\n".join(LINKS)
    page = analyse_page(f"{HEAD}\n\nالأحد 12 مارس 2023\n\n{P1}\n\n{P2}\n\n// انتهى //\n\n"
                        f"ملاحظة المحرر عن المصدر\n\nمقالات أخرى للكاتب\n{links}\n")
    assert page.body == [P1, P2]
    assert page.related == LINKS
    assert "ملاحظة المحرر عن المصدر" in page.furniture


def test_a_date_beside_each_link_is_no_link() -> None:
    """A CMS's 'other news' list dating each link on the line under it (``04-01-2018``): the dates are
    furniture, not links cut at a list number (``01-2018``)."""
    dated = "\n".join(f"{link}\n{day:02d}-03-2018" for day, link in zip((11, 10, 9), LINKS, strict=True))
    page = analyse_page(f"{HEAD}\n\nالأحد 12 مارس 2023\n\n{P1}\n\n{P2}\n\nأخبار أخرى\n\n{dated}\n")
    assert page.related == LINKS
    assert page.body == [P1, P2]


@pytest.mark.parametrize("notice", ["You are subscribed to email updates from صحيفة الأفق.",
                                    "لإلغاء الاشتراك في النشرة اضغط هنا"])
def test_a_mailings_subscription_notice_closes_the_text(notice: str) -> None:
    links = "\n".join(LINKS)
    page = analyse_page(f"{HEAD}\n\nالأحد 12 مارس 2023\n\n{P1}\n\n{P2}\n\nMore Recent Articles\n{links}\n\n"
                        f"{notice}\n\nGoogle, 1600 Amphitheatre Parkway, Mountain View, CA 94043, United States\n")
    assert page.body == [P1, P2]
    assert page.related == LINKS


@pytest.mark.parametrize("link", ["اقرأ المزيد", "المقال التالي"])
def test_read_more_link_over_a_headline_heads_a_related_block(link: str) -> None:
    page = analyse_page(f"{HEAD}\n\nالأحد 12 مارس 2023\n\n{P1}\n\n{link}\n{LINKS[0]}\n\n{P2}\n")
    assert page.body == [P1, P2]
    assert page.related == [LINKS[0]]


def test_read_more_link_under_a_teaser_stays_furniture() -> None:
    page = analyse_page(f"{HEAD}\n\nالأحد 12 مارس 2023\n\n{P1}\n\nاقرأ المزيد\n\n{P2}\n")
    assert page.body == [P1, P2]
    assert page.related == []
