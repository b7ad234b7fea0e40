"""A quotation found in a unit but not yet attributed: the finders' common output."""

from __future__ import annotations

from dataclasses import dataclass

from khabar.quotes.clauses import MIN_QUOTED_WORDS, Opener, content_end, trim_span
from khabar.quotes.context import Unit
from khabar.quotes.names import SpeakerPhrase


@dataclass
class Candidate:
    cue_start: int  # chars of the cue words
    cue_end: int
    content_start: int
    content_end: int
    kind: str  # direct | indirect | mixed
    gender: str  # the gender the cue implies for its subject
    phrase: SpeakerPhrase | None = None  # explicit speaker words; None: implicit subject
    phrase_window_end: int | None = None  # token where the speaker's appositions end
    via: tuple[int, int] | None = None  # chars of a channel
    when_span: tuple[int, int] | None = None  # chars of the attribution clause
    statement: bool = False  # the speaker issued a statement (its owner for a later البيان)
    owner_phrase: SpeakerPhrase | None = None  # owner named with a statement (بيان لوزارة الدفاع)
    same_sentence: bool = False  # a participle: the subject is the sentence's speaker
    passive: bool = False  # a passive verb: no speaker but the source it names (ونقل عن X)
    nested: bool = False  # a relative clause's report, kept inside another quotation's content


def content_kind(unit: Unit, start: int, end: int, opened_by_mark: bool) -> str:
    """direct when the content is a quotation opened after the cue; mixed when reported content
    holds quoted words; indirect otherwise."""
    if opened_by_mark:
        return "direct"
    for span in unit.quotes:
        if span.depth == 0 and start <= span.open < end:
            return "mixed"
    return "indirect"


def make_candidate(unit: Unit, cue: tuple[int, int], content: tuple[int, int], kind: str,
                   gender: str, **kw) -> Candidate | None:
    """A candidate with trimmed content, or None when the content holds no word."""
    start, end = trim_span(unit.text, *content)
    if end <= start or not any(ch.isalpha() or ch.isdigit() for ch in unit.text[start:end]):
        return None
    return Candidate(cue[0], cue[1], start, end, kind, gender, **kw)


def content_of(unit: Unit, opener: Opener) -> tuple[tuple[int, int], str]:
    """Content span and kind for an opener."""
    if opener.kind == "mark":
        span = unit.opens_quote(opener.token)
        if len(unit.text[span.open:span.close].split()) < MIN_QUOTED_WORDS:  # type: ignore[union-attr]
            # لفت فريق الدفاع "تناقضات" في رواية ...: quoted words inside reported content
            return (span.open, content_end(unit, span.open)), "mixed"  # type: ignore[union-attr]
        return span.inner, "direct"  # type: ignore[union-attr]
    if opener.kind == "colon":
        nxt = unit.token_at(opener.content_start)
        span = unit.opens_quote(nxt) if nxt < len(unit.tokens) else None
        if span is not None:
            return span.inner, "direct"
        return (opener.content_start, content_end(unit, opener.content_start)), "direct"
    end = content_end(unit, opener.content_start)
    return (opener.content_start, end), content_kind(unit, opener.content_start, end, False)
