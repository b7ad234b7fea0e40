"""Speech reported through another: a relaying verb, a passive, a verbal noun.

    نقلت وكالة X عن Y أن ...              speaker Y, channel X
    وقيل إن ...، ونقل عن مصدر أمني أن ...   passive: no speaker, or the source after عن
    نقلت وكالة X عن Y قوله إن ...         verbal noun: speaker Y, channel X
"""

from __future__ import annotations

from khabar.quotes.candidate import Candidate, content_of, make_candidate
from khabar.quotes.clauses import NEAR, Opener, opener_at
from khabar.quotes.context import Unit
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
        return None
    phrase, via = _reported_by(unit, i)
    content, kind = content_of(unit, opener)
    cue = (unit.tokens[i].start, unit.tokens[i].end)
    return make_candidate(unit, cue, content, kind, form.gender, phrase=phrase, via=via,
                          when_span=(unit.tokens[max(unit.sentence_start(i), 0)].start, opener.content_start))


def _reported_by(unit: Unit, i: int) -> tuple[SpeakerPhrase | None, tuple[int, int] | None]:
    """(speaker after عن, channel between a relaying verb and عن) for a masdar at ``i``."""
    start = unit.sentence_start(i)
    for j in range(i - 1, start - 1, -1):
        if unit.bare(j) == "عن":
            phrase = make_phrase(unit, j + 1, i)
            via = None
            for v in range(j - 1, start - 1, -1):
                if in_class("channel_verb", unit.keys[v]) or in_class("channel_verb", unit.bare(v)):
                    via_phrase = make_phrase(unit, v + 1, j)
                    if via_phrase is not None:
                        via = unit.tokens[via_phrase.start].start, unit.tokens[via_phrase.end - 1].end
                    break
            return phrase, via
    return None, None
