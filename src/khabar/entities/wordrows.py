"""A word type's rows in the decoder's score table, found without spelling out its features.

:meth:`.features.FeatureExtractor.word_features` names a word's features as strings (``p3=وال``,
``c64=17``...), which training needs; the decoder only needs the table row of each feature the
model knows, in the same order (the rows are summed one after another, so the order fixes the
last bit of the scores).  :class:`WordRows` reads, when the model is loaded, each feature template's
values that have a row (``p3=`` -> {value: row}) and each word list's words that do (classes,
corpus votes, name tokens), and then goes from a word to its rows with a few dictionary probes.
Features the model has no row for are left out, as the decoder left them out before: they weigh
nothing.  ``tests/entities/test_wordrows.py`` checks the two agree word for word, and
:func:`word_rows` checks it again on probe words whenever a model is loaded: should a feature be
added to ``word_features`` and not here, the decoder takes the spelled-out features' rows (slower,
never a different tag).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice

from khabar.arabic.normalize import BARE_LETTERS
from khabar.entities.features import FeatureExtractor, marks
from khabar.entities.keys import WordCache, fold, readings

#: The ``name=value`` templates of :meth:`.FeatureExtractor.word_features`, looked up by value.
TEMPLATES = ("w", "st", "p2", "p3", "s1", "s2", "s3", "ss2", "sp2", "ss3", "sp3", "len", "cl", "lv")


#: Words the fast rows are checked on when the model loads (see :func:`word_rows`), besides some
#: of every word list's: clitics, affixes, Latin, digits, punctuation, names.
PROBES = ("قال", "الرئيس", "وبالرياض", "للأمم", "فرانس", "بيروت", "ماكرون", "إيمانويل", "والمستشفيات",
          "AFP", "Reuters", "covid19", "٢٠٢٤", "2024", "،", ".", "...", "«", "الـعراق", "ال", "وال", "لل",
          "e-mail@x.com", "#غزة", "قزحيا", "x", "")
#: Words taken from each word list for the check.
PROBES_PER_LIST = 12
RowsOf = Callable[[str], tuple[str, list[int | None]]]


def word_rows(features: FeatureExtractor, row_of: dict[str, int]) -> RowsOf:
    """:meth:`WordRows.word`, when it finds the rows of the features ``features`` spells out for a
    set of probe words; else (a feature added to :meth:`.FeatureExtractor.word_features` and not
    here) the rows of the spelled-out features: slower, never wrong.  A test checks the fast way
    is the one taken with the committed model."""
    fast, slow = WordRows(features, row_of).word, spelled_rows(features, row_of)
    lists = (features.autonames, features.clusters, features.name_tokens, sorted(features.stop))
    probes = [*PROBES, *(p + w for words in lists for w in islice(words, PROBES_PER_LIST) for p in ("", "و", "ال"))]
    same = all(_found(fast(w)) == _found(slow(w)) for w in probes)
    return fast if same else slow


def spelled_rows(features: FeatureExtractor, row_of: dict[str, int]) -> RowsOf:
    """A word's ``w=`` value and the rows of the features :meth:`.FeatureExtractor.word_features`
    spells out for it."""
    def rows(w: str) -> tuple[str, list[int | None]]:
        feats = features.word_features(w)
        return feats[0][2:], list(map(row_of.get, feats))

    return rows


def _found(word: tuple[str, list[int | None]]) -> tuple[str, list[int]]:
    return word[0], [r for r in word[1] if r is not None]


#: A spelling's record: rows of its ``w=`` and ``st=`` features, whether it is a stopword, the
#: gazetteers it is in (bitmask), its name-token rows, vote rows (None: no votes), vote rows as a
#: stem (``ags=``) and class rows (None: unclassed).
Entry = tuple[int | None, int | None, bool, int, tuple[int, ...], tuple[int, ...] | None, tuple[int, ...],
              tuple[int, ...] | None]
_NOTHING: Entry = (None, None, False, 0, (), None, (), None)
#: Affix values kept (a few thousand occur; emptied past this in long-running processes).
AFFIX_LIMIT = 100_000


class WordRows:
    """``word(w)``: the rows of ``w``'s features in ``row_of``, in feature order.

    A new word type costs few dictionary probes, as those of a cold table are what it costs: one
    record for the word and one for its stem hold what every word list says of a spelling, and
    one probe of its first three letters gives both prefix rows (``p2=``, ``p3=``), of its last
    three all suffix rows."""

    def __init__(self, features: FeatureExtractor, row_of: dict[str, int]) -> None:
        values: dict[str, dict[str, int]] = {t: {} for t in TEMPLATES}
        for attr, row in row_of.items():
            name, sep, value = attr.partition("=")
            if sep and name in values:
                values[name][value] = row
        w_rows, st_rows, p2, p3, s1, s2, s3, ss2, sp2, ss3, sp3, length, self.cl, vowels = (
            values[t] for t in TEMPLATES)
        # (p2, p3) rows of a word's first three letters, (sp2, sp3) of its stem's; (s1, s2, s3,
        # ss2, ss3) of its last three (the stem's too when they are the word's)
        self.prefix = WordCache(lambda x: (p2.get(x[:2]), p3.get(x)), AFFIX_LIMIT)
        self.stem_prefix = WordCache(lambda x: (sp2.get(x[:2]), sp3.get(x)), AFFIX_LIMIT)
        self.suffix = WordCache(lambda x: (s1.get(x[-1:]), s2.get(x[-2:]), s3.get(x), ss2.get(x[-2:]), ss3.get(x)),
                                AFFIX_LIMIT)
        self.length = [length.get(str(n)) for n in range(9)]  # len=0 .. len=8
        self.vowels = [vowels.get(str(n)) for n in range(5)]  # lv=0 .. lv=4
        self.row_of = row_of
        self.art, self.stop_row = row_of.get("art"), row_of.get("stop")
        self.oov = _known(row_of, ["oov"])
        self.entries = _entries(features, row_of, w_rows, st_rows)
        gazetteers = [row for feat, _ in features.gazetteer_features if (row := row_of.get(feat)) is not None]
        # the gazetteer rows of a word in the lists of bitmask m (bit i: list i), in list order
        self.gazetteer_rows = [tuple(row for i, row in enumerate(gazetteers) if m >> i & 1)
                               for m in range(1 << len(gazetteers))]

    def word(self, w: str) -> tuple[str, list[int | None]]:
        """The word's ``w=`` value (word pairs are keyed by it) and the rows of its features, in
        order, None where a template's value has none."""
        f = fold(w)
        reads = readings(f) if f else [f]
        stem = reads[-1]
        entries = self.entries
        of_f = entries.get(f, _NOTHING)
        of_stem = of_f if stem == f else entries.get(stem, _NOTHING)
        end, stem_end = f[-3:], stem[-3:]
        suffix = self.suffix[end]
        stem_suffix = suffix if stem_end == end else self.suffix[stem_end]
        stem_prefix = self.stem_prefix[stem[:3]]
        n = len(stem)
        vowels = stem.count("ا") + stem.count("و") + stem.count("ي")
        out = [of_f[0], of_stem[1], *self.prefix[f[:3]], *suffix[:3], stem_suffix[3], stem_prefix[0],
               stem_suffix[4], stem_prefix[1], self.length[n if n < 8 else 8],
               self.cl.get(f[:len(f) - n] if f.endswith(stem) else "?"),
               self.vowels[vowels if vowels < 4 else 4]]
        # every reading after the first is shorter than the word: a second reading is a stripped one
        if f.startswith("ال") or (len(reads) > 1 and f.find("ال") in (1, 2)):
            out.append(self.art)
        if not BARE_LETTERS.fullmatch(w):  # Arabic letters only (most words): no Latin, digit or punct
            out += map(self.row_of.get, marks(w, f))
        if of_f[2]:
            out.append(self.stop_row)
        out += self.gazetteer_rows[of_f[3] | of_stem[3]]
        out += of_stem[4]
        votes = of_f[5]
        out += of_stem[6] if votes is None else votes
        classes = of_f[7]
        if classes is None:
            classes = self.oov if of_stem[7] is None else of_stem[7]
        out += classes
        return f, out


def _known(row_of: dict[str, int], feats: Iterable[str]) -> tuple[int, ...]:
    return tuple(r for r in map(row_of.get, feats) if r is not None)


def _entries(features: FeatureExtractor, row_of: dict[str, int], w_rows: dict[str, int],
             st_rows: dict[str, int]) -> dict[str, Entry]:
    """The :data:`Entry` of every spelling some word list or template names."""
    name_tokens = {w: rows for w, feats in features.name_token_features.items() if (rows := _known(row_of, feats))}
    # a word with corpus votes takes them (even those without rows); else its stem's, as ags=
    votes = {w: _known(row_of, feats) for w, feats in features.autonames.items()}
    stem_votes = {w: rows for w, feats in features.autonames.items()
                  if (rows := _known(row_of, ("ags" + x[2:] for x in feats)))}
    # a classed word takes its classes (even without rows); else its stem's; else oov
    classes = {w: _known(row_of, (p + x for p, x in zip(features.cluster_prefixes, c, strict=True)))
               for w, c in features.clusters.items() if c}
    gazetteers = [names for feat, names in features.gazetteer_features if feat in row_of]
    bits: dict[str, int] = {}
    for i, names in enumerate(gazetteers):
        for w in names:
            bits[w] = bits.get(w, 0) | 1 << i
    stop = features.stop
    words = {*w_rows, *st_rows, *name_tokens, *votes, *classes, *stop, *bits}
    return {w: (w_rows.get(w), st_rows.get(w), w in stop, bits.get(w, 0), name_tokens.get(w, ()), votes.get(w),
                stem_votes.get(w, ()), classes.get(w)) for w in words}
