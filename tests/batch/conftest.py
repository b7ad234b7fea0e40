"""Small inputs of every kind the Spark job reads, with bad items among them."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from fastwarc.warc import WarcRecord, WarcRecordType

RECORDS = [
    {"id": "r1", "title": "الرئيس المصري يستقبل وزير الخارجية الأردني", "date": "2019-03-04T09:00:00+02:00",
     "source": "ant/Test", "text": "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الاثنين في القاهرة وزير الخارجية "
     "الأردني أيمن الصفدي. وقال السيسي إن \"العلاقات بين البلدين قوية\"."},
    {"id": "r2", "title": "أمطار غزيرة في عمان", "date": "2019-03-05",
     "text": "هطلت أمطار غزيرة على العاصمة الأردنية عمان أمس، وأعلنت مديرية الدفاع المدني رفع حالة الطوارئ."},
    {"id": "r3", "title": "اتفاق تجاري", "date": "2019-03-06",
     "text": "وقعت المغرب وتونس يوم الخميس اتفاقا تجاريا جديدا في الرباط لتعزيز التبادل بين البلدين."},
]
GZ_RECORDS = [
    {"id": "g1", "title": "مؤتمر صحفي في بيروت", "date": "2020-07-01",
     "text": "أعلن رئيس الوزراء اللبناني حسان دياب في مؤتمر صحفي ببيروت أن الحكومة ستقدم خطة إنقاذ."},
    {"id": "g2", "title": "زيارة رسمية", "date": "2020-07-02",
     "text": "زار وزير الخارجية السعودي الكويت يوم الأربعاء والتقى أمير البلاد."},
]
PAGE = ("الخرطوم تستضيف مؤتمرا للسلام\n"
        "الخرطوم - افتتح رئيس مجلس السيادة السوداني مؤتمرا للسلام في الخرطوم يوم السبت بحضور ممثلين عن الحركات المسلحة.\n"
        "وقال المتحدث باسم المجلس إن المؤتمر سيستمر ثلاثة أيام.\n")
HTML = ('<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>افتتاح مستشفى في دمشق</title>'
        '<meta property="article:published_time" content="2021-01-05T08:00:00+03:00"></head><body>'
        '<article><h1>افتتاح مستشفى في دمشق</h1><div class="content">'
        '<p>افتتحت وزارة الصحة السورية مستشفى جديدا في دمشق يوم الثلاثاء بطاقة مئتي سرير.</p>'
        '<p>وقال وزير الصحة إن المستشفى سيخدم أكثر من نصف مليون نسمة في المدينة وريفها.</p>'
        '</div></article></body></html>')


def warc_record(uri: str, content_type: str, body: bytes) -> bytes:
    rec = WarcRecord()
    rec.init_headers(record_type=WarcRecordType.response)
    rec.headers["WARC-Target-URI"] = uri
    rec.headers["Content-Type"] = "application/http; msgtype=response"
    rec.set_bytes_content(f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body)
    out = io.BytesIO()
    rec.write(out, checksum_data=True)
    return out.getvalue()


def jsonl(records: list[dict[str, str]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write_inputs(folder: Path) -> Path:
    """One file of each kind, with a bad JSON line, a record without text and an empty page."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "news.jsonl").write_text(jsonl(RECORDS[:2]) + "{not json\n" + '{"id": "x"}\n' + jsonl(RECORDS[2:]),
                                       encoding="utf-8")
    (folder / "more.jsonl.gz").write_bytes(gzip.compress(jsonl(GZ_RECORDS).encode("utf-8")))
    (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    warc = (warc_record("https://news.example/a", "text/html; charset=utf-8", HTML.encode("utf-8"))
            + warc_record("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(32)))
    (folder / "crawl.warc.gz").write_bytes(gzip.compress(warc))
    return folder


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    return write_inputs(tmp_path / "in")


@pytest.fixture(scope="module")
def module_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same inputs, once per test module (for the Spark tests, which share one session)."""
    return write_inputs(tmp_path_factory.mktemp("batch") / "in")
