"""The ``structure`` stage: page fields from a raw text dump or a JSON Lines record.

Text dumps (``source.kind`` ``text``, or ``stdin`` holding a page) get every field from the page:
see :mod:`khabar.structure.layout`.  JSON Lines records keep the title, date, lead and author that
ingest took from the record; their text is still analysed for body paragraphs, furniture, related
headlines and a dateline (:mod:`khabar.structure.record`), and their date is normalised to ISO.
HTML pages (``source.kind`` ``html``, or ``warc`` for a crawl's response record) are read as the
record their markup gives (:func:`khabar.structure.html.html_record`) and then treated like one.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.ingest.encoding import note_repairs, repair_text
from khabar.model import Article
from khabar.structure.bylines import CREDIT_QUOTES, credited_body, is_identifier
from khabar.structure.deck import copies_text
from khabar.structure.html import html_record
from khabar.structure.html_clean import shows_text
from khabar.structure.html_size import bounded_markup
from khabar.structure.layout import PageFields, analyse_page
from khabar.structure.record import analyse_record_text, record_text
from khabar.structure.record_credit import place_colon_names, split_credit

__all__ = ["Options", "PageFields", "analyse_page", "analyse_record_text", "run"]


@dataclass
class Options:
    #: Cut datelines off the first body paragraph into ``dateline`` (off: the paragraph stays whole).
    datelines: bool = True


def _is_record(article: Article) -> bool:
    return article.source.kind in ("jsonl", "stdin", "feed") and article.raw.lstrip().startswith("{")


#: Source kinds whose raw input is an HTML page.
HTML_KINDS = ("html", "warc")


def run(article: Article, options: Options) -> Article:
    if article.source.kind in HTML_KINDS:
        _apply_html(article, options)
    elif _is_record(article):
        _apply_record(article, options)
    else:
        _apply_page(article, options)
    return article


def _apply_html(article: Article, options: Options) -> None:
    """The page's record fields as given (like a JSON line's), its main text analysed like a record's."""
    bounded = bounded_markup(article.raw)
    if bounded.note:  # before the text's own repairs: the page was cut before its text was read
        note_repairs(article.source.repairs, [bounded.note])
    record = html_record(bounded.html, article.source.url)
    if not (record["text"] or "").strip() and not shows_text(article.raw):  # not an empty article
        raise ValueError("no text: the page shows none (an empty body, or all of its words inside "
                         "<script> or <noscript>)")
    article.headline, article.deck = record["title"], record["lead"]
    article.byline, article.outlet, article.published = record["author"], record["source"], record["date"]
    article.source.url = article.source.url or record["url"]
    article.source.canonical = record["canonical"]
    article.modified, article.language = record["modified"], record["language"]
    _apply_record(article, options, record["text"], author_credit=False)
    article.related = record["related"] + [r for r in article.related if r not in record["related"]]
    article.furniture = record["furniture"] + article.furniture
    article.pull_quotes = record["pull_quotes"]


def _repaired(article: Article, text: str | None) -> str | None:
    """``text`` with damage done upstream (HTML entities, mojibake) repaired, noted in ``source.repairs``."""
    if not text:
        return text
    fixed = repair_text(text)
    note_repairs(article.source.repairs, fixed.repairs)
    return fixed.text


def _apply_record(article: Article, options: Options, text: str | None = None, author_credit: bool = True) -> None:
    """A record's fields as given, its text analysed; its author, when ``author_credit`` and a credit
    line (a JSON record's ``author`` field: ``أبوظبي - سكاي نيوز عربية``), read into its parts."""
    article.headline, article.deck, article.byline = (
        _repaired(article, value) for value in (article.headline, article.deck, article.byline))
    text = _repaired(article, record_text(article.raw) if text is None else text) or ""
    found = analyse_record_text(text, article.published, article.byline)
    article.published = found.published
    if article.byline and is_identifier(article.byline):
        article.byline = None  # a content system's key given as the author (a UUID): names no one
    given = bool(article.byline)  # the record's author (metadata), else a byline its text names
    article.byline = article.byline or found.byline
    article.outlet = article.outlet or found.outlet
    _set_dateline(article, found.dateline, found.body, options)
    article.agency = found.agency if article.dateline else None
    if author_credit:  # (a JSON record's; an HTML page's description and author stay as the page gives them)
        if article.deck and copies_text(article.deck, found.body):
            article.deck = None  # the lead a feed cut off the text: no deck
        _read_credit(article)
        _byline_to_credit(article, metadata=given)
    article.related = found.related
    article.furniture = found.furniture


def _byline_to_credit(article: Article, metadata: bool) -> None:
    """A byline naming a news agency or outlet alone (``رويترز``, ``«الشرق الأوسط»``) names no writer:
    the name fills the agency or outlet field when that is empty (noted in ``credit_fields`` when the
    byline was ``metadata``, a record's author: no text of the article), and the byline is left empty."""
    kind = credited_body(article.byline) if article.byline else None
    if kind is None:
        return
    name = (article.byline or "").strip(CREDIT_QUOTES + ":")
    if not getattr(article, kind):
        setattr(article, kind, name)
        if metadata:
            article.annotations["credit_fields"] = article.annotations.get("credit_fields", frozenset()) | {kind}
    article.byline = None


def _read_credit(article: Article) -> None:
    """A record's author given as a credit line (``أبوظبي - سكاي نيوز عربية``, ``القاهرة - علي فراج:``)
    read into its parts: the people it names are the byline (an agency or outlet alone is none), the
    outlet and agency fill those fields when the text names none, the place is the dateline when the
    text opens with none.  The fields so filled are noted as ``credit_fields`` in the annotations: they
    come from the record's metadata, not from its text, which is what the entities stage reads."""
    credit = (split_credit(article.byline) or place_colon_names(article.byline)) if article.byline else None
    if credit is None:
        return
    article.byline = credit.byline
    parts = {"outlet": credit.outlet, "dateline": credit.place, "agency": credit.agency}
    filled = frozenset(name for name, part in parts.items() if part and not getattr(article, name))
    for name in filled:
        setattr(article, name, parts[name])
    article.annotations["credit_fields"] = filled


#: No word is longer (the longest run without a space in the 50,059 corpus records has 287
#: characters): a longer run is encoded data (a ``data:`` image, base64), not text.
MAX_WORD_CHARS = 1_000


def _no_text(page: str) -> str:
    """Why a page that gives no headline, deck or paragraph has no text: the error's reason."""
    longest = max((len(run) for run in page.split()), default=0)
    if longest > MAX_WORD_CHARS:
        return (f"no text: a run of {longest:,} characters without a space, longer than any word "
                f"({MAX_WORD_CHARS:,} at most: encoded data?), and no line of text beside it")
    return "no text: every line of the page is furniture (menus, links, counters, dates)"


def _apply_page(article: Article, options: Options) -> None:
    page = analyse_page(_repaired(article, article.raw) or "")
    if page.headline is None and page.deck is None and not page.body:
        raise ValueError(_no_text(article.raw))
    article.published = page.published
    article.headline = page.headline
    article.deck = page.deck
    article.outlet = page.outlet
    article.byline = page.byline
    article.pull_quotes = page.pull_quotes
    _set_dateline(article, page.dateline, page.body, options)
    article.agency = page.agency if article.dateline else None
    article.related = page.related
    article.furniture = page.furniture


def _set_dateline(article: Article, dateline: str | None, body: list[str], options: Options) -> None:
    """Store the dateline, or (when datelines are off) put it back in front of the first paragraph."""
    if options.datelines or not dateline or not body:
        article.dateline = dateline
        article.body = body
        return
    article.dateline = None
    article.body = [f"{dateline} - {body[0]}", *body[1:]]
