"""Regenerate resources/frequent_segmentations.tsv (``make arabic-table``).

Run it after any change to the segmenter's rules, model or exceptions; it takes about a minute.
"""

from __future__ import annotations

import sys
from pathlib import Path

from khabar.arabic.farasa_model import load_model, word_list
from khabar.arabic.frequent import RESOURCE, format_table
from khabar.arabic.segment import ARABIC_WORD, derive_segmentation, stored_segmentation


def frequent_words() -> list[str]:
    """Bare Arabic words of farasa's word list seen at least twice, that nothing stores.

    The list spells ل + ال with the alef restored (لالجنة); text spells it لل (للجنة), so both
    spellings of such words are taken.
    """
    counts = word_list()
    once = min(counts.values())  # the log frequency of a word seen once
    words = [w for w, c in counts.items() if c > once and ARABIC_WORD.fullmatch(w)]
    words += ["لل" + w[3:] for w in words if w.startswith("لال")]
    return [w for w in dict.fromkeys(words) if stored_segmentation(w) is None]


def build() -> dict[str, str]:
    load_model()
    return {word: derive_segmentation(word) for word in frequent_words()}


def main() -> int:
    table = build()
    path = Path(__file__).parent / RESOURCE
    path.write_text(format_table(table), encoding="utf-8")
    print(f"{len(table):,} words written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
