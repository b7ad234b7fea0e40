"""The actor tables: agent nouns, country names and nisbas, folded for lookup, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from khabar.arabic.inflection import WORD_CACHE, fold, folded_bare
from khabar.events.lexicon import resource_rows

_INFLECTIONS = ("ا", "ين", "ان", "ون", "ه")
_NISBA_ENDINGS = ("", "ه", "ين", "ون", "ان", "تان", "يه")


@dataclass(frozen=True)
class ActorTables:
    agents: dict[tuple[str, ...], str]  # folded bare words -> agent type
    countries: dict[tuple[str, ...], str]  # folded bare words -> ISO code
    bare_names: frozenset[tuple[str, ...]]  # one-word country names written without the article
    nisbas: dict[str, str]  # folded stem -> ISO code
    openers: frozenset[str]  # first words of agent and country keys
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
    for kind, forms in (r[:2] for r in resource_rows("agents.tsv")):
        for form in forms.split(","):
            for words in _keys(form.strip()):
                agents.setdefault(words, kind.strip())
                if len(words) == 1 and not words[0].endswith(("ين", "ون", "ات")):
                    for end in _INFLECTIONS:  # شخصا, شخصين, شرطيان
                        agents.setdefault((words[0] + end,), kind.strip())
                elif len(words) == 1 and words[0].endswith(("ين", "ون")):
                    for end in ("و", "ي"):  # construct plurals: مسلحو داعش، مسلحي المعارضة
                        agents.setdefault((words[0][:-2] + end,), kind.strip())
    countries: dict[tuple[str, ...], str] = {}
    without_article: set[tuple[str, ...]] = set()
    with_article: set[tuple[str, ...]] = set()
    for code, name in _country_names():
        for words in _keys(name):
            countries.setdefault(words, code)
        if " " not in name:
            (with_article if fold(name).startswith("ال") else without_article).add(_words(name))
    nisbas = {fold(form.strip()): code.strip() for code, kind, forms in (r[:3] for r in resource_rows("countries.tsv"))
              if kind.strip() == "nisba" for form in forms.split(",")}
    return ActorTables(agents, countries, frozenset(without_article - with_article), nisbas,
                       frozenset(k[0] for k in (*agents, *countries)), _key_lengths(agents), _key_lengths(countries))


def _key_lengths(table: dict[tuple[str, ...], str]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for key in table:
        lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(ns, reverse=True)) for word, ns in lengths.items()}


@lru_cache(maxsize=WORD_CACHE)
def nisba_country(word: str) -> str | None:
    """ISO code of a demonym adjective or plural (السورية, الأميركيون), else None."""
    core = folded_bare(word)
    tables = actor_tables()
    for end in _NISBA_ENDINGS:
        if core.endswith(end) and len(core) > len(end) + 1:
            code = tables.nisbas.get(core[: len(core) - len(end)] if end else core)
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
