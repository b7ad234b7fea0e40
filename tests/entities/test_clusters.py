"""Word classes: the file the tagger reads and the features they become."""

import pytest

from khabar.entities import clusters


@pytest.fixture
def classes_file(tmp_path, monkeypatch):
    path = tmp_path / "clusters.tsv"
    path.write_text("# word<TAB>k4<TAB>k16 (made by a test)\nبيروت\t1\t7\nرياض\t1\t9\nالرياض\t2\t3\n",
                    encoding="utf-8")
    monkeypatch.setattr(clusters, "CLUSTERS_PATH", path)
    _clear_caches()
    yield path
    _clear_caches()


def _clear_caches() -> None:
    clusters.word_clusters.cache_clear()
    clusters.cluster_prefixes.cache_clear()
    clusters.word_ranks.cache_clear()


def test_loader_reads_ids_and_prefixes_from_the_header(classes_file):
    assert clusters.cluster_prefixes() == ("c4=", "c16=")
    assert clusters.word_clusters()["بيروت"] == ("1", "7")


def test_ranks_follow_the_files_order(classes_file):
    assert clusters.word_ranks() == {"بيروت": 0, "رياض": 1, "الرياض": 2}  # most frequent first


def test_missing_file_means_no_classes(tmp_path, monkeypatch):
    monkeypatch.setattr(clusters, "CLUSTERS_PATH", tmp_path / "absent.tsv")
    _clear_caches()
    assert clusters.word_clusters() == {}
    assert clusters.cluster_prefixes() == ()
    assert clusters.word_ranks() == {}
    _clear_caches()


@pytest.mark.parametrize(("word", "expected"), [
    ("الرياض", ["c4=2", "c16=3"]),  # classed itself
    ("وبالرياض", ["c4=1", "c16=9"]),  # unclassed: its stem's classes stand in
    ("بيروت", ["c4=1", "c16=7"]),  # the stem is the word
    ("قزحيا", ["oov"]),
])
def test_classes_become_word_features(classes_file, word, expected):
    from khabar.entities.features import FeatureExtractor, _shown_prefixes

    _shown_prefixes.cache_clear()
    feats = FeatureExtractor(autonames=False).word_features(word)
    assert [f for f in feats if f.startswith(("c4=", "c16=", "oov"))] == expected
    _shown_prefixes.cache_clear()
