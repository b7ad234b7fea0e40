"""Names as users type them, to what the store holds: the entity keys a name stands for (a key, an
English or Arabic name, the words an article used, hamza and vowel marks optional), a speaker's
quotations, the ISO codes of a country named.  The filters (:mod:`khabar.search.filters`) and the
API's lists resolve names here."""

from __future__ import annotations

import re
import sqlite3

from khabar.search.names import fold_name
from khabar.search.query import QueryError
from khabar.search.schema import NAME_FOLDS, folded_sql, sql_marks, words_like
from khabar.towns import english_city_names

#: The entity keys a user's name stands for (parameters: :func:`named_keys_params`): a key, an English
#: name, an Arabic name or words some article used for the entity (لافروف alone stands for Sergey
#: Lavrov), the Arabic folded so hamza and vowel marks need not be typed (:data:`NAME_FOLDS`).
#: Every branch is one indexed lookup.
NAMED_KEYS_SQL = (
    "SELECT key FROM entities WHERE key = ? UNION SELECT key FROM entities WHERE name = ? "
    f"UNION SELECT key FROM entities WHERE {folded_sql('name_ar')} = ? UNION SELECT x.key FROM mentions m "
    "JOIN entities x ON x.article_id = m.article_id AND x.entity_id = m.entity_id "
    f"WHERE {folded_sql('m.text')} = ?")


def named_keys_params(name: str) -> list[str]:
    """The parameters of :data:`NAMED_KEYS_SQL` for a name as a user typed it."""
    folded = fold_name(name)
    return [name, name, folded, folded]


#: Latin-script names (LIKE wildcards excluded: they are not letters).
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z'. -]*$")


def named_keys(conn: sqlite3.Connection, name: str) -> list[str]:
    """The entity keys a user's ``name`` stands for: a key, an English or Arabic name, or words some
    article used for the entity (لافروف alone finds Sergey Lavrov), hamza and vowel marks optional
    (indexed lookups); failing those, Latin words that are whole words of English names (Trump,
    Houthi for Houthis), found by one pass over the distinct names, or the last words of an Arabic
    name (بن سلمان: :func:`_trailing_name_keys`); a big city's English name (Tunis) is first the
    places its Arabic names name."""
    keys = [r[0] for r in conn.execute(NAMED_KEYS_SQL, named_keys_params(name))]
    if keys:
        return keys
    if not LATIN_NAME.match(name):
        return _trailing_name_keys(conn, name) or _clitic_name_keys(conn, name)
    # An English name in another case (saudi arabia) is that name, as typed right, not every name
    # holding its words (the Embassy of Saudi Arabia too). LIKE without wildcards ignores ASCII case.
    keys = [r[0] for r in conn.execute("SELECT DISTINCT key FROM entities WHERE name LIKE ?", (name,))]
    if keys:
        return keys
    # A big city named in Latin letters no entity's English name spells (Tunis, where the store
    # resolved تونس as the country) is the place its Arabic names name, not the bodies whose
    # names hold the word (Tunis Afrique Presse, Espérance de Tunis).  Places only: the Arabic
    # names of geonames hold some other words (الجزيره among those of Algiers).
    arabic = [fold_name(a) for a in english_city_names().get(name.lower(), ())]
    if arabic:
        keys = [r[0] for r in conn.execute(
            f"SELECT DISTINCT key FROM entities WHERE {folded_sql('name_ar')} IN ({sql_marks(arabic)}) "
            "AND type IN ('GPE', 'LOC')", arabic)]
        if keys:
            return keys
    words = " ".join(name.replace("-", " ").split())
    # A hyphen joins words of a name (el-Sisi, al-Abadi): Sisi is a word of it as much as Trump.
    names = [r[0] for r in conn.execute(
        "SELECT DISTINCT name FROM entities WHERE ' ' || replace(name, '-', ' ') || ' ' LIKE ? "
        "OR ' ' || replace(name, '-', ' ') || ' ' LIKE ?", (f"% {words} %", f"% {words}s %"))]
    return [r[0] for r in conn.execute(f"SELECT DISTINCT key FROM entities WHERE name IN ({sql_marks(names)})",
                                       names)]


def _trailing_name_keys(conn: sqlite3.Connection, name: str) -> list[str]:
    """The keys of entities whose Arabic name ends with the words of ``name``, when it has two or
    more: the part of a name users type for the whole (بن سلمان for محمد بن سلمان, عبد الله الثاني),
    hamza and vowel marks optional.  One pass over the distinct many-word names, only after the
    indexed lookups found nothing."""
    words = fold_name(name).split()
    if len(words) < 2:
        return []
    tail = " " + " ".join(words)
    names = [n for (n,) in conn.execute("SELECT DISTINCT name_ar FROM entities WHERE name_ar LIKE '% %'")
             if (" " + " ".join(fold_name(n).split())).endswith(tail)]
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT key FROM entities WHERE name_ar IN ({sql_marks(names)})", names)]


#: Conjunctions, then prepositions, a name may be written with (وترامب، لبوتين، ولروحاني): one
#: letter each, at most one of each, as the search analyzer splits them off a word.
_NAME_PROCLITICS = ("وف", "بلك")


def _clitic_name_keys(conn: sqlite3.Connection, name: str) -> list[str]:
    """The keys of the name ``name`` is with a conjunction or preposition joined to its first word
    (وترامب is ترامب, لأردوغان أردوغان), when the name as typed named nothing: indexed lookups of the
    name without them, at least three letters left.  Tried last, so a name that starts with such
    a letter (وليد، بوتين) is found as itself first."""
    candidates, word = [], name.strip()
    for letters in _NAME_PROCLITICS:
        if word[:1] and word[:1] in letters and len(word.split()[0]) > 3:
            word = word[1:]
            candidates.append(word)
    for bare in candidates:
        keys = [r[0] for r in conn.execute(NAMED_KEYS_SQL, named_keys_params(bare))]
        if keys:
            return keys
    return []


#: The letters name folding writes for others (أ إ آ ٱ as ا, ى as ي, ة as ه): a folded name's
#: other letters stand as written in the stored text.
_FOLDED_TO = "".join(sorted({folded for _, folded in NAME_FOLDS if folded}))


def speaker_quotes_sql(conn: sqlite3.Connection, speaker: str, quote: str = "q") -> tuple[str, list[str]]:
    """A condition on quotations aliased ``quote`` keeping those of ``speaker`` (its entity by
    :func:`named_keys`, or the words an article used for it) and its parameters.  Indexed
    (quotes_speaker_text; the entities by key, then quotes_speaker), not an OR over a join of
    quotes and entities, which scanned every quotation: 2.5 s for one speaker in 9,500 articles."""
    keys = named_keys(conn, speaker)
    if not keys and len(fold_name(speaker).replace(" ", "")) >= 3:
        # no entity of that name: the unnamed speakers whose words hold it from a word's start,
        # with or without the article (مصدر: مصدر أمني, المصدران, أحد المصدرين; not تعليم for
        # علي), hamza and vowel marks optional: one scan of the speaker words, only when no entity answered
        folded = fold_name(speaker)
        words, spoken = words_like(folded)[1:], f"' ' || {folded_sql('speaker_text')}"
        # folding every speaker's words is slow (17 replace() a row): first keep those holding the
        # longest run of the name's letters that folding leaves as written (مصدر; سؤول of مسؤول)
        core = max(re.split(f"[{_FOLDED_TO}\\s]+", folded), key=len)
        return (f"{quote}.rowid IN (SELECT rowid FROM quotes WHERE speaker_text = ? OR speaker_text LIKE ? "
                f"ESCAPE '\\' AND ({spoken} LIKE ? ESCAPE '\\' OR {spoken} LIKE ? ESCAPE '\\'))",
                [speaker, words_like(core), "% " + words, "% ال" + words])
    return (f"{quote}.rowid IN (SELECT rowid FROM quotes WHERE speaker_text = ? UNION SELECT x.rowid "
            "FROM entities y JOIN quotes x ON x.article_id = y.article_id AND x.speaker_entity = "
            f"y.entity_id WHERE y.key IN ({sql_marks(keys)}))", [speaker, *keys])


def entity_names(value: str | None) -> list[str]:
    """The entities an entity filter names: one, or several joined by + (all of them, in one
    article: a conflict analyst's two actors), blank parts left out."""
    return [part.strip() for part in (value or "").split("+") if part.strip()]


def country_codes(conn: sqlite3.Connection, name: str) -> list[str]:
    """The ISO codes of the country ``name`` is (its code, or its English or Arabic name as the
    places of the store resolved it), English in any case, hamza and vowel marks optional; [] for
    any other name.  The place filter and the API's actors decide alike."""
    if len(name) == 2 and name.isascii() and name.isalpha() and name.isupper():
        return [name]
    folded, lower = fold_name(name), name.lower()
    rows = conn.execute("SELECT DISTINCT name, name_ar, country FROM places WHERE feature = 'country' "
                        "AND country IS NOT NULL")  # one pass; the countries a store names are few
    return sorted({code for en, ar, code in rows if (en or "").lower() == lower or fold_name(ar or "") == folded})


#: Quotation kinds (the quotes stage's ``kind``), as /quotes?kind= and ``export --quotes --kind`` take them.
QUOTE_KINDS = ("direct", "indirect", "mixed")
#: What a quotation may lack, as /quotes?missing= and ``khabar export --quotes --missing`` take it: no
#: speaker found at all (a quotation to attribute by hand), or no speaker resolved to a named entity
#: (those too, and unnamed sources: مصدر أمني; names the linker missed). Conditions on quotes ``q``.
QUOTE_MISSING = {"speaker": "q.speaker_text IS NULL AND q.speaker_entity IS NULL",
                 "speaker_name": "q.speaker_entity IS NULL"}


def quote_own_sql(kind: str | None, missing: str | None) -> tuple[list[str], list[str]]:
    """The conditions on quotations ``q`` (and their parameters) of a quotation's own filters, one
    ``kind`` (:data:`QUOTE_KINDS`) and lacking what ``missing`` names (:data:`QUOTE_MISSING`), those
    given, case aside; another value raises :class:`~khabar.search.QueryError` naming the values (not
    answered with nothing). /quotes and ``khabar export --quotes`` check them here alike."""
    conds: list[str] = []
    params: list[str] = []
    if kind:
        if kind.lower() not in QUOTE_KINDS:
            raise QueryError(f"kind {kind!r} is no quotation kind: one of {', '.join(QUOTE_KINDS)}")
        conds, params = ["q.kind = ?"], [kind.lower()]
    if missing:
        if missing.lower() not in QUOTE_MISSING:
            raise QueryError(f"missing={missing!r} is nothing a quotation can lack: one of {', '.join(QUOTE_MISSING)}")
        conds.append(QUOTE_MISSING[missing.lower()])
    return conds, params


def about_quotes_sql(conn: sqlite3.Connection, name: str, quote: str = "q") -> tuple[str, list[str]]:
    """A condition on quotations aliased ``quote`` keeping what others said about ``name`` (its
    entities by :func:`named_keys`): those whose content span holds a mention of it and whose
    speaker is not it (as the entity page's 'said about'); nothing when no entity is so named."""
    keys = named_keys(conn, name)
    if not keys:
        return "0", []
    marks = sql_marks(keys)
    return (f"EXISTS (SELECT 1 FROM mentions m JOIN entities x ON x.article_id = m.article_id AND x.entity_id = "
            f"m.entity_id WHERE m.article_id = {quote}.article_id AND m.field = {quote}.field AND m.paragraph = "
            f"{quote}.paragraph AND m.char_start >= {quote}.char_start AND m.char_end <= {quote}.char_end AND x.key "
            f"IN ({marks})) AND NOT EXISTS (SELECT 1 FROM entities s WHERE s.article_id = {quote}.article_id AND "
            f"s.entity_id = {quote}.speaker_entity AND s.key IN ({marks}))", [*keys, *keys])
