"""Offline word statistics from ../shared/corpora: common words and distributional word clusters.

``python -m khabar.entities.wordstats [CORPORA_DIR]`` (``make ner-resources``) writes two small
derived files beside the lexicons:

* ``resources/lexicons/stopwords.txt``: the most frequent words of the news corpora; a gazetteer
  name equal to one of them (a city called like a common word) is not trusted on its own.
* ``resources/clusters.tsv``: ``word<TAB>cluster`` for frequent words, k-means over reduced
  left/right co-occurrence vectors (Brown-like classes for the tagger's features).
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from khabar.arabic import tokenize

RESOURCES = Path(__file__).parent / "resources"
CORPORA = Path(__file__).resolve().parents[3].parent / "shared" / "corpora"
N_STOPWORDS = 1500
N_ARTICLES = 12_000  # per corpus file: enough for stable counts, minutes not hours


def corpus_files(corpora: Path) -> list[Path]:
    """The corpus files, in name order."""
    return sorted(corpora.glob("*.jsonl.gz"))


def file_texts(path: Path, limit: int = N_ARTICLES) -> Iterator[str]:
    """Title and text of the first ``limit`` articles of one corpus file."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                break
            rec = json.loads(line)
            yield (rec.get("title") or "") + "\n" + (rec.get("text") or "")


def corpus_texts(corpora: Path, limit: int = N_ARTICLES) -> Iterator[str]:
    for path in corpus_files(corpora):
        yield from file_texts(path, limit)


def corpus_sentences(corpora: Path, limit: int = N_ARTICLES) -> Iterator[list[str]]:
    """Word sequences (raw token texts), one per line of each article."""
    for text in corpus_texts(corpora, limit):
        for line in text.split("\n"):
            words = [t.text for t in tokenize(line) if t.kind in ("word", "number")]
            if words:
                yield words


def write_stopwords(counts: Counter[str], path: Path, n: int = N_STOPWORDS) -> None:
    words = [w for w, _ in counts.most_common(n)]
    path.write_text("# most frequent words of the news corpora (made by khabar.entities.wordstats)\n"
                    + "\n".join(words) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    corpora = Path(argv[0]) if argv else CORPORA
    if not corpora.is_dir():
        print(f"no corpora at {corpora}", file=sys.stderr)
        return 1
    sentences = list(corpus_sentences(corpora))
    counts = Counter(w for s in sentences for w in s)
    write_stopwords(counts, RESOURCES / "lexicons" / "stopwords.txt")
    from khabar.entities.clusters import write_clusters

    write_clusters(sentences, counts, RESOURCES / "clusters.tsv")
    print(f"{len(sentences)} lines, {len(counts)} word types", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
