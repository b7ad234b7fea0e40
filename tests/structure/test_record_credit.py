"""Credit lines read into place, outlet, agency and byline (:mod:`khabar.structure.record_credit`)."""

from __future__ import annotations

import json

import pytest

from khabar.ingest import article_from_record
from khabar.structure import Options, analyse_record_text, run
from khabar.structure.data import read_rows
from khabar.structure.record_credit import Credit, split_credit

CREDITS = [
    # place - outlet: the outlet is the byline when no person is named
    ("أبوظبي - سكاي نيوز عربية", Credit("أبوظبي", "سكاي نيوز عربية", None, "سكاي نيوز عربية")),
    ("اليوم - الدمام", Credit("الدمام", "اليوم", None, "اليوم")),
    ("«الاقتصادية» من الرياض", Credit("الرياض", "الاقتصادية", None, "الاقتصادية")),
    ("لندن: «الشرق الأوسط»", Credit("لندن", "الشرق الأوسط", None, "الشرق الأوسط")),
    ("عكاظ (جدة)", Credit("جدة", "عكاظ", None, "عكاظ")),
    # place and agency, with or without a mark between them, the agency's letters spaced or dotted
    ("برلين أ ف ب", Credit("برلين", None, "أ ف ب", "أ ف ب")),
    ("لندن: (د. ب. أ)", Credit("لندن", None, "د. ب. أ", "د. ب. أ")),
    ("دبي - أ. ف. ب.", Credit("دبي", None, "أ. ف. ب.", "أ. ف. ب.")),  # the abbreviation's dot ends no sentence
    ("واس - الرياض", Credit("الرياض", None, "واس", "واس")),
    ("بون (ألمانيا) - رويترز", Credit("بون (ألمانيا)", None, "رويترز", "رويترز")),
    # a person is the byline
    ("القاهرة - سارة الحسن:", Credit("القاهرة", None, None, "سارة الحسن")),
    ("خالد المنصور- سبق- الرياض:", Credit("الرياض", "سبق", None, "خالد المنصور")),
    ("سارة الحسن (جدة)", Credit("جدة", None, None, "سارة الحسن")),
    ("خالد المنصور من الرياض", Credit("الرياض", None, None, "خالد المنصور")),
    ("كتب - سارة الحسن:", Credit(None, None, None, "سارة الحسن")),
    ("بيروت: سارة الحسن، خالد المنصور", Credit("بيروت", None, None, "سارة الحسن، خالد المنصور")),
    ("سارة الحسن - خالد المنصور - جدة", Credit("جدة", None, None, "سارة الحسن - خالد المنصور")),
    ("العربية.نت - سارة الحسن", Credit(None, "العربية.نت", None, "سارة الحسن")),
    # outlet and agency; a desk names no one
    ("الوئام - رويترز:", Credit(None, "الوئام", "رويترز", "رويترز")),
    ("الوئام - متابعات:", Credit(None, "الوئام", None, "الوئام")),
    ("متابعة - الرياض الإلكتروني", Credit(None, "الرياض الإلكتروني", None, "الرياض الإلكتروني")),
    ("جدة - مكتب الأفق", Credit("جدة", None, None, None)),
    # a name both a place and an outlet, read by its neighbours
    ("الرياض - الوئام", Credit("الرياض", "الوئام", None, "الوئام")),
    ("الرياض - سارة الحسن", Credit("الرياض", None, None, "سارة الحسن")),
    ("دبي - الرياض", Credit("دبي", "الرياض", None, "الرياض")),
    ("الجزيرة - الرياض:", Credit("الرياض", "الجزيرة", None, "الجزيرة")),
    ("الجزيرة - واس:", Credit(None, "الجزيرة", "واس", "واس")),
    ("المدينة - الوئام - سارة الحسن:", Credit("المدينة", "الوئام", None, "سارة الحسن")),
    ("الجزيرة - المحليات:", Credit(None, "الجزيرة", None, "الجزيرة")),
]


@pytest.mark.parametrize(("text", "credit"), CREDITS)
def test_credit_lines_are_read_into_their_parts(text: str, credit: Credit) -> None:
    assert split_credit(text) == credit


@pytest.mark.parametrize("text", [
    "سارة الحسن",  # a name alone: the byline as it is
    "فرانس 24",  # an outlet alone
    "رويترز",
    "ترامب - كيم: قمة ثانية في الربيع",  # a headline
    "3f2a9c1e-20d9-40a2-9e04-5b63346a78a6",  # an id
    "الرياض - ثقافة اليوم",  # a section's name no list knows
    "سارة الحسن (جدة).",  # a sentence's end
])
def test_other_author_lines_are_no_credit(text: str) -> None:
    assert split_credit(text) is None


@pytest.mark.parametrize("form", [row[1] for row in read_rows("agencies.tsv")])
def test_every_agency_form_is_credited_after_a_place(form: str) -> None:
    assert split_credit(f"عمان - {form}") == Credit("عمان", None, form, form)


@pytest.mark.parametrize("word", [word for kind, word in read_rows("outlets.tsv") if kind == "edition"])
def test_every_edition_word_after_an_outlet_credits_the_outlet(word: str) -> None:
    """outlets.tsv's edition rows, the one list mastheads and credits read."""
    assert split_credit(f"جدة - الوئام {word}") == Credit("جدة", f"الوئام {word}", None, f"الوئام {word}")


@pytest.mark.parametrize(("kind", "word"), read_rows("credit_words.tsv"))
def test_every_credit_word(kind: str, word: str) -> None:
    if kind == "desk":
        assert split_credit(f"جدة - {word}") == Credit("جدة", None, None, None)
    elif kind == "desk_opening":
        assert split_credit(f"جدة - {word} الأفق") == Credit("جدة", None, None, None)
    else:  # outlet_first: the outlet beside an agency, the place beside another outlet
        assert kind == "outlet_first"
        assert split_credit(f"{word} - واس") == Credit(None, word, "واس", "واس")
        assert split_credit(f"{word} - الوئام") == Credit(word, "الوئام", None, "الوئام")


def _record(author: str, text: str):
    record = {"id": "r1", "title": "افتتاح جسر جديد", "author": author, "text": text}
    return run(article_from_record(record, json.dumps(record, ensure_ascii=False)), Options())


def test_a_record_s_author_credit_fills_the_page_fields() -> None:
    article = _record("برلين أ ف ب", "افتتح رئيس البلدية الجسر الجديد صباح اليوم.\nوحضر الافتتاح عدد من السكان.")
    assert (article.byline, article.dateline, article.agency, article.outlet) == (None, "برلين", "أ ف ب", None)
    article = _record("اليوم - الدمام", "افتتح رئيس البلدية الجسر الجديد صباح اليوم.")
    assert (article.byline, article.dateline, article.agency, article.outlet) == (None, "الدمام", None, "اليوم")
    assert article.annotations["credit_fields"] == {"dateline", "outlet"}  # metadata, not the text's words


def test_the_text_s_own_dateline_wins_over_the_credit_s_place() -> None:
    article = _record("القاهرة - سارة الحسن:", "الرياض - افتتح رئيس البلدية الجسر الجديد صباح اليوم.\nوحضر عدد من السكان.")
    assert (article.byline, article.dateline, article.body[0]) == (
        "سارة الحسن", "الرياض", "افتتح رئيس البلدية الجسر الجديد صباح اليوم.")
    assert article.annotations["credit_fields"] == frozenset()  # the dateline is the text's own


@pytest.mark.parametrize(("author", "byline", "agency", "outlet"), [
    ("رويترز", None, "رويترز", None),  # an agency alone: no writer
    ("أ ف ب", None, "أ ف ب", None),
    ("فرانس 24", None, None, "فرانس 24"),  # an outlet alone
    ("«الشرق الأوسط»", None, None, "الشرق الأوسط"),
    ("لندن: «الشرق الأوسط»", None, None, "الشرق الأوسط"),  # a place and the outlet
    ("دبي - سكاي نيوز عربية", None, None, "سكاي نيوز عربية"),
    ("رويترز - سارة الحسن", "سارة الحسن", "رويترز", None),  # a person beside the agency is the byline
    ("الباحة: سوسن المرزوقي", "سوسن المرزوقي", None, None),  # a known place, a colon, names no list knows
    ("القاهرة: سوسن المرزوقي ومنيرة الهاشمي", "سوسن المرزوقي ومنيرة الهاشمي", None, None),
    ("تصوير: سوسن المرزوقي", "تصوير: سوسن المرزوقي", None, None),  # no place before the colon
    ("سارة الحسن", "سارة الحسن", None, None),
])
def test_an_agency_or_outlet_is_never_the_byline(author: str, byline: str | None, agency: str | None,
                                                  outlet: str | None) -> None:
    article = _record(author, "افتتح رئيس البلدية الجسر الجديد صباح اليوم.\nوحضر الافتتاح عدد من السكان.")
    assert (article.byline, article.agency, article.outlet) == (byline, agency, outlet)


@pytest.mark.parametrize(("text", "credit"), [
    ("الباحة: سوسن المرزوقي", Credit("الباحة", None, None, "سوسن المرزوقي")),
    ("جدة: سوسن المرزوقي  ومنيرة الهاشمي", Credit("جدة", None, None, "سوسن المرزوقي ومنيرة الهاشمي")),
    ("جدة: {أونلاين ـ الأفق}", None),  # marks and a kashida: an outlet's credit, no names
    ("جدة: «الأفق»", None),
    ("جدة: سوسن", None),  # one word
    ("تصوير: سوسن المرزوقي", None),  # no place before the colon
    ("جدة: 3 مصابين", None),
])
def test_a_place_a_colon_and_names(text: str, credit: Credit | None) -> None:
    from khabar.structure.record_credit import place_colon_names

    assert place_colon_names(text) == credit


def test_an_author_that_is_no_credit_stays_the_byline() -> None:
    assert _record("سارة الحسن", "افتتح رئيس البلدية الجسر الجديد صباح اليوم.").byline == "سارة الحسن"


@pytest.mark.parametrize(("author", "byline"), [
    ("37a2dd6d-f52a-452d-a2fb-13ce3282f026", None),  # a content system's key (UUID): no one
    ("10423", None),
    ("a3f9_77", None),
    ("سارة الحسن", "سارة الحسن"),
    ("Sara Hassan", "Sara Hassan"),
    ("فرانس 24 - سارة الحسن", "سارة الحسن"),
])
def test_an_author_that_is_a_record_key_is_no_byline(author: str, byline: str | None) -> None:
    assert _record(author, "افتتح رئيس البلدية الجسر الجديد صباح اليوم.").byline == byline


@pytest.mark.parametrize(("author", "text", "body", "dateline"), [
    ("خالد المنصور- سبق- تبوك:", "خالد المنصور- سبق- تبوك: افتتح رئيس البلدية الجسر الجديد.", "افتتح رئيس البلدية الجسر الجديد.", None),
    ("خالد المنصور- سبق:", "خالد المنصور-سبق: افتتح رئيس البلدية الجسر الجديد.", "افتتح رئيس البلدية الجسر الجديد.", None),
    ("سبق - الرياض", "سبق - الرياض - افتتح رئيس البلدية الجسر الجديد.", "افتتح رئيس البلدية الجسر الجديد.", None),
    # the author's words opening a sentence, no credit's mark after them: the text stays
    ("سارة الحسن - جدة", "سارة الحسن جدة افتتحت المعرض الجديد.", "سارة الحسن جدة افتتحت المعرض الجديد.", None),
    ("سارة الحسن", "سارة الحسن: افتتحت المعرض الجديد اليوم.", "سارة الحسن: افتتحت المعرض الجديد اليوم.", None),
])
def test_the_author_repeated_opening_the_text_is_cut_off(author: str, text: str, body: str, dateline: str | None) -> None:
    found = analyse_record_text(text, author=author)
    assert (found.body[0], found.dateline) == (body, dateline)
