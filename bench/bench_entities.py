"""Entities bench: ANERcorp test scores, seed and dev entity scores, and speed.

1. ANERcorp test split (25,008 words; see khabar.entities.train) through ``tag_conll``, the
   library call ``khabar tag --format conll`` wraps: conlleval-style P/R/F1 per type and micro,
   for the CRF + neural ensemble (the command's default) and for the CRF alone.
2. The seed page and ../shared/gold/dev analysed through the entities stage (JSON Lines, so ids
   match) and scored by ../shared/tools/score.py: entity_p, entity_r, entity_f1, entity_typed_r.
3. Speed on ant_multisource: articles/s through structure + arabic + entities, and through the
   entities stage alone (with the CRF tagger, with ``Options(tagger=False)`` and with
   ``Options(model="ensemble")``), in CPU seconds of this process (the machine's two cores are
   shared, so wall time is noisier); lexicon and model loading are timed apart.

    .venv/bin/python bench/bench_entities.py [--articles N]
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
from pathlib import Path

from corpus_lines import dev_lines
from khabar.analysis import analyze_inputs
from khabar.entities.matcher import lexicon
from khabar.entities.tagger import default_tagger, tag_conll
from khabar.entities.train import evaluate, print_scores, read_anercorp, split
from khabar.ingest import InputError, article_from_record
from khabar.parallel import ParallelAnalysis
from khabar.pipeline import build_pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_d38ce0d4f4cf5e4f.txt"
DEV = SHARED / "gold" / "dev"
SCORE = SHARED / "tools" / "score.py"
ENTITY_KEYS = ("entity_p", "entity_r", "entity_f1", "entity_typed_r")


def anercorp_scores(ensemble: bool) -> None:
    _, test = split(read_anercorp())
    lines = [line for s in test for line in ([f"{w}\t{t}" for w, t in s] + [""])]
    t = time.process_time()
    out = [line for line in tag_conll(lines, ensemble=ensemble) if line]
    secs = time.process_time() - t
    pred = iter(line.split("\t")[1] for line in out)
    predicted = [[next(pred) for _ in s] for s in test]
    which = "CRF + neural ensemble, khabar tag's default" if ensemble else "CRF alone, khabar tag --crf-only"
    print(f"== ANERcorp test, {which} ({sum(map(len, test))} words, {sum(map(len, test)) / secs:,.0f} words/s)")
    print_scores(evaluate([[t for _, t in s] for s in test], predicted))


def dev_records(tmp: Path) -> Path:
    path = tmp / "dev.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for line in dev_lines().values():
            out.write(line.rstrip("\n") + "\n")
    return path


def score(gold: Path, inputs: Path, tmp: Path) -> dict:
    system = tmp / (inputs.stem + ".out.jsonl")
    with open(system, "w", encoding="utf-8") as fh:
        for item in analyze_inputs([str(inputs)], stages=["entities"]):
            if not isinstance(item, InputError):
                fh.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, str(SCORE), str(gold), str(system), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def gold_scores() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for label, gold, inputs in (("seed", SEED.with_suffix(".gold.json"), SEED),
                                    ("dev", DEV, dev_records(tmp))):
            s = score(gold, inputs, tmp)
            print(f"== {label}: " + " ".join(f"{k}={s.get(k)}" for k in ENTITY_KEYS))


def speed(n: int) -> None:
    with gzip.open(SHARED / "corpora" / "ant_multisource.jsonl.gz", "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in itertools.islice(fh, n)]
    # Warmed by the runner's own warm-up (khabar.parallel): its page loads every lazy resource
    # (the dateline's places too), then the loaded objects are frozen out of the collector's passes.
    t = time.process_time()
    runner = ParallelAnalysis(["entities"])
    runner.warm_up()
    print(f"== speed on {len(records)} ant_multisource articles (warm-up {time.process_time() - t:.1f} s CPU)")
    raws = [json.dumps(r, ensure_ascii=False) for r in records]
    # The chain is timed first, on articles no pass has seen: the per-word caches start empty, as
    # they do for a real run (later passes over the same articles would find them filled).
    pipe = runner.pipeline
    t = time.process_time()
    for r, raw in zip(records, raws, strict=True):
        pipe(article_from_record(r, raw))
    chain = time.process_time() - t
    before = build_pipeline(["arabic"])
    arts = [before(article_from_record(r, raw)) for r, raw in zip(records, raws, strict=True)]
    from khabar.entities import Options, run

    t = time.process_time()
    for a in arts:
        run(a, Options())
    stage = time.process_time() - t
    t = time.process_time()
    for a in arts:
        run(a, Options(tagger=False))
    lexicon_only = time.process_time() - t
    t = time.process_time()
    for a in arts:
        run(a, Options(model="ensemble"))
    ensemble = time.process_time() - t
    print(f"structure+arabic+entities, first pass: {len(records) / chain:,.0f} articles/s per core")
    print(f"entities stage alone, second pass: {len(arts) / stage:,.0f} articles/s per core "
          f"({len(arts) / lexicon_only:,.0f} with the tagger off: lexicons and rules only; "
          f"{len(arts) / ensemble:,.0f} with Options(model='ensemble'), the neural tagger's first load included)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    if not SHARED.exists():
        print(f"no shared data at {SHARED}: nothing to measure", file=sys.stderr)
        return 0
    t = time.process_time()
    lexicon()
    default_tagger()
    print(f"== load: lexicons, gazetteers and model in {time.process_time() - t:.1f} s CPU")
    # Speed first: tagging ANERcorp and the gold pages would fill the per-word caches the first
    # pass is meant to start without (that made the first pass look ~20% faster than a fresh run).
    speed(args.articles)
    anercorp_scores(ensemble=True)
    anercorp_scores(ensemble=False)
    gold_scores()
    return 0


if __name__ == "__main__":
    sys.exit(main())
