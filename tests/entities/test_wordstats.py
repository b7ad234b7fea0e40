"""Offline word statistics: the folded corpus file the vectors are trained on, and the counts."""

import gzip
import json

import pytest

from khabar.entities.wordstats import text_lines, write_corpus_file


@pytest.mark.parametrize(("text", "expected"), [
    ("زار الرئيس بيروت، ثم عاد.", [["زار", "الرئيس", "بيروت", "ثم", "عاد"]]),
    ("سطر أول\n\nفي 2017", [["سطر", "أول"], ["في", "2017"]]),
    ("...", []),
])
def test_text_lines_keep_words_and_numbers(text, expected):
    assert list(text_lines(text)) == expected


def test_corpus_file_is_folded_words_per_line(tmp_path):
    with gzip.open(tmp_path / "news.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"title": "أخبار", "text": "قالت الوزارة إن مسؤولاً زار بيروت"}) + "\n")
    out = tmp_path / "corpus.txt"
    counts = write_corpus_file(tmp_path, out, [["وأضاف", "المسؤول"]])
    assert out.read_text(encoding="utf-8").splitlines() == [
        "اخبار", "قالت الوزاره ان مسوولا زار بيروت", "واضاف المسوول"]
    assert counts["الوزارة"] == 1  # raw spellings counted (the stopwords), extra sentences not
    assert "وأضاف" not in counts
