"""Related-links blocks of a page: marked by class/id or a header before or inside them, or a run of
one-link paragraphs after a header inside the text; the article's own links are never related."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from khabar.structure.html_related import related_links

TITLES = ["افتتاح أكبر محطة لتحلية مياه البحر في الساحل الشمالي", "الحكومة تقر خطة جديدة لتطوير شبكات الصرف الصحي"]
EXCERPT = "قراءة في أسباب الأزمة وتداعياتها المحتملة على المنطقة في الأشهر المقبلة وما ينتظرها"
PROSE = "<p>وقال الوزير في بيان إن المحطة ستخدم نحو ثلاثة ملايين مواطن في القرى المحيطة بها.</p>"


def _items(tag: str = "p") -> str:
    return "".join(f'<{tag}><a href="/n/{i}">{t}</a></{tag}>' for i, t in enumerate(TITLES))


@pytest.mark.parametrize(("markup", "expected"), [
    # a header paragraph inside the text, then one link a paragraph, then the text goes on
    (f"{PROSE}<p><strong>اقرأ أيضا</strong></p>{_items()}{PROSE}", TITLES),
    (f"{PROSE}<h4>أخبار ذات صلة:</h4>{_items('div')}{PROSE}", TITLES),
    (f"{PROSE}<p><b>شاهد أيضاً</b></p><p><a href='/v'>{TITLES[0]}</a></p>{PROSE}", TITLES[:1]),
    # a marked list
    (f'{PROSE}<div class="related-news"><ul>{_items("li")}</ul></div>', TITLES),
    # cards: a link holding its title, age and picture in elements of their own gives its title
    (f'{PROSE}<div class="more-news">' + "".join(f'<a href="/n/{i}"><img src="/i.jpg"><span>{t}</span><span>منذ {i + 2} '
                                                 f'ساعات</span></a>' for i, t in enumerate(TITLES)) + "</div>", TITLES),
    (f'{PROSE}<div class="related">' + "".join(f'<a href="/n/{i}"><b>فيديو</b> {t}</a>' for i, t in enumerate(TITLES))
     + "</div>", [f"فيديو {t}" for t in TITLES]),  # words of the link's own: its whole text
    # read-more cards: the title set as a heading over a longer excerpt, both inside the link
    (f'{PROSE}<aside class="read-more">' + "".join(
        f'<article><a href="/p{i}/"><header><h2 class="post-card-title">{t}</h2></header><div class="excerpt">'
        f'{EXCERPT}</div></a></article>' for i, t in enumerate(TITLES)) + "</aside>", TITLES),
    # a link preview (bookmark) card between the paragraphs: another page's title, description and site
    (f'{PROSE}<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://x.org/a">'
     f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{TITLES[0]}</div><div class="kg-bookmark-description">'
     f'{EXCERPT}</div><span class="kg-bookmark-author">صحيفة الأفق</span></div></a></figure>{PROSE}', TITLES[:1]),
    (f'{PROSE}<a class="link-preview" href="https://x.org/a"><span class="title">{TITLES[1]}</span>'
     f'<span class="desc">{EXCERPT}</span></a>{PROSE}', TITLES[1:]),
    # a card classed as a card but no preview: a teaser grid's card alone is no related block
    (f'{PROSE}<a class="card" href="/a"><span class="title">{TITLES[1]}</span><span>{EXCERPT}</span></a>{PROSE}', []),
    # no header: links set as paragraphs are not related
    (f"{PROSE}{_items()}{PROSE}", []),
    # after a header, a paragraph with a link inside prose ends the run before it
    (f"{PROSE}<p><strong>اقرأ أيضا</strong></p><p>كما <a href='/x'>{TITLES[0]}</a> في وقت سابق</p>", []),
    # a forum's similar-threads table: the header in its first row, each link beside a poster and a count
    (f"{PROSE}<table><tr><td colspan='3'>المواضيع المتشابهة</td></tr><tr><td>الموضوع</td><td>كاتب الموضوع</td>"
     "<td>الردود</td></tr>" + "".join(f"<tr><td><a href='/t/{i}'>{t}</a></td><td>أبو فهد</td><td>{i + 3}</td></tr>"
                                      for i, t in enumerate(TITLES)) + "</table>", TITLES),
    (f"{PROSE}<table class='related-threads'>" + "".join(f"<tr><td><a href='/t/{i}'>{t}</a></td><td>12</td></tr>"
                                                          for i, t in enumerate(TITLES)) + "</table>", TITLES),
    # a table of links beside long text, or with no header or mark, is no related block
    (f"{PROSE}<table><tr><td>مواضيع مشابهة</td></tr>" + "".join(
        f"<tr><td><a href='/t/{i}'>{t}</a></td><td>نص طويل يشرح الموضوع بأكثر من أربع كلمات</td></tr>"
        for i, t in enumerate(TITLES)) + "</table>", []),
    (f"{PROSE}<table>" + "".join(f"<tr><td><a href='/t/{i}'>{t}</a></td><td>12</td></tr>"
                                 for i, t in enumerate(TITLES)) + "</table>", []),
    # a wiki's infobox: the header row, then a cell holding the list of links
    (f"{PROSE}<table class='infobox'><tr><th>أخبار ذات صلة</th></tr><tr><td><ul>"
     + "".join(f"<li><a href='/wiki/{i}'>{t}</a></li>" for i, t in enumerate(TITLES)) + "</ul></td></tr></table>", TITLES),
    # a box's cell holding prose beside its links is no list
    (f"{PROSE}<table><tr><th>أخبار ذات صلة</th></tr><tr><td>{PROSE}"
     + "".join(f"<a href='/wiki/{i}'>{t}</a>" for i, t in enumerate(TITLES)) + "</td></tr></table>", []),
    # a list's "see all" link under its cards names no story; "Others also viewed" heads a block
    (f'{PROSE}<section class="more-articles"><h2>More articles by منى</h2><ul>{_items("li")}</ul>'
     '<a>See all articles</a></section>', TITLES),
    (f"{PROSE}<section><h2>Others also viewed</h2><ul>{_items('li')}</ul></section>", TITLES),
    # a writer's other pieces under "More from <writer>" (Medium)
    (f"{PROSE}<div><h2>More from منى عبد الله</h2>{_items('div')}</div>", TITLES),
    (f"{PROSE}<div><p>More from منى عبد الله</p>{_items('div')}</div>", []),
    # the block's header set as a link (a theme's tab) is no related headline
    (f'{PROSE}<div class="td_block_related_posts"><div class="td-related-title"><a href="#">مقالات ذات صلة</a></div>'
     f'{_items("div")}</div>', TITLES),
])
def test_related_links(markup: str, expected: list[str]) -> None:
    tree = HTMLParser(f"<html><body><article>{markup}</article></body></html>")
    assert related_links(tree) == expected


def test_links_whose_text_is_in_the_article_are_not_related() -> None:
    tree = HTMLParser(f"<html><body><p><strong>اقرأ أيضا</strong></p>{_items()}</body></html>")
    assert related_links(tree, text=f"مقدمة\n{TITLES[0]}\nخاتمة") == TITLES[1:]


def test_a_card_of_the_page_own_headline_is_not_related() -> None:
    """A social post's card of the story it shares carries the page's own headline."""
    card = f'<a class="link-card" href="/n/0"><h3>{TITLES[0]}</h3><span>news.example</span></a>'
    tree = HTMLParser(f"<html><body><div class='story'>{PROSE}{card}</div></body></html>")
    assert related_links(tree) == [TITLES[0]]
    assert related_links(tree, title=TITLES[0]) == []


def test_related_cards_may_carry_a_teaser_the_article_container_may_not() -> None:
    teaser = "<p>تفاصيل إضافية حول هذا الخبر الذي نشرته الصحيفة في وقت سابق من اليوم ضمن تغطيتها الموسعة</p>"
    cards = "".join(f'<div class="card"><h3><a href="/n/{i}">{t}</a></h3>{teaser}</div>' for i, t in enumerate(TITLES))
    article = PROSE * 2
    text = "وقال الوزير في بيان إن المحطة ستخدم نحو ثلاثة ملايين مواطن في القرى المحيطة بها."
    tree = HTMLParser(f'<html><body><article>{article}</article><section><h2>اقرأ أيضا</h2>{cards}</section></body></html>')
    assert related_links(tree, text) == TITLES
    # The article's own box of links, marked related, inside the article's container: the container
    # holds the article's prose, so only the box is the block.
    inside = HTMLParser(f'<html><body><div class="related-wrap">{article}<p>{_items()}</p></div></body></html>')
    assert related_links(inside, text) == []
