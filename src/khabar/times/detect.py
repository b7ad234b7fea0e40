"""Finding time expressions in one text unit: candidates, context checks, overlaps, pairs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from khabar.arabic.fold import Folded, fold
from khabar.times.interpret import BESIDE_CHARS, half_of_day
from khabar.times.lexicon import alternation, lexicon
from khabar.times.patterns import BARE_DAYS, active_patterns, clock_range_end
from khabar.times.ranges import TOKEN, range_opener
from khabar.times.tense import (
    WORD,
    answers_condition,
    condition_ahead,
    fixture_ahead,
    future_clause,
    future_context,
    present_context,
)

_DECIMALS = re.compile(r"\s*[.,٫]\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
#: The second number of a range after a bare number: 2000 إلى 2500، 1919 - 1923، بين 2000 و2500.
#: (four digits: 1912-13 ends a span of years, في 2013 إلى 213 ميغاوات names a value)
_RANGE_PARTNER = re.compile(r"\s*(?:الي|-|و|–)\s*(\d{4})(?![\d.,٫])")
_BARE_YEAR = re.compile(r"\(?\s*\d{4}\s*\)?")
_HIJRI_DAY_OR_MONTH = re.compile(r"\d|شهر|غره")
#: An opening quote and at most one word before a bare اليوم that a closing quote ends: a short
#: quoted name («اليوم»، "الأهرام اليوم"), where a quoted sentence ending in اليوم has more words.
_QUOTED_NAME_END = re.compile(r"[«\"“](?:\w+\s+)?$")
_QUOTE_CLOSE = ("»", '"', "”")
#: A number right after a unit (عام 1450م): the unit names that year, no count of units.
_NUMBER_AFTER = re.compile(r"\s+\d")
_IN_NEED = re.compile(r"\s+(?:ال)?حاج")
_DIGIT = re.compile(r"\d")
_PROCLITICS = re.compile(r"^[وف]?[بلك]?")
#: A definite dual or sound masculine plural as folded (المتوفين، للطرفين، الطرفان).
_DEFINITE_DUAL_OR_PLURAL = re.compile(r"[وف]?[بل]?ال\w{2,}(?:ين|ان)")
#: How many words before في a count makes 'في اليوم' a rate (65 ألف مركبة في اليوم).
_RATE_REACH = 4
#: Kinds a future clause decides: a month, or a day and month, without a year, and a bare weekday
#: (من المقرر أن يبحث الوزير الوضع ... مع نظيره في موسكو يوم الثلاثاء: the coming one).
_MONTH_KINDS = frozenset({"month", "date", "weekday"})
#: 'من' + anything but الآن after a count of units: counted from another time (قبل يومين من الانتخابات).
_OF_ANOTHER_TIME = re.compile(r"\s+من\s+(?!الان(?!\w))")


@lru_cache(maxsize=1)
def _event_counted() -> re.Pattern[str]:
    """على (folded علي) or عن + a noun of an event (قبل يومين على الانتخابات): counted from that event."""
    return re.compile(r"\s+(?:علي|عن)\s+(?:ال)?" + alternation(lexicon().words["event_counted"]) + r"(?!\w)")


@lru_cache(maxsize=1)
def _weekday_after() -> re.Pattern[str]:
    """و or إلى and a weekday right after an expression (بين الاثنين والثلاثاء)."""
    return re.compile(rf"\s*(?:و|الي)\s*(?:يوم\s+)?{alternation(lexicon().weekdays)}(?!\w)")


@dataclass(frozen=True)
class Found:
    kind: str
    start: int  # folded offsets
    end: int
    text: str  # folded
    pair: Found | None = None  # the Hijri half of a 'الموافق' pair, when there is one
    #: beside a day, the folded clock words that set its hour (الساعه السابعه من صباح يوم ...)
    clock: str | None = None
    #: for a clock alone, the folded words right after it, where a half of the day may stand
    #: (الساعه الثانيه بعد الزوال الجمعه)
    after: str = ""


@lru_cache(maxsize=1)
def _after_year_ok() -> re.Pattern[str]:
    """What may follow a bare year (في 2013 قررت ...): nothing, punctuation, م (2010 م) or a word opening
    with an ``after_year`` phrase of the lexicon; any other word after it reads as a count."""
    return re.compile(rf"^\s*(?:$|[^\w\s]|م(?!\w)|{alternation(lexicon().words['after_year'])})")


@lru_cache(maxsize=1)
def _month_names() -> re.Pattern[str]:
    return re.compile(alternation(lexicon().months))


def _plausible_year(year: int) -> bool:
    """A bare four-digit number that may be a modern year (not a count or an amount)."""
    return 1900 <= year <= 2030


def _words_before(folded: str, start: int, n: int) -> list[str]:
    return TOKEN.findall(folded[max(0, start - 60): start])[-n:]


def _bare_year_in_context(year: int, prev: str, prev_core: str, after: str) -> bool:
    """A number alone is a year after a trigger word (في 2013) or another year (2013 و2014), or
    when it is a plausible modern year; never after a count word, nor before decimals, nor before a
    noun unless a ``year_before`` word (في، منذ، حتى، خلال) stands before a plausible year."""
    lx = lexicon()
    if prev_core in lx.words["count_before"] or _DECIMALS.match(after):
        return False
    partner = _RANGE_PARTNER.match(after)
    if partner and not _partner_is_year(partner):
        return False  # a range of counts (ما بين 2000 إلى 2500 ريال), not of years
    if prev_core in lx.words["year_before"] and _plausible_year(year):
        return True  # في 2011 تعم الفوضى، حتى 2024 على الأقل: a plausible year after في or منذ, whatever follows
    if not _after_year_ok().match(after):
        return False
    after_year = _FOUR_DIGITS.fullmatch(prev or "") and _plausible_year(int(prev))
    return prev_core in lx.words["trigger"] or bool(after_year) or _plausible_year(year)


#: How many years a span of two bare plausible years may cover (من 1959 إلى 1976).
_YEAR_SPAN = 60


@lru_cache(maxsize=1)
def _year_range_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The text after a first bare year up to the second (group 1), and before a second bare year
    from the first (group 1), joined as :mod:`khabar.times.ranges` joins the ends of a range: after
    a ``range_from`` word a dash or a ``range_to`` word, after a ``range_between`` word و; a year
    word (عام، سنة) may stand before either year."""
    words = lexicon().words
    year_word = r"(?:(?:عام|العام|سنه|السنه|عامي|سنتي)\s+)?"
    to = rf"(?:[-–]|و?{alternation(words['range_to'])})"
    after = re.compile(rf"\s*(?:{to}|و)\s*{year_word}(\d{{4}})(?!\d|[.,٫]\d)")  # a full stop may end it
    before = re.compile(
        rf"(?<!\w)(?:[وف]?(?:{alternation(words['range_from'])})\s+{year_word}(\d{{4}})\s*{to}"
        rf"|[وف]?(?:{alternation(words['range_between'])})\s+{year_word}(\d{{4}})\s*و)\s*{year_word}$")
    return after, before


def _in_year_range(folded: str, start: int, end: int, year: int) -> bool:
    """A bare plausible year (1900-2030) is one end of a span of years whose other end is one too
    and comes later by at most ``_YEAR_SPAN`` (من 2018 إلى 2020، بين 2015 و2017 تخفيض، منذ 1971
    حتى 1985): the range names years, whatever word follows, where من or إلى alone make a count."""
    if not _plausible_year(year):
        return False
    after, before = _year_range_patterns()
    prev = _words_before(folded, start, 2)
    opener = prev[-1] if prev and not prev[-1].isdigit() else ""
    opener = opener if opener not in lexicon().words["range_unit"] or len(prev) < 2 else prev[-2]
    opener = opener[1:] if opener[:1] in ("و", "ف") and len(opener) > 3 else opener
    m = after.match(folded, end)
    if m is not None and _plausible_year(int(m.group(1))) and 0 < int(m.group(1)) - year <= _YEAR_SPAN:
        joined = folded[end:m.start(1)].strip()
        if (opener in lexicon().words["range_between"] and joined.startswith("و")) \
                or (opener in lexicon().words["range_from"] and joined != "و"):
            return True
    b = before.search(folded, max(0, start - 40), start)
    first = b and (b.group(1) or b.group(2))
    return bool(first) and _plausible_year(int(first)) and 0 < year - int(first) <= _YEAR_SPAN


def _partner_is_year(partner: re.Match[str]) -> bool:
    """The second number of 'N إلى M' reads as a year: a plausible one, not before a noun; after و
    a plausible one or one not before a noun (في 2013 و2014 ارتفع، بين 1596 و1608م: years; بين 2000
    و2500 مسافرا: a count)."""
    rest = partner.string[partner.end():]
    plausible = _plausible_year(int(partner.group(1)))
    fits = not _DECIMALS.match(rest) and bool(_after_year_ok().match(rest))
    if partner.group().strip().startswith("و"):
        return plausible or fits
    return plausible and fits


def _find_direction(text: str) -> bool:
    return any(w in lexicon().directions for w in text.split())


#: من and the next word, its article and a pronoun (ه، ها، هم، هما، هن) aside: من العمر، من عمرها.
_OF_WORD = re.compile(r"\s+من\s+(?:ال)?(\w+?)(?:ه|ها|هم|هما|هن)?(?!\w)")


def _is_age(folded: str, end: int) -> bool:
    """A decade followed by من and an ``age_noun`` (العشرينيات من العمر، الثلاثينيات من عمره)."""
    m = _OF_WORD.match(folded, end)
    return m is not None and m.group(1) in lexicon().words["age_noun"]


def _names_place(folded: str, start: int, kind: str) -> bool:
    """A ``date_place`` word (مدينة، شارع، ميدان) opens the name the day and month at folded
    ``start`` close: right before a date, or before the day of a month (مدينة السادس من أكتوبر:
    the month alone is left once the date is refused)."""
    lx = lexicon()
    words = _words_before(folded, start, 4)
    if kind == "month":
        words = words[:-1] if words and words[-1] == "من" else words
        if not words or not (words[-1].isdigit() or words[-1] in lx.ordinals):
            return False
        words = words[:-1]
    places = lx.words["date_place"]
    return bool(words) and (words[-1] in places or _PROCLITICS.sub("", words[-1]) in places)


#: A word in Latin letters (GT-R، LEAF), as a model's name after its maker is often written.
_LATIN_WORD = re.compile(r"\s+[A-Za-z]")


def _names_maker(folded: str, start: int, m_text: str) -> bool:
    """A ``brand_month`` (نيسان) after a ``brand_head`` noun, من between allowed, or before a
    ``brand_tail`` word or one in Latin letters, names the maker (سيارة من نيسان، سيارة نوع نيسان
    2010، نيسان سنترا، نيسان GT-R); with شهر before it it is the month."""
    words = lexicon().words
    if m_text.split()[0] not in words["brand_month"]:
        return False
    before = _words_before(folded, start, 2)
    if before and before[-1] == "من":
        before = before[:-1]
    if before and (before[-1] in words["brand_head"] or _PROCLITICS.sub("", before[-1]) in words["brand_head"]):
        return True  # (وكيل keeps its و, بسيارة loses its ب)
    after = start + len(m_text.split()[0])
    following = WORD.match(folded, after + 1) if folded[after:after + 1] == " " else None
    return (following is not None and following.group() in words["brand_tail"]) \
        or bool(_LATIN_WORD.match(folded, after))


def _so_far(m_text: str, prev: str) -> bool:
    """A 'now' (الآن، اللحظة) after an ``until_now`` word says 'so far' (حتى الآن، إلى حد الآن، لحد
    الآن، لغاية الآن، حتى اللحظة): the span read whole (حد الآن) or the word before a bare الآن."""
    words = m_text.split()
    until = lexicon().words["until_now"]
    if len(words) > 1:
        return words[0] in until
    return words[0] in ("الان", "اللحظه") and (prev in until or _PROCLITICS.sub("", prev) in until)


def _names_vision(before: list[str]) -> bool:
    """A bare year within two words after a ``vision_head`` noun (رؤية 2030، لرؤية السعودية 2030،
    رؤية دبي السياحية 2020) is part of a plan's name; a year word or a trigger between them (رؤية
    المملكة لعام 2030 is no bare year; في 2030) leaves it a year."""
    words = lexicon().words
    for back, word in enumerate(reversed(before)):
        if back > 2 or word in words["trigger"] or word in words["year_before"]:
            return False
        if _PROCLITICS.sub("", word) in words["vision_head"]:
            return True
    return False


#: How many words before منذ a superlative may stand (أدنى مستوى لها منذ، أكبر من نوعها منذ).
_SUPERLATIVE_REACH = 5
#: The clause before an expression: the text back to the last stop, comma or line break.
_CLAUSE_START = re.compile(r"[^.،,؛;:!?؟\n]*$")


def _since_at_least(m_text: str) -> bool:
    """منذ and an ``at_least`` phrase before its count (منذ أكثر من عامين، منذ ما يزيد عن عام): how long
    something has lasted, at least, a span with no time of its own."""
    words = m_text.split()
    return words[0] == "منذ" and any(words[1:1 + len(p.split())] == p.split() for p in lexicon().words["at_least"])


def _after_superlative(folded: str, start: int) -> bool:
    """An elative of the ``since_superlative`` class stands in the clause a few words before ``start``
    (أعلى مستوى له منذ أربع سنوات، أقوى منذ 13 شهرا): منذ + a count measures how long the record
    stands, a span with no time of its own."""
    clause = _CLAUSE_START.search(folded, max(0, start - 80), start)
    words = TOKEN.findall(clause.group() if clause else "")[-_SUPERLATIVE_REACH:]
    superlatives = lexicon().words["since_superlative"]
    return any(_PROCLITICS.sub("", w) in superlatives or w in superlatives for w in words)


def _has_context(kind: str, m_text: str, folded: str, start: int, end: int) -> bool:
    """Context checks for the ambiguous kinds (bare years, bare months, weekday-free names)."""
    lx = lexicon()
    before = [w for w in _words_before(folded, start, 3) if w not in ("و", "ف")]
    prev = before[-1] if before else ""
    prev_core = prev[1:] if prev[:1] in ("و", "ف") and prev not in lx.words["trigger"] else prev
    if kind in ("date", "month") and not _FOUR_DIGITS.search(m_text) and _names_place(folded, start, kind):
        return False  # مدينة 6 أكتوبر، شارع 26 يوليو، جسر 14 تموز: a place named after a day
    if kind == "month" and _names_maker(folded, start, m_text):
        return False  # سيارة من نيسان، نيسان سنترا: Nissan, no April
    if kind == "same" and _month_names().fullmatch(([""] + [w for w in before if w != "من"])[-1]):
        return False  # 9 أبريل (من) العام نفسه: the date's year, which same_year reads, no time of its own
    if kind == "decade" and _is_age(folded, end):
        return False  # في الثلاثينيات من عمره: an age, no decade of history
    if kind == "year":
        if not _BARE_YEAR.fullmatch(m_text):
            return True  # it has a keyword (عام 2017), a modifier or a second year
        if _names_vision(before):
            return False  # رؤية 2030، رؤية المملكة 2030: a plan's name, no year of the story
        if len(before) > 1 and before[-2] in lx.words["range_unit"] and _FOUR_DIGITS.fullmatch(prev):
            return True  # بين عامي 1947 و1997 لمكتبين: the dual names both years, whatever follows
        year = int(m_text.strip("() "))
        # (an end of a span of years is one whatever follows: من 2018 إلى 2020، بين 2015 و2017 تخفيض)
        return _bare_year_in_context(year, prev, prev_core, folded[end:end + 40]) \
            or _in_year_range(folded, start, end, year)
    if kind == "month":
        names = _month_names().findall(m_text)
        plain = len(names) == 1 and m_text.strip() == names[0]
        if not plain:
            return True
        if names[0] in lx.months_needing_context:
            return prev_core in lx.words["trigger"]
        return True
    if kind == "period" and m_text.startswith("العام") and _as_defined(prev) in lx.words["general_title"]:
        return False  # الأمين العام السابق، للمدير العام الحالي: 'general' in a title, no year
    if kind == "hijri":  # a day, شهر or a direction: رمضان alone may be a person
        return bool(_HIJRI_DAY_OR_MONTH.search(m_text)) or _find_direction(m_text)
    if kind == "ago" and _NUMBER_AFTER.match(folded, end):
        return False  # منذ عام 1450م: a year named by its number, no year ago
    if kind == "ago" and _since_at_least(m_text):
        return False  # منذ أكثر من عشر سنوات: 'for over ten years', a span with a lower bound, no time
    if kind == "ago" and m_text.startswith("منذ") and _after_superlative(folded, start):
        return False  # أعلى مستوى له منذ أربع سنوات: a span of comparison, 'in four years', no time
    if kind == "ago" and m_text.startswith("قبل") and (_OF_ANOTHER_TIME.match(folded, end)
                                                       or _event_counted().match(folded, end)):
        return False  # قبل أسبوعين من بدء الدراسة، قبل يومين على الانتخابات: before another event
    if kind == "weekday" and _PROCLITICS.sub("", prev) in lx.words["weekday_place"]:
        return False  # سوق الخميس، بسوق الأحد: a town or market named after its day
    if kind == "relday" and _so_far(m_text, prev):
        return False  # حتى الآن، إلى حد الآن، لغاية الآن: 'so far', a span up to now, no time of its own
    if kind == "weekday" and m_text == "الاثنين":
        # بين الاثنين: between the two, no Monday; so after a definite dual or plural in ين/ان, the
        # numeral agreeing with it (المتوفين الاثنين، الطرفين الاثنين: the two dead, the two sides)
        # (a ten is no plural: مجموعة العشرين الاثنين والثلاثاء is the G20 on Monday and Tuesday)
        # (a weekday after it joined by و or إلى makes it Monday: الليلة الفاصلة بين الاثنين والثلاثاء)
        return (prev_core not in lx.words["two_before"] or _weekday_after().match(folded, end) is not None) \
            and not (_DEFINITE_DUAL_OR_PLURAL.fullmatch(prev) and prev.split("ال", 1)[1] not in lx.numbers)
    if kind == "clock" and not m_text.startswith("الساعه"):
        # an hour in words without الساعة: after a preposition an ordinal is no noun's adjective (حتى
        # السابعة مساء; المباراة الثانية مساء is the second match), and a clitic would make it one's
        return folded[start - 1:start].isspace() and prev_core in lx.words["bare_clock_lead"]
    if kind == "clock" and prev == "في" and _counted(_words_before(folded, start, _RATE_REACH + 1)[:-1]):
        return False  # من 50 إلى 100 شهاب في الساعة الواحدة: a rate, per hour, no clock
    if kind == "anaphor":
        if answers_condition(folded, start, end):
            return False  # إذا ... فهو حينئذ يحتاج، عندما ... حينها: in that case, no time
        following = WORD.match(folded, end + 1) if folded[end:end + 1] == " " else None
        # في يومها الأول، فيومها يومان: its (first) day, a noun with an ordinal or a unit, no 'then'
        # (a count after it is the clause's: حينئذ أربعة أعوام، في ذلك الوقت أحد عشر عاما)
        return following is None or (following.group() not in lx.ordinals and following.group() not in lx.units)
    if kind == "relday" and m_text.startswith("امس"):
        # لامس (touched), بأمس الحاجة (in utmost need): no yesterday
        return folded[start - 1:start] not in ("ل", "ك") and not _IN_NEED.match(folded, end)
    if kind == "relday" and m_text == "غد":
        return False  # غد alone is 'the future' (نحو غد أفضل); صباح غد، غد الخميس are tomorrow
    if kind == "relday" and m_text in BARE_DAYS:
        if prev == "في" and _counted(_words_before(folded, start, _RATE_REACH + 1)[:-1]):
            return False  # 400 ألف برميل في اليوم، ثلاث مرات في اليوم: a rate, per day
        joined = [w for w in _words_before(folded, start, _RATE_REACH + 3) if w not in ("و", "ف")]
        if prev in BARE_DAYS and len(joined) > 2 and joined[-2] == "في" and _counted(joined[:-2][-_RATE_REACH:]):
            return False  # خمس مرات في اليوم والليلة: the rate's day and night, no tonight
        if _PROCLITICS.sub("", prev) in lx.words["media_head"] or prev in lx.words["media_head"] \
                or _QUOTED_NAME_END.search(folded, max(0, start - 40), start) and folded[end:end + 1] in _QUOTE_CLOSE:
            return False  # صحيفة اليوم، لـ«اليوم»، «الأهرام اليوم»: a paper's name, no day
        # منذ ذلك اليوم، في نفس الليلة، في اليوم ذاته: that day (ستفعل ذلك اليوم الاثنين: today)
        following = WORD.match(folded, end + 1) if folded[end:end + 1] == " " else None
        return prev not in lx.words["same_day_before"] \
            and not (following is not None and following.group() in lx.words["same_day_after"])
    return True


def _as_defined(word: str) -> str:
    """``word`` without its proclitics, ل + ال written لل given back its article (للمدير: المدير)."""
    bare = word[1:] if word[:1] in ("و", "ف") else word
    return "ال" + bare[2:] if bare.startswith("لل") else _PROCLITICS.sub("", word)


def _counted(words: list[str]) -> bool:
    """Whether a number stands among ``words``: digits, a number word, ألف/مليون or a fraction."""
    lx = lexicon()
    return any(_DIGIT.search(w) or w in lx.numbers or core in lx.numbers or core in lx.words["count_word"]
               for w in words for core in (_PROCLITICS.sub("", w),))


#: The word right before a month, past a شهر of its own (تسليم شهر ديسمبر).
_WORD_BEFORE_MONTH = re.compile(r"(\w+)\s+(?:شهر\s+)?$")


def _delivery_month(folded: str, start: int) -> bool:
    """Whether the month at folded ``start`` follows a ``delivery`` noun (عقود برنت تسليم ديسمبر): a
    futures contract's delivery month, which is to come, not the last one."""
    m = _WORD_BEFORE_MONTH.search(folded, max(0, start - 20), start)
    return m is not None and _PROCLITICS.sub("", m.group(1)) in lexicon().words["delivery"]


def _candidates(f: Folded, original: str) -> list[Found]:
    out = []
    for pattern in active_patterns(f.text):
        for m in pattern.regex.finditer(f.text):
            text = m.group("x")
            start, end = m.start("x"), m.end("x")
            if _has_context(pattern.kind, text, f.text, start, end) \
                    and not (pattern.kind == "month" and _other_word_spelling(f, original, start, end)) \
                    and not (pattern.kind == "relday" and _name_spelling(f, original, start, end)):
                out.append(Found(pattern.kind, start, end, text))
    return out


def _other_word_spelling(f: Folded, original: str, start: int, end: int) -> bool:
    """A month name alone written as another word (أب 'father': تتكون من أب وأبنائه), as the
    ``not_month_spelling`` class lists it, hamza and madda kept."""
    o_start, o_end = f.span(start, end)
    return original[o_start:o_end] in lexicon().not_month_spellings


def _name_spelling(f: Folded, original: str, start: int, end: int) -> bool:
    """A relative day with a word written as a name the ``not_relday_spelling`` class lists, madda
    kept (آلان شيرار: Alan Shearer, though آلان folds as الآن 'now' does)."""
    o_start, o_end = f.span(start, end)
    return any(word in lexicon().not_relday_spellings for word in original[o_start:o_end].split())


_PRIORITY = {"date": 0, "numeric": 0, "hijri": 1, "month": 2, "period": 3, "season": 3, "year": 4, "relday": 5,
             "weekday": 6, "ago": 7, "monthday": 3, "same": 3, "range": 7, "decade": 8, "era": 9, "anaphor": 10, "frequency": 11,
             "clock": 12}


_PARENS = re.compile(r"^\(\s*(.*?)\s*\)$")


def _trim_parens(c: Found) -> Found:
    """A date in parentheses is the date: the brackets are punctuation around it."""
    m = _PARENS.match(c.text)
    if not m:
        return c
    return Found(c.kind, c.start + m.start(1), c.start + m.end(1), m.group(1))


def _select(found: list[Found]) -> list[Found]:
    """Longest first, then by kind priority; drop anything overlapping a chosen expression."""
    chosen: list[Found] = []
    for c in sorted(found, key=lambda c: (-(c.end - c.start), _PRIORITY[c.kind], c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in chosen):
            chosen.append(c)
    return sorted((_trim_parens(c) for c in chosen), key=lambda c: c.start)


_PAIR_GLUE = re.compile(r"^\s*[،,\-–]?\s*(?:و?الموافق(?:\s*ل)?|وفق|\()\s*$")


def _merge_pairs(found: list[Found], folded: str) -> list[Found]:
    """Join a Hijri date and its Gregorian equivalent ('... الموافق ...') into one expression."""
    out: list[Found] = []
    for c in found:
        if out and _PAIR_GLUE.match(folded[out[-1].end:c.start]) and {out[-1].kind, c.kind} & {"hijri"}:
            prev = out.pop()
            gregorian, hijri = (c, prev) if prev.kind == "hijri" else (prev, c)
            out.append(Found(gregorian.kind, prev.start, c.end, gregorian.text, hijri))
            continue
        out.append(c)
    return out


#: Kinds that name one day, which a clock beside them sets the hour of.
DAY_KINDS = frozenset({"date", "numeric", "hijri", "relday", "weekday", "monthday"})
#: Between a clock and the day after it: الساعة السابعة من صباح يوم الأربعاء، مساء من يوم أمس، 12.00 ليوم 22 فيفري.
_CLOCK_THEN_DAY = re.compile(r"^\s*(?:من\s+)?(?:ل?يوم\s+|ل)?$")


@lru_cache(maxsize=1)
def _day_then_clock() -> re.Pattern[str]:
    """Between a day and the clock after it: a comma, then ``clock_lead`` words of the lexicon
    (مساء اليوم على الساعة الثامنة، يوم الأحد، في حدود الساعة 10)."""
    return re.compile(rf"^\s*(?:[،,]\s*)?(?:{alternation(lexicon().words['clock_lead'])}\s+)*$")


def _merge_clocks(found: list[Found], folded: str) -> list[Found]:
    """Join a clock to the day it stands beside, after it or before it, into one expression of
    that day's kind that keeps the clock words; a clock with no day beside it stays alone."""
    out: list[Found] = []
    for i, c in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if c.kind == "clock" and nxt is not None and nxt.kind in DAY_KINDS and nxt.clock is None \
                and _CLOCK_THEN_DAY.match(folded[c.end:nxt.start]):
            found[i + 1] = replace(nxt, start=c.start, clock=c.text)
            continue
        if c.kind == "clock" and out and out[-1].kind in DAY_KINDS and out[-1].clock is None \
                and _day_then_clock().match(folded[out[-1].end:c.start]):
            day = out.pop()
            out.append(replace(day, end=c.end, clock=c.text))
            continue
        out.append(replace(c, after=folded[c.end:c.end + BESIDE_CHARS]) if c.kind == "clock" else c)
    return out


def _clock_range_ends(found: list[Found], folded: str) -> list[Found]:
    """Add the second end of a range of clocks, or the second of two clocks listed, an hour with no
    الساعة of its own, which alone would be a number or an ordinal (بين الساعة 8 و10، من الساعة الثامنة
    وحتى العاشرة، في السابعة صباحا والثالثة مساء): joined to the first as :mod:`khabar.times.ranges`
    joins two ends, after a ``range_from`` word a dash or a ``range_to`` word, after a
    ``range_between`` word و, or by any of them with a half of the day of its own (المباراة الأولى في
    الخامسة مساء والثانية في السابعة: the second match, no clock); a unit after the hour makes it a
    count (و10 دقائق is the first clock's minutes, read by its pattern)."""
    words = lexicon().words
    ends = []
    for c in found:
        m = clock_range_end().match(folded, c.end) if c.kind == "clock" else None
        if m is None:
            continue
        opener = range_opener(folded, c.start)
        if not (opener in words["range_between"] if m.group("to") == "و" else opener in words["range_from"]) \
                and half_of_day(m.group("x")) is None:
            continue  # (with a half of the day of its own it is a clock whatever joins it: والثالثة مساء)
        following = WORD.match(folded, m.end("x") + 1) if folded[m.end("x"):m.end("x") + 1] == " " else None
        if following is not None and following.group() in lexicon().units:
            continue
        if all(m.end("x") <= k.start or m.start("x") >= k.end for k in found):
            ends.append(Found("clock", m.start("x"), m.end("x"), m.group("x")))
    return sorted(found + ends, key=lambda c: c.start) if ends else found


def _after_deadline_word(folded: str, start: int) -> bool:
    """A ``deadline_before`` word (بحلول) stands right before the weekday, يوم aside: a deadline, to come."""
    before = _words_before(folded, start, 2)
    if before and before[-1] == "يوم":
        before = before[:-1]
    word = before[-1] if before else ""
    return word in lexicon().words["deadline_before"] or word[1:] in lexicon().words["deadline_before"] \
        and word[:1] in ("و", "ف")


def find(text: str, names: Sequence[tuple[int, int]] = ()) -> list[tuple[Found, int, int, bool]]:
    """(expression, original start, original end, future context) for every expression in ``text``;
    ``names`` are original spans of names (no word in them is a verb)."""
    f = fold(text)
    found = _merge_clocks(_merge_pairs(_clock_range_ends(_select(_candidates(f, text)), f.text), f.text), f.text)
    result = []
    for c in found:
        start, end = f.span(c.start, c.end)
        future = future_context(f, text, c.start, names) \
            or (c.kind == "weekday" and present_context(f, text, c.start, names, c.end)) \
            or (c.kind == "weekday" and fixture_ahead(f, text, c.start, c.end, names)) \
            or (c.kind == "weekday" and condition_ahead(f, c.start)) \
            or (c.kind == "weekday" and _after_deadline_word(f.text, c.start)) \
            or (c.kind in _MONTH_KINDS and future_clause(f, text, c.start, names)) \
            or (c.kind == "month" and _delivery_month(f.text, c.start))
        result.append((c, start, end, future))
    return result
