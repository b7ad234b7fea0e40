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
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from khabar.model import PageFields
from khabar.structure.columns import read_columns
from khabar.structure.data import copyright_pattern, norm, read_rows
from khabar.structure.dateline import split_dateline, take_dateline
from khabar.structure.dates import (
    find_dates,
    parse_date_line,
)
from khabar.structure.exports import mark_export
from khabar.structure.forms import mark_form
from khabar.structure.front_matter import mark_front_matter, mark_org_drawer
from khabar.structure.furniture import is_forum_meta, is_subscription_notice, is_tag_line, split_inline_tail
from khabar.structure.lines import (
    BYLINE,
    CREDIT,
    DATE,
    FURNITURE,
    OUTLET,
    PULL_QUOTE,
    RELATED_HEADER,
    RELATED_ITEM,
    TEXT,
    Line,
    byline_name,
    classify,
    is_outlet,
    split_lines,
    without_symbols,
)
from khabar.structure.markup import thread_counter_cuts
from khabar.structure.page_dates import (
    CREDIT_DATE_MAX_WORDS,
    HEAD_LINES,
    credit,
    date_in_credits,
    date_in_dateline,
    published,
    wire_place,
)
from khabar.structure.regions import (
    is_kicker,
    is_letterhead,
    is_prose,
    mark_chapters,
    mark_comments,
    mark_labelled,
    mark_mail_cover,
    mark_name_roles,
    mark_signature,
    mark_signing_office,
    mark_stacked_menu,
    mark_tables,
)
from khabar.structure.related import headline_like, mark_footer, mark_related, mark_top_related, related_title
from khabar.structure.wrap import SENTENCE_END, numbered_heads, unwrap

#: ``headline_like`` and ``related_title`` are re-exported: other readers (HTML) import them from here.
__all__ = ["PageFields", "analyse_page", "headline_like", "related_title"]

#: Kinds whose presence between two text lines shows the first is the page head's deck.
_SEPARATING_KINDS = frozenset({DATE, BYLINE, OUTLET, CREDIT})
_SEPARATING_QUOTE_MIN_WORDS = 4
_BARE_BYLINE_MAX_WORDS = 4  # spaces: a bare name has at most four words
_MASTHEAD_MAX_WORDS = 4
_MASTHEAD_OVER_DATE_WORDS = 3
_CREDIT_DATE_MAX_OTHER_WORDS = 6
_POSTER_META_LINES = 3  # lines under a forum poster's name where the post's meta (counters, buttons) sits
_PREFIX_MIN_CHARS = 30
_SUBTITLE_MIN_TEXTS = 3
_INBODY_QUOTE_MIN_WORDS = 6
_SITE_SUFFIX = re.compile(r"^(?P<title>.{8,}?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$")
_TITLE_BAR_SEPARATORS = ":|-–—"  # closing a title bar's prefix before the headline
_TITLE_BAR_PREFIX_WORDS = 4
_RULE = re.compile(r"^[-–—ـ_=~─━═]{3,}$")
_NAME_STOPS = frozenset(".،,:؛;|•·-–—/()«»\"'")
#: How a line that introduces something ends (``إليكم أبرز الأخبار:``, ``مرحبا بكم،``, a sentence):
#: headlines end so in about one in ten thousand corpus titles.
_NOT_HEADLINE_ENDS = (":", "：", "،", ",", "؛", ";")
#: What separates the parts of a page's issue line: a bar, or the wide gap a PDF's page header keeps
#: between the paper's name, the issue number and the date (``pdftotext -layout``).
_ISSUE_PARTS = re.compile(r" \| | {3,}")
_URL = re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(?:com|net|org|me|info|tv|news)/", re.IGNORECASE)
_GIVEN_NAME_MIN_SEEN = 10
_VERB_LIKE = re.compile(r"^[يت][\u0621-\u064a]{2,}")  # a present-tense verb's prefix, before three letters or more
_GIVEN_NAME_SHARE = 0.5
_FULL_STOPS = (".", "!", "?", "؟")  # a headline's line ending so is whole ((4-3), a quote's » may end a first line)
_CENTRE_SLACK = 3  # columns (twice the centre) two lines centred on one axis may part by: odd widths round
_HEADLINE_LOOKAHEAD = 6  # text lines after a line not shaped like a headline where the headline may come


def _repeats(first: str, following: str) -> bool:
    """Whether the text ``following`` opens with ``first`` (a deck that is the lead, cut short).

    Leads are cut at a character count, possibly inside a word and across a paragraph break, so
    the comparison ignores spacing and the last, possibly partial, word.
    """
    a = norm(first).rstrip(" .…")
    if len(a) < _PREFIX_MIN_CHARS:
        return False
    a = a.rsplit(" ", 1)[0]
    return norm(following).replace(" ", "").startswith(a.replace(" ", ""))


def _mark_dated_credits(lines: list[Line], head: int) -> None:
    """A short head line holding a date among a few words (``نشر في 14 نوفمبر 2017 بواسطة فلان``):
    not after two paragraphs of prose, where a line holding a date is the text's (a paragraph's first
    line, cut there by a page break)."""
    prose = 0
    for k in range(head + 1, min(len(lines), head + 1 + HEAD_LINES)):
        line = lines[k]
        if prose >= 2:
            return
        prose += is_prose(line)
        if line.kind != TEXT or line.text.count(" ") >= CREDIT_DATE_MAX_WORDS:
            continue
        if not any(ch.isdigit() for ch in line.text):
            continue
        key = norm(line.text)
        found = find_dates(key)
        if not found:
            continue
        start, end, value = found[0]
        if (key[:start] + " " + key[end:]).count(" ") > _CREDIT_DATE_MAX_OTHER_WORDS + 1:
            continue  # a sentence that mentions a date
        line.kind, line.parts = CREDIT, {"date": value}
        words = line.text.split()
        for i in range(len(words)):
            name = byline_name(" ".join(words[i:]))
            if name and not find_dates(norm(name)):
                line.parts["byline"] = name
                break
        else:
            if name := _bare_name_before_date(words):
                line.parts["byline"] = name


def _bare_name_before_date(words: list[str]) -> str | None:
    """The plain name a post's meta line opens with, before its date (``سارة الحسن 14 مايو 2019``)."""
    for size in range(_BARE_BYLINE_MAX_WORDS, 1, -1):
        name = " ".join(words[:size])
        if (len(words) > size and not any(ch.isdigit() or ch in _NAME_STOPS for ch in name)
                and parse_date_line(" ".join(words[size:])) is not None):
            return name
    return None


def _mark_bare_bylines(lines: list[Line], head: int) -> None:
    """A bare name next to a date line in the page head is the byline (``سارة الحسن`` / date)."""
    for k in range(head + 1, min(len(lines), head + 1 + HEAD_LINES)):
        line = lines[k]
        if (line.kind != TEXT or not 0 < line.text.count(" ") < _BARE_BYLINE_MAX_WORDS
                or any(ch.isdigit() for ch in line.text) or line.text[-1] in ".؟?!:،,\"'»”"):
            continue
        neighbours = (lines[k - 1].kind if k - 1 > head else None, lines[k + 1].kind if k + 1 < len(lines) else None)
        if any(is_forum_meta(ln.text) for ln in lines[k + 1:k + 1 + _POSTER_META_LINES]):
            line.kind = FURNITURE  # a forum poster's name over the post's meta, not the article's author
        elif DATE in neighbours or CREDIT in neighbours:
            # "كتب محمد أحمد": a byline word without its colon still opens the line
            line.kind, line.value = BYLINE, byline_name(line.text, loose=True) or line.text


def _separates(line: Line) -> bool:
    """A head element: date, byline, outlet, credit, rule line, or a sentence-long pull quote.

    Short quoted lines are as often quoted subheadings of the body as pull quotes.
    """
    if line.kind == PULL_QUOTE:
        return (line.value or "").count(" ") + 1 >= _SEPARATING_QUOTE_MIN_WORDS
    if line.kind == FURNITURE:
        return bool(_RULE.match(line.text))  # a horizontal rule closes the page head
    return line.kind in _SEPARATING_KINDS


def _deck_index(lines: list[Line], texts: list[int]) -> bool:
    """Whether the first text line after the headline is a deck (rather than the first paragraph)."""
    if len(texts) < 2:
        return False
    c1, c2 = texts[0], texts[1]
    first, second = lines[c1].text, lines[c2].text
    if _subtitle(lines, texts):
        return True  # before the dateline test: a subtitle may open on a place ("المهدية : ...")
    if split_dateline(first) is not None:
        return False
    if any(_separates(lines[k]) for k in range(c1 + 1, c2)):
        return True
    following = second
    for k in texts[2:]:  # a lead cut at a character count may run over several short paragraphs
        if len(following) >= len(first):
            break
        following += " " + lines[k].text
    if split_dateline(second) is not None or _repeats(first, following):
        return True
    # A blank line closes the head while the body's paragraphs follow one another directly; not
    # round a first paragraph opening on the body's own indent (a picture set under it: one of them).
    rest = texts[2:]
    indented = lines[c1].indent > 0 and lines[c1].indent == lines[c2].indent
    return bool(rest) and not indented and lines[c2].gap_before > max(lines[k].gap_before for k in rest)


def _subtitle(lines: list[Line], texts: list[int]) -> bool:
    """A short unpunctuated line set right under the headline (no blank between them) on a page
    whose paragraphs are all set apart by blank lines: a subtitle, the deck."""
    first = lines[texts[0]]
    return (len(texts) >= _SUBTITLE_MIN_TEXTS and first.gap_before == 0 and lines[texts[0] - 1].kind == TEXT
            and headline_like(first.text) and all(lines[k].gap_before > 0 for k in texts[1:]))


def _first_value(lines: list[Line], kind: str) -> str | None:
    return next((ln.value for ln in lines if ln.kind == kind and ln.value), None)


def _credited(lines: list[Line], head: int) -> str | None:
    """What a dated credit under the headline credits (an agency, as records name their author),
    unless it is the site whose name heads the page (``صحيفة الأفق - النشرة اليومية`` over the
    headline, ``صحيفة الأفق / 2 Jul 2018``: the site's own stamp on its copy, no writer)."""
    name = credit(lines[head + 1:], "credit")
    if name and any(norm(line.text).startswith(norm(name)) for line in lines[:head]):
        return None
    return name


def _outlet_credit_name(lines: list[Line]) -> str | None:
    """The name an outlet credits under the headline (``هسبريس - سارة الحسن``): its reporter."""
    return next((ln.parts["name"] for ln in lines if ln.kind == CREDIT and {"outlet", "name"} <= ln.parts.keys()), None)


def _headline_index(lines: list[Line]) -> int | None:
    """The first line of text, passing over a masthead the page footer repeats (``© صوت الأمة``)."""
    # Footer lines that name the site: copyright lines, or the name alone (a feed's "appeared first
    # on" line repeats the headline, and is no masthead's echo).
    footer = " ".join(norm(ln.text) for ln in lines if ln.kind == FURNITURE
                      and (ln.text.count(" ") < _MASTHEAD_MAX_WORDS or copyright_pattern("masthead").search(ln.text)))
    credited = _credited_outlets(lines)
    for i, line in enumerate(lines):
        if line.kind == CREDIT and set(line.parts) == {"name", "outlet"} and _split_site_suffix(line.text)[1]:
            line.kind = TEXT  # "short title | site": a page title, not a credit
        if line.kind not in (TEXT, PULL_QUOTE):
            continue
        if line.kind == TEXT and " " not in line.text:
            line.kind = FURNITURE  # one word is a label or a button, never a headline
            continue
        if line.kind == TEXT and line.text.count(" ") < _MASTHEAD_MAX_WORDS and (
                norm(line.text) in footer or _masthead_over_date(lines, i)
                or norm(line.text).split()[0] in credited):
            line.kind, line.value = OUTLET, line.text
            continue
        if line.kind == TEXT and _bare_name(line.text) and _headline_follows(lines, i, longer_than=line.text):
            line.kind, line.value = BYLINE, line.text  # the reporter's name alone over the headline
            continue
        if line.kind == TEXT and is_kicker(lines, i):
            line.kind = FURNITURE  # a section label over the headline
            continue
        if line.kind == TEXT and is_letterhead(lines, i) and _headline_follows(lines, i):
            line.kind = FURNITURE  # an official document's letterhead over its title
            continue
        if line.kind == TEXT and not _headline_shaped(line.spaced or line.text) and _headline_follows(lines, i):
            line.kind = FURNITURE  # a banner, greeting or message header over the headline
            continue
        if line.kind == TEXT and not _ARABIC_LETTER.search(line.text) and _headline_follows(lines, i, arabic=True):
            line.kind = FURNITURE  # a foreign site's bar or menu over an Arabic headline (LinkedIn's, an archive's)
            continue
        if line.kind == TEXT and _title_bar(lines, i):
            line.kind = FURNITURE  # a window's or print view's title bar: the headline is set below
            continue
        return i
    return None


def _title_bar(lines: list[Line], i: int) -> bool:
    """Whether a line is a title bar over the page, a later text line's words after a short prefix
    closed by a separator (a mail client's print view, ``Gmail - Fwd: headline``, over the message
    that sets the headline on its own line)."""
    text = lines[i].text
    for line in lines[i + 1:]:
        if line.kind == TEXT and " " in line.text and len(line.text) < len(text) and text.endswith(line.text):
            prefix = text[:-len(line.text)].rstrip()
            return prefix[-1:] in _TITLE_BAR_SEPARATORS and prefix.count(" ") < _TITLE_BAR_PREFIX_WORDS
    return False


def _headline_shaped(text: str) -> bool:
    """Not ending as an introduction or a sentence does, holding no web address, no dated issue line."""
    text = without_symbols(text)
    if text.endswith(_NOT_HEADLINE_ENDS) or (text.endswith(".") and not text.endswith("..")):
        return False
    if (parts := _ISSUE_PARTS.split(text.strip())) and len(parts) > 1 and any(parse_date_line(p) for p in parts):
        return False  # an issue line: "النشرة اليومية من … | الأحد 22 أبريل 2018", "الأفق    العدد 1520    …"
    return not _URL.search(text)


def _headline_follows(lines: list[Line], i: int, longer_than: str = "", arabic: bool = False) -> bool:
    """Whether one of the next few text lines is shaped like a headline (a headline of its own
    further down, rather than a page whose first line is its title however it ends), and longer
    than ``longer_than`` by two words (and written in Arabic letters if ``arabic``)."""
    # with ``arabic`` the lines in other letters between are passed over as this one is (a toolbar's)
    kinds = (TEXT, PULL_QUOTE) if arabic else (TEXT,)
    following = (ln for ln in lines[i + 1:] if ln.kind in kinds and (not arabic or _ARABIC_LETTER.search(ln.text)))
    least = max(1, longer_than.count(" ") + 2)
    return any(ln.text.count(" ") >= least and _headline_shaped(ln.text)
               for ln in islice(following, _HEADLINE_LOOKAHEAD))


def _bare_name(text: str) -> bool:
    """A person's name alone (``سارة الحسن``): two to four words without digits or punctuation, the
    first a given name (the corpus tagger read it as a person's in most of its 10+ occurrences,
    entities/resources/autonames.tsv), every other word read as part of a person's name at least
    once, or a rare word (a family name: no vote for any name type, not among the corpus's most
    frequent words, not opening as a verb's present tense does: ``محمد يتألق`` is a headline)."""
    words = text.split()
    if not 2 <= len(words) <= _BARE_BYLINE_MAX_WORDS or any(ch.isdigit() or ch in _NAME_STOPS for ch in text):
        return False
    from khabar.entities.autonames import person_votes, vote_counts
    from khabar.entities.keys import fold
    from khabar.places.gazetteer import common_words

    persons = person_votes()
    first = persons.get(fold(words[0]))
    if first is None or first[0] < _GIVEN_NAME_MIN_SEEN or first[1] < _GIVEN_NAME_SHARE * first[0]:
        return False
    voted, common = vote_counts(), common_words()
    return all((key := fold(word)) in persons or (key not in voted and key not in common and not _VERB_LIKE.match(word))
               for word in words[1:])


def _credited_outlets(lines: list[Line]) -> frozenset[str]:
    """Matching forms of the outlets the page's credit and outlet lines name (``هسبريس - فلان``):
    a short line above the headline opening with one is the masthead (``هسبريس من المغرب``)."""
    names = (ln.parts.get("outlet") if ln.kind == CREDIT else ln.value if ln.kind == OUTLET else None for ln in lines)
    return frozenset(norm(name) for name in names if name and " " not in name.strip())


@lru_cache(maxsize=1)
def _breaking_label() -> re.Pattern[str]:
    labels = sorted((re.escape(row[0]) for row in read_rows("breaking_labels.txt")), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(labels)})\s*[|:：\-–—]\s*(?=\S)", re.IGNORECASE)


def without_breaking_label(headline: str) -> str:
    """The headline without a breaking-news label opening it (``عاجل | ...``, resources/breaking_labels.txt):
    the site's flag, not the headline's words."""
    return _breaking_label().sub("", headline)


def _split_site_suffix(headline: str) -> tuple[str, str | None]:
    """A headline without the site name a page title carries (``عنوان الخبر | سكاي نيوز عربية``)."""
    m = _SITE_SUFFIX.match(headline)
    if m and is_outlet(m["site"]):
        return m["title"], m["site"]
    return headline, None


def _masthead_over_date(lines: list[Line], i: int) -> bool:
    """A name of a few words, then the date line, then the (longer) headline: the site's masthead."""
    name = lines[i].text
    if name.count(" ") >= _MASTHEAD_OVER_DATE_WORDS or name[-1] in ".؟?!:،\"'»”":
        return False
    rest = [ln for ln in lines[i + 1:i + 5] if ln.kind != FURNITURE]
    return (len(rest) >= 2 and rest[0].kind in (DATE, CREDIT) and rest[1].kind == TEXT
            and headline_like(rest[1].text) and rest[1].text.count(" ") >= 2 * (name.count(" ") + 1))


def _mark_headline_repeats(lines: list[Line], head: int, headline: str) -> int | None:
    """The headline again below it (a shared link's preview card, a print footer, the page under a
    clipped note's title bar) is no paragraph; the index of a repeat before the prose, where the
    page proper begins under a copy's own head (a notes app's title bar and the day it was taken)."""
    repeats = {lines[head].text, headline}
    opening, prose = None, False
    for k in range(head + 1, len(lines)):
        line = lines[k]
        if line.kind in (TEXT, FURNITURE, BYLINE) and line.text in repeats:  # a short one reads as a name
            line.kind = FURNITURE
            if opening is None and not prose:
                opening = k
        prose = prose or is_prose(line)
    return opening


#: A wire's or press release's end mark (``-انتهى-``, ``// انتهى //``): the article's text is over.
_END_MARK = re.compile(r"[-–—ـ/(\s]*(?:انتهى|انتهي)[-–—ـ/)\s]*")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_CUT_MIN_WORDS = 6  # a shorter line ending no sentence is a subheading, not a paragraph a page cut


def _mark_after_end(lines: list[Line], head: int) -> None:
    """Text after the end mark that closes the article's prose (a company's boilerplate, a media
    contact), or after a mailing's subscription notice (the service's postal address), is no
    paragraph; related blocks after it stay related."""
    prose = False
    for k in range(head + 1, len(lines)):
        line = lines[k]
        if not prose:
            prose = is_prose(line)
        elif line.kind == FURNITURE and (_END_MARK.fullmatch(line.text) or is_subscription_notice(line.text)):
            links = False  # the headlines under a related header after the mark are links, left to mark_related
            for after in lines[k + 1:]:
                links = after.kind == RELATED_HEADER or links and after.kind == TEXT and headline_like(after.text)
                if after.kind == TEXT and not links:
                    after.kind = FURNITURE
            return


def _join_across_pages(lines: list[Line], head: int) -> None:
    """A paragraph a page break cuts (a PDF's text: its last line on one page, the rest after the
    next page's head and number) is read whole: a wrapped paragraph whose last line is full and
    ends no sentence, then only furniture and a page break, then text. A furniture line the page
    showed before (a screenshot's status and top bars, a running head without a form feed) breaks
    the page as a form feed does."""
    last, broke = None, False
    seen = {line.text for line in lines[:head + 1] if line.kind == FURNITURE}
    k = head + 1
    while k < len(lines):
        line = lines[k]
        broke = broke or line.after_break
        if line.kind == FURNITURE:
            broke = broke or line.text in seen
            seen.add(line.text)
        if line.kind != TEXT:
            k += 1
            continue
        if (broke and last is not None and k > last + 1 and lines[last].full_end
                and lines[last].text.count(" ") + 1 >= _CUT_MIN_WORDS and not lines[last].text.endswith(SENTENCE_END)):
            lines[last].text = f"{lines[last].text} {line.text}"
            del lines[k]
        else:
            last, k = k, k + 1
        broke = False


def _mark_foreign_head_lines(lines: list[Line], head: int) -> None:
    """A line without an Arabic letter between the headline and the prose (a translated piece's
    original title, an English kicker) is neither deck nor paragraph of the Arabic article."""
    for line in lines[head + 1:]:
        if is_prose(line):
            return
        if line.kind == TEXT and not _ARABIC_LETTER.search(line.text):
            line.kind = FURNITURE


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
    head = _headline_index(lines)
    if head is None:
        page.furniture += [ln.text for ln in lines if ln.kind == FURNITURE]
        return page
    _join_centred_headline(lines, head)
    page.headline, suffix = _split_site_suffix(without_breaking_label(without_symbols(lines[head].text)))
    _mark_foreign_head_lines(lines, head)
    _mark_dated_credits(lines, head)
    _mark_bare_bylines(lines, head)
    reopened = _mark_headline_repeats(lines, head, page.headline)
    _mark_after_end(lines, head)
    mark_comments(lines, head + 1)
    mark_signing_office(lines, head + 1)
    mark_related(lines, head + 1)
    mark_footer(lines)
    mark_signature(lines, head + 1)  # after related blocks: a rule may stand over links too
    _join_across_pages(lines, head)
    texts = [i for i in range(head + 1, len(lines)) if lines[i].kind == TEXT]
    if _deck_index(lines, texts):
        page.deck = lines[texts.pop(0)].text
    _settle_pull_quotes(lines, texts[0] if texts else len(lines))
    body = [i for i in range(head + 1, len(lines)) if lines[i].kind == TEXT and lines[i].text != page.deck]
    _fill_body(page, [lines[i].text for i in body])
    page.published, stale_dates = published(lines, head, reopened)
    if page.published is None:
        page.published = date_in_credits(lines, body, page.deck) or date_in_dateline(page, lines, body)
    if page.dateline is None and body:
        page.dateline = wire_place(lines[head + 1:body[0]]) or exported_place
    page.outlet = _first_value(lines, OUTLET) or credit(lines, "outlet") or suffix
    # A credit above the headline is a masthead (outlet, date); below it, what it credits is the byline.
    page.byline = (_first_value(lines, BYLINE) or credit(lines, "byline") or _credited(lines, head)
                   or _outlet_credit_name(lines[head + 1:]))
    page.pull_quotes = [ln.value for ln in lines[head + 1:] if ln.kind == PULL_QUOTE and ln.value]
    # A card's writer line over each link (the page's own writer) is no headline of its own.
    page.related = [ln.value for ln in lines if ln.kind == RELATED_ITEM and ln.value and ln.value != page.byline]
    page.furniture += [ln.text for ln in lines if ln.kind in (FURNITURE, RELATED_HEADER)] + stale_dates
    return page


def _join_centred_headline(lines: list[Line], head: int) -> None:
    """A headline centred over two lines (a word processor's title through antiword, a PDF's): the
    line right under it, shorter, on the same centre, no blank between, is its rest, not a deck."""
    if head + 1 >= len(lines):
        return
    first, rest = lines[head], lines[head + 1]
    # A bare name (the byline's shape) or a bare year (a date's) may be the headline's last words.
    shaped = rest.kind == TEXT or rest.kind == BYLINE and rest.value == rest.text or rest.text.isdigit()
    if rest.gap_before or not first.indent or rest.indent <= first.indent or first.text.endswith(_FULL_STOPS) or not shaped:
        return
    centre = first.indent * 2 + len(first.text) + first.dropped
    if abs(rest.indent * 2 + len(rest.text) + rest.dropped - centre) <= _CENTRE_SLACK:
        first.text, first.spaced = f"{first.text} {rest.text}", None
        del lines[head + 1]


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
    take_dateline(page)
