"""Speech-verb participles that are adjectives.

Undiacritised, a Form II or IV participle is active and passive at once: مؤكد 'confirming' and
'confirmed', مبرر 'justifying' and 'justified'.  After غير (توقعات غير مبررة، أنباء غير مؤكدة),
or joined by و to an indefinite adjective in the accusative before it (نقاشاً منطقياً ومبرراً),
it describes a noun: it introduces no content and ends none.  The words after which a
participle is an adjective are the cues.tsv class adjective_lead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.quotes.lexicon import lookup_cue

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
