"""The clitics segmentation splits off a word: proclitics before its stem, object pronouns after it.

Shared by :mod:`khabar.arabic.segment` (lexicon readings, the search stem) and
:mod:`khabar.arabic.verb_rules` (corrections of the model's imperfect verbs).
"""

from __future__ import annotations

#: Proclitics, in the order they can stack (و/ف, then ب/ل/ك/س, then ال); ``لل`` stands for ل + ال.
PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "س", "ال", "لل"})
#: Object (and possessive) pronouns a stem may end in, longest first.
OBJECT_PRONOUNS = ("هما", "كما", "ها", "هم", "هن", "كم", "نا", "ه", "ك")
