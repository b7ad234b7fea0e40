"""Headers of related-links blocks (``اقرأ أيضاً``, ``مواضيع ذات صلة``: ``resources/related_headers.tsv`` and
every noun + qualifier pair of ``resources/related_header_parts.tsv``), bare or with a headline after them."""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.arabic.normalize import FOREIGN_FORMS
from khabar.structure.bylines import (
    LABEL_SEP,
)
from khabar.structure.data import norm, read_rows
from khabar.structure.outlets import (
    phrased_outlet,
)


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
        title = LABEL_SEP.sub("", cut).lstrip(".…").strip(" »«>")
        inner = related_header(title)  # "للمزيد - للمزيد : X": the header twice
        if inner == "":
            return ""  # "Related | ذات صلة": one header in two languages
        return inner or title or None
    if rest.count(" ") <= _HEADER_EXTRA_WORDS and not rest.rstrip().endswith((".", "؟", "?", "!")) \
            and not any(ch in rest for ch in ":：|»>"):
        return ""  # a longer header phrase: "مواضيع ذات صلة بهذا الخبر"
    return None
