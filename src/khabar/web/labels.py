"""Arabic names for the analysis' codes (entity types, event categories, read from resources/labels.tsv;
countries, by CLDR's names: SA is المملكة العربية السعودية).

The pages are Arabic; a journalist should read «دولة/مدينة» or «اعتداء», not GPE or ASSAULT.  A code
without a name is shown as it is, so a new type never disappears from a page.
"""

from functools import cache
from importlib import resources

from babel import Locale


@cache
def labels() -> dict[tuple[str, str], str]:
    """(kind, code) -> Arabic label."""
    text = resources.files("khabar.web").joinpath("resources/labels.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {(kind, code): label for kind, code, label in rows}


def named_codes(kind: str) -> list[tuple[str, str]]:
    """(code, Arabic label) of one kind, in the table's order: the choices of a form's select."""
    return [(code, name) for (k, code), name in labels().items() if k == kind]


def label(code: str | None, kind: str) -> str:
    """The Arabic name of an entity type (kind "entity_type") or event category ("event_category")."""
    if not code:
        return ""
    return labels().get((kind, code), code)


@cache
def _arabic_territories() -> dict[str, str]:
    return dict(Locale("ar").territories)


def country_name(code: str | None) -> str:
    """The Arabic name of an ISO country code (CLDR's, as the places stage reads countries: LB ->
    لبنان), the code itself when CLDR has none."""
    if not code:
        return ""
    return _arabic_territories().get(code.upper(), code)
