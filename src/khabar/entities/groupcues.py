"""An armed group's form that is also a common word (``armed_groups.tsv``'s ``cued`` column:
القاعدة, "the base" or "the rule", as often as al-Qaeda in news text): the group only where the text
says so next to it.

The lexicon matches such a form as an entry of kind ``cued_group`` and :func:`with_group_cues`
resolves it in every :meth:`~khabar.entities.matcher.Lexicon.find`, as :mod:`khabar.entities.clubs`
resolves a club's sport-only form: it is the group right after a noun of a group, its members or
leaders (``armed_group_cues.tsv``, side ``before``: زعيم القاعدة, مسلحي القاعدة) or joined by و to
another armed group (داعش والقاعدة, القاعدة وطالبان) or alone in quotes («القاعدة»), unless an adjective of a base or a foundation
follows (side ``after``, or a feminine nationality adjective: القاعدة الجوية, القاعدة التركية);
elsewhere the reading is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.arabic import Token
from khabar.entities.keys import alias_key, fold, word_readings
from khabar.entities.lexicon import words_by

if TYPE_CHECKING:  # the matcher imports this module
    from khabar.entities.matcher import Match

#: Entry kind of an armed group's cued form.
CUED_GROUP = "cued_group"
_GROUP_TABLE = "armed_groups"


@lru_cache(maxsize=1)
def group_cues() -> dict[str, frozenset[str]]:
    """Keys of the words before (``before``) and after (``after``) a cued form that decide it."""
    return words_by("armed_group_cues", "side", alias_key)


def _base_adjective_after(tokens: Sequence[Token], m: Match) -> bool:
    """An adjective of a base right after the form (القاعدة الجوية), or a feminine nationality
    adjective with the article (القاعدة الأمريكية)."""
    from khabar.entities.cues import demonym_keys

    k = m.last + 1
    if k >= len(tokens) or tokens[k].kind != "word":
        return False
    word, key = fold(tokens[k].text), alias_key(tokens[k].text)
    return key in group_cues()["after"] or word.startswith("ال") and word.endswith("يه") and key in demonym_keys()


def _cue_before(tokens: Sequence[Token], m: Match) -> bool:
    return m.first > 0 and not group_cues()["before"].isdisjoint(word_readings(tokens[m.first - 1].text))


def _is_group(match: Match) -> bool:
    return any(e.group == _GROUP_TABLE and e.kind == "named" for e in match.entries)


def _joined_to_group(tokens: Sequence[Token], matches: list[Match], m: Match) -> bool:
    """Another armed group joined to the form by و, before it (داعش والقاعدة) or after it
    (القاعدة وداعش, القاعدة و«داعش»)."""
    def lone_and(i: int) -> bool:  # (و written apart before a quotation mark: القاعدة و«داعش»)
        return 0 <= i < len(tokens) and tokens[i].text == "و"

    for n in matches:
        if n is m or not _is_group(n):
            continue
        if n.last == m.first - 1 and fold(tokens[m.first].text).startswith("و") \
                or n.last == m.first - 2 and lone_and(m.first - 1):
            return True
        if n.first == m.last + 1 and fold(tokens[n.first].text).startswith("و") \
                or n.first == m.last + 2 and lone_and(m.last + 1):
            return True
    return False


def with_group_cues(tokens: Sequence[Token], matches: list[Match], quoted: frozenset[int] | set[int] = frozenset()) \
        -> list[Match]:
    """``matches`` with their ``cued_group`` readings resolved: the group next to a cue or in quotes
    of its own (``quoted``: positions of the words that stood alone between quotation marks, which
    the matcher drops: «القاعدة»; a base or a rule is not so quoted), dropped elsewhere."""
    if not any(e.kind == CUED_GROUP for m in matches for e in m.entries):
        return matches
    out = []
    for m in matches:
        if not any(e.kind == CUED_GROUP for e in m.entries):
            out.append(m)
            continue
        cued = _cue_before(tokens, m) or _joined_to_group(tokens, matches, m) or (m.first == m.last and m.first in quoted)
        if cued and not _base_adjective_after(tokens, m):
            group = next(e for e in m.entries if e.kind == CUED_GROUP)
            out.append(replace(m, entries=(replace(group, kind="named"),)))
        else:
            rest = tuple(e for e in m.entries if e.kind != CUED_GROUP)
            if rest:
                out.append(replace(m, entries=rest))
    return out
