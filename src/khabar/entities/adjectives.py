"""One-word tagger names that are a relational adjective of the noun before them (نظام شمسي a solar
system, كوكب غازي a gas planet, حي استيطاني a settlers' quarter, الملعب الأولمبي the Olympic
stadium, الفيلم الأفريقي the African film): the tagger reads شمسي, غازي and الأولمبي as names, since
they are names too (غازي is a given name), but an adjective agreeing with a plain noun before it
(both with the article or both without) names nothing there, nor does any word without it after a
noun of manner (بشكل سليم, بصورة شائعة: ``manner_nouns.txt``); without the article, one the corpus's
frequent words hold with it too (الشمسي: ``clusters.tsv``; a name is seldom so written: هنيدي,
همنغواي).  A word after a name-like word
(محمد الزهراني), a title (الشاعر الرشيد), a verb (قال الرشيد) or punctuation keeps its reading, and
so does one in construct after a head or place noun (مدينة كوباني, فريق حماقي), a given name (منة
شلبي, هند صبري) or a word opening with و or ف (ووضعت, وعلق: a verb more often than a noun): the
caller's ``noun_before``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from khabar.arabic import Token
from khabar.entities.clusters import word_clusters
from khabar.entities.keys import fold
from khabar.entities.lexicon import folded_word_list
from khabar.entities.verbtrim import reads_as_verb

#: Endings of a relational adjective (folded: شمسي, الأولمبيه).
_ADJECTIVE_ENDINGS = ("ي", "يه")
#: Name-likeness (the tagger's) a word before may have and still be a plain noun.
_PLAIN_NOUN = 0.0
#: Tagger types an adjective is read as by mistake (a body's name may end in one: ORG is left).
_TYPES = ("PER", "GPE", "LOC")


def qualifies_noun(tokens: Sequence[Token], i: int, type_: str, likeness: Callable[[str], float] | None,
                   is_definite: Callable[[int], bool], noun_before: Callable[[int, bool], bool]) -> bool:
    """Token ``i``, a one-word tagger span of ``type_``, is a relational adjective agreeing with the
    plain noun before it (``noun_before(k, definite)``: token ``k``, with the article or not, may be
    a noun an adjective follows)."""
    if likeness is None or type_ not in _TYPES or i == 0:
        return False
    before, word = tokens[i - 1], fold(tokens[i].text)
    if fold(before.text) in manner_nouns() and not word.startswith("ال"):
        return True  # بشكل سليم, بصورة شائعة: an adverb of manner (manner_nouns.txt)
    if before.kind != "word" or len(word) < 4 or not word.endswith(_ADJECTIVE_ENDINGS) \
            or tokens[i].text.endswith("ى"):  # (مرتضى: folded like a nisba, no adjective)
        return False
    definite = is_definite(i)
    if not definite and "ال" + word not in word_clusters():
        return False  # (a name is seldom written with the article: هنيدي, همنغواي; شمسي is الشمسي too)
    return definite == is_definite(i - 1) and likeness(before.text) <= _PLAIN_NOUN \
        and not reads_as_verb(before.text) and noun_before(i - 1, definite)


def manner_nouns() -> frozenset[str]:
    """Folded nouns of manner after ب (``manner_nouns.txt``: بشكل, بصورة)."""
    return folded_word_list("manner_nouns")
