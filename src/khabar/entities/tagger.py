"""The CRF name tagger (python-crfsuite), trained on ANERcorp by :mod:`khabar.entities.train`.

``tag(words)`` gives ANERcorp BIO tags (B-/I- PERS, LOC, ORG, MISC) for one sentence;
``tag_many(sentences)`` tags a document and then makes it consistent: a word the tagger called a
name (say PERS) in nearby sentences more often than not is that name where it was missed too
("one sense per discourse": repeated surnames of a story are found everywhere);
``unit_spans`` gives the stage typed token spans for every text unit of an article.

crfsuite reads the model (weights, labels); the search itself is :class:`.decode.Decoder`'s,
which finds the same tags from per-word-type score vectors, a whole document at a time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, chain, compress
from pathlib import Path

from khabar.arabic.tokenize import TOKEN_START, TOKEN_TEXT
from khabar.entities.keys import WordCache, fold
from khabar.entities.lexicon import folded_word_list
from khabar.entities.lexlayer import LAYER_TYPES, fill
from khabar.entities.matcher import word_matches
from khabar.entities.neural import NN_PATH, NeuralTagger

MODEL_PATH = Path(__file__).parent / "resources" / "ner.crfsuite"
_TYPES = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
#: Punctuation glued to the end of a word (كابول؛): a CoNLL token the Arabic core would have split.
_GLUED_END = re.compile(r"(?<=\w)[^\w\s]+$")
#: Sentences either side whose tags a word's other occurrences follow.
WINDOW = 20


class Tagger:
    def __init__(self, path: Path = MODEL_PATH, neural_path: Path = NN_PATH) -> None:
        import pycrfsuite

        from khabar.entities.decode import Decoder
        from khabar.entities.features import FeatureExtractor

        self.crf = pycrfsuite.Tagger()
        self.crf.open(str(path))
        info = self.crf.info()
        weights = info.state_features
        self.features = FeatureExtractor(frozenset(attr for attr, _ in weights))
        self.decoder = Decoder(self.crf.labels(), weights, info.transitions, self.features)
        self._person_weights: dict[str, float] = {}
        for (attr, label), w in weights.items():
            if label in ("B-PERS", "O"):
                self._person_weights[attr] = self._person_weights.get(attr, 0.0) + (w if label != "O" else -w)
        # the same weights by the decoder's word rows (0.0 for a row without any)
        self._person_by_row = [0.0] * (len(self.decoder.word_rows) + 1)
        for attr, row in self.decoder.word_rows.items():
            self._person_by_row[row] = self._person_weights.get(attr, 0.0)
        self._likeness = WordCache(self._name_likeness, 200_000)  # bounded for long-running processes
        self.neural_path = neural_path
        self._neural: NeuralTagger | None = None

    def name_likeness(self, word: str) -> float:
        """How much the word alone (no context) looks like the start of a person's name to the
        model: its own features' B-PERS weight minus their O weight (> 0: name-like)."""
        return self._likeness[word]

    def _name_likeness(self, word: str) -> float:
        # the word's own features, by their rows as the decoder finds them; those the model lacks
        # have none and would add 0.0 to the sum, which changes nothing
        return sum(self._person_by_row[r] for r in self.decoder.word_rows_of(word)[1] if r is not None)

    def tag(self, words: list[str], matches: list | None = None) -> list[str]:
        """ANERcorp tags for one sentence (``matches``: its lexicon matches, if already known)."""
        if not words:
            return []
        return self.decoder.tag(words, matches)

    @property
    def neural(self) -> NeuralTagger:
        """The neural tagger the ensemble adds (:mod:`.neural`), loaded on first use."""
        if self._neural is None:
            self._neural = NeuralTagger(self.features, self.neural_path)
        return self._neural

    def tag_many(self, sentences: list[list[str]], matches: list[list | None] | None = None,
                 window: int = WINDOW, layer: tuple[str, ...] = LAYER_TYPES, ensemble: bool = False,
                 coordinated: bool = False) -> list[list[str]]:
        """Tags for consecutive sentences of one document, made consistent across ``window``;
        curated lexicon names of the types in ``layer`` the CRF left untagged are filled in
        (:mod:`.lexlayer`; an empty ``layer`` turns that off).  With ``ensemble`` the neural
        tagger's log-probabilities join the CRF's scores (:mod:`.ensemble`).  With ``coordinated``
        two names glued by و are cut apart as ANERcorp tags them (:func:`split_coordinated`; the
        stage leaves that to :mod:`.cliticsplit`, which keeps the clitic out of the mention)."""
        found = [m if m is not None else word_matches(self.features.lex, words)
                 for words, m in zip(sentences, matches or [None] * len(sentences), strict=True)]
        if ensemble:
            from khabar.entities.ensemble import ensemble_document

            tags, folded = ensemble_document(self.decoder, self.neural, sentences, found)
        else:
            tags, folded = self.decoder.tag_document(sentences, found)
        if layer:
            tags = [fill(ts, words, ms, layer) if ms else ts for ts, words, ms in zip(tags, sentences, found, strict=True)]
        tags = propagate(sentences, tags, window, folded)
        return [split_coordinated(words, ts) for words, ts in zip(sentences, tags, strict=True)] if coordinated else tags

    def unit_spans(self, units: list[tuple[list, list[tuple[int, int]] | None, list | None]],
                   ensemble: bool = False) -> list[list]:
        """Typed token spans per text unit; ``units`` are (tokens, sentence offsets, lexicon matches);
        ``ensemble`` as in :meth:`tag_many`."""
        from khabar.entities.linking import Span
        from khabar.entities.matcher import Match

        sentences, found, where = [], [], []
        for u, (tokens, offsets, matches) in enumerate(units):
            texts = list(map(TOKEN_TEXT, tokens))
            ranges = _sentence_ranges(tokens, offsets)
            if len(ranges) == 1:  # one sentence (most units): the unit's own matches fit as they are
                sentences.append(texts)
                found.append(matches)
                where.append((u, 0))
                continue
            for first, last in ranges:
                sentences.append(texts[first:last])
                found.append(None if matches is None else [
                    Match(m.first - first, m.last - first, m.entries) for m in matches
                    if m.first >= first and m.last < last])
                where.append((u, first))
        out: list[list] = [[] for _ in units]
        for (u, first), tags in zip(where, self.tag_many(sentences, found, ensemble=ensemble), strict=True):
            if tags.count("O") != len(tags):  # (most sentences hold a name, many do not)
                out[u] += [Span(first + a, first + b, _TYPES[t]) for a, b, t in bio_spans(tags)]
        return out


def propagate(sentences: list[list[str]], tags: list[list[str]], window: int = WINDOW,
              folded: list[str] | None = None) -> list[list[str]]:
    """Tag a missed occurrence of a word like its other occurrences nearby, when most are names
    (``folded``: the folded spelling of every word of the sentences, in order, when known)."""
    stop = folded_word_list("stopwords")
    # Only words tagged as a PERS/LOC/ORG name somewhere can change: find their occurrences.
    named: set[str] = set()
    for words, ts in zip(sentences, tags, strict=True):
        if ts.count("O") != len(ts):
            named.update(compress(words, map(_NAME_TAG.__getitem__, ts)))  # picked in C
    named = {k for k in map(fold, named) if len(k) >= 3 and k not in stop}
    out = [list(ts) for ts in tags]
    if not named:
        return out
    seen_at: dict[str, list[tuple[int, int, str]]] = {}
    # one pass in C over the document's words finds the occurrences, in reading order
    words = list(map(fold, chain.from_iterable(sentences))) if folded is None else folded
    ends = list(accumulate(map(len, sentences)))
    for at in compress(range(len(words)), map(named.__contains__, words)):
        s = bisect_right(ends, at)
        i = at - (ends[s - 1] if s else 0)
        seen_at.setdefault(words[at], []).append((s, i, tags[s][i][2:] or "O"))
    found = []
    for places in seen_at.values():
        for s, i, t in places:
            if t != "O":
                continue
            seen = Counter(t2 for s2, _, t2 in places if abs(s2 - s) <= window)
            names = [(n, t2) for t2, n in seen.items() if t2 not in ("O", "MISC")]
            if not names:
                continue
            n, kind = max(names)
            if n >= seen["O"] * 0.5:
                found.append((s, i, kind))
    for s, i, kind in sorted(found):  # in reading order: a word continues a name just found before it
        prev = out[s][i - 1] if i else "O"
        out[s][i] = ("I-" if prev[2:] == kind else "B-") + kind
    return out


#: Types whose names a word glued to و inside a span may be a second name of (راديك وفريدل, two
#: people; شبعا وكفركلا, two places).  In ANERcorp's train part such a word opens the second name
#: (B-) 149 times against 47 for people and 251 against 21 for places; organisations hold و in
#: their own names (حركة العدل والمساواة: 28 against 23).
COORDINATED_TYPES = frozenset({"PERS", "LOC"})
#: Letters after the و that, in the train part, continue one name at least as often as they open a
#: second: وقاص, ولد, وينفري, وايت, ونر (B/I: ق 0/12, ل 3/16, ن 3/1, ي 8/7, ا 10/7), and the
#: transliterated W-openings (وودورد Woodward).  Every other letter opens a name (ع 19/0, م 19/0).
CONTINUING_LETTERS = frozenset("اقلنيو")


def split_coordinated(words: list[str], tags: list[str]) -> list[str]:
    """``tags`` with a person or place that runs on over و + a name (راديك وفريدل) cut into two,
    the second opening on the و word, as ANERcorp tags coordinated names; a و + letter that
    mostly continues one name (:data:`CONTINUING_LETTERS`: أبي وقاص) is left alone."""
    if "I-PERS" not in tags and "I-LOC" not in tags:  # (most sentences: a C scan each)
        return tags
    out = list(tags)
    for i, (w, tag) in enumerate(zip(words, tags, strict=True)):
        if (tag[2:] in COORDINATED_TYPES and tag[:2] == "I-" and w[:1] == "و" and len(w) > 2
                and w[1] not in CONTINUING_LETTERS):
            out[i] = "B-" + tag[2:]
    return out


#: Whether a tag is one of a PERS/LOC/ORG name (per tag string: a handful).
_NAME_TAG = WordCache(lambda tag: tag != "O" and not tag.endswith("MISC"), 1_000)


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, type) of each span in a BIO sequence (an I- without B- opens a span)."""
    out: list[tuple[int, int, str]] = []
    start, kind, last = None, "", -2
    for i in [i for i, t in enumerate(tags) if t != "O"]:  # an O only closes a span: skip them
        prefix, _, t = tags[i].partition("-")
        if start is not None and (i != last + 1 or prefix != "I" or t != kind):
            out.append((start, last, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, t
        last = i
    if start is not None:
        out.append((start, last, kind))
    return out


def _sentence_ranges(tokens: list, sentences: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """Token index ranges [first, last) per sentence (the whole unit when sentences are unknown)."""
    if not sentences:
        return [(0, len(tokens))] if tokens else []
    if len(sentences) == 1 and tokens and tokens[-1].start < sentences[0][1]:
        return [(0, len(tokens))]  # one sentence holding every token (most units): no search
    starts = list(map(TOKEN_START, tokens))
    out, i = [], 0
    for _, end in sentences:
        j = bisect_left(starts, end, i)  # the first token at or after the sentence's end
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


def tag_conll(lines: Iterable[str], layer: tuple[str, ...] = LAYER_TYPES, ensemble: bool = True) -> Iterator[str]:
    """CoNLL in, CoNLL out: one token per line (blank line between sentences) -> ``token<TAB>tag``.

    Extra columns after the token (e.g. a gold tag) are ignored; the output keeps the blank lines.
    The input is read whole and tagged as one document (see :meth:`Tagger.tag_many`, and there
    ``layer`` and ``ensemble``: the CRF with the neural tagger by default).
    """
    tagger = default_tagger()
    if tagger is None:
        raise RuntimeError(f"no NER model at {MODEL_PATH}: run `make train-ner`")
    if ensemble and not tagger.neural_path.exists():
        raise RuntimeError(f"no neural tagger at {tagger.neural_path}: run `make train-ner` (or tag with the CRF alone)")
    sentences: list[list[str]] = []
    sentence: list[str] = []
    for line in [*lines, ""]:
        word = line.rstrip("\n").split("\t")[0].split(" ")[0] if line.strip() else ""
        if word:
            sentence.append(word)
        elif sentence:
            sentences.append(sentence)
            sentence = []
    for words, tags in zip(sentences, conll_tags(tagger, sentences, layer, ensemble), strict=True):
        yield from (f"{w}\t{t}" for w, t in zip(words, tags, strict=True))
        yield ""


def conll_tags(tagger: Tagger, sentences: list[list[str]], layer: tuple[str, ...] = LAYER_TYPES,
               ensemble: bool = True) -> list[list[str]]:
    """ANERcorp tags for CoNLL tokens (:func:`tag_conll`): each token read without punctuation
    glued to its end (كابول؛, as the Arabic core would have split it off), coordinated names cut
    apart as ANERcorp tags them."""
    words = [[_GLUED_END.sub("", w) or w for w in s] for s in sentences]
    return tagger.tag_many(words, layer=layer, ensemble=ensemble, coordinated=True)
