"""Articles and errors from what was read (khabar.ingest.records)."""

from __future__ import annotations

import json

import pytest

from khabar.ingest.records import (
    MAX_ERROR_RAW_BYTES,
    MAX_ID_CHARS,
    InputError,
    article_from_raw,
    article_from_record,
    article_from_text,
    check_text,
    first_of_each_id,
    raw_input,
    retry_of,
    stable_id,
)
from khabar.model import Article


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty input"),
    ("   \n\t ", "empty input"),
    ("\u200f\u200e\u200b\ufeff\n\u061c\u2066" * 50, "empty input (only invisible characters"),
    ("\x01\x02\x03" * 40 + "خبر", "binary data (control characters), not text"),
    ("\x1a\x01\x1a\x02" * 40 + "خبر", "binary data (control characters), not text"),  # SUB among other controls
])
def test_check_text_refuses_what_is_no_article(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        check_text(text)


@pytest.mark.parametrize("text", [
    "قال الوزير إن الاجتماع انتهى.", "سطر أول\tمع جدولة\nوسطر ثان",
    # SUB where a converter lost a character (an emoji), often: still an article
    "\x1a\x1a قال الوزير \x1a\x1a إن الاجتماع انتهى \x1a\x1a." * 20,
])
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
    ({"id": "a", "text": None}, "record has no text"),
    ({"id": "a", "text": 5}, "record's text is a number, not a string"),
    ({"id": "a", "text": ["قال الوزير", "إن الاجتماع انتهى"]}, "record's text is a JSON array, not a string"),
    ({"id": "a", "text": {"body": "قال الوزير"}}, "record's text is a JSON object, not a string"),
    ({"id": "a", "text": True}, "record's text is a boolean, not a string"),
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


@pytest.mark.parametrize(("article_id", "refused"), [("a" * MAX_ID_CHARS, False), ("a" * (MAX_ID_CHARS + 1), True),
                                                      ("https://example.org/" + "خ" * 900, False)])
def test_an_id_longer_than_any_name_is_refused(article_id: str, refused: bool) -> None:
    record = {"id": article_id, "text": "نص الخبر"}
    raw = json.dumps(record, ensure_ascii=False)
    if refused:
        with pytest.raises(ValueError, match=rf"record's id too long \({MAX_ID_CHARS + 1} characters > {MAX_ID_CHARS}\)"):
            article_from_record(record, raw)
    else:
        assert article_from_record(record, raw).id == article_id


def _record(article_id: str, text: str, line: int) -> Article:
    raw = json.dumps({"id": article_id, "text": text}, ensure_ascii=False)
    return article_from_record(json.loads(raw), raw, path="in.jsonl", line=line)


def test_a_second_record_of_an_id_is_an_error_and_the_first_is_kept() -> None:
    first, other, second = _record("خبر-1", "قال الوزير", 1), _record("خبر-2", "أعلن", 2), _record("خبر-1", "نفى", 3)
    out = list(first_of_each_id([first, InputError("in.jsonl:9", "invalid JSON"), other, second]))
    assert out[:3] == [first, InputError("in.jsonl:9", "invalid JSON"), other]
    error = out[3]
    assert isinstance(error, InputError) and str(error) == (
        "in.jsonl:3: duplicate id 'خبر-1': in.jsonl:1 has it; not analysed (each record needs its own id)")
    assert error.retry is not None and error.retry.data == second.raw.encode() and error.retry.line == 3


def test_the_same_input_read_twice_is_the_same_article() -> None:
    """A copy of a page (a text dump's id is its hash) or a record repeated verbatim replaces nothing."""
    page, record = "القاهرة - قال الوزير إن الاجتماع انتهى.", _record("خبر-1", "قال الوزير", 1)
    items = [article_from_text(page, path="a.txt"), record, article_from_text(page, path="copy/a.txt"),
             _record("خبر-1", "قال الوزير", 7)]
    assert [isinstance(a, Article) for a in first_of_each_id(items)] == [True] * 4


def test_an_id_in_an_error_line_is_one_short_line() -> None:
    long_id = "س\n" * 200
    out = list(first_of_each_id([_record(long_id, "نص", 1), _record(long_id, "نص آخر", 2)]))
    assert "\n" not in str(out[1]) and len(str(out[1])) < 250


def test_a_stored_record_nested_past_the_recursion_limit_is_a_value_error() -> None:
    raw = '{"id": "a", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(ValueError, match=r"invalid JSON \(nested too deeply\)"):
        article_from_raw(raw, {"kind": "jsonl", "path": "in.jsonl", "line": 2})
