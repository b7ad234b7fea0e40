"""Structure bench: page-field accuracy on rendered layouts, and structure-only throughput.

1. Renders N real ../shared/corpora articles (ant_multisource and ant_jawharafm: records with a
   title, a date and at least two paragraphs) into every layout of bench/layouts.py (34), of
   bench/layouts_unseen.py (14, marked +) and of bench/layouts_fresh.py (8 marked ++, then 3 marked
   +++, each round first run unseen), of bench/layouts_eleventh.py (8 marked ++++) and of
   bench/layouts_twelfth.py (8 marked 5+, then 4 marked 5++) and of bench/layouts_thirteenth.py (4
   marked 6+, then 2 marked 6++), rendered from records past line 1,000 of the three corpora, no dev gold article,
   and of bench/layouts_fourteenth.py (4 marked 7+, on records past line 12,000 of ant_multisource and
   saudinewsnet and past line 9,500 of ant_jawharafm) and of bench/layouts_fifteenth.py (4 marked 8+, on
   records past line 16,000 of ant_multisource and saudinewsnet and past line 9,000 of ant_jawharafm) and of bench/layouts_sixteenth.py (4 marked 9+, on records of lines
   6,000-12,000 of ant_multisource and saudinewsnet and 4,000-9,000 of ant_jawharafm) and of
   bench/layouts_seventeenth.py (4 marked 10+, on records of lines 12,000-19,898 of ant_multisource,
   12,000-20,000 of saudinewsnet and 9,000-10,161 of ant_jawharafm) and of bench/layouts_eighteenth.py (4 marked
   11+, on records of lines 1,000-19,898 of ant_multisource, 400-20,000 of saudinewsnet and 1,500-10,161 of
   ant_jawharafm) and of bench/layouts_nineteenth.py (4 marked 12+, on the same lines, seed 19457) and of
   bench/layouts_twentieth.py (2 marked 13+, the nineteenth session's second round, the same lines, seed 20611)
   and of bench/layouts_twentyfirst.py (6 marked 14+, the twentieth session's, the same lines, seed 21347)
   and of bench/layouts_twentysecond.py (6 marked 15+, the twenty-first session's, the same lines, seed 22619)
   and of bench/layouts_twentythird.py (5 marked 16+, the twenty-second session's, the same lines, seed 23807)
   and of bench/layouts_twentyfourth.py (5 marked 17+, the twenty-third session's, lines 15,201-16,000 of
   ant_multisource and saudinewsnet and 8,001-8,500 of ant_jawharafm, seed 24113) and of
   bench/layouts_twentyfifth.py (7 marked 18+, the twenty-fourth session's, lines 14,401-15,200 of
   ant_multisource and saudinewsnet and 7,501-8,000 of ant_jawharafm, seed 25217) and of
   bench/layouts_twentysixth.py (7 marked 19+, the twenty-sixth session's, lines 13,601-14,400 of
   ant_multisource and saudinewsnet and 7,001-7,500 of ant_jawharafm, seed 26431),
   analyses each page with the ``structure`` stage and prints per layout and overall: headline accuracy, date
   accuracy, body paragraph F1, related F1 (targets 0.99, 0.99, 0.98, 0.95), plus deck, dateline, byline and
   pull-quote figures, and the same for a naive reader (first line headline, rest body).
2. Runs the ``structure`` stage alone over all records of ant_multisource.jsonl.gz (read once,
   outside the timing) several times and prints articles/s (median) on one core.

Usage: bench_structure.py [--per-layout N] [--runs N] [--show N] [--only LAYOUT ...]
Times are measured on a shared 2-core machine, under whatever else runs there.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from khabar.ingest import article_from_record, article_from_text  # noqa: E402
from khabar.model import Article  # noqa: E402
from khabar.structure import Options, run  # noqa: E402
from khabar.structure.dateline import known_places  # noqa: E402
from layouts import LAYOUTS, Page, Record  # noqa: E402
from layouts_eighteenth import EIGHTEENTH_LAYOUTS  # noqa: E402
from layouts_eleventh import ELEVENTH_LAYOUTS  # noqa: E402
from layouts_fifteenth import FIFTEENTH_LAYOUTS  # noqa: E402
from layouts_fourteenth import FOURTEENTH_LAYOUTS  # noqa: E402
from layouts_fresh import FRESH_LAYOUTS, LATER_LAYOUTS  # noqa: E402
from layouts_nineteenth import NINETEENTH_LAYOUTS  # noqa: E402
from layouts_seventeenth import LATER_SEVENTEENTH_LAYOUTS, SEVENTEENTH_LAYOUTS  # noqa: E402
from layouts_sixteenth import SIXTEENTH_LAYOUTS  # noqa: E402
from layouts_thirteenth import LATER_THIRTEENTH_LAYOUTS, THIRTEENTH_LAYOUTS  # noqa: E402
from layouts_twelfth import LATER_TWELFTH_LAYOUTS, TWELFTH_LAYOUTS  # noqa: E402
from layouts_twentieth import TWENTIETH_LAYOUTS  # noqa: E402
from layouts_twentyfifth import TWENTYFIFTH_LAYOUTS  # noqa: E402
from layouts_twentyfirst import TWENTYFIRST_LAYOUTS  # noqa: E402
from layouts_twentyfourth import TWENTYFOURTH_LAYOUTS  # noqa: E402
from layouts_twentysecond import TWENTYSECOND_LAYOUTS  # noqa: E402
from layouts_twentysixth import TWENTYSIXTH_LAYOUTS  # noqa: E402
from layouts_twentythird import TWENTYTHIRD_LAYOUTS  # noqa: E402
from layouts_unseen import UNSEEN_LAYOUTS  # noqa: E402
from page_builder import Layout, corpus_pool, draw_records  # noqa: E402
from rounds import DRAWS  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "corpora"
_DIAC = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")


def norm(text: str | None) -> str:
    """Comparison form, as the project's scorer compares fields: spacing, diacritics, quote marks."""
    if not text:
        return ""
    text = _DIAC.sub("", unicodedata.normalize("NFKC", text))
    text = re.sub(r"[\"'«»“”„‘’]", "", text)
    return " ".join(text.split())


def sample_records(n: int, seed: int = 7) -> list[Record]:
    """n usable records (4/5 ant_multisource, 1/5 Jawhara FM), with other titles for related blocks."""
    rng = random.Random(seed)
    pools = [corpus_pool("ant_multisource"), corpus_pool("ant_jawharafm")]
    return draw_records(rng, pools, (n - n // 5, n // 5))


class Tally:
    def __init__(self) -> None:
        self.c: dict[str, float] = defaultdict(float)

    def exact(self, name: str, system: str | None, truth: str | None) -> None:
        self.c[name] += norm(system) == norm(truth)
        self.c[name + "_n"] += 1

    def sets(self, name: str, system: list[str], truth: list[str]) -> None:
        s, t = {norm(x) for x in system}, {norm(x) for x in truth}
        self.c[name + "_tp"] += len(s & t)
        self.c[name + "_sys"] += len(s)
        self.c[name + "_gold"] += len(t)

    def acc(self, name: str) -> float:
        return self.c[name] / self.c[name + "_n"] if self.c[name + "_n"] else float("nan")

    def f1(self, name: str) -> float:
        tp, ns, ng = self.c[name + "_tp"], self.c[name + "_sys"], self.c[name + "_gold"]
        if not ng and not ns:
            return float("nan")
        p = tp / ns if ns else 1.0
        r = tp / ng if ng else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score(t: Tally, page: Page, article: Article) -> None:
    t.exact("headline", article.headline, page.headline)
    t.exact("date", (article.published or "")[:10], page.published)
    t.exact("deck", article.deck, page.deck)
    t.exact("dateline", article.dateline, page.dateline)
    t.exact("byline", article.byline, page.byline)
    t.sets("body", article.body, page.body)
    t.sets("related", article.related, page.related)
    t.sets("pull", article.pull_quotes, page.pull_quotes)


def naive(page: Page) -> Article:
    lines = [ln.strip() for ln in page.text.splitlines() if ln.strip()]
    return Article(id="naive", source=article_from_text(page.text).source, headline=lines[0], body=lines[1:])


COLUMNS = [("headline", "acc"), ("date", "acc"), ("body", "f1"), ("related", "f1"), ("deck", "acc"),
           ("dateline", "acc"), ("byline", "acc"), ("pull", "f1")]


def cell(t: Tally, key: str, kind: str) -> str:
    """A figure, or '-' for a set the truth leaves empty on every page of the row."""
    if kind == "f1" and not t.c[key + "_gold"]:
        return f"{'-':>8}"
    return f"{(t.acc(key) if kind == 'acc' else t.f1(key)):8.3f}"


def row(name: str, t: Tally) -> str:
    cells = [cell(t, k, kind) for k, kind in COLUMNS]
    return f"{name:20}" + "".join(cells)


#: The families first run unseen: (label of their overall row, the mark of their rows, the layouts).
#: A round with a draw of its own (rounds.DRAWS, by its mark) is rendered from its records, the
#: others from the sample every other layout reads.
HELD_OUT: list[tuple[str, str, dict[str, Layout]]] = [
    ("unseen+", "+", UNSEEN_LAYOUTS), ("fresh++", "++", FRESH_LAYOUTS),
    ("later+++", "+++", LATER_LAYOUTS), ("eleventh++++", "++++", ELEVENTH_LAYOUTS),
    ("twelfth5+", "5+", TWELFTH_LAYOUTS), ("twelfth-later5++", "5++", LATER_TWELFTH_LAYOUTS),
    ("thirteenth6+", "6+", THIRTEENTH_LAYOUTS), ("thirteenth-later6++", "6++", LATER_THIRTEENTH_LAYOUTS),
    ("fourteenth7+", "7+", FOURTEENTH_LAYOUTS), ("fifteenth8+", "8+", FIFTEENTH_LAYOUTS),
    ("sixteenth9+", "9+", SIXTEENTH_LAYOUTS), ("seventeenth10+", "10+", SEVENTEENTH_LAYOUTS),
    ("seventeenth-later10++", "10++", LATER_SEVENTEENTH_LAYOUTS), ("eighteenth11+", "11+", EIGHTEENTH_LAYOUTS),
    ("nineteenth12+", "12+", NINETEENTH_LAYOUTS), ("twentieth13+", "13+", TWENTIETH_LAYOUTS),
    ("twentyfirst14+", "14+", TWENTYFIRST_LAYOUTS), ("twentysecond15+", "15+", TWENTYSECOND_LAYOUTS),
    ("twentythird16+", "16+", TWENTYTHIRD_LAYOUTS), ("twentyfourth17+", "17+", TWENTYFOURTH_LAYOUTS),
    ("twentyfifth18+", "18+", TWENTYFIFTH_LAYOUTS), ("twentysixth19+", "19+", TWENTYSIXTH_LAYOUTS)]


def accuracy(per_layout: int, show: int, only: list[str] | None = None) -> None:
    records = sample_records(per_layout)
    every: dict[str, Layout] = {**LAYOUTS}
    for _, _, family in HELD_OUT:
        every.update(family)
    if unknown := [name for name in only or () if name not in every]:
        raise SystemExit(f"--only: no layout is named {', '.join(unknown)} (the names: {', '.join(sorted(every))})")
    layouts = {name: make for name, make in every.items() if not only or name in only}
    # Each layout's records: its round's own draw (made once a draw, and only for a round that runs).
    drawn: dict[Callable[[int], list[Record]], list[Record]] = {}
    records_of: dict[str, list[Record]] = {}
    for _, mark, family in HELD_OUT:
        draw = DRAWS.get(mark)
        for name in family.keys() & layouts.keys():
            if draw is not None and draw not in drawn:
                drawn[draw] = draw(per_layout)
            records_of[name] = records if draw is None else drawn[draw]
    print(f"pages: {len(records)} real articles x {len(layouts)} layouts (+: the ninth session's unseen families,"
          " ++: the tenth's, +++: its later round, ++++: the eleventh's, 5+/5++: the twelfth's, 6+/6++: the thirteenth's,"
           " on records past line 1,000 of the three corpora, 7+: the fourteenth's, past lines 12,000/12,000/9,500,"
          " 8+: the fifteenth's, past lines 16,000/16,000/9,000, 9+: the sixteenth's, lines 6,000-12,000/6,000-12,000/"
          "4,000-9,000, 10+: the seventeenth's, lines 12,000-19,898/12,000-20,000/9,000-10,161, 11+: the eighteenth's,"
          " lines 1,000-19,898/400-20,000/1,500-10,161, 12+: the nineteenth's, the same lines, another draw, 13+: the nineteenth's second round's, another draw,"
          " 14+: the twentieth's, another draw, 15+: the twenty-first's, another draw, 16+: the twenty-second's, another draw,"
          " 17+: the twenty-third's, lines 15,201-16,000/15,201-16,000/8,001-8,500, 18+: the twenty-fourth's,"
          " lines 14,401-15,200/14,401-15,200/7,501-8,000, 19+: the twenty-sixth's, lines 13,601-14,400/13,601-14,400/"
          "7,001-7,500)")
    print(f"{'layout':20}" + "".join(f"{k:>8}" for k, _ in COLUMNS))
    overall, base = Tally(), Tally()
    held_out = {label: Tally() for label, _, _ in HELD_OUT}
    shown = 0
    for layout, make in layouts.items():
        t = Tally()
        for rec in records_of.get(layout, records):
            page = make(rec, random.Random(f"0:{layout}:{rec.id}"))
            article = run(article_from_text(page.text), Options())
            score(t, page, article)
            score(overall, page, article)
            score(base, page, naive(page))
            for label, _, family in HELD_OUT:
                if layout in family:
                    score(held_out[label], page, article)
            if shown < show and {norm(x) for x in article.body} != {norm(x) for x in page.body}:
                shown += 1
                print(f"--- {layout} {rec.id}: body differs", file=sys.stderr)
                print(" missing:", [x[:60] for x in page.body if x not in article.body][:3], file=sys.stderr)
                print(" extra:  ", [x[:60] for x in article.body if x not in page.body][:3], file=sys.stderr)
        mark = next((mark for _, mark, family in HELD_OUT if layout in family), "")
        print(row(layout + mark, t))
    print(row("OVERALL", overall))
    for label, t in held_out.items():
        print(row(label, t))
    print(row("naive", base))
    print("targets: headline >= 0.99, date >= 0.99, body F1 >= 0.98, related F1 >= 0.95")


def throughput(runs: int) -> None:
    path = CORPORA / "ant_multisource.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        records = [(json.loads(line), line.rstrip("\n")) for line in fh]
    articles = [article_from_record(rec, raw, path=str(path), line=n)
                for n, (rec, raw) in enumerate(records, 1) if (rec.get("text") or "").strip()]
    options = Options()
    known_places()  # load the tables (month names, gazetteer) once, outside the timing
    run(articles[0], options)
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for article in articles:
            run(article, options)
        rates.append(len(articles) / (time.perf_counter() - start))
    print(f"throughput: {len(articles)} ant_multisource records, structure stage only, one core: "
          f"median {statistics.median(rates):,.0f} articles/s over {runs} runs "
          f"(min {min(rates):,.0f}, max {max(rates):,.0f}); target >= 2,000/s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-layout", type=int, default=250, help="real articles rendered into each layout")
    ap.add_argument("--runs", type=int, default=5, help="throughput runs (the median is reported)")
    ap.add_argument("--show", type=int, default=0, help="print up to N body mismatches to stderr")
    ap.add_argument("--only", nargs="+", metavar="LAYOUT", help="these layouts only, no throughput run")
    args = ap.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"skipped: {CORPORA} is absent (the bench needs ../shared/corpora)")
        return 0
    accuracy(args.per_layout, args.show, args.only)
    if not args.only:
        throughput(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
