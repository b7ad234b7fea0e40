"""The ``structure`` stage: page fields from a raw text dump or a JSON Lines record.

(First cut: records keep their given fields and their text's lines become the body; text dumps
take the first line as headline.  The full analysis of layouts replaces this.)
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.model import Article


@dataclass
class Options:
    pass


def run(article: Article, options: Options) -> Article:
    if article.source.kind in ("jsonl", "stdin") and article.raw.lstrip().startswith("{"):
        import json

        text = json.loads(article.raw)["text"]
        article.body = [ln.strip() for ln in text.split("\n") if ln.strip()]
    else:
        lines = [ln.strip() for ln in article.raw.split("\n") if ln.strip()]
        article.headline = lines[0] if lines else None
        article.body = lines[1:]
    return article
