"""Offline word statistics from ../shared/corpora: common words and distributional word classes.

``python -m khabar.entities.wordstats [CORPORA_DIR]`` (``make ner-resources``, which installs the
``train`` extra: gensim) writes two small derived files beside the lexicons:

* ``resources/lexicons/stopwords.txt``: the most frequent words of the news corpora; a gazetteer
  name equal to one of them (a city called like a common word) is not trusted on its own.
* ``resources/clusters.tsv``: word classes at several granularities for frequent words and their
  clitic-stripped stems, k-means over fastText vectors trained on every article and on
  ANERcorp's train part (:mod:`khabar.entities.clusters`).
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from khabar.arabic import tokenize
from khabar.entities.keys import fold

RESOURCES = Path(__file__).parent / "resources"
CORPORA = Path(__file__).resolve().parents[3].parent / "shared" / "corpora"
N_STOPWORDS = 1500
#: Articles per corpus file counted for the stopwords (enough for stable counts).
N_ARTICLES = 12_000


def corpus_texts(corpora: Path, limit: int | None = N_ARTICLES) -> Iterator[str]:
    """Title and body of the first ``limit`` articles (None: all) of each corpus file."""
    for path in sorted(corpora.glob("*.jsonl.gz")):
        for i, text in enumerate(file_texts(path)):
            if limit is not None and i >= limit:
                break
            yield text


def file_texts(path: Path) -> Iterator[str]:
    """Title and body of each article of one corpus file."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield (rec.get("title") or "") + "\n" + (rec.get("text") or "")


def text_lines(text: str) -> Iterator[list[str]]:
    """Word sequences (raw token texts, words and numbers), one per non-empty line."""
    for line in text.split("\n"):
        words = [t.text for t in tokenize(line) if t.kind in ("word", "number")]
        if words:
            yield words


def write_corpus_file(corpora: Path, out: Path, extra: list[list[str]] = ()) -> Counter[str]:
    """Every article of ``corpora`` (and the ``extra`` sentences) as folded words, one line per
    text line, for the vector training; returns the raw word counts of the first
    :data:`N_ARTICLES` articles of each file (the stopword counts)."""
    counts: Counter[str] = Counter()
    with open(out, "w", encoding="utf-8") as fh:
        for path in sorted(corpora.glob("*.jsonl.gz")):
            for i, text in enumerate(file_texts(path)):
                for words in text_lines(text):
                    if i < N_ARTICLES:
                        counts.update(words)
                    fh.write(" ".join(map(fold, words)) + "\n")
        for words in extra:
            fh.write(" ".join(map(fold, words)) + "\n")
    return counts


def write_stopwords(counts: Counter[str], path: Path, n: int = N_STOPWORDS) -> None:
    words = [w for w, _ in counts.most_common(n)]
    path.write_text("# most frequent words of the news corpora (made by khabar.entities.wordstats)\n"
                    + "\n".join(words) + "\n", encoding="utf-8")


def anercorp_train_words() -> list[list[str]]:
    """The words of ANERcorp's train part (never its test part), when the corpus is there: the
    tagger's own training words get vectors too."""
    from khabar.entities.train import ANERCORP, read_anercorp, split

    if not ANERCORP.exists():
        return []
    return [[w for w, _ in s] for s in split(read_anercorp(ANERCORP))[0]]


def main(argv: list[str]) -> int:
    corpora = Path(argv[0]) if argv else CORPORA
    if not corpora.is_dir():
        print(f"no corpora at {corpora}", file=sys.stderr)
        return 1
    from khabar.entities.clusters import write_clusters

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.txt"
        counts = write_corpus_file(corpora, corpus, anercorp_train_words())
        write_stopwords(counts, RESOURCES / "lexicons" / "stopwords.txt")
        n = write_clusters(corpus, RESOURCES / "clusters.tsv")
    print(f"{len(counts)} word types counted, {n} words classed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
