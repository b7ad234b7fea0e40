"""Word classes: the file the tagger reads, the keys that get classed, the k-means behind them."""

import numpy as np
import pytest

from khabar.entities import clusters


@pytest.fixture
def classes_file(tmp_path, monkeypatch):
    path = tmp_path / "clusters.tsv"
    path.write_text("# word<TAB>k4<TAB>k16 (made by a test)\nبيروت\t1\t7\nرياض\t1\t9\nالرياض\t2\t3\n",
                    encoding="utf-8")
    monkeypatch.setattr(clusters, "CLUSTERS_PATH", path)
    clusters.word_clusters.cache_clear()
    clusters.cluster_prefixes.cache_clear()
    yield path
    clusters.word_clusters.cache_clear()
    clusters.cluster_prefixes.cache_clear()


def test_loader_reads_ids_and_prefixes_from_the_header(classes_file):
    assert clusters.cluster_prefixes() == ("c4=", "c16=")
    assert clusters.word_clusters()["بيروت"] == ("1", "7")


def test_missing_file_means_no_classes(tmp_path, monkeypatch):
    monkeypatch.setattr(clusters, "CLUSTERS_PATH", tmp_path / "absent.tsv")
    clusters.word_clusters.cache_clear()
    clusters.cluster_prefixes.cache_clear()
    assert clusters.word_clusters() == {}
    assert clusters.cluster_prefixes() == ()
    clusters.word_clusters.cache_clear()
    clusters.cluster_prefixes.cache_clear()


@pytest.mark.parametrize(("word", "expected"), [
    ("الرياض", ["c4=2", "c16=3", "sc4=1", "sc16=9"]),  # classed itself, and its stem apart
    ("وبالرياض", ["c4=1", "c16=9"]),  # unclassed: its stem's classes stand in
    ("بيروت", ["c4=1", "c16=7"]),  # the stem is the word
    ("قزحيا", ["oov"]),
])
def test_classes_become_word_features(classes_file, word, expected):
    from khabar.entities.features import FeatureExtractor, _shown_prefixes

    _shown_prefixes.cache_clear()
    feats = FeatureExtractor(autonames=False).word_features(word)
    assert [f for f in feats if f.startswith(("c4=", "c16=", "sc4=", "sc16=", "oov"))] == expected
    _shown_prefixes.cache_clear()


def test_classed_keys_add_clitic_stripped_stems_once():
    # the stem is the features' most stripped reading (بيروت reads ب + يروت too)
    assert clusters.classed_keys(["الرياض", "وبيروت", "بيروت", "في"]) == [
        "الرياض", "وبيروت", "بيروت", "في", "رياض", "يروت"]


def test_kmeans_separates_two_directions():
    rng = np.random.default_rng(0)
    a = np.array([1.0, 0.0]) + 0.05 * rng.standard_normal((20, 2))
    b = np.array([0.0, 1.0]) + 0.05 * rng.standard_normal((20, 2))
    x = np.vstack([a, b]).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    labels = clusters.kmeans(x, 2, chunk=7)
    assert len(set(labels[:20])) == 1 and len(set(labels[20:])) == 1
    assert labels[0] != labels[20]
