"""HTML page families for bench_html.py written in the nineteenth session and first run unseen (marked
``12+`` in its table), rendered from records of lines 1,000-19,898 of ant_multisource, 400-20,000 of
saudinewsnet and 1,500-10,161 of ant_jawharafm (seed 19457, no dev gold article), each a kind of page no
earlier template imitates:

- factcheck_page: a fact-checking site's article (Misbar- or Fatabyyano-style): ClaimReview JSON-LD
  (``datePublished``, ``url``, ``claimReviewed``, a ``reviewRating`` whose ``alternateName`` is the
  verdict, the reviewed claim's own earlier ``datePublished``), the headline in an ``<h1>``, a verdict
  box (``الحكم`` over ``مضلل``), a claim box (``الادعاء`` over the claim as it was spread), the date
  written out in Arabic, the text, a list of sources given as bare URLs, and "related checks" cards
  each opening on its verdict.
- dw_article: the Arabic page of an international broadcaster in DW's layout: no date metadata, the
  title bar ``headline | DW | 22.04.2018``, the ``intro`` paragraph (the deck), a photo, the text in
  ``longText`` closing on the editors' initials and agencies in bold, the ``smallList`` of labelled
  facts (``التاريخ 22.04.2018``, ``الكاتب``, ``الكلمات المفتاحية``, a permalink), ``ننصح بقراءة``
  over related cards each with its dotted date.
- press_wire: a press release on a release-wire site (PR Newswire's Arabic service): the headline,
  the subtitle (the deck), ``NEWS PROVIDED BY`` the company and ``22 Apr, 2018, 15:12 GMT``, the text
  opening on ``city، country، date /PRNewswire/ --``, the company's "about" boilerplate, the media
  contact, ``SOURCE`` the company, a photo's URL, and "Also from this source" with dated cards.
- epaper_reader: an article read in a digital newsstand (PressReader): the title bar and og:title
  ``PressReader - paper - 2018-04-22 - headline``, ``og:site_name`` PressReader, the issue bar (the
  paper, ``Sunday, 22 April 2018``, the page number), the section, the headline, the subtitle, the
  writer, the text, "more from this issue" with each card's page number.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

from layouts_html import SECTIONS, esc, paragraphs_html
from page_builder import EN_DAYS, EN_MONTHS, EN_MONTHS_SHORT, msa

VERDICTS = ["مضلل", "زائف", "صحيح جزئياً", "خارج السياق"]
CHECKERS = ["مسبار", "فتبينوا", "تيقن"]
EDITORS = ["ع.ش/ ح.ز", "م.س/ ع.ج", "ص.ش/ ع.غ"]
AGENCIES = ["(رويترز، د ب أ)", "(أ ف ب، رويترز)", "(د ب أ)"]
WIRE_CITIES = [("دبي", "الإمارات العربية المتحدة"), ("الرياض", "المملكة العربية السعودية"),
               ("القاهرة", "مصر"), ("عمّان", "الأردن")]


def factcheck_page(t: Any) -> str:
    rng = random.Random(t.record.id)
    checker = rng.choice(CHECKERS)
    t.outlet = checker
    verdict = rng.choice(VERDICTS)
    words = t.paragraphs()[-1].split()
    claim = "تداولت حسابات على مواقع التواصل الاجتماعي ادعاء مفاده أن " + " ".join(words[: rng.randint(8, 14)])
    spread = t.day - dt.timedelta(days=rng.randint(1, 20))
    ld = {"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": t.day.isoformat(),
          "url": t.canonical, "claimReviewed": claim,
          "author": {"@type": "Organization", "name": checker, "url": "https://" + t.canonical.split("/")[2]},
          "reviewRating": {"@type": "Rating", "ratingValue": rng.randint(1, 3), "bestRating": 5, "worstRating": 1,
                           "alternateName": verdict},
          "itemReviewed": {"@type": "Claim", "datePublished": spread.isoformat(),
                           "author": {"@type": "Person", "name": "حسابات على مواقع التواصل"}}}
    sources = "".join(f"<li><a href=\"https://www.example-{k}.com/{t.record.id[-6:]}\" rel=\"nofollow\">"
                      f"https://www.example-{k}.com/{t.record.id[-6:]}</a></li>" for k in range(rng.randint(2, 4)))
    cards = "".join(f"<div class=\"check-card\"><span class=\"verdict-tag\">{rng.choice(VERDICTS)}</span>"
                    f"<a href=\"/fact-check/{k}\"><h4>{esc(x)}</h4></a></div>" for k, x in enumerate(t.related, 700))
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} | {checker}</title><link rel=\"canonical\" href=\"{t.canonical}\">"
            f"<meta property=\"og:site_name\" content=\"{checker}\">"
            f"<script type=\"application/ld+json\">{json.dumps(ld, ensure_ascii=False)}</script></head><body>"
            f"<header><a class=\"logo\" href=\"/\">{checker}</a><nav>"
            + "".join(f"<a href=\"/c/{i}\">{m}</a>" for i, m in enumerate(["تحقق", "أخبار", "مدونة", "منهجيتنا"]))
            + "</nav></header><main class=\"fact-check\"><div class=\"category\">تحقق</div>"
            f"<h1 class=\"title\">{esc(t.headline)}</h1>"
            f"<div class=\"date\">{msa(t.day, weekday=False)}</div>"
            f"<div class=\"verdict-box\"><span class=\"label\">الحكم</span><strong class=\"verdict\">{verdict}</strong></div>"
            f"<div class=\"claim-box\"><h3>الادعاء</h3><p>{esc(claim)}</p></div>"
            f"<div class=\"article-body\">{paragraphs_html(t)}</div>"
            f"<div class=\"sources\"><h3>المصادر</h3><ul>{sources}</ul></div>"
            f"<section class=\"related-checks\"><h2>تحققات ذات صلة</h2>{cards}</section></main>"
            f"<footer>{checker} منصة مستقلة للتحقق من المعلومات · سياسة التصحيح · تواصل معنا</footer></body></html>")


def dw_article(t: Any) -> str:
    rng = random.Random(t.record.id)
    dotted = f"{t.day:%d.%m.%Y}"
    intro = f"<p class=\"intro\">{esc(t.deck)}</p>" if t.deck else ""
    writer = f"<li><strong>الكاتب</strong> {esc(t.byline)}</li>" if t.byline else ""
    cards = "".join(f"<div class=\"news\"><a href=\"/ar/a-{rng.randint(10**7, 10**8)}\"><h2>{esc(x)}</h2></a>"
                    f"<span class=\"date\">{dotted}</span></div>" for x in t.related)
    keywords = ", ".join(f"<a href=\"/ar/t-{k}\">{esc(w)}</a>" for k, w in enumerate(t.headline.split()[:3]))
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} | DW | {dotted}</title>"
            f"<meta name=\"description\" content=\"{esc(t.deck or t.headline)}\"></head><body>"
            "<div id=\"header\"><a class=\"logo\" href=\"/ar/\">DW</a><ul class=\"nav\">"
            + "".join(f"<li><a href=\"/ar/s-{i}\">{m}</a></li>" for i, m in
                      enumerate(["موضوعات", "العالم العربي", "ألمانيا", "العالم", "ثقافة ومجتمع", "تعلم الألمانية"]))
            + "</ul></div><div id=\"bodyContent\"><div class=\"col3\">"
            f"<h1>{esc(t.headline)}</h1>{intro}<div class=\"picBox\"><img src=\"/image/{t.record.id[-6:]}.jpg\">"
            "<p>صورة من الأرشيف</p></div><div class=\"group\"><div class=\"longText\">"
            f"{paragraphs_html(t)}<p><strong>{rng.choice(EDITORS)} {rng.choice(AGENCIES)}</strong></p></div></div>"
            f"<ul class=\"smallList\"><li><strong>التاريخ</strong> {dotted}</li>{writer}"
            f"<li><strong>الكلمات المفتاحية</strong> {keywords}</li>"
            "<li><strong>تعليقات</strong> <a href=\"#\">أرسل تعليقك</a></li>"
            "<li><strong>طباعة</strong> <a href=\"#\">طباعة هذه الصفحة</a></li>"
            f"<li><strong>رابط دائم</strong> https://p.dw.com/p/{t.record.id[-5:]}</li></ul></div>"
            f"<div class=\"col3 linkBox\"><h2>ننصح بقراءة</h2>{cards}</div></div>"
            f"<div id=\"footer\">© {t.day.year} Deutsche Welle | حماية البيانات | بيان إمكانية الوصول | الطباعة | اتصل بنا"
            "</div></body></html>")


def press_wire(t: Any) -> str:
    rng = random.Random(t.record.id)
    company = t.outlet
    city, country = rng.choice(WIRE_CITIES)
    paragraphs = t.paragraphs()
    if t.dateline is None:
        t.dateline = city
        paragraphs[0] = f"{city}، {country}، {msa(t.day, weekday=False)} /PRNewswire/ -- {paragraphs[0]}"
    subtitle = f"<h2 class=\"subtitle\">{esc(t.deck)}</h2>" if t.deck else ""
    stamp = f"{t.day.day} {EN_MONTHS_SHORT[t.day.month - 1]}, {t.day.year}, {rng.randint(0, 23):02d}:{rng.randint(10, 59)} GMT"
    cards = "".join(f"<div class=\"card\"><a href=\"/ar/news-releases/{rng.randint(10**5, 10**6)}.html\">"
                    f"<h3>{esc(x)}</h3></a><small>{EN_MONTHS_SHORT[t.day.month - 1]} {max(1, t.day.day - k)}, "
                    f"{t.day.year}</small></div>" for k, x in enumerate(t.related, 1))
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    return ("<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)}</title><meta property=\"og:title\" content=\"{esc(t.headline)}\">"
            "<meta property=\"og:site_name\" content=\"PR Newswire\"></head><body>"
            "<header class=\"site-header\"><a class=\"logo\" href=\"/\">PR Newswire</a><ul><li>News</li>"
            "<li>Products</li><li>Contact</li><li>Send a Release</li></ul></header><main>"
            f"<div class=\"release-header\"><h1>{esc(t.headline)}</h1>{subtitle}</div>"
            f"<div class=\"release-meta\"><span>NEWS PROVIDED BY</span> <a class=\"company\">{esc(company)}</a>"
            f"<p class=\"mb-no\">{stamp}</p></div><div class=\"share\">Share this article</div>"
            f"<section class=\"release-body container\">{body}"
            f"<p><b>نبذة عن {esc(company)}</b></p><p>{esc(company)} مؤسسة رائدة في مجالها تأسست قبل أكثر من عشرين "
            "عاماً وتقدم خدماتها لعملائها في أنحاء المنطقة.</p>"
            "<p>للتواصل الإعلامي:</p><p>إدارة الاتصال المؤسسي<br>media@example.com</p>"
            f"<p>SOURCE {esc(company)}</p>"
            f"<p id=\"PURL\">الصورة - https://mma.prnewswire.com/media/{rng.randint(10**5, 10**6)}/photo.jpg</p>"
            f"</section><div class=\"related\"><h3>Also from this source</h3>{cards}</div></main>"
            "<footer>Cision · Terms of Use · Privacy Policy · © 2024 PR Newswire Association LLC</footer></body></html>")


def epaper_reader(t: Any) -> str:
    rng = random.Random(t.record.id)
    title = f"PressReader - {t.outlet} - {t.day.isoformat()} - {t.headline}"
    issue_day = f"{EN_DAYS[t.day.weekday()]}, {t.day.day} {EN_MONTHS[t.day.month - 1]} {t.day.year}"
    subtitle = f"<h2 class=\"art-subtitle\">{esc(t.deck)}</h2>" if t.deck else ""
    byline = f"<div class=\"art-byline\">{esc(t.byline)}</div>" if t.byline else ""
    cards = "".join(f"<div class=\"more-card\"><a href=\"/{t.record.id[-6:]}/{k}\"><span class=\"page\">الصفحة "
                    f"{rng.randint(2, 30)}</span><h4>{esc(x)}</h4></a></div>" for k, x in enumerate(t.related))
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><meta property=\"og:title\" content=\"{esc(title)}\">"
            "<meta property=\"og:site_name\" content=\"PressReader\">"
            f"<meta name=\"description\" content=\"{esc(t.paragraphs()[0][:150])}\"></head><body>"
            "<div class=\"toolbar\"><a class=\"logo\" href=\"/\">PressReader</a><span>Catalog</span>"
            "<span>For you</span><span>تسجيل الدخول</span></div>"
            f"<div class=\"issue-bar\"><span class=\"title\">{esc(t.outlet)}</span> "
            f"<span class=\"issue-date\">{issue_day}</span> <span class=\"page\">الصفحة {rng.randint(1, 24)}</span></div>"
            f"<article dir=\"rtl\"><div class=\"art-section\">{rng.choice(SECTIONS[1:])}</div>"
            f"<h1 class=\"art-title\">{esc(t.headline)}</h1>{subtitle}{byline}"
            f"<div class=\"art-text\">{paragraphs_html(t)}</div></article>"
            f"<div class=\"more-from\"><h3>المزيد من هذا العدد</h3>{cards}</div>"
            f"<footer>© PressReader. All rights reserved. Copyright © {t.day.year} {esc(t.outlet)}</footer>"
            "</body></html>")
