"""Arabic text core: normalisation, tokens with exact offsets, segmentation, stems, sentences.

- :func:`normalize_for_matching` / :func:`normalize_for_display` (:mod:`.normalize`); ``plain_letters``
  for readers of letters (the segmenter)
- ``khabar.arabic.fold``: ``fold(text)``, the folded text with its map back to original offsets, on
  which times and places match their patterns (``fold_word`` for lexicon entries)
- :func:`tokenize` → list of :class:`Token` ``(text, start, end, kind, norm)`` (:mod:`.tokenize`)
- :func:`split_sentences` → ``(start, end)`` spans (:mod:`.sentences`)
- ``khabar.arabic.segment``: ``segment(word) -> list[str]``, ``stem(word) -> str`` (cached per
  word type), ``analyse_tokens(tokens)`` for corpus speed, ``segment_line`` (``khabar segment``);
  ``load()`` loads its tables up front (else the first new word does), including the precomputed
  segmentations of farasa's frequent words (:mod:`.frequent`, ``make arabic-table``).
  Not re-exported here: the function ``segment`` would shadow its module.
- ``khabar.arabic.inflection``: ``fold`` for lexicon matching, and the readings of a folded word as
  clitics and affixes around a stem (``noun_cores``, ``verb_readings``); ``khabar.arabic.verbs``: the
  predicate lexicon's stems (resources/predicate_stems.tsv) and ``is_finite_verb``, for the entities and
  events stages.
"""

from khabar.arabic.normalize import normalize_for_display, normalize_for_matching
from khabar.arabic.sentences import split_sentences
from khabar.arabic.tokenize import Token, tokenize

__all__ = [
    "Token",
    "normalize_for_display",
    "normalize_for_matching",
    "split_sentences",
    "tokenize",
]
