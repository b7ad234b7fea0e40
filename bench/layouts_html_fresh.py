"""An HTML page family for bench_html.py written in the tenth session and first run unseen (marked
``++`` in its table):

- jsonld_sparse: a script-rendered page as a crawler saves it: the article only in a JSON-LD
  NewsArticle (headline, datePublished, author, description, articleBody with its paragraphs on
  separate lines), the markup an app shell (an empty root, a ``noscript`` notice, the menu, a
  teaser paragraph that is the article's opening cut short with "اقرأ المزيد", a cookie notice and
  the footer). The title bar carries the site's name.
"""

from __future__ import annotations

import json
from typing import Any

from layouts_html import esc


def jsonld_sparse(t: Any) -> str:
    body = t.paragraphs()
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t.headline,
                          "datePublished": f"{t.day.isoformat()}T11:20:00+03:00", "articleBody": "\n".join(body),
                          "publisher": {"@type": "Organization", "name": t.outlet}}
    if t.byline:
        ld["author"] = [{"@type": "Person", "name": t.byline}]
    if t.deck:
        ld["description"] = t.deck
    teaser = " ".join(body[0].split()[:12])
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{esc(t.headline)} - {esc(t.outlet)}</title>"
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
            f'<script src="/static/app.js" defer></script></head><body>'
            f'<noscript>يرجى تفعيل جافاسكربت لعرض هذه الصفحة</noscript>'
            f'<header><a href="/">{esc(t.outlet)}</a><ul><li><a href="/c/1">سياسة</a></li>'
            f'<li><a href="/c/2">اقتصاد</a></li><li><a href="/c/3">رياضة</a></li></ul></header>'
            f'<div id="root"><div class="skeleton"></div><p class="teaser">{esc(teaser)}… '
            f'<a href="#">اقرأ المزيد</a></p></div>'
            f'<div class="cookie">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق</div>'
            f"<footer>© {t.day.year} {esc(t.outlet)}</footer></body></html>")
