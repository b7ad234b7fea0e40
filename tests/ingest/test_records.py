"""Articles and errors from what was read (khabar.ingest.records)."""

from __future__ import annotations

import json

import pytest

from khabar.ingest.records import (
    MAX_ERROR_RAW_BYTES,
    article_from_record,
    article_from_text,
    check_text,
    raw_input,
    retry_of,
    stable_id,
)


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty input"),
    ("   \n\t ", "empty input"),
    ("\x01\x02\x03" * 40 + "خبر", "binary data (control characters), not text"),
])
def test_check_text_refuses_what_is_no_article(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        check_text(text)


@pytest.mark.parametrize("text", ["قال الوزير إن الاجتماع انتهى.", "سطر أول\tمع جدولة\nوسطر ثان"])
def test_check_text_keeps_article_text_verbatim(text: str) -> None:
    assert check_text(text) is text


def test_a_text_dump_is_hashed_to_its_id_and_kept_verbatim() -> None:
    text = "الرياض - قال وزير الخارجية إن المحادثات ستستأنف غدا.\n"
    article = article_from_text(text, path="p.txt")
    assert (article.id, article.raw, article.source.kind, article.source.path) == (stable_id(text), text, "text", "p.txt")


@pytest.mark.parametrize(("record", "reason"), [
    (["نص"], "record is not a JSON object"),
    ({"id": "a"}, "record has no text"),
    ({"id": "a", "text": "  "}, "record has no text"),
    ({"id": "a", "text": 5}, "record has no text"),
])
def test_a_record_without_text_is_refused(record: object, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        article_from_record(record, json.dumps(record, ensure_ascii=False))


@pytest.mark.parametrize(("record", "reason"), [
    ({"id": "a", "text": "قال الوزير \ud800 إن الاجتماع انتهى."}, r"text holds an unpaired UTF-16 surrogate \(\\ud800 at character 12\)"),
    ({"id": "a", "text": "نص الخبر", "title": "\udfff عنوان"}, r"record's title holds an unpaired UTF-16 surrogate \(\\udfff"),
    ({"id": "\udc00", "text": "نص الخبر"}, r"record's id holds an unpaired UTF-16 surrogate"),
])
def test_a_record_spelling_an_unpaired_surrogate_is_refused(record: dict[str, str], reason: str) -> None:
    raw = json.dumps(record)  # the escape as JSON spells it: no UTF-8 or database can hold the character
    with pytest.raises(ValueError, match=reason):
        article_from_record(json.loads(raw), raw)


def test_a_surrogate_pair_is_one_character_and_kept() -> None:
    raw = json.dumps({"id": "a", "text": "خبر \ud83d\ude00"})
    assert article_from_record(json.loads(raw), raw).raw == raw


@pytest.mark.parametrize(("date", "published"), [("2017-02-03 10:00:00", "2017-02-03T10:00:00"),
                                                  ("أمس", "أمس"), (None, None), ({"d": 1}, None)])
def test_record_fields_are_taken_as_given(date: object, published: str | None) -> None:
    record = {"id": " r1 ", "text": "نص الخبر", "title": "عنوان", "source": "منفذ", "date": date}
    raw = json.dumps(record, ensure_ascii=False)
    article = article_from_record(record, raw, path="f.jsonl", line=3)
    assert (article.id, article.headline, article.source.outlet, article.source.line) == ("r1", "عنوان", "منفذ", 3)
    assert article.published == published
    assert article.raw == raw


@pytest.mark.parametrize(("size", "complete"), [(10, True), (MAX_ERROR_RAW_BYTES, True), (MAX_ERROR_RAW_BYTES + 1, False)])
def test_raw_input_is_bounded(size: int, complete: bool) -> None:
    kept = raw_input(b"x" * size, "text")
    assert (len(kept.data), kept.complete) == (min(size, MAX_ERROR_RAW_BYTES), complete)


@pytest.mark.parametrize(("raw", "kind", "fmt", "line"), [
    ('{"id": "a", "text": "نص"}', "jsonl", "jsonl", 7),
    ("نص الصفحة", "text", "text", None),
    ('{"id": "a", "text": "نص"}', "stdin", "jsonl", 7),
    ("نص من المدخل", "stdin", "text", None),
])
def test_retry_of_keeps_an_article_input_in_its_format(raw: str, kind: str, fmt: str, line: int | None) -> None:
    article = (article_from_record(json.loads(raw), raw, path="in", line=7, kind=kind) if raw.startswith("{")
               else article_from_text(raw, path="in", kind=kind))
    kept = retry_of(article)
    assert (kept.data, kept.fmt, kept.line) == (raw.encode("utf-8"), fmt, line)
