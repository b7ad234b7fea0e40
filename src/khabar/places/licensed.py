"""Names the gazetteer lacks and the entities stage did not tag, licensed by the word before them:
an airport, port, crossing or camp word (مطار، ميناء، معبر، منفذ، مخيم) or a street's (شارع) names the place after it,
and a base word (قاعدة) does when a nisba of its arm follows the name (قاعدة معيتيقة الجوية)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from khabar.arabic.fold import fold_word, fold_words_at_once
from khabar.places.gazetteer import common_words, deed_nouns, designators, gazetteer, stop_names, street_heads
from khabar.places.match import DESIGNATOR_CLITICS

#: Designator features whose word names the place after it, tagged or not: a facility or camp is
#: named right after its word (مطار بلاكبوش، منفذ البطحاء), where مدينة, منطقة, جهة are as often
#: followed by an adjective or a common noun (منطقة عازلة، جهة نظر).
_FACILITIES = frozenset({"airport", "port", "border", "camp"})
#: ... and these only with a nisba adjective of the facility after the name (قاعدة بيانات is a database).
_WITH_NISBA = frozenset({"base"})
_WORD = re.compile(r"\w+")
#: After a designator word: the name's word and a possible definite nisba after it.
_AFTER = re.compile(r"\s+(\w+)(?![\w\u064b-\u0652])(?:\s+(ال\w+(?:ية|ي))(?![\w\u064b-\u0652]))?")
_NISBA = re.compile(r"(?:ي|يه|ية|يون|يين|يان|يتان)$")
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")


@lru_cache(maxsize=1)
def _licensing() -> dict[str, str]:
    """Folded designator word -> feature, for the designators that license an unknown name."""
    return {w: feature for w, (feature, in_span) in designators().items()
            if in_span and feature in _FACILITIES | _WITH_NISBA} | dict.fromkeys(street_heads(), "street")


def _plausible_name(word: str) -> bool:
    """A word that can be a name: Arabic letters, no conjunction or preposition opening it (مطار
    وميناء، مطار بغرب البلاد), no frequent word, adjective or known name."""
    folded = fold_word(word)
    if not _ARABIC.match(word) or len(folded) < 3 or (_NISBA.search(folded) and not folded.startswith("ال")):
        # (an indefinite nisba is an adjective, مطار دولي; a definite word in ية a name: ميناء الحمرية)
        return False
    if folded.startswith(("لل", "بال", "فال", "وال", "كال")):
        return False  # a clitic and the article: a common noun (مخيم للأمم المتحدة), never a name
    bare = folded[1:] if folded[0] in DESIGNATOR_CLITICS else folded
    if folded[0] == "و" or folded in common_words() or bare in common_words() or bare in designators():
        return False
    if bare.removeprefix("ال") in deed_nouns():
        return False  # منفذ الهجوم، منفذ اعتداء: the perpetrator of a deed, no crossing
    return folded not in stop_names() and folded not in gazetteer() and bare not in gazetteer()


def _may_license(text: str) -> bool:
    """Whether some word of ``text`` may fold to a designator word (or to one after a proclitic):
    a designator word in a word's fold is in the whole text's fold.  Most units name no airport,
    port, crossing, camp, base or street, and one fold of the whole text spares them a fold per word."""
    folded = fold_words_at_once(text)
    return folded is None or any(word in folded for word in _licensing())


def licensed_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, feature) of each facility named after its word: the designator (with its
    proclitic), the name and, for a base, its nisba (بقاعدة معيتيقة الجوية)."""
    if not _may_license(text):
        return
    licensing = _licensing()
    for w in _WORD.finditer(text):
        word = fold_word(w.group())
        feature = licensing.get(word) or (licensing.get(word[1:]) if word[:1] in DESIGNATOR_CLITICS else None)
        m = _AFTER.match(text, w.end()) if feature is not None else None
        if m is None or not _plausible_name(m.group(1)) or (feature in _WITH_NISBA and not m.group(2)):
            continue
        if feature == "street" and not fold_word(m.group(1)).startswith("ال"):
            continue  # (شارع مزدحم، شارع رئيسي: a busy street; a street's name here is definite, شارع الهرم)
        # (the name's first word only: a word after it is as often an adverb or verb, مطار X صباحا)
        yield w.start(), m.end(2) if m.group(2) else m.end(1), feature
