"""Non-local consistency: a second search whose scores hear what the first said of the same word
elsewhere in the document (after Krishnan and Manning 2006, "An effective two-stage model for
exploiting non-local dependencies": a word or name repeated in a document tends to keep its label).

The first search tags the document; each word then gets, per name type, the share of its *other*
occurrences in the document (same folded spelling; :data:`MIN_LENGTH` letters or more, no
stopword, a word the first search called a name somewhere) that the first search tagged with that
type; ``weight`` times the share is added to the word's B- and I- scores of that type, and the
search runs again.  Unlike :func:`.tagger.propagate`, which fills a missed word after decoding,
the evidence goes through the search itself: it can also change a name's type (جيتس ORG -> PERS
where the document calls him a person), or its bounds (روما اسبانيا ORG -> اسبانيا LOC beside
the other mentions of اسبانيا), and the transitions keep the BIO sequence valid.

No gold labels are read: the shares come from the tagger's own first pass over the text being
tagged.  The whole input is the document (``khabar tag``: the input; the pipeline: one article).
Figures in ``resources/README.md`` (Experiments).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain

import numpy as np

from khabar.entities.lexicon import folded_word_list

#: Name types whose shares are added (ANERcorp's four).
TYPES = ("PERS", "LOC", "ORG", "MISC")
#: Shorter words (و, في, ال-less particles) carry no evidence.
MIN_LENGTH = 3
#: How much a share of 1.0 adds to a label's score, by model (0: one search).  Off: on ANERcorp's
#: test part the ensemble gains 0.789 -> 0.795 at 2.0 (the CRF alone 0.771 -> 0.775 at 1.0), on
#: the held-out slice of the train part +0.001 to +0.004 at any weight: noise (resources/README.md,
#: Experiments).
WEIGHTS: dict[str, float] = {"ensemble": 0.0, "crf": 0.0}


def type_shares(folded: list[str], tags: list[str]) -> np.ndarray:
    """Per word of the document (``folded`` spellings and first-pass ``tags``, flat, in order):
    the share of the word's other occurrences tagged with each of :data:`TYPES` (words x types;
    zeros for a word seen once, a short word, a stopword, or one never tagged a name)."""
    stop = folded_word_list("stopwords")
    kinds = [t[2:] for t in tags]  # "" for O
    where: dict[str, list[int]] = {}
    for i, k in enumerate(folded):
        if len(k) >= MIN_LENGTH:
            where.setdefault(k, []).append(i)
    out = np.zeros((len(folded), len(TYPES)))
    for k, at in where.items():
        if len(at) < 2 or k in stop:
            continue
        counts = np.zeros(len(TYPES))
        for i in at:
            if kinds[i] in TYPES:
                counts[TYPES.index(kinds[i])] += 1
        if not counts.any():
            continue
        others = len(at) - 1
        for i in at:
            own = np.zeros(len(TYPES))
            if kinds[i] in TYPES:
                own[TYPES.index(kinds[i])] = 1
            out[i] = (counts - own) / others
    return out


def label_columns(labels: list[str]) -> np.ndarray:
    """(labels x types) 1 where a label (B-PERS, I-PERS) is of the type, else 0 (O: none)."""
    return np.array([[float(label[2:] == t) for t in TYPES] for label in labels])


def second_pass(scores: np.ndarray, labels: list[str], folded: list[str], first: list[list[str]],
                weight: float, search: Callable[[np.ndarray], list[list[str]]]) -> list[list[str]]:
    """The document's tags searched again (``search``: scores -> tags per sentence) with ``weight``
    times each word's :func:`type_shares` of the ``first`` tags added to its labels of that type."""
    flat = list(chain.from_iterable(first))
    if not weight or flat.count("O") == len(flat):
        return first
    return search(np.ascontiguousarray(scores + weight * type_shares(folded, flat) @ label_columns(labels).T))
