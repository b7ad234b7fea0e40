"""Lines naming a news outlet or agency: a short name (``resources/outlets.tsv``), a source line
(``المصدر: …``), a provider's (``مقدم من …``), a credit of agencies alone (``فرانس24/ أ ف ب``)."""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.structure.data import norm, read_rows

_OUTLET_MAX_WORDS = 5
_OUTLET_CREDIT_MAX_CHARS = 60
_OUTLET_CREDIT_MAX_SPACES = 8  # two credit segments of four words
_AGENCY_SPLIT = re.compile(r"[/,،+&]|\s[-–]\s|\sو")



@lru_cache(maxsize=1)
def _outlets() -> tuple[frozenset[str], tuple[str, ...]]:
    names = frozenset(norm(v) for k, v in read_rows("outlets.tsv") if k == "name")
    first = tuple(norm(v) for k, v in read_rows("outlets.tsv") if k == "marker")
    return names, first


@lru_cache(maxsize=1)
def _anywhere_markers() -> frozenset[str]:
    """Markers naming an outlet wherever they stand in the line (outlets.tsv ``anywhere`` rows), and at
    a word's start (``anywhere_word`` rows, a space before them): the ``marker`` rows only open it."""
    rows = read_rows("outlets.tsv")
    return frozenset([norm(v) for k, v in rows if k == "anywhere"] + [" " + norm(v) for k, v in rows if k == "anywhere_word"])


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
_MASTHEAD_NAME_WORDS = 3  # words of an outlet's name opening its masthead, its edition after them


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
    if any(marker in padded for marker in _anywhere_markers()):
        return True
    return any(key.startswith(marker + " ") for marker in markers)


def is_outlet_credit(text: str) -> bool:
    """A line that only credits outlets or agencies by name (``فرانس24/ أ ف ب``, ``-أ ف ب-``,
    ``(رويترز)``): no marker word alone ("قناة ...") makes one, as article text may open with it."""
    if len(text) > _OUTLET_CREDIT_MAX_CHARS:
        return False
    text = text.strip(" -–—*()[]")
    if not text or text.count(" ") >= _OUTLET_CREDIT_MAX_SPACES:
        return False
    names, _ = _outlets()
    key = norm(text)
    pieces = [p.strip() for p in _AGENCY_SPLIT.split(key) if p.strip()]
    return key in names or (len(pieces) > 1 and all(p in names for p in pieces))


def opens_with_outlet(text: str) -> bool:
    """A short line of a known outlet's name and the words of its edition (``سبوتنيك عربي``, ``الأناضول
    بالعربية``: outlets.tsv edition rows): a site's masthead; a name and other words (``الخليج تستعد
    للعاصفة``, ``اليوم العالمي للمياه``) are no masthead."""
    words = norm(text).split()
    names, _ = _outlets()
    editions = edition_words()
    return any(" ".join(words[:size]) in names and all(word in editions for word in words[size:])
               for size in range(1, min(len(words), _MASTHEAD_NAME_WORDS + 1)))


@lru_cache(maxsize=1)
def edition_words() -> frozenset[str]:
    """Words naming an outlet's edition after its name (outlets.tsv edition rows: عربي, الإلكتروني, أونلاين)."""
    return frozenset(norm(v) for k, v in read_rows("outlets.tsv") if k == "edition")
