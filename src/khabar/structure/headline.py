"""Which line of a text dump is its headline, and the headline's own shape.

The first text line is the headline unless its shape or what follows shows it is something else: a
masthead the footer repeats, a reporter's bare name, a section kicker, a letterhead, a banner or
greeting, a foreign site's bar, a window's title bar (:func:`headline_index`). The headline then loses
a breaking-news label and a site name after a bar, and its repeats below it are furniture."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from khabar.structure.bylines import is_given_name, is_name_word
from khabar.structure.data import copyright_pattern, norm, read_rows
from khabar.structure.dates import parse_date_line
from khabar.structure.furniture import is_menu
from khabar.structure.lines import (
    BYLINE,
    CREDIT,
    DATE,
    FURNITURE,
    OUTLET,
    PULL_QUOTE,
    TEXT,
    Line,
    without_symbols,
)
from khabar.structure.outlets import is_outlet, opens_with_outlet
from khabar.structure.regions import (
    is_kicker,
    is_letterhead,
    is_prose,
)
from khabar.structure.related import headline_like

BARE_NAME_MAX_WORDS = 4  # spaces: a bare name has at most four words
_MASTHEAD_MAX_WORDS = 4
_MASTHEAD_OVER_DATE_WORDS = 3
_SITE_SUFFIX = re.compile(r"^(?P<title>.{8,}?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$")
_TITLE_BAR_SEPARATORS = ":|-–—"  # closing a title bar's prefix before the headline
_TITLE_BAR_PREFIX_WORDS = 4
NAME_STOPS = frozenset(".،,:؛;|•·-–—/()«»\"'")
#: How a line that introduces something ends (``إليكم أبرز الأخبار:``, ``مرحبا بكم،``, a sentence):
#: headlines end so in about one in ten thousand corpus titles.
_NOT_HEADLINE_ENDS = (":", "：", "،", ",", "؛", ";")
#: What separates the parts of a page's issue line: a bar, or the wide gap a PDF's page header keeps
#: between the paper's name, the issue number and the date (``pdftotext -layout``).
_ISSUE_PARTS = re.compile(r" \| | {3,}")
#: A print edition's issue number, a part of its issue line (``صحيفة الأفق | العدد 1520``).
_ISSUE_NUMBER = re.compile(r"(?:رقم\s+)?(?:ال)?عدد\s*[:\[(]?\s*\d+\s*[\])]?|(?:issue|no\.?)\s*(?:no\.?\s*)?\d+",
                           re.IGNORECASE)
_URL = re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(?:com|net|org|me|info|tv|news)/", re.IGNORECASE)
_FULL_STOPS = (".", "!", "?", "؟")  # a headline's line ending so is whole ((4-3), a quote's » may end a first line)
_CENTRE_SLACK = 3  # columns (twice the centre) two lines centred on one axis may part by: odd widths round
_HEADLINE_LOOKAHEAD = 6  # text lines after a line not shaped like a headline where the headline may come
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def headline_index(lines: list[Line]) -> int | None:
    """The first line of text, passing over a masthead the page footer repeats (``© صوت الأمة``)."""
    # Footer lines that name the site: copyright lines, or the name alone (a feed's "appeared first
    # on" line repeats the headline, and is no masthead's echo).
    footer = " ".join(norm(ln.text) for ln in lines if ln.kind == FURNITURE
                      and (ln.text.count(" ") < _MASTHEAD_MAX_WORDS or copyright_pattern("masthead").search(ln.text)))
    credited = _credited_outlets(lines)
    for i, line in enumerate(lines):
        if line.kind == CREDIT and set(line.parts) == {"name", "outlet"} and split_site_suffix(line.text)[1]:
            line.kind = TEXT  # "short title | site": a page title, not a credit
        if line.kind not in (TEXT, PULL_QUOTE):
            continue
        if line.kind == TEXT and " " not in line.text:
            line.kind = FURNITURE  # one word is a label or a button, never a headline
            continue
        if line.kind == TEXT and line.text.count(" ") < _MASTHEAD_MAX_WORDS and (
                norm(line.text) in footer or _masthead_over_date(lines, i)
                or norm(line.text).split()[0] in credited
                or opens_with_outlet(line.text) and _headline_follows(lines, i, longer_than=line.text)):
            line.kind, line.value = OUTLET, line.text
            continue
        if line.kind == TEXT and _name_over_breadcrumb(lines, i):
            line.kind = FURNITURE  # the site's or office's name over its breadcrumb ("المركز الإعلامي" / "الرئيسية / الأخبار")
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
        if line.kind == TEXT and not ARABIC_LETTER.search(line.text) and _headline_follows(lines, i, arabic=True):
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
    """Not ending as an introduction or a sentence does, holding no web address, no issue line (dated or
    numbered)."""
    text = without_symbols(text)
    if text.endswith(_NOT_HEADLINE_ENDS) or (text.endswith(".") and not text.endswith("..")):
        return False
    if (parts := _ISSUE_PARTS.split(text.strip())) and len(parts) > 1 and any(
            parse_date_line(p) or _ISSUE_NUMBER.fullmatch(p.strip()) for p in parts):
        return False  # an issue line: "النشرة اليومية من … | الأحد 22 أبريل 2018", "الأفق | العدد 1520"
    return not _URL.search(text)


def _headline_follows(lines: list[Line], i: int, longer_than: str = "", arabic: bool = False) -> bool:
    """Whether one of the next few text lines is shaped like a headline (a headline of its own
    further down, rather than a page whose first line is its title however it ends), and longer
    than ``longer_than`` by two words (and written in Arabic letters if ``arabic``)."""
    # with ``arabic`` the lines in other letters between are passed over as this one is (a toolbar's)
    kinds = (TEXT, PULL_QUOTE) if arabic else (TEXT,)
    following = (ln for ln in lines[i + 1:] if ln.kind in kinds and (not arabic or ARABIC_LETTER.search(ln.text)))
    least = max(1, longer_than.count(" ") + 2)
    return any(ln.text.count(" ") >= least and _headline_shaped(ln.text)
               for ln in islice(following, _HEADLINE_LOOKAHEAD))


def _name_over_breadcrumb(lines: list[Line], i: int) -> bool:
    """A short line right over the page's breadcrumb or menu (no blank between), with text below: the
    site's name heads its navigation; a headline is set under the breadcrumb, never over it."""
    text = lines[i].text
    if text.count(" ") >= _MASTHEAD_MAX_WORDS or text[-1] in ".؟?!:،" or i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return (below.kind == FURNITURE and not below.gap_before and is_menu(below.text)
            and any(ln.kind == TEXT and " " in ln.text for ln in lines[i + 2:]))


def _bare_name(text: str) -> bool:
    """A person's name alone (``سارة الحسن``): two to four words without digits or punctuation, the
    first a given name (the corpus tagger read it as a person's in most of its 10+ occurrences,
    entities/resources/autonames.tsv), every other word read as part of a person's name at least
    once, or a rare word (a family name: no vote for any name type, not among the corpus's most
    frequent words, not opening as a verb's present tense does: ``محمد يتألق`` is a headline)."""
    words = text.split()
    if not 2 <= len(words) <= BARE_NAME_MAX_WORDS or any(ch.isdigit() or ch in NAME_STOPS for ch in text):
        return False
    return is_given_name(words[0]) and all(is_name_word(word) for word in words[1:])


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


def split_site_suffix(headline: str) -> tuple[str, str | None]:
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


def join_centred_headline(lines: list[Line], head: int) -> None:
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


def mark_headline_repeats(lines: list[Line], head: int, headline: str) -> int | None:
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
