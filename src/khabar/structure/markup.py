"""Markdown left in a text dump (a reader-mode or notes-app export): ``# headline``, ``> deck``,
``**date**``, ``*by name*``, ``[title](url)`` links and ``![alt](url)`` images; and the stamp a chat
export sets before each message (``09/03/2018, 22:46 - sender: message``).

Lines are read without the markup, as the page shows them; an image line is furniture.  The
patterns are bounded (no nested quantifiers), so a 20,000-character line costs one linear scan.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.structure.data import read_rows
from khabar.structure.stamps import AM_PM, CHAT_DAY, CLOCK

_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")
_QUOTE = re.compile(r"^>\s+(?=[^\s>])")
_QUOTED_BLANK = re.compile(r">(?: >)*")  # not ">>": a marker
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(\S(?:.{0,2000}\S)?)\1$")
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|/)[^()\s]{0,500}\)")
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\s]{1,500}\)")
#: A forum post's BBCode source (``[center][size=5][b]…[/b][/size][/center]``, ``[url=…]text[/url]``):
#: its format tags are dropped, read only on a line that closes one (``[/b]``), and a line that is only
#: an ``[img]`` tag is an image.
_BB_FORMAT = r"b|i|u|s|size|colou?r|font|cent(?:er|re)|left|right|justify|align|url|quote|highlight|indent"
_BB_TAG = re.compile(rf"\[/?(?:{_BB_FORMAT})(?:=[^\[\]\n]{{0,300}})?\]", re.IGNORECASE)
_BB_CLOSING = re.compile(rf"\[/(?:{_BB_FORMAT}|img)\]", re.IGNORECASE)
_BB_IMAGE = re.compile(r"\[img(?:=[^\[\]\n]{0,100})?\][^\[\]\s]{1,500}\[/img\]", re.IGNORECASE)


#: The chat stamps' day in digits and their day part (the clock and the English-named day are
#: :mod:`khabar.structure.stamps`', which dates a stamp).
_NUMERIC_DAY = r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
_DAY_PART = rf"(?:\s?(?:{AM_PM}|ص|م))?"
#: A chat export's message stamp: WhatsApp's ``dd/mm/yyyy, hh:mm - sender: `` (``[dd/mm/yyyy, hh:mm:ss]
#: sender: `` on iOS), the sender at most a few words.
_CHAT_STAMP = re.compile(
    rf"\[?(?P<stamp>{_NUMERIC_DAY},?\s{CLOCK}{_DAY_PART})\]?"
    r"\s(?:[-–]\s)?(?P<sender>[^:\s][^:]{0,40}?):\s+(?=\S)")


#: A chat exporter's message header: the stamp in brackets and the sender alone on the line, the message
#: under it (DiscordChatExporter's text: ``[4/22/2018 3:12 PM] NewsBot#0001``, ``[22-Apr-18 03:12 PM] …``).
_CHAT_HEADER = re.compile(
    rf"\[(?P<stamp>(?:{_NUMERIC_DAY}|{CHAT_DAY}),?\s{CLOCK}{_DAY_PART})\]"
    r"\s(?P<sender>[^\s:\[\]][^:\[\]]{0,40})")
_WIDE_GAP_AFTER_STAMP = re.compile(rf"\[?[\d/.,:\s]+?{_DAY_PART}\]?\s{{2,}}\S")


def chat_message(text: str, copied: str = "") -> tuple[str, str, str] | None:
    """(stamp, sender, message) of a chat export's message line, else None (the message '' when it
    is set under the stamp and sender).

    ``copied`` is the line as copied, spaces not yet collapsed: a stamp set apart from what follows
    by a wide gap is a browser's print header (the print's date and time, then the page's title)."""
    if not (text[:1].isdigit() or text[:1] == "["):
        return None
    if (header := _CHAT_HEADER.fullmatch(text)) is not None:
        return header["stamp"], header["sender"], ""
    m = _CHAT_STAMP.match(text)
    if m is None or _WIDE_GAP_AFTER_STAMP.match(copied.strip()):
        return None
    return m["stamp"], m["sender"], text[m.end():]


#: A text browser's dump (``lynx -dump``, ``links -dump``) closes on the list of its links' addresses
#: under a heading of its own, each link's text in the page opening on its number (``[12]الرئيسية``);
#: ``[IMG]`` and the like stand for what it cannot show (``[pic]``: antiword's and catdoc's for a Word
#: document's pictures).
_LINK_LIST = re.compile(r"^(?:References|Visible links|Hidden links:)[ \t]*\n(?:[ \t]*\n)*[ \t]*1\.[ \t]+\S+:", re.M)
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=\S)")
_ALT_TEXT = re.compile(r"\[[^\[\]\d\s][^\[\]\n]{0,40}\]")  # no number: a link mark or a footnote is not
_STAND_IN = re.compile(r"(?:\[(?:IMG|INLINE|BUTTON|LINK|EMBED|OBJECT|IFRAME|pic|_+)\]\s*)+")


#: A link's address in angle brackets after its text, as a browser's "save as text" and a mail client's
#: plain-text copy of an HTML message write links (``الرئيسية <https://…/>``, ``<#content>``).
_ANGLE_ADDRESS = re.compile(r"\s?<(?:https?://|ftp://|mailto:|www\.|#)[^<>\s]{0,500}>")


def without_addresses(text: str) -> str:
    """``text`` without the addresses in angle brackets its links are followed by."""
    return _ANGLE_ADDRESS.sub("", text) if "<" in text else text


def leading_address(text: str) -> int:
    """The length of the address in angle brackets a line opens with (0 for none): a wrapper that cut
    before a link's address set the address, not the word after it, at the line's start."""
    found = _ANGLE_ADDRESS.match(text.lstrip(" \t")) if "<" in text else None
    return len(found.group().strip()) if found else 0


#: A converter's link notes (pandoc's and html2text's plain output, a plain-text newsletter): each link
#: marked by a number in brackets after its text (``… جسر موراندي [2]``), the addresses listed at the
#: foot, one a line (``[2] https://…``).
_NOTE = re.compile(r"[ \t]*\[\d{1,3}\][ \t]+(?:https?://|www\.)\S{1,500}[ \t]*")
_NOTE_MARK = re.compile(r"[ \t]?\[\d{1,3}\](?=[\s.،,؛:]|$)")
_MIN_NOTES = 2


def has_link_notes(raw: str) -> bool:
    """A page closing on a list of its links' addresses, numbered as its text marks them (two or more)."""
    return "] http" in raw and len(re.findall(r"^[ \t]*\[\d{1,3}\][ \t]+https?://", raw, re.M)) >= _MIN_NOTES


def is_link_note(text: str) -> bool:
    """A line of a link notes list (``[2] https://…``)."""
    return text.startswith("[") and _NOTE.fullmatch(text) is not None


def without_note_marks(text: str) -> str:
    """``text`` without the numbers in brackets marking its links (a page with link notes)."""
    return _NOTE_MARK.sub("", text) if "[" in text else text


#: A word processor's comments in its plain-text export (Google Docs' "download as .txt"): each comment
#: anchored by a letter in brackets where its highlight ends (``… في الغوطة[a]``), the comments listed
#: at the foot, one a line, opening on their letter (``[a]سارة: هل تأكدنا من الرقم؟``).
_COMMENT_NOTE = re.compile(r"^[ \t]*\[([a-z]{1,2})\](?=\S)", re.M)
_COMMENT_MARK = re.compile(r"\[([a-z]{1,2})\]")


def comment_letters(raw: str) -> frozenset[str]:
    """The letters of the comments a page lists at its foot, each anchored in the text above the list
    (none when a listed letter marks nothing: brackets of another kind)."""
    if "[" not in raw:
        return frozenset()
    notes = [(m.start(), m[1]) for m in _COMMENT_NOTE.finditer(raw)]
    if not notes:
        return frozenset()
    letters = frozenset(letter for _, letter in notes)
    marked = set(_COMMENT_MARK.findall(raw[:notes[0][0]]))
    return letters if letters <= marked else frozenset()


def is_comment_note(text: str, letters: frozenset[str]) -> bool:
    """A line of the comments list (``[a]سارة: …``) of a page whose comments are ``letters``."""
    return (m := _COMMENT_NOTE.match(text)) is not None and m[1] in letters


def without_comment_marks(text: str, letters: frozenset[str]) -> str:
    """``text`` without the anchors of the comments ``letters``."""
    return _COMMENT_MARK.sub(lambda m: "" if m[1] in letters else m[0], text) if "[" in text else text


#: A setext heading's underline (``=====`` or ``-----`` right under the heading, about as long).
_UNDERLINE = re.compile(r"[=\-]{3,}")


def is_underline(text: str, above: str) -> bool:
    """``text`` is a rule underlining the line ``above`` it (a plain-text heading), not a rule parting
    sections: as long as that line, give or take a few characters (or cut at a line's width)."""
    return (text[:1] in "=-" and 0.6 * len(above) <= len(text) <= 1.2 * len(above) + 2
            and _UNDERLINE.fullmatch(text) is not None)


def link_list(raw: str) -> int | None:
    """Where a text browser's list of link addresses begins in a dump (None: no such list)."""
    if "References" not in raw and "Visible links" not in raw and "Hidden links:" not in raw:
        return None
    m = _LINK_LIST.search(raw)
    return m.start() if m else None


def without_link_numbers(text: str) -> str:
    """A text browser's line without the numbers it opens its links with (``[7]صحيفة الأفق``)."""
    return _LINK_NUMBER.sub("", text) if "[" in text else text


def is_stand_in(text: str) -> bool:
    """A line that is only a text browser's marks for an image, frame or button (``[IMG]``), or a
    picture's alt text in brackets as w3m shows it (``[شعار الموقع]``, a few words)."""
    return text.startswith("[") and (_STAND_IN.fullmatch(text) is not None or _ALT_TEXT.fullmatch(text) is not None)


def is_quoted_blank(text: str) -> bool:
    """A blank line of a quoted message (``>``, ``> >``): a mail client quotes paragraph breaks too."""
    return text.startswith(">") and _QUOTED_BLANK.fullmatch(text) is not None


def is_image(text: str) -> bool:
    """A line that is only an image (``![صورة](https://…/1.jpg)``, BBCode's ``[img]…[/img]``)."""
    if text.startswith("[") and _BB_CLOSING.search(text) is not None:
        return _BB_IMAGE.fullmatch(_BB_TAG.sub("", text)) is not None
    return text.startswith("![") and _IMAGE.fullmatch(text) is not None


def without_bbcode(text: str) -> str:
    """``text`` without BBCode format tags when it closes one (``[/b]``), as the forum shows it."""
    if "[/" in text and _BB_CLOSING.search(text) is not None:
        return _BB_TAG.sub("", text)
    return text


@lru_cache(maxsize=1)
def _edit_link() -> re.Pattern[str]:
    """A wiki section heading's edit link, copied with the heading (``مصادر[تعديل]``): one of the
    words of ``resources/edit_links.txt`` in brackets ending the line."""
    words = "|".join(re.escape(row[0]) for row in read_rows("edit_links.txt"))
    return re.compile(rf"\s*\[\s*(?:{words})\s*\]$", re.IGNORECASE)


def plain(text: str) -> str:
    """``text`` without Markdown heading, quote and emphasis marks, with links as their text and
    without a wiki heading's edit link."""
    if text.endswith("]") and (m := _edit_link().search(text)) is not None and m.start():
        text = text[:m.start()]
    if text[:1] in "#>*_":
        text = _QUOTE.sub("", _HEADING.sub("", text))
        if (m := _EMPHASIS.match(text)) is not None and m[1] not in m[2]:
            text = m[2]
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    return text


#: A post's counter closing it in a thread copied from a social network (``… 2/8``, ``(3/8)``).
_THREAD_COUNTER = re.compile(r"\s+[(\[]?([0-9\u0660-\u0669]{1,2})\s*/\s*([0-9\u0660-\u0669]{1,2})[)\]]?$")
_THREAD_MIN_POSTS = 3


def thread_counter_cuts(texts: list[str]) -> dict[int, int]:
    """Where to cut the posts' counters off the lines of a thread (line index → end of its text).

    A thread closes each post with its number and the thread's length; a page is read as one when
    three or more lines end with counters of one total, numbered upwards from line to line (a
    score or a date closing a paragraph does not repeat so)."""
    found: dict[int, list[tuple[int, int, int]]] = {}  # total → (line, number, start of the counter)
    for i, text in enumerate(texts):
        if (m := _THREAD_COUNTER.search(text)) is not None:
            number, total = int(m[1]), int(m[2])
            if 0 < number <= total:
                found.setdefault(total, []).append((i, number, m.start()))
    best = max(found.values(), key=len, default=[])
    numbers = [number for _, number, _ in best]
    if len(best) < _THREAD_MIN_POSTS or numbers != sorted(set(numbers)):
        return {}
    return {i: start for i, _, start in best}
