"""The article a script-rendered page carries only in its page state, rendered back into the page.

A Next.js portal whose server sent the shell only (header, a loading skeleton, footer) holds the
article as JSON in ``<script id="__NEXT_DATA__">`` (Nuxt 3 in ``__NUXT_DATA__``, flattened by devalue
into one list of values referring to each other by index); other apps assign it to a global
(``window.__INITIAL_STATE__ = {...}``, ``window.__NUXT__ = {...}`` when it is a JSON literal).  The
state is walked (bounded: a few thousand values) for the object that has a title and a body of
article length, the longest body winning; that article is rendered into the page as its HTML would
have been (``<article>`` with an ``<h1>`` and the body's paragraphs) and its date, author and
description declared as JSON-LD, so that every reader after this one takes it as it takes a
server-rendered page.  A page that already shows the body's opening words is left as it is (most
Next.js pages render the article and carry the state too).
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections import deque
from typing import Any

from khabar.structure.html_meta import person_names

#: ``<script id="__NEXT_DATA__" type="application/json">…</script>``; Nuxt 3's ``__NUXT_DATA__``.
_NEXT_DATA = re.compile(r"<script\b[^>]*\bid=[\"']__N(?:EXT|UXT)_DATA__[\"'][^>]*>(.*?)</script>",
                        re.IGNORECASE | re.DOTALL)
#: A state object assigned to a global as a JSON literal.
_STATE_GLOBAL = re.compile(r"window\.(?:__NUXT__|__INITIAL_STATE__|__PRELOADED_STATE__|__APOLLO_STATE__)\s*=\s*(?=\{)")
_TITLE_KEYS = ("headline", "title", "name")
_BODY_KEYS = ("articleBody", "content", "body", "contentHtml", "content_html", "bodyHtml", "body_html", "html", "text")
_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "publishedDate",
              "firstPublishedAt", "date", "createdAt", "created_at")
_DESCRIPTION_KEYS = ("description", "excerpt", "summary", "subtitle", "standfirst", "lead")
_AUTHOR_KEYS = ("author", "authors", "writer", "byline")
#: Keys naming the site anywhere in the state (its settings beside the article).
_SITE_KEYS = ("siteName", "site_name", "publisherName", "publisher_name")
#: Wrappers a CMS puts around a text value (WordPress REST: ``{"rendered": "…"}``).
_TEXT_WRAPPERS = ("rendered", "html", "value", "text")
_MAX_VALUES = 20_000  # values visited in a state (a page's state may hold whole listings)
_MAX_DEPTH = 12
_BODY_MIN_WORDS = 40  # a shorter text is a teaser or a card's excerpt
_TITLE_MAX_WORDS = 40
_PROBE_WORDS = 8  # the body's opening words looked for on the page as sent
_TAG = re.compile(r"<[^>]+>")
_HIDDEN = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"<(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|table)\b", re.IGNORECASE)
_MAIN_OPEN = re.compile(r"<main\b[^>]*>", re.IGNORECASE)
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_HEAD_CLOSE = re.compile(r"</head\s*>", re.IGNORECASE)


def hydrated(page: str) -> str:
    """``page`` with the article of its page state rendered into it, when the state holds one that
    the page does not show; else ``page`` itself."""
    if "__NEXT_DATA__" not in page and "__NUXT_DATA__" not in page and "window.__" not in page:
        return page  # the common case: a substring test, no parse
    article = state_article(page)
    if article is None or _shown(page, article["body"]):
        return page
    return _rendered(page, article)


def state_article(page: str) -> dict[str, Any] | None:
    """The article of the page's state: ``title``, ``body`` (HTML or text), and the ``date``,
    ``description`` and ``author`` given beside them (None when absent)."""
    best: dict[str, Any] | None = None
    for state in _states(page):
        found = _article_in(state)
        if found is not None and (best is None or found["words"] > best["words"]):
            best = found
    return best



def _states(page: str) -> list[Any]:
    states = []
    for m in _NEXT_DATA.finditer(page):
        try:
            state = json.loads(m[1])  # script text is raw: no entity is decoded in it
        except ValueError:
            continue
        states.append(_revived(state) if isinstance(state, list) else state)
    decoder = json.JSONDecoder()
    for m in _STATE_GLOBAL.finditer(page):
        try:
            states.append(decoder.raw_decode(page, m.end())[0])
        except ValueError:
            continue
    return states


def _revived(flat: list[Any]) -> Any:
    """A state Nuxt 3 flattened (devalue): one list whose first item is the root, each object's values
    and each list's items the indices of theirs in it (negative ones: undefined, null-like holes), a
    list opening with a type name a wrapper (``["ShallowReactive", 1]``, ``["Date", "2018-…"]``).
    Rebuilt bounded: _MAX_VALUES items at most, _MAX_DEPTH levels of the state as read."""
    done: dict[int, Any] = {}
    budget = [_MAX_VALUES]

    def at(index: Any, depth: int) -> Any:
        if not isinstance(index, int) or not 0 <= index < len(flat) or depth > 2 * _MAX_DEPTH or budget[0] <= 0:
            return None
        if index in done:
            return done[index]
        budget[0] -= 1
        value = flat[index]
        done[index] = None  # a value holding itself reads as nothing
        if isinstance(value, dict):
            value = {key: at(item, depth + 1) for key, item in value.items()}
        elif isinstance(value, list) and value and isinstance(value[0], str):  # a typed wrapper
            inner = value[1] if len(value) > 1 else None
            value = at(inner, depth + 1) if isinstance(inner, int) else inner
        elif isinstance(value, list):
            value = [at(item, depth + 1) for item in value]
        done[index] = value
        return value

    return at(0, 0)


def _article_in(state: Any) -> dict[str, Any] | None:
    """The object of ``state`` (breadth first, bounded) with a title and the longest body."""
    best: dict[str, Any] | None = None
    site = None
    queue: deque[tuple[Any, int]] = deque([(state, 0)])
    seen = 0
    while queue and seen < _MAX_VALUES:
        value, depth = queue.popleft()
        seen += 1
        if isinstance(value, dict):
            if (found := _as_article(value)) is not None and (best is None or found["words"] > best["words"]):
                best = found
            site = site or _first_text(value, _SITE_KEYS)
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth < _MAX_DEPTH:
            queue.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    if best is not None:
        best["site"] = site
    return best


def _as_article(item: dict[str, Any]) -> dict[str, Any] | None:
    title = _first_text(item, _TITLE_KEYS)
    body = _first_text(item, _BODY_KEYS)
    if not title or not body or len(title.split()) > _TITLE_MAX_WORDS:
        return None
    words = len(_plain(body).split())
    if words < _BODY_MIN_WORDS:
        return None
    return {"title": " ".join(_plain(title).split()), "body": body, "words": words,
            "date": _first_text(item, _DATE_KEYS), "description": _first_text(item, _DESCRIPTION_KEYS),
            "author": _author(item)}


def _first_text(item: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = item.get(key)
        if isinstance(value, dict):
            value = next((value[w] for w in _TEXT_WRAPPERS if isinstance(value.get(w), str)), None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _author(item: dict[str, Any]) -> str | None:
    """The author's name: a string, an object's ``name``, or the names of a list of them."""
    for key in _AUTHOR_KEYS:
        if names := person_names(item.get(key)):
            return "، ".join(n.strip() for n in names)
    return None


def _plain(text: str) -> str:
    return html_lib.unescape(_TAG.sub(" ", text))


def _shown(page: str, body: str) -> bool:
    """Whether the page as sent shows the body's opening words (outside its scripts)."""
    probe = " ".join(_plain(body).split()[:_PROBE_WORDS])
    visible = " ".join(_plain(_HIDDEN.sub(" ", page)).split())
    return probe in visible


def _rendered(page: str, article: dict[str, Any]) -> str:
    """The page with the article set as ``<article>`` at the start of ``<main>`` (else of
    ``<body>``) and its fields declared as JSON-LD in the head."""
    body = article["body"]
    if not _BLOCK_TAG.search(body):  # plain text: a paragraph a line
        body = "".join(f"<p>{html_lib.escape(line.strip())}</p>" for line in body.splitlines() if line.strip())
    markup = f"<article><h1>{html_lib.escape(article['title'])}</h1>{body}</article>"
    declared = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article["title"]}
    declared |= {key: value for key, value in (("datePublished", article["date"]), ("description", article["description"]),
                                               ("author", {"@type": "Person", "name": article["author"]}
                                                if article["author"] else None),
                                               ("publisher", {"@type": "Organization", "name": article["site"]}
                                                if article.get("site") else None)) if value}
    script = ('<script type="application/ld+json">'
              + json.dumps(declared, ensure_ascii=False).replace("</", "<\\/") + "</script>")
    anchor = _MAIN_OPEN.search(page) or _BODY_OPEN.search(page)
    page = page[:anchor.end()] + markup + page[anchor.end():] if anchor else markup + page
    head = _HEAD_CLOSE.search(page)
    return page[:head.start()] + script + page[head.start():] if head else script + page
