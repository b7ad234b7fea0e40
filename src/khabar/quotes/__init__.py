"""The ``quotes``  stage (under construction: passes the article through)."""

from __future__ import annotations

from dataclasses import dataclass

from khabar.model import Article


@dataclass
class Options:
    pass


def run(article: Article, options: Options) -> Article:
    return article
