"""Counts written in Arabic: the noun agrees with the number (resources/counted.tsv).

Arabic has six plural forms, not two: مقالة واحدة, مقالتان, 3 مقالات, 11 مقالة, 100 مقالة; a page
writing «1 أحداث» or «6 نتيجة» reads as a machine's to an Arabic reader.  The rule is CLDR's.
"""

from functools import cache

from khabar.datafiles import resource_text, tsv_rows

#: The columns of counted.tsv after the noun, in order.
CATEGORIES = ("zero", "one", "two", "few", "many", "other")


@cache
def noun_forms() -> dict[str, dict[str, str]]:
    """noun -> {plural category: its form, ``{n}`` standing for the number}."""
    return {noun: dict(zip(CATEGORIES, forms, strict=True))
            for noun, *forms in tsv_rows(resource_text("khabar.web", "counted.tsv"))}


def plural_category(n: int) -> str:
    """The CLDR plural category of the whole number ``n`` in Arabic."""
    if n in (0, 1, 2):
        return CATEGORIES[n]
    rest = n % 100
    return "few" if 3 <= rest <= 10 else "many" if 11 <= rest <= 99 else "other"


def counted(n: int, noun: str) -> str:
    """``n`` things of ``noun`` (a row of counted.tsv: article, event...) in Arabic: 1 -> مقالة
    واحدة, 2 -> مقالتان, 6 -> 6 مقالات, 11 -> 11 مقالة; an unknown noun is a KeyError (a typo in a
    template should fail its test, not print a wrong word)."""
    return noun_forms()[noun][plural_category(n)].replace("{n}", str(n))
