"""Byline lines of a page (``بقلم: فلان``, ``كتب - فلان``) and writers' roles on lines of their own."""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.structure.data import norm, read_rows, read_set

#: A writer's name is at most this many words.
NAME_MAX_WORDS = 4


_ROLE_LINE_MAX_WORDS = 6


#: A name, role, menu item or kicker line does not end with one of these: a sentence or clause does.
CLAUSE_ENDS = ".؟?!:،,؛;"


_BYLINE_MAX_WORDS = 10


NOT_IN_NAMES = frozenset(":؛;!؟?\"'«»“”")


LABEL_SEP = re.compile(r"^[\s:：\-–—ـ|/]+")


_BYLINE_SEPS = ":：-–—ـ|/"
_GIVEN_NAME_MIN_SEEN = 10  # corpus occurrences of a first word before its votes tell a given name
_GIVEN_NAME_SHARE = 0.5
_VERB_LIKE = re.compile(r"^[يت][\u0621-\u064a]{2,}")  # a present-tense verb's prefix, before three letters or more


@lru_cache(maxsize=1)
def _byline_prefixes() -> tuple[tuple[str, str], ...]:
    rows = ((norm(r[0]), r[1]) for r in read_rows("byline_prefixes.tsv"))
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


def byline_name(text: str, loose: bool = False) -> str | None:
    """The name of a byline line (``بقلم: فلان`` → ``فلان``), else None.

    ``loose`` accepts a space after every byline word (``كتب فلان``), for lines already known to
    be bylines by their place.
    """
    words = text.split()
    if len(words) > _BYLINE_MAX_WORDS or len(words) < 2:
        return None
    key = norm(text)
    for prefix, follow in _byline_prefixes():
        size = prefix.count(" ") + 1
        if not key.startswith(prefix) or len(words) <= size:
            continue
        glued = key[len(prefix):len(prefix) + 1]  # "كتب:" — the separator right after the word
        if glued not in " " + _BYLINE_SEPS:
            continue  # the prefix is only the start of a longer word
        rest = " ".join(words[size:])
        if follow == "sep" and not loose and glued not in _BYLINE_SEPS and rest[:1] not in _BYLINE_SEPS:
            continue
        name = LABEL_SEP.sub("", rest).strip()
        if name and not name.endswith((".", "؟", "?", "!")):
            return name
    return None


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return read_set("byline_roles.txt")


def is_role(text: str) -> bool:
    """A writer's role on a line of its own (``كاتب وباحث سياسي``, ``أستاذ العلوم السياسية``)."""
    words = norm(text).split()
    return (0 < len(words) <= _ROLE_LINE_MAX_WORDS and text[-1] not in CLAUSE_ENDS
            and opens_with_role(words))


def opens_with_role(words: list[str]) -> bool:
    """The normalised words start with a role of ``byline_roles.txt`` (one word or two)."""
    return bool(words) and (words[0] in _roles() or " ".join(words[:2]) in _roles())


def is_given_name(word: str) -> bool:
    """The corpus tagger read the word as a person's in most of its 10+ occurrences
    (entities/resources/autonames.tsv)."""
    from khabar.entities.autonames import person_votes
    from khabar.entities.keys import fold

    votes = person_votes().get(fold(word))
    return votes is not None and votes[0] >= _GIVEN_NAME_MIN_SEEN and votes[1] >= _GIVEN_NAME_SHARE * votes[0]


def is_name_word(word: str) -> bool:
    """A word read as part of a person's name at least once, or a rare word (a family name: no vote
    for any name type, not among the corpus's most frequent words, not opening as a verb's present
    tense does: ``محمد يتألق`` is a headline)."""
    from khabar.entities.autonames import person_votes, vote_counts
    from khabar.entities.keys import fold
    from khabar.places.gazetteer import common_words

    key = fold(word)
    return key in person_votes() or (key not in vote_counts() and key not in common_words()
                                     and not _VERB_LIKE.match(word))


#: A content system's identifier given as the author (a UUID, a hex or numeric key): no writer's name.
_IDENTIFIER = re.compile(r"[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}|[0-9A-Fa-f_-]*[0-9][0-9A-Fa-f_-]*")


def is_identifier(text: str) -> bool:
    """True when ``text`` is a record key, not a name: a UUID (``37a2dd6d-f52a-452d-a2fb-13ce3282f026``)
    or a run of hex digits, digits, ``-`` and ``_`` with a digit in it (``10423``, ``a3f9-77``)."""
    return _IDENTIFIER.fullmatch(text.strip()) is not None


#: Marks around a credited name (``«الشرق الأوسط»``, ``(رويترز)``) and spaces.
CREDIT_QUOTES = " «»\"'“”()"


def credited_body(text: str) -> str | None:
    """``agency`` or ``outlet`` when the whole byline names a news agency (``رويترز``, ``أ ف ب``:
    resources/agencies.tsv) or outlets (``فرانس 24``, ``«الشرق الأوسط»``, ``سكاي نيوز عربية``:
    resources/outlets.tsv names), no writer; else None."""
    from khabar.structure.agencies import agency_name
    from khabar.structure.outlets import is_outlet_credit

    name = text.strip(CREDIT_QUOTES)
    if not name:
        return None
    if agency_name(name) is not None:
        return "agency"
    return "outlet" if is_outlet_credit(name) else None

