"""The article of a script-rendered shell's page state (Next.js ``__NEXT_DATA__``, a JSON state
assigned to a global) rendered into the page; pages that show their article stay as they are."""

from __future__ import annotations

import json

import pytest

from khabar.structure.html import html_record
from khabar.structure.html_state import hydrated, state_article

HEADLINE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية"
PARAGRAPHS = [
    "أعلنت الحكومة، اليوم الأحد، عن خطة جديدة لدعم المزارعين في المناطق الريفية تشمل قروضا ميسرة وبذورا محسنة.",
    "وقال وزير الزراعة في مؤتمر صحفي إن الخطة تستهدف أكثر من عشرين ألف مزارع خلال العام المقبل.",
    "وأضاف أن الوزارة ستفتح مكاتب جديدة في القرى لتسهيل الحصول على الدعم وتقديم الإرشاد الفني للمزارعين.",
]
BODY_HTML = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
SHELL = ("<html><head><title>{title}</title></head><body><div id=\"__next\"><header><a href=\"/\">الموقع</a>"
         "</header><main><div class=\"skeleton\"></div></main><footer>جميع الحقوق محفوظة</footer></div>{state}"
         "</body></html>")


def next_page(post: dict, settings: dict | None = None, title: str = "بوابة الريف") -> str:
    data = {"props": {"pageProps": {"post": post, "settings": settings or {}}}, "page": "/news/[slug]"}
    state = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    return SHELL.format(title=title, state=state)


POST = {"title": HEADLINE, "excerpt": "خطة لدعم المزارعين بقروض ميسرة", "content": BODY_HTML,
        "publishedAt": "2021-03-14T09:30:00+02:00", "author": {"name": "سارة الحسن"}}


@pytest.mark.parametrize(("post", "field", "expected"), [
    (POST, "title", HEADLINE),
    (POST, "date", "2021-03-14T09:30:00+02:00"),
    (POST, "author", "سارة الحسن"),
    (POST, "description", "خطة لدعم المزارعين بقروض ميسرة"),
    # WordPress REST shapes: {"rendered": ...}; authors as a list; the body as plain text lines
    ({"title": {"rendered": HEADLINE}, "content": {"rendered": BODY_HTML}, "date": "2021-03-14"}, "title", HEADLINE),
    ({"headline": HEADLINE, "body": "\n".join(PARAGRAPHS), "authors": [{"name": "أ"}, {"name": "ب"}]}, "author", "أ، ب"),
])
def test_state_article_fields(post: dict, field: str, expected: str) -> None:
    article = state_article(next_page(post))
    assert article is not None and article[field] == expected


@pytest.mark.parametrize("post", [
    {"title": HEADLINE, "excerpt": "نص قصير لبطاقة خبر"},  # no body
    {"title": HEADLINE, "content": "<p>نص قصير لا يبلغ طول مقال.</p>"},  # a card's teaser
    {"name": "قائمة", "items": ["أ", "ب"]},
])
def test_no_article_in_state(post: dict) -> None:
    assert state_article(next_page(post)) is None


def test_the_longest_body_wins_over_cards() -> None:
    words = " ".join(PARAGRAPHS).split()
    card = {"title": "خبر آخر", "content": " ".join(words[:-4])}  # an article's length, shorter than the post's
    data = {"related": [card], "post": POST}
    page = SHELL.format(title="x", state=f"<script>window.__INITIAL_STATE__ = {json.dumps(data, ensure_ascii=False)};</script>")
    article = state_article(page)
    assert article is not None and article["title"] == HEADLINE


def test_shell_page_is_read_from_its_state() -> None:
    record = html_record(next_page(POST, {"siteName": "بوابة الريف"}))
    assert record["title"] == HEADLINE
    assert record["date"].startswith("2021-03-14")
    assert record["author"] == "سارة الحسن"
    assert record["source"] == "بوابة الريف"
    assert [line for line in record["text"].split("\n") if line] == PARAGRAPHS


@pytest.mark.parametrize("page", [
    # a server-rendered Next.js page: the article is shown and in the state too
    next_page(POST).replace('<div class="skeleton"></div>', f"<article><h1>{HEADLINE}</h1>{BODY_HTML}</article>"),
    "<html><head><title>t</title></head><body><p>نص</p><script>window.__gaTracker = {};</script></body></html>",
    f"<html><body><article>{BODY_HTML}</article></body></html>",
])
def test_pages_showing_their_article_stay(page: str) -> None:
    assert hydrated(page) == page


def devalued(root: object) -> list:
    """``root`` flattened as Nuxt 3's payload writes it (devalue), under a ShallowReactive wrapper."""
    flat: list = [["ShallowReactive", 1]]

    def put(value: object) -> int:
        at = len(flat)
        flat.append(None)
        if isinstance(value, dict):
            flat[at] = {key: put(item) for key, item in value.items()}
        elif isinstance(value, list):
            flat[at] = [put(item) for item in value]
        else:
            flat[at] = value
        return at

    put(root)
    return flat


def test_nuxt_payload_is_read_from_its_flattened_state() -> None:
    payload = devalued({"data": {"article-1": {**POST, "publishedAt": "2021-03-14T09:30:00+02:00"},
                                 "settings": {"site_name": "بوابة الريف"}}, "serverRendered": True})
    payload[3] = {**payload[3], "extra": -1}  # an undefined value (devalue's -1)
    payload.append(["Date", "2021-03-14T09:30:00.000Z"])  # a typed value, unreferenced
    state = ('<script type="application/json" id="__NUXT_DATA__" data-ssr="true">'
             f"{json.dumps(payload, ensure_ascii=False)}</script>")
    record = html_record(SHELL.format(title="بوابة الريف", state=state))
    assert (record["title"], record["author"], record["source"]) == (HEADLINE, "سارة الحسن", "بوابة الريف")
    assert [line for line in record["text"].split("\n") if line] == PARAGRAPHS


@pytest.mark.parametrize("flat", [[0], [{"a": 0}], [["Reactive", 0]], [[5, 6]], []])
def test_a_payload_referring_to_itself_or_nowhere_reads_as_nothing(flat: list) -> None:
    state = f'<script type="application/json" id="__NUXT_DATA__">{json.dumps(flat)}</script>'
    assert state_article(SHELL.format(title="x", state=state)) is None
