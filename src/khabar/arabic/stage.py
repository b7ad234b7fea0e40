"""The ``arabic`` pipeline stage: tokens and sentences for every analysed text unit.

Results live in ``article.annotations``: ``tokens[(field, paragraph)]`` is a list of
:class:`~khabar.arabic.tokenize.Token`, ``sentences[(field, paragraph)]`` a list of
``(start, end)`` spans.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.arabic.sentences import split_sentences
from khabar.arabic.tokenize import tokenize
from khabar.model import Article


@dataclass
class Options:
    pass


def run(article: Article, options: Options) -> Article:
    tokens = {}
    sentences = {}
    for field, paragraph, text in article.units():
        tokens[(field, paragraph)] = tokenize(text)
        sentences[(field, paragraph)] = split_sentences(text)
    article.annotations["tokens"] = tokens
    article.annotations["sentences"] = sentences
    return article
