"""Arabic core bench: throughput on real articles, WikiNews segmentation accuracy, stem conflation F1.

In one run over the same articles from ../shared/corpora (default 2,000: the first third from each
corpus) it times a plain regex tokenizer (the floor), farasa's ``segmentLine`` without its run-time
cache, and khabar's tokenize + segment + stem with cold caches.  All words/s figures share one
denominator, the number of regex word tokens, so their ratios are ratios of time; times are CPU
seconds of this process, which other jobs on the machine's two shared cores disturb less than wall
time.  Loading is timed apart: khabar's precomputed table of farasa's frequent words, then the
model (farasa's tables, shared by both, and khabar's tables derived from them).

Then WikiNews (../shared/nlp/wikinews/WikiNews.pos.ref): word segmentation accuracy through
``segment_line`` (the library call ``khabar segment`` wraps), on the whole file and on its two
halves (the first half was looked at while developing, the second is held out), and pairwise stem
conflation F1 over word types (two types should share a stem exactly when they share the gold core
stem: the gold segments without clitic and suffix tags).

    .venv/bin/python bench/bench_arabic.py [--articles N] [--skip-farasa]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

from khabar.arabic import normalize_for_matching, tokenize
from khabar.arabic.frequent import frequent_segmentations
from khabar.arabic.segment import analyse_tokens, clear_caches, load, segment_line, stem

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = ("ant_multisource", "ant_jawharafm", "saudinewsnet")
WIKINEWS = SHARED / "nlp" / "wikinews" / "WikiNews.pos.ref"
_WORD = re.compile(r"\w+")
#: Gold POS tags of pieces that are not part of the core stem.
AFFIX_TAGS = {"CONJ", "DET", "PREP", "FUT_PART", "NSUFF", "PRON", "CASE"}


def load_articles(n: int) -> list[str]:
    per_corpus = -(-n // len(CORPORA))
    texts: list[str] = []
    for name in CORPORA:
        with gzip.open(SHARED / "corpora" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in itertools.islice(fh, per_corpus):
                record = json.loads(line)
                texts.append(f"{record.get('title') or ''}\n{record.get('text') or ''}")
    return texts[:n]


def timed(label: str, fn, texts: list[str], words: int) -> float:
    start = time.process_time()
    for text in texts:
        fn(text)
    seconds = time.process_time() - start
    rate = words / seconds
    print(f"  {label:<38} {seconds:8.2f} s  {rate:12,.0f} words/s")
    return rate


def regex_tokens(text: str) -> None:
    _WORD.findall(text)


def khabar_pipeline(text: str) -> None:
    analyse_tokens(tokenize(text))


class _NoCache(dict):
    """farasa's lexicon, with segmentLine's run-time additions dropped (farasa 'uncached')."""

    def __setitem__(self, key, value) -> None:
        pass


def farasa_uncached():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from farasa import segmentation
    segmentation.hmSeenBefore = _NoCache(segmentation.hmSeenBefore)

    def run(text: str) -> None:
        for paragraph in text.split("\n"):
            segmentation.segmentLine(paragraph)

    return run


def throughput(n_articles: int, skip_farasa: bool) -> None:
    texts = load_articles(n_articles)
    words = sum(len(_WORD.findall(t)) for t in texts)
    print(f"throughput: {len(texts)} articles, {words:,} regex words (CPU time of this process)")
    start = time.perf_counter()
    table = frequent_segmentations()
    print(f"  {'load frequent-word table':<38} {time.perf_counter() - start:8.2f} s  ({len(table):,} words)")
    start = time.perf_counter()
    load()  # farasa's tables, shared by farasa and khabar, khabar's tables derived from them
    print(f"  {'load model (farasa tables + derived)':<38} {time.perf_counter() - start:8.2f} s")
    floor = timed("regex tokenizer (floor)", regex_tokens, texts, words)
    clear_caches()
    ours = timed("khabar tokenize+segment+stem (cold)", khabar_pipeline, texts, words)
    print(f"  khabar / regex floor = {ours / floor:.3f}")
    if not skip_farasa:
        farasa = timed("farasa segmentLine uncached", farasa_uncached(), texts, words)
        print(f"  khabar / farasa-uncached = {ours / farasa:.1f}x  (target >= 20x)")


def read_wikinews() -> list[tuple[str, str]]:
    rows = []
    for line in WIKINEWS.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            seg, tags = line.split("\t")[:2]
            rows.append((seg, tags))
    return rows


def segmentation_accuracy(gold: list[str]) -> float:
    words = [g.replace("+", "") or "+" for g in gold]
    out: list[str] = []
    for i in range(0, len(words), 20):  # lines of 20 words, as `khabar segment` reads them
        out.extend(segment_line(" ".join(words[i:i + 20])).split(" "))
    return sum(a == b for a, b in zip(gold, out, strict=True)) / len(gold)


def gold_core(seg: str, tags: str) -> str:
    pieces, labels = seg.split("+"), tags.split("+")
    if len(pieces) != len(labels):
        return seg.replace("+", "")
    core = "".join(p for p, t in zip(pieces, labels, strict=True) if t not in AFFIX_TAGS)
    return normalize_for_matching(core or seg.replace("+", ""))


def pairwise_f1(gold: dict[str, str], system: dict[str, str]) -> tuple[float, float, float]:
    def pairs(counter: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())

    both = pairs(Counter((gold[w], system[w]) for w in gold))
    g, s = pairs(Counter(gold.values())), pairs(Counter(system.values()))
    p, r = both / s, both / g
    return p, r, 2 * p * r / (p + r)


def wikinews() -> None:
    rows = read_wikinews()
    gold = [seg for seg, _ in rows]
    half = len(gold) // 2
    print(f"WikiNews segmentation (through segment_line, the call `khabar segment` wraps), {len(gold):,} words:")
    print(f"  all {segmentation_accuracy(gold):.2%}   first half (dev) {segmentation_accuracy(gold[:half]):.2%}"
          f"   second half (held out) {segmentation_accuracy(gold[half:]):.2%}   (target >= 98.5%)")
    by_type: dict[str, Counter] = {}
    for seg, tags in rows:
        word = seg.replace("+", "")
        if re.search("[\u0621-\u064a]", word):
            by_type.setdefault(word, Counter())[gold_core(seg, tags)] += 1
    gold_stems = {w: c.most_common(1)[0][0] for w, c in by_type.items()}
    p, r, f = pairwise_f1(gold_stems, {w: stem(w) for w in gold_stems})
    print(f"stem conflation over {len(gold_stems):,} word types: P {p:.3f} R {r:.3f} F1 {f:.3f}  (target >= 0.90)")
    p, r, f = pairwise_f1(gold_stems, {w: normalize_for_matching(w) for w in gold_stems})
    print(f"  (no stemming, normalised surface forms: P {p:.3f} R {r:.3f} F1 {f:.3f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--skip-farasa", action="store_true", help="skip the slow farasa-uncached timing")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return 0
    throughput(args.articles, args.skip_farasa)
    wikinews()
    return 0


if __name__ == "__main__":
    sys.exit(main())
