"""Spelling and encoding variants bench: does the analysis find the same things when another site
spells or encodes the same article differently?

Real records from ../shared/corpora (default 100 per corpus, past line 6,000, dev ids skipped) are
rewritten as a real site would write them: (a) Persian/Urdu letters, (b) Arabic presentation forms
(a PDF copy), (c) tatweel inside words, (d) diacritics, (e) bidi and zero-width marks, (f)
Arabic-Indic and Persian digits, (g) no-break and other Unicode spaces, (h) ة/ه and ى/ي swaps of
Egyptian sites, (i) Windows line ends and curly/straight quotes, (j) the Arabic comma, semicolon
and question mark as Latin ones.  The original and each variant are
analysed in this process by the full pipeline and compared per field: entity mentions (name_ar,
type), quotes (content, speaker), times (value), places (country), events (category, source,
target), headline and body.  A found item is placed by its paragraph and its position counted in
letters of the folded text (:func:`canon`), which no variant changes, so the variant's items map
back onto the original's.  Agreement is the F1 of the variant's items against the original's
(headline and body: the share of records whose folded text is the same).

    .venv/bin/python bench/bench_variants.py [--per-corpus N] [--variants a,b,...]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from khabar.ingest.records import article_from_record
from khabar.model import Article
from khabar.pipeline import build_pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = ("ant_multisource", "saudinewsnet", "ant_jawharafm")
SKIP = 6000
DEV_IDS = Path("/tmp/lead/devids.txt")
TEXT_FIELDS = ("title", "lead", "text")

# ---------------------------------------------------------------- the folding that maps items back

_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك", "ہ": "ه", "ە": "ه",
    "ھ": "ه", "ة": "ه", "“": '"', "”": '"', "،": ",", "؛": ";", "؟": "?", "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
    **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}, **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")},
})
_GONE = re.compile("[\\s\u0610-\u061a\u064b-\u065f\u0670\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]")


def canon(text: str) -> str:
    """The text with every difference a variant makes folded away (and all spaces dropped)."""
    return _GONE.sub("", unicodedata.normalize("NFKC", text).translate(_FOLD))


# ---------------------------------------------------------------- the variants

ARABIC_WORD = re.compile("[\u0621-\u064a]+")


def _words(text: str, fn: Callable[[str], str], share: float, rng: random.Random) -> str:
    return ARABIC_WORD.sub(lambda m: fn(m.group()) if rng.random() < share else m.group(), text)


def persian_letters(text: str, rng: random.Random) -> str:
    table = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ"})
    return _words(text, lambda w: w.translate(table), 0.6, rng)


def _presentation_table() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    forms: dict[str, dict[str, str]] = {}
    ligatures: dict[str, str] = {}
    for code in range(0xFE70, 0xFEFD):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2:
            forms.setdefault(chr(int(parts[1], 16)), {})[parts[0]] = chr(code)
        elif len(parts) == 3 and parts[0] in ("<isolated>", "<final>"):  # lam-alef
            ligatures[chr(int(parts[1], 16)) + chr(int(parts[2], 16)) + parts[0]] = chr(code)
    return forms, ligatures


_FORMS, _LIGATURES = _presentation_table()


def _joins_left(ch: str) -> bool:
    return "<initial>" in _FORMS.get(ch, {})


def presentation_forms(text: str, rng: random.Random) -> str:
    """Every Arabic letter as its contextual presentation form, lam-alef as a ligature (a PDF copy)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        prev = text[i - 1] if i else ""
        joined = _joins_left(prev) and not (out and out[-1] in _LIGATURES.values())
        if ch == "ل" and i + 1 < len(text) and text[i + 1] in "اأإآ":
            out.append(_LIGATURES.get(f"ل{text[i + 1]}{'<final>' if joined else '<isolated>'}", ch + text[i + 1]))
            i += 2
            continue
        forms = _FORMS.get(ch)
        if forms is None:
            out.append(ch)
        else:
            nxt = text[i + 1] if i + 1 < len(text) else ""
            follows = nxt in _FORMS
            kind = ("<medial>" if joined and follows and "<medial>" in forms else
                    "<final>" if joined and "<final>" in forms else
                    "<initial>" if follows and "<initial>" in forms else "<isolated>")
            out.append(forms.get(kind, ch))
        i += 1
    return "".join(out)


def tatweel(text: str, rng: random.Random) -> str:
    def stretch(word: str) -> str:
        spots = [k for k in range(1, len(word)) if _joins_left(word[k - 1])]
        if not spots:
            return word
        k = rng.choice(spots)
        return word[:k] + "ـ" * rng.randint(1, 3) + word[k:]
    return _words(text, stretch, 0.3, rng)


_HARAKAT = "\u064e\u064f\u0650\u0652"


def diacritics(text: str, rng: random.Random) -> str:
    def vowel(word: str) -> str:
        full = rng.random() < 0.5  # fully vowelled, or only a letter or two
        return "".join(ch + (rng.choice(_HARAKAT) if (full or rng.random() < 0.2) and ch not in "اوى" else "")
                       for ch in word) + ("\u064b" if word.endswith("ا") and rng.random() < 0.3 else "")
    return _words(text, vowel, 0.3, rng)


def bidi_marks(text: str, rng: random.Random) -> str:
    marks = ("\u200f", "\u200e", "\u200c", "\u200d", "\u061c")

    def mark(word: str) -> str:
        where = rng.choice(("before", "after", "inside"))
        m = rng.choice(marks)
        if where == "inside" and len(word) > 2:
            k = rng.randrange(1, len(word))
            return word[:k] + m + word[k:]
        return m + word if where == "before" else word + m
    return _words(text, mark, 0.15, rng)


def eastern_digits(text: str, rng: random.Random) -> str:
    digits = "٠١٢٣٤٥٦٧٨٩" if rng.random() < 0.5 else "۰۱۲۳۴۵۶۷۸۹"
    return text.translate(str.maketrans("0123456789", digits))


def unicode_spaces(text: str, rng: random.Random) -> str:
    spaces = ("\u00a0", "\u202f", "\u2009", "\u2002", "\u3000")
    return re.sub(" ", lambda m: rng.choice(spaces) if rng.random() < 0.4 else " ", text)


def egyptian_swaps(text: str, rng: random.Random) -> str:
    def swap(word: str) -> str:
        if word.endswith("ة"):
            return word[:-1] + "ه"
        if word.endswith("ي") and len(word) > 2:
            return word[:-1] + "ى"
        return word
    return _words(text, swap, 0.8, rng)


def windows_quotes(text: str, rng: random.Random) -> str:
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    curly = iter(("“", "”") * len(text))
    text = re.sub('"', lambda m: next(curly), text)
    return text.replace("«", "“").replace("»", "”")


def latin_punctuation(text: str, rng: random.Random) -> str:
    """The Arabic comma, semicolon and question mark as the Latin ones (text typed or copied with a
    Latin keyboard layout, or through an editor that swaps them)."""
    return text.translate(str.maketrans("،؛؟", ",;?"))


VARIANTS: dict[str, Callable[[str, random.Random], str]] = {
    "a persian": persian_letters, "b presentation": presentation_forms, "c tatweel": tatweel,
    "d diacritics": diacritics, "e bidi/zw": bidi_marks, "f digits": eastern_digits,
    "g spaces": unicode_spaces, "h ة/ه ى/ي": egyptian_swaps, "i crlf/quotes": windows_quotes,
    "j latin ,;?": latin_punctuation,
}

# ---------------------------------------------------------------- reading and comparing


def load_records(shared: Path, per_corpus: int) -> list[tuple[dict[str, Any], int]]:
    dev = set(DEV_IDS.read_text().split()) if DEV_IDS.exists() else set()
    records = []
    for name in CORPORA:
        with gzip.open(shared / "corpora" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
            taken = 0
            for n, line in enumerate(fh, 1):
                if n <= SKIP:
                    continue
                record = json.loads(line)
                if record.get("id") in dev or not (record.get("text") or "").strip():
                    continue
                records.append((record, n))
                taken += 1
                if taken == per_corpus:
                    break
    return records


def variant_record(record: dict[str, Any], fn: Callable[[str, random.Random], str], seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    out = dict(record)
    for name in TEXT_FIELDS:
        if isinstance(out.get(name), str):
            out[name] = fn(out[name], rng)
    return out


def _article(record: dict[str, Any], line: int) -> Article:
    return article_from_record(record, json.dumps(record, ensure_ascii=False), line=line)


def items(article: Article | None) -> dict[str, Counter]:
    """Every field's found items, placed by paragraph and folded letter offsets (none when the
    analysis failed)."""
    if article is None:
        return {name: Counter() for name in FIELDS}
    units = {(f, p): t for f, p, t in article.units()}
    starts: dict[tuple[str, int, int], int] = {}

    def at(x: Any) -> tuple:
        key = (x.field, x.paragraph)
        text = units.get(key, "")
        pos = []
        for off in (x.start, x.end):
            k = (*key, off)
            if k not in starts:
                starts[k] = len(canon(text[:off]))
            pos.append(starts[k])
        return (*key, *pos)

    def speaker(q: Any) -> str | None:
        s = q.speaker
        if s is None:
            return None
        return getattr(s, "entity", None) or canon(getattr(s, "text", "") or "")

    out: dict[str, Counter] = {name: Counter() for name in ("entities", "quotes", "times", "places", "events")}
    for e in article.entities:
        for m in e.mentions:
            out["entities"][(*at(m), canon(e.name_ar or ""), e.type)] += 1
    for q in article.quotes:
        out["quotes"][(q.field, q.paragraph, canon(q.content), speaker(q))] += 1
    for t in article.times:
        out["times"][(*at(t), t.value, t.value_end)] += 1
    for p in article.places:
        out["places"][(*at(p), p.country)] += 1
    for ev in article.events:
        src = ev.source.entity or canon(ev.source.text) if ev.source else None
        tgt = ev.target.entity or canon(ev.target.text) if ev.target else None
        out["events"][(*at(ev), ev.cameo, src, tgt)] += 1
    out["headline"] = Counter({canon(article.headline or ""): 1})
    out["body"] = Counter({canon("\n".join(article.body or [])) + f"|{len(article.body or [])}": 1})
    return out


FIELDS = ("entities", "quotes", "times", "places", "events", "headline", "body")


def agreement(base: list[dict[str, Counter]], other: list[dict[str, Counter]]) -> dict[str, float]:
    result = {}
    for name in FIELDS:
        common = total = 0
        for a, b in zip(base, other, strict=True):
            common += sum((a[name] & b[name]).values())
            total += sum(a[name].values()) + sum(b[name].values())
        result[name] = 2 * common / total if total else 1.0
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-corpus", type=int, default=100)
    parser.add_argument("--variants", default="", help="letters of the variants to run (default all)")
    parser.add_argument("--show", type=int, default=0, help="print up to N differing items per variant")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the folder holding corpora/")
    args = parser.parse_args(argv)
    if not (args.shared / "corpora").exists():
        print(f"no corpora under {args.shared}", file=sys.stderr)
        return 1
    records = load_records(args.shared, args.per_corpus)
    pipeline = build_pipeline()
    started = time.process_time()
    base = [items(a) for a in pipeline.run_batch([_article(r, n) for r, n in records], _failed)]
    print(f"{len(records)} records; original analysed in {time.process_time() - started:.1f} s CPU")
    print(f"{'variant':<16}" + "".join(f"{f:>9}" for f in FIELDS) + "   failed")
    chosen = [v for v in VARIANTS if not args.variants or v[0] in args.variants.split(",")]
    for name in chosen:
        arts = [_article(variant_record(r, VARIANTS[name], n), n) for r, n in records]
        analysed = pipeline.run_batch(arts, _failed)
        found = [items(a) for a in analysed]
        scores = agreement(base, found)
        print(f"{name:<16}" + "".join(f"{scores[f]:>9.3f}" for f in FIELDS) + f"{analysed.count(None):>9}",
              flush=True)
        shown = 0
        for (rec, _), a, b in zip(records, base, found, strict=True):
            for f in FIELDS:
                for item in (a[f] - b[f]) | (b[f] - a[f]):
                    if shown < args.show:
                        side = "-" if item in a[f] - b[f] else "+"
                        print(f"   {side} {rec.get('id')} {f} {item}")
                        shown += 1
    return 0


def _failed(article: Article, exc: Exception) -> None:
    print(f"   ! {article.id}: {exc.__class__.__name__}: {exc}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
