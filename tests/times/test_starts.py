"""Where a time pattern may start: start sets read off regexes, per-token openings, and the
candidate scan finding exactly what a scan of every position finds."""

from __future__ import annotations

import re

import pytest

from khabar.arabic import tokenize
from khabar.times.detect import _matches, _openings
from khabar.times.fold import fold
from khabar.times.patterns import active_patterns, patterns
from khabar.times.starts import DIGIT, joins_words, pattern_starts, scanned_kinds, token_starts


def test_start_sets_of_a_regex() -> None:
    starts = pattern_starts(re.compile(r"(?<!\w)و?(?:منذ|قبل)\s+\d+"))
    assert starts.words == {"منذ", "قبل", "ومنذ", "وقبل"}
    assert not starts.prefixes and not starts.chars and not starts.anything


@pytest.mark.parametrize(("pattern", "words", "prefixes", "chars", "anything"), [
    (r"(?:ال)?عقد", set(), {"العقد", "عقد"}, set(), False),  # nothing read after: more letters may follow
    (r"\(?\d{4}", set(), set(), {"(", DIGIT}, False),
    (r"\s*\d", set(), set(), {DIGIT}, True),  # a match may open with a space: no start set
    (r"يوم.", set(), {"يوم"}, set(), False),
])
def test_start_set_kinds(pattern: str, words: set, prefixes: set, chars: set, anything: bool) -> None:
    starts = pattern_starts(re.compile(pattern))
    assert (starts.words, starts.prefixes, starts.chars, starts.anything) == (words, prefixes, chars, anything)


@pytest.mark.parametrize(("token", "kind", "offset"), [
    ("أمس", "relday", 0),
    ("ومنذ", "ago", 0),
    ("الإثنين", "weekday", 0),
    ("2017", "year", 0),
    ("(2017)", "year", 0),
    ("covid2019", "year", 5),  # a digit glued to letters
    ("أبو-الخميس", "weekday", 4),  # a word after a sign inside one token
])
def test_token_openings(token: str, kind: str, offset: int) -> None:
    assert any(kind in kinds for i, kinds in token_starts(token) if i == offset)


@pytest.mark.parametrize("token", ["الرئيس", "المفاوضات", "،", "وقال"])
def test_ordinary_words_open_no_pattern_that_has_start_sets(token: str) -> None:
    assert not [k for _, kinds in token_starts(token) for k in kinds if k in {"ago", "weekday", "era"}]


TEXTS = [
    "وصل الرئيس صباح الخميس 15 فبراير 2018 إلى باريس، بعد زيارة استمرت منذ ثلاثة أيام",
    "في19 تموز 2017 وبـ(2017) و(١٤٣٨هـ) الموافق ١٥ رمضان ١٤٣٨ هـ",
    "قُتل أمسِ عشرة أشخاص، وكانت الحكومة قد أعلنت في  عام   2015 خطة تنتهي نهاية العام المقبل",
    "تباطأ النمو خلال فبرا\u202d\u202cير مقارنة مع الشهر الماضي #اليوم_الجمعة",
    "ستعقد القمة يوم الأحد المقبل في عهد الملك سلمان، كما في التسعينيات من القرن الماضي",
]


@pytest.mark.parametrize("text", TEXTS)
def test_candidate_scan_finds_what_a_full_scan_finds(text: str) -> None:
    f = fold(text)
    kinds = frozenset(p.kind for p in patterns()) - scanned_kinds()
    openings = _openings(f, tokenize(text), kinds, joins_words(text))
    for pattern in active_patterns(f.text):
        full = [m.span() for m in pattern.regex.finditer(f.text)]
        assert [m.span() for m in _matches(pattern, f.text, openings.get(pattern.kind))] == full, pattern.kind


def test_every_pattern_is_checked_by_the_texts() -> None:
    kinds = {p.kind for text in TEXTS for p in active_patterns(fold(text).text)}
    assert kinds >= {"date", "month", "year", "relday", "weekday", "period", "ago", "decade"}
    assert {p.kind for p in patterns()} - scanned_kinds()  # most patterns use start sets


@pytest.mark.parametrize(("text", "expected"), [
    ("خلال فبرا\u202d\u202cير", True),  # direction marks: tokens of their own, dropped by the folding
    ("دوماً وأبداً", False),  # diacritics belong to their word's token
    ("قال ـ أمس", False),
])
def test_joins_words(text: str, expected: bool) -> None:
    assert joins_words(text) is expected
