"""A noun of a kind of state (المملكة, السلطنة; ``state_nouns.tsv``) that no antecedent named with
the noun itself takes (:mod:`khabar.entities.anaphora`: المملكة after المملكة العربية السعودية) names
the country of that kind the article speaks of: the home country if it is of that kind (a Saudi
paper's المملكة is Saudi Arabia though the article names Jordan: الحدود الشمالية للمملكة مع الأردن),
else the only one it names (الأردن ... المملكة), else, of none, the table's default if any (a bare المملكة in Arabic news is Saudi Arabia where no other kingdom is
named; السلطنة with no Oman named is the rapture of a song, no sultanate)."""

from __future__ import annotations

from khabar.entities.builder import Builder, country_entity, norp_entity
from khabar.entities.cues import countries_by_iso


def state_named(b: Builder, states: tuple[str, ...], default: str | None, home: str | None) -> str | None:
    """The country (iso2) among ``states`` a bare state noun names, if any: ``home`` if among them;
    ``default`` where the article names none of them (a country is named by its name or its people: السعوديات)."""
    if home in states:
        return home
    named = [iso for iso in states if _named(b, iso)]
    if len(named) == 1:
        return named[0]
    return None if named else default


def _named(b: Builder, iso: str) -> bool:
    entry = countries_by_iso().get(iso)
    return entry is not None and (country_entity(iso).id in b.entities  # type: ignore[union-attr]
                                  or norp_entity(entry).id in b.entities)
