"""HTML pages read as records: the fields a page's markup gives, and its main text.

An HTML page (``source.kind`` ``html`` or ``warc``) is turned into the same record-shaped dict a
JSON Lines line holds (``title``, ``date``, ``author``, ``lead``, ``source``, ``url``, ``text``),
plus ``related``: the headlines of the page's related-links blocks.  The structure stage then takes
the fields as given and analyses ``text`` like a record's (datelines, furniture, related lines).

trafilatura finds the main text; selectolax reads the metadata (:mod:`khabar.structure.html_meta`:
full timestamps, where trafilatura keeps the day only; modification time, language, canonical
address), the headline and site name (:mod:`khabar.structure.html_title`) and author
(:mod:`khabar.structure.html_byline`) as the page shows them, the related-links lists
trafilatura drops as boilerplate (:mod:`khabar.structure.html_related`), and the photo captions
and date lines it leaves in the text (returned as ``furniture``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from khabar.structure.credits import credit_parts
from khabar.structure.data import copyright_pattern, norm, read_rows, read_set
from khabar.structure.dates import parse_date_line
from khabar.structure.furniture import nav_item
from khabar.structure.html_byline import labelled_author, page_author, trafilatura_author
from khabar.structure.html_clean import readable_page
from khabar.structure.html_density import densest_text
from khabar.structure.html_headline import PROBE_CHARS, prominent_headline
from khabar.structure.html_meta import (
    canonical,
    clean,
    iso,
    json_ld,
    language,
    linked_text,
    modified,
    published,
)
from khabar.structure.html_related import related_links
from khabar.structure.html_size import bounded_markup
from khabar.structure.html_title import SITE_MAX_WORDS, TITLE_SEPARATORS, site_name, title_and_site
from khabar.structure.outlets import is_outlet, labelled_outlet
from khabar.structure.related import headline_like

_IMAGE_TAGS = "img, amp-img, picture, video, iframe, amp-video, amp-iframe, amp-youtube"
#: Elements that hold running text: an image inside one is no captioned figure.
_TEXT_CONTAINERS = frozenset({"p", "article", "main", "body", "html", "section", "td", "li", "a"})
_CAPTION_DEPTH = 2
_CAPTION_MAX_WORDS = 20
_SENTENCE_ENDS = (".", "!", "?", "؟", "…")
_DATE_LINE_MAX_WORDS = 8
_FALLBACK_RATIO = 2
_PROSE_LINE_WORDS = 12  # a main text without a line this long holds no paragraph
_EXCERPT_MIN_CHARS = 40  # a description this long that cuts the first paragraph short is an excerpt
_ELLIPSES = ("[…]", "[&hellip;]", "…", "...")  # an excerpt's closing mark, the longest first
_SUBTITLE_OPENING_WORDS = 6  # a paragraph opening with this many of a subtitle's words repeats it
_DECLARED_BODY_RATIO = 2  # times the words of the page's text, for the declared articleBody to stand in
_PULL_QUOTE_MIN_WORDS = 7  # shorter repeated lines are subheadings
_EXCERPT_MIN_MORE_WORDS = 3  # the paragraph a pull quote is cut from says more
_FORMAT_CHARS = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SAME_PARAGRAPH_SHARE = 0.8  # paragraphs on one subject share fewer of their words
_KICKER_MAX_WORDS = 6  # a line above the headline this short is a label, not a paragraph
_META_MAX_CHARS = 80  # a post's meta line: a name and a date
_NOTICES = re.compile(r"(?<=\.)\s+(?=\S)|\s+[|·•]\s+")  # sentences or bars between the notices of a foot
#: Words compared between a description and the article: four letters or more, without و / ال.
_CONTENT_MIN_CHARS = 4
_CLASS_PARTS = re.compile(r"[\s_-]+")  # class names and the words they are made of
_SUBTITLE_MIN_WORDS = 4  # a shorter heading under the headline is a section's or a kicker
_CLITICS = re.compile(r"^(?:و?ال|و)(?=\w{3})")


def html_record(html: str, url: str | None = None) -> dict[str, Any]:
    """The record a page gives: title, date (ISO), author, lead, source (site), url, text, related;
    the page's own metadata: modified (ISO), language (BCP 47), canonical (its address); and what
    was taken out of the main text: furniture (captions, date lines) and pull_quotes.  A page past
    :data:`khabar.structure.html_size.MAX_HTML_CHARS` is read as :func:`bounded_markup` leaves it."""
    import trafilatura

    # One selectolax tree for every reader below (metadata, headline, byline, captions, densest
    # block, related links); trafilatura parses the same markup with lxml, its own tree.
    html, tree = readable_page(bounded_markup(html).html)
    # Second-opinion extractors on (fast=False): pages without semantic markup need them.  No
    # extensive date search: it runs dateparser over the page's text (half the time of a page),
    # while dates shown as Arabic text are read below.
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True, fast=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    linked = json_ld(tree)
    site = site_name(tree, linked)
    title, bar_site = title_and_site(tree, linked, site)
    title = title or (clean(doc.title) if doc is not None else None)
    # trafilatura guesses a site name from the title bar, and takes a headline with '..' for one.
    guessed = clean(doc.sitename) if doc is not None else None
    site = site or bar_site or (guessed if guessed != title else None)
    if site and norm(site) in _platforms():
        site = None  # the host of a channel's or a blog's page: its owner is the outlet
    site = site or _home_link_name(tree, title) or _dated_outlet(tree) or _copyright_owner(tree)
    site = _credited_source(tree, site) or site
    labels = _captions(tree) | ({site} if site else set())  # the site's name alone is no paragraph either
    main = _declared_body(_main_text(doc, tree), linked)
    above: list[str] = []
    if (opening := _headline_under_site_bar(title, main, tree)) is not None:
        main, above = _below_headline(main, opening)
        site, title = site or _masthead(above) or _bar_part_named(tree) or title, opening
    author = page_author(tree, linked) or trafilatura_author(doc) or labelled_author(tree)
    text, furniture = _page_furniture(_without_title(main, title, author), labels)
    furniture = [line for line in (clean(line) for line in above) if line] + furniture
    text, pull_quotes = _pull_quotes(text)
    address = canonical(tree, linked)
    lead, text = _lead_and_text(tree, title, text, linked_text(linked, "description")
                                or (clean(doc.description) if doc is not None else None))
    return {
        "title": title,
        "date": (published(tree, linked, (address, url)) or iso(doc.date if doc is not None else None)
                 or _shown_date(furniture)),
        "modified": modified(tree, linked),
        "author": author,
        "lead": lead,
        "source": site,
        "url": address or (doc.url if doc is not None else None) or url,
        "canonical": address,
        "language": language(tree, linked),
        "text": text,
        "related": related_links(tree, text, title),
        "furniture": furniture,
        "pull_quotes": pull_quotes,
    }


def _main_text(doc: Any, tree: HTMLParser) -> str:
    """trafilatura's main text, read again against the page's densest block of prose.

    The block replaces the text when it holds more and either the text has no sentence-long line
    (trafilatura took a poll or a weather box beside a short article, or found nothing) or the
    block holds far more, the text's lines among them (trafilatura kept part of the article only).
    Otherwise, when the block holds the text's lines, paragraphs of it that trafilatura dropped
    before or between them (a lead set apart from the body) are put back in their place."""
    text = (doc.text if doc is not None else None) or ""
    dense = densest_text(tree)
    words, dense_words = len(text.split()), len(dense.split())
    if dense_words <= words:
        return text
    lines = [clean(line) or "" for line in text.split("\n")]
    if not any(len(line.split()) >= _PROSE_LINE_WORDS for line in lines):
        return dense
    dense_lines = [clean(line) or "" for line in dense.split("\n")]
    shared = len(set(lines) & set(dense_lines))
    if shared * 2 < len([line for line in lines if line]):
        return text  # another part of the page
    if dense_words > _FALLBACK_RATIO * words:
        return dense
    return "\n".join(_with_dropped_paragraphs(text.split("\n"), lines, dense_lines))


def _with_dropped_paragraphs(original: list[str], lines: list[str], dense_lines: list[str]) -> list[str]:
    """The text's lines with the block's sentences it lacks (no line it holds in other words)
    inserted before the text line that follows them in the block; none after the last shared line
    (comments and notes end pages)."""
    position = {line: i for i, line in enumerate(lines) if line}
    before: dict[int, list[str]] = {}
    pending: list[str] = []
    for line in dense_lines:
        if line in position:
            before.setdefault(position[line], []).extend(pending)
            pending = []
        elif _is_sentence(line) and not any(_overlap(line, known) for known in position):
            pending.append(line)
    out: list[str] = []
    for i, line in enumerate(original):
        out += before.get(i, [])
        out.append(line)
    return out


def _is_sentence(line: str) -> bool:
    """A paragraph's worth of prose ending as a sentence ends (not a run of labels and dates)."""
    return len(line.split()) >= _PROSE_LINE_WORDS and line.rstrip("\"'»”)").endswith(_SENTENCE_ENDS + (":",))


def _overlap(line: str, other: str) -> bool:
    """Whether the words of ``line`` are mostly those of ``other`` (one paragraph read twice,
    spaced or punctuated differently)."""
    words, others = set(line.split()), set(other.split())
    return len(words & others) >= _SAME_PARAGRAPH_SHARE * len(words)


def _captions(tree: HTMLParser) -> set[str]:
    """Texts set as photo and video captions: ``<figcaption>``, and the short text of the nearest
    block around an image or embedded player (a container holding it and a line of text, not a
    paragraph)."""
    found = {clean(node.text(deep=True)) for node in tree.css("figcaption")}
    for image in tree.css(_IMAGE_TAGS):
        node = image.parent
        for _ in range(_CAPTION_DEPTH):
            if node is None or node.tag in _TEXT_CONTAINERS:
                break
            if text := clean(node.text(deep=True)):
                if len(text.split()) <= _CAPTION_MAX_WORDS and not text.endswith(_SENTENCE_ENDS):
                    found.add(text)
                break
            node = node.parent
    return {text for text in found if text}


def _page_furniture(text: str, captions: set[str]) -> tuple[str, list[str]]:
    """(The main text without photo captions and lines that are only a date, those lines): pages
    show the day's or the article's date and captions beside the text, never as a paragraph."""
    kept, furniture = [], []
    for line in text.split("\n"):
        cleaned = clean(line)
        short_date = cleaned and len(cleaned.split()) <= _DATE_LINE_MAX_WORDS and parse_date_line(cleaned)
        if cleaned and (cleaned in captions or short_date):
            furniture.append(cleaned)
        else:
            kept.append(line)
    return "\n".join(kept), furniture


def _shown_date(furniture: list[str]) -> str | None:
    """The date of the first date line taken out of the main text, for a page that declares none
    (a legacy page's ``22-04-2018`` under the headline)."""
    for line in furniture:
        if (found := parse_date_line(line)) is not None and found.kind == "published":
            return found.value
    return None


def _pull_quotes(text: str) -> tuple[str, list[str]]:
    """(The main text without pull quotes, the pull quotes): lines that repeat an excerpt of a
    longer paragraph of the same text (a quotation set large beside the column, or a standfirst
    that opens the first paragraph again); a paragraph repeated with a word more is no excerpt."""
    lines = [clean(line) or "" for line in text.split("\n")]
    words = [len(line.split()) for line in lines]
    # Each line is searched for in all the longer lines at once, not line by line (quadratic: about
    # 8 s of CPU for a page of 1,000 paragraphs): joined longest first, the lines of at least n words
    # are a prefix of ``joined``, and no match runs across two since no line holds a newline.
    longest_first = sorted(range(len(lines)), key=words.__getitem__, reverse=True)
    joined = "\n".join(lines[j] for j in longest_first)
    fewer_words = [-words[j] for j in longest_first]  # ascending, for bisect
    ends = list(accumulate(len(lines[j]) + 1 for j in longest_first))
    repeated = set()
    for i, line in enumerate(lines):
        if words[i] >= _PULL_QUOTE_MIN_WORDS:
            longer = bisect_right(fewer_words, -(words[i] + _EXCERPT_MIN_MORE_WORDS))
            if longer and joined.find(line, 0, ends[longer - 1] - 1) != -1:
                repeated.add(i)
    kept = [line for i, line in enumerate(text.split("\n")) if i not in repeated]
    return "\n".join(kept), [lines[i] for i in sorted(repeated)]


def _declared_body(text: str, linked: list[dict[str, Any]]) -> str:
    """The JSON-LD ``articleBody`` in place of the page's text when that is a fraction of it: an
    app shell that renders the article with scripts shows a teaser at most."""
    body = linked_text(linked, "articleBody")
    if body and len(body.split()) > _DECLARED_BODY_RATIO * len(text.split()):
        return "\n".join(line for line in (clean(ln) for ln in body.splitlines()) if line)
    return text


def _lead_and_text(tree: HTMLParser, title: str | None, text: str, description: str | None) -> tuple[str | None, str]:
    """(the deck, the text): the description, or the subtitle set under the headline, which the
    text then opens with (an element of the page's head, no paragraph: trafilatura keeps it); a
    description that only repeats the text's opening yields to the subtitle; without one, an
    automatic excerpt cut inside a word is no deck (a lead cut from the text at a word stays one)."""
    lead, subtitle = _lead(description, title, text), _subtitle(tree, title)
    if subtitle is None:
        return (None if lead is not None and _cut_excerpt(lead, text) else lead), text
    first, _, rest = text.partition("\n")
    # (a lead cut from the text, the paragraphs under it opening as it does, stays: the extraction
    # keeps one copy of the words, the subtitle's or the paragraphs')
    opening = " ".join(norm(subtitle).split()[:_SUBTITLE_OPENING_WORDS])
    repeated = (first.strip() == subtitle and tree.body is not None
                and norm(tree.body.text(deep=True)).count(opening) > 1)
    body = rest if first.strip() == subtitle and not repeated else text
    return (subtitle, body) if lead is None or _repeats_opening(lead, body) else (lead, text)


def _cut_excerpt(description: str, text: str) -> bool:
    """Whether a description is a CMS's automatic excerpt of the text, no deck: the first paragraph's
    opening characters, cut inside a word or closed by an ellipsis (Ghost's 150 characters,
    WordPress's ``…``); a lead cut from the text ends where a word or a sentence does."""
    stem = description.rstrip()
    mark = next((mark for mark in _ELLIPSES if stem.endswith(mark)), "")
    stem = stem.removesuffix(mark).rstrip()
    first = text.partition("\n")[0].strip()
    if len(stem) < _EXCERPT_MIN_CHARS or len(first) <= len(stem) or not first.startswith(stem):
        return False
    return bool(mark) or (stem[-1].isalpha() and first[len(stem)].isalpha())


def _repeats_opening(description: str, text: str) -> bool:
    """Whether a description repeats the text's first paragraph, whole or cut short (a CMS's
    automatic excerpt of its opening characters)."""
    words = norm(description).rstrip(".… ").split()
    return len(words) >= _SUBTITLE_MIN_WORDS and norm(text.partition("\n")[0]).startswith(" ".join(words[:-1]))


def _lead(description: str | None, title: str | None, text: str) -> str | None:
    """The page's description as the deck, unless it is about the site rather than the article: a
    site-wide slogan shares no content word with the headline and the text."""
    if not description or description == title:
        return None
    known = _content_words(f"{title or ''} {text}")
    return description if _content_words(description) & known else None


def _subtitle(tree: HTMLParser, title: str | None) -> str | None:
    """The ``<h2>`` (or ``<h3>``: Substack's subtitle; or a ``<p>``/``<div>`` classed as a standfirst,
    ``<p class="excerpt">``) set right after the headline's ``<h1>`` (nothing but spaces between them), when
    the page declares no description: the deck (an Instant Article's header), a phrase of a few
    words or more; the first paragraph may repeat it (a lead cut from the text) and keeps it."""
    # (the headline's <h1>: a newsletter's header may set the publication's name in an <h1> over it)
    h1 = next((node for node in tree.css("h1") if clean(node.text(deep=True)) == title), None)
    after = h1.next if h1 is not None else None
    while after is not None and after.tag == "-text" and not (after.text() or "").strip():
        after = after.next
    if after is None or not (after.tag in ("h2", "h3") or (after.tag in ("p", "div") and _standfirst_class(after))):
        return None
    text = clean(after.text(deep=True))
    return text if text and text != title and len(text.split()) >= _SUBTITLE_MIN_WORDS else None


def _standfirst_class(node: Any) -> bool:
    """Whether an element's class names a standfirst (``excerpt``, ``post-subtitle``: the parts of
    its class names, resources/standfirst_classes.txt)."""
    parts = _CLASS_PARTS.split((node.attributes.get("class") or "").lower())
    return not read_set("standfirst_classes.txt").isdisjoint(parts)  # (Latin words: norm lower-cases them)


def _content_words(text: str) -> set[str]:
    """Matching forms of the longer words of ``text``, without a leading و or article."""
    words = (_CLITICS.sub("", w) for w in norm(text).split())
    return {w for w in (re.sub(r"\W", "", w) for w in words) if len(w) >= _CONTENT_MIN_CHARS}


def _without_title(text: str, title: str | None, author: str | None = None) -> str:
    """The main text without the headline heading it (trafilatura keeps an ``<h1>`` inside the
    article), also when short lines (a section label, a kicker) stand above the headline, nor the
    writer's name alone right under it (an ``<address>`` the article opens with: the byline)."""
    lines = text.split("\n")
    shown = _visible(title or "")
    if shown and (i := _headline_at(lines, shown)) is not None:
        while i < len(lines) and _visible(lines[i]) == shown:
            lines.pop(i)
        name = _visible(author or "")
        while name and i < len(lines) and _visible(lines[i]) == name:
            lines.pop(i)
    return "\n".join(lines)


def _headline_at(lines: list[str], headline: str) -> int | None:
    """Where the main text shows the headline, past no more than short lines (a section label, a
    kicker, a letterhead); None when a longer line comes first."""
    for i, line in enumerate(lines):
        if _visible(line) == headline:
            return i
        if len(line.split()) > _KICKER_MAX_WORDS:
            break
    return None


def _below_headline(text: str, headline: str) -> tuple[str, list[str]]:
    """(The main text from the headline found in it on, the short lines above it): over a headline
    set as no heading stand the letterhead, the masthead and the date (a word processor's page)."""
    lines = text.split("\n")
    if (i := _headline_at(lines, headline)) is None:
        return text, []
    return "\n".join(lines[i:]), lines[:i]


def _masthead(above: list[str]) -> str | None:
    """The short name opening the lines over a headline set as no heading (a press release's
    masthead): the outlet."""
    first = _visible(above[0]) if above else ""
    if first and first.count(" ") < SITE_MAX_WORDS and not any(ch.isdigit() for ch in first):
        return first
    return None


def _home_link_name(tree: HTMLParser, title: str | None) -> str | None:
    """The site's name as its logo link to the home page shows it (``<a class="brand" href="/">``),
    a short name that is no menu item (``الرئيسية``), when nothing declares one."""
    for node in tree.css('a[href="/"]'):
        name = clean(node.text(deep=True))
        if (name and name != title and name.count(" ") < SITE_MAX_WORDS and not any(ch.isdigit() for ch in name)
                and not nav_item(name) and norm(name) not in _platforms()):
            return name
    return None


def _copyright_owner(tree: HTMLParser) -> str | None:
    """The outlet a copyright notice names as the page's owner (``Copyright © 2018 صحيفة الأفق, All
    rights reserved.``, ``جميع الحقوق محفوظة لـ صحيفة الأفق 2018``: a newsletter's foot), when the page
    names no site otherwise and the rest of the notice is an outlet's name."""
    for node in tree.css("body *"):
        if node.tag in ("script", "style"):
            continue
        text = clean(node.text(deep=False))
        if not text or len(text) > _META_MAX_CHARS or not copyright_pattern("notice").search(text):
            continue
        # A foot may hold two notices, the host's and the paper's (``© PressReader. All rights reserved.
        # Copyright © 2018 صحيفة الأفق``): each is read alone, a platform's passed over.
        for notice in _NOTICES.split(text):
            owner = " ".join(copyright_pattern("words").sub(" ", notice).split()).strip(" ,،.-–|")
            if owner and copyright_pattern("notice").search(notice) and norm(owner) not in _platforms() and is_outlet(owner):
                return owner
    return None


def _dated_outlet(tree: HTMLParser) -> str | None:
    """The outlet a meta line credits beside the date (a feed reader's ``صحيفة الأفق · 12 مارس 2023``),
    when the page names no site otherwise."""
    for node in tree.css('[class*="meta" i], [class*="source" i]'):
        text = clean(node.text(deep=True))
        parts = credit_parts(text) if text and len(text) <= _META_MAX_CHARS else None
        if parts and "date" in parts and "outlet" in parts:
            return parts["outlet"]
    return None


def _credited_source(tree: HTMLParser, site: str | None) -> str | None:
    """The outlet an aggregator's copy of a piece credits (Nabd, a portal's news feed): a page
    linking out to the piece at its source (``اقرأ الخبر من المصدر``: ``source_link`` rows of
    outlets.tsv) names the source's outlet in an element of a ``source`` class or on a source line
    (``المصدر: …``); its own name (the site) is the aggregator's, not the outlet's."""
    phrases = _source_link_phrases()
    shown = (norm(text) for node in tree.css('a[href^="http"]')  # (each link's text folded once)
             if (text := node.text(deep=True)) and len(text) <= _META_MAX_CHARS)
    if not any(phrase in text for text in shown for phrase in phrases):
        return None
    for node in tree.css('[class*="source" i]'):
        name = clean(node.text(deep=False))  # its own text: a source bar's date is no part of the name
        if name and name != site and len(name) <= _META_MAX_CHARS and is_outlet(name):
            return name
    for node in tree.css("body *"):  # or a source line: "المصدر: سكاي نيوز عربية"
        text = clean(node.text(deep=False))
        if text and len(text) <= _META_MAX_CHARS and (name := labelled_outlet(text)) and name != site:
            return name
    return None


@lru_cache(maxsize=1)
def _source_link_phrases() -> tuple[str, ...]:
    return tuple(norm(name) for kind, name in read_rows("outlets.tsv") if kind == "source_link")


@lru_cache(maxsize=1)
def _platforms() -> frozenset[str]:
    """Sites hosting channels, pages and blogs (``platform`` rows of resources/outlets.tsv)."""
    return frozenset(norm(name) for kind, name in read_rows("outlets.tsv") if kind == "platform")


def _headline_under_site_bar(title: str | None, main: str, tree: HTMLParser) -> str | None:
    """The main text's first line when the only title the page gives is a short name set as no
    heading (a title bar holding the site's name over a page without headings, the headline in a
    bold span at the top of the text): that line, shaped as a headline and longer, is the headline."""
    if title and title.count(" ") >= SITE_MAX_WORDS or tree.css_first("h1, h2") is not None:
        return None
    if (prominent := prominent_headline(tree, main, title)) is not None:
        return prominent
    if not title:
        return None
    first = _visible(main.split("\n", 1)[0])
    if first.count(" ") > title.count(" ") and headline_like(first) and first != title:
        return first
    bold = _bold_over(tree, first)  # the extractor may leave a bold line out of the text
    if bold is not None and bold.count(" ") > title.count(" ") and headline_like(bold):
        return bold
    return None


def _bar_part_named(tree: HTMLParser) -> str | None:
    """The one part of a two-part title bar (``تفاصيل الخبر - site``) that the page names again (its
    logo's alt text, the copyright line) when the other, the page's label, it does not: the site."""
    bar = tree.css_first("title")
    parts = [part for part in TITLE_SEPARATORS.split(clean(bar.text(deep=True)) or "") if part] if bar else []
    if len(parts) != 2 or tree.body is None:
        return None
    shown = (tree.body.text(deep=True) or "") + " ".join(clean(img.attributes.get("alt")) or "" for img in tree.css("img[alt]"))
    named = [part for part in parts if part in shown]
    return named[0] if len(named) == 1 else None


def _bold_over(tree: HTMLParser, first: str) -> str | None:
    """The text of a bold run set right before the main text's first line (only line breaks between
    them: ``<b>headline</b><br/><br/>text``, a channel post's or a legacy page's headline)."""
    probe = first[:PROBE_CHARS]
    for node in tree.css("b, strong"):
        after = node.next
        while after is not None and (after.tag == "br" or after.tag == "-text" and not (after.text() or "").strip()):
            after = after.next
        if after is not None and probe and " ".join((after.text(deep=True) or "").split()).startswith(probe):
            return clean(node.text(deep=True))
    return None


def _visible(text: str) -> str:
    """Text as shown: spaces folded, invisible format characters (bidi marks) left out."""
    return " ".join(_FORMAT_CHARS.sub("", text).split())
