import warnings

import pytest

from khabar.arabic.farasa_model import _best
from khabar.arabic.farasa_templates import fit_template

# Words farasa's stored lexicon does not hold, so its scoring model decides them.
UNSEEN = ["ويستعملونها", "والمتطوعين", "بمستشفياتهم", "فسيكتبونها", "لتلامذتنا", "ككتابهما",
          "والديمقراطيتين", "وللمستثمرين", "سيتصالحون", "بالبرتقالات", "كوفيدات", "وبالتلفزيونات"]


@pytest.fixture(scope="module")
def farasa():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from farasa import fitTemplateClass, segmentation
    return segmentation, fitTemplateClass


@pytest.mark.parametrize("word", UNSEEN)
def test_search_matches_farasa(farasa, word):
    segmentation, _ = farasa
    candidate = "لال" + word[2:] if word.startswith("لل") else word
    expected = "+".join(segmentation.mostLikelyPartition(candidate, 1)[0][1].replace(";", "").split("+"))
    assert _best(candidate) == expected.replace("++", "+").strip("+")


@pytest.mark.parametrize("stem", ["كتاب", "مستشفي", "استعمل", "مدرس", "تلفزيون", "أكاديمي", "قاعد", "مؤتمر"])
def test_template_matches_farasa(farasa, stem):
    _, templates = farasa
    assert fit_template(stem) == templates.fitTemplate(stem)
