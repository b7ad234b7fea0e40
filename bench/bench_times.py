"""Time-expression figures: Wojood DATE span F1 and the annotated corpus table against dateparser.

    .venv/bin/python bench/bench_times.py

Reads ../shared/nlp/wojood/val.txt (skipped when absent) and bench/data/times_table.tsv
(phrase, publication date, expected value — short phrases collected from ../shared/corpora),
then prints the stage's own speed on ../shared/corpora/ant_multisource.jsonl.gz.
"""

from __future__ import annotations

import csv
import datetime as dt
import time
from collections import defaultdict
from pathlib import Path

from khabar.times import analyse_text
from stage_speed import print_stage_speed

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TABLE = ROOT / "bench" / "data" / "times_table.tsv"


def wojood_sentences(path: Path) -> list[tuple[list[str], set[tuple[int, int]]]]:
    """Sentences as token lists with their gold DATE spans (token index ranges, end exclusive)."""
    sentences, tokens, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if parts and parts[0] != "$#$":
            tokens.append(parts[0])
            tags.append(parts[1:])
            continue
        if tokens:
            spans, start = set(), None
            for i, t in enumerate(tags + [["O"]]):
                if start is not None and "I-DATE" not in t:
                    spans.add((start, i))
                    start = None
                if "B-DATE" in t:
                    start = i
            sentences.append((tokens, spans))
        tokens, tags = [], []
    return sentences


def predicted_spans(tokens: list[str]) -> set[tuple[int, int]]:
    text, offsets = "", []
    for tok in tokens:
        offsets.append((len(text), len(text) + len(tok)))
        text += tok + " "
    spans = set()
    for start, end, _ in analyse_text(text, None, keep_vague=True):
        first = next(i for i, (s, e) in enumerate(offsets) if e > start)
        last = max(i for i, (s, e) in enumerate(offsets) if s < end)
        spans.add((first, last + 1))
    return spans


def bench_wojood() -> None:
    path = SHARED / "nlp" / "wojood" / "val.txt"
    if not path.exists():
        print("wojood: skipped (../shared/nlp/wojood/val.txt absent)")
        return
    tp = n_pred = n_gold = 0
    t0 = time.perf_counter()
    sentences = wojood_sentences(path)
    for tokens, gold in sentences:
        pred = predicted_spans(tokens)
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"wojood val DATE spans: gold={n_gold} predicted={n_pred} P={p:.3f} R={r:.3f} F1={f:.3f}"
          f" ({len(sentences)} sentences, {time.perf_counter() - t0:.2f}s)")


def _dateparser_value(phrase: str, published: str, granularity: str) -> str | None:
    import dateparser

    base = dt.datetime.fromisoformat(published)
    got = dateparser.parse(phrase, languages=["ar"], settings={"RELATIVE_BASE": base})
    if got is None:
        return None
    if granularity == "week":
        year, week, _ = got.date().isocalendar()
        return f"{year}-W{week:02d}"
    return got.date().isoformat()[: {"year": 4, "month": 7}.get(granularity, 10)]


def _granularity(value: str) -> str:
    if "W" in value:
        return "week"
    return {4: "year", 7: "month"}.get(len(value), "day")


def bench_table() -> None:
    rows = list(csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t"))
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # rows, khabar right, dateparser right
    misses = []
    elapsed = 0.0
    for row in rows:
        t0 = time.perf_counter()
        values = [v for _, _, v in analyse_text(row["phrase"], row["published"])]
        elapsed += time.perf_counter() - t0
        got = values[0] if values else None
        theirs = _dateparser_value(row["phrase"], row["published"], _granularity(row["expected"]))
        counts = by_kind[row["kind"]]
        counts[0] += 1
        counts[1] += got == row["expected"]
        counts[2] += theirs == row["expected"]
        if got != row["expected"]:
            misses.append((row["phrase"], row["published"], row["expected"], got))
    n = len(rows)
    ours = sum(c[1] for c in by_kind.values())
    theirs_total = sum(c[2] for c in by_kind.values())
    print(f"time table: {n} expressions  khabar {ours / n:.3f} ({ours}/{n}, {n / elapsed:.0f} phrases/s)"
          f"  dateparser {theirs_total / n:.3f} ({theirs_total}/{n})")
    print(f"  {'kind':<10}{'n':>5}{'khabar':>9}{'dateparser':>12}")
    for kind, (count, right, theirs) in sorted(by_kind.items(), key=lambda kv: -kv[1][0]):
        print(f"  {kind:<10}{count:>5}{right / count:>9.3f}{theirs / count:>12.3f}")
    for miss in misses:
        print("  khabar miss:", *miss, sep="\t")


if __name__ == "__main__":
    bench_wojood()
    bench_table()
    print_stage_speed("times", ["structure", "arabic"])
