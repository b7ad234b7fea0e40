"""Regions of a text dump copied from a browser that surround the article, found by their shape:

* a menu copied one item a line (a run of short lines, most of them navigation phrases);
* a section kicker over the headline (``عرب وعالم``, then the headline, then its byline or date);
* an official document's letterhead over its title: the basmala, then short lines naming the state
  and the office (``المملكة الأردنية الهاشمية`` / ``وزارة الداخلية``, ``resources/letterhead.tsv``);
* a label line and the line(s) it labels: a photo caption (``التعليق على الصورة،`` / the caption),
  a tag list (``الوسوم`` / ``سياسة، اقتصاد``);
* a readers' comment section: from a comment heading after the article's text (``تعليقات الزوار
  (3)``, ``اترك تعليقاً``) to the next related-headlines header, every line is the section's;
* a data table copied as text: three or more rows with no blank between them, each the same number
  of short cells (set apart by tabs, bars or wide spaces), at least half of them holding a figure;
* a list of chapter marks (a podcast's or a video's: ``03:12 خلفية القضية``): three or more lines
  with no blank between them, each a short title after a timecode, the times going up;
* a statement's signing office after its text (the office and the ministry under the closing);
* a forwarded or quoted e-mail: the sender's own note above the message's separator (``-----الرسالة
  الأصلية-----``, a reply's ``في … كتب … <address>:``), and the envelope's header lines under it
  (``من:``, ``الموضوع:``; its date line counts only when the message has none);
* a signature: after the article's text, the lines under an e-mail signature delimiter (``--``) or
  a forum's signature rule (a run of underscores).

Each rule only turns lines into furniture; position rules (:mod:`khabar.structure.layout`) then read
the remaining lines as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from khabar.structure.bylines import CLAUSE_ENDS, NAME_MAX_WORDS, is_role
from khabar.structure.credits import credit_parts
from khabar.structure.data import norm, read_rows, read_set
from khabar.structure.furniture import is_comment_heading, is_mail_break, is_photo_credit, nav_item
from khabar.structure.lines import BYLINE, DATE, FURNITURE, HEAD_KINDS, OUTLET, RELATED_HEADER, TEXT, Line
from khabar.structure.related import headline_like

_MENU_ITEM_MAX_WORDS = 3
_MENU_MIN_RUN = 3
_KICKER_MAX_WORDS = 3
_KICKER_HEAD_LOOKAHEAD = 3  # lines after the headline where its byline or date sits
_LETTERHEAD_MAX_WORDS = 5
_HEAD_LINE_MAX_WORDS = 8
_LABELLED_MAX_WORDS = 25  # a caption or tag list is at most this long
_CREDITED_CAPTION_MAX_WORDS = 15  # a caption over a photo's credit; a longer line is the text's
_TAG_LINE_MAX_WORDS = 12
_TAG_MAX_WORDS = 3  # one tag of a list set a tag a line
_PROSE_MIN_WORDS = 12  # the article has begun once a line this long has been read
_CELL_SPLIT = re.compile(r"\t|\s+\|\s+|\s{2,}")
_CELL_MAX_WORDS = 4
_TABLE_MIN_ROWS = 3
_TICKER_MIN_LINES = 2
_NOTE_MAX_WORDS = 40  # a sender's note over a forwarded message is a line or two
_MAIL_LABEL = re.compile(r"([^:：]{1,20})[:：]")
#: The kind a mail envelope's date line gets: any date of the message itself wins over it.
ENVELOPE_DATE = "envelope"
_FIGURE_CELL = re.compile(r"[-+]?[\d\u0660-\u0669][\d\u0660-\u0669,.٫٬]*\s*[%٪]?|[%٪]\s*[\d\u0660-\u0669][\d\u0660-\u0669,.٫٬]*")


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """Label (matching form) → what it labels (``caption`` or ``tags``)."""
    return {norm(label): kind for kind, label in read_rows("labels.tsv")}


#: A gallery's photo counter (``3 / 9``, ``صورة 2 من 9``): the caption of that photo follows.
#: A bulleted line of a list (a key-points box): a bullet mark, a space, the point.
_BULLETED = re.compile(r"[•·▪●■◦*\-–]\s+\S")
_PHOTO_COUNTER = re.compile(r"(?:(?:ال)?صورة\s*)?\d{1,3}\s*(?:/|من|of)\s*\d{1,3}")


#: A block header marked as advertising (``قد يعجبك أيضا - إعلان``, ``روابط مقترحة (ممول)``).
_AD_MARKED = re.compile(r"[^\d\n]{2,30}?\s*(?:[-–|•·]\s*|\(\s*)(?:إعلان|اعلان|ممول|مدعوم|sponsored|ads?)\s*\)?",
                        re.IGNORECASE)


def label_kind(text: str) -> str | None:
    """``caption``, ``tags``, ``ticker``, ``sponsored`` or ``summary`` for a line that is only such a label
    (``صدر الصورة،``), a photo counter or a header marked as advertising, else None."""
    if len(text) > 40:
        return None
    if _PHOTO_COUNTER.fullmatch(text):
        return "caption"
    if _AD_MARKED.fullmatch(text):
        return "sponsored"
    return _labels().get(norm(text.rstrip(" :：،,").strip()))


def _menu_item(line: Line) -> bool:
    text = line.text
    return (line.kind in (TEXT, FURNITURE) and text.count(" ") < _MENU_ITEM_MAX_WORDS
            and text[-1] not in CLAUSE_ENDS and not any(ch.isdigit() for ch in text))


def mark_stacked_menu(lines: list[Line]) -> None:
    """Runs of three or more short lines with no blank between them, at least two and at least half
    of them navigation phrases (``الرئيسية`` / ``أخبار محلية`` / ``عربي ودولي``): a menu one item a line."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _menu_item(lines[j]) and (j == i or lines[j].gap_before == 0):
            j += 1
        run = lines[i:j]
        known = sum(nav_item(ln.text) for ln in run)
        if len(run) >= _MENU_MIN_RUN and known >= 2 and 2 * known >= len(run):
            for line in run:
                line.kind = FURNITURE
        i = max(j, i + 1)


def _cells(line: Line) -> list[str] | None:
    """A table row's cells (at least two, each a few words), or None."""
    row = line.spaced or line.text
    # A bordered row (``|القاهرة |1240 |``, as antiword and Markdown draw tables): cells between bars.
    parts = row[1:-1].split("|") if row[:1] == row[-1:] == "|" and row.count("|") > 2 else _CELL_SPLIT.split(row)
    cells = [cell.strip() for cell in parts if cell.strip()]
    if len(cells) < 2 or any(cell.count(" ") >= _CELL_MAX_WORDS for cell in cells):
        return None
    return cells


def _table_run(lines: list[Line], i: int) -> list[list[str]]:
    """The cells of the rows from line ``i`` on: unbroken by a blank, each as many cells as the first."""
    rows: list[list[str]] = []
    while i + len(rows) < len(lines) and (not rows or lines[i + len(rows)].gap_before == 0):
        cells = _cells(lines[i + len(rows)])
        if cells is None or (rows and len(cells) != len(rows[0])):
            break
        rows.append(cells)
    return rows


def mark_tables(lines: list[Line]) -> None:
    """A data table copied as text (``القاهرة\t1240\t32%``): its rows are no paragraphs."""
    i = 0
    while i < len(lines):
        rows = _table_run(lines, i)
        if not rows:
            i += 1
            continue
        # The table may start below the run's first rows (a header or caption without figures): the
        # run read from any later row is this run's tail, so its tails are weighed here, not each
        # read again (a poem of 4,000 two-hemistich lines took 24 s so).
        has_figure = [any(_FIGURE_CELL.fullmatch(cell) for cell in row) for row in rows]
        figures = sum(has_figure)
        for skip in range(len(rows) - _TABLE_MIN_ROWS + 1):
            if 2 * figures >= len(rows) - skip:
                for line in lines[i + skip:i + len(rows)]:
                    line.kind = FURNITURE
                break
            figures -= has_figure[skip]
        i += len(rows)


#: A chapter mark: a timecode (``03:12``, ``1:02:45``), then a short title.
_CHAPTER = re.compile(r"((?:\d{1,2}:)?\d{1,2}):(\d{2})\s*[-–—|:]?\s*\D")
_CHAPTER_MAX_WORDS = 9
_CHAPTERS_MIN_RUN = 3


def _chapter_time(line: Line) -> int | None:
    """Seconds from the start that a chapter mark line names, or None for any other line."""
    if not line.text[:1].isdigit() or line.text.count(" ") >= _CHAPTER_MAX_WORDS:
        return None
    m = _CHAPTER.match(line.text)
    if m is None:
        return None
    minutes = [int(x) for x in m[1].split(":")]
    return (minutes[0] * 60 + minutes[1] if len(minutes) == 2 else minutes[0]) * 60 + int(m[2])


def mark_chapters(lines: list[Line]) -> None:
    """Chapter marks (``00:00 المقدمة`` / ``03:12 خلفية القضية`` …): the list of a podcast's or a video's
    parts, no paragraphs. A live blog's entries open on clock times too, but newest first and each a
    paragraph, set apart by blanks."""
    i = 0
    while i < len(lines):
        times = []
        while i + len(times) < len(lines) and (not times or lines[i + len(times)].gap_before == 0):
            seconds = _chapter_time(lines[i + len(times)])
            if seconds is None or (times and seconds <= times[-1]):
                break
            times.append(seconds)
        if len(times) >= _CHAPTERS_MIN_RUN:
            for line in lines[i:i + len(times)]:
                line.kind = FURNITURE
        i += max(1, len(times))


def is_kicker(lines: list[Line], i: int) -> bool:
    """A section label over the headline: a line of at most three words, then (past furniture) a
    headline-like line at least twice as long, then within a few short lines its date, byline,
    credit or outlet line."""
    words = lines[i].text.count(" ") + 1
    if words > _KICKER_MAX_WORDS or lines[i].text[-1] in CLAUSE_ENDS:
        return False
    rest = [ln for ln in lines[i + 1:i + 3 + _KICKER_HEAD_LOOKAHEAD] if ln.kind != FURNITURE]
    if not rest or rest[0].kind != TEXT or not headline_like(rest[0].text):
        return False
    if rest[0].text.count(" ") + 1 < 2 * words:
        return False
    for line in rest[1:1 + _KICKER_HEAD_LOOKAHEAD]:
        if line.kind in HEAD_KINDS:
            return True
        if line.kind != TEXT or line.text.count(" ") >= _HEAD_LINE_MAX_WORDS:
            return False
    return False


@lru_cache(maxsize=1)
def _letterhead_words() -> dict[str, frozenset[str]]:
    """``formula`` → opening formulas (matching form), ``office`` → letterhead lines' first words."""
    rows = read_rows("letterhead.tsv")
    return {kind: frozenset(norm(words) for k, words in rows if k == kind) for kind in ("formula", "office")}


def _office_line(line: Line) -> bool:
    if not line.text or line.text.count(" ") >= _LETTERHEAD_MAX_WORDS or line.text[-1] in CLAUSE_ENDS:
        return False
    words = norm(line.text).split()
    return bool(words) and words[0] in _letterhead_words()["office"]


def is_letterhead(lines: list[Line], i: int) -> bool:
    """An opening formula (the basmala) on a line of its own, or a short line naming a state or an
    office next to another such line (no blank between them): an official document's head, never
    its title (a headline opening with ``وزارة`` stands alone, or runs on as a sentence)."""
    text = lines[i].text
    formula = text.count(" ") < _LETTERHEAD_MAX_WORDS and norm(text) in _letterhead_words()["formula"]
    return formula or _office_pair(lines, i)


def _office_pair(lines: list[Line], i: int) -> bool:
    line = lines[i]
    if line.kind != TEXT or not _office_line(line):
        return False
    before = i > 0 and not line.gap_before and _office_line(lines[i - 1])
    after = i + 1 < len(lines) and not lines[i + 1].gap_before and _office_line(lines[i + 1])
    return before or after


def mark_signing_office(lines: list[Line], start: int) -> None:
    """After the article's prose, the office and ministry signing a statement (short lines naming
    them, no blank between) are furniture, not a related block."""
    prose = False
    for k in range(start, len(lines)):
        if not prose:
            prose = is_prose(lines[k])
        elif _office_pair(lines, k):
            lines[k].kind = FURNITURE


def is_prose(line: Line) -> bool:
    """A text line long enough to show the article's prose has begun."""
    return line.kind == TEXT and line.text.count(" ") + 1 >= _PROSE_MIN_WORDS


def mark_labelled(lines: list[Line]) -> None:
    """A caption label's next line is the caption; a tag label's next short lines are the tags, a
    sponsored-content label's the paid links and their advertisers; a breaking-news label over the
    article's text heads a ticker of two or more other headlines."""
    prose = False
    for k, line in enumerate(lines):
        kind = label_kind(line.text)
        prose = prose or is_prose(line)
        if kind is None:
            continue
        if kind == "ticker":
            _mark_ticker(lines, k, prose)
            continue
        if kind == "summary":
            _mark_summary(lines, k)
            continue
        if kind == "follow":  # read with the name over it (mark_name_roles)
            line.kind = FURNITURE
            continue
        line.kind = FURNITURE
        following = lines[k + 1:k + 2] if kind == "caption" else lines[k + 1:]
        for n, after in enumerate(following):
            short = after.text.count(" ") < (_TAG_LINE_MAX_WORDS if kind == "tags" else _LABELLED_MAX_WORDS)
            if kind == "sponsored" and after.kind == FURNITURE and not after.gap_before:
                continue  # an advertiser's name a furniture row knows ("إعلان ممول")
            if (kind == "tags" and after.kind in (FURNITURE, OUTLET) and not after.gap_before
                    and after.text.count(" ") < _TAG_MAX_WORDS):
                after.kind = FURNITURE  # a tag another reading knows: a furniture word ("فيديو"), an outlet's name ("الشرق")
                continue
            ends = "." if kind == "sponsored" else ".؟?!"  # paid links are headlines: "!" and "؟" close them
            if after.kind != TEXT or not short or (n and after.gap_before) or after.text[-1] in ends:
                break
            after.kind = FURNITURE


#: The sign opening a copyright line, a page's footer as well as a photo's credit (``© وزارة المياه``).
_COPYRIGHT_SIGN = "©"


def mark_credited_captions(lines: list[Line], first: int) -> None:
    """A short line from ``first`` (under the headline: a photo illustrates its article) set right over
    a photo's credit (``خلال المؤتمر الصحفي`` / ``© Sputnik . فلان``, no blank between them) is the
    photo's caption, no paragraph; the headline over the lead photo's credit (``صورة أرشيفية``,
    ``تصوير: فلان``) stays the headline."""
    # A copyright line after the page's last text line may be its footer (``© وزارة المياه``), not a
    # photo's: the statement's closing formula over it (``والله ولي التوفيق``) is no caption.  A
    # photographer's credit there (``تصوير: فلان``) is a photo's: the closing photo's caption over it goes.
    last_text = max((k for k, ln in enumerate(lines) if ln.kind == TEXT), default=-1)
    for k in range(first, len(lines) - 1):
        line, credit = lines[k], lines[k + 1]
        if k == last_text and credit.text.startswith(_COPYRIGHT_SIGN):
            continue
        if (line.kind == TEXT and not credit.gap_before and line.text.count(" ") < _CREDITED_CAPTION_MAX_WORDS
                and line.text[-1] not in ".؟?!:" and is_photo_credit(credit.text)):
            line.kind = FURNITURE


def _mark_summary(lines: list[Line], k: int) -> None:
    """A key-points box: the bulleted lines under its label (no blank between them) sum the text up
    and are no paragraphs of it; a label over no bullet is left alone (a word of the text)."""
    run = k + 1
    while run < len(lines) and (run == k + 1 or not lines[run].gap_before) and _BULLETED.match(lines[run].text):
        run += 1
    if run == k + 1:
        return
    for line in lines[k:run]:
        line.kind = FURNITURE


def _mark_ticker(lines: list[Line], k: int, prose: bool) -> None:
    """Headlines run under a breaking-news label at the top of the page (no blank between them) are
    the site's ticker: a single line under the label may be the article's own headline."""
    run = k + 1
    while (run < len(lines) and lines[run].gap_before == 0 and lines[run].kind == TEXT
           and headline_like(lines[run].text)):
        run += 1
    if prose or run - k - 1 < _TICKER_MIN_LINES or run == len(lines):
        return
    for line in lines[k:run]:
        line.kind = FURNITURE


def mark_name_roles(lines: list[Line]) -> None:
    """A writer's name over the writer's role (``عزيزة المانع`` / ``كاتبة صحفية``, no blank between
    them) before the article's prose: an opinion page's author box; the name is the byline. So is a
    name over a platform's follow button (``Follow``, ``متابعة``), wherever it stands. The first
    long line, written as a headline is (no closing stop), is the page's headline, not its prose."""
    prose = False
    long_read = False
    for k in range(len(lines) - 1):
        line, role = lines[k], lines[k + 1]
        if is_prose(line):
            prose = prose or long_read or not headline_like(line.text)
            long_read = True
        if (line.kind != TEXT or not 1 <= line.text.count(" ") < NAME_MAX_WORDS or role.gap_before
                or any(ch.isdigit() or ch in CLAUSE_ENDS for ch in line.text)):
            continue
        if not prose and role.kind == TEXT and is_role(role.text):
            line.kind, line.value = BYLINE, line.text
            role.kind = FURNITURE
        elif _follow_button(lines, k + 1):  # a platform's author line: over a deck too
            line.kind, line.value = BYLINE, line.text


def _follow_button(lines: list[Line], k: int) -> bool:
    """A platform's follow button at ``k``, or after marks (``·``) set there with no blank between."""
    while k < len(lines) and not lines[k].gap_before and not any(ch.isalnum() for ch in lines[k].text):
        k += 1
    return k < len(lines) and not lines[k].gap_before and label_kind(lines[k].text) == "follow"


def mark_comments(lines: list[Line], start: int) -> None:
    """Comment sections after the article's text: a comment heading once prose has been read, and
    every line after it up to the next related-headlines header."""
    prose = False
    inside = False
    for line in lines[start:]:
        if line.kind == RELATED_HEADER:
            inside = False
        elif not prose:
            prose = is_prose(line)
        elif inside or is_comment_heading(line.text):
            inside = True
            line.kind = FURNITURE


#: An e-mail signature delimiter ("--"), or a forum's signature rule (a run of underscores).
_SIGNATURE_RULE = re.compile(r"--|_{12,}")
_UNDERSCORE_RULE = re.compile(r"_{12,}")


def mark_signature(lines: list[Line], start: int) -> None:
    """The text lines under the last signature delimiter after the article's prose are furniture."""
    prose = False
    rule = None
    for k in range(start, len(lines)):
        line = lines[k]
        if not prose:
            prose = is_prose(line)
        elif _SIGNATURE_RULE.fullmatch(line.text):
            rule = k
    if rule is not None:
        for line in lines[rule + 1:]:
            if line.kind == TEXT:
                line.kind = FURNITURE


def mark_mail_cover(lines: list[Line]) -> None:
    """A forwarded or quoted message (its first separator before the article's prose, prose under it):
    the sender's note above the separator is furniture, and so are the envelope's header lines set
    right under it, but a date line among them, which gives way to any date of the message, and the
    subject of a message that opens on its text (no headline over it; a credit line may stand over
    it), which is the headline."""
    k = next((i for i, line in enumerate(lines) if is_prose(line) or _opens_message(lines, i)), None)
    if k is None or is_prose(lines[k]) or not any(is_prose(line) for line in lines[k + 1:]):
        return
    if sum(line.text.count(" ") + 1 for line in lines[:k] if line.kind != FURNITURE) > _NOTE_MAX_WORDS:
        return
    for line in lines[:k]:
        line.kind = FURNITURE
    subject = None
    for n, line in enumerate(lines[k + 1:], k + 1):
        label = _MAIL_LABEL.match(line.text)
        # iOS Mail sets a blank line between "Begin forwarded message:" and the headers, none between these
        if line.gap_before and n > k + 1 or label is None or norm(label[1]) not in read_set("mail_headers.txt"):
            break
        if line.kind == DATE and line.date is not None:
            line.date = replace(line.date, kind=ENVELOPE_DATE)
        else:
            line.kind = FURNITURE
            if norm(label[1]) in _mail_subject()[0]:
                subject = n, _without_subject_prefixes(line.text[label.end():].strip())
    message = [ln for ln in lines[subject[0] + 1:] if ln.kind != FURNITURE] if subject else []
    if len(message) > 1 and credit_parts(message[0].text) is not None:
        message = message[1:]  # a credit line (``عين اليوم – الرياض``) opens the text, no headline
    opening = message[0] if message else None
    if subject is not None and subject[1] and opening is not None and is_prose(opening):
        # the message opens on its text, no headline over it: the subject is the article's headline
        lines[subject[0]].text, lines[subject[0]].kind, lines[subject[0]].spaced = subject[1], TEXT, None


def _opens_message(lines: list[Line], k: int) -> bool:
    """Line k is a mail client's separator over a forwarded or quoted message: a separator line of
    its own (``---------- Forwarded message ---------``), or the rule of underscores Outlook sets
    over a reply's quoted message, known by the envelope's header (``From:``) right under it."""
    line = lines[k]
    if line.kind == FURNITURE and is_mail_break(line.text):
        return True
    if not _UNDERSCORE_RULE.fullmatch(line.text) or k + 1 == len(lines) or lines[k + 1].gap_before:
        return False
    label = _MAIL_LABEL.match(lines[k + 1].text)
    return label is not None and norm(label[1]) in read_set("mail_headers.txt")


@lru_cache(maxsize=1)
def _mail_subject() -> tuple[frozenset[str], re.Pattern[str]]:
    """The subject header's labels and the pattern of the prefixes a forward or reply sets before it."""
    rows = read_rows("mail_subject.tsv")
    prefixes = "|".join(re.escape(text) for kind, text in rows if kind == "prefix")
    return (frozenset(norm(text) for kind, text in rows if kind == "label"),
            re.compile(rf"^(?:\s*(?:{prefixes})\s*[:：]\s*)+", re.IGNORECASE))


def _without_subject_prefixes(subject: str) -> str:
    """A subject without the ``Fwd:``/``RE:`` marks a mail client set before it."""
    return _mail_subject()[1].sub("", subject).strip()
