"""Encoding bench: decoding and repair accuracy on real articles encoded every way Arabic news comes in.

Real texts from ../shared/corpora (default 300 per corpus, records 5000-5300 of each file; whole
article texts and, apart, their titles — short inputs are the hard case for detection) are encoded
in UTF-8, UTF-8 with BOM, Windows-1256, ISO-8859-6 (texts with characters it lacks are skipped),
UTF-16 LE/BE with and without BOM, then decoded by :func:`khabar.ingest.encoding.decode_bytes`; a
decoding counts when it gives the text back exactly.  charset-normalizer alone (its best guess) is
the baseline on the same bytes.  Then repair: the texts as mojibake (UTF-8 read as Latin-1,
Windows-1252 with its undefined bytes as C1 controls, Windows-1256) must come back exactly, and the
clean texts must come back unchanged by the mojibake repair (false repairs).  Last, damaged inputs:
UTF-8 with every other line in Windows-1256, and UTF-8 cut inside its last character, must decode
exactly or be refused, never decoded wrong.  Times are CPU time per input on a shared machine.

    .venv/bin/python bench/bench_encoding.py [--per-corpus N]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from khabar.ingest.encoding import DecodeError, decode_bytes, fix_mojibake

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = ("ant_multisource", "ant_jawharafm", "saudinewsnet")
ENCODINGS = ("utf-8", "utf-8-sig", "cp1256", "iso8859_6", "utf-16", "utf-16-le", "utf-16-be")
SKIP = 5000  # read past the first records of each file: the other benches look at those


def corpus_texts(per_corpus: int, skip: int = SKIP) -> tuple[list[str], list[str]]:
    """Article texts and titles, up to ``per_corpus`` of each from each corpus, after ``skip`` records."""
    texts, titles = [], []
    for name in CORPORA:
        with gzip.open(SHARED / "corpora" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in itertools.islice(fh, skip, skip + per_corpus):
                record = json.loads(line)
                if not record["text"].strip():  # a few records hold only no-break spaces: no text to decode
                    continue
                texts.append(record["text"])
                titles.append(record.get("title") or record["text"][:80])
    return texts, titles


def _khabar(data: bytes) -> str | None:
    try:
        return decode_bytes(data).text
    except DecodeError:
        return None


def _charset_normalizer(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else None


def decoding_table(texts: list[str], label: str) -> None:
    print(f"\n{label}: decoded exactly (khabar | charset-normalizer alone), n per encoding")
    total = {"khabar": [0, 0], "cn": [0, 0]}
    cpu = {"khabar": 0.0, "cn": 0.0}
    for encoding in ENCODINGS:
        pairs = []
        for text in texts:
            try:
                pairs.append((text, text.encode(encoding)))
            except UnicodeEncodeError:
                continue
        row = []
        for key, decode in (("khabar", _khabar), ("cn", _charset_normalizer)):
            start = time.process_time()
            right = sum(decode(data) == text for text, data in pairs)
            cpu[key] += time.process_time() - start
            total[key][0] += right
            total[key][1] += len(pairs)
            row.append(right / len(pairs) if pairs else 0.0)
        print(f"  {encoding:10s} {row[0]:.3f} | {row[1]:.3f}   n={len(pairs)}")
    for key, name in (("khabar", "khabar"), ("cn", "charset-normalizer")):
        right, n = total[key]
        print(f"  overall {name}: {right / n:.3f} ({right}/{n}), {1e3 * cpu[key] / n:.2f} ms CPU per input")


def _sloppy_1252(data: bytes) -> str:
    """Bytes read as Windows-1252, its undefined bytes shown as the Latin-1 control characters."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


MOJIBAKE: dict[str, Callable[[bytes], str]] = {
    "latin-1": lambda data: data.decode("latin-1"),
    "windows-1252": _sloppy_1252,
    "windows-1256": lambda data: data.decode("cp1256"),
}


def repair_table(texts: list[str], label: str) -> None:
    print(f"\n{label}: mojibake repaired exactly, and clean texts left unchanged")
    for name, garble in MOJIBAKE.items():
        garbled = [garble(text.encode("utf-8")) for text in texts]
        start = time.process_time()
        right = sum(fix_mojibake(broken).text == text for broken, text in zip(garbled, texts, strict=True))
        ms = 1e3 * (time.process_time() - start) / len(texts)
        print(f"  utf-8 read as {name:13s} {right / len(texts):.3f} ({right}/{len(texts)}), {ms:.2f} ms CPU per text")
    start = time.process_time()
    changed = sum(fix_mojibake(text).text != text for text in texts)
    ms = 1e3 * (time.process_time() - start) / len(texts)
    print(f"  clean texts changed (false repairs): {changed}/{len(texts)}, {ms:.3f} ms CPU per text")


def _alternate_lines(text: str) -> bytes:
    """Every other line in Windows-1256, the others in UTF-8 (files of two origins joined)."""
    return b"".join(line.encode("cp1256" if n % 2 else "utf-8") for n, line in enumerate(text.splitlines(True)))


def _cut_last_character(text: str) -> bytes:
    data = text.encode("utf-8")
    return data[:-1] if len(text[-1].encode("utf-8")) > 1 else data


#: Damaged inputs, how to make each from a text, and the text decoding must give back.
DAMAGE: dict[str, tuple[Callable[[str], bytes], Callable[[str], str]]] = {
    "utf-8 with every other line windows-1256": (_alternate_lines, lambda text: text),
    "utf-8 cut inside its last character": (_cut_last_character,
                                            lambda text: text[:-1] if len(text[-1].encode("utf-8")) > 1 else text),
}


def damage_table(texts: list[str], label: str) -> None:
    """Inputs damaged on the way: decoded exactly, or refused (never a wrong text)."""
    print(f"\n{label}: damaged inputs decoded exactly | refused | decoded wrong")
    for name, (damage, expected) in DAMAGE.items():
        pairs = []
        for text in texts:
            try:
                pairs.append((damage(text), expected(text)))
            except UnicodeEncodeError:  # a character Windows-1256 lacks
                continue
        start = time.process_time()
        results = [_khabar(data) for data, _ in pairs]
        ms = 1e3 * (time.process_time() - start) / max(len(pairs), 1)
        right = sum(got == want for got, (_, want) in zip(results, pairs, strict=True))
        refused = results.count(None)
        n = max(len(pairs), 1)
        print(f"  {name:42s} {right / n:.3f} | {refused / n:.3f} | {(len(pairs) - right - refused) / n:.3f}"
              f"   n={len(pairs)}, {ms:.2f} ms CPU per input")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-corpus", type=int, default=300, help="texts per corpus (300)")
    parser.add_argument("--skip", type=int, default=SKIP,
                        help=f"records skipped in each corpus ({SKIP}: the set looked at while developing; "
                        "9000 is held out)")
    args = parser.parse_args()
    if not (SHARED / "corpora").is_dir():
        print(f"bench_encoding: {SHARED / 'corpora'} not found; skipped")
        return 0
    texts, titles = corpus_texts(args.per_corpus, args.skip)
    print(f"bench_encoding: {len(texts)} article texts and {len(titles)} titles from {', '.join(CORPORA)} "
          f"(records {args.skip}-{args.skip + args.per_corpus} of each)")
    decoding_table(texts, "article texts")
    decoding_table(titles, "titles")
    repair_table(texts, "article texts")
    repair_table(titles, "titles")
    damage_table(texts, "article texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
