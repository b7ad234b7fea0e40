"""Arabic text core: normalisation, tokens with exact offsets, segmentation, stems, sentences."""

from khabar.arabic.normalize import normalize_for_display, normalize_for_matching
from khabar.arabic.sentences import split_sentences
from khabar.arabic.tokenize import Token, tokenize

__all__ = [
    "Token",
    "normalize_for_display",
    "normalize_for_matching",
    "split_sentences",
    "tokenize",
]
