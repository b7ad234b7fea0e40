"""A country named by the noun of its kind of state alone (المملكة, السلطنة), as the entities stage
linked it (``khabar.entities.statenouns``: a bare المملكة in Arabic news is Saudi Arabia where no
other kingdom is named). The gazetteer cannot read such a noun (مملكة is a designator, and the word
alone names no place); the entities stage's link to a country makes it that country's mention."""

from __future__ import annotations

import re
from collections.abc import Iterator

from khabar.arabic.fold import fold_word
from khabar.model import Article
from khabar.places.gazetteer import Entry, designators, gazetteer

#: The proclitics before the article (و، ف; ب، ك; ل, which swallows the article's alif: للمملكة).
_CLITIC_ARTICLE = re.compile(r"^[وف]?(?:[بك]?ال|لل)")


def _state_noun(word: str) -> bool:
    """The folded ``word`` is a country designator (مملكة، سلطنة، جمهورية) with the article and
    maybe a proclitic, and nothing after it."""
    opening = _CLITIC_ARTICLE.match(word)
    if opening is None:
        return False
    found = designators().get(word[opening.end():])
    return found is not None and found[0] == "country"


def _country_entry(name_ar: str | None) -> Entry | None:
    """The gazetteer's country reading of an entity's Arabic name (السعودية: Saudi Arabia)."""
    if not name_ar:
        return None
    return next((e for e in gazetteer().get(fold_word(name_ar), ()) if e.feature == "country"), None)


def state_noun_mentions(article: Article) -> dict[tuple[str, int], list[tuple[int, int, Entry]]]:
    """(field, paragraph) -> (start, end, country reading) of each one-word mention of a country
    entity that is the noun of its kind of state (المملكة، للمملكة, linked to Saudi Arabia)."""
    out: dict[tuple[str, int], list[tuple[int, int, Entry]]] = {}
    for entity in article.entities:
        if entity.type != "GPE":
            continue
        entry = None
        for mention in entity.mentions:
            if " " in mention.text.strip() or not _state_noun(fold_word(mention.text.strip())):
                continue
            entry = entry or _country_entry(entity.name_ar)
            if entry is None:
                break
            out.setdefault((mention.field, mention.paragraph), []).append((mention.start, mention.end, entry))
    return out


def iter_unit(mentions: dict[tuple[str, int], list[tuple[int, int, Entry]]], field: str,
              paragraph: int) -> Iterator[tuple[int, int, Entry]]:
    """The unit's state-noun mentions in text order."""
    yield from sorted(mentions.get((field, paragraph), ()), key=lambda m: m[0])
