"""The CRF name tagger (python-crfsuite), trained on ANERcorp by :mod:`khabar.entities.train`.

``tag(words)`` gives ANERcorp BIO tags (B-/I- PERS, LOC, ORG, MISC) for one sentence;
``spans(tokens, sentences)`` gives the stage typed token spans.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "resources" / "ner.crfsuite"
_TYPES = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


class Tagger:
    def __init__(self, path: Path = MODEL_PATH) -> None:
        import pycrfsuite

        from khabar.entities.features import FeatureExtractor

        self.crf = pycrfsuite.Tagger()
        self.crf.open(str(path))
        known = frozenset(attr for attr, _ in self.crf.info().state_features)
        self.features = FeatureExtractor(known)

    def tag(self, words: list[str], matches: list | None = None) -> list[str]:
        """ANERcorp tags for one sentence (``matches``: its lexicon matches, if already known)."""
        if not words:
            return []
        return self.crf.tag(self.features.sentence(words, matches))

    def spans(self, tokens: list, sentences: list[tuple[int, int]] | None = None,
              matches: list | None = None) -> list:
        """Typed token spans of one text unit (``matches``: the unit's lexicon matches)."""
        from khabar.entities.linking import Span
        from khabar.entities.matcher import Match

        out = []
        for first, last in _sentence_ranges(tokens, sentences):
            inside = None if matches is None else [
                Match(m.first - first, m.last - first, m.entries) for m in matches
                if m.first >= first and m.last < last]
            tags = self.tag([t.text for t in tokens[first:last]], inside)
            out += [Span(first + a, first + b, _TYPES[t]) for a, b, t in bio_spans(tags)]
        return out


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, type) of each span in a BIO sequence (an I- without B- opens a span)."""
    out = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix != "I" or t != kind):
            out.append((start, i - 1, kind))
            start, kind = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, t
    return out


def _sentence_ranges(tokens: list, sentences: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """Token index ranges [first, last) per sentence (the whole unit when sentences are unknown)."""
    if not sentences:
        return [(0, len(tokens))] if tokens else []
    out, i = [], 0
    for _, end in sentences:
        j = i
        while j < len(tokens) and tokens[j].start < end:
            j += 1
        if j > i:
            out.append((i, j))
        i = j
    if i < len(tokens):
        out.append((i, len(tokens)))
    return out


@lru_cache(maxsize=1)
def default_tagger() -> Tagger | None:
    """The committed model, or None when it has not been trained yet."""
    return Tagger() if MODEL_PATH.exists() else None


def tag_conll(lines: Iterable[str]) -> Iterator[str]:
    """CoNLL in, CoNLL out: one token per line (blank line between sentences) -> ``token<TAB>tag``.

    Extra columns after the token (e.g. a gold tag) are ignored; the output keeps the blank lines.
    """
    tagger = default_tagger()
    if tagger is None:
        raise RuntimeError(f"no NER model at {MODEL_PATH}: run `make train-ner`")
    sentence: list[str] = []
    for line in [*lines, ""]:
        word = line.rstrip("\n").split("\t")[0].split(" ")[0] if line.strip() else ""
        if word:
            sentence.append(word)
            continue
        if sentence:
            yield from (f"{w}\t{t}" for w, t in zip(sentence, tagger.tag(sentence), strict=True))
            yield ""
            sentence = []
