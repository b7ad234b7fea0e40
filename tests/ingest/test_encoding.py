"""Decoding bytes in every encoding Arabic news comes in, and repairing text damaged upstream."""

from __future__ import annotations

import pytest

from khabar.ingest.encoding import (
    DecodeError,
    decode_bytes,
    decoding_notes,
    fix_mojibake,
    note_repairs,
    repair_text,
    text_score,
    unescape_entities,
)

#: Short texts composed for these tests: a statement with Arabic punctuation, guillemets and digits,
#: a dateline, a headline with a number, a sentence with a Latin name.
TEXTS = [
    "قال وزير الخارجية إن «المفاوضات مستمرة»، وأضاف: لا اتفاق قبل نهاية العام؛ 2017.",
    "بيروت - أعلنت الحكومة اللبنانية اليوم خطة جديدة لإصلاح قطاع الكهرباء في البلاد.",
    "ارتفاع أسعار النفط 3% بعد قرار أوبك خفض الإنتاج",
    "التقى الرئيس المصري في القاهرة وفدا من شركة Siemens الألمانية لبحث مشروعات الطاقة.",
]
#: Each encoding, the codec that reads it back, and the note it leaves (None: plain UTF-8).
ENCODINGS = [
    ("utf-8", "utf-8", None),
    ("utf-8-sig", "utf-8", "utf-8 byte-order mark removed"),
    ("cp1256", "cp1256", "decoded windows-1256"),
    ("utf-16", "utf-16-le", "decoded utf-16-le"),
    ("utf-16-le", "utf-16-le", "decoded utf-16-le (no byte-order mark)"),
    ("utf-16-be", "utf-16-be", "decoded utf-16-be (no byte-order mark)"),
    ("utf-32", "utf-32-le", "decoded utf-32-le"),
]


def _paragraphs(text: str, n: int = 3) -> str:
    return "\n".join([text] * n) + "\n"


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("encoding, codec, note", ENCODINGS)
def test_composed_arabic_decodes_in_every_encoding(text: str, encoding: str, codec: str, note: str | None) -> None:
    decoded = decode_bytes(_paragraphs(text).encode(encoding))
    assert decoded.text == _paragraphs(text)
    assert decoded.encoding == codec
    assert decoded.repairs == ([note] if note else [])


#: ISO-8859-6 has no guillemets, Arabic-Indic-only digits aside; these texts use what it has.
ISO_TEXTS = ["أعلنت الحكومة اليوم خطة جديدة، وقال الوزير إنها تبدأ الشهر المقبل.",
             "عاجل: انفجار في العاصمة ومقتل خمسة اشخاص؛ الشرطة تحقق في الحادث.",
             # all letters both codecs read as Arabic: the definite article tells them apart
             "جزء ثالث من سلسال الدم"]


@pytest.mark.parametrize("text", ISO_TEXTS)
def test_iso_8859_6_is_told_from_windows_1256(text: str) -> None:
    decoded = decode_bytes(_paragraphs(text).encode("iso8859_6"))
    assert decoded.text == _paragraphs(text)
    assert decoded.repairs == ["decoded iso-8859-6"]


@pytest.mark.parametrize("text", ISO_TEXTS)
def test_windows_1256_is_told_from_iso_8859_6(text: str) -> None:
    assert decode_bytes(_paragraphs(text).encode("cp1256")).repairs == ["decoded windows-1256"]


def test_a_page_declaring_windows_1252_but_holding_windows_1256_is_read_as_arabic() -> None:
    data = _paragraphs(TEXTS[1]).encode("cp1256")
    assert decode_bytes(data, declared=["windows-1252"]).text == _paragraphs(TEXTS[1])


def test_a_declared_charset_wins_when_it_reads_as_well() -> None:
    data = "Café crème à Genève, où l'été dure.\n".encode("cp1252") * 3
    decoded = decode_bytes(data, declared=["windows-1252", "no-such-charset"])
    assert decoded.encoding == "cp1252"
    assert decoded.text.startswith("Café crème")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty input"),
    (" \n".encode("utf-16"), "empty input"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (NUL bytes), not text"),
    (bytes(range(1, 32)) * 3 + b"\xff", "binary data (control bytes), not text"),
    ("Ÿ€ÿ¤".encode("cp1252") * 3, "not decodable as UTF-8 (nor as Windows-1256/ISO-8859-6)"),
    # UTF-8 with one damaged byte is UTF-8 gone wrong, not a legacy encoding: say where.
    (TEXTS[0].encode("utf-8")[:20] + b"\xff" + TEXTS[0].encode("utf-8")[20:],
     "invalid UTF-8 (bad byte 0xff at offset 20)"),
    (b"\xef\xbb\xbf" + TEXTS[0].encode("utf-8")[:-1] + b"\xd8",
     "not decodable as utf-8 despite its byte-order mark (bad bytes at offset"),
])
def test_bad_bytes_give_one_line_reasons(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as err:
        decode_bytes(data)
    assert str(err.value).startswith(reason)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("codec, note", [("latin-1", "mojibake utf-8/latin-1"),
                                         ("cp1256", "mojibake utf-8/windows-1256")])
def test_mojibake_is_turned_back(text: str, codec: str, note: str) -> None:
    broken = text.encode("utf-8").decode(codec)
    assert broken != text
    fixed = repair_text(broken)
    assert fixed.text == text
    assert fixed.repairs == [note]


def test_windows_1252_mojibake_with_its_undefined_bytes_shown_as_controls() -> None:
    # 'ف' is D9 81: 0x81 is undefined in Windows-1252, so tools show it as U+0081.
    broken = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in "في الطريق".encode())
    assert fix_mojibake(broken).text == "في الطريق"


@pytest.mark.parametrize("text", [
    "قال الرئيس:\n\u00a0\nوأضاف أن الاجتماع انتهى",  # a no-break space alone on its line: 'Â\xa0'
    "وصل المدرب هيرفي رونار إلى المغرب، وقال Hervé إنه سعيد",  # a Latin letter amid the Arabic
    "ﻷن الاتفاق انتهى",  # a presentation form
    "هل يمكن عمل ذلك؟ ما الذي سيحدث؟ «يقوم»",  # 'ك؟' and 'ث؟' are valid UTF-8 read as Windows-1256
    "كتب اللاعب على حسابه:\nPeace 💓 @player",  # an emoji on a line of its own
])
@pytest.mark.parametrize("codec", ["latin-1", "cp1256"])
def test_mojibake_with_punctuation_and_foreign_letters(text: str, codec: str) -> None:
    assert fix_mojibake(text.encode().decode(codec)).text == text


def test_mojibake_inside_clean_text_is_repaired_alone() -> None:
    broken = "قال المتحدث: " + "الحكومة الجديدة".encode().decode("latin-1") + " اليوم"
    assert repair_text(broken).text == "قال المتحدث: الحكومة الجديدة اليوم"


@pytest.mark.parametrize("text", [
    *TEXTS,
    "وصل الوفد مع، بعد ذلك، الوزراء",  # 'ع،' is D9 A1 in Windows-1256: valid UTF-8, but one pair only
    "Ø is a letter in Danish, Ù in Italian",
    "«العربية» – 2018 © جميع الحقوق محفوظة",
    "Café crème à Genève",
])
def test_clean_text_is_left_alone(text: str) -> None:
    assert repair_text(text).text == text
    assert repair_text(text).repairs == []


@pytest.mark.parametrize("text, expected", [
    ("&quot;عرب نيوز&quot; الأولى", '"عرب نيوز" الأولى'),
    ("خالد علي&ndash; سبق&ndash; جدة", "خالد علي– سبق– جدة"),
    ("الرياض&nbsp;-&nbsp;واس", "الرياض\u00a0-\u00a0واس"),
    ("&#1575;&#1604;&#x62E;&#x628;&#x631;", "الخبر"),
    ("&amp;quot;مرتين&amp;quot;", '"مرتين"'),
    ("AT&T و R&D", "AT&T و R&D"),  # no entity
    ("&#0; و &#x1; و &madeup;", "&#0; و &#x1; و &madeup;"),  # no character or a control: left
])
def test_html_entities_left_in_text(text: str, expected: str) -> None:
    assert unescape_entities(text) == expected
    assert repair_text(text).repairs == (["html entities"] if expected != text else [])


def test_entities_and_mojibake_together_are_both_noted() -> None:
    broken = "&quot;" + "البيان".encode().decode("latin-1") + "&quot;"
    assert repair_text(broken).text == '"البيان"'
    assert repair_text(broken).repairs == ["html entities", "mojibake utf-8/latin-1"]


def test_score_prefers_arabic_over_accented_latin_and_controls() -> None:
    data = TEXTS[0].encode("cp1256")
    assert text_score(data.decode("cp1256")) > text_score(data.decode("latin-1"))
    assert text_score("نص\x01\x02\x03") < text_score("نص")


def test_notes_are_added_once_and_decoding_notes_are_told_apart() -> None:
    repairs = ["decoded windows-1256"]
    note_repairs(repairs, ["html entities", "html entities", "decoded windows-1256"])
    assert repairs == ["decoded windows-1256", "html entities"]
    assert decoding_notes(repairs + ["utf-8 byte-order mark removed"]) == [
        "decoded windows-1256", "utf-8 byte-order mark removed"]


@pytest.mark.parametrize("cut", [1, 2])  # Arabic letters are two bytes in UTF-8, '…' three
@pytest.mark.parametrize("text", [TEXTS[1], TEXTS[0] + "…"])
def test_utf8_cut_inside_its_last_character_keeps_the_text_before(text: str, cut: int) -> None:
    """A download or dump cut mid-character was refused whole as 'invalid UTF-8'."""
    data = _paragraphs(TEXTS[2], 2).encode("utf-8") + text.encode("utf-8")
    whole = len(text[-1].encode("utf-8"))
    if cut >= whole:
        pytest.skip("the last character has fewer bytes")
    decoded = decode_bytes(data[:len(data) - cut])
    assert decoded.text == _paragraphs(TEXTS[2], 2) + text[:-1]
    assert decoded.repairs == ["decoded utf-8, a character cut at the end dropped"]


@pytest.mark.parametrize("legacy_lines", [[1], [0, 2], [0, 1, 3]])
def test_lines_in_windows_1256_among_utf8_ones_are_each_decoded(legacy_lines: list[int]) -> None:
    """Files of two origins joined: UTF-8 lines and Windows-1256 ones, whichever are more."""
    data = b"".join(line.encode("cp1256" if n in legacy_lines else "utf-8") + b"\n" for n, line in enumerate(TEXTS))
    decoded = decode_bytes(data)
    assert decoded.text == "".join(line + "\n" for line in TEXTS)
    count = len(legacy_lines)
    assert decoded.repairs == [f"decoded utf-8 with {count} line{'s' if count > 1 else ''} in windows-1256 "
                               "(mixed encodings)"]


@pytest.mark.parametrize("damage", [b"\xff\xfe", b"\xd8", "Ça répète".encode("latin-1")])
def test_a_few_bad_bytes_in_utf8_are_not_read_as_a_legacy_line(damage: bytes) -> None:
    data = _paragraphs(TEXTS[1]).encode("utf-8") + b"x " + damage + b" y\n" + _paragraphs(TEXTS[3]).encode("utf-8")
    with pytest.raises(DecodeError, match="invalid UTF-8"):
        decode_bytes(data)
