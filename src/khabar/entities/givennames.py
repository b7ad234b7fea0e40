"""Run a person's span on leftwards over a given name the tagger left out of it: the tagger often
reads the family name of an unknown person as a name and the given name before it as a plain word
(علي | القحطاني, توم | واتسون, كايلي | جينر), or links the family name alone to a curated person
of that surname (وليام شوماخر read as Michael Schumacher).

A word right before a PER span joins it when it is a given name: a word of ``given_names.txt``
(common Arab given names, kept free of function words: على folds like علي, so the tagger's own
score cannot tell them apart; the commonest of them are stop words too), or a name word of the
curated people or farasa's people that the tagger scores as a person's first word
(:data:`MIN_LIKENESS`) and is no stop word (not أن, هو, ما, which those lists hold too).  It must
be a word alone: no article, no finite verb (فيرى), no title or honorific (أمير, سلطان), and in no
other span or lexicon match (the surname of the name before it in a list, a country: وزير خارجية
كوبا برونو رودريغيز), and the span must not open with و (سعد ومراد بوريكي is two people).  A
one-word span of the tagger's that is a listed given name right before the given names taken joins
too (محمد | علي | كمون; not هشام ماجد | محمد سعد, a list's previous name).  A listed given name
glued to و (وفيصل) joins without the و, which stays out of the mention (``Span.clitic``, as
:mod:`.cliticsplit` marks a name it splits off at its و).  At most two words are taken (مسلم سقا
أميني)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from khabar.arabic import Token
from khabar.arabic.normalize import strip_marks
from khabar.arabic.verbs import is_finite_verb
from khabar.entities.bodies import Span
from khabar.entities.builder import title_openers
from khabar.entities.cliticsplit import clitic_length, written_names
from khabar.entities.keys import fold
from khabar.entities.lexicon import folded_word_list, word_list
from khabar.entities.matcher import Match

#: The tagger's name-likeness a listed name word needs to count as a given name (given names score
#: 4 and more: سارة 4.5, جياني 4.0; function words the name lists hold score below 1: أن, على).
MIN_LIKENESS = 3.0
#: Given-name words taken before one span.
MAX_WORDS = 2


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The words of ``given_names.txt`` as :func:`written_key` reads them."""
    return frozenset(map(written_key, word_list("given_names")))


def listed_given_name(word: str) -> bool:
    """The word as written is a listed given name (وسام, وليد, وائل): no و to cut off it."""
    return written_key(word) in given_names()


def glued_to_given_name(word: str) -> bool:
    """و glued to a listed given name that is none as written (وسامر, ومهند, ووسام; not وليد, وائل,
    listed themselves): the conjunction, whatever the name lists say of the whole (they hold وسامر)."""
    return word.startswith("و") and len(word) > 3 and written_key(word[1:]) in given_names() \
        and written_key(word) not in given_names()


def written_key(word: str) -> str:
    """The word without marks, its hamza on alef dropped, and ى kept apart from ي (folding both
    would read the preposition على as the name علي)."""
    return strip_marks(word).translate(_ALEFS)


_ALEFS = str.maketrans(dict.fromkeys("أإآ", "ا"))


def with_given_names(spans: list[Span], tokens: list[Token], matches: list[Match],
                     likeness: Callable[[str], float] | None) -> list[Span]:
    """The spans with each PER span that starts on no proclitic run on over the given names right
    before it (see the module docstring); other spans as they are."""
    if likeness is None or not any(s.type == "PER" and s.first > 0 for s in spans):
        return spans

    def taken(i: int) -> bool:  # (asked of given names only: most spans have none before them)
        return any(s.first <= i <= s.last for s in spans) or any(m.first <= i <= m.last for m in matches)

    lone_given = {s.first: s for s in spans if s.type == "PER" and s.first == s.last and not s.clitic
                  and written_key(tokens[s.first].text) in given_names()}
    out, absorbed = [], set()
    for sp in spans:
        # (a span opening with و continues a list: the word before it is the last name's)
        if sp.type == "PER" and not sp.clitic and not _opens_with_conjunction(tokens[sp.first].text):
            first, clitic = sp.first, 0
            while not clitic and sp.first - first < MAX_WORDS and first > 0 \
                    and _given_name_word(tokens[first - 1], likeness) and not taken(first - 1):
                first -= 1
                if _opens_with_conjunction(tokens[first].text):  # (وفيصل: the name starts past the و,
                    clitic = clitic_length(tokens[first].text)  # and nothing before it joins)
            if first != sp.first and not clitic and first - 1 in lone_given:
                # محمد | علي | كمون: the tagger's lone given name opens the name the given name joined
                absorbed.add(first - 1)
                first -= 1
            if first != sp.first:
                sp = Span(first, sp.last, sp.type, clitic)
        out.append(sp)
    return [s for s in out if not (s.first in absorbed and s.first == s.last)]


def _given_name_word(tok: Token, likeness: Callable[[str], float]) -> bool:
    """The token is a given name, or و and a listed given name that is none as written (وفيصل, not
    وليد)."""
    if tok.kind != "word":
        return False
    if is_given_name(tok.text, likeness):
        return True
    if not _opens_with_conjunction(tok.text):
        return False
    rest = tok.text[clitic_length(tok.text):]  # (only a listed name: وجود is existence, not و + جود)
    return written_key(rest) in given_names() and is_given_name(rest, likeness)


def _opens_with_conjunction(word: str) -> bool:
    return word.startswith("و") and fold(word) not in written_names()


def is_given_name(word: str, likeness: Callable[[str], float]) -> bool:
    """A word alone (no article) that is a listed given name, or a name word of the curated or farasa
    people the tagger scores as a person's first word; no title opener, stop word or finite verb."""
    key = fold(word)
    if len(key) < 3 or key.startswith(("ال", "لل")):
        return False
    # (the commonest given names are among the stop words: محمد, علي)
    listed = written_key(word) in given_names()
    if not listed and (key not in written_names() or key in folded_word_list("stopwords")):
        return False
    if key in title_openers() or not listed and likeness(word) <= MIN_LIKENESS:
        return False
    return not is_finite_verb(word)
