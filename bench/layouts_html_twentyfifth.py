"""HTML page families for bench_html.py written in the twenty-fourth session and first run unseen
(marked ``18+`` in its table), rendered from records of lines 14,401-15,200 of ant_multisource and
saudinewsnet and 7,501-8,000 of ant_jawharafm (seed 25217, no dev gold article), each a kind of page no
earlier template imitates:

- td_newspaper: the tagDiv "Newspaper" WordPress theme many Arabic portals run: a ``td-header`` with the
  menu and the ``td-ticker`` of breaking links, ``td-crumb-container``, ``entry-title`` in
  ``td-post-header`` with ``td-post-author-name`` (``بواسطة``) and ``td-post-date``, the
  ``td-post-sharing`` bar before the ``td-post-content`` text, the ``td-post-next-prev`` pair, a
  ``td_block_related_posts`` block (``مقالات ذات صلة``) and the comments form.
- wp_block: a WordPress block theme (full-site editing): ``wp-block-post-title``, ``wp-block-post-date``
  with ``<time>``, ``wp-block-post-author-name``, the text in ``wp-block-post-content`` with a
  ``wp-block-pullquote`` and a ``wp-block-image`` figure, ``wp-block-post-terms`` tags, a
  ``wp-block-query`` loop of other posts (``قد يهمك أيضا``) and the footer.
"""

from __future__ import annotations

import random
from typing import Any

from layouts_html import esc
from page_builder import MSA

MENU = ["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة"]


def _menu() -> str:
    return "".join(f"<li class=\"menu-item\"><a href=\"/category/{k}/\">{m}</a></li>" for k, m in enumerate(MENU))


def td_newspaper(t: Any) -> str:
    rng = random.Random(t.record.id)
    shown = f"{t.day.day} {MSA[t.day.month - 1]}، {t.day.year}"
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in t.paragraphs())
    author = (f"<div class=\"td-post-author-name\"><div class=\"td-author-by\">بواسطة</div> "
              f"<a href=\"/author/w/\">{esc(t.byline)}</a><div class=\"td-author-line\"> - </div></div>") if t.byline else ""
    ticker = "".join(f"<div class=\"td-ticker-item\"><a href=\"/b/{k}\">{esc(h)}</a></div>" for k, h in enumerate(t.ticker))
    related = "".join(f"<div class=\"td_module_related_posts\"><h3 class=\"entry-title td-module-title\"><a href=\"/r/{k}/\">"
                      f"{esc(x)}</a></h3></div>" for k, x in enumerate(t.related))
    prev_next = t.latest[:2]
    return ("<!DOCTYPE html><html dir=\"rtl\" lang=\"ar\"><head><meta charset=\"UTF-8\">"
            f"<title>{esc(t.headline)} - {esc(t.outlet)}</title><link rel=\"canonical\" href=\"{t.canonical}\">"
            f"<meta property=\"og:site_name\" content=\"{esc(t.outlet)}\"></head><body class=\"single td-standard-pack\">"
            f"<div class=\"td-header-wrap\"><div class=\"td-header-top-menu\"><div class=\"td_data_time\">{esc(t.shown_day)}</div></div>"
            f"<div class=\"td-header-menu-wrap\"><ul class=\"sf-menu\">{_menu()}</ul></div>"
            f"<div class=\"td_block_trending_now\"><span class=\"td-trending-now-title\">عاجل</span>{ticker}</div></div>"
            "<div class=\"td-main-content-wrap\"><div class=\"td-crumb-container\"><div class=\"entry-crumbs\">"
            "<span><a href=\"/\">الرئيسية</a></span> <i class=\"td-bread-sep\"></i> <span>أخبار محلية</span></div></div>"
            f"<article class=\"post type-post\"><div class=\"td-post-header\"><ul class=\"td-category\"><li>"
            "<a class=\"td-post-category\" href=\"/category/0/\">أخبار محلية</a></li></ul><header class=\"td-post-title\">"
            f"<h1 class=\"entry-title\">{esc(t.headline)}</h1><div class=\"td-module-meta-info\">{author}"
            f"<span class=\"td-post-date\"><time class=\"entry-date updated td-module-date\" "
            f"datetime=\"{t.day.isoformat()}T{rng.randint(6, 22):02d}:15:00+00:00\">{shown}</time></span>"
            f"<div class=\"td-post-views\"><span class=\"td-nr-views-1\">{rng.randint(50, 3000)}</span></div></div></header></div>"
            "<div class=\"td-post-sharing td-post-sharing-top\"><span class=\"td-social-share-text\">شارك</span>"
            "<a class=\"td-social-facebook\" href=\"#\">Facebook</a><a class=\"td-social-twitter\" href=\"#\">Twitter</a>"
            "<a class=\"td-social-whatsapp\" href=\"#\">WhatsApp</a></div>"
            f"<div class=\"td-post-content tagdiv-type\">{paragraphs}</div>"
            "<div class=\"td-post-source-tags\"><ul class=\"td-tags\"><li><span>الوسوم</span></li>"
            "<li><a href=\"/tag/1/\">أخبار</a></li></ul></div>"
            "<div class=\"td-block-row td-post-next-prev\">"
            + "".join(f"<div class=\"td-post-next-prev-content\"><span>{label}</span><a href=\"/p/{k}/\">{esc(x)}</a></div>"
                      for k, (label, x) in enumerate(zip(["المقال السابق", "المقال التالي"], prev_next, strict=False)))
            + "</div></article>"
            "<div class=\"td_block_wrap td_block_related_posts\"><div class=\"td-related-title\">"
            f"<a class=\"td-related-left td-cur-simple-item\" href=\"#\">مقالات ذات صلة</a></div>{related}</div>"
            "<div class=\"comments\" id=\"comments\"><div id=\"respond\" class=\"comment-respond\">"
            "<h3 class=\"comment-reply-title\">اترك تعليقاً</h3><form><textarea placeholder=\"التعليق:\"></textarea>"
            "<input placeholder=\"الاسم:*\"><input placeholder=\"البريد الإلكتروني:*\"><input type=\"submit\" value=\"إرسال التعليق\">"
            "</form></div></div></div>"
            f"<div class=\"td-sub-footer-container\"><div class=\"td-sub-footer-copy\">© {t.day.year} {esc(t.outlet)}</div></div>"
            "</body></html>")


def wp_block(t: Any) -> str:
    rng = random.Random(t.record.id)
    blocks = [f"<p>{esc(p)}</p>" for p in t.paragraphs()]
    words = t.body[-1].split()
    if len(t.body) > 2 and len(words) > 12:  # a pull quote repeating words of the last paragraph
        blocks.insert(2, f"<figure class=\"wp-block-pullquote\"><blockquote><p>{esc(' '.join(words[:10]))}</p></blockquote></figure>")
    blocks.insert(1, "<figure class=\"wp-block-image size-large\"><img src=\"/wp-content/uploads/1.jpg\" alt=\"\">"
                     "<figcaption class=\"wp-element-caption\">صورة من الأرشيف</figcaption></figure>")
    author = (f"<div class=\"wp-block-post-author-name\"><a href=\"/author/w/\" class=\"wp-block-post-author-name__link\">"
              f"{esc(t.byline)}</a></div>") if t.byline else ""
    loop = "".join(f"<li class=\"wp-block-post\"><h3 class=\"wp-block-post-title\"><a href=\"/{k}/\">{esc(x)}</a></h3>"
                   f"<div class=\"wp-block-post-date\"><time>{rng.randint(1, 28)} {MSA[t.day.month - 1]} {t.day.year}</time></div></li>"
                   for k, x in enumerate(t.related))
    return ("<!DOCTYPE html><html dir=\"rtl\" lang=\"ar\"><head><meta charset=\"UTF-8\">"
            f"<title>{esc(t.headline)} &#8211; {esc(t.outlet)}</title><link rel=\"canonical\" href=\"{t.canonical}\"></head>"
            "<body class=\"wp-site-blocks\"><header class=\"wp-block-template-part\"><div class=\"wp-block-group\">"
            f"<p class=\"wp-block-site-title\"><a href=\"/\">{esc(t.outlet)}</a></p><nav class=\"wp-block-navigation\"><ul>{_menu()}</ul></nav>"
            "</div></header><main class=\"wp-block-group\">"
            f"<h1 class=\"wp-block-post-title\">{esc(t.headline)}</h1><div class=\"wp-block-group is-layout-flex\">"
            f"<div class=\"wp-block-post-date\"><time datetime=\"{t.day.isoformat()}T08:30:00+03:00\">"
            f"{t.day.day} {MSA[t.day.month - 1]} {t.day.year}</time></div>{author}</div>"
            f"<div class=\"entry-content wp-block-post-content\">{''.join(blocks)}</div>"
            "<div class=\"taxonomy-post_tag wp-block-post-terms\"><a href=\"/tag/a/\">سياسة</a><span class=\"wp-block-post-terms__separator\">, </span>"
            "<a href=\"/tag/b/\">تقارير</a></div>"
            f"<div class=\"wp-block-query\"><h2 class=\"wp-block-heading\">قد يهمك أيضا</h2><ul class=\"wp-block-post-template\">{loop}</ul></div>"
            "</main><footer class=\"wp-block-template-part\"><p class=\"has-small-font-size\">"
            f"جميع الحقوق محفوظة © {t.day.year} {esc(t.outlet)} | يعمل بواسطة ووردبريس</p></footer></body></html>")
