"""Quotations bench: accuracy on the seed and on the dev gold, and the cost of the stage.

Runs the pipeline up to ``quotes`` on the seed page and on the 24 dev records (read from
../shared/corpora by the ids of ../shared/gold/dev), scores both with ../shared/tools/score.py
and prints quote_f1 and quote_attributed_f1.  Then times every stage on the dev records plus
a slice of corpus articles and prints the quotes stage's time relative to the entities stage
(target: at most 20%).  ``--show`` prints each dev gold quotation beside the system's best match.

    .venv/bin/python bench/bench_quotes.py [--articles N] [--show]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from khabar.ingest import article_from_text
from khabar.ingest.records import article_from_record
from khabar.model import Article
from khabar.pipeline import build_pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_d38ce0d4f4cf5e4f.txt"
SEED_GOLD = SHARED / "seed" / "000_d38ce0d4f4cf5e4f.gold.json"
DEV_GOLD = SHARED / "gold" / "dev"
SCORER = SHARED / "tools" / "score.py"
CORPORA = ("ant_multisource", "ant_jawharafm", "saudinewsnet")


def dev_articles() -> list[Article]:
    wanted = {p.stem for p in DEV_GOLD.glob("*.json")}
    found = []
    for name in CORPORA:
        path = SHARED / "corpora" / f"{name}.jsonl.gz"
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not wanted:
                    break
                record = json.loads(line)
                if str(record.get("id")) in wanted:
                    wanted.discard(str(record["id"]))
                    found.append(article_from_record(record, line, path=str(path), line=n))
    return found


def corpus_articles(n: int) -> list[Article]:
    out = []
    per = -(-n // len(CORPORA))
    for name in CORPORA:
        path = SHARED / "corpora" / f"{name}.jsonl.gz"
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for k, line in enumerate(itertools.islice(fh, 1000, 1000 + per), 1):
                out.append(article_from_record(json.loads(line), line, path=str(path), line=k))
    return out[:n]


def run_timed(articles: list[Article]) -> tuple[list[Article], dict[str, float]]:
    pipeline = build_pipeline(["quotes"])
    seconds: dict[str, float] = defaultdict(float)
    done = []
    for article in articles:
        for stage, (run, options) in zip(pipeline.stages, pipeline.runners, strict=True):
            start = time.perf_counter()
            article = run(article, options)
            seconds[stage.name] += time.perf_counter() - start
        done.append(article)
    return done, seconds


def score(gold: Path, articles: list[Article]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        for article in articles:
            fh.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(SCORER), str(gold), fh.name, "--json"],
                         capture_output=True, text=True, check=True)
    Path(fh.name).unlink()
    return json.loads(out.stdout.strip().splitlines()[-1])


def _attributed(gold: dict, gq: dict, article: Article, sq) -> bool:
    """The scorer's speaker agreement for one matched pair."""
    from score import core  # noqa: PLC0415

    names = {e["name"]: {core(m) for m in e["mentions"]} | {core(e["name"])} for e in gold.get("entities", [])}
    wanted = names.get(gq.get("speaker"), set()) | {core(gq.get("speaker_text") or "")}
    wanted.discard("")
    have = {core(sq.speaker.text)} if sq.speaker else set()
    for entity in article.entities:
        if sq.speaker and entity.id == sq.speaker.entity:
            have |= {core(m.text) for m in entity.mentions} | {core(entity.name_ar or ""), core(entity.name)}
    if gq.get("speaker") is None:
        return not (have - {""}) or bool(have & wanted)
    return bool(have & wanted) or core(gq["speaker"]) in have


def show(articles: list[Article]) -> None:
    """Each gold quotation with the system quotation whose content overlaps it most."""
    sys.path.insert(0, str(SCORER.parent))
    from score import tok_f1  # noqa: PLC0415 (the scorer is a script, importable only from here)

    by_id = {a.id: a for a in articles}
    for path in sorted(DEV_GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = by_id[gold["doc"]]
        quotes = article.quotes
        print(f"== {gold['doc']}: gold {len(gold['quotes'])}, system {len(quotes)}")
        matched: set[int] = set()
        for gq in gold["quotes"]:
            free = [i for i in range(len(quotes)) if i not in matched]
            best = max(free, key=lambda i: tok_f1(gq["content"], quotes[i].content), default=None)
            f1 = tok_f1(gq["content"], quotes[best].content) if best is not None else 0.0
            if best is None or f1 < 0.5:
                print(f"  MISSED {gq['cue']} [{gq.get('speaker_text')}] {gq['content'][:70]}")
                continue
            matched.add(best)
            sq = quotes[best]
            ok = "ok " if _attributed(gold, gq, article, sq) else "BAD"
            print(f"  {ok} {gq['cue']} [{gq.get('speaker_text')} = {gq.get('speaker')}] -> "
                  f"{sq.cue} [{sq.speaker.text if sq.speaker else None} = {sq.speaker.entity if sq.speaker else ''}]"
                  f" {f1:.2f} {gq['content'][:50]}")
        for i, sq in enumerate(quotes):
            if i not in matched:
                print(f"  EXTRA {sq.cue} [{sq.speaker.text if sq.speaker else None}] {sq.content[:80]}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="corpus articles timed besides dev")
    parser.add_argument("--show", action="store_true", help="print dev gold quotations with their matches")
    args = parser.parse_args(argv)
    if not SCORER.exists():
        print(f"skipped: {SHARED} is not available")
        return 0
    seed, _ = run_timed([article_from_text(SEED.read_text(encoding="utf-8"), path=str(SEED))])
    s = score(SEED_GOLD, seed)
    print(f"seed  quote_f1={s['quote_f1']:.3f}  quote_attributed_f1={s['quote_attributed_f1']:.3f}  "
          f"(P {s['quote_p']:.3f} R {s['quote_r']:.3f})")
    dev, dev_seconds = run_timed(dev_articles())
    d = score(DEV_GOLD, dev)
    print(f"dev   quote_f1={d['quote_f1']:.3f}  quote_attributed_f1={d['quote_attributed_f1']:.3f}  "
          f"(P {d['quote_p']:.3f} R {d['quote_r']:.3f}, {d['docs']} docs, {d['missing']} missing)")
    if args.show:
        show(dev)
    _, seconds = run_timed(corpus_articles(args.articles))
    for name, value in dev_seconds.items():
        seconds[name] += value
    total = len(dev) + args.articles
    print(f"speed ({total} articles, shared CPU): entities {seconds['entities']:.2f} s, "
          f"quotes {seconds['quotes']:.2f} s ({1000 * seconds['quotes'] / total:.1f} ms/article), "
          f"quotes/entities = {seconds['quotes'] / seconds['entities']:.1%} (target <= 20%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
