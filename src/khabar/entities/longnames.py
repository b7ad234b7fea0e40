"""A known person's name inside a longer name is another person.

The lexicon knows بن لادن (Osama bin Laden); سناء بن لادن is another person who shares the family
name.  When the tagger reads a person's name that opens before a curated person's match with words
that are none of that person's own name words (nor another spelling of one: جيم for جيمس), no
title, honorific, nationality or punctuation, the match is no link: the tagger's span names a
person of its own.  A span that adds one of the person's own words (بشار حافظ الأسد) or a title
(الشيخ) leaves the link as it is.  Words after the match are not read (the tagger runs on over
verbs there: عباس سيدعو), so نصر الله الجوادي is still Hassan Nasrallah.

Where the tagger has no span there, a listed given name (``given_names.txt``) written right before
the match, which is none of the person's own name words, opens another person's name too (حافظ
قائد السبسي, the son of the Beji Caid Essebsi the lexicon knows as قائد السبسي; سارة أوباما): the
given name and the match become one PER span of their own.  Not after one of the person's own
words or another given name (يوسف عبدالله القرضاوي, a father's name inside the person's full
name) or a name link (عادل بن أحمد الجبير: the father's name), nor before a match written with a
proclitic (جمال وعلاء مبارك, لعبد الملك الحوثي: a list, a name's end before a preposition); nor
for the given names of ``opener_stops.txt`` (محمد, carried before many a known name: محمد المنصف
المرزوقي; عمر, خليفة: common words as often, عمر أردوغان في الحكم).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from khabar.entities.bodies import Span
from khabar.entities.cues import demonym_keys
from khabar.entities.givennames import listed_given_name, written_key
from khabar.entities.keys import fold, strip_article
from khabar.entities.lexicon import folded_word_list, named_entries, word_list

if TYPE_CHECKING:
    from khabar.arabic import Token
    from khabar.entities.matcher import Lexicon, Match


@cache
def person_name_words() -> dict[str, frozenset[str]]:
    """Curated person -> the folded words, without the article, of its Arabic name and aliases."""
    out: dict[str, set[str]] = {}
    for alias, entry in named_entries():
        if entry.type == "PER":
            words = out.setdefault(entry.name, set())
            for text in (alias, entry.name_ar):
                words.update(strip_article(fold(w)) for w in text.split())
    return {name: frozenset(words) for name, words in out.items()}


#: The tagger's name-likeness (:meth:`~khabar.entities.tagger.Tagger.name_likeness`) a word before a
#: curated person's match needs to open another name: given names score 4 and more (سناء, مالك,
#: جيرالد), the nouns a span may swallow less (مستشارو, فيلم, رمزية, لانتحاريي).
MIN_GIVEN_NAME_LIKENESS = 3.0


def without_shared_names(matches: list[Match], spans: list[Span], tokens: list[Token], lex: Lexicon,
                         likeness: Callable[[str], float] | None) -> list[Match]:
    """The unit's matches less the curated persons' matches inside another person's longer name
    (none without the tagger's ``likeness``: no span to read then)."""
    if likeness is None:
        return matches
    return [m for m in matches if not (m.entry.type == "PER"
                                       and (start := longer_name_start(m, spans, matches, tokens, lex)) is not None
                                       and likeness(tokens[start].text) > MIN_GIVEN_NAME_LIKENESS)]


def given_name_openers(matches: list[Match], spans: list[Span], tokens: list[Token],
                       lex: Lexicon) -> tuple[list[Span], list[Match]]:
    """The spans with a PER span for each curated person's match that a listed given name before it
    makes another person's name (see the module docstring), and the matches without those."""
    # (the tagger's lone given name there is the new name's first word: سارة | أوباما)
    lone = {s.first: s for s in spans if s.type == "PER" and s.first == s.last and not s.clitic}
    taken = {i for s in spans if s.first not in lone for i in range(s.first, s.last + 1)}
    taken |= {i for m in matches for i in range(m.first, m.last + 1)}
    openers = {m.first - 1: m for m in matches if m.entry.type == "PER" and m.entry.kind == "named"
               and m.first - 1 not in taken and _opens_another_name(m, tokens, lex)}
    if not openers:
        return spans, matches
    dropped = {id(m) for m in openers.values()}
    kept = [s for s in spans if s.first not in openers or s.first not in lone]
    added = [Span(i, m.last, "PER") for i, m in openers.items()]
    return sorted(kept + added, key=lambda s: s.first), [m for m in matches if id(m) not in dropped]


@cache
def _opener_stops() -> frozenset[str]:
    """The words of ``opener_stops.txt`` as :func:`~khabar.entities.givennames.written_key` reads them."""
    return frozenset(map(written_key, word_list("opener_stops")))


def _opens_another_name(m: Match, tokens: list[Token], lex: Lexicon) -> bool:
    """A listed given name, none of the person's own words, is right before match ``m`` written
    without a proclitic, and no own word or given name is right before that given name."""
    g = m.first - 1
    if g < 0 or m.clitic or lex.keys.proclitic_length(tokens[m.first].text) \
            or not listed_given_name(tokens[g].text) or tokens[g].end == tokens[m.first].start \
            or written_key(tokens[g].text) in _opener_stops():
        return False
    own = person_name_words().get(m.entry.name, frozenset())
    if not _foreign_name_word(tokens[g], g, own, [], lex):
        return False
    before = tokens[g - 1] if g > 0 else None
    return before is None or before.kind != "word" or not (
        listed_given_name(before.text) or fold(before.text) in folded_word_list("name_links")
        or lex.keys.key(before.text) in own
        or strip_article(fold(before.text)) in own)


def longer_name_start(m: Match, spans: list[Span], matches: list[Match], tokens: list[Token],
                      lex: Lexicon) -> int | None:
    """The first token of the tagger's PER spans ending with the curated person's match ``m``, when
    one of them holds it after other words that make it another person's name (see the module
    docstring); None otherwise.  Only words before the match count: after it the tagger's span runs
    on over verbs and adverbs as often as over a surname (ترامب تليفونيا)."""
    if m.entry.kind != "named":
        return None
    before = [s for s in spans if s.type == "PER" and s.first < m.first and s.last == m.last]
    own = person_name_words().get(m.entry.name, frozenset())
    if not any(all(_foreign_name_word(tokens[i], i, own, matches, lex) for i in range(s.first, m.first))
               for s in before):
        return None
    return min(s.first for s in before)


def _foreign_name_word(tok: Token, i: int, own: frozenset[str], matches: list[Match], lex: Lexicon) -> bool:
    """Token ``tok`` (at ``i``) is a name word that is not the person's: a word without the article,
    no match (a title, a nationality), no honorific, and none of the person's own name words."""
    if tok.kind != "word" or any(o.first <= i <= o.last for o in matches):
        return False
    key, whole = lex.keys.key(tok.text), fold(tok.text)
    if whole[lex.keys.proclitic_length(tok.text):].startswith("ال"):
        return False  # an epithet (القائد الحكيم كيم جونغ أون): a given name has no article
    if key in own or strip_article(whole) in own or whole in folded_word_list("honorifics") or key in demonym_keys():
        return False
    return not spells_own_word(key, own)


def spells_own_word(key: str, own: frozenset[str]) -> bool:
    """The folded word is another spelling of one of a person's own name words ``own``: a
    transliterated name's (جيم, ديديي for جيمس, ديدييه; فرنسوا for فرانسوا), the skeletons of the two
    opening alike."""
    letters = _consonants(key)
    return bool(letters) and any(o.startswith(letters) or letters.startswith(o) for o in map(_consonants, own) if o)


def _consonants(word: str) -> str:
    """The word's letters without long vowels, hamza carriers or the final ه/ة, and with the
    letters transliterations swap as one (g: غ, ج, ق, ك; t: ت, ط; s: س, ص; d: د, ض; z: ز, ذ): the
    skeleton spellings share (أنطوني, أنتوني)."""
    return word.translate(_SKELETON)


_SKELETON = str.maketrans({**dict.fromkeys("اويىهةءأإآئؤ", None), **dict.fromkeys("غجقك", "g"), **dict.fromkeys("تط", "t"),
                               **dict.fromkeys("سص", "s"), **dict.fromkeys("دض", "d"), **dict.fromkeys("زذ", "z")})
