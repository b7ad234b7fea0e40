"""One text unit prepared for the quotation finders: tokens with keys, quotation marks,
entity mentions and time expressions that fall in it, and the clause boundaries."""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.arabic import Token, tokenize
from khabar.model import Article
from khabar.quotes.lexicon import in_class, key, strip_conjunction
from khabar.quotes.marks import QuoteSpan, find_quotes, inside

SENTENCE_END = {".", "!", "?", "؟", "؛", ";"}
COMMA = {"،", ",", "-", "—", "–"}


@dataclass(frozen=True)
class MentionSpan:
    start: int
    end: int
    entity: str
    type: str


@dataclass(frozen=True)
class TimeSpan:
    start: int
    end: int
    value: str | None


@dataclass
class Unit:
    field: str
    paragraph: int
    text: str
    tokens: list[Token]
    keys: list[str]  # matching key of each token
    quotes: list[QuoteSpan]
    mentions: list[MentionSpan] = field(default_factory=list)
    times: list[TimeSpan] = field(default_factory=list)

    def bare(self, i: int) -> str:
        """Key of token ``i`` without a leading و/ف conjunction."""
        return strip_conjunction(self.keys[i])

    def is_punct(self, i: int, chars: set[str]) -> bool:
        return self.tokens[i].kind == "punct" and self.tokens[i].text in chars

    def quote_at(self, i: int) -> QuoteSpan | None:
        """The outermost quotation enclosing token ``i``."""
        return inside(self.quotes, self.tokens[i].start)

    def opens_quote(self, i: int) -> QuoteSpan | None:
        """The quotation whose opening mark is token ``i``."""
        tok = self.tokens[i]
        for span in self.quotes:
            if span.open == tok.start and span.depth == 0:
                return span
        return None

    def token_at(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        for i, tok in enumerate(self.tokens):
            if tok.end > char:
                return i
        return len(self.tokens)

    def sentence_end(self, i: int) -> int:
        """Index of the token ending the sentence that holds token ``i`` (exclusive)."""
        j = i
        while j < len(self.tokens):
            if self.is_punct(j, SENTENCE_END) and not self.quote_at(j) and not self.decimal_point(j):
                return j
            j += 1
        return j

    def sentence_start(self, i: int) -> int:
        j = i - 1
        while j >= 0:
            if self.is_punct(j, SENTENCE_END) and not self.quote_at(j) and not self.decimal_point(j):
                return j + 1
            j -= 1
        return 0

    def decimal_point(self, i: int) -> bool:
        tok = self.tokens[i]
        return (tok.text == "." and 0 < tok.start < len(self.text) - 1
                and self.text[tok.start - 1].isdigit() and self.text[tok.start + 1].isdigit())

    def phrase_at(self, i: int, cls: str, max_words: int = 3) -> int:
        """Length in tokens of a phrase of class ``cls`` starting at token ``i`` (0 when none)."""
        for n in range(max_words, 0, -1):
            if i + n > len(self.tokens):
                continue
            words = [self.keys[i + k] for k in range(n)]
            if in_class(cls, " ".join(words)):
                return n
            words[0] = strip_conjunction(words[0])
            if in_class(cls, " ".join(words)):
                return n
        return 0

    def mentions_in(self, start: int, end: int) -> list[MentionSpan]:
        return [m for m in self.mentions if m.start < end and m.end > start]

    def times_in(self, start: int, end: int) -> list[TimeSpan]:
        return [t for t in self.times if t.start < end and t.end > start]


def _mentions(article: Article) -> dict[tuple[str, int], list[MentionSpan]]:
    """Entity mentions by text unit; ``annotations["entity_mentions"]`` when the entities
    stage provides it, else the mentions listed in ``article.entities``."""
    out: dict[tuple[str, int], list[MentionSpan]] = {}
    provided = article.annotations.get("entity_mentions")
    if provided:
        for unit_key, spans in provided.items():
            out[unit_key] = [MentionSpan(s, e, ent, typ) for s, e, ent, typ in spans]
    else:
        for entity in article.entities:
            for m in entity.mentions:
                out.setdefault((m.field, m.paragraph), []).append(
                    MentionSpan(m.start, m.end, entity.id, entity.type))
    for spans in out.values():
        spans.sort(key=lambda s: (s.start, -s.end))
    return out


def _times(article: Article) -> dict[tuple[str, int], list[TimeSpan]]:
    out: dict[tuple[str, int], list[TimeSpan]] = {}
    for t in article.times:
        out.setdefault((t.field, t.paragraph), []).append(TimeSpan(t.start, t.end, t.value))
    return out


def prepare_units(article: Article) -> list[Unit]:
    """The analysed text units of ``article`` in reading order."""
    tokens_by_unit = article.annotations.get("tokens") or {}
    mentions = _mentions(article)
    times = _times(article)
    units = []
    for field_name, paragraph, text in article.units():
        tokens = tokens_by_unit.get((field_name, paragraph)) or tokenize(text)
        units.append(Unit(
            field_name, paragraph, text, tokens, [key(t.text) for t in tokens], find_quotes(text),
            mentions.get((field_name, paragraph), []), times.get((field_name, paragraph), []),
        ))
    return units
