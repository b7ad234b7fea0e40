"""Corrections of farasa's model output for imperfect verbs, which it rarely splits.

farasa's lexicon splits the future marker and verb suffixes (س+يقتل+ون+ها), but its scoring
model, which decides unknown words, almost never does.  Measured on 60,000 words of farasa's own
lexicon (not on the WikiNews evaluation data), where the rules fire they are right:
future س 84% (model 10%), pronoun after it 87% (model 2%), ون/ان/وا after an imperfect prefix 95%
(model 4%).  Rules only fire in a verbal context: no noun proclitic (ال ب ك) before the stem.
"""

from __future__ import annotations

import re

from khabar.arabic.clitics import OBJECT_PRONOUNS, PROCLITICS

_NOUN_PROCLITICS = frozenset({"ال", "ب", "ك", "لل"})
#: Suffixes a verb stem may carry after it: the object pronouns, كن and the first person ي.
_PRONOUNS = frozenset({*OBJECT_PRONOUNS, "كن", "ي"})
_FUTURE = re.compile("^س([يتنأ][\u0621-\u064a]{2,})$")
#: Imperfect verb + plural/dual subject suffix; at least 3 letters between keeps nouns like تلفاز out.
_VERB_SUFFIX = re.compile("^([يتن][\u0621-\u064a]{3,})(ون|ان|وا)$")
#: After the future marker the word is surely a verb: shorter stems and ين (2nd person f.) too.
_FUTURE_VERB_SUFFIX = re.compile("^([يتن][\u0621-\u064a]{2,})(ون|ان|وا|ين)$")


def correct_verbs(segments: list[str]) -> list[str]:
    """Split future س, its object pronoun and verb subject suffixes the model left on the stem."""
    i = 0
    while i < len(segments) - 1 and segments[i] in PROCLITICS:
        i += 1
    before, stem, after = segments[:i], segments[i], segments[i + 1:]
    if _NOUN_PROCLITICS.intersection(before) or not _PRONOUNS.issuperset(after):
        return segments
    head: list[str] = []
    future = _FUTURE.match(stem)
    if future and set(before) <= {"و", "ف"}:
        head, stem = ["س"], future.group(1)
        if not after:
            stem, after = _peel_object(stem)
    verb = (_FUTURE_VERB_SUFFIX if head else _VERB_SUFFIX).match(stem)
    middle = [verb.group(1), verb.group(2)] if verb else [stem]
    return [*before, *head, *middle, *after]


def _peel_object(stem: str) -> tuple[str, list[str]]:
    for pronoun in OBJECT_PRONOUNS:
        if stem.endswith(pronoun) and len(stem) - len(pronoun) >= 3:
            return stem[: -len(pronoun)], [pronoun]
    return stem, []
