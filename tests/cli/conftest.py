"""Pages and records composed for the command tests, written to a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PAGES = {
    "beirut.txt": "الحكومة اللبنانية تقر خطة الكهرباء\nبيروت - أقرت الحكومة اللبنانية الثلاثاء خطة جديدة.\n"
                  "وقال الوزير إن التنفيذ يبدأ الشهر المقبل.\n",
    "cairo.txt": "مصر تفتتح متحفا جديدا\nالقاهرة - افتتحت مصر اليوم متحفا كبيرا قرب الأهرامات.\n",
}
RECORDS = [
    {"id": "rec-1", "source": "ant/BBC", "url": "http://example.com/1", "date": "Tue, 14 Nov 2017 09:00:00 +0300",
     "title": "موسكو تتهم واشنطن", "text": "قالت وزارة الدفاع الروسية إن الطائرات عادت.\nوأضافت أن العمليات مستمرة."},
    {"id": "rec-2", "source": "ant/CNN", "date": "2018-05-01T10:00:00+00:00", "title": "قمة في الرياض",
     "text": "عقدت في الرياض قمة عربية."},
]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "records.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "k.db"


@pytest.fixture
def filled(inputs: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The store of ``db`` with ``inputs`` ingested (structure stage only)."""
    from khabar.cli import main

    assert main(["ingest", str(inputs), "--db", str(db), "--stages", "structure"]) == 0
    capsys.readouterr()
    return db
