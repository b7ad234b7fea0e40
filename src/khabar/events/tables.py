"""The actor tables: agent nouns, country names and nisbas, folded for lookup, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from khabar.arabic.inflection import WORD_CACHE, fold, folded_bare
from khabar.events.lexicon import resource_rows, word_set

_INFLECTIONS = ("ا", "ين", "ان", "ون", "ه")
#: A noun ending in ة writes it ت before an ending: its dual (وزارتان، شركتين).  Not its possessives
#: nor the construct dual: وزارته is the ministry only when written with its و (see
#: predicates._is_actor_word), and as keys طلبته، قادته، طلبتا would hide verbs (requested it, led
#: him, the two requested) and ولايته (his term) would act.
_TA_MARBUTA_INFLECTIONS = ("تين", "تان")
_NISBA_ENDINGS = ("", "ه", "ين", "ون", "ان", "تان", "يه")


@dataclass(frozen=True)
class ActorTables:
    agents: dict[tuple[str, ...], str]  # folded bare words -> agent type
    countries: dict[tuple[str, ...], str]  # folded bare words -> ISO code
    bare_names: frozenset[tuple[str, ...]]  # one-word country names written without the article
    nisbas: dict[str, str]  # folded stem -> ISO code
    openers: frozenset[str]  # first words of agent and country keys
    #: key words found only by stripping letters of a noun's own spelling that read as a clitic
    #: (وزارة → زاره, بلدية → لديه) -> those letters: the word must be written with them
    owned: dict[str, frozenset[str]]
    #: first word -> lengths of the agent / country keys it opens, longest first (see :func:`match_key`)
    agent_lengths: dict[str, tuple[int, ...]]
    country_lengths: dict[str, tuple[int, ...]]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(folded_bare(w) for w in phrase.split())


def _keys(phrase: str) -> list[tuple[str, ...]]:
    """Lookup keys of a table phrase: without clitics, and as written (وزارة is not و+زارة)."""
    keys = [_words(phrase)]
    plain = tuple(folded_bare(w) if fold(w).startswith("ال") else fold(w) for w in phrase.split())
    if plain != keys[0]:
        keys.append(plain)
    return keys


def _owned_letters(phrase: str) -> dict[str, str]:
    """The phrase's words that lookup strips of letters their own spelling opens with (a table
    form carries no clitic but the article): key word -> the letters (وزارة → {زاره: و})."""
    out = {}
    for w in phrase.split():
        word, key = fold(w), folded_bare(w)
        if key != word and not word.startswith("ال"):
            out[key] = word[: len(word) - len(key)]
    return out


def _inflected(word: str, written: str, forms: set[str]) -> tuple[str, ...]:
    """The inflected one-word keys of a table word (folded bare; ``written``: as the table writes
    it; ``forms``: all the table's one-word keys).  A noun ending in ة takes its dual endings after
    ت (وزارتان; never زارها from وزارة), and with ها it is also 'her X' of the masculine noun it is
    the feminine of (ابنة → ابنها)."""
    if word.endswith(("ين", "ون", "ات")):
        return ()
    if not written.endswith("ة"):
        return tuple(word + end for end in _INFLECTIONS)  # شخصا, شخصين, شرطيان, مشتبها
    stem = word[:-1]
    return tuple(stem + end for end in _TA_MARBUTA_INFLECTIONS) + ((stem + "ها",) if stem in forms else ())


def _country_names() -> list[tuple[str, str]]:
    """(ISO code, Arabic name) from CLDR (babel) and the project's country table."""
    names = [(code, name) for code, name in Locale("ar").territories.items()
             if len(code) == 2 and code.isalpha() and len(fold(name)) > 2]
    for code, kind, forms in (r[:3] for r in resource_rows("countries.tsv")):
        if kind.strip() == "name":
            names += [(code.strip(), form.strip()) for form in forms.split(",")]
    return names


@lru_cache(maxsize=1)
def actor_tables() -> ActorTables:
    """Agent nouns, country names (CLDR Arabic + the project's aliases) and nisbas, loaded once."""
    agents: dict[tuple[str, ...], str] = {}
    rows = [(kind.strip(), form.strip()) for kind, forms in (r[:2] for r in resource_rows("agents.tsv"))
            for form in forms.split(",")]
    table_words = {key[0] for _, form in rows for key in _keys(form) if len(key) == 1}
    particles = word_set("function") | word_set("openers")
    owned: dict[str, set[str]] = {}
    written: set[str] = set()  # key words some table word is without stripping any of its letters
    for kind, form in rows:
        letters = _owned_letters(form)
        for words in _keys(form):
            agents.setdefault(words, kind)
            _note_owners(words, letters, owned, written)
            if len(words) == 1 and words[0].endswith(("ين", "ون")):
                for end in ("و", "ي"):  # construct plurals: مسلحو داعش، مسلحي المعارضة
                    agents.setdefault((words[0][:-2] + end,), kind)
            elif len(words) == 1:
                # an inflected form that is a particle is that particle (أم + ا is أما, 'as for')
                for inflected in (w for w in _inflected(words[0], form, table_words) if w not in particles):
                    agents.setdefault((inflected,), kind)
                    _note_owners((inflected,), {inflected: letters[words[0]]} if words[0] in letters else {},
                                 owned, written)
    countries: dict[tuple[str, ...], str] = {}
    without_article: set[tuple[str, ...]] = set()
    with_article: set[tuple[str, ...]] = set()
    for code, name in _country_names():
        letters = _owned_letters(name)
        for words in _keys(name):
            countries.setdefault(words, code)
            _note_owners(words, letters, owned, written)
        if " " not in name:
            (with_article if fold(name).startswith("ال") else without_article).add(_words(name))
    nisbas = {fold(form.strip()): code.strip() for code, kind, forms in (r[:3] for r in resource_rows("countries.tsv"))
              if kind.strip() == "nisba" for form in forms.split(",")}
    return ActorTables(agents, countries, frozenset(without_article - with_article), nisbas,
                       frozenset(k[0] for k in (*agents, *countries)),
                       {w: frozenset(ls) for w, ls in owned.items() if w not in written},
                       _key_lengths(agents), _key_lengths(countries))


@lru_cache(maxsize=1)
def listed_agent_words() -> frozenset[str]:
    """The one-word agent nouns as ``agents.tsv`` lists them (folded bare), without the forms
    inflected from them: معارضه is listed (the opposition), ناشطه only inflected from ناشط."""
    return frozenset(key[0] for forms in (r[1] for r in resource_rows("agents.tsv")) for form in forms.split(",")
                     for key in _keys(form.strip()) if len(key) == 1)


def _note_owners(words: tuple[str, ...], letters: dict[str, str], owned: dict[str, set[str]],
                 written: set[str]) -> None:
    """Record for each key word the letters of its own the table word is written with before it
    (``letters``, from :func:`_owned_letters`), or that it is the table word as written."""
    for word in words:
        if word in letters:
            owned.setdefault(word, set()).add(letters[word])
        else:
            written.add(word)


def written_as_key(word: str, text: str) -> bool:
    """Whether a word's text may be the table word its key ``word`` (its :func:`folded_bare`)
    stands for: a key found only by stripping a noun's own letters needs them written
    (وزارة and بوزارة are the ministry's, زاره 'visited him' is not; لجنة is, جنة is not)."""
    letters = actor_tables().owned.get(word)
    if letters is None:
        return True
    folded = fold(text)
    return folded.endswith(word) and folded[: len(folded) - len(word)].endswith(tuple(letters))


def _key_lengths(table: dict[tuple[str, ...], str]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for key in table:
        lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(ns, reverse=True)) for word, ns in lengths.items()}


@lru_cache(maxsize=WORD_CACHE)
def nisba_country(word: str) -> str | None:
    """ISO code of a demonym adjective or plural (السورية, الأميركيون), else None.  An indefinite one
    is tried whole first: its first letter may be one a proclitic is spelt with (بريطانية، فرنسية،
    ليبية), which the bare key reads off."""
    tables = actor_tables()
    whole, core = fold(word), folded_bare(word)
    for form in (whole, core) if whole != core else (core,):
        for end in _NISBA_ENDINGS:
            if form.endswith(end) and len(form) > len(end) + 1:
                code = tables.nisbas.get(form[: len(form) - len(end)] if end else form)
                if code:
                    return code
    return None


def match_key(table: dict[tuple[str, ...], str], lengths: dict[str, tuple[int, ...]], words: list[str],
           i: int) -> tuple[int, str] | None:
    """The longest key of ``table`` at word i (``lengths``: the key lengths each first word opens)."""
    if i >= len(words):
        return None
    for n in lengths.get(words[i], ()):
        if n <= len(words) - i:
            hit = table.get(tuple(words[i: i + n]))
            if hit:
                return n, hit
    return None
