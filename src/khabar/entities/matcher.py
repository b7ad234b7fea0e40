"""Lexicon and gazetteer matching over token keys.

Aliases are tokenised like the text and stored by their token keys (see
:mod:`khabar.entities.keys`); a text unit becomes the same keys, one per token, and every alias
occurrence is looked up from the tokens that open some alias, word tuple by word tuple (faster than
walking an Aho-Corasick automaton over every letter; the automaton stays for a key holding a space
and for joined hashtags).  Overlaps are resolved leftmost-longest; among entries of one alias the
most specific kind wins (curated before gazetteer).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import not_

import ahocorasick

from khabar.arabic import Token, tokenize
from khabar.arabic.tokenize import TOKEN_KIND, TOKEN_TEXT
from khabar.entities.clubs import with_clubs
from khabar.entities.gazetteers import TOWN_ALIASES, babel_entries, city_entries, town_alias_entries
from khabar.entities.groupcues import with_group_cues
from khabar.entities.keys import KeyMaker, alias_key, fold, written_length
from khabar.entities.lexicon import (
    Entry,
    club_cued_entries,
    country_entries,
    group_cued_entries,
    institution_entries,
    misc_entries,
    named_entries,
    title_entries,
    word_list,
)

#: When one alias names several entries, the first kind listed here is kept first.
KIND_ORDER = ("named", "country", "capital", "institution", "construct", "demonym", "people", "title", "misc",
              "city", "cued", "cued_home", "cued_group")
#: Entries from package gazetteers (not curated): not trusted when spelled like a common word.
GAZETTEER_GROUPS = ("geonames", "babel")
#: Towns whose one-word names need support in the text (a tagger place span, a place noun before).
SUPPORTED_GROUPS = (*GAZETTEER_GROUPS, TOWN_ALIASES)
#: Curated tables whose one-word names, listed without ال, are another word with it: الجدة is the
#: grandmother, not Jeddah; الحمص chickpeas, not Homs; الظريف witty, not Zarif.
BARE_NAME_GROUPS = ("people", "places")
#: ... and so are the curated countries and capitals (القطر الليبي is the Libyan land, not Qatar).
BARE_NAME_KINDS = ("country", "capital")
#: Proclitics before a name's two-letter first word (see Lexicon._add_clitic_variants).
_SHORT_HEAD_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_QUOTES = frozenset('"«»“”„\'')
_WORD_KINDS = frozenset(("word", "number", "hashtag"))
_PLUS_ONE = (1).__add__
_WORDLIKE = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens ``[first, last]`` (inclusive) of a unit match ``entries`` (best first)."""

    first: int
    last: int
    entries: tuple[Entry, ...]
    clitic: int = 0  # characters of proclitics on the first word the word's own key keeps (وتل أبيب)

    @property
    def entry(self) -> Entry:
        return self.entries[0]


class Lexicon:
    """All aliases, compiled; ``find(tokens)`` lists the matches of one text unit."""

    def __init__(self, pairs: list[tuple[str, Entry]]) -> None:
        tokenised = [(tokenize(alias), entry) for alias, entry in pairs]
        self.keys = KeyMaker(frozenset(alias_key(t.text) for toks, _ in tokenised for t in toks),
                             frozenset(alias_key(toks[0].text) for toks, _ in tokenised if toks))
        stop = {self.keys.key(w) for w in word_list("stopwords") | word_list("ambiguous")}
        bare_only = {self.keys.key(w) for w in word_list("bare_names")}  # حماس: الحماس is enthusiasm
        table: dict[str, list[Entry]] = {}
        #: key of a name of several words -> positions of its later words some alias writes with a
        #: conjunction (وزارة الشباب والرياضة: 2); a text with one elsewhere is another phrase
        self.inner_clitics: dict[str, set[int]] = {}
        bare: set[tuple[str, Entry]] = set()  # (key, entry) that some alias spells without ال
        articled: set[tuple[str, Entry]] = set()  # (key, entry) that a one-word alias spells with ال
        for toks, entry in tokenised:
            if not toks:
                continue
            tkeys = self.token_keys(toks)
            key = " ".join(tkeys)
            if entry.group in GAZETTEER_GROUPS and (key in stop or len(key) < 4):
                continue  # a gazetteer town spelled like a common word
            if len(toks) > 1 or not fold(toks[0].text).startswith("ال"):
                bare.add((key, entry))
            else:
                articled.add((key, entry))
            bucket = table.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
            if len(toks) > 1:
                self.inner_clitics.setdefault(key, set()).update(self._inner_clitics(toks, tkeys))
        self.automaton = ahocorasick.Automaton()
        rank = {k: i for i, k in enumerate(KIND_ORDER)}
        for key, entries in table.items():
            # an outlet named like a place (الشرق الأوسط) is the place unless quoted (see linking)
            entries.sort(key=lambda e: (rank[e.kind], e.group == "media"))
            # a one-word name only ever written with ال (الغرب) needs it: غرب alone is a direction
            definite = tuple(e for e in entries if (key, e) not in bare)
            # and a one-word name never written with it (جدة, ظريف) is another word with it
            indefinite = tuple(e for e in entries if (e.group in BARE_NAME_GROUPS or key in bare_only
                                                      or e.group == "countries" and e.kind in BARE_NAME_KINDS)
                               and " " not in key and (key, e) not in articled)
            self.automaton.add_word(f" {key} ", (key.count(" ") + 1, tuple(entries), definite, indefinite, 0))
        self._add_clitic_variants()
        self.automaton.make_automaton()
        # The same aliases by their token keys, for :meth:`_find`: a unit's keys are looked up
        # from the tokens that open some alias (a set probe each), not walked letter by letter.
        self._by_words: dict[tuple[str, ...], tuple] = {}
        self._word_prefixes: set[tuple[str, ...]] = set()
        for key, value in self.automaton.items():
            words = tuple(key[1:-1].split(" "))
            self._by_words[words] = value
            self._word_prefixes.update(words[:k] for k in range(1, len(words)))
        self._heads = frozenset(words[0] for words in self._by_words)

    def _add_clitic_variants(self) -> None:
        """Names of several words opening with a two-letter word (تل أبيب, بن عروس, ذي قار), also
        after proclitics: a word that short keeps its clitics in its key (و + تل would make وله
        له), so the name's other words must follow for the clitic to be read off (وتل أبيب)."""
        for key in list(self.automaton.keys()):
            words = key.split()
            if len(words) < 2 or len(words[0]) != 2:
                continue
            n, *rest = self.automaton.get(key)
            for clitic in _SHORT_HEAD_CLITICS:
                variant = f" {self.keys.key(clitic + words[0])} {' '.join(words[1:])} "
                if variant not in self.automaton:
                    self.automaton.add_word(variant, (n, *rest[:-1], len(clitic)))

    def token_keys(self, tokens: list[Token], texts: list[str] | None = None) -> list[str]:
        """Each token's key (``texts``: the tokens' texts, when already listed)."""
        texts = list(map(TOKEN_TEXT, tokens)) if texts is None else texts
        keys = self.keys.keys(texts)
        # punctuation, URLs and e-mail addresses stand for themselves (found in C: most tokens are words)
        for i in compress(range(len(tokens)), map(not_, map(_WORD_KINDS.__contains__, map(TOKEN_KIND, tokens)))):
            keys[i] = texts[i]
        return keys

    @staticmethod
    def _inner_clitics(tokens: list[Token], keys: list[str]) -> set[int]:
        """Positions of the later words that open with a conjunction (والنواب: و; a preposition is a
        spelling of the name: التحالف لدعم الشرعية)."""
        out: set[int] = set()
        for i in range(1, len(tokens)):
            w, k = fold(tokens[i].text).lstrip("#"), keys[i]  # (a hashtag's mark is no proclitic)
            if w[:1] in ("و", "ف") and w != k and w != "ال" + k and k and w.endswith(k):
                out.add(i)
        return out

    def find(self, tokens: list[Token]) -> list[Match]:
        """Leftmost-longest, non-overlapping matches in one text unit.

        Quotation marks are transparent: وكالة أنباء "فارس" matches وكالة أنباء فارس; so are the dots
        of an abbreviation spelt letter by letter (سي. إن. إن: سي إن إن, CNN).
        """
        texts = list(map(TOKEN_TEXT, tokens))
        dots = _abbreviation_dots(tokens, texts) if "." in texts else set()
        if _QUOTES.isdisjoint(texts) and not dots:
            return self._find(tokens, texts)
        kept = [i for i, t in enumerate(texts) if t not in _QUOTES and i not in dots]
        hugged = {j for j, i in enumerate(kept)  # (a word in quotes of its own: «القاعدة»)
                  if 0 < i < len(texts) - 1 and texts[i - 1] in _QUOTES and texts[i + 1] in _QUOTES}
        matches = self._find([tokens[i] for i in kept], [texts[i] for i in kept], hugged)
        return [Match(kept[m.first], kept[m.last], m.entries, m.clitic) for m in matches]

    def _find(self, tokens: list[Token], texts: list[str], quoted: frozenset[int] | set[int] = frozenset()) \
            -> list[Match]:
        keys = self.token_keys(tokens, texts)
        text = " ".join(keys)
        found = []
        for last, (n, entries, definite, indefinite, clitic) in self._occurrences(keys, text):
            if definite and not is_definite(tokens[last].text):
                entries = tuple(e for e in entries if e not in definite)
            if indefinite and _articled(tokens[last].text, keys[last]):
                entries = tuple(e for e in entries if e not in indefinite)
            if not entries:
                continue
            first = last - n + 1
            if n > 1 and not self._inner_clitics(tokens[first:last + 1], keys[first:last + 1]) <= \
                    self.inner_clitics.get(" ".join(keys[first:last + 1]), set()):
                continue  # للمجلس والنواب: two bodies, not مجلس النواب
            found.append(Match(first, last, entries, written_length(texts[first], clitic) if clitic else 0))
        if "_" in text:  # (rare: a hashtag of several words)
            found += self._joined_hashtags(tokens, keys)
        return with_group_cues(tokens, with_clubs(tokens, _leftmost_longest(found)), quoted)

    def _occurrences(self, keys: list[str], text: str) -> list[tuple[int, tuple]]:
        """(last token, value) of every alias occurrence in a unit of token ``keys`` (``text``: them
        joined by spaces): what the automaton finds in " k0 k1 ... ", one hit per token span."""
        if text.count(" ") != len(keys) - 1:  # a key holding a space (none known): the automaton
            ends = list(accumulate(map(_PLUS_ONE, map(len, keys))))  # (the space after each token)
            return [(bisect_left(ends, end), value) for end, value in self.automaton.iter(f" {text} ")]
        table, prefixes, n = self._by_words, self._word_prefixes, len(keys)
        out = []
        for first in compress(range(n), map(self._heads.__contains__, keys)):
            words, last = (keys[first],), first
            while True:
                value = table.get(words)
                if value is not None:
                    out.append((last, value))
                last += 1
                if last == n or words not in prefixes:
                    break
                words += (keys[last],)
        return out

    def _joined_hashtags(self, tokens: list[Token], keys: list[str]) -> list[Match]:
        """A hashtag joining the words of one whole alias with _ (#صندوق_النقد_الدولي) names it."""
        found = []
        for i, key in enumerate(keys):
            if "_" not in key or tokens[i].kind != "hashtag":
                continue
            words = tokens[i].text[1:].split("_")
            value = self.automaton.get(" " + " ".join(self.keys.keys(words)) + " ", None)
            if value is None or value[0] != len(words):
                continue
            _, entries, definite, indefinite, _ = value
            if definite and not is_definite(words[-1]):
                entries = tuple(e for e in entries if e not in definite)
            if entries:
                found.append(Match(i, i, entries))
        return found


#: Letters of the longest spelt letter name (سي, إن, بي, جي, إس; a word of a dotted abbreviation).
SPELT_LETTER = 3


def _abbreviation_dots(tokens: list[Token], texts: list[str]) -> set[int]:
    """Positions of the dots between two spelt letters of an abbreviation (سي. إن. إن, جي. بي. إس):
    each right after its letter, with no space, and a letter after it."""
    def letter(i: int) -> bool:
        return 0 <= i < len(tokens) and tokens[i].kind == "word" and len(texts[i]) <= SPELT_LETTER

    return {i for i, t in enumerate(texts) if t == "." and letter(i - 1) and letter(i + 1)
            and tokens[i - 1].end == tokens[i].start}


def word_tokens(words: list[str]) -> list[Token]:
    """A sentence given as words (the tagger's view) as tokens: offsets unknown, kind word or punct."""
    return [Token(w, 0, 0, "word" if _WORDLIKE.search(w) else "punct", "") for w in words]


def word_matches(lex: Lexicon, words: list[str]) -> list[Match]:
    """Lexicon matches over a sentence given as words."""
    return lex.find(word_tokens(words))


def is_definite(word: str) -> bool:
    """The word carries the article, perhaps after proclitics (الغرب, والغرب, بالغرب, للغرب)."""
    w = fold(word)
    w = w[1:] if w[:1] in ("و", "ف") else w
    return w.startswith(("ال", "لل", "بال", "كال", "لال"))


def _articled(word: str, key: str) -> bool:
    """The word is ``key`` with the article, perhaps after proclitics (الجدة, والجدة, بالجدة, للجدة;
    not لحود in للحود)."""
    w = fold(word)
    w = w[1:] if w[:1] in ("و", "ف") else w
    return w in ("ال" + key, "بال" + key, "كال" + key, "لل" + key)


def _leftmost_longest(found: list[Match]) -> list[Match]:
    found.sort(key=lambda m: (m.first, -(m.last - m.first)))
    out: list[Match] = []
    taken = -1
    for m in found:
        if m.first > taken:
            out.append(m)
            taken = m.last
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon (curated tables first, then the package gazetteers)."""
    pairs = (named_entries() + country_entries() + babel_entries() + institution_entries()
             + title_entries() + misc_entries() + [*city_entries()] + town_alias_entries() + club_cued_entries()
             + group_cued_entries())
    return Lexicon(pairs)
