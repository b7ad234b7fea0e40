"""Offline word statistics: the corpus lines the word classes are counted over, and the stopwords."""

import gzip
import json
from collections import Counter

from khabar.entities.wordstats import corpus_sentences, write_stopwords


def test_corpus_sentences_are_words_and_numbers_per_line(tmp_path):
    with gzip.open(tmp_path / "news.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"title": "أخبار اليوم", "text": "زار الرئيس بيروت، ثم عاد.\n\nفي 2017"}) + "\n")
        fh.write(json.dumps({"title": "لا يُقرأ", "text": "بعد الحد"}) + "\n")
    assert list(corpus_sentences(tmp_path, limit=1)) == [
        ["أخبار", "اليوم"], ["زار", "الرئيس", "بيروت", "ثم", "عاد"], ["في", "2017"]]


def test_stopwords_are_the_most_frequent_words(tmp_path):
    path = tmp_path / "stop.txt"
    write_stopwords(Counter({"في": 9, "من": 7, "بيروت": 1}), path, n=2)
    assert path.read_text(encoding="utf-8").splitlines()[1:] == ["في", "من"]
