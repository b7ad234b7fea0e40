"""Detection patterns for time expressions, written against folded text.

Detection and interpretation are separate: these regexes only find where an expression is;
:mod:`khabar.times.interpret` then reads its parts.  Each pattern has one group ``x`` (the span,
without a leading clitic such as و or ب) and a kind that says how strict the context check is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from khabar.times.lexicon import Lexicon, alternation, lexicon

CLITIC = r"(?:[وف]??[بلك]??)"  # lazy: a body that starts with ب (بتاريخ) keeps it
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
DAYNUM = r"(?:[0-3]?\d)"
#: The anchor that stands for any digit (every numeric pattern has at least one ``\d``).
DIGIT = ""


@dataclass(frozen=True)
class Pattern:
    kind: str  # date|month|numeric|year|hijri|relday|weekday|period|ago|range|anaphor|decade|era|frequency
    regex: re.Pattern[str]
    #: Strings one of which every match contains ("" = a digit): a unit without any skips the regex.
    anchors: frozenset[str]


def _pieces(lx: Lexicon) -> dict[str, str]:
    p: dict[str, str] = {}
    p["MONTH"] = alternation(lx.months)
    p["MONTHX"] = rf"{p['MONTH']}(?:\s*\(\s*{p['MONTH']}\s*\)|\s*[/\\\-–]\s*{p['MONTH']}|\s+{p['MONTH']})?"
    p["WD"] = alternation(lx.weekdays)
    p["DIR"] = alternation(lx.directions)
    p["TOD"] = alternation(lx.words["time_of_day"])
    p["REL"] = alternation(lx.reldays)
    # اليوم alone is checked apart: 'اليوم الأول', 'اليوم الذي' name a day, not today
    p["RELX"] = alternation(set(lx.reldays) - {"اليوم"})
    p["MOD"] = alternation(lx.words["modifier"] - {"خلال", "طيله", "غضون"})
    p["ORD"] = alternation(lx.ordinals)
    p["NUMW"] = alternation(lx.numbers)
    p["UNIT"] = alternation(lx.units)
    p["PERIOD"] = alternation(lx.periods)
    p["HMONTH"] = alternation(lx.hijri_months)
    p["YEARX"] = rf"(?:\(\s*{YEAR4}\s*\)|{YEAR4})(?:\s*م(?!\w)|\s+ميلادي(?:ه)?)?"
    p["YEARPART"] = (
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه|السنه|لعام|لسنه)\s+)?{p['YEARX']}"
        rf"|\s+(?:من\s+)?(?:العام|السنه)\s+{p['DIR']}|\s+من\s+(?:هذا\s+العام|هذه\s+السنه))"
    )
    p["DATEPREFIX"] = (
        rf"(?:(?:ب|في\s+)?تاريخ\s+)?(?:{p['TOD']}\s+)?(?:(?:يوم|{p['REL']})\s+)?"
        rf"(?:{p['WD']}\s*[،,]?\s*(?:(?:و?الموافق(?:\s+ل)?|الموافق\s*ل)\s*)?)?"
    )
    p["NUMDATE"] = (
        rf"(?:\(\s*)?(?:{DAYNUM}\s*(?P<s1>[/\-.])\s*[01]?\d\s*(?P=s1)\s*(?:{YEAR4}|\d\d)(?!\d)"
        rf"|{YEAR4}\s*(?P<s2>[/\-.])\s*[01]?\d\s*(?P=s2)\s*{DAYNUM}(?!\d))(?:\s*\))?"
    )
    return p


def _compile(body: str) -> re.Pattern[str]:
    # A digit glued to a preceding word (في19 تموز) still starts an expression.
    return re.compile(rf"(?:(?<!\w)|(?<=[^\W\d])(?=\d)){CLITIC}(?P<x>{body})(?!\w)")


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    lx = lexicon()
    p = _pieces(lx)
    day = rf"(?:{DAYNUM}(?:\s*(?:-|و|الي)\s*{DAYNUM})?\s*(?:من\s+)?(?:شهر\s+)?|{p['ORD']}\s+من\s+(?:شهر\s+)?|(?:اول|غره)\s+(?:من\s+)?(?:شهر\s+)?)"
    bodies = {
        "date": rf"{p['DATEPREFIX']}{day}{p['MONTHX']}(?:{p['YEARPART']})?(?:\s+{p['DIR']})?",
        "numeric": rf"{p['DATEPREFIX']}(?:{p['MONTHX']}\s*)?{p['NUMDATE']}",
        "month": (
            rf"(?:(?:ب|في\s+)?تاريخ\s+)?(?:{p['MOD']}\s+)?(?:شهر\s+)?{p['MONTHX']}"
            rf"(?:{p['YEARPART']})?(?:\s+{p['DIR']})?"
        ),
        "year": (
            rf"(?:(?:{p['MOD']}|النصف\s+(?:الاول|الثاني)|الربع\s+(?:الاول|الثاني|الثالث|الرابع|الاخير))"
            rf"\s+(?:من\s+)?)?(?:(?:عام|العام|سنه|السنه|لعام|عامي|العامين|سنتي|(?:ب|في\s+)?تاريخ)\s+)?{p['YEARX']}"
            rf"(?:\s*[-–]\s*{YEAR4}(?!\d))?"  # a span of years (1936 - 1939) is one expression
        ),
        "hijri": (
            rf"(?:{p['DATEPREFIX']}(?:(?:{DAYNUM}|غره)\s+(?:من\s+)?)?(?:شهر\s+)?{p['HMONTH']}"
            rf"(?:\s+(?:عام\s+|سنه\s+)?\d{{4}}(?:\s*(?:هـ|ه|هجري|هجريه)(?!\w))?)?"
            rf"|(?:(?:عام|سنه)\s+)?\(?\s*1[234]\d\d\s*\)?\s*(?:هـ|ه|هجري|هجريه)(?!\w)"
            rf"|{DAYNUM}\s*/\s*{p['HMONTH']}\s*/\s*1[34]\d\d(?:\s*(?:هـ|ه|هجري|هجريه)(?!\w))?"
            rf"|{p['DATEPREFIX']}{DAYNUM}\s*/\s*[01]?\d\s*/\s*1[34]\d\d(?:\s*(?:هـ|ه|هجري|هجريه)(?!\w))?)"
        ),
        "relday": (
            rf"(?:{p['TOD']}\s+)?(?:{p['RELX']}|اليوم(?!\s+(?!{p['WD']})ال\w)"
            rf"|(?:(?:الي\s+)?حد|حتي|لحد)\s+(?:اللحظه|الان))(?:\s+{p['WD']})?"
        ),
        "weekday": rf"(?:{p['TOD']}\s+)?(?:يوم\s+)?{p['WD']}(?:\s+{p['DIR']})?",
        "period": (
            rf"(?:(?:{p['MOD']}|النصف\s+(?:الاول|الثاني)|الربع\s+(?:الاول|الثاني|الثالث|الرابع|الاخير))"
            rf"\s+(?:من\s+)?)?(?:{p['PERIOD']}\s+{p['DIR']}|(?:هذا|هذه)\s+{p['PERIOD'].replace('(?:', '(?:ال)?(?:', 1)}"
            rf"|(?:{p['PERIOD']}\s+)?{p['MONTH']}\s+من\s+(?:{p['PERIOD']}\s+{p['DIR']})"
            # مطلع العام، منتصف الشهر، الربع الثالث من العام: this period
            rf"|(?:{p['MOD']}|(?:النصف|الربع)\s+(?:الاول|الثاني|الثالث|الرابع|الاخير)\s+من)\s+{p['PERIOD']}"
            rf"(?!\s+(?:{p['DIR']}|\d|من)))"
        ),
        "monthday": (
            rf"(?:يوم\s+)?(?:(?:ال)?{DAYNUM}|{p['ORD']})\s+من\s+(?:الشهر\s+{p['DIR']}|هذا\s+الشهر)"
        ),
        "ago": (
            rf"(?:منذ|قبل|بعد)\s+(?:(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يقرب\s+من"
            rf"|ما\s+يزيد\s+(?:عن|علي))\s+)?(?:(?:\d{{1,3}}|{p['NUMW']})\s+)?{p['UNIT']}(?:\s+من\s+الان)?"
        ),
        "range": (
            rf"(?:خلال\s+|طيله\s+)?(?:ال)?(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام)\s+(?:(?:ال)?{p['NUMW']}\s+)?"
            rf"(?:الماضيه|الاخيره|المقبله|القادمه|القليله\s+(?:الماضيه|المقبله|القادمه))"
        ),
        "anaphor": alternation(lx.words["anaphor"]),
        "decade": rf"(?:ال)?{alternation(lx.decades)}(?:\s+(?:من\s+)?القرن\s+(?:الماضي|العشرين|المنصرم|الحالي))?",
        "era": rf"(?:ال)?(?:فتره|حقبه|عهد|عصر)\s+(?:(?:ال)?حكم\s+)?{alternation(lx.words['era'])}",
        "frequency": alternation(lx.words["frequency"]),
    }
    anchors = _anchors(lx)
    return tuple(Pattern(kind, _compile(body), anchors[kind]) for kind, body in bodies.items())


def _first_words(phrases: object) -> set[str]:
    return {p.split()[0] for p in phrases}  # type: ignore[attr-defined]


def _anchors(lx: Lexicon) -> dict[str, frozenset[str]]:
    """Per kind, literal words every match of its pattern contains (first words of multi-word
    phrases, since the rest may be spaced differently); ``DIGIT`` stands for any digit."""
    months, digit = _first_words(lx.months), {DIGIT}
    words = {
        "date": months, "numeric": digit, "month": months, "year": digit,
        "hijri": _first_words(lx.hijri_months) | digit,
        "relday": _first_words(lx.reldays) | {"اللحظه", "الان"},
        "weekday": _first_words(lx.weekdays), "period": _first_words(lx.periods), "monthday": {"الشهر"},
        "ago": _first_words(lx.units), "range": {"ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام"},
        "anaphor": _first_words(lx.words["anaphor"]), "decade": _first_words(lx.decades),
        "era": {"فتره", "حقبه", "عهد", "عصر"}, "frequency": _first_words(lx.words["frequency"]),
    }
    return {kind: frozenset(w) for kind, w in words.items()}


@lru_cache(maxsize=1)
def _anchor_automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for word in set().union(*(p.anchors for p in patterns())) - {DIGIT}:
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


_ANY_DIGIT = re.compile(r"\d")


def active_patterns(folded: str) -> list[Pattern]:
    """The patterns that can match in ``folded``: one scan for all anchors instead of every regex."""
    present = {word for _, word in _anchor_automaton().iter(folded)}
    if _ANY_DIGIT.search(folded):
        present.add(DIGIT)
    return [p for p in patterns() if not p.anchors.isdisjoint(present)]
