"""What each line of a text dump is, on its own: furniture, date, byline, outlet, related header,
pull quote, a credit line combining some of these, or article text.

Position decides the rest (which text line is the headline, the deck, the body, the related block):
that is :mod:`khabar.structure.layout`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.arabic.normalize import FOREIGN_FORMS
from khabar.structure.data import norm, read_rows, read_set
from khabar.structure.dateline import known_places
from khabar.structure.dates import DateLine, parse_date_line
from khabar.structure.furniture import (
    clean_spaces,
    has_nbsp_entity,
    is_furniture,
    is_related_furniture_header,
    spaced_line,
)
from khabar.structure.markup import (
    chat_message,
    comment_letters,
    has_link_notes,
    is_comment_note,
    is_image,
    is_link_note,
    is_quoted_blank,
    is_stand_in,
    is_underline,
    leading_address,
    link_list,
    plain,
    without_addresses,
    without_bbcode,
    without_comment_marks,
    without_link_numbers,
    without_note_marks,
)
from khabar.structure.stamps import stamp_date

FURNITURE, DATE, BYLINE, OUTLET, RELATED_HEADER, RELATED_ITEM, PULL_QUOTE, CREDIT, TEXT = (
    "furniture", "date", "byline", "outlet", "related_header", "related_item", "pull_quote", "credit", "text",
)
#: Kinds of the short lines that belong to a page's or an item's head (beside its headline) rather
#: than to its text: the date, byline, credit and outlet.
HEAD_KINDS = frozenset({DATE, BYLINE, CREDIT, OUTLET})

_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cs", "Co"})
_QUOTE_PAIRS = {'"': '"', "'": "'", "«": "»", "“": "”", "‘": "’", "„": "“"}
_PULL_QUOTE_MAX_WORDS = 20
_BYLINE_MAX_WORDS = 10
_OUTLET_MAX_WORDS = 5
_CREDIT_MAX_WORDS = 14
_CREDIT_SEGMENT_WORDS = 4
#: A writer's name is at most this many words.
NAME_MAX_WORDS = 4
_ROLE_LINE_MAX_WORDS = 6
#: A name, role, menu item or kicker line does not end with one of these: a sentence or clause does.
CLAUSE_ENDS = ".؟?!:،,؛;"
_OUTLET_CREDIT_MAX_CHARS = 60
_NOT_IN_NAMES = frozenset(":؛;!؟?\"'«»“”")
_CREDIT_SPLIT = re.compile(r"\s*[|•·]\s*|\s+[-–—/]\s+")
_COUNTER_SPLIT = re.compile(r"\s*[|•·]\s*|\s{2,}|\t")
_AGENCY_SPLIT = re.compile(r"[/,،+&]|\s[-–]\s|\sو")
_LABEL_SEP = re.compile(r"^[\s:：\-–—ـ|/]+")
_BYLINE_SEPS = ":：-–—ـ|/"
#: Outlet marker words that name an outlet wherever they stand; the others only as first word.
_ANYWHERE_MARKERS = ("أونلاين", "اونلاين", "نيوز", " بريس", " press", ".نت", ".كوم", ".com", ".net", "news", "online", " fm", " tv",
                     "أف أم", "اف ام", "إف إم")


_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits on


@dataclass
class Line:
    text: str
    kind: str
    gap_before: int = 0  # blank (or no-break-space) lines just before it
    indent: int = 0  # spaces opening the line as copied (a column's paragraphs may open on an indent)
    spaced: str | None = None  # the line with its runs of spaces (menus separate items by them)
    dropped: int = 0  # characters reading dropped from the line as cut (a text browser's link numbers)
    lead: int = 0  # of those, the address the line opened with as cut: its first word for the wrapper
    after_break: bool = False  # the first line after a page break (a form feed)
    full_end: bool = False  # a wrapped paragraph whose last line as cut is full: the text may go on
    date: DateLine | None = None
    value: str | None = None  # byline name, outlet, pull-quote content, related headline
    parts: dict[str, str] = field(default_factory=dict)  # a credit line's date/byline/outlet/place


@lru_cache(maxsize=1)
def _byline_prefixes() -> tuple[tuple[str, str], ...]:
    rows = ((norm(r[0]), r[1]) for r in read_rows("byline_prefixes.tsv"))
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=1)
def _related_headers() -> frozenset[str]:
    """Header phrases: those listed, and every noun + qualifier pair, with and without ال."""
    phrases = {norm(r[0]) for r in read_rows("related_headers.tsv")}
    parts = read_rows("related_header_parts.tsv")
    nouns = [norm(w) for kind, w in parts if kind == "noun"]
    qualifiers = [norm(w) for kind, w in parts if kind == "qualifier"]
    for noun in nouns:
        for qualifier in qualifiers:
            for n in (noun, "ال" + noun):
                phrases.add(f"{n} {qualifier}")
                phrases.add(f"{n} {_definite(qualifier)}")
    return frozenset(phrases)


def _longest_header(key: str) -> str | None:
    """The longest header phrase ``key`` (a matching form) opens with: one lookup per prefix, as
    pages ask about every short text they show (trying each phrase in turn took most of a page's time)."""
    headers = _related_headers()
    return next((key[:end] for end in range(len(key), 0, -1) if key[:end] in headers), None)


def _definite(phrase: str) -> str:
    """"ذات صلة" → "ذات الصلة", "ذو صلة" → "ذو الصلة", "متعلقة" → "المتعلقة": the qualifier agreeing
    with a definite noun."""
    words = phrase.split()
    k = 1 if words[0] in ("ذات", "ذو") and len(words) > 1 else 0
    words[k] = words[k] if words[k].startswith("ال") else "ال" + words[k]
    return " ".join(words)


_HEADER_EXTRA_WORDS = 3
_DECORATION = " -–—=*#•|<>»«_~:"
_LOOSE = {"ا": "[اأإآٱ]", "ي": "[يى]", "ه": "[هة]"}
_MARKS = "[\u064b-\u065f\u0670\u0640]*"  # diacritics and tatweel, which norm() drops


@lru_cache(maxsize=1)
def _related_start() -> re.Pattern[str]:
    """A quick test on the raw line: does it open with a header's first word, in any spelling?"""
    firsts = {h.split()[0] for h in _related_headers()}
    heads = ("".join(_LOOSE.get(ch, re.escape(ch)) + _MARKS for ch in h) for h in sorted(firsts, key=len, reverse=True))
    return re.compile("(?:" + "|".join(heads) + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _outlets() -> tuple[frozenset[str], tuple[str, ...]]:
    names = frozenset(norm(v) for k, v in read_rows("outlets.tsv") if k == "name")
    first = tuple(norm(v) for k, v in read_rows("outlets.tsv") if k == "marker")
    return names, first


def split_lines(raw: str) -> tuple[list[Line], list[str]]:
    """Non-blank lines of a page (spaces cleaned, Markdown marks dropped) and the furniture seen on
    the way (``&nbsp;``, Markdown images)."""
    lines: list[Line] = []
    extra: list[str] = []
    gap = 0
    if (links := link_list(raw)) is not None:  # a text browser's dump: its links' addresses close it
        extra.append(raw[links:].strip())
        raw = raw[:links]
    # A page break (pdftotext's form feed) parts two paragraphs and no more: the blanks around it
    # are no wider gap closing the page head (a deck) when a page ends under the first paragraph.
    breaks, page_break = "\f" in raw, False
    notes = has_link_notes(raw)  # a converter's plain text: links marked [n], their addresses at the foot
    comments = comment_letters(without_bbcode(raw))  # a word processor's text: comments anchored [a], listed at the foot
    raw = raw.removeprefix("\ufeff")  # a byte-order mark read as text
    for original in raw.splitlines(keepends=True) if breaks else raw.splitlines():
        ends_page = breaks and original.endswith("\f")
        if breaks:
            original = original.rstrip(_LINE_ENDS)
        copied, dropped = original, len(original)
        if links is not None:
            original = without_link_numbers(original)
        lead = leading_address(original)
        if lead:  # the line as cut opened on the address: its indent is the address's, not the space after it
            original = original[:len(original) - len(original.lstrip(" \t"))] + without_addresses(original).lstrip(" \t")
        else:
            original = without_addresses(original)
        if "[/" in original:  # a forum post's BBCode source: the line as the forum shows it
            original = without_bbcode(original)
        if notes:
            if is_link_note(original):
                extra.append(original.strip())
                continue
            original = without_note_marks(original)
        if comments:
            if is_comment_note(original, comments):
                extra.append(original.strip())
                continue
            original = without_comment_marks(original, comments)
        dropped -= len(original)
        text = clean_spaces(original)
        if has_nbsp_entity(original) and "&nbsp;" not in extra:
            extra.append("&nbsp;")
        if text and is_quoted_blank(text):  # a quoted message's paragraph break
            extra.append(text)
            text = ""
        if not text and dropped:  # a line that was only a link's address: no blank either
            extra.append(clean_spaces(copied))
            continue
        if not text:
            gap += 1
            page_break = page_break or ends_page
            continue
        if is_image(text) or is_stand_in(text):  # a Markdown image, a text browser's [IMG]: no blank either
            extra.append(text)
            continue
        if not gap and lines and is_underline(text, lines[-1].text):  # a plain-text heading's underline
            extra.append(text)
            continue
        if (message := chat_message(text, original)) is not None:  # a chat export: the stamp dates the message
            stamp, sender, text = message
            lines.append(Line(text=stamp, kind=TEXT, gap_before=gap))
            extra.append(sender)
            gap, original = 0, text
            if not text:  # the message is under its header
                continue
        text = plain(text)
        spaced = spaced_line(original)
        indent = len(original) - len(original.lstrip(" \t\u00a0"))
        lines.append(Line(text=text, kind=TEXT, gap_before=min(gap, 1) if page_break else gap, indent=indent,
                          spaced=spaced if spaced != text else None, dropped=dropped, lead=lead,
                          after_break=page_break))
        gap, page_break = 0, ends_page
    return lines, extra


def without_symbols(text: str) -> str:
    """``text`` without the pictographs it opens with (``🔴``, ``📌``, ``▪``; not ``©``): pages
    pasted from messaging channels lead their lines with them."""
    k = 0
    while k < len(text) and (text[k] >= "\u2000" and unicodedata.category(text[k]) in _SYMBOL_CATEGORIES
                             or text[k] in " \ufe0f"):
        k += 1
    return text[k:] if k < len(text) else text


def classify(line: Line) -> Line:
    """Set ``line.kind`` (and its value) from the line's own text (without leading pictographs)."""
    text = without_symbols(line.text)
    parts = credit_parts(text)
    if (named := labelled_outlet(text)) is not None:
        line.kind, line.value = OUTLET, named
    elif parts is not None and "date" in parts:
        # before furniture: "بقلم فلان · 14 مايو 2019 · 5 دقائق للقراءة" is no strip of tags
        line.kind, line.parts = CREDIT, parts
    elif is_furniture(text, line.spaced) or text[0] in "([" and is_outlet_credit(text):
        # "(رويترز)" alone on a line: a photo's credit, not the page's outlet
        line.kind = RELATED_HEADER if is_related_furniture_header(text) else FURNITURE
        if (date := _counted_date(line.spaced or text)) is not None:
            line.kind, line.date = DATE, date
    elif (date := parse_date_line(text) or stamp_date(text)) is not None:
        line.kind, line.date = DATE, date
    elif (related := related_header(text)) is not None:
        line.kind = RELATED_ITEM if related else RELATED_HEADER
        line.value = related or None
    elif (name := byline_name(text) or role_byline(text)) is not None:
        line.kind, line.value = BYLINE, name
    elif parts is not None:
        line.kind, line.parts = CREDIT, parts
    elif (quote := pull_quote(text)) is not None:
        line.kind, line.value = PULL_QUOTE, quote
    elif is_outlet(text):
        line.kind, line.value = OUTLET, text
    return line


def _counted_date(text: str) -> DateLine | None:
    """The date of a date line that a counter shares (``07-25-2015 01:05 AM   عدد القراءات: 4409``,
    ``14 مايو 2019 | 1.2 ألف مشاهدة``): one part between bars or wide spaces a date, the others furniture."""
    if not any(ch.isdigit() for ch in text):
        return None
    parts = [part for part in _COUNTER_SPLIT.split(text) if part.strip()]
    if len(parts) < 2:
        return None
    dates = [date for part in parts if (date := parse_date_line(part.strip())) is not None]
    if len(dates) != 1 or sum(is_furniture(part.strip()) for part in parts) != len(parts) - 1:
        return None
    return dates[0]


def related_header(text: str) -> str | None:
    """'' for a bare related-block header, the headline for ``اقرأ أيضاً: headline``, else None."""
    text = text.strip(_DECORATION)  # "----- اقرأ أيضا -----"
    if len(text) > 200 or not _related_start().match(text) and not FOREIGN_FORMS.search(text, 0, 40):
        return None  # (a header in presentation forms or Persian letters: its matching form decides)
    if phrased_outlet(text, "more") is not None:
        return ""  # "المزيد من سكاي نيوز عربية": the outlet's other pieces follow
    key = norm(text[:40])
    header = _longest_header(key)
    if header is None:
        return None
    rest = key[len(header):]
    if not rest.strip(" :：>»<«-–—|.…"):
        return ""
    opening = rest.lstrip()
    if opening[:1] in ":：-–—|»>" or opening.startswith(("..", "…")):
        # "اقرأ أيضا: X", "للمزيد - X", "اقرأ أيضاً.. X": cut the original text at the header's word count.
        words = text.split()
        cut = " ".join(words[len(header.split()):])
        title = _LABEL_SEP.sub("", cut).lstrip(".…").strip(" »«>")
        inner = related_header(title)  # "للمزيد - للمزيد : X": the header twice
        if inner == "":
            return ""  # "Related | ذات صلة": one header in two languages
        return inner or title or None
    if rest.count(" ") <= _HEADER_EXTRA_WORDS and not rest.rstrip().endswith((".", "؟", "?", "!")) \
            and not any(ch in rest for ch in ":：|»>"):
        return ""  # a longer header phrase: "مواضيع ذات صلة بهذا الخبر"
    return None


def byline_name(text: str, loose: bool = False) -> str | None:
    """The name of a byline line (``بقلم: فلان`` → ``فلان``), else None.

    ``loose`` accepts a space after every byline word (``كتب فلان``), for lines already known to
    be bylines by their place.
    """
    words = text.split()
    if len(words) > _BYLINE_MAX_WORDS or len(words) < 2:
        return None
    key = norm(text)
    for prefix, follow in _byline_prefixes():
        size = prefix.count(" ") + 1
        if not key.startswith(prefix) or len(words) <= size:
            continue
        glued = key[len(prefix):len(prefix) + 1]  # "كتب:" — the separator right after the word
        if glued not in " " + _BYLINE_SEPS:
            continue  # the prefix is only the start of a longer word
        rest = " ".join(words[size:])
        if follow == "sep" and not loose and glued not in _BYLINE_SEPS and rest[:1] not in _BYLINE_SEPS:
            continue
        name = _LABEL_SEP.sub("", rest).strip()
        if name and not name.endswith((".", "؟", "?", "!")):
            return name
    return None


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return read_set("byline_roles.txt")


def role_byline(text: str) -> str | None:
    """The name of ``name - role`` (``سارة الحسن - مراسلة الصحيفة``): a reporter's role after a
    bare name of two to four words."""
    segments = [s.strip() for s in _CREDIT_SPLIT.split(text) if s.strip()]
    if len(segments) != 2 or text.count(" ") >= _CREDIT_MAX_WORDS:
        return None
    name, role = segments
    if not 2 <= name.count(" ") + 1 <= NAME_MAX_WORDS or any(ch.isdigit() or ch in _NOT_IN_NAMES for ch in name):
        return None
    return name if _opens_with_role(norm(role).split()) else None


def is_role(text: str) -> bool:
    """A writer's role on a line of its own (``كاتب وباحث سياسي``, ``أستاذ العلوم السياسية``)."""
    words = norm(text).split()
    return (0 < len(words) <= _ROLE_LINE_MAX_WORDS and text[-1] not in CLAUSE_ENDS
            and _opens_with_role(words))


def _opens_with_role(words: list[str]) -> bool:
    """The normalised words start with a role of ``byline_roles.txt`` (one word or two)."""
    return bool(words) and (words[0] in _roles() or " ".join(words[:2]) in _roles())


def pull_quote(text: str) -> str | None:
    """The content of a short line wholly inside one pair of quotation marks."""
    text = text.rstrip(".،")  # «...». — the full stop outside the closing mark
    close = _QUOTE_PAIRS.get(text[:1])
    if close is None or len(text) < 4 or text[-1] != close:
        return None
    inner = text[1:-1].strip()
    if not inner or text[:1] in inner or close in inner or inner.count(" ") >= _PULL_QUOTE_MAX_WORDS:
        return None
    return inner


@lru_cache(maxsize=1)
def _outlet_labels() -> tuple[str, ...]:
    return tuple(norm(v) for k, v in read_rows("outlets.tsv") if k == "label")


@lru_cache(maxsize=4)
def _outlet_phrases(kind: str) -> tuple[tuple[str, int], ...]:
    """The ``kind`` rows of outlets.tsv (normalised) with their word counts."""
    return tuple((norm(v), len(v.split())) for k, v in read_rows("outlets.tsv") if k == kind)


@lru_cache(maxsize=4)
def _outlet_phrase_openings(kind: str) -> frozenset[str]:
    """The first words of the ``kind`` rows of outlets.tsv as written and in lower case: a line opening
    otherwise is passed over without folding it (this runs on every line)."""
    words = [v.split()[0] for k, v in read_rows("outlets.tsv") if k == kind]
    return frozenset(words) | frozenset(word.lower() for word in words)


_NAME_AFTER_MORE_WORDS = 4


def phrased_outlet(text: str, kind: str) -> str | None:
    """The outlet named after one of the ``kind`` phrases of outlets.tsv opening ``text`` (``مقدم من
    سكاي نيوز عربية`` → ``سكاي نيوز عربية`` for ``provider``), or None."""
    if text[:40].split(" ", 1)[0] not in _outlet_phrase_openings(kind) or text.count(" ") >= _OUTLET_MAX_WORDS + 3:
        return None  # (the opening word first: most lines open on none, and are passed over unfolded)
    words = text.split()
    for phrase, size in _outlet_phrases(kind):
        if len(words) > size and norm(" ".join(words[:size])) == phrase:
            rest = " ".join(words[size:])
            return rest if is_outlet(rest) else None
    return None


def more_from_name(text: str) -> str | None:
    """The name a heading of the ``more`` phrases of outlets.tsv gives (``More from Ahmed Saleh``: a
    writer's or a site's other pieces under it), one to four words and no sentence, else None."""
    if text[:40].split(" ", 1)[0] not in _outlet_phrase_openings("more") or any(ch in text for ch in ".:؟?!،,"):
        return None
    words = text.split()
    for phrase, size in _outlet_phrases("more"):
        if size < len(words) <= size + _NAME_AFTER_MORE_WORDS and norm(" ".join(words[:size])) == phrase:
            return " ".join(words[size:])
    return None


def labelled_outlet(text: str) -> str | None:
    """The outlet of a source line (``المصدر: سكاي نيوز عربية`` → ``سكاي نيوز عربية``), or of a
    syndicated piece's provider line (``مقدم من سكاي نيوز عربية``)."""
    if (provided := phrased_outlet(text, "provider")) is not None:
        return provided
    if text.count(" ") >= _OUTLET_MAX_WORDS + 3 or ":" not in text[:20]:
        return None
    label, _, rest = text.partition(":")
    rest = rest.strip()
    if norm(label) in _outlet_labels() and rest and is_outlet(rest):
        return rest
    return None


def is_outlet(text: str) -> bool:
    """A short line naming a news outlet or agency."""
    if text.count(" ") >= _OUTLET_MAX_WORDS or text.endswith((".", "؟", "?", "!", ":")):
        return False
    key = norm(text)
    names, markers = _outlets()
    if key in names:
        return True
    pieces = [p.strip() for p in _AGENCY_SPLIT.split(key) if p.strip()]
    if len(pieces) > 1 and all(p in names for p in pieces):  # "فرانس24/ أ ف ب": a credit of agencies
        return True
    padded = f" {key} "
    if any(marker in padded for marker in _ANYWHERE_MARKERS):
        return True
    return any(key.startswith(marker + " ") for marker in markers)


def is_outlet_credit(text: str) -> bool:
    """A line that only credits outlets or agencies by name (``فرانس24/ أ ف ب``, ``-أ ف ب-``,
    ``(رويترز)``): no marker word alone ("قناة ...") makes one, as article text may open with it."""
    if len(text) > _OUTLET_CREDIT_MAX_CHARS:
        return False
    text = text.strip(" -–—*()[]")
    if not text or text.count(" ") >= _CREDIT_SEGMENT_WORDS * 2:
        return False
    names, _ = _outlets()
    key = norm(text)
    pieces = [p.strip() for p in _AGENCY_SPLIT.split(key) if p.strip()]
    return key in names or (len(pieces) > 1 and all(p in names for p in pieces))


_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:ص|م|am|pm))?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _posting_clients() -> frozenset[str]:
    """Apps a social post is sent from (resources/posting_clients.txt)."""
    return read_set("posting_clients.txt")


def credit_parts(text: str, strict: bool = True) -> dict[str, str] | None:
    """A credit line (``بقلم فلان | 14/11/2017``, ``أبوظبي - سكاي نيوز عربية``) split into its parts.

    ``strict`` asks for a date, byline or outlet among the parts; without it a place and a name
    (``الرياض - أحمد الشمالي``) are enough, for the opening line of a record's text.
    """
    if text.count(" ") >= _CREDIT_MAX_WORDS:
        return None
    segments = [s.strip() for s in _CREDIT_SPLIT.split(text) if s.strip()]
    if len(segments) < 2:
        return _place_and_date(text)
    parts: dict[str, str] = {}
    for seg in segments:
        if (date := parse_date_line(seg)) is not None:
            if "date" in parts:
                return None  # a range of dates (an archive's captures, a fair's days) credits nothing
            parts["date"] = date.value
        elif (name := byline_name(seg)) is not None:
            parts.setdefault("byline", name)
        elif seg.count(" ") >= _CREDIT_SEGMENT_WORDS or seg[-1] in ".؟?!:":
            return None  # a phrase or a sentence: this is text, not a credit line
        elif seg.count(" ") < 3 and norm(seg) in known_places() and "place" not in parts:
            parts["place"] = seg  # before outlets: cities also name newspapers (الرياض)
        elif is_outlet(seg):
            parts.setdefault("outlet", seg)
        elif norm(seg) in _posting_clients():
            continue  # the app a post was sent from ("May 18, 2018, 17:41 · Web") credits no one
        elif _CLOCK.fullmatch(seg) and any(byline_name(other) is not None for other in segments):
            continue  # the time the date is set with, on a writer's line ("14 مايو 2019 - 12:28 | بقلم فلان")
        elif any(ch in _NOT_IN_NAMES for ch in seg):
            return None  # "رانيري : حلمي مات - 17/6/2018" is a dated headline
        elif not any(ch.isdigit() for ch in seg):  # ids and codes in a credit are skipped
            parts.setdefault("name", seg)
    if not parts.keys() & ({"date", "byline", "outlet"} if strict else {"date", "byline", "outlet", "place"}):
        return None
    if "date" in parts and "byline" not in parts and len(parts) > 1:
        # "author | date": what is credited is the line without its date (an outlet credited
        # there is both the outlet and the byline, as in records whose author is an agency).
        credit = text.replace(date_segment, " ") if (date_segment := _date_segment(segments)) else text
        parts["credit"] = " ".join(credit.split()).strip(" |•·-–—/")
    return parts


def _place_and_date(text: str) -> dict[str, str] | None:
    """A wire credit without separators: ``الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس``."""
    if not any(ch.isdigit() for ch in text):
        return None
    words = text.split()
    for size in (2, 1):
        place = " ".join(words[:size])
        if len(words) > size and norm(place) in known_places():
            date = parse_date_line(" ".join(words[size:]).rsplit(" ", 1)[0])
            date = date or parse_date_line(" ".join(words[size:]))
            if date is not None:
                return {"date": date.value, "place": place}
    return None


def _date_segment(segments: list[str]) -> str | None:
    return next((seg for seg in segments if parse_date_line(seg) is not None), None)
