"""Self-training data: corpus sentences a trained tagger labels with confidence.

ANERcorp's train part has ~4,000 sentences, few of them naming the clubs, companies and people of
later news.  A model trained on it tags ../shared/corpora (CRF, lexicon layer and document
consistency: :meth:`.tagger.Tagger.tag_many`); the sentences that hold a name and whose CRF path
has a probability of at least ``MIN_PROBABILITY`` can join the train part
(``python -m khabar.entities.train --self-training``).  On the held-out slice of the train part,
60,000 such words lifted micro-F1 0.772 -> 0.776 (votes made without the slice: see :mod:`.train`);
on the test part 0.763 against 0.765 for a plain retrain, and dev entity_f1 0.873 for both, so the
committed model does not use them.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, zip_longest
from pathlib import Path
from typing import TYPE_CHECKING

from khabar.entities.autonames import N_ARTICLES, file_documents
from khabar.entities.wordstats import corpus_files

if TYPE_CHECKING:  # annotations only: the tagger is loaded by whoever trains
    from khabar.entities.tagger import Tagger

#: Words of confidently tagged corpus sentences added to the train part.
N_WORDS = 60_000
#: The CRF's probability of its own best tag sequence for a sentence to be kept.
MIN_PROBABILITY = 0.9
#: Sentence lengths kept (words): long ones are rarely confident, short ones say little.
MIN_LENGTH, MAX_LENGTH = 6, 50
#: Words with a letter a sentence needs (not a line of numbers and punctuation).
MIN_LETTERED = 4

Sentence = list[tuple[str, str]]


def interleaved_documents(corpora: Path, limit: int = N_ARTICLES) -> Iterator[list[list[str]]]:
    """Every other article, taking the corpus files in turn (one outlet's style does not dominate)."""
    files = [file_documents(p, limit) for p in corpus_files(corpora)]
    docs = (d for d in chain.from_iterable(zip_longest(*files)) if d)
    for k, doc in enumerate(docs):
        if not k % 2:
            yield doc


def keeps(words: list[str], tags: list[str]) -> bool:
    """A sentence worth checking: of a useful length, mostly words, holding a name."""
    return (MIN_LENGTH <= len(words) <= MAX_LENGTH and any(t != "O" for t in tags)
            and sum(any(c.isalpha() for c in w) for w in words) >= MIN_LETTERED)


def confident_sentences(tagger: Tagger, documents: Iterator[list[list[str]]], n_words: int = N_WORDS) -> list[Sentence]:
    """(word, tag) sentences ``tagger`` (a :class:`.tagger.Tagger`) labels with a name and with
    confidence, in corpus order, until they hold ``n_words`` words."""
    out: list[Sentence] = []
    total = 0
    for doc in documents:
        for words, tags in zip(doc, tagger.tag_many(doc), strict=True):
            if total >= n_words:
                return out
            if keeps(words, tags) and sequence_probability(tagger, words) >= MIN_PROBABILITY:
                out.append(list(zip(words, tags, strict=True)))
                total += len(words)
    return out


def sequence_probability(tagger: Tagger, words: list[str]) -> float:
    """crfsuite's probability of its best tag sequence for the sentence."""
    tagger.crf.set(tagger.features.sentence(words))
    return tagger.crf.probability(tagger.crf.tag())
