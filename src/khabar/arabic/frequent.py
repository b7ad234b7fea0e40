"""The precomputed segmentations of the frequent words of farasa's word list.

Most words of news text that farasa's lexicon does not hold are still in its unigram word list;
scoring them is most of a cold corpus run's time.  resources/frequent_segmentations.tsv stores,
for every word of that list seen at least twice that neither the curated exceptions nor the
lexicon hold (and for the لل spelling of its words in لال, the list's spelling of ل + ال), what :func:`khabar.arabic.segment.derive_segmentation` returns for it, so a run
looks it up instead.  The table is derived from farasa's own data only (no evaluation or corpus
text): ``make arabic-table`` regenerates it (:mod:`khabar.arabic.build_frequent`), and a test
checks a sample of it against the live segmenter.

File format, one word a line: the segments '+'-joined (the word is the segments without '+'), or
``word<TAB>segments`` where the segments restore a letter the spelling dropped (``للجنة``).
Data licence: derived from the tables of the ``farasa`` package on PyPI (PyFarasa, a Python port
of QCRI's Farasa segmenter, whose data is free for research use); the same terms apply.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

RESOURCE = "resources/frequent_segmentations.tsv"


@cache
def frequent_segmentations() -> dict[str, str]:
    """Word → '+'-joined segments, loaded once (a few tenths of a second)."""
    lines = files("khabar.arabic").joinpath(RESOURCE).read_text(encoding="utf-8").split("\n")
    plain = [line for line in lines if line and "\t" not in line and line[0] != "#"]
    # str.replace returns the line itself when it holds no '+': unsegmented words cost one string
    table = dict(zip([line.replace("+", "") for line in plain], plain, strict=True))
    table.update(line.split("\t") for line in lines if "\t" in line and line[0] != "#")
    return table


def format_table(segmentations: dict[str, str]) -> str:
    """The file text for a word → segments mapping, sorted (so regenerating it diffs cleanly)."""
    lines = [seg if seg.replace("+", "") == word else f"{word}\t{seg}" for word, seg in sorted(segmentations.items())]
    return "\n".join(lines) + "\n"
