"""Speech-verb participles that are adjectives.

Undiacritised, a Form II or IV participle is active and passive at once: مؤكد 'confirming' and
'confirmed', مبرر 'justifying' and 'justified'.  After غير (توقعات غير مبررة، أنباء غير مؤكدة),
or joined by و to an indefinite adjective in the accusative before it (نقاشاً منطقياً ومبرراً),
it describes a noun: it introduces no content and ends none.  The words after which a
participle is an adjective are the cues.tsv class adjective_lead.

A past speech verb spelt like a plural adjective (the class plural_adjective: جدد 'renewed' and
جُدد 'new') describes the indefinite noun right before it (عمال جدد، ناخبين جدد من السود): no cue.

A title word that is also an adjective (the class construct_title: كبير، كبيرة) is a title only
heading a construct (كبير المفاوضين، كبير مستشاري الرئيس، كبيرة الاقتصاديين); after a noun it
agrees with (هجوم كبير تعرض له، خسائر كبيرة تكبدها) it describes that noun and opens no name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.arabic.verbs import is_finite_verb
from khabar.quotes.lexicon import complementizers, lookup_cue

if TYPE_CHECKING:
    from khabar.quotes.context import Unit

#: Tanween fath, written on the alif or before it: the mark of an indefinite accusative (منطقياً).
_TANWEEN = ("اً", "ًا")
#: Unmarked, a relational adjective in the accusative ends in يا (منطقيا، طبيعيا); a pronoun
#: (حروفها) or a shorter word (إذا، هنا) also ends in ا but is none.
_NISBA_ACCUSATIVE = "يا"
MIN_ADJECTIVE = 5


def adjectival_participle(unit: Unit, i: int) -> bool:
    """The participle at ``i`` describes a noun: after غير (توقعات غير مبررة، أنباء غير مؤكدة),
    or joined by و to an indefinite adjective in the accusative before it (نقاشاً منطقياً ومبرراً)."""
    if i == 0:
        return False
    if unit.is_a(i - 1, "adjective_lead"):
        return True
    if unit.keys[i][:1] != "و" or unit.tokens[i - 1].kind != "word":
        return False
    before = unit.tokens[i - 1].text
    key = unit.keys[i - 1]
    accusative = before.endswith(_TANWEEN) or (key.endswith(_NISBA_ACCUSATIVE) and len(key) >= MIN_ADJECTIVE)
    return accusative and not key.startswith(("ال", "وال")) and lookup_cue(key) is None \
        and not unit.is_a(i - 1, "adjunct")


#: Word classes after which a verb stands in its own clause, so a word before a plural_adjective
#: spelling in one of them is no noun it describes (قد جدد، كما جدد، حيث جدد، أنه جدد، أمس جدد).
_CLAUSE_WORDS = ("aux", "verb_lead", "relative", "pronoun_particle", "negation", "adjunct", "pronoun",
                 "contrast", "complementizer", "statement_lead")


def plural_adjective(unit: Unit, i: int) -> bool:
    """The word at ``i`` (without a conjunction) is a plural adjective, not a verb: an indefinite
    noun stands right before it (توظيف عمال جدد، استمالة ناخبين جدد، زبائن جدد): no article, no
    name, no cue, no word after which a verb opens its clause (قد جدد، كما جدد، أنه جدد، أمس جدد)."""
    if i == 0 or not unit.is_a(i, "plural_adjective") or unit.keys[i][:1] in "وف" \
            or unit.tokens[i - 1].kind != "word":
        return False
    before = unit.keys[i - 1]
    return not before.startswith(("ال", "وال")) and lookup_cue(before) is None \
        and before not in complementizers() and not unit.mentions_at(unit.tokens[i - 1].start) \
        and not unit.time_word(i - 1) and not any(unit.is_a(i - 1, cls) for cls in _CLAUSE_WORDS)


#: A construct plural heading a genitive ends in ي (مستشاري الرئيس), or in يـ before a pronoun (محلليها).
_CONSTRUCT_PLURAL = "ي"
_PRONOUNS = ("ها", "هم", "ه")
MIN_CONSTRUCT_PLURAL = 5


def heads_construct(unit: Unit, i: int) -> bool:
    """The word at ``i`` heads a construct: the word after it is its genitive, definite (كبير
    المفاوضين، كبيرة الاقتصاديين) or a construct plural (كبير مستشاري الرئيس، كبير محلليها), or no
    noun stands before it to describe (وأعلن كبير أساقفة كانتربري).  After a noun, before a verb
    or an indefinite word (هجوم كبير تعرض له، قلق كبير أصاب، مسؤول كبير إن) it is an adjective."""
    after = i + 1
    if after >= len(unit.tokens) or unit.tokens[after].kind != "word" or is_finite_verb(unit.tokens[after].text):
        return False
    if _genitive(unit.keys[after]):
        return not unit.is_a(after, "relative_clause")  # خسائر كبيرة التي: a clause, no genitive
    return i == 0 or unit.tokens[i - 1].kind != "word" or lookup_cue(unit.keys[i - 1]) is not None \
        or is_finite_verb(unit.tokens[i - 1].text)


def _genitive(word_key: str) -> bool:
    """A word that may be the genitive of a construct: definite, or a construct plural."""
    if word_key.startswith("ال") and len(word_key) > 3:
        return True
    bare = next((word_key[:-len(p)] for p in _PRONOUNS if word_key.endswith(p)), word_key)
    return bare.endswith(_CONSTRUCT_PLURAL) and len(bare) >= MIN_CONSTRUCT_PLURAL
