"""Machine-readable metadata of an HTML page: meta tags, JSON-LD, ``<time>``, the page's address.

The publication and modification times, the language, the canonical address and the JSON-LD
objects (article types first, ``@graph`` members included, ``@id`` references resolved) that
:mod:`khabar.structure.html` reads the headline, site name and author from.  Each value is looked
for in order of how specific and how reliable its source is: a meta tag or JSON-LD property the
CMS writes for the article, then ``<time datetime>``, then the date in the article's URL path
(``/2017/05/14/``), then a date written out on the page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from khabar.structure.data import norm
from khabar.structure.dates import date_label, find_dates, normalise_date, parse_date_line

#: Meta properties holding the publication time, most specific first.
_DATE_METAS = ("article:published_time", "og:published_time", "datepublished", "publish-date",
               "pubdate", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "sailthru.date", "date")
#: Meta properties holding the last modification time, most specific first.
_MODIFIED_METAS = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
                   "dcterms.modified", "last-modified")
#: Machine-readable times on the page, the article's own first: marked as the publication, then
#: inside the article, then any (a ticker or sidebar may carry times of other stories before it).
_TIME_SELECTORS = ('[itemprop="datePublished"], time[pubdate], time[class*="publish" i], time[class*="posted" i]',
                   "article time[datetime], main time[datetime]",
                   "time[datetime]")
#: Classes of elements that show the date as text (when no machine-readable date is given).
_DATE_HINT = re.compile(r"date|time|publish|submitted|posted", re.IGNORECASE)
_HINTED_MAX_WORDS = 12  # a classed date element this short may hold a name or label beside its date
_DATE_MAX_CHARS = 120
_PROPERTY_NAME_WORDS = 4
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
_COMPACT_DATE = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
#: A date as path segments of an article's address: /2017/05/14/, /2017-05-14/, /20170514/.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)(?:([/-])(\d\d?)\2(\d\d?)|(\d\d)(\d\d))(?=[/._-]|$)")
#: JSON-LD types that describe the article itself (their properties win over a WebPage's).
_ARTICLE_TYPE = re.compile(r"Article|BlogPosting|Report|NewsItem|LiveBlogPosting", re.IGNORECASE)
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def json_ld(tree: HTMLParser) -> list[dict[str, Any]]:
    """The JSON-LD objects of the page (``@graph`` members included), article types first, with
    ``author`` and ``publisher`` references by ``@id`` replaced by the objects they name."""
    items: list[Any] = []
    for node in tree.css('script[type="application/ld+json"]'):
        text = node.text(deep=True)
        try:
            data = json.loads(text)
            if "\\u" in text:  # an escape may spell a lone surrogate: no text holds one, no output takes it
                json.dumps(data, ensure_ascii=False).encode("utf-8")
        except (ValueError, RecursionError):  # the block alone is dropped (UnicodeEncodeError is a ValueError)
            continue
        items += data if isinstance(data, list) else [data]
    items += [g for item in items if isinstance(item, dict) for g in as_list(item.get("@graph"))]
    objects = [item for item in items if isinstance(item, dict)]
    by_id = {item["@id"]: item for item in objects if isinstance(item.get("@id"), str)}
    for item in objects:
        for key in ("author", "publisher"):
            refs = as_list(item.get(key))
            if any(isinstance(r, dict) and set(r) == {"@id"} for r in refs):
                item[key] = [by_id.get(r["@id"], r) if isinstance(r, dict) and set(r) == {"@id"} else r
                             for r in refs]
    return sorted(objects, key=lambda item: not _is_article(item))


def linked_text(linked: list[dict[str, Any]], key: str) -> str | None:
    """A text field (``articleBody``, ``description``) of the page's first article object."""
    for item in linked:
        if _is_article(item) and isinstance(value := item.get(key), str) and value.strip():
            return value.strip()
    return None


def _is_article(item: dict[str, Any]) -> bool:
    return any(isinstance(t, str) and _ARTICLE_TYPE.search(t) for t in as_list(item.get("@type")))


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def person_names(value: Any) -> list[str]:
    """The names a JSON author field gives (a string, a person's ``{"name": …}``, or a list of
    them), as written, blank ones left out."""
    names = [v.get("name") if isinstance(v, dict) else v for v in as_list(value)]
    return [n for n in names if isinstance(n, str) and n.strip()]


def clean(value: str | None) -> str | None:
    """A value with its spaces folded; None when nothing is left."""
    value = " ".join(value.split()) if value else ""
    return value or None


def meta(tree: HTMLParser, keys: tuple[str, ...]) -> list[str]:
    """Contents of the meta tags named (``name``, ``property`` or ``itemprop``) by ``keys``, in the
    order of ``keys`` (then of the page)."""
    found: dict[str, list[str]] = {key: [] for key in keys}
    for node in tree.css("meta[content]"):
        key = (node.attributes.get("property") or node.attributes.get("name")
               or node.attributes.get("itemprop") or "").lower()
        if key in found and (node.attributes.get("content") or "").strip():
            found[key].append(node.attributes["content"] or "")
    return [value for key in keys for value in found[key]]


def iso(value: str | None) -> str | None:
    """``value`` as an ISO date or datetime; None when it is no date (records keep such values as
    given, but a page's metadata is not what its author wrote: a non-date there is noise)."""
    if value and _COMPACT_DATE.match(value.strip()):  # 20170514
        value = f"{value.strip()[:4]}-{value.strip()[4:6]}-{value.strip()[6:]}"
    found = normalise_date(value)
    return found if found and _ISO_START.match(found) else None


# -- address and language --------------------------------------------------------------------------

def canonical(tree: HTMLParser, linked: list[dict[str, Any]]) -> str | None:
    """The page's canonical address: ``<link rel=canonical>``, ``og:url``, JSON-LD ``mainEntityOfPage``,
    microdata ``mainEntityOfPage``."""
    for selector, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(selector)
        if node is not None and (node.attributes.get(attr) or "").startswith(("http://", "https://")):
            return node.attributes[attr]
    for item in linked[:1] if linked and _is_article(linked[0]) else []:
        page = item.get("mainEntityOfPage")
        address = page.get("@id") or page.get("url") if isinstance(page, dict) else page
        if isinstance(address, str) and address.startswith(("http://", "https://")):
            return address
    # Microdata: <meta itemprop=mainEntityOfPage content=URL>, <link ... href=URL>, or the WebPage's itemid.
    for node in tree.css('[itemprop="mainEntityOfPage"]'):
        for attr in ("content", "href", "itemid"):
            if (address := node.attributes.get(attr) or "").startswith(("http://", "https://")):
                return address
    return None


def language(tree: HTMLParser, linked: list[dict[str, Any]]) -> str | None:
    """The BCP 47 tag the page declares: ``<html lang>``, Content-Language, JSON-LD ``inLanguage``,
    ``og:locale`` (``ar_AR`` → ``ar-AR``)."""
    root = tree.css_first("html")
    candidates = [root.attributes.get("lang") or root.attributes.get("xml:lang") if root is not None else None]
    candidates += [node.attributes.get("content") for node in tree.css("meta[http-equiv]")
                   if (node.attributes.get("http-equiv") or "").lower() == "content-language"]
    candidates += [item.get("inLanguage") for item in linked[:1]]
    candidates += meta(tree, ("og:locale",))
    for value in candidates:
        tag = value.strip().replace("_", "-") if isinstance(value, str) else ""
        if _LANGUAGE_TAG.match(tag):
            return tag
    return None


def url_date(*urls: str | None) -> str | None:
    """The ISO date in the path of the first address that holds one (``/2017/05/14/slug``)."""
    for url in urls:
        path = re.sub(r"^[a-z]+://[^/]+", "", url or "", flags=re.IGNORECASE)
        for m in _URL_DATE.finditer(path):
            try:
                return dt.date(int(m[1]), int(m[3] or m[5]), int(m[4] or m[6])).isoformat()
            except ValueError:
                continue
    return None


# -- publication and modification ----------------------------------------------------------------

def published(tree: HTMLParser, linked: list[dict[str, Any]], urls: tuple[str | None, ...] = ()) -> str | None:
    """The publication time as ISO: meta tags, JSON-LD, ``<time datetime>``, the address's date,
    then a date shown as text."""
    if found := _declared_time(tree, _DATE_METAS, linked, "datePublished"):
        return found
    for selector in _TIME_SELECTORS:
        for node in tree.css(selector):
            if (node.attributes.get("itemprop") or "").lower() == "datemodified":
                continue
            value = node.attributes.get("datetime") or node.attributes.get("content")
            if value := iso(value):
                return value
    return url_date(*urls) or _titled_time(tree) or _shown_date(tree)


def _titled_time(tree: HTMLParser) -> str | None:
    """The date a ``<time>`` element's tooltip gives when it shows an age (``<time title="2018-04-02">منذ
    3 ساعات</time>``: an aggregator's, a forum's relative time) and declares no ``datetime``."""
    for node in tree.css("time[title]"):
        value = " ".join((node.attributes.get("title") or "").split())
        if found := iso(value) or ((date := parse_date_line(value)) and date.value):
            return found
    return None


def modified(tree: HTMLParser, linked: list[dict[str, Any]]) -> str | None:
    """The last modification time as ISO: meta tags, JSON-LD ``dateModified``, ``[itemprop=dateModified]``."""
    if found := _declared_time(tree, _MODIFIED_METAS, linked, "dateModified"):
        return found
    for node in tree.css("[itemprop=dateModified]"):
        if value := iso(node.attributes.get("datetime") or node.attributes.get("content")):
            return value
    return None


def _declared_time(tree: HTMLParser, metas: tuple[str, ...], linked: list[dict[str, Any]], key: str) -> str | None:
    """The first ISO time in the meta tags ``metas``, else in the JSON-LD property ``key``."""
    for value in meta(tree, metas):
        if found := iso(value):
            return found
    for item in linked:
        if isinstance(item.get(key), str) and (found := iso(item[key])):
            return found
    return None


def _shown_date(tree: HTMLParser) -> str | None:
    """A date written out on the page (``الاثنين 15 مارس 2021``, ``14/11/2017``): in an element
    classed as a date, else the first element that holds nothing but a date.  A date labelled as
    an update (``آخر تحديث``) is taken only when no other is shown."""
    updated = None
    for node in tree.css("time, [class]"):
        classes = node.attributes.get("class") or ""
        if node.tag != "time" and not _DATE_HINT.search(classes):
            continue
        text = " ".join(node.text(deep=True).split())
        if text and len(text) < _DATE_MAX_CHARS and (found := parse_date_line(text)):
            if found.kind == "published":
                return found.value
            updated = updated or found.value
        elif (text and len(text) < _DATE_MAX_CHARS and text.count(" ") < _HINTED_MAX_WORDS and not date_label(text)
              and (dates := find_dates(norm(text)))):
            return dates[0][2]  # "فلان في 2017/11/12 - 10:20": the post's meta line, its author beside the date
    for node in tree.css("body *"):
        text = node.text(deep=False).strip() if node.tag not in ("script", "style") else ""
        if text and len(text) < _DATE_MAX_CHARS and _DIGIT.search(text):
            found = parse_date_line(" ".join(text.split()))
            if found is not None and found.kind == "published":
                # a property row's value: its name says what the date is (Notion's Created, then Published)
                if date_label(_property_name(node)) in (None, "published"):
                    return found.value
                updated = updated or found.value
    return updated


def _property_name(node: Any) -> str:
    """The name of the property row whose value ``node`` is (``<div><span>Created</span></div><div>
    July 5, 2019</div>``, a ``th`` before its ``td``): the text of the element before it or before
    the wrapper it alone fills, when that holds a few words and no figure; else ''."""
    while node is not None and node.tag != "body":
        before = node.prev
        while before is not None and before.tag == "-text" and not (before.text() or "").strip():
            before = before.prev
        if before is not None and before.tag != "-text":
            name = " ".join(before.text(deep=True).split())
            return name if name and name.count(" ") < _PROPERTY_NAME_WORDS and not _DIGIT.search(name) else ""
        if before is not None or (node.next is not None and (node.next.tag != "-text" or (node.next.text() or "").strip())):
            return ""
        node = node.parent
    return ""
