"""The country an article is written from (its *home*): the dateline's place, else its outlet's
country (a national outlet of the media lexicon named by the record's source or its address, not
one of ``international_media.txt``; or the country code ending the address: okaz.com.sa).  A bare
institution (وزارة الخارجية, البرلمان) belongs to the home country where the article's own
evidence for another is weak (see :func:`khabar.entities.coref.dominant_country`)."""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.entities.builder import Builder
from khabar.entities.cues import countries_by_iso
from khabar.entities.lexicon import named_entries, word_list
from khabar.model import Source

#: The host of an address after its scheme: past any user name, up to a port, path, query or fragment.
_HOST = re.compile(r"(?:[^@/?#]*@)?([^/?#:]*)")


def _compact(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


@lru_cache(maxsize=1)
def media_countries() -> dict[str, str]:
    """Compacted English name of a national media outlet (``jawharafm``, ``okaz``) -> its country;
    an international one (``france24``) -> '' (no home).  A name qualified in brackets (Al Riyadh
    (newspaper), Al Watan (Qatar)) is also known without them (``alriyadh``) where no outlet of
    another country shares the bare name (Al Watan is Qatari, Saudi, Egyptian and Syrian)."""
    international = word_list("international_media")
    outlets = {e.name: "" if e.name in international else e.country
               for _, e in named_entries() if e.group == "media" and e.country}
    bare: dict[str, set[str]] = {}
    for name, country in outlets.items():
        if "(" in name:
            bare.setdefault(_compact(name.split("(", 1)[0]), set()).add(country)
    unambiguous = {key: cs.pop() for key, cs in bare.items() if len(cs) == 1}
    return unambiguous | {_compact(name): country for name, country in outlets.items()}  # a full name wins


def outlet_country(source: Source) -> str | None:
    """The outlet's country: its name in the record's source (``ant/JawharaFM``) or in its address
    (www.okaz.com.sa) as a media lexicon outlet, else the address's country code."""
    # (the host by hand: urlsplit costs more than the rest of this per article)
    host = _HOST.match(source.url.split("//", 1)[-1]).group(1).lower() if source.url else ""  # type: ignore[union-attr]
    return _outlet_country(source.outlet or "", host)


@lru_cache(maxsize=4096)
def _outlet_country(outlet: str, host: str) -> str | None:
    """:func:`outlet_country` of a record's source and address host (an outlet's articles share both)."""
    labels = [lab for lab in host.split(".") if lab != "www"]
    names = media_countries()
    for name in (outlet.rsplit("/", 1)[-1], *labels[:1]):
        if name and _compact(name) in names:
            return names[_compact(name)] or None
    tld = labels[-1] if labels else ""
    if len(tld) == 2 and tld not in word_list("generic_tlds") and tld.upper() in countries_by_iso():
        return tld.upper()
    return None


def home_country(b: Builder, source: Source) -> str | None:
    """The dateline's country (a place named there), else the outlet's."""
    for eid, ent in b.entities.items():
        iso = b.country_of.get(eid)
        if iso and ent.type == "GPE" and any(m.field == "dateline" for m in ent.mentions):
            return iso
    return outlet_country(source)
