"""Banks, exchanges and companies named by their shape.  After a country (:func:`names_a_country_body`):
the construct form of a body's head, a country and, closing the name, relational adjectives (بنك
قطر العربي, صندوق قطر السيادي) make one body, and so do a bank's or an exchange's head and the
country alone (بورصة الكويت, مصرف لبنان: ``country_body_heads.txt``); elsewhere a head before a
country leaves the country a place (منتخب مصر, فريق قطر), as :meth:`BodyFinder.with_head` reads it.
With a nationality (:func:`company_with_nationality`): a company's or a bank's head, a definite
word and a nationality agreeing with the head are one company (شركة السلام الكويتية, بنك الشعب
الصيني: ``company_heads.tsv``), not one of a trade (شركة النفط الفرنسية: ``trade_nouns.txt``)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from khabar.entities.cues import HEAD_TYPE, READINGS, heads_apart_from_places
from khabar.entities.keys import fold
from khabar.entities.lexicon import folded_word_list, table_records
from khabar.entities.matcher import Match

if TYPE_CHECKING:
    from khabar.entities.bodies import BodyFinder, Span


@cache
def company_heads() -> dict[str, tuple[bool, bool]]:
    """Folded head of ``company_heads.tsv`` -> (feminine, a trade noun after it names no company)."""
    return {fold(r["head"]): (r["gender"] == "f", r["trades"] == "yes") for r in table_records("company_heads")}


def names_a_country_body(finder: BodyFinder, first: int, last: int, item: object) -> bool:
    """The country of Match ``item`` (tokens ``first`` to ``last``, written with no proclitic) follows
    the construct form of a body's head (not an office or district head: مكتب قطر) and is one body's
    name with it: the head is a bank's or an exchange's, or a relational adjective follows the
    country and agrees with the head (بنك تونس العربي الدولي; not the article's clause: منتخب مصر الذي)."""
    head = first - 1
    if not isinstance(item, Match) or item.entry.kind != "country" or head < 0 or head in finder.covered:
        return False
    toks = finder.tokens
    if toks[head].kind != "word" or HEAD_TYPE(finder.cues[head]) != "ORG" or finder.is_definite(head) \
            or finder.lex.keys.proclitic_length(toks[first].text):
        return False
    readings = READINGS(finder.cues[head])
    if not heads_apart_from_places().isdisjoint(readings):
        return False
    return not folded_word_list("country_body_heads").isdisjoint(readings) \
        or last + 1 < len(toks) and finder.is_body_adjective(last + 1) and _agree(finder.texts[head], finder.texts[last + 1])


def _agree(head: str, adjective: str) -> bool:
    """The adjective qualifies the head, not the country between them: both feminine (in ة) or both
    not (صندوق قطر السيادي; in اتحاد ألمانيا الغربية the adjective is the country's: West Germany)."""
    return fold(head).endswith("ه") == fold(adjective).endswith("ه")


def company_with_nationality(finder: BodyFinder, m: Match, taken: set[int]) -> Span | None:
    """The company a nationality match ``m`` closes: the construct form of a head of
    ``company_heads.tsv`` two words before it (a proclitic on the head only), a definite word with
    no proclitic between (neither a head, a nationality, a title nor a stop), and the nationality
    agreeing with the head (شركة السلام الكويتية, بنك الشعب الصيني; the word's own in شركة الخطوط
    الجوية would be no company's), with its remit after ل; not after a trade noun
    (``trade_nouns.txt``: شركة النفط الفرنسية describes a company).  None when no company is named."""
    from khabar.entities.bodies import Span

    word, head = m.first - 1, m.first - 2
    if m.entry.kind != "demonym" or head < 0 or head in taken or word in taken or finder.tokens[head].kind != "word" \
            or finder.is_definite(head) or not finder.is_remit_noun(word) or finder.is_head(word):
        return None
    heads = company_heads()
    found = next((heads[r] for r in reversed(READINGS(finder.cues[head])) if r in heads), None)
    if found is None:
        return None
    feminine, trades = found
    if fold(finder.texts[m.last]).endswith("ه") != feminine \
            or trades and fold(finder.texts[word]) in folded_word_list("trade_nouns"):
        return None
    return Span(head, finder.remit_end(m.last, taken), "ORG", finder.head_clitic(head))
