"""Drop the words marked with tanwin (ً ٌ ٍ) off the edges of the tagger's spans: a writer marks
an indefinite noun, adjective or adverb so (مآسٍ, موتًا, غالياً, لغويًا, ابتهالاً), never a person's
or a body's name, yet the tagger reads such rare-looking words as names (شيماء سيف عروساً, فهد
الكبيسي ابتهالاً).  A span of such words alone names nothing.  The lexicons' and gazetteers' matches
are left alone: what a country's name with tanwin reads as (سوريًا, تركيًا: an adverb or an
adjective) is for the matcher to say."""

from __future__ import annotations

from khabar.arabic import Token
from khabar.arabic.normalize import has_tanwin
from khabar.entities.bodies import Span


def without_tanwin_words(spans: list[Span], tokens: list[Token]) -> list[Span]:
    """The spans less their edge words with tanwin; spans of such words alone dropped."""
    out = []
    for sp in spans:
        first, last = sp.first, sp.last
        while first <= last and has_tanwin(tokens[last].text):
            last -= 1
        while first <= last and has_tanwin(tokens[first].text):
            first += 1
        if first > last:
            continue
        out.append(sp if (first, last) == (sp.first, sp.last) else Span(first, last, sp.type, sp.clitic if first == sp.first else 0))
    return out
