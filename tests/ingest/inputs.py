"""Inputs shared by the reader tests: a text dump, a JSON record, and reading helpers."""

from __future__ import annotations

import json

from khabar.ingest import InputError, iter_inputs

PAGE = "الحكومة تعلن خطة جديدة\r\nبيروت - أعلنت الحكومة اللبنانية اليوم خطة جديدة للكهرباء.\r\n"
RECORD = {"id": "r1", "source": "ant/BBC", "url": "http://example.com/1", "date": "Fri, 16 Feb 2018 22:08:10 +0400",
          "title": "عنوان الخبر", "lead": "مقدمة الخبر", "author": "مراسلنا", "text": "الفقرة الأولى.\nالفقرة الثانية.",
          "category": "politics"}


def jsonl_lines(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def read(*specs: str, **kw: object) -> list[object]:
    return list(iter_inputs(list(specs), **kw))


def errors(items: list[object]) -> list[str]:
    return [str(i) for i in items if isinstance(i, InputError)]
