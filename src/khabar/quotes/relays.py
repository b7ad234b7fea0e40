"""Speech reported through another: a relaying verb, a passive, a verbal noun.

    نقلت وكالة X عن Y أن ...              speaker Y, channel X
    وقيل إن ...، ونقل عن مصدر أمني أن ...   passive: no speaker, or the source after عن
    نقلت وكالة X عن Y قوله إن ...         verbal noun: speaker Y, channel X
"""

from __future__ import annotations

from khabar.quotes.candidate import Candidate, content_kind, content_of, make_candidate
from khabar.quotes.clauses import NEAR, Opener, content_end, opener_at
from khabar.quotes.context import COMMA, Unit
from khabar.quotes.cue_shapes import own_words
from khabar.quotes.extent import phrase_end
from khabar.quotes.lexicon import THING_SUFFIXES, CueForm, in_class, key
from khabar.quotes.names import SpeakerPhrase, make_phrase

#: The verbal noun 'saying' in construct with its speaker (قول سامر), after a relaying verb.
_SAYING = key("قول")


def relayed(unit: Unit, i: int, cue_end: int, opener: Opener, form: CueForm) -> Candidate | None:
    """نقلت وكالة X عن Y أن ...: speaker Y, channel X.  Not ونقلته وسائل إعلام (a channel of a
    statement made before) nor X عن Y قوله (the verbal noun's own attribution)."""
    saying = next((j for j in range(cue_end + 1, opener.token) if saying_of(unit, j)), None)
    if saying is not None and not unit.bare(i).endswith(THING_SUFFIXES):
        split = saying  # ونقلت صحيفة X قول Y: Y speaks, X relays
    else:
        split = next((j for j in range(cue_end, opener.token) if unit.bare(j) == "عن"), None)
        if (unit.bare(i).endswith(THING_SUFFIXES) or split is None or split == cue_end
                or any(own_words(unit, j) for j in range(split + 1, opener.token))):
            return None
    phrase = make_phrase(unit, split + 1, phrase_end(unit, split + 1, opener.token))
    channel = make_phrase(unit, cue_end, split)
    if phrase is None or channel is None:
        return None
    content, kind = content_of(unit, opener)
    cue = (unit.tokens[i].start, unit.tokens[i].end)
    via = (unit.tokens[channel.start].start, unit.tokens[channel.end - 1].end)
    return make_candidate(unit, cue, content, kind, form.gender, phrase=phrase, via=via,
                          when_span=(cue[0], opener.content_start))


def saying_of(unit: Unit, j: int) -> bool:
    """Token ``j`` is the verbal noun 'saying' in construct with who said it (قول سامر، قول
    الوزير): after a relaying verb, the name after it is the speaker (ونقلت صحيفة X قول سامر:).
    Not with a pronoun (قوله), whose speaker is named before it (عن X قوله)."""
    return unit.keys[j] == _SAYING and j + 1 < len(unit.tokens) and unit.tokens[j + 1].kind == "word"


def passive_quote(unit: Unit, i: int, cue_end: int, opener: Opener, form: CueForm) -> Candidate | None:
    """وقيل إن ... (no speaker); ونقل عن مصدر أمني أن ... (the source after عن speaks), unless a
    verbal noun names the source's words (ونقل عن X قوله إن), which that finder reads."""
    phrase = None
    if cue_end < opener.token and unit.bare(cue_end) == "عن":
        if any(own_words(unit, j) for j in range(cue_end + 1, opener.token)):
            return None
        phrase = make_phrase(unit, cue_end + 1, phrase_end(unit, cue_end + 1, opener.token))
    content, kind = content_of(unit, opener)
    cue = (unit.tokens[i].start, unit.tokens[cue_end - 1].end)
    return make_candidate(unit, cue, content, kind, form.gender, phrase=phrase, passive=True,
                          when_span=(cue[0], opener.content_start))


def from_masdar(unit: Unit, i: int, form: CueForm) -> Candidate | None:
    """عن Y قوله إن ...: the speaker after عن, the channel before it."""
    stop = unit.sentence_end(i)
    opener = None
    for j in range(i + 1, min(stop, i + 1 + NEAR)):  # قوله الثلاثاء إن: a time word may intervene
        opener = opener_at(unit, j)
        if opener is not None:
            break
    if opener is None:
        return _relayed_object(unit, i, stop, form)
    phrase, via = _reported_by(unit, i)
    content, kind = content_of(unit, opener)
    cue = (unit.tokens[i].start, unit.tokens[i].end)
    return make_candidate(unit, cue, content, kind, form.gender, phrase=phrase, via=via,
                          when_span=(unit.tokens[max(unit.sentence_start(i), 0)].start, opener.content_start))


#: Most tokens of the adjunct phrase between a relayed verbal noun and its preposition (نقلت الوكالة عن
#: X تأكيده في كلمة ألقاها بالخرطوم خلال ندوة ...، على دعم).
ADJUNCT_TO_PREP = 40


def _relayed_object(unit: Unit, i: int, stop: int, form: CueForm) -> Candidate | None:
    """نقلت الوكالة عن X تأكيده على دعم ...، نقلت "سانا" عن مصدر نفيه للادعاءات: a verbal noun a
    relaying verb's source is the subject of, with its own preposition and a noun phrase (also past
    an adjunct phrase closed by a comma: تأكيده في كلمة ألقاها ...، على) or, for a verb taking one,
    the noun phrase right after it, is what the source said; the channel is the relaying verb's."""
    phrase, via = _reported_by(unit, i)
    if via is None or phrase is None or i + 1 >= stop or unit.tokens[i + 1].kind != "word":
        return None
    start = None
    if form.prep is not None:
        if unit.keys[i + 1] == form.prep:
            start = i + 2
        else:
            comma = next((j for j in range(i + 1, min(stop - 1, i + 1 + ADJUNCT_TO_PREP))
                          if unit.is_punct(j, COMMA)), None)
            if comma is not None and unit.keys[comma + 1] == form.prep and unit.is_a(i + 1, "adjunct"):
                start = comma + 2
    if start is None and form.nominal == "y" and not unit.is_a(i + 1, "adjunct"):
        start = i + 1
    if start is None or start >= stop or unit.tokens[start].kind != "word":
        return None
    begin = unit.tokens[start].start
    end = content_end(unit, begin)
    # تأكيده لاعتقال X وقوله "...": another verbal noun of the source's words ends this one's
    end = next((unit.tokens[j - 1].end for j in range(start + 1, unit.token_at(end))
                if unit.keys[j] != unit.bare(j) and own_words(unit, j)), end)
    if unit.is_a(unit.token_at(via[0]), "adjunct"):
        via = None  # وكانت صحيفة X قد نقلت في وقت سابق عن: a time, no channel
    cue = (unit.tokens[i].start, unit.tokens[i].end)
    # the attribution read for a time is the source's and the noun's words: a statement noun in the
    # channel (ونقل التقرير عن X) is not one the source issued
    return make_candidate(unit, cue, (begin, end), content_kind(unit, begin, end, False), form.gender,
                          phrase=phrase, via=via, when_span=(unit.tokens[phrase.start].start, begin))


def _reported_by(unit: Unit, i: int) -> tuple[SpeakerPhrase | None, tuple[int, int] | None]:
    """(speaker after عن, channel between a relaying verb and عن) for a masdar at ``i``."""
    start = unit.sentence_start(i)
    for j in range(i - 1, start - 1, -1):
        if unit.bare(j) == "عن":
            # عن X تأكيده ... وقوله: the source ends at its first verbal noun
            end = next((k for k in range(j + 1, i) if own_words(unit, k)), i)
            phrase = make_phrase(unit, j + 1, end)
            via = None
            for v in range(j - 1, start - 1, -1):
                if in_class("channel_verb", unit.keys[v]) or in_class("channel_verb", unit.bare(v)):
                    via_phrase = make_phrase(unit, v + 1, j)
                    if via_phrase is not None:
                        via = unit.tokens[via_phrase.start].start, unit.tokens[via_phrase.end - 1].end
                    break
            return phrase, via
    return None, None
