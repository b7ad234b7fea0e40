"""Records of the ../shared corpora by id, for the benches that score annotated records.

Every record opens with its id (``{"id": "snn-2015-07-21-0000", ...``): the id is read off the
line's start (a line that opens otherwise is parsed), so a look-up over the three corpora costs a
pass of reading, and stops once every id asked for is found.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "corpora"
_LEADING_ID = re.compile(r'\{\s*"id"\s*:\s*"([^"\\]+)"')


def lines_by_id(ids: set[str]) -> dict[str, str]:
    """The corpus line (as read, its newline kept) of each record whose id is in ``ids``, in the
    order of the corpora (by file name) and their lines."""
    found: dict[str, str] = {}
    for path in sorted(CORPORA.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                match = _LEADING_ID.match(line)
                record_id = match.group(1) if match else json.loads(line)["id"]
                if record_id in ids:
                    found[record_id] = line
        if len(found) == len(ids):
            break
    return found


def dev_ids() -> set[str]:
    """The ids of the dev gold articles (../shared/gold/dev)."""
    return {p.stem for p in (SHARED / "gold" / "dev").glob("*.json")}


def dev_lines() -> dict[str, str]:
    """The corpus lines of the dev gold articles (../shared/gold/dev), by id."""
    return lines_by_id(dev_ids())
