"""HTML page families for bench_html.py written in the eighteenth session and first run unseen (marked
``11+`` in its table), rendered from records of lines 1,000-19,898 of ant_multisource, 400-20,000 of
saudinewsnet and 1,500-10,161 of ant_jawharafm (seed 18443, no dev gold article), each a kind of page no
earlier template imitates:

- substack_post: a newsletter post on Substack: the publication's header and "subscribe" button, the
  ``post-title`` ``<h1>``, the ``subtitle`` ``<h3>`` (the deck), the writer's name in ``byline-names``
  with the date in English (``Apr 22, 2018``) and no date metadata, like/comment/share buttons, the
  text in ``available-content`` with a subscription widget set between paragraphs, a "share" call,
  the "Ready for more?" box and "Discussion about this post"; Open Graph without a time.
- aggregator_story: an article page of a news aggregator's web site (Nabd-style): the aggregator's
  header, the source outlet's logo and name with the time in Arabic words ("منذ 3 ساعات") and the day
  in a ``<time>`` title only, the headline, the source's article as the aggregator copied it, a "read
  the story at the source" button, "related stories" cards each with its outlet and relative time, the
  aggregator's app links; ``og:site_name`` is the aggregator's.
- reader_view: an article saved from a browser's reader view (Firefox's ``about:reader``): the domain
  link, the ``reader-title`` ``<h1>``, the writer in ``reader-credits``, the reading time estimate
  (``5-7 دقائق``), then Readability's ``moz-reader-content`` page: the site's own date line as the
  text's first paragraph, the paragraphs with a figure; no metadata but the title bar.
- mailchimp_html: a news site's e-mail newsletter as Mailchimp sends it: the preheader and "view this
  email in your browser", nested ``mcnTextBlock`` tables, the issue's date line, the lead story (its
  headline in an ``<h1>``, the writer, the full text), "أيضاً في هذا العدد" with the issue's other
  headlines, the social follow block, the footer's address, "unsubscribe" and "update your
  preferences" links; the title bar is the issue's subject.
"""

from __future__ import annotations

import random
from typing import Any

from layouts_html import SECTIONS, esc, paragraphs_html
from page_builder import EN_MONTHS_SHORT, msa

AGGREGATOR = "نبض الأخبار"


def _en_day(t: Any) -> str:
    return f"{EN_MONTHS_SHORT[t.day.month - 1]} {t.day.day}, {t.day.year}"


def substack_post(t: Any) -> str:
    rng = random.Random(t.record.id)
    slug = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
    paragraphs = t.paragraphs()
    cut = min(len(paragraphs), rng.randint(1, 3))
    widget = ("<div class=\"subscription-widget-wrap\"><div class=\"subscription-widget show-subscribe\">"
              f"<div class=\"preamble\"><p>{esc(t.outlet)} نشرة يدعمها القراء. اشترك لتصلك المقالات الجديدة.</p></div>"
              "<form class=\"subscription-widget-subscribe\"><input type=\"email\" placeholder=\"Type your email…\">"
              "<input type=\"submit\" value=\"Subscribe\"></form></div></div>")
    body = (paragraphs_html(_Part(t, paragraphs[:cut])) + widget + paragraphs_html(_Part(t, paragraphs[cut:])))
    byline = (f"<div class=\"byline-names\"><a href=\"https://substack.com/@{slug}\">{esc(t.byline)}</a></div>"
              if t.byline else "")
    subtitle = f"<h3 class=\"subtitle\">{esc(t.deck)}</h3>" if t.deck else ""
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} - {esc(t.outlet)}</title>"
            f"<meta property=\"og:title\" content=\"{esc(t.headline)}\">"
            f"<meta property=\"og:site_name\" content=\"{esc(t.outlet)}\">"
            f"<meta property=\"og:url\" content=\"https://{slug}.substack.com/p/{t.record.id[-8:]}\">"
            "<meta property=\"og:type\" content=\"article\"><meta name=\"twitter:card\" content=\"summary_large_image\">"
            "</head><body><div id=\"entry\"><div class=\"main-menu\"><div class=\"topbar-content\">"
            f"<h1 class=\"navbar-title\"><a href=\"/\">{esc(t.outlet)}</a></h1>"
            "<button class=\"button primary subscribe-btn\">Subscribe</button><button>Sign in</button></div></div>"
            "<div class=\"single-post-container\"><article class=\"typography newsletter-post post\">"
            f"<div class=\"post-header\"><h1 class=\"post-title published\">{esc(t.headline)}</h1>{subtitle}"
            f"<div class=\"post-meta\">{byline}<div class=\"post-date\" title=\"{_en_day(t)}\">{_en_day(t)}</div></div>"
            f"<div class=\"post-ufi\"><a class=\"like-button\">{rng.randint(3, 90)}</a>"
            f"<a class=\"comment-button\">{rng.randint(0, 20)}</a><a class=\"share-button\">Share</a></div></div>"
            f"<div class=\"available-content\"><div class=\"body markup\" dir=\"auto\">{body}</div></div>"
            "<p class=\"button-wrapper\"><a class=\"button primary\" href=\"?action=share\">Share</a></p>"
            "</article><div class=\"end-of-post-recommendations\"><h3>Ready for more?</h3>"
            "<button>Subscribe</button></div><div class=\"comments-section\"><h4>Discussion about this post</h4>"
            "<div class=\"comments-empty\">No posts</div></div></div>"
            f"<div class=\"footer\">© {t.day.year} {esc(t.outlet)} · Privacy · Terms · Collection notice"
            "<br>Substack is the home for great culture</div></div></body></html>")


class _Part:
    """A Truth whose paragraphs are a given slice (paragraphs_html renders ``paragraphs()``)."""

    def __init__(self, t: Any, paragraphs: list[str]) -> None:
        self._paragraphs = paragraphs

    def paragraphs(self) -> list[str]:
        return self._paragraphs


def aggregator_story(t: Any) -> str:
    rng = random.Random(t.record.id)
    hours = rng.randint(1, 23)
    cards = "".join(
        f"<div class=\"story-card\"><a href=\"/s/{rng.randint(10**7, 10**8)}\"><h3>{esc(x)}</h3></a>"
        f"<div class=\"card-meta\"><span class=\"src\">{esc(rng.choice(['الجزيرة نت', 'سكاي نيوز عربية', 'العربية']))}</span>"
        f" <span class=\"ago\">منذ {rng.randint(1, 12)} ساعات</span></div></div>" for x in t.related)
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} | {AGGREGATOR}</title>"
            f"<meta property=\"og:site_name\" content=\"{AGGREGATOR}\">"
            f"<meta property=\"og:title\" content=\"{esc(t.headline)}\">"
            f"<meta name=\"description\" content=\"{esc(t.paragraphs()[0][:150])}\"></head><body>"
            f"<header class=\"agg-header\"><a class=\"logo\" href=\"/\">{AGGREGATOR}</a><ul class=\"tabs\">"
            + "".join(f"<li><a href=\"/c/{i}\">{m}</a></li>" for i, m in enumerate(SECTIONS))
            + "</ul><a class=\"app\" href=\"/app\">حمّل التطبيق</a></header><div class=\"story-page\">"
            f"<div class=\"source-bar\"><img src=\"/logos/{rng.randint(1, 900)}.png\" alt=\"\">"
            f"<a class=\"source-name\" href=\"/source/{rng.randint(1, 900)}\">{esc(t.outlet)}</a>"
            f"<time title=\"{t.day.isoformat()}\">منذ {hours} ساعة</time></div>"
            f"<h1 class=\"story-title\">{esc(t.headline)}</h1>"
            f"<div class=\"story-content\">{paragraphs_html(t)}</div>"
            f"<a class=\"read-source\" href=\"{t.canonical}\" rel=\"nofollow\">اقرأ الخبر من المصدر</a>"
            "<div class=\"story-actions\"><a>مشاركة</a><a>حفظ</a><a>إبلاغ</a></div>"
            f"<section class=\"related-stories\"><h2>أخبار ذات صلة</h2>{cards}</section></div>"
            f"<footer><p>{AGGREGATOR} يجمع الأخبار من مصادرها، والمحتوى مسؤولية ناشره</p>"
            "<a href=\"/app/ios\">App Store</a> <a href=\"/app/android\">Google Play</a></footer></body></html>")


def reader_view(t: Any) -> str:
    rng = random.Random(t.record.id)
    domain = t.canonical.split("/")[2]
    words = sum(len(p.split()) for p in t.paragraphs())
    low = max(1, words // 230)
    credits = f"<div class=\"credits reader-credits\">{esc(t.byline)}</div>" if t.byline else \
        "<div class=\"credits reader-credits\"></div>"
    date_line = rng.choice([msa(t.day), f"نشر في: {msa(t.day, weekday=False)}", f"{t.day:%d/%m/%Y} - {rng.randint(8, 22)}:{rng.randint(10, 59)}"])
    paragraphs = t.paragraphs()
    figure = ("<figure><img src=\"https://" + domain + "/uploads/photo.jpg\"><figcaption>" + "صورة أرشيفية"
              + "</figcaption></figure>")
    body = (f"<p>{esc(date_line)}</p><p>{esc(paragraphs[0])}</p>" + (figure if rng.random() < 0.5 else "")
            + "".join(f"<p>{esc(p)}</p>" for p in paragraphs[1:]))
    return ("<!DOCTYPE html><html><head><meta content=\"text/html; charset=UTF-8\" http-equiv=\"content-type\">"
            "<meta name=\"viewport\" content=\"width=device-width; user-scalable=0\">"
            f"<title>{esc(t.headline)}</title><link rel=\"stylesheet\" href=\"chrome://global/skin/aboutReader.css\">"
            "</head><body class=\"light sans-serif loaded\" dir=\"rtl\"><div class=\"container\" lang=\"ar\">"
            f"<div class=\"header reader-header reader-show-element\"><a class=\"domain reader-domain\" href=\"{t.canonical}\">"
            f"{domain}</a><div class=\"domain-border\"></div><h1 class=\"reader-title\">{esc(t.headline)}</h1>{credits}"
            f"<div class=\"meta-data\"><div class=\"reader-estimated-time\">{low}-{low + 2} دقائق</div></div></div>"
            "<hr><div class=\"content\"><div class=\"moz-reader-content reader-show-element\">"
            f"<div id=\"readability-page-1\" class=\"page\"><div><div>{body}</div></div></div></div></div></div>"
            "</body></html>")


def mailchimp_html(t: Any) -> str:
    rng = random.Random(t.record.id)

    def block(inner: str) -> str:
        return ("<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\" class=\"mcnTextBlock\"><tbody "
                "class=\"mcnTextBlockOuter\"><tr><td valign=\"top\" class=\"mcnTextBlockInner\"><table align=\"right\" "
                "border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\" class=\"mcnTextContentContainer\"><tbody>"
                f"<tr><td valign=\"top\" class=\"mcnTextContent\" style=\"text-align:right;direction:rtl\">{inner}</td></tr>"
                "</tbody></table></td></tr></tbody></table>")

    subject = rng.choice([f"{t.outlet}: {t.headline}", f"نشرة {t.outlet} | {msa(t.day, weekday=False)}"])
    byline = f"<p><em>بقلم: {esc(t.byline)}</em></p>" if t.byline else ""
    others = "".join(f"<li><a href=\"https://mailchi.mp/x/{i}\">{esc(x)}</a></li>" for i, x in enumerate(t.related))
    return ("<!doctype html><html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:v=\"urn:schemas-microsoft-com:vml\" "
            "xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta charset=\"UTF-8\">"
            f"<title>{esc(subject)}</title><style type=\"text/css\">p{{margin:10px 0;padding:0;}}"
            "table{border-collapse:collapse;}.mcnPreviewText{display:none !important;}</style></head><body>"
            f"<span class=\"mcnPreviewText\" style=\"display:none;\">{esc(t.paragraphs()[0][:90])}</span>"
            "<center><table align=\"center\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" height=\"100%\" width=\"100%\" "
            "id=\"bodyTable\"><tr><td align=\"center\" valign=\"top\" id=\"bodyCell\"><table border=\"0\" cellpadding=\"0\" "
            "cellspacing=\"0\" width=\"100%\" class=\"templateContainer\"><tr><td valign=\"top\" id=\"templatePreheader\">"
            + block("<a href=\"*|ARCHIVE|*\">عرض هذه الرسالة في المتصفح</a>")
            + "</td></tr><tr><td valign=\"top\" id=\"templateHeader\">"
            + block(f"<h2 style=\"text-align:center\">{esc(t.outlet)}</h2><p style=\"text-align:center\">{esc(msa(t.day))}</p>")
            + "</td></tr><tr><td valign=\"top\" id=\"templateBody\">"
            + block(f"<h1>{esc(t.headline)}</h1>{byline}{paragraphs_html(t)}")
            + block(f"<h3>أيضاً في هذا العدد</h3><ul>{others}</ul>")
            + "</td></tr><tr><td valign=\"top\" id=\"templateFooter\">"
            + block("<a href=\"https://facebook.com/x\">فيسبوك</a> <a href=\"https://twitter.com/x\">تويتر</a>")
            + block(f"<em>Copyright © {t.day.year} {esc(t.outlet)}, All rights reserved.</em><br>"
                    "لقد تلقيت هذه الرسالة لأنك مشترك في نشرتنا البريدية.<br><strong>عنواننا البريدي:</strong><br>"
                    "ص.ب 1234، عمّان 11118، الأردن<br><a href=\"*|UPDATE_PROFILE|*\">تحديث تفضيلاتك</a> أو "
                    "<a href=\"*|UNSUB|*\">إلغاء الاشتراك</a>")
            + "</td></tr></table></td></tr></table></center></body></html>")
