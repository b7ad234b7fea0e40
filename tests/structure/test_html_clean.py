"""Markup rewrites before main-text extraction: comment sections opened by a heading removed,
<font> unwrapped, layout tables as divs; the article's own text never touched."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from khabar.structure import html, html_clean
from khabar.structure.html_clean import readable_page


def markup(page: str) -> str:
    """The readable markup of a page."""
    return readable_page(page).html


ARTICLE = "<article><h1>عنوان</h1><p>قال الوزير إن ردود الفعل الدولية كانت إيجابية.</p></article>"


@pytest.mark.parametrize("section", [
    '<div class="responses"><h3>ردود القراء</h3><div class="r"><b>سامي</b><p>{c}</p></div></div>',
    '<div class="box"><div class="box-head">تعليقات القراء (1)</div><div class="x"><p>{c}</p></div></div>',
    '<section><h4><span>التعليقات</span> <span>(1)</span></h4><ol><li><p>{c}</p></li></ol></section>',
])
def test_headed_comment_section_is_removed(section: str) -> None:
    comment = "أتمنى أن تنفذ هذه الوعود هذه المرة لأننا سمعنا الكلام نفسه في العام الماضي دون أي نتيجة."
    page = f"<html><body>{ARTICLE}{section.format(c=comment)}<footer>© 2020</footer></body></html>"
    out = markup(page)
    assert comment not in out
    assert "ردود الفعل الدولية كانت إيجابية" in out and "© 2020" in out


def test_blocks_after_the_next_section_heading_stay() -> None:
    page = ("<html><body><div>" + ARTICLE + "<h3>التعليقات</h3><p>تعليق قارئ طويل بعض الشيء.</p>"
            '<h3>اقرأ أيضا</h3><ul><li><a href="/1">خبر آخر عن الموضوع نفسه</a></li></ul></div></body></html>')
    out = markup(page)
    assert "تعليق قارئ" not in out and "خبر آخر عن الموضوع نفسه" in out


def test_page_without_comment_heading_is_unchanged() -> None:
    page = f"<html><body>{ARTICLE}</body></html>"
    assert markup(page) == page


def test_font_tags_are_unwrapped() -> None:
    assert markup('<p><font face="Tahoma" size="3">نص <b>الخبر</b></font></p>') == "<p>نص <b>الخبر</b></p>"


def test_layout_tables_become_divs_data_tables_stay() -> None:
    layout = "<table><tr><td><table><tr><td>قائمة</td></tr></table></td></tr></table>"
    data = "<table><tr><th>المدينة</th><td>القاهرة</td></tr></table>"
    assert "<table" not in markup(layout)
    assert markup(data) == data


@pytest.mark.parametrize("embed", [
    '<blockquote class="twitter-tweet"><p lang="ar">تغريدة حول الموضوع</p>&mdash; حساب (@acc) '
    '<a href="https://twitter.com/acc/status/1">May 1, 2018</a></blockquote>',
    '<blockquote class="instagram-media" data-instgrm-permalink="https://instagram.com/p/x"><p>منشور</p></blockquote>',
])
def test_embedded_social_posts_are_removed(embed: str) -> None:
    out = markup(f"<html><body>{ARTICLE}{embed}</body></html>")
    assert "<blockquote" not in out and "ردود الفعل الدولية" in out


def test_quotation_blockquote_stays() -> None:
    page = f"<html><body>{ARTICLE}<blockquote><p>«لن نتراجع عن قرارنا»</p></blockquote></body></html>"
    assert "لن نتراجع عن قرارنا" in markup(page)


def test_cookie_banner_is_removed_a_page_classed_cookie_is_not() -> None:
    banner = '<div id="cookie-notice"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك.</p><button>موافق</button></div>'
    out = markup(f'<html><body class="cookies-accepted">{banner}{ARTICLE}</body></html>')
    assert "ملفات تعريف الارتباط" not in out and "ردود الفعل الدولية" in out


@pytest.mark.parametrize("wall", [
    '<div class="paywall"><h2>هذا المقال حصري للمشتركين</h2><p>اشترك الآن واحصل على الشهر الأول بدولار واحد فقط.</p>'
    "<ul><li>وصول غير محدود إلى جميع المقالات</li></ul></div>",
    '<section id="regwall-box"><p>اشترك الآن واحصل على الشهر الأول بدولار واحد فقط.</p></section>',
])
def test_paywall_box_is_removed_the_gated_article_stays(wall: str) -> None:
    out = markup(f"<html><body>{ARTICLE}{wall}</body></html>")
    assert "اشترك الآن" not in out and "ردود الفعل الدولية" in out
    long_body = "<article class='story paywalled'>" + "<p>قال الوزير إن ردود الفعل الدولية كانت إيجابية.</p>" * 20
    assert "ردود الفعل الدولية" in markup(f"<html><body>{long_body}</article></body></html>")


UPDATES = ["الدفاع المدني يعلن السيطرة على حريق في مستودع بالمنطقة الصناعية",
           "وزارة الصحة تسجل ارتفاعا في عدد الإصابات اليومية بالمرض",
           "البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة"]


@pytest.mark.parametrize(("item", "removed"), [
    ('<li><span class="hour">{h}</span><p>{u}</p></li>', True),  # live coverage: time, sentence
    ("<li><time>{h}</time> {u}</li>", True),
    ('<li><span>{h}</span><a href="/n">{u}</a></li>', False),  # timed headline links: maybe related
    ("<li>{u} في الساعة {h}</li>", False),  # the time is not the item's opening
])
def test_timeline_of_timed_sentences_is_removed(item: str, removed: bool) -> None:
    items = "".join(item.format(h=f"{9 + i}:1{i}", u=u) for i, u in enumerate(UPDATES))
    out = markup(f"<html><body>{ARTICLE}<ol>{items}</ol></body></html>")
    assert (UPDATES[0] not in out) is removed
    assert "ردود الفعل الدولية" in out


PARAGRAPH = "<p>قال الوزير إن الحكومة ستعلن خلال الأسبوع المقبل عن حزمة من الإجراءات لدعم الأسر محدودة الدخل.</p>"
PAGES = {  # page -> selectolax parses of it (and of its rewrites) for the whole of html_record
    "clean": (f"<html><body>{ARTICLE}{PARAGRAPH}</body></html>", 1),
    "data table": (f"<html><body>{ARTICLE}<table><tr><td>القاهرة</td></tr></table></body></html>", 1),
    "font": (f'<html><body>{ARTICLE}<p><font size="3">{PARAGRAPH}</font></p></body></html>', 1),
    "table and font": (f"<html><body><table><tr><td>س</td></tr></table><font>{PARAGRAPH}</font></body></html>", 2),
    "layout tables": (f"<html><body><table><tr><td><table><tr><td>{PARAGRAPH}</td></tr></table>"
                      "</td></tr></table></body></html>", 2),
    "comments": (f"<html><body>{ARTICLE}<h3>التعليقات</h3><p>قارئ</p>{PARAGRAPH}</body></html>", 2),
    "cookie and text runs": (f'<html><body><div>نص قبل <span id="cookie-bar">نقبل</span> نص بعد</div>'
                             f"{PARAGRAPH}</body></html>", 2),
}


@pytest.mark.parametrize("page", [page for page, _ in PAGES.values()], ids=list(PAGES))
def test_the_tree_given_is_a_parse_of_the_markup_given(page: str) -> None:
    """The readers get the page as its markup reads, whether or not the cleaning edited a tree."""
    readable = readable_page(page)
    assert readable.tree.html == HTMLParser(readable.html).html
    text_runs = [n.text(deep=False) for n in readable.tree.root.traverse(include_text=True) if n.tag == "-text"]
    assert text_runs == [n.text(deep=False) for n in HTMLParser(readable.html).root.traverse(include_text=True)
                         if n.tag == "-text"]


@pytest.mark.parametrize(("page", "parses"), list(PAGES.values()), ids=list(PAGES))
def test_a_page_is_parsed_once_unless_its_markup_is_rewritten(page: str, parses: int,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def counting(markup: str) -> HTMLParser:
        seen.append(markup)
        return HTMLParser(markup)

    for module in (html, html_clean):  # the page's own parses (the densest block is copied apart)
        monkeypatch.setattr(module, "HTMLParser", counting, raising=False)
    html.html_record(page)
    assert len(seen) == parses


STORY = "<p>" + " ".join(["أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية."] * 8) + "</p>"
NEXT = "<p>" + " ".join(["افتتح المعرض الدولي للكتاب أبوابه أمام الزوار بمشاركة مئات الناشرين."] * 8) + "</p>"


def test_story_loaded_under_the_article_is_removed() -> None:
    page = (f"<html><body><main><article><h1>خطة لدعم المزارعين</h1>{STORY}</article>"
            f"<div class='divider'>المقال التالي</div><article><h1>افتتاح معرض الكتاب</h1>{NEXT}</article>"
            f"</main></body></html>")
    out = markup(page)
    assert "خطة لدعم المزارعين" in out and "المناطق الريفية" in out
    assert "افتتاح معرض الكتاب" not in out and "المعرض الدولي" not in out


@pytest.mark.parametrize("others", [
    # cards of other stories: lesser headings and teasers
    "<article><h3><a href='/2'>افتتاح معرض الكتاب</a></h3><p>افتتح المعرض أبوابه.</p></article>" * 3,
    # the updates of a live page: no headline of their own
    ("<article><time>10:30</time>" + NEXT + "</article>") * 2,
])
def test_cards_and_updates_stay(others: str) -> None:
    page = f"<html><body><article><h1>خطة لدعم المزارعين</h1>{STORY}</article>{others}</body></html>"
    assert markup(page) == page


def test_a_wiki_headings_edit_link_is_removed() -> None:
    page = ('<html><body><div class="mw-parser-output"><h2><span class="mw-headline">مصادر</span>'
            '<span class="mw-editsection"><span>[</span><a href="?action=edit">تعديل</a><span>]</span></span></h2>'
            "</div></body></html>")
    assert "تعديل" not in markup(page) and "مصادر" in markup(page)
