"""Gazetteer names inside names of other kinds: a body's (غرفة حفر الباطن), a club's or team's
(ريال مدريد، لوكوموتيف موسكو الروسي), a party's, a competition's, a quoted title's («لوس أنجليس
تايمز»).  The places stage asks these before it makes such a name a place of the story.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.arabic.fold import fold_word
from khabar.model import Article
from khabar.places.context import (
    after_locative,
    after_seat_head,
    after_space,
    designator_before,
    folded_words_before,
)
from khabar.places.gazetteer import (
    common_words,
    gazetteer,
    party_heads,
    team_heads,
    team_tails,
    told_words,
    venue_city_tails,
    venue_heads,
)
from khabar.places.match import Hit, is_locative
from khabar.places.regions import masculine_nisba_after

_WORDS = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z]")
#: What may stand between a mention's start and a body's name inside it: no clitic, or one or two
#: (not :data:`khabar.places.match._CLITICS`, the proclitics before a name inside its word).
_BODY_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "لل", "ال"})


def body_names(article: Article) -> dict[str, str]:
    """Entity id -> English name of the organisations the entities stage resolved to a known body
    by name (its lexicons give an English name)."""
    return {e.id: e.name for e in article.entities if e.type == "ORG" and _LATIN.search(e.name)}


def named_bodies(article: Article, field: str, paragraph: int, names: dict[str, str]) -> list[tuple[int, int, str]]:
    """Spans of the unit's organisations of ``names`` (:func:`body_names`): a newspaper, club or
    armed group named like a place (الشرق الأوسط: Asharq Al-Awsat, برشلونة: FC Barcelona, ولاية
    سيناء: Sinai Province)."""
    index = article.annotations.get("entity_mentions", {})
    return [(s, e, names[ident]) for s, e, ident, kind in index.get((field, paragraph), []) if ident in names]


def names_body(text: str, hit: Hit, bodies: list[tuple[int, int, str]]) -> bool:
    """The mention (clitics aside) is all of a named body's name, the body is not the place
    itself (البيت الأبيض: the White House is both), and no locative or place word stands before
    it: «الشرق الأوسط» the paper, no region; فاز برشلونة the club, no city."""
    if (hit.designator is None and hit.locative and not hit.by_lam) or designator_before(text, hit.start) \
            or after_locative(text, hit.start):
        return False  # في الرياض، ببرشلونة، مدينة ليون: the place, whatever the body shares its name
    places = {e.name for e in hit.readings}
    return any(end == hit.end and hit.start <= start and fold_word(text[hit.start:start]) in _BODY_PREFIXES
               and name not in places for start, end, name in bodies)


def inside_body_name(text: str, hit: Hit, bodies: list[tuple[int, int, str]]) -> bool:
    """The mention lies inside a named body's name that goes on after it, the body not being the
    place: باريس سان جيرمان the club, قطر للبترول the company, صحيفة نيويورك تايمز the paper,
    وكالة تونس إفريقيا للأنباء the agency; and a club's name wherever the city stands in it (ريال
    مدريد, أهلي جدة).  Opening the name, a locative before it says nothing
    (انتقل إلى باريس سان جيرمان: to the club); inside it, a locative or the head of a body named
    after its seat keeps the place (محكمة الاستئناف في باريس ..., بلدية تبوك ...), as a designator
    does anywhere (مدينة ...)."""
    if designator_before(text, hit.start):
        return False
    places = {e.name for e in hit.readings}
    for start, end, name in bodies:
        if name in named_after_places() and start < hit.start and hit.end <= end \
                and not (hit.locative and not hit.by_lam) and not after_seat_head(text, hit.start):
            # ريال مدريد، أهلي جدة، إعمار مصر، بنك قطر الوطني: a club's or company's name (not
            # الاتصالات بالسعودية: in Saudi Arabia; nor بورصة لندن: the exchange of its seat)
            return True
        if not (start < hit.end and hit.end < end) or name in places:
            continue
        if hit.start <= start and fold_word(text[hit.start:start]) in _BODY_PREFIXES:
            return True  # opening the name
        if start < hit.start and not after_locative(text, hit.start) and not after_seat_head(text, hit.start) \
                and not (hit.locative and not hit.by_lam):
            return True
    return False


@lru_cache(maxsize=1)
def _club_names() -> frozenset[str]:
    """English names of the sports clubs of the entities stage's ``clubs.tsv``."""
    from khabar.entities.lexicon import table_records

    return frozenset(r["name"] for r in table_records("clubs") if r["name"])


def club_forms(article: Article) -> frozenset[str]:
    """The words (folded) by which the article names a club the entities stage recognised somewhere
    in it (برشلونة for FC Barcelona): one sense a story, so the same word elsewhere in it, where the
    tagger saw a city (افتتح ميسي أهداف برشلونة، يوفنتوس وروما), is the club too."""
    clubs = {e.id for e in article.entities if e.type == "ORG" and e.name in _club_names()}
    if not clubs:
        return frozenset()
    forms = set()
    for (field, paragraph), spans in article.annotations.get("entity_mentions", {}).items():
        unit = article.unit(field, paragraph)
        for start, end, ident, _ in spans:
            words = unit[start:end].split()
            if ident in clubs and (len(words) == 1 or (len(words) == 2 and fold_word(words[0]) in _team_words())):
                forms.add(fold_word(words[-1]))  # برشلونة, نادي برشلونة (not ريال مدريد: Madrid alone is the city)
    return frozenset(forms)


def names_club(text: str, hit: Hit, forms: frozenset[str]) -> bool:
    """The mention is a word the article names a club by (:func:`club_forms`), with no locative or
    designator before it (في روما، مدينة برشلونة stay the city)."""
    if hit.designator is not None or (hit.locative and not hit.by_lam) or designator_before(text, hit.start) \
            or after_locative(text, hit.start):
        return False
    word = fold_word(text[hit.start:hit.end])
    return any(word.endswith(form) and word[:len(word) - len(form)] in _BODY_PREFIXES for form in forms)


@lru_cache(maxsize=1)
def named_after_places() -> frozenset[str]:
    """English names of the sports clubs, companies, parties and armed groups of the entities stage's
    ``clubs.tsv``, ``companies.tsv``, ``parties.tsv`` and ``armed_groups.tsv``: a place inside one of
    their names, after its first word, is the body's (ريال مدريد، إعمار مصر، بنك قطر الوطني، نداء
    تونس، فجر ليبيا), no place."""
    from khabar.entities.lexicon import table_records

    tables = ("clubs", "companies", "parties", "armed_groups")
    return frozenset(r["name"] for table in tables for r in table_records(table) if r["name"])


#: A quote opening a two-word name, its first word before the place: «فجر ليبيا» (no "مكة- جدة", a road).
_QUOTED_HEAD = re.compile(r"[«\"“]\s*(\w+)\s+$")
_QUOTE_CLOSE = ("»", '"', "”")


def competitions(events: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Of the unit's EVENT mention spans, those that open with a sport word of the entities stage
    (``sports_cues.txt``: كأس، بطولة، دوري): competitions (كأس أمم إفريقيا), not wars or summits
    whose region is where they happen (حروب البلقان، حرب الخليج)."""
    if not events:
        return []
    from khabar.entities.clubs import sport_words
    from khabar.entities.keys import alias_key

    spans = []
    for start, end in events:
        first = text[start:end].split(maxsplit=1)[0] if text[start:end].strip() else ""
        key = alias_key(first)
        if key in sport_words() or (key[:1] in "ولب" and alias_key(first[1:]) in sport_words()):
            spans.append((start, end))
    return spans


def place_in_a_name(text: str, hit: Hit, names: list[tuple[int, int]], laws: list[tuple[int, int]]) -> bool:
    """A continent or wider region (no country reading: أوروبا، إفريقيا، آسيا) inside the name of a
    competition (:func:`competitions`) or body (ORG) the entities stage tagged, after its head: دوري أبطال أوروبا،
    كأس أمم إفريقيا، مجلس أوروبا name the event or body, no place.  A country or city there is kept
    (مونديال روسيا، قمة طهران: the host), and so is a region after a locative (الحرب في أوروبا).
    Any place inside a treaty's or law's name (LAW) names the text, not a place of the story:
    اتفاقية جنيف، اتفاق أوسلو."""
    in_law = any(start < hit.start and hit.end <= end for start, end in laws)
    if not in_law and not (all(e.country is None for e in hit.readings)
                           and any(start < hit.start and hit.end <= end for start, end in names)):
        return False
    return not (after_locative(text, hit.start) or (hit.locative and not hit.by_lam))


def ends_quoted_name(text: str, hit: Hit) -> bool:
    """The place ends a quoted name of two words whose first is no place word: the name of an
    operation, a mall, a ship, a series, a fund («فجر ليبيا»، "مول سوسة"، "نسر الصعيد"، "يوروموني
    السعودية"), not the place.  A locative, designator or seat head keeps the place ("في تونس"،
    "دولة إسرائيل"، «صحة الأحساء»)."""
    if hit.designator is not None or not text.startswith(_QUOTE_CLOSE, hit.end):
        return False
    m = _QUOTED_HEAD.search(text, max(0, hit.start - 30), hit.start)
    if m is None:
        return False
    head = fold_word(m.group(1))
    return not is_locative(head) and designator_before(text, hit.start) is None \
        and not after_seat_head(text, hit.start)


#: ل or لـ (with و/ف) and an opening quote right before a name: لـ«الرياض» 'to «Al Riyadh»'.
_TOLD_TO_QUOTED = re.compile(r"(?:^|[\s(])[وف]?لـ?\s?[«\"“]$")
#: إن or أن right after the closing quote: what was said follows (قال المحلل ل"الرياض" إن ...).
_SAID_AFTER = re.compile(r"[»\"”]\s*[إأا]ن(?!\w)")


def told_to_quoted(text: str, hit: Hit) -> bool:
    """A quoted name right after ل, a word of telling (``told_words.txt``) up to three words before
    or إن/أن right after (تحدث ل"الرياض"، قال مصدر لـ«الرياض»، في تصريح لـ"الرياض"، جاسم الجبران
    ل"الرياض" إن): the newspaper or channel told, not the place (مفاتيح لـ«الهلال النفطي»، نصر الله
    ل"إسرائيل": the place)."""
    if not text.startswith(_QUOTE_CLOSE, hit.end):
        return False
    m = _TOLD_TO_QUOTED.search(text, max(0, hit.start - 5), hit.start)
    if m is None:
        return False
    if _SAID_AFTER.match(text, hit.end):
        return True  # the speaker's words follow: قال المحلل في شركة "الجزيرة كابتال" ل"الرياض" إن
    words = told_words()
    before = _WORDS.findall(fold_word(text[max(0, m.start() - 40):m.start() + 1]))[-3:]
    return any(w in words or (w[:1] in ("و", "ف") and w[1:] in words) for w in before)


#: What a team word may carry: clitics before (و، ف، ب، ل، ال) and a pronoun after (ه، ها).
_TEAM_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ال", "وال", "بال", "لل", "وبال", "ولل")
_TEAM_SUFFIXES = ("", "ه", "ها")


@lru_cache(maxsize=1)
def _team_words() -> frozenset[str]:
    """Every form of a ``team_heads.txt`` word with its clitics and pronouns, made once."""
    return frozenset(p + h + x for p in _TEAM_PREFIXES for h in team_heads() for x in _TEAM_SUFFIXES)


def after_team_head(text: str, hit: Hit) -> bool:
    """A city right after a word of ``team_heads.txt`` (فريق لوس أنجلوس، مع ضيفه روما) names the
    team; a country or region there (ضيفه المغرب، مستقبل الوطن العربي) stays a place, and so does a
    city with ب (مقر الاتحاد بالرياض: the seat is in Riyadh)."""
    if not after_space(text, hit.start) or any(e.feature != "city" for e in hit.readings) or hit.in_bi:
        return False
    before = folded_words_before(text, hit.start)
    return bool(before) and before[-1] in _team_words()


def club_by_its_nisba(text: str, hit: Hit) -> bool:
    """A city's name with a country's masculine nisba right after it names a club (ميلان الإيطالي،
    لوكوموتيف موسكو الروسي، العين الإماراتي), a city being feminine (ميلانو الإيطالية); a locative
    says nothing (لعب في ميلان الإيطالي: for the club), a designator keeps the city (مدينة ...)."""
    return hit.designator is None and hit.readings[0].feature == "city" \
        and all(e.feature != "country" for e in hit.readings) \
        and masculine_nisba_after(text, hit.end) and designator_before(text, hit.start) is None


def before_team_tail(text: str, hit: Hit) -> bool:
    """A city right before a word of ``team_tails.txt`` (جندوبة الرياضية، قرمبالية الرياضية) names
    its club; a country there (قطر الرياضية) stays a place, as after a team head."""
    if hit.end >= len(text) or text[hit.end] not in (" ", "\u00a0") \
            or any(e.feature != "city" for e in hit.readings) or hit.in_bi:
        return False
    after = _WORDS.match(fold_word(text[hit.end + 1:hit.end + 20]))
    return after is not None and after.group() in team_tails()


@lru_cache(maxsize=1)
def _party_words() -> frozenset[str]:
    """Every form of a ``party_heads.txt`` word with its clitics (لحزب، والحزب), made once."""
    return frozenset(p + h for p in _TEAM_PREFIXES for h in party_heads())


def in_party_name(text: str, hit: Hit) -> bool:
    """A place right after a party word (حزب كولورادو، حزب مصر القوية), or after one and one more
    word of the name (حزب نداء تونس، حزب حراك تونس الإرادة), is the party's name, whatever its
    kind: a locative word or a ب/ل word between keeps it (حزب في سوريا)."""
    if not after_space(text, hit.start) or hit.key != fold_word(text[hit.start:hit.end]):
        return False  # (a clitic opens another phrase: لحزب الله وإيران، الحزب الحاكم بتايوان)
    before = _WORDS.findall(fold_word(text[max(0, hit.start - 40):hit.start]))[-2:]
    if not before:
        return False
    if before[-1] in _party_words():
        return True
    return len(before) == 2 and before[0] in _party_words() and before[1][:1] not in "بل" \
        and not is_locative(before[1])


#: The word before a name, past an opening quote (ملعب "سانتياغو برنابيو").
_WORD_BEFORE = re.compile(r"(\w+)\s*[\"«“']?\s*$")
#: The word right after a name, one space between.
_WORD_AFTER = re.compile(r"\s([\u0621-\u064a]+)(?![\w\u064b-\u0652])")
_VENUE_CLITICS = re.compile(r"^[وف]?[بل]?")
_NISBA_END = re.compile(r"(?:ي|يه)$")


def names_venue(text: str, hit: Hit) -> bool:
    """A city right after a sports venue's word and before a name's word of its own is the first
    word of the venue's name (ملعب سانتياغو برنابيو، ستاد ستامفورد بريدج), no place: not before a
    word of ``venue_city_tails.txt`` (ملعب روستوف أرينا), a definite word, a frequent word, a word
    a clitic opens (ملعب رادس لحساب، ملعب قرطاج بالعاصمة), a nisba or a known place."""
    if hit.designator is not None or hit.in_bi or any(e.feature != "city" for e in hit.readings):
        return False
    before = _WORD_BEFORE.search(text, max(0, hit.start - 20), hit.start)
    if before is None or _VENUE_CLITICS.sub("", fold_word(before.group(1))) not in venue_heads():
        return False
    after = _WORD_AFTER.match(text, hit.end)
    if after is None:
        return False
    word = fold_word(after.group(1))
    unclitic = word[1:] if word[:1] in ("و", "ف", "ب", "ل") else word
    common = common_words()
    return len(word) > 2 and not word.startswith("ال") and not unclitic.startswith("ال") and word not in common and unclitic not in common \
        and word not in venue_city_tails() and not _NISBA_END.search(word) and word not in gazetteer() \
        and unclitic not in gazetteer() and not word.endswith("ا")
