"""Page furniture: menus, share bars, copyright lines, markers, tag strips, link lines, sliders.

The patterns are data (``resources/furniture.tsv``, ``resources/nav_words.txt``); this module
compiles them once and answers two questions: is a whole line furniture, and does a paragraph end
with an inline furniture tail (``رابط الخبر بصحيفة ...: <headline>``) to cut off.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from khabar.structure.data import norm, read_rows, read_set

#: Longer lines are article text, whatever words they contain.
MAX_FURNITURE_WORDS = 25
_START_MAX_WORDS = 16
_HAS_MAX_WORDS = 12
_MENU_MAX_WORDS = 14
_SENTENCE_END = frozenset(".؟?!:،,؛;\"»”")
_NBSP_ENTITY = re.compile(r"&nbsp;?|&#160;|\u00a0", re.IGNORECASE)
_MENU_ICONS = "⋮☰≡"  # the menu button an app's top bar closes on
_APP_BAR_MAX_WORDS = 5
_STRIP_SPLIT = re.compile(r"[|•·]")
_ITEM_SPLIT = re.compile(r"\s*[|•·]\s*|\t|\s{2,}")
# A run of spaces before a separator is taken whole from its first space only ((?<!\s)): a search
# trying \s* at every space of a long run that no separator ends is quadratic (20,000 spaces: 8 s).
_LIST_SPLIT = re.compile(r"(?:(?<!\s)\s+)?[،,]\s*")
_CRUMB_SPLIT = re.compile(r"(?:(?<!\s)\s+)?[»›>/]\s*|\s[-–]\s")
_MENU_SPLIT = re.compile(r"\s*(?:[|•·»›>/\\]|\s-\s|\s–\s|\t|\s{2,})\s*")
#: A count or punctuation around a comment heading: "التعليقات (4)", "4 تعليقات:".
_HEADING_NOISE = re.compile(r"[\d\u0660-\u0669()\[\]:：\-–—|»«•.،]+")
_HEADING_MAX_CHARS = 40
#: Bullets and stars set before a furniture line ("** جميع المقالات تعبر عن رأي كتابها").
_LEADING_MARKS = "*•·"
_TAG_TAIL_MAX_WORDS = 20
_FORMAT_ONLY_MAX_CHARS = 8
_RELATED_HEADER_MAX_WORDS = 6  # a header, not "مقالات أخرى للكاتب: a headline"
_NAMED_HEADER_MAX_WORDS = 10  # without a colon it may name the writer and the publication
_TAG_TAIL_MAX_CHARS = 260  # label, tags (at most 200 characters) and the space before them


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    groups: dict[str, list[str]] = {"line": [], "start": [], "has": []}
    for kind, _cls, pattern in read_rows("furniture.tsv"):
        groups[kind].append(f"(?:{pattern})")
    return (re.compile("(?:" + "|".join(groups["line"]) + r")\s*$", re.IGNORECASE),
            re.compile("(?:" + "|".join(groups["start"]) + ")", re.IGNORECASE),
            re.compile("|".join(groups["has"]), re.IGNORECASE))


@lru_cache(maxsize=8)
def _line_class(cls: str) -> re.Pattern[str]:
    """The whole-line furniture patterns of one class of ``furniture.tsv`` (forum, related)."""
    rows = [pattern for kind, row_cls, pattern in read_rows("furniture.tsv") if row_cls == cls and kind == "line"]
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in rows) + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _start_class(cls: str) -> re.Pattern[str]:
    """The line-opening furniture patterns of one class of ``furniture.tsv`` (caption, photo_credit)."""
    rows = [pattern for kind, row_cls, pattern in read_rows("furniture.tsv") if row_cls == cls and kind == "start"]
    return re.compile("|".join(f"(?:{p})" for p in rows), re.IGNORECASE)


def is_photo_credit(line: str) -> bool:
    """A photo's credit line (``© Sputnik . سارة الحسن``, ``تصوير: فلان``, ``Getty Images``): the short
    line set right over it is the photo's caption."""
    return bool(_start_class("photo_credit").match(line) or _start_class("caption").match(line))


def is_mail_break(line: str) -> bool:
    """A mail client's separator over a forwarded or quoted message (``---------- Forwarded message
    ---------``, ``-----الرسالة الأصلية-----``, a reply's ``On … <address> wrote:`` line)."""
    return _line_class("mail_break").match(line) is not None


def is_subscription_notice(line: str) -> bool:
    """A mailing's subscription notice (``You are subscribed to email updates from …``, ``لإلغاء
    الاشتراك …``) or a mail's confidentiality notice (``This email and any attachments are
    confidential …``): a newsletter's, an RSS-to-e-mail service's or a company mail's foot opens with it."""
    return _line_class("subscription").match(line) is not None


def is_related_furniture_header(line: str) -> bool:
    """A short furniture line of the ``related`` class (``مقالات أخرى للكاتب``): it heads the list
    of the writer's other articles, whatever the text above it (a poem's short lines too)."""
    limit = _RELATED_HEADER_MAX_WORDS if ":" in line else _NAMED_HEADER_MAX_WORDS
    return line.count(" ") < limit and _line_class("related").match(line) is not None


def is_forum_meta(line: str) -> bool:
    """A forum's member counter or post button (``عدد المشاركات: 52``, ``اقتباس:``): the name over it
    is a poster's, not an author's."""
    return _line_class("forum").match(line) is not None


@lru_cache(maxsize=1)
def _inline_tail() -> re.Pattern[str]:
    # A link-to-story tail glued to the last sentence of a paragraph (saudinewsnet pages).
    return re.compile(r"\s*(?:رابط الخبر|الرابط المختصر|رابط المقال)\b.*$")


def spaced_line(line: str) -> str:
    """A line with no-break spaces as spaces and trimmed, its inner runs of spaces kept."""
    if "&" in line or "\u00a0" in line:
        line = _NBSP_ENTITY.sub(" ", line)
    return line.strip()


def clean_spaces(line: str) -> str:
    """A line with ``&nbsp;`` entities and no-break spaces as plain spaces, trimmed; '' for a line
    of nothing but invisible format characters (a lone bidi mark)."""
    if "&" in line or "\u00a0" in line:
        line = _NBSP_ENTITY.sub(" ", line)
    if len(line) < _FORMAT_ONLY_MAX_CHARS and line.strip() and all(
            ch.isspace() or unicodedata.category(ch) == "Cf" for ch in line):
        return ""
    return " ".join(line.split()) if "  " in line or "\t" in line else line.strip()


@lru_cache(maxsize=1)
def _nav_phrases() -> tuple[frozenset[str], int]:
    phrases = read_set("nav_words.txt")
    return phrases, max(p.count(" ") + 1 for p in phrases)


def _nav_items(words: list[str]) -> int | None:
    """How many navigation phrases cover ``words`` exactly (longest first), None if some word is not."""
    phrases, longest = _nav_phrases()
    count, i = 0, 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            if " ".join(words[i:i + size]) in phrases:
                i += size
                count += 1
                break
        else:
            return None
    return count


def nav_item(text: str) -> bool:
    """Whether a short text is made of navigation phrases only (``أخبار محلية``, ``عربي ودولي``)."""
    return _nav_items(norm(text).split()) is not None


def is_menu(line: str) -> bool:
    """A line of site-navigation words (menu bar or breadcrumb), however the items are separated."""
    items = [norm(item) for item in _MENU_SPLIT.split(line) if item.strip()]
    if not items:
        return False
    phrases, _ = _nav_phrases()
    known = sum(1 for item in items if item in phrases)
    if len(items) > 1 and known >= 2 and known >= 0.6 * len(items):
        return True
    if len(items) == 1:
        covered = _nav_items(items[0].split())
        if covered is not None and (covered >= 2 or items[0] in phrases):
            return True
    return _is_breadcrumb(line) or _is_tag_strip(line) or _is_section_list(line, phrases)


def _is_section_list(line: str, phrases: frozenset[str]) -> bool:
    """Sections listed with commas (``سياسة، اقتصاد، رياضة``): most items navigation words."""
    items = [norm(item) for item in _LIST_SPLIT.split(line) if item.strip()]
    return (len(items) >= 2 and all(item.count(" ") < 2 for item in items)
            and sum(item in phrases for item in items) * 2 >= len(items))


def _is_breadcrumb(line: str) -> bool:
    """Sections from a navigation word down (``ثقافة » أدب``, ``الرئيسية / أخبار / سوريا``); with
    arrows, the first item may only open with one (``منتدى الأخبار العامة > الأخبار العربية``)."""
    items = [item.strip() for item in _CRUMB_SPLIT.split(line)]
    if len(items) < 2 or not all(item and item.count(" ") < 3 for item in items):
        return False
    first = norm(items[0])
    phrases = _nav_phrases()[0]
    # (an item that folds to nothing, a tatweel "ـ", has no first word)
    opening = first.split(" ", 1)[0]
    return first in phrases or (opening in phrases and any(ch in line for ch in "»›>"))


def _is_tag_strip(line: str) -> bool:
    """Three or more short items between bars or bullets: a strip of tags or sections."""
    items = [item.strip() for item in _STRIP_SPLIT.split(line)]
    return len(items) >= 3 and all(item and item.count(" ") < 3 and not any(ch.isdigit() for ch in item)
                                   for item in items)


def is_furniture(line: str, spaced: str | None = None) -> bool:
    """Whether a stripped, non-empty line is page furniture rather than article text.

    ``spaced`` is the line before runs of spaces were collapsed: menus may separate their items
    by wide spaces only.
    """
    if line[:1] in _LEADING_MARKS and (unmarked := line.lstrip(_LEADING_MARKS + " ")):
        line = unmarked
    words = line.count(" ") + 1
    if words > MAX_FURNITURE_WORDS:
        return False
    if line[-1] in _MENU_ICONS and words <= _APP_BAR_MAX_WORDS:
        return True  # an app's top bar: its name, then the menu icon (a screenshot read back by OCR)
    whole, start, anywhere = _compiled()
    if whole.match(line):
        return True
    if words <= _START_MAX_WORDS and start.match(line):
        return True
    if words <= _HAS_MAX_WORDS and anywhere.search(line):
        return True
    # Menus end without sentence punctuation: skip the word-by-word test for sentences. The bars and
    # bullets between a menu's items are no words of it (a menu of seven two-word items has 13 bars and words).
    if words > _MENU_MAX_WORDS and words - _separators(line) > _MENU_MAX_WORDS or line[-1] in _SENTENCE_END:
        return False
    return is_menu(spaced or line) or _is_button_row(spaced or line)


def _separators(line: str) -> int:
    """How many separators (``|``, ``•``, ``·``) stand between spaces in the line (as a menu's items are parted)."""
    return line.count(" | ") + line.count(" • ") + line.count(" · ")


def _is_button_row(line: str) -> bool:
    """Buttons set side by side (``طباعة | إغلاق النافذة``, ``رد  إبلاغ``): every item between bars,
    bullets or wide spaces is furniture on its own."""
    items = [item for item in _ITEM_SPLIT.split(line) if item.strip()]
    whole, start, _ = _compiled()
    return len(items) >= 2 and all(whole.match(item) or start.match(item) for item in items)


@lru_cache(maxsize=1)
def _comment_headers() -> frozenset[str]:
    return read_set("comment_headers.tsv")


def is_comment_heading(text: str) -> bool:
    """Whether a short text is a heading opening a comment section (``تعليقات القراء (5)``)."""
    if not text or len(text) > _HEADING_MAX_CHARS:
        return False
    return norm(_HEADING_NOISE.sub(" ", text)) in _comment_headers()


@lru_cache(maxsize=1)
def _tag_label_phrases() -> tuple[str, ...]:
    """The tag labels of resources/labels.tsv as written (``الوسوم``, ``سمات``)."""
    return tuple(label for kind, label in read_rows("labels.tsv") if kind == "tags")


@lru_cache(maxsize=1)
def _tag_tail() -> re.Pattern[str]:
    """A tag list closing a paragraph after its last sentence (``... والجلد. سمات جدة محكمة``), or a
    whole paragraph that is a labelled one (``الوسوم: جدة، محكمة``): labels of resources/labels.tsv."""
    labels = "|".join(sorted((re.escape(label) for label in _tag_label_phrases()), key=len, reverse=True))
    # The writer's account may stand before the label ("... والجلد. @name سمات جدة").
    return re.compile(rf"(?:(?<=[.!؟?»\"”)/])\s+(?:@\w+\s+)?(?:{labels})\s*[:：]?|^(?:{labels})\s*[:：])\s*"
                      rf"(?P<tags>[^.!؟?:؛\n]{{2,200}})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _tag_labels() -> frozenset[str]:
    return frozenset(norm(label) for label in _tag_label_phrases())


def is_tag_line(paragraph: str) -> bool:
    """A paragraph that is a tag label and its tags, no sentence (``سمات جدة صور طلاق``): pages end
    with one; a paragraph inside the text opening with such a word is a subheading."""
    words = paragraph.split()
    words = words[1:] if words and words[0].startswith("@") else words  # the writer's account first
    if not 2 <= len(words) <= _TAG_TAIL_MAX_WORDS + 1 or any(ch in paragraph for ch in ".!؟?:؛"):
        return False
    labels = _tag_labels()
    return any(norm(" ".join(words[:size])) in labels for size in (1, 2))


@lru_cache(maxsize=1)
def _tag_label_words() -> tuple[str, ...]:
    return tuple({label.split()[0] for label in _tag_label_phrases()})


def split_tag_tail(paragraph: str) -> tuple[str, str | None]:
    """(paragraph without a closing tag list, the tag list) — the list is None when absent."""
    # Cheap tests first, every paragraph of every record comes through here: tags end on no
    # sentence mark, and one of the labels is near the end.
    if paragraph[-1:] in ".!؟?:؛":
        return paragraph, None
    start = max(0, len(paragraph) - _TAG_TAIL_MAX_CHARS)
    window = paragraph[start:]
    if not any(word in window for word in _tag_label_words()):
        return paragraph, None
    m = _tag_tail().search(paragraph, start)
    if not m or m["tags"].count(" ") >= _TAG_TAIL_MAX_WORDS:
        return paragraph, None
    return paragraph[: m.start()].rstrip(), paragraph[m.start():].strip()


def split_inline_tail(paragraph: str) -> tuple[str, str | None]:
    """(paragraph without an inline furniture tail, the tail) — the tail is None when absent: a link
    to the story (``رابط الخبر ...``) or a tag list glued after the last sentence."""
    if "رابط" in paragraph and (m := _inline_tail().search(paragraph)) and m.start() > 0:
        return paragraph[: m.start()].rstrip(), paragraph[m.start():].strip()
    return split_tag_tail(paragraph)


# Latin slider controls, or both Arabic ones: a lone "السابق" also opens sentences.
_SLIDER_PREFIX = re.compile(r"^(?:(?:next|previous|prev)\s+)+(?=\S)|^(?:(?:السابق|التالي)\s+){2,}(?=\S)", re.IGNORECASE)


def split_leading_slider(line: str) -> tuple[str | None, str]:
    """(slider controls glued to the front of a line, the rest): ``Next Previous عين اليوم – واس``."""
    if line[:1] not in "NnPpاال" or not (m := _SLIDER_PREFIX.match(line)):
        return None, line
    return m.group().strip(), line[m.end():]


def has_nbsp_entity(line: str) -> bool:
    return "&nbsp" in line.lower() or "&#160;" in line
