"""Detection patterns for time expressions, written against folded text.

Detection and interpretation are separate: these regexes only find where an expression is;
:mod:`khabar.times.interpret` then reads its parts.  Each pattern has one group ``x`` (the span,
without a leading clitic such as و or ب) and a kind that says how strict the context check is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from khabar.times.lexicon import Lexicon, alternation, lexicon

#: Folded days that alone may be "the day" rather than today (اليوم الأول، الليلة الفاصلة، ذلك اليوم).
BARE_DAYS = frozenset({"اليوم", "الليله"})

CLITIC = r"(?:[وف]??[بلك]??)"  # lazy: a body that starts with ب (بتاريخ) keeps it
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
DAYNUM = r"(?:[0-3]?\d)"
#: A year of the Hijri century after عام with no mark (منذ عام 1428، في العام 1436): no Gregorian year
#: of news lies in 1350-1449, and one written so is marked م (عام 1450م).
UNMARKED_HIJRI_YEAR = r"(?:عام|العام|سنه|السنه|لعام|للعام)\s+(?:13[5-9]\d|14[0-4]\d)"


@dataclass(frozen=True)
class Pattern:
    kind: str  # date|month|numeric|year|hijri|relday|weekday|period|season|ago|range|anaphor|decade|era|frequency|clock
    regex: re.Pattern[str]
    #: Words one of which every match contains: a unit without any (and no ``numbers`` match)
    #: skips the regex.
    anchors: frozenset[str]
    numbers: re.Pattern[str] | None = None
    #: Words one of which every match also contains (empty: no second condition).
    also: frozenset[str] = frozenset()


def _pieces(lx: Lexicon) -> dict[str, str]:
    p: dict[str, str] = {}
    p["MONTH"] = alternation(lx.months)
    p["MONTHX"] = rf"{p['MONTH']}(?:\s*\(\s*{p['MONTH']}\s*\)|\s*[/\\\-–]\s*{p['MONTH']}|\s+{p['MONTH']})?"
    p["WD"] = alternation(lx.weekdays)
    p["DIR"] = alternation(lx.directions)
    p["TOD"] = alternation(lx.words["time_of_day"])
    p["REL"] = alternation(lx.reldays)
    # اليوم and الليلة alone are checked apart (DAY_ADJ): 'اليوم الأول', 'اليوم الذي' name a day, not today
    p["RELX"] = alternation(set(lx.reldays) - BARE_DAYS)
    p["MOD"] = alternation(lx.words["modifier"] - {"خلال", "طيله", "غضون"})
    # what after اليوم or الليلة makes it 'the day', not 'today': an ordinal, a nisba or other
    # adjective, a relative (اليوم الأول، اليوم العالمي، الليلة الفاصلة، اليوم الذي); a definite noun after it
    # starts a new phrase (تختتم اليوم المرحلة الأولى، اليوم الإفراج عن), and إلى is no adjective
    p["DAY_ADJ"] = (
        rf"(?:{alternation(lx.ordinals)}|{alternation(lx.words['day_adjective'])}|ال(?!ي(?!\w))\w*يه?)(?!\w)"
    )
    p["ORD"] = alternation(lx.ordinals)
    p["HOURW"] = alternation(lx.clock_hours)
    p["MINW"] = alternation(lx.clock_minutes)
    p["CPER"] = alternation(lx.clock_periods)
    # an ordinal day, not after a part noun (النصف الثاني من مارس is a half, no day): one fixed-width
    # look-behind per noun, with or without its clitic
    p["ORDDAY"] = "".join(rf"(?<!{re.escape(n)}\s)" for n in sorted(lx.words["part_noun"])) + p["ORD"]
    p["NUMW"] = alternation(lx.numbers)
    p["UNIT"] = alternation(lx.units)
    p["PERIOD"] = alternation(lx.periods)
    p["SAME"] = alternation(lx.words["same_as_named"])
    p["SAME_BEFORE"] = alternation(lx.words["same_before"])
    p["BARE_DAY"] = alternation(BARE_DAYS)
    p["HMONTH"] = alternation(lx.hijri_months)
    p["HEPITHET"] = alternation(lx.words["hijri_epithet"])
    p["SEASON"] = alternation(lx.seasons)
    p["YEARX"] = rf"(?:\(\s*{YEAR4}\s*\)|{YEAR4})(?:\s*م(?!\w)|\s+ميلادي(?:ه)?)?"
    p["YEARPART"] = (
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه|السنه|لعام|لسنه)\s+)?{p['YEARX']}"
        rf"|\s+(?:من\s+)?(?:العام|السنه)\s+{p['DIR']}|\s+من\s+(?:هذا\s+العام|هذه\s+السنه))"
    )
    p["DATEPREFIX"] = (
        rf"(?:(?:ب|في\s+)?تاريخ\s+)?(?:{p['TOD']}\s+)?(?:(?:يوم|{p['REL']})\s+)?"
        rf"(?:{p['WD']}\s*[،,]?\s*(?:(?:و?الموافق(?:\s+ل)?|الموافق\s*ل)\s*)?)?"
    )
    # a closing parenthesis only after an opening one: "(14/11/2017)", not "... بتاريخ 23/9/2012)"
    p["NUMDATE"] = (
        rf"(?P<paren>\(\s*)?(?:{DAYNUM}\s*(?P<s1>[/\-.])\s*[01]?\d\s*(?P=s1)\s*(?:{YEAR4}|\d\d)(?!\d)(?:\s*م(?!\w))?"
        rf"|{YEAR4}\s*(?P<s2>[/\-.])\s*[01]?\d\s*(?P=s2)\s*{DAYNUM}(?!\d))(?(paren)(?:\s*\))?)"
    )
    return p


def _compile(body: str) -> re.Pattern[str]:
    # A digit glued to a preceding word (في19 تموز) still starts an expression.  The regex engine
    # tries this at every character: inside a word the one-character look at a digit fails first.
    return re.compile(rf"(?:(?<!\w)|(?=\d)(?<=[^\W\d])){CLITIC}(?P<x>{body})(?!\w)")


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    lx = lexicon()
    p = _pieces(lx)
    to = rf"(?:-|و|و?(?:{alternation(lx.words['range_to'])}))"  # 3 إلى 5، 10 وحتى 16 مايو
    # (days listed before the last pair are the expression's too: أيام 25 و26 و27 فيفري)
    day = rf"(?:{DAYNUM}(?:\s*و\s*{DAYNUM})*(?:\s*{to}\s*{DAYNUM})?\s*(?:من\s+)?(?:شهر\s+)?|{p['ORDDAY']}\s+(?:من\s+(?:شهر\s+)?|لشهر\s+)|(?:اول|غره)\s+(?:من\s+)?(?:شهر\s+)?)"
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
            rf"(?:{p['DATEPREFIX']}(?:(?:{DAYNUM}(?:\s*(?:-|و|الي)\s*{DAYNUM})?|غره)\s+(?:من\s+)?|{p['ORDDAY']}\s+(?:من\s+|لشهر\s+)"
            rf"|{p['MOD']}\s+(?:من\s+)?)?(?:شهر\s+)?{p['HMONTH']}"
            # (a month's epithet and من may stand before its year: رمضان المبارك من عام 1433هـ)
            rf"(?:(?:\s+{p['HEPITHET']})?\s+(?:من\s+)?(?:عام\s+|سنه\s+)?\d{{4}}(?:\s*(?:هـ|ه|هجري|هجريه)(?!\w))?"
            rf"|\s+{p['DIR']})?"
            # (a space before the year only after its parenthesis, or in a pair of years: 1436 / 1437هـ,
            # a school or fiscal year, is one expression over both)
            rf"|(?:(?:عام|سنه)\s+)?(?:\(\s*|1[234]\d\d\s*/\s*)?1[234]\d\d\s*\)?\s*(?:هـ|ه|هجري|هجريه)(?!\w)"
            # a year of the Hijri century after عام with no mark (منذ عام 1428), not one marked م
            rf"|{UNMARKED_HIJRI_YEAR}(?!\d|\s*(?:م|ميلادي\w*)(?!\w)|\s*[/\-–]\s*\d)"
            rf"|{DAYNUM}\s*/\s*{p['HMONTH']}\s*/\s*1[34]\d\d(?:\s*(?:هـ|ه|هجري|هجريه)(?!\w))?"
            # (slashes or dashes: 19/10/1436هـ, 7-11-1436هـ)
            rf"|{p['DATEPREFIX']}{DAYNUM}\s*[/\-]\s*[01]?\d\s*[/\-]\s*1[34]\d\d(?:\s*(?:هـ|ه|هجري|هجريه)(?!\w))?"
            # year first, as Saudi documents write it (1436/10/10هـ): a year 13xx/14xx is Hijri
            rf"|{p['DATEPREFIX']}1[34]\d\d\s*[/\-]\s*[01]?\d\s*[/\-]\s*{DAYNUM}(?!\d)(?:\s*(?:هـ|ه|هجري|هجريه)(?!\w))?)"
        ),
        "relday": (
            rf"(?:{p['TOD']}\s+)?(?:{p['RELX']}|(?:اليوم|الليله)(?!\s+(?!{p['WD']}){p['DAY_ADJ']})"
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
        # الصيف الماضي، الشتاء المقبل، هذا الصيف: a direction or a demonstrative makes it one season
        "season": rf"(?:ال)?{p['SEASON']}\s+{p['DIR']}|(?:هذا|هذه)\s+ال{p['SEASON']}",
        # نهاية العام نفسه، في الشهر ذاته، 20 من الشهر نفسه: the period or day of the time the text last named
        "same": (
            rf"(?:(?:{p['MOD']}|النصف\s+(?:الاول|الثاني)|الربع\s+(?:الاول|الثاني|الثالث|الرابع|الاخير))\s+(?:من\s+)?"
            rf"|(?:يوم\s+)?(?:(?:ال)?{DAYNUM}|{p['ORD']})\s+من\s+(?=(?:{p['SAME_BEFORE']}\s+)?(?:ال)?شهر))?"
            rf"(?:{p['PERIOD']}\s+{p['SAME']}|{p['SAME_BEFORE']}\s+{p['PERIOD'].replace('(?:', '(?:ال)?(?:', 1)})"
            # في اليوم نفسه، في نفس الليلة: the day the text named last (not نفس اليوم من عام 2000, a
            # day of another year, ذات اليوم من كل عام, every year, nor نفس اليوم الذي قتل فيه, the day
            # the clause after it names)
            rf"|(?:{p['BARE_DAY']}\s+{p['SAME']}|{p['SAME_BEFORE']}\s+{p['BARE_DAY']})"
            rf"(?!\s+(?:من\s+(?:(?:ال)?(?:عام|سنه)|كل)|الذي|التي)(?!\w))"
        ),
        "monthday": (
            rf"(?:يوم\s+)?(?:(?:ال)?{DAYNUM}|{p['ORD']})\s+من\s+(?:الشهر\s+{p['DIR']}|هذا\s+الشهر)"
        ),
        "ago": (
            # (ما may be glued to قبل/بعد: إلى ماقبل عامين، ومابعد عامين)
            rf"(?:منذ|(?:ما)?قبل|(?:ما)?بعد)\s+(?:(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يقرب\s+من"
            rf"|ما\s+يزيد\s+(?:عن|علي))\s+)?(?:(?:\d{{1,3}}|{p['NUMW']})\s+)?{p['UNIT']}(?:\s+من\s+الان)?"
        ),
        "range": (
            rf"(?:خلال\s+|طيله\s+)?(?:ال)?(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام)\s+(?:(?:ال)?{p['NUMW']}\s+)?"
            rf"(?:الماضيه|الاخيره|المقبله|القادمه|القليله\s+(?:الماضيه|المقبله|القادمه))"
        ),
        # الساعة العاشرة والنصف صباحا، الساعة 17,00 بالتوقيت المحلي; a period word that opens a day
        # (الساعة الثامنة مساء الخميس) is left to that day's expression. An hour in words without
        # الساعة is a clock only with a period word after it (في العاشرة صباحا، عند الثامنة مساء اليوم)
        # and a bare_clock_lead before it (detect checks that one)
        "clock": (
            rf"(?:الساعه\s+(?:{p['HOURW']}|[0-2]?\d(?:\s*[:.,،٫]\s*[0-5]\d)?(?!\s*(?:[-/]\s*)?\d))"
            rf"|{p['HOURW']}(?=(?:\s+{p['MINW']})?\s+(?:من\s+)?{p['CPER']}(?!\w)))(?:\s+(?:{p['MINW']}|و\s*[0-5]?\d\s+(?:دقيقه|دقائق|دق(?!\w))))?"
            rf"(?:\s+(?:من\s+)?{p['CPER']}(?!\s+(?:يوم|{p['WD']}|{p['REL']})(?!\w)))?"
            rf"(?:\s*(?:\(\s*)?(?:بالتوقيت\s+(?:المحلي|العالمي)|بتوقيت\s+(?:غرينتش|غرينيتش|مكه\s+المكرمه|\w+)|ت\s*غ(?!\w))(?:\s*\))?)?"
        ),
        "anaphor": alternation(lx.words["anaphor"]),
        "decade": rf"(?:ال)?{alternation(lx.decades)}(?:\s+(?:من\s+)?القرن\s+(?:الماضي|العشرين|المنصرم|الحالي))?",
        "era": rf"(?:ال)?(?:فتره|حقبه|عهد|عصر)\s+(?:(?:ال)?حكم\s+)?{alternation(lx.words['era'])}",
        "frequency": alternation(lx.words["frequency"]),
    }
    anchors, also = _anchors(lx), _also(lx)
    return tuple(Pattern(kind, _compile(body), anchors[kind], _NUMBER_ANCHORS.get(kind),
                         also.get(kind, frozenset())) for kind, body in bodies.items())


@lru_cache(maxsize=1)
def clock_range_end() -> re.Pattern[str]:
    """Right after a clock, the second end of a range of clocks: a dash, a ``range_to`` word or و,
    then an hour in words or digits that has no الساعة of its own (group ``x``: من الساعة الثامنة
    إلى العاشرة، بين الساعة 8 و10 صباحا، من الساعة 9 صباحا حتى 5 مساء); a half of the day that opens
    a day (إلى العاشرة صباح الخميس) is left to that day, as in the clock pattern."""
    lx = lexicon()
    p = _pieces(lx)
    to = rf"(?:[-–]|و?\s*(?:{alternation(lx.words['range_to'])})|و)"
    hour = rf"(?:{p['HOURW']}|(?:2[0-4]|[01]?\d)(?:\s*[:.]\s*[0-5]\d)?(?![\d/]|\s*[.,،٫]\d))"
    return re.compile(
        rf"\s*(?P<to>{to})\s*(?P<x>{hour}(?:\s+{p['MINW']})?"
        rf"(?:\s+(?:من\s+)?{p['CPER']}(?!\s+(?:يوم|{p['WD']}|{p['REL']})(?!\w)))?)(?!\w)")


#: Frequent little words inside lexicon phrases: never a phrase's anchor when it has another word.
_PARTICLES = frozenset({"من", "في", "الي", "علي", "بعد", "قبل", "ذلك", "تلك", "هذا", "هذه"})


def _key_words(phrases: object, shared: Counter[str]) -> set[str]:
    """Per phrase, the word least likely to wake a regex for nothing: not a particle nor a
    two-letter word (ذو), without the article if it can (ربيع, not الاول), the longest, and the
    one the fewest lexicon phrases share.  It is a literal part of any match."""
    def rank(w: str) -> tuple[bool, bool, bool, int, int]:
        return w in _PARTICLES, len(w) < 3, w.startswith("ال"), -len(w), shared[w]

    return {min(p.split(), key=rank) for p in phrases}  # type: ignore[attr-defined]


def _anchors(lx: Lexicon) -> dict[str, frozenset[str]]:
    """Per kind, literal words one of which every match of its pattern contains."""
    classes = (lx.months, lx.hijri_months, lx.reldays, lx.weekdays, lx.periods, lx.units,
               lx.words["anaphor"], lx.decades, lx.words["frequency"])
    shared = Counter(w for phrases in classes for p in phrases for w in set(p.split()))
    months = _key_words(lx.months, shared)
    words = {
        "date": months, "numeric": set(), "month": months, "year": set(),
        "hijri": _key_words(lx.hijri_months, shared),
        "relday": _key_words(lx.reldays, shared) | {"اللحظه", "الان"},
        "weekday": _key_words(lx.weekdays, shared), "period": _key_words(lx.periods, shared),
        "season": set(lx.seasons),
        "same": _key_words(lx.periods, shared) | BARE_DAYS,
        "monthday": {"الشهر"}, "ago": _key_words(lx.units, shared),
        "range": {"ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام"},
        "anaphor": _key_words(lx.words["anaphor"], shared), "decade": _key_words(lx.decades, shared),
        "clock": {"الساعه"} | _key_words(lx.clock_hours, shared),
        "era": {"فتره", "حقبه", "عهد", "عصر"}, "frequency": _key_words(lx.words["frequency"], shared),
    }
    return {kind: frozenset(w) for kind, w in words.items()}


#: Per kind with numeric forms, a regex every numeric match satisfies (two date separators,
#: a four-digit year, a Hijri year with its suffix, beside a slash or dash or after عام).
_NUMBER_ANCHORS = {
    "numeric": re.compile(r"\d\s*[/\-.]\s*\d\d?\s*[/\-.]\s*\d"),
    "year": re.compile(YEAR4),
    "hijri": re.compile(r"1[234]\d\d\s*\)?\s*ه|[/\-]\s*1[34]\d\d|1[34]\d\d\s*[/\-]|(?:عام|سنه)\s+1[34]\d\d"),
}


def _also(lx: Lexicon) -> dict[str, frozenset[str]]:
    """Per kind, a second set of words one of which every match also contains: a count of units
    ago or ahead starts with منذ/قبل/بعد, a period (العام، الشهر) needs a direction, a modifier or
    a demonstrative, a range of days a direction, an era its ruler's adjective."""
    shared = Counter(w for phrases in (lx.directions, lx.words["modifier"], lx.words["era"])
                     for p in phrases for w in set(p.split()))
    period = _key_words(lx.directions, shared) | _key_words(lx.words["modifier"], shared)
    return {
        "ago": frozenset({"منذ", "قبل", "بعد"}),
        "period": frozenset(period | {"هذا", "هذه", "النصف", "الربع"}),
        "season": frozenset(_key_words(lx.directions, shared) | {"هذا", "هذه"}),
        "range": frozenset({"الماضيه", "الاخيره", "المقبله", "القادمه"}),
        "same": frozenset(lx.words["same_as_named"] | lx.words["same_before"]),
        "era": frozenset(_key_words(lx.words["era"], shared)),
    }


@lru_cache(maxsize=1)
def _anchor_automaton() -> ahocorasick.Automaton:
    """Anchor word -> (word, whether it must stand as a whole word to count for some kind)."""
    auto = ahocorasick.Automaton()
    whole = set().union(*(p.anchors for p in patterns() if p.kind in _WORD_KINDS))
    for word in set().union(*(p.anchors | p.also for p in patterns())):
        auto.add_word(word, (word, word in whole))
    auto.make_automaton()
    return auto


#: Kinds whose anchor words stand as whole words (up to two proclitics before them), so an
#: anchor inside a longer word (اب in كتاب، الان in الانتخابات) does not wake their regex.
_WORD_KINDS = frozenset({"date", "month", "relday"})
_PROCLITICS = "وفبلك"
#: What may be glued after a month name in a match: a year phrase with its spaces left out.
_GLUED_AFTER_MONTH = ("من", "عام", "العام", "سنه", "السنه", "لعام", "لسنه")


def _is_letter(ch: str) -> bool:
    return (ch.isalnum() or ch == "_") and not ch.isdecimal()


def _whole_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is not glued to letters, but for proclitics before it (or a glued
    year phrase after a month)."""
    after_ok = end == len(text) or not _is_letter(text[end]) or text.startswith(_GLUED_AFTER_MONTH, end)
    if not after_ok:
        return False
    for k in range(3):
        j = start - k
        if j < 0 or (k and text[j] not in _PROCLITICS):
            return False
        if j == 0 or not _is_letter(text[j - 1]):
            return True
    return False


def active_patterns(folded: str) -> list[Pattern]:
    """The patterns that can match in ``folded``: one scan for all anchors instead of every regex."""
    present, whole = set(), set()
    for last, (word, check) in _anchor_automaton().iter(folded):
        present.add(word)
        if check and word not in whole and _whole_word(folded, last + 1 - len(word), last + 1):
            whole.add(word)
    has_digit = _DIGIT.search(folded) is not None
    return [p for p in patterns() if (not p.also or not p.also.isdisjoint(present)) and (
            not p.anchors.isdisjoint(whole if p.kind in _WORD_KINDS else present)
            or (has_digit and p.numbers is not None and p.numbers.search(folded) is not None))]


_DIGIT = re.compile(r"\d")
