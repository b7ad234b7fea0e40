"""Event coding benchmark: PLOVER category accuracy and source/target agreement on hand-coded
sentences (bench/data/events_sentences*.tsv, located in ../shared/corpora), and the scorer's
event recall on the seed page and the dev gold set; then the events stage's own speed (articles/s).

    python bench/bench_events.py

Prints its figures; needs ../shared (skips with a message when absent).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from corpus_lines import dev_lines, lines_by_id
from khabar.analysis import analyze_inputs
from khabar.arabic import normalize_for_matching
from khabar.model import Article, Event, Source
from khabar.pipeline import Pipeline, resolve_stages
from stage_speed import print_stage_speed

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
#: The first engineer's sentences, then a second set for the classes added later (praise, thanks,
#: apology, opposition, reduced relations, arson, doubt, coordinated accusers).
DATA_FILES = {"first": ROOT / "bench" / "data" / "events_sentences.tsv",
              "more": ROOT / "bench" / "data" / "events_sentences_more.tsv"}
STATEMENT = "none"


def load_rows(path: Path) -> list[dict[str, str]]:
    keys = ("record", "paragraph", "start", "end", "first", "category", "source", "target")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rows.append(dict(zip(keys, (line.split("\t") + ["", ""])[:8], strict=True)))
    return rows


def load_records(ids: set[str]) -> dict[str, dict]:
    return {record_id: json.loads(line) for record_id, line in lines_by_id(ids).items()}


def sentence_of(row: dict[str, str], rec: dict) -> str:
    paragraph = rec["text"].split("\n")[int(row["paragraph"])]
    sentence = paragraph[int(row["start"]): int(row["end"])]
    if not sentence.startswith(row["first"]):
        raise ValueError(f"{row['record']}: sentence locator does not match ({row['first']!r})")
    return sentence


def category(event: Event) -> str | None:
    """The bench's coarse class of a coded event (None for neutral statements)."""
    if event.plover is None:
        return None
    if event.plover == "REQUEST":
        return "DEMAND"
    if event.plover in ("CONSULT", "AGREE"):
        return "MEET/AGREE"
    if event.plover == "COERCE" and event.cameo.startswith("173"):
        return "ARREST"
    return event.plover


def words(text: str) -> set[str]:
    norm = normalize_for_matching(text or "", ta_marbuta=True)
    return {re.sub(r"^(?:[وفبلك]?ال|[وف])", "", w) for w in re.findall(r"\w+", norm)}


def agrees(gold: str, ref: object) -> bool:
    """Same participant: both absent, or the words of one contain the other's."""
    system = getattr(ref, "text", "") if ref is not None else ""
    g, s = words(gold), words(system)
    if not g or not s:
        return not g and not s
    return g <= s or s <= g


def sentence_pipeline() -> Pipeline:
    """Every stage events needs except page structure: the sentence is the article's one paragraph."""
    stages = [s for s in resolve_stages(["events"]) if s.name != "structure"]
    runners = []
    for stage in stages:
        run, options_type = stage.load()
        runners.append((run, options_type()))
    return Pipeline(stages, runners)


def code_sentences(rows: list[dict[str, str]]) -> None:
    records = load_records({r["record"] for r in rows})
    pipeline = sentence_pipeline()
    confusion: Counter[tuple[str, str]] = Counter()
    right = src_ok = tgt_ok = both_ok = events_gold = events_right = 0
    started = time.perf_counter()
    for n, row in enumerate(rows):
        text = sentence_of(row, records[row["record"]])
        art = pipeline(Article(id=f"s{n}", source=Source(kind="bench"), body=[text]))
        coded = [(category(e), e) for e in art.events if category(e)]
        gold = row["category"]
        pick = next(((c, e) for c, e in coded if c == gold), coded[0] if coded else (STATEMENT, None))
        label, event = pick
        confusion[(gold, label)] += 1
        right += label == gold
        if gold == STATEMENT:
            continue
        events_gold += 1
        if label != gold:
            continue
        events_right += 1
        s, t = agrees(row["source"], event.source), agrees(row["target"], event.target)
        src_ok += s
        tgt_ok += t
        both_ok += s and t
    took = time.perf_counter() - started
    print(f"sentences                {len(rows)}  ({events_gold} with a coded event, {len(rows) - events_gold} none)")
    print(f"category_accuracy        {right / len(rows):.3f}")
    print(f"event_class_recall       {events_right / events_gold:.3f}  (gold events given their class)")
    if events_right:
        print(f"source_agreement         {src_ok / events_right:.3f}  (of events with the right class)")
        print(f"target_agreement         {tgt_ok / events_right:.3f}")
        print(f"source_target_mean       {(src_ok + tgt_ok) / (2 * events_right):.3f}  (mean of the two)")
        print(f"source_and_target        {both_ok / events_right:.3f}  (both right at once)")
    labels = sorted({g for g, _ in confusion} | {s for _, s in confusion})
    for label in labels:
        tp = confusion[(label, label)]
        n_sys = sum(v for (g, s), v in confusion.items() if s == label)
        n_gold = sum(v for (g, s), v in confusion.items() if g == label)
        print(f"  {label:12} gold {n_gold:3}  system {n_sys:3}  right {tp:3}")
    print(f"speed                    {len(rows) / took:.1f} sentences/s (2 shared cores, under contention)")


def event_recall(gold: Path, inputs: list[str]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "system.jsonl"
        with out.open("w", encoding="utf-8") as f:
            for art in analyze_inputs(inputs):
                if isinstance(art, Article):
                    f.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
        res = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(out), "--json"],
                             capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])["event_r"]


def dev_records(tmp: Path) -> str:
    path = tmp / "dev.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for line in dev_lines().values():
            f.write(json.dumps(json.loads(line), ensure_ascii=False) + "\n")
    return str(path)


def main() -> int:
    if not SHARED.is_dir():
        print("skipped: ../shared is absent (corpora, gold and scorer live there)")
        return 0
    sets = {name: load_rows(path) for name, path in DATA_FILES.items()}
    sets["all"] = [row for rows in sets.values() for row in rows]
    for name, rows in sets.items():
        print(f"--- hand-coded sentences: {name}")
        code_sentences(rows)
    seed = sorted((SHARED / "seed").glob("*.gold.json"))[0]
    print(f"seed_event_r             {event_recall(seed, [str(seed).replace('.gold.json', '.txt')])}")
    with tempfile.TemporaryDirectory() as tmp:
        print(f"dev_event_r              {event_recall(SHARED / 'gold' / 'dev', [dev_records(Path(tmp))])}")
    print_stage_speed("events", ["quotes", "places"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
