"""The voice of a speech verb as written: a passive reports with no speaker.

A damma on the first letter marks the passive (كُشفت), unless the stem keeps the active's long ā
(قُال: a slip of the vowelling) or the letter is a present prefix, whose damma also marks the
active of derived verbs (تُعلن، يُعتقد: voice unknown).  Used by :mod:`khabar.quotes.verbs`.
"""

from __future__ import annotations

from khabar.quotes.context import Unit
from khabar.quotes.cue_shapes import complementizer
from khabar.quotes.lexicon import in_class, key
from khabar.quotes.names import definite

#: Present-tense prefixes: a damma on them does not tell the passive.
PRESENT_PREFIXES = "يتن"
#: The long ā of a hollow or third-form active stem (قال، أضاف، تابع), never written in the passive.
_LONG_A = "ا"
#: How far after a 'one of' predicate a complementizer makes من the active's (يرى الوزير من الضروري أن).
_PREDICATE_REACH = 5
#: من inside a subject is partitive (الكثير من الخبراء), not a predicate.
_FROM = key("من")


def passive(unit: Unit, i: int) -> bool:
    """A passive speech verb reports with no speaker: a damma written on its first letter (كُشفت)،
    a spelling no active form has (قيل، أفيد، أشير), or a relaying verb with عن and no subject
    between them (ونقل عن مصادر أن ...)."""
    text, first = unit.tokens[i].text, _stem_start(unit, i)
    form = unit.cue_form(i)
    return (_damma_on(text, first) and text[first] not in PRESENT_PREFIXES and not _keeps_long_a(unit, i, first)) \
        or _derived_passive(text, first) \
        or (form is not None and form.passive) or bool(unit.phrase_at(i, "relayed_from", 2))


#: The connecting alif of the derived stems (اتهم، اعتبر، استنكر), written with no hamza.
_CONNECTING_ALIF = "ا"


def _derived_passive(text: str, first: int) -> bool:
    """اتُهم، اعتُبر، استُنكر: the passive of a stem with a connecting alif puts its damma on the
    letter after it or the infixed ت one further; the active never vowels them with a damma
    (اتَّهم، اعتَبر), so the damma there marks the passive even when the alif itself carries none."""
    return text[first:first + 1] == _CONNECTING_ALIF and (_damma_on(text, first + 1) or _damma_on(text, first + 2))


def _damma_on(text: str, first: int) -> bool:
    return text[first + 1:first + 2] == "\u064f"


def _keeps_long_a(unit: Unit, i: int, first: int) -> bool:
    """قُال، أُضاف، وأُفاد: the word keeps the active's long ā inside its stem, which the passive
    spells ي or و (قيل، أضيف، أفيد، طولب): the damma is a slip of the vowelling, not the passive."""
    return _LONG_A in unit.keys[i][first + 1:-1]


def voice_unknown(unit: Unit, i: int) -> bool:
    """تُعلن، يُعتقد: a damma on a present prefix marks both the passive and the active of derived
    verbs; such a verb is left out rather than given a speaker it may not have."""
    text, first = unit.tokens[i].text, _stem_start(unit, i)
    return _damma_on(text, first) and text[first] in PRESENT_PREFIXES


def _stem_start(unit: Unit, i: int) -> int:
    """Where the verb at ``i`` starts after a conjunction و/ف (1), else 0."""
    return 1 if unit.keys[i][:1] in ("و", "ف") and len(unit.keys[i]) > 3 else 0


def considered_predicate(unit: Unit, j: int, stop: int) -> bool:
    """Token ``j``, right after the subject of a singular present of considering (passive_present),
    opens the passive's predicate: 'one of' or a superlative (تعتبر شخصية جحا من الشخصيات، يعتبر X
    أحد أبرز، التي تعتبر إحدى أكبر; cues.tsv considered_predicate).  The active puts its object
    first (يعتبر الخبراء الخطوة إحدى ...), and من before a complementizer is the active's view
    (يرى الوزير من الضروري أن)."""
    if j >= stop or not in_class("considered_predicate", unit.bare(j)):
        return False
    return not any(complementizer(unit, k) for k in range(j + 1, min(stop, j + 1 + _PREDICATE_REACH)))


def predicate_in_subject(unit: Unit, first: int, end: int, stop: int) -> bool:
    """A passive's predicate inside the words read as the subject (tokens ``first`` to ``end``):
    a 'one of' or superlative word after a definite word or a name (يعتبر الشاعر الراحل أحد رواد،
    يعتبر قيس بن الملوح أحد القيسين), where after an indefinite head it is a construct's genitive
    (رئيس أكبر حزب).  Not من, which inside a subject is partitive (الكثير من الخبراء)."""
    for k in range(first + 1, end):
        if unit.bare(k) != _FROM and considered_predicate(unit, k, stop) and (
                definite(unit.keys[k - 1]) or any(m.end == unit.tokens[k - 1].end
                                                  for m in unit.mentions_at(unit.tokens[k - 1].end - 1))):
            return True
    return False
