"""A word type's rows in the decoder's score table, found without spelling out its features.

:meth:`.features.FeatureExtractor.word_features` names a word's features as strings (``p3=وال``,
``c64=17``...), which training needs; the decoder only needs the table row of each feature the
model knows, in the same order (the rows are summed one after another, so the order fixes the
last bit of the scores).  :class:`WordRows` reads, when the model is loaded, each feature template's
values that have a row (``p3=`` -> {value: row}) and each word list's words that do (classes,
corpus votes, name tokens), and then goes from a word to its rows with a few dictionary probes.
Features the model has no row for are left out, as the decoder left them out before: they weigh
nothing.  ``tests/entities/test_wordrows.py`` checks the two agree word for word.
"""

from __future__ import annotations

from collections.abc import Iterable

from khabar.arabic.normalize import BARE_LETTERS
from khabar.entities.features import _DIGIT, _LATIN, _WORDLIKE, FeatureExtractor
from khabar.entities.keys import fold, readings

#: The ``name=value`` templates of :meth:`.FeatureExtractor.word_features`, looked up by value.
TEMPLATES = ("w", "st", "p2", "p3", "s1", "s2", "s3", "ss2", "sp2", "ss3", "sp3", "len", "cl", "lv")
_FLAGS = ("art", "latin", "caps", "digit", "punct", "stop")


class WordRows:
    """``word(w)``: the rows of ``word``'s features in ``row_of``, in feature order."""

    def __init__(self, features: FeatureExtractor, row_of: dict[str, int]) -> None:
        values: dict[str, dict[str, int]] = {t: {} for t in TEMPLATES}
        for attr, row in row_of.items():
            name, sep, value = attr.partition("=")
            if sep and name in values:
                values[name][value] = row
        (self.w, self.st, self.p2, self.p3, self.s1, self.s2, self.s3, self.ss2, self.sp2, self.ss3,
         self.sp3, length, self.cl, vowels) = (values[t] for t in TEMPLATES)
        self.length = [length.get(str(n)) for n in range(9)]  # len=0 .. len=8
        self.vowels = [vowels.get(str(n)) for n in range(5)]  # lv=0 .. lv=4
        self.art, self.latin, self.caps, self.digit, self.punct, self.stop_row = map(row_of.get, _FLAGS)
        self.stop = features.stop
        self.gazetteers = [(row, names) for feat, names in features._gazetteer_features
                           if (row := row_of.get(feat)) is not None]

        def known(feats: Iterable[str]) -> tuple[int, ...]:
            return tuple(r for r in map(row_of.get, feats) if r is not None)

        self.name_tokens = {w: rows for w, feats in features._name_token_features.items() if (rows := known(feats))}
        # a word with corpus votes takes them (even those without rows); else its stem's, as ags=
        self.votes = {w: known(feats) for w, feats in features.autonames.items()}
        self.stem_votes = {w: rows for w, feats in features.autonames.items()
                           if (rows := known("ags" + x[2:] for x in feats))}
        # a classed word takes its classes (even without rows); else its stem's; else oov
        self.classes = {w: known(p + x for p, x in zip(features.cluster_prefixes, c, strict=True))
                        for w, c in features.clusters.items() if c}
        self.oov = known(["oov"])

    def word(self, w: str) -> tuple[str, list[int | None]]:
        """The word's ``w=`` value (word pairs are keyed by it) and the rows of its features, in
        order, None where a template's value has none."""
        f = fold(w)
        reads = readings(f) if f else [f]
        stem = reads[-1]
        out = [self.w.get(f), self.st.get(stem), self.p2.get(f[:2]), self.p3.get(f[:3]), self.s1.get(f[-1:]),
               self.s2.get(f[-2:]), self.s3.get(f[-3:]), self.ss2.get(stem[-2:]), self.sp2.get(stem[:2]),
               self.ss3.get(stem[-3:]), self.sp3.get(stem[:3]), self.length[min(len(stem), 8)],
               self.cl.get(f[:len(f) - len(stem)] if f.endswith(stem) else "?"),
               self.vowels[min(stem.count("ا") + stem.count("و") + stem.count("ي"), 4)]]
        if f.startswith("ال") or (f.find("ال") in (1, 2) and any(r != f for r in reads[1:])):
            out.append(self.art)
        if not BARE_LETTERS.fullmatch(w):  # Arabic letters only (most words): no Latin, digit or punct
            out += self._marks(w, f)
        if f in self.stop:
            out.append(self.stop_row)
        for row, names in self.gazetteers:
            if f in names or stem in names:
                out.append(row)
        out += self.name_tokens.get(stem, ())
        votes = self.votes.get(f)
        out += self.stem_votes.get(stem, ()) if votes is None else votes
        classes = self.classes.get(f)
        if classes is None:
            classes = self.classes.get(stem, self.oov)
        out += classes
        return f, out

    def _marks(self, w: str, f: str) -> list[int | None]:
        out = []
        if _LATIN.search(w):
            out.append(self.latin)
            if w[-1:].isupper() or w[:1].isupper():
                out.append(self.caps)
        if _DIGIT.search(f):
            out.append(self.digit)
        if not _WORDLIKE.search(w):
            out.append(self.punct)
        return out
