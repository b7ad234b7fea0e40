"""The words of a speaker phrase that name the speaker, when no entity was found there.

A title splits a phrase into runs of words; a title without the article (رئيس، مدير) and
في heads a genitive (رئيس مجلس نواب الشعب، الباحث في معهد واشنطن), and so does لل + a body
after any title (الأمين العام للاتحاد العام التونسي للشغل); a phrase after ب/ل says where the
office is (بشركة فاروس القابضة، بمدينة سيول).  The name, if any, is the run left after them.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.quotes.context import Unit
from khabar.quotes.lexicon import in_class

#: Endings of a relational adjective (nisba) as keyed: روسي، الروسية، أمريكيون.
NISBA_ENDINGS = ("ي", "ية", "يه", "يون", "يين")


def titles_body(unit: Unit, start: int, j: int) -> bool:
    """لل + a body, or ل + a noun heading one (``office_body``: لوزارة، لحزب، لمركز), after a title
    is the body the title holds (الأمين العام للاتحاد العام التونسي للشغل، المتحدث الرسمي لوزارة
    الداخلية), not a channel; a medium after لـ (لرويترز، لوكالة X) stays one."""
    k = unit.keys[j]
    if not k.startswith("ل") or unit.is_a(start, "anonymous") or names_outlet(unit, j) \
            or not (unit.is_a(start, "title") or unit.is_a(start, "spokesperson")):
        return False
    if k.startswith("لل"):
        return not in_class("media_noun", k[2:])
    # after the title or its adjectives (المتحدث الرسمي لوزارة), not after a genitive noun of its
    # own (رئيس شركة لإدارة الأصول: a company for managing assets)
    return (in_class("office_body", k[1:]) or in_class("portfolio", k[1:])) \
        and (j - 1 == start or definite(unit.keys[j - 1]))  # الوكيل المساعد لشؤون البيئة


#: The preposition ل written apart (لـ"العربية.نت"، لـ «عكاظ»).
LAM_APART = ("ل", "لـ")


def lam_apart(unit: Unit, j: int) -> bool:
    """Token ``j`` is the preposition ل written apart from the word it governs."""
    return unit.keys[j] in LAM_APART or unit.tokens[j].text in LAM_APART


def names_outlet(unit: Unit, j: int) -> bool:
    """Token ``j`` writes a news outlet with ل (``outlet``: للعربية، لسبق، للشرق الأوسط; ل apart
    before a name: لـ"العربية.نت"): the channel a speaker talks to, never the body of the
    speaker's title."""
    k = unit.keys[j]
    if lam_apart(unit, j):
        return _outlet_name_at(unit, j + 1)
    if len(k) < 3 or not k.startswith("ل"):
        return False  # (بالخليج is 'in the Gulf': only ل makes the word after it an addressee)
    first = "ال" + k[2:] if k.startswith("لل") else k[1:]
    return in_class("outlet", first) or (j + 1 < len(unit.tokens)
                                         and in_class("outlet", first + " " + unit.keys[j + 1]))


def _outlet_name_at(unit: Unit, j: int) -> bool:
    """Token ``j``, after ل written apart, opens an outlet's name: a quoted or bracketed name or a
    plain word; not a hashtag (the site's tag for a body: لـ #صندوق_النقد_الدولي) or punctuation."""
    if j >= len(unit.tokens):
        return False
    tok = unit.tokens[j]
    return unit.opens_quote(j) is not None or tok.text == "(" or (tok.kind == "word" and not tok.text.startswith("#"))


@dataclass
class SpeakerPhrase:
    start: int  # token range of the phrase as written
    end: int
    words: str


#: Percent signs: a share of people (57%) is a speaker, a bare number or year is none.
_SHARE = "%٪"


def make_phrase(unit: Unit, start: int, end: int) -> SpeakerPhrase | None:
    """The phrase over tokens [start, end), trimmed of surrounding punctuation; None when no letter
    is left: a number or a year names no speaker (على مدى 3 سنوات (2017-2019) تعهدت), a share of
    those asked does (وقال 57% من الآباء)."""
    while start < end and unit.tokens[start].kind == "punct":
        start += 1
    while end > start and unit.tokens[end - 1].kind == "punct":
        end -= 1
    if end <= start:
        return None
    text = unit.text[unit.tokens[start].start:unit.tokens[end - 1].end]
    if not any(ch.isalpha() or ch in _SHARE for ch in text):
        return None
    return SpeakerPhrase(start, end, text)


def name_words(unit: Unit, phrase: SpeakerPhrase) -> str:
    """The name inside a phrase of titles and a name, when no entity was found there:
    المستشار القانوني الدكتور عمر الخولي → عمر الخولي; محمد البكوش رئيس الغرفة → محمد البكوش;
    رئيس مجلس النواب سليم الجبوري → سليم الجبوري.  Titles split the phrase into runs; in a
    run, the name follows the last word with an article that does not end it (names take no
    article but their last word may: الجبوري).  The first run left that does not start with an
    article is the name; with none, the phrase as written."""
    if unit.is_a(phrase.start, "kin"):  # والد الطفل "يوسف" المصاب بمرض نادر: the relation and its person
        end = next((j + 1 for j in range(phrase.start + 1, phrase.end) if _closes_quote(unit, j)), None)
        end = end or min(phrase.end, phrase.start + 3)
        return unit.text[unit.tokens[phrase.start].start:unit.tokens[end - 1].end]
    if unit.is_a(phrase.start, "media_noun") and phrase.end - phrase.start > 1 and unit.opens_quote(phrase.start + 1):
        # صحيفة "الخبر الجزائرية": the quoted name; صحيفة "ديلي ميل" البريطانية: the adjective after it is no name
        end = next((j + 1 for j in range(phrase.start + 2, phrase.end) if _closes_quote(unit, j)), phrase.end)
        words = unit.text[unit.tokens[phrase.start + 1].start:unit.tokens[end - 1].end]
        return words.strip(QUOTE_MARKS + " ")
    runs: list[list[int]] = [[]]
    titled = unit.is_a(phrase.start, "title") or unit.is_a(phrase.start, "spokesperson")
    for j in range(phrase.start, phrase.end):
        if unit.tokens[j].kind == "punct" and unit.tokens[j].text in QUOTE_MARKS:
            continue  # a quoted name stays one run: ضيفة "بوليتيكا"
        if unit.is_a(j, "title") or unit.is_a(j, "construct_title") or unit.is_a(j, "spokesperson") \
                or unit.is_a(j, "same") or unit.bare(j).startswith("باسم") or unit.tokens[j].kind == "punct" \
                or (unit.keys[j] == "في" and titled):
            runs.append([])
        else:
            runs[-1].append(j)
    if len(runs) == 1:
        return phrase.words  # no title: nothing tells a name from a description
    if len(runs[0]) == 1 and not unit.mentions_in(unit.tokens[runs[0][0]].start, unit.tokens[runs[0][0]].end):
        runs = runs[1:]  # دفاع الداعية: one word before a title is a common noun, not a name
    for run in runs:
        if (close := _quoted_body_close(unit, run, phrase.end)) is not None:
            return unit.text[unit.tokens[phrase.start].start:close + 1]  # مراسل "الجوهرة أف أم" بالجهة
        lead = 0
        while lead < len(run) - 1 and unit.keys[run[lead]].startswith("ال"):
            lead += 1  # المتحدث الإعلامي للدفاع المدني، المدير العام للمؤسسة: the title's adjectives
        if lead and titles_body(unit, phrase.start, run[lead]):
            run = run[lead:]
        run_after_construct = bool(run) and (_after_construct_head(unit, run[0] - 1) or titles_body(unit, phrase.start, run[0]))
        if run_after_construct:
            length = _genitive_length(unit, run)
            if length is None:
                break  # مدير مستشفى الملك فهد: the genitive goes on past the run, no name in sight
            run = run[length:]  # رئيس مجلس نواب الشعب: no name, the title's genitive
        # رئيس قطاع البحوث بشركة فاروس القابضة رضوى السويفي، النائب بمجلس نواب الشعب: where the
        # office is, then the name
        while run and _prepositional_phrase(unit, run[0], two_heads_only=not run_after_construct):
            if definite(unit.keys[run[0]]):  # بالضفة الغربية
                run = run[_genitive_length(unit, run) or len(run):]
                continue
            length = _genitive_length(unit, run[1:])  # بمدينة سيول
            run = run[1 + length:] if length is not None else []
        if not run:
            continue
        articled = [k for k, j in enumerate(run[:-1]) if definite(unit.keys[j])]
        name = run[articled[-1] + 1:] if articled else run
        genitive = unit.keys[name[0]][:1] == "ل" and any(definite(unit.keys[j]) for j in name[1:]) if name else False
        if name and not definite(unit.keys[name[0]]) and not genitive:  # لتحرير السودان is no name
            return unit.text[unit.tokens[name[0]].start:unit.tokens[name[-1]].end]
    return phrase.words


QUOTE_MARKS = "\"'«»“”„"


def _quoted_body_close(unit: Unit, run: list[int], stop: int) -> int | None:
    """The closing mark's offset when ``run`` opens with a quoted name whose first word has the
    article (مراسل "الجوهرة أف أم"، رئيس جمعية "الأمل"): the title's body, not a person's name (a
    person's name takes no article), so no word inside it is the speaker's name."""
    if not run or run[0] == 0 or not definite(unit.keys[run[0]]):
        return None
    span = unit.opens_quote(run[0] - 1)
    if span is None or span.close > unit.tokens[stop - 1].end:
        return None
    return span.close


def _after_construct_head(unit: Unit, j: int) -> bool:
    """Token ``j`` is a title without the article (رئيس، مدير، وكيل): it heads a construct, so
    the words right after it are its genitive (رئيس مجلس النواب، مدير صحة جازان), never a name;
    so are the words after في (الباحث في معهد واشنطن)."""
    return j >= 0 and unit.tokens[j].kind == "word" and (unit.keys[j] == "في" or not definite(unit.bare(j)) and (
        unit.is_a(j, "title") or unit.is_a(j, "spokesperson")))


def _genitive_length(unit: Unit, run: list[int]) -> int | None:
    """How many words of ``run`` make the genitive of the title before it: indefinite nouns up to
    the first definite word or the end of a named place or body (مجلس نواب الشعب، صحة جازان),
    then its relational adjectives (الخارجية التونسية); None when neither shows in the run."""
    for n, j in enumerate(run):
        end = n + 1 if definite(unit.keys[j]) else _mention_end_in(unit, run, n)
        if end:
            # its adjectives and what is joined to it: غوغل الشرق الأوسط وشمال أفريقيا
            while end < len(run) and (definite(unit.keys[run[end]]) or _conjoined_name(unit, run[end])):
                end = max(end + 1, _mention_end_in(unit, run, end))
            return end
    return None


PLACE_TYPES = ("GPE", "LOC", "ORG")


def _prepositional_phrase(unit: Unit, j: int, two_heads_only: bool = False) -> bool:
    """Token ``j`` is ب/ل/ك on a definite word, on a place or body, or on the one or two nouns
    before one (بالضفة، بمدينة سيول، لشركة أبل، بمجلس نواب الشعب): no name opens so (بشار الأسد،
    باراك أوباما do).  With ``two_heads_only`` a construct counts only with two heads, as ب before
    a family name opens a name (المحامية بشرى الهندال)."""
    k = unit.keys[j]
    if k[:1] not in ("ب", "ل", "ك") or len(k) < 3:
        return False
    start = unit.tokens[j].start
    nxt = unit.tokens[j + 1].start if j + 1 < len(unit.tokens) else -1
    if any(m.type == "PER" for m in unit.starting_at(start)):
        return False
    # لصوامع الغلال، بمنطقة الباحة; two heads: بمجلس نواب الشعب
    heads = range(j + 2 if two_heads_only else j + 1, min(j + 3, len(unit.tokens)))
    construct = any(definite(unit.keys[t]) for t in heads if all(unit.tokens[u].kind == "word" for u in range(j + 1, t + 1))) \
        and not (two_heads_only and definite(unit.keys[j + 1]))
    return definite(k[1:]) or k.startswith("لل") or construct or any(
        m.type in PLACE_TYPES for m in unit.starting_at(start + 1) + unit.starting_at(nxt))


def _conjoined_name(unit: Unit, j: int) -> bool:
    """Token ``j`` joins a second genitive with و: a definite word or a place or body (وشمال أفريقيا)."""
    if unit.keys[j][:1] != "و" or unit.bare(j) == unit.keys[j]:
        return False
    start = unit.tokens[j].start
    construct = j + 1 < len(unit.tokens) and definite(unit.keys[j + 1])  # ومطاحن الدقيق
    return definite(unit.bare(j)) or construct or any(
        m.type in PLACE_TYPES for m in unit.starting_at(start + 1))


def _mention_end_in(unit: Unit, run: list[int], n: int) -> int:
    """Words of ``run`` up to the end of a place or body named at word ``n`` (or after its و);
    0 when none starts there."""
    start = unit.tokens[run[n]].start
    for m in unit.starting_in(start, start + 1):
        if m.type in PLACE_TYPES:
            return next((k + 1 for k in range(n, len(run)) if unit.tokens[run[k]].end >= m.end), len(run))
    return 0


def _closes_quote(unit: Unit, j: int) -> bool:
    tok = unit.tokens[j]
    return tok.kind == "punct" and tok.text in QUOTE_MARKS and any(s.close == tok.start for s in unit.quotes)


def definite(word_key: str) -> bool:
    """The word carries the article (آل of family names is not one)."""
    return word_key.startswith(("ال", "لل", "وال", "بال")) and word_key != "ال"


def nisba(word_key: str) -> bool:
    """A relational adjective with the article (الروسية، الأمريكي); not إلى, keyed الي."""
    return definite(word_key) and len(word_key) > 3 and word_key.endswith(NISBA_ENDINGS) \
        and not in_class("relative", word_key)  # التي، الذي


def nisba_end(unit: Unit, j: int, stop: int) -> int:
    """End (exclusive, at most ``stop``) of the relational adjectives with the article from token
    ``j`` on (وزارة الخارجية البحرينية، النيابة الإدارية): ``j`` itself when there are none."""
    while j < stop and nisba(unit.keys[j]):
        j += 1
    return j


def article_less(word_key: str) -> str:
    """A word without its article and the clitics before it (والوزارة → وزاره), for comparing heads."""
    for prefix in ("وال", "فال", "بال", "لل", "ال"):
        if word_key.startswith(prefix) and len(word_key) > len(prefix) + 1:
            return word_key[len(prefix):]
    return word_key
