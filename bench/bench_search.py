"""Search bench: clitic recall against plain FTS5, and search / article-page latency at corpus scale.

Builds (once) a structure-only store of every ../shared/corpora article in /tmp (never in the repo),
then in one run prints:

* recall, over >= 50 frequent real nouns, of the articles that contain the noun bare or with
  proclitics and the article (و ف ب ل ك ال and their combinations), for khabar search and for a
  plain SQLite FTS5 unicode61 index of the same text;
* p50/p95 latency of /search and of the article page, through the HTTP server (in-process
  uvicorn on a free port) under a local request loop.

Usage: bench_search.py [--db PATH] [--rebuild] [--nouns N] [--requests N]
Times are measured on a shared 2-core machine, under whatever else runs there.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import socket
import statistics
import sys
import threading
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = sorted((SHARED / "corpora").glob("*.jsonl.gz"))
CONJ, PREP, ART = ("", "و", "ف"), ("", "ب", "ل", "ك"), ("", "ال")
WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+")


def build(db: str) -> None:
    from khabar.analysis import analyze_inputs
    from khabar.store import Store

    t0 = time.perf_counter()
    with Store(db) as store:
        report = store.ingest(analyze_inputs([str(p) for p in CORPORA], stages=["structure"]), ["structure"])
        n = len(store)
    print(f"built {db}: {n} articles ({report.failed} failed inputs) in {time.perf_counter() - t0:.0f} s "
          "(structure + store + search index)")


def clitic_forms(noun: str) -> set[str]:
    """The noun bare and with every proclitic combination (ل + ال is written لل)."""
    forms = set()
    for conj, prep, art in itertools.product(CONJ, PREP, ART):
        forms.add(conj + ("لل" if prep == "ل" and art else prep + art) + noun)
    return forms


@lru_cache(maxsize=1 << 20)
def norm(word: str) -> str:
    from khabar.arabic import normalize_for_matching

    return normalize_for_matching(word)


def article_texts(conn) -> dict[str, str]:
    out = {}
    for article_id, analysis in conn.execute("SELECT id, analysis FROM articles"):
        a = json.loads(analysis)
        out[article_id] = "\n".join([a.get("headline") or "", a.get("deck") or "",
                                     *(a.get("pull_quotes") or []), *(a.get("body") or [])])
    return out


def pick_nouns(texts: dict[str, str], n: int) -> list[str]:
    """Nouns by frequency: bare forms most often seen with the article ال (a nominal-only prefix)."""
    counts: Counter[str] = Counter()
    for text in itertools.islice(texts.values(), 8000):
        counts.update(norm(w) for w in WORD.findall(text))
    nouns = Counter()
    for word, c in counts.items():
        bare = word[2:]
        if word.startswith("ال") and len(bare) >= 3 and not bare.startswith("ال") and not bare.isdigit():
            nouns[bare] = c
    return [w for w, _ in nouns.most_common(n)]


def truth_sets(texts: dict[str, str], nouns: list[str]) -> dict[str, set[str]]:
    form_to_noun = {}
    for noun in nouns:
        for form in clitic_forms(noun):
            form_to_noun.setdefault(form, noun)
    truth: dict[str, set[str]] = {n: set() for n in nouns}
    for article_id, text in texts.items():
        for word in WORD.findall(text):
            noun = form_to_noun.get(norm(word))
            if noun:
                truth[noun].add(article_id)
    return truth


def plain_index(conn, texts: dict[str, str]) -> None:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'bench_plain'").fetchone():
        return
    conn.execute("CREATE VIRTUAL TABLE bench_plain USING fts5(article_id UNINDEXED, text, "
                 "tokenize = 'unicode61')")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO bench_plain VALUES (?, ?)", texts.items())
    conn.execute("COMMIT")


def recall(truth: dict[str, set[str]], found: dict[str, set[str]]) -> tuple[float, float]:
    """(micro, macro) recall."""
    hit = sum(len(truth[n] & found[n]) for n in truth)
    micro = hit / max(1, sum(len(t) for t in truth.values()))
    macro = statistics.mean(len(truth[n] & found[n]) / len(truth[n]) for n in truth if truth[n])
    return micro, macro


def recall_bench(conn, nouns: list[str], texts: dict[str, str]) -> None:
    from khabar.search import parse_query

    truth = truth_sets(texts, nouns)
    plain_index(conn, texts)
    khabar, plain = {}, {}
    for noun in nouns:
        khabar[noun] = {r[0] for r in conn.execute(
            "SELECT d.article_id FROM search_fts JOIN search_doc d ON d.rowid = search_fts.rowid "
            "WHERE search_fts MATCH ?", (parse_query(noun).fts(),))}
        plain[noun] = {r[0] for r in conn.execute(
            "SELECT article_id FROM bench_plain WHERE bench_plain MATCH ?", (f'"{noun}"',))}
    k, p = recall(truth, khabar), recall(truth, plain)
    print(f"nouns: {len(nouns)} ({' '.join(nouns[:12])} ...); articles containing them: "
          f"{sum(len(t) for t in truth.values())} (noun, article) pairs")
    print(f"recall khabar search:       micro {k[0]:.4f}  macro {k[1]:.4f}")
    print(f"recall plain unicode61 FTS: micro {p[0]:.4f}  macro {p[1]:.4f}")
    worst = sorted(nouns, key=lambda n: len(truth[n] & khabar[n]) / max(1, len(truth[n])))[:3]
    print("lowest khabar recall: " + ", ".join(
        f"{n} {len(truth[n] & khabar[n])}/{len(truth[n])}" for n in worst))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def query_mix(nouns: list[str]) -> list[str]:
    """Single words, word pairs and two-word phrases built from ``nouns``."""
    return nouns + [f"{a} {b}" for a, b in zip(nouns, nouns[1:], strict=False)] + \
        [f'"{a} {b}"' for a, b in zip(nouns[::2], nouns[1::2], strict=False)]


def latency_bench(db: str, query_sets: dict[str, list[str]], ids: list[str], requests: int) -> None:
    import httpx
    import uvicorn

    from khabar.api import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    timings: dict[str, list[float]] = {}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        client.get("/search", params={"q": "خبر"})
        for set_name, nouns in query_sets.items():
            queries = query_mix(nouns)
            for i in range(requests):
                q = queries[(i * 31) % len(queries)]
                aid = ids[(i * 7919) % len(ids)]
                for name, url, params in ((f"/search ({set_name})", "/search", {"q": q}),
                                          (f"/ui/search page ({set_name})", "/ui/search", {"q": q}),
                                          ("/ui/articles/{id} page", f"/ui/articles/{aid}", None),
                                          ("/articles/{id} JSON", f"/articles/{aid}", None)):
                    t = time.perf_counter()
                    r = client.get(url, params=params)
                    timings.setdefault(name, []).append((time.perf_counter() - t) * 1000)
                    if r.status_code != 200:
                        raise SystemExit(f"{url} {params}: HTTP {r.status_code}")
    server.should_exit = True
    thread.join()
    for name, values in timings.items():
        print(f"{name:40s} n={len(values):4d}  p50 {percentile(values, 0.5):6.1f} ms  "
              f"p95 {percentile(values, 0.95):6.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="/tmp/khabar-bench/search.db")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--nouns", type=int, default=60)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    if not CORPORA:
        print(f"skipped: no corpora under {SHARED}/corpora")
        return 0
    os.makedirs(os.path.dirname(args.db), exist_ok=True)
    if args.rebuild and os.path.exists(args.db):
        os.remove(args.db)
    if not os.path.exists(args.db):
        build(args.db)
    from khabar.store import Store

    with Store(args.db) as store:
        texts = article_texts(store.conn)
        print(f"articles in store: {len(texts)}")
        ranked = pick_nouns(texts, 3000)
        nouns = ranked[:args.nouns]
        recall_bench(store.conn, nouns, texts)
        ids = list(texts)
    # Latency over two query sets: the most frequent nouns (the worst case: each matches up to
    # 40% of the corpus) and nouns spread over frequency ranks 1..3000 (a realistic mix).
    spread = ranked[::max(1, len(ranked) // 100)]
    print(f"latency: {args.requests} requests per endpoint and query set; 'frequent' = the {len(nouns)} "
          f"nouns above, 'mixed' = {len(spread)} nouns spread over ranks 1..{len(ranked)}; "
          f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    latency_bench(args.db, {"frequent": nouns, "mixed": spread}, ids, args.requests)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
