"""Sentence splitting that keeps quotations together and does not split numbers or abbreviations.

A sentence ends at ``. ! ? ؟ …`` (or a run of them, with any closing quotes or brackets after it)
followed by space or the end of the text, and always at a line break.  A lone full stop glued to
the next sentence (``الآن.وحسب``) ends one too when it follows a word of three or more Arabic
letters or a closing quote or bracket and comes before a word of three or more Arabic letters:
that is not a web address (العربية.نت, x.com), a number (3.5) or an initial (د.محمد, سي.آي.إيه).
It does not end inside a quotation (« », “ ”, " "), after an abbreviation (د. / م. / أ.ف.ب /
إلخ.), inside a number or date (12.5, 14.11.2017), or after the number of a numbered list item
(``1. ``).
"""

from __future__ import annotations

import re
from functools import cache

from khabar.datafiles import data_lines, resource_text

_END = re.compile(r"[.!?؟…]+[»”\"')\]]*")
_QUOTES = {"\u00ab": "\u00bb", "\u201c": "\u201d", '"': '"'}
_OPENING = re.compile('[\u00ab\u201c"]')
#: What the splitter stops at: terminators, line breaks and opening quotation marks.
_EVENT = re.compile('[.!?\u061f\u2026\n\u00ab\u201c"]')
#: The word just before a final dot: letters and inner dots (أ.ف.ب), after any opening bracket.
_LAST_WORD = re.compile(r"([^\W\d_][\w.]*)$")
_LIST_NUMBER = re.compile(r"\s*\d{1,2}$")
#: Before a glued full stop: a closing quote or bracket, or a whole word of 3+ Arabic letters
#: (not the end of a dotted chain such as بي.دبليو).
_GLUED_BEFORE = re.compile("[)\\]\u00bb\u201d\"']$|(?<![\\w.])[\u0621-\u064a]{3,}$")
#: After a glued full stop: a word of 3+ Arabic letters that does not go on into another dotted
#: part (جي.اف.كيه) -- web suffixes such as نت are shorter.
_GLUED_AFTER = re.compile(r"[\u0621-\u064a]{3,}(?!\w|\.[^\W\d_])")


@cache
def _word_list(name: str) -> frozenset[str]:
    """The words of the one-word-per-line resource file ``resources/<name>``."""
    text = resource_text("khabar.arabic", name)
    return frozenset(line.strip() for line in data_lines(text))


def abbreviations() -> frozenset[str]:
    """Multi-letter abbreviations from resources/abbreviations.txt (single letters are a rule)."""
    return _word_list("abbreviations.txt")


def web_suffixes() -> frozenset[str]:
    """Arabic-script web-address endings from resources/web_suffixes.txt (العربية.نت, موقع.كوم)."""
    return _word_list("web_suffixes.txt")


def _is_abbreviation(before: str) -> bool:
    """Whether the text ending just before a dot ends with an abbreviation."""
    # The word holds no space, so only the text after the last one needs searching (the
    # sentence so far can be long, and this runs at every full stop).
    if not before or before[-1].isspace():
        return False
    m = _LAST_WORD.search(before.rsplit(None, 1)[-1])
    if not m:
        return False
    word = m.group(1)
    if word in abbreviations():
        return True
    # Single letters, alone or chained by dots: د / م / أ.ف.ب / U.S
    return all(len(part) == 1 for part in word.split("."))


def _closing_quotes(text: str, start: int) -> dict[int, int]:
    """Map each opening quote position to its closing position; unclosed quotes are ignored."""
    pairs: dict[int, int] = {}
    opening = _OPENING.search(text, start)
    while opening is not None:
        i = opening.start()
        j = text.find(_QUOTES[text[i]], i + 1)
        newline = text.find("\n", i + 1)
        if j != -1 and (newline == -1 or j < newline):
            pairs[i] = j
            i = j
        opening = _OPENING.search(text, i + 1)
    return pairs


def _ends_sentence(text: str, i: int, j: int, sentence_start: int) -> bool:
    """Whether the terminator run text[i:j] ends the sentence begun at ``sentence_start``."""
    before = text[sentence_start:i]
    if j < len(text) and not text[j].isspace():
        # 12.5, 14.11.2017, أ.ف.ب, a.m., العربية.نت stay whole; الآن.وحسب is two sentences.
        after = _GLUED_AFTER.match(text, j) if text[i:j] == "." else None
        return (
            after is not None
            and after.group() not in web_suffixes()
            and _GLUED_BEFORE.search(text, max(sentence_start, i - 40), i) is not None
            and not _is_abbreviation(before)
        )
    if text[i:j] != ".":
        return True
    return not (_is_abbreviation(before) or _LIST_NUMBER.fullmatch(before))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence in ``text`` (whitespace trimmed)."""
    quotes = _closing_quotes(text, 0)
    spans = []
    start = 0
    n = len(text)
    # Only the characters that can end a sentence or open a quotation need a look: a regex finds
    # them, much faster than stepping through every character (this runs on every article).
    event = _EVENT.search(text)
    while event is not None:
        i = event.start()
        ch = text[i]
        if i in quotes:
            close = quotes[i]
            i = close + 1
            # A quotation whose content ends a sentence ends the one around it too.
            if text[close - 1] in ".!?؟…" and (i >= n or text[i].isspace()):
                spans.append((start, i))
                start = i
        elif ch == "\n":
            spans.append((start, i))
            start = i = i + 1
        elif ch in ".!?؟…":
            j = _END.match(text, i).end()
            if _ends_sentence(text, i, j, start):
                spans.append((start, j))
                start = j
            i = j
        else:  # a quotation mark that opens no closed quotation
            i += 1
        event = _EVENT.search(text, i)
    spans.append((start, n))
    return _merge_bare_punctuation(
        text, [span for span in (_trim(text, *s) for s in spans) if span[1] > span[0]]
    )


def _merge_bare_punctuation(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A span with no letter or digit (a stray ". ." or "!!") belongs to the sentence before it."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and not any(ch.isalnum() for ch in text[start:end]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences_of(text: str) -> list[str]:
    """The sentences of ``text`` as strings."""
    return [text[s:e] for s, e in split_sentences(text)]
