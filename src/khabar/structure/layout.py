"""Page layout of a text dump: which line is the headline, the deck, the body.

General rules, not one site's template:

* the headline is the first line of text (menus, dates and share bars are classified away first,
  see :mod:`khabar.structure.lines`; a masthead the footer repeats is the outlet);
* the deck is the text line after the headline when the page marks where the body starts: a
  date/byline/outlet/credit line or a rule between them, a dateline opening the next paragraph, the
  next paragraphs repeating it, or a wider blank gap before a body whose paragraphs are not
  blank-separated;
* related headlines are found by :mod:`khabar.structure.related`;
* the body is the remaining text, its first paragraph stripped of a dateline.

Each decision has its module: the headline :mod:`khabar.structure.headline`, the credits under it
:mod:`khabar.structure.head_credits`, the deck :mod:`khabar.structure.deck`, the text's end
:mod:`khabar.structure.end_marks`, paragraphs cut by a page break :mod:`khabar.structure.page_breaks`;
this module runs them in order over the classified lines.
"""

from __future__ import annotations

from khabar.model import PageFields
from khabar.structure.columns import read_columns
from khabar.structure.data import norm
from khabar.structure.dateline import take_dateline
from khabar.structure.deck import has_deck, mark_foreign_head_lines
from khabar.structure.end_marks import mark_after_end
from khabar.structure.exports import mark_export
from khabar.structure.forms import mark_form
from khabar.structure.front_matter import mark_front_matter, mark_org_drawer
from khabar.structure.furniture import is_tag_line, split_inline_tail
from khabar.structure.head_credits import (
    credited,
    first_value,
    mark_bare_bylines,
    mark_dated_credits,
    outlet_credit_name,
    take_credit_paragraph,
)
from khabar.structure.headline import (
    headline_index,
    join_centred_headline,
    mark_headline_repeats,
    split_site_suffix,
    without_breaking_label,
)
from khabar.structure.lines import (
    BYLINE,
    FURNITURE,
    OUTLET,
    PULL_QUOTE,
    RELATED_HEADER,
    RELATED_ITEM,
    TEXT,
    Line,
    classify,
    split_lines,
    without_symbols,
)
from khabar.structure.markup import thread_counter_cuts
from khabar.structure.page_breaks import join_across_pages
from khabar.structure.page_dates import (
    credit,
    date_in_credits,
    date_in_dateline,
    published,
    wire_place,
)
from khabar.structure.regions import (
    mark_chapters,
    mark_comments,
    mark_credited_captions,
    mark_labelled,
    mark_mail_cover,
    mark_name_roles,
    mark_signature,
    mark_signing_office,
    mark_stacked_menu,
    mark_tables,
)
from khabar.structure.related import headline_like, mark_footer, mark_related, mark_top_related, related_title
from khabar.structure.wrap import numbered_heads, unwrap

#: ``headline_like`` and ``related_title`` are re-exported: other readers (HTML) import them from here.
__all__ = ["PageFields", "analyse_page", "headline_like", "related_title"]

_INBODY_QUOTE_MIN_WORDS = 6


def analyse_page(raw: str) -> PageFields:
    """The page fields of a text dump."""
    raw, column_width = read_columns(raw)
    lines, furniture = split_lines(raw)
    lines = unwrap(lines, column_width)
    heads = numbered_heads(lines)
    for i, end in thread_counter_cuts([line.text for line in lines]).items():
        lines[i].text, lines[i].spaced = lines[i].text[:end], None
    for line in lines:
        classify(line)
        if line.text in heads and line.kind == TEXT:
            line.kind = FURNITURE  # a printed page's running head, its page number changing
    page = PageFields(furniture=furniture)
    mark_stacked_menu(lines)
    mark_tables(lines)
    mark_chapters(lines)
    mark_labelled(lines)
    mark_front_matter(lines)
    mark_org_drawer(lines)
    mark_form(lines)
    exported_place = mark_export(lines)
    mark_name_roles(lines)
    mark_top_related(lines)
    mark_mail_cover(lines)
    head = headline_index(lines)
    if head is None:
        page.furniture += [ln.text for ln in lines if ln.kind == FURNITURE]
        return page
    join_centred_headline(lines, head)
    mark_credited_captions(lines, head + 1)
    page.headline, suffix = split_site_suffix(without_breaking_label(without_symbols(lines[head].text)))
    mark_foreign_head_lines(lines, head)
    mark_dated_credits(lines, head)
    mark_bare_bylines(lines, head)
    reopened = mark_headline_repeats(lines, head, page.headline)
    mark_after_end(lines, head)
    mark_comments(lines, head + 1)
    mark_signing_office(lines, head + 1)
    mark_related(lines, head + 1)
    mark_footer(lines)
    mark_signature(lines, head + 1)  # after related blocks: a rule may stand over links too
    join_across_pages(lines, head)
    texts = [i for i in range(head + 1, len(lines)) if lines[i].kind == TEXT]
    if has_deck(lines, texts):
        page.deck = lines[texts.pop(0)].text
    _settle_pull_quotes(lines, texts[0] if texts else len(lines))
    body = [i for i in range(head + 1, len(lines)) if lines[i].kind == TEXT and lines[i].text != page.deck]
    _fill_body(page, [lines[i].text for i in body])
    page.published, stale_dates = published(lines, head, reopened)
    if page.published is None:
        page.published = date_in_credits(lines, body, page.deck) or date_in_dateline(page, lines, body)
    if page.dateline is None and body:
        page.dateline = wire_place(lines[head + 1:body[0]]) or exported_place
    page.outlet = first_value(lines, OUTLET) or credit(lines, "outlet") or page.outlet or suffix
    # A credit above the headline is a masthead (outlet, date); below it, what it credits is the byline.
    page.byline = (first_value(lines, BYLINE) or credit(lines, "byline") or credited(lines, head)
                   or outlet_credit_name(lines[head + 1:]) or page.byline)  # (the reporter a dateline names)
    page.pull_quotes = [ln.value for ln in lines[head + 1:] if ln.kind == PULL_QUOTE and ln.value]
    # A card's writer line over each link (the page's own writer) is no headline of its own.
    page.related = [ln.value for ln in lines if ln.kind == RELATED_ITEM and ln.value and ln.value != page.byline]
    page.furniture += [ln.text for ln in lines if ln.kind in (FURNITURE, RELATED_HEADER)] + stale_dates
    return page


def _settle_pull_quotes(lines: list[Line], body_start: int) -> None:
    """Quoted lines inside the body are pull quotes only when they repeat a sentence of the body.

    A pull quote excerpts the article; a short quoted line (a quoted subheading, which may well
    echo a phrase of the text) or one that does not repeat the text is a paragraph.
    """
    body_text = ""
    for line in lines[body_start:]:
        if line.kind != PULL_QUOTE:
            continue
        if not body_text:
            body_text = norm(" ".join(ln.text for ln in lines[body_start:] if ln.kind == TEXT))
        quote = line.value or ""
        if quote.count(" ") + 1 < _INBODY_QUOTE_MIN_WORDS or norm(quote) not in body_text:
            line.kind = TEXT


def _fill_body(page: PageFields, paragraphs: list[str]) -> None:
    for text in paragraphs:
        text, tail = split_inline_tail(text)
        if tail:
            page.furniture.append(tail)
        if text:
            page.body.append(text)
    if page.body and is_tag_line(page.body[-1]):
        page.furniture.append(page.body.pop())
    take_credit_paragraph(page)
    take_dateline(page)
