"""An event's edition year written right after its name belongs to the mention (كأس العالم 2018,
مونديال 1986, مهرجان كان 2018, كأس آسيا 2019): the name of one edition, which the lexicons and the
head rules end before.  Only a year of four digits (19xx, 20xx, Western or Arabic-Indic digits) after
one space; not a span of years or a season (2014/2015, 2018-2019)."""

from __future__ import annotations

import re

from khabar.entities.builder import Builder

#: A space, a year of the 20th or 21st century, and no digit, slash or dash joined to it.
EDITION_YEAR = re.compile(r"[ \u00a0](?:19|20|١٩|٢٠)[0-9٠-٩]{2}(?![0-9٠-٩/\-])")


def with_edition_years(b: Builder, texts: dict[tuple[str, int], str]) -> None:
    """Run each EVENT mention on over the edition year right after it (``texts``: the article's unit
    texts by (field, paragraph))."""
    for ent in b.entities.values():
        if ent.type != "EVENT":
            continue
        for m in ent.mentions:
            text = texts.get((m.field, m.paragraph), "")
            year = EDITION_YEAR.match(text, m.end)
            if year:
                m.end = year.end()
                m.text = text[m.start:m.end]
