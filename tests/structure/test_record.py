"""JSON Lines records: given fields kept, text analysed for furniture, related blocks, datelines."""

from __future__ import annotations

import json

import pytest

from khabar.ingest import article_from_record
from khabar.structure import Options, analyse_record_text, run

from .composed import ROOT

EXAMPLE_RECORDS = ROOT / "examples" / "structure_records.jsonl"


def _article(record: dict, kind: str = "jsonl"):
    raw = json.dumps(record, ensure_ascii=False)
    return run(article_from_record(record, raw, kind=kind), Options())


def test_record_fields_are_taken_as_given_and_date_normalised() -> None:
    article = _article({"id": "r1", "title": "عنوان", "lead": "ملخص الخبر", "author": "سارة الحسن",
                        "date": "Fri, 16 Feb 2018 22:08:10 +0400",
                        "text": "فقرة أولى من الخبر.\nفقرة ثانية من الخبر."})
    assert (article.headline, article.deck, article.byline) == ("عنوان", "ملخص الخبر", "سارة الحسن")
    assert article.published == "2018-02-16T22:08:10+04:00"
    assert article.body == ["فقرة أولى من الخبر.", "فقرة ثانية من الخبر."]


def test_stdin_records_are_records_too() -> None:
    article = _article({"id": "r2", "title": "عنوان", "date": "2021-11-08",
                        "text": "بيروت - أعلن الجيش صباح اليوم عن خطة جديدة.\nفقرة ثانية."}, kind="stdin")
    assert article.published == "2021-11-08"
    assert article.dateline == "بيروت"
    assert article.body[0] == "أعلن الجيش صباح اليوم عن خطة جديدة."


RECORD_TEXTS = [
    # CNN-style dateline with an agency in parentheses
    ("دبي، الإمارات العربية المتحدة (CNN)-- أعلنت الشركة عن نتائجها السنوية.\nفقرة ثانية.",
     "دبي، الإمارات العربية المتحدة", ["أعلنت الشركة عن نتائجها السنوية.", "فقرة ثانية."], [], []),
    # upstream trailer and promotion lines
    ("فقرة أولى من الخبر.\n--------------------------------------------------\n"
     "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيقنا على هاتفكم المحمول.",
     None, ["فقرة أولى من الخبر."], [],
     ["--------------------------------------------------",
      "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيقنا على هاتفكم المحمول."]),
    # a related block with a header, and an inline one
    ("فقرة أولى من الخبر.\nاقرأ أيضاً:\nخبر قريب أول\nخبر قريب ثان\nفقرة أخيرة من الخبر.\n"
     "للمزيد: خبر قريب ثالث", None, ["فقرة أولى من الخبر.", "فقرة أخيرة من الخبر."],
     ["خبر قريب أول", "خبر قريب ثان", "خبر قريب ثالث"], ["اقرأ أيضاً:"]),
    # a link tail glued to the last paragraph, a slider and an opening credit line
    ("Next Previous عين الأفق – جدة\nقال المسؤول إن العمل بدأ. رابط الخبر بصحيفة الأفق: بدء العمل\nفقرة ثانية.",
     "جدة", ["قال المسؤول إن العمل بدأ.", "فقرة ثانية."], [],
     ["Next Previous", "رابط الخبر بصحيفة الأفق: بدء العمل", "عين الأفق – جدة"]),
    # Saudi chained credit
    ("عبدالله الأحمد- سبق- الرياض: أعلنت الجوازات استئناف العمل.\nفقرة ثانية.", "الرياض",
     ["أعلنت الجوازات استئناف العمل.", "فقرة ثانية."], [], []),
    # a tag list glued after the last sentence, a closing agency credit
    ("قال المسؤول إن العمل بدأ.\nوأضاف أن المشروع ينتهي العام المقبل. سمات جدة مشروع طرق", None,
     ["قال المسؤول إن العمل بدأ.", "وأضاف أن المشروع ينتهي العام المقبل."], [], ["سمات جدة مشروع طرق"]),
    ("قال المسؤول إن العمل بدأ.\nفقرة ثانية.\nفرانس 24 / أ ف ب", None,
     ["قال المسؤول إن العمل بدأ.", "فقرة ثانية."], [], ["فرانس 24 / أ ف ب"]),
    # a tag list as the last paragraph, after a marker
    ("قال المسؤول إن العمل بدأ.\n// يتبع // سمات إيران المملكة", None, ["قال المسؤول إن العمل بدأ."], [],
     ["// يتبع //", "سمات إيران المملكة"]),
    ("قال المسؤول إن العمل بدأ.\nسمات الرياض تعليم", None, ["قال المسؤول إن العمل بدأ."], [], ["سمات الرياض تعليم"]),
    # the writer's account before the tags; a contact line; a lone bidi mark
    ("قال المسؤول إن العمل بدأ.\n\u202b\nفقرة ثانية. @writer99 سمات جدة مشروع\nname@example.com", None,
     ["قال المسؤول إن العمل بدأ.", "فقرة ثانية."], [], ["@writer99 سمات جدة مشروع", "name@example.com"]),
    # France 24's related line: the header, a spaced dash, the headline
    ("قال المسؤول إن العمل بدأ.\nللمزيد - ريبورتاج: العمل يبدأ في المدينة\nفقرة ثانية.", None,
     ["قال المسؤول إن العمل بدأ.", "فقرة ثانية."], ["ريبورتاج: العمل يبدأ في المدينة"], []),
]


@pytest.mark.parametrize("text", [
    "وتحدث الباحث عن سمات المرحلة. سمات كل موقع على حدة.",  # a sentence opening with the word
    "سمات الشخصية القيادية\nقال الباحث إن القائد يحتاج إلى صبر طويل.",  # a subheading, not the last
])
def test_the_word_for_tags_inside_the_text_stays(text: str) -> None:
    assert analyse_record_text(text).body == text.split("\n")


@pytest.mark.parametrize(("line", "byline", "outlet", "dateline"), [
    ("أميرة المولد-عين اليوم", "أميرة المولد", "عين اليوم", None),
    ("حامد القرشي- مكة المكرمة", "حامد القرشي", None, "مكة المكرمة"),
])
def test_a_name_glued_to_an_outlet_or_place_opens_the_text_as_a_credit(line, byline, outlet, dateline) -> None:
    found = analyse_record_text(f"{line}\nقال المسؤول إن العمل بدأ في الحي.\nفقرة ثانية.")
    assert (found.byline, found.outlet, found.dateline) == (byline, outlet, dateline)
    assert found.body == ["قال المسؤول إن العمل بدأ في الحي.", "فقرة ثانية."]


@pytest.mark.parametrize(("opening", "byline", "outlet", "first"), [
    # an outlet's short name over a labelled byline: the masthead, then the byline
    ("بوابة المستقبل\nبقلم: سعود كابلي", "سعود كابلي", "بوابة المستقبل", "قال المسؤول إن العمل بدأ في الحي."),
    ("صحيفة الأفق\nبقلم: عبدالله الثبيتي (مكة المكرمة)", "عبدالله الثبيتي (مكة المكرمة)", "صحيفة الأفق",
     "قال المسؤول إن العمل بدأ في الحي."),
    # no byline under it: a short first line stays as it was read
    ("تصريح هام\nقال الوزير إن القرار نهائي.", None, None, "تصريح هام"),
    # a line with a figure or a mark is no masthead
    ("بيان رقم 3\nبقلم: سعود كابلي", None, None, "بيان رقم 3"),
])
def test_a_masthead_over_a_byline_opens_the_text(opening: str, byline: str | None, outlet: str | None,
                                                  first: str) -> None:
    found = analyse_record_text(f"{opening}\nقال المسؤول إن العمل بدأ في الحي.\nفقرة ثانية.")
    assert (found.byline, found.outlet, found.body[0]) == (byline, outlet, first)


@pytest.mark.parametrize(("line", "byline", "dateline"), [
    ("حازم المطيري (الرياض)", "حازم المطيري", "الرياض"),
    ("منيف عبدالله الكويكبي (جدة)", "منيف عبدالله الكويكبي", "جدة"),
    ("حازم المطيري (الرياض).", None, None),  # a sentence's end: no signature
    ("حازم المطيري (مصدر مطلع)", None, None),  # no place in the parentheses
    ("المطيري (الرياض)", None, None),  # one word: no reporter's name
])
def test_a_name_with_its_place_in_parentheses_opens_the_text_as_a_byline(line: str, byline: str | None,
                                                                         dateline: str | None) -> None:
    found = analyse_record_text(f"{line}\nقال المسؤول إن العمل بدأ في الحي.\nفقرة ثانية.")
    assert (found.byline, found.dateline) == (byline, dateline)
    assert (found.body[0] == line) is (byline is None)


@pytest.mark.parametrize(("line", "byline", "outlet", "dateline", "agency"), [
    ("سارة الحسن – عسير", "سارة الحسن", None, "عسير", None),  # a region the gazetteer knows
    ("سارة الحسن – متابعات", "سارة الحسن", None, None, None),  # a desk
    ("سارة الحسن ـ عين اليوم", "سارة الحسن", "عين اليوم", None, None),
    ("عمان - بترا", "بترا", None, "عمان", "بترا"),
])
def test_a_credit_line_opening_the_text(line: str, byline: str, outlet: str | None, dateline: str | None,
                                        agency: str | None) -> None:
    found = analyse_record_text(f"{line}\nقال المسؤول إن العمل بدأ في الحي.\nفقرة ثانية.")
    assert (found.byline, found.outlet, found.dateline, found.agency) == (byline, outlet, dateline, agency)
    assert found.body[0] == "قال المسؤول إن العمل بدأ في الحي."


def test_places_alone_opening_the_text_are_no_credit_line() -> None:
    assert analyse_record_text("جدة - عسير\nقال المسؤول إن العمل بدأ.\nفقرة ثانية.").byline is None


def test_a_glued_pair_of_places_is_no_credit() -> None:
    assert analyse_record_text("قمة الرياض-واشنطن\nقال المسؤول إن العمل بدأ.").body[0] == "قمة الرياض-واشنطن"


def test_an_opening_credit_is_no_closing_one() -> None:
    found = analyse_record_text("عين اليوم – الرياض\nقال المسؤول إن العمل بدأ في الحي.\nفقرة ثانية.")
    assert (found.outlet, found.dateline) == ("عين اليوم", "الرياض")


@pytest.mark.parametrize(("text", "dateline", "body", "related", "furniture"), RECORD_TEXTS)
def test_record_text(text, dateline, body, related, furniture) -> None:
    found = analyse_record_text(text)
    assert found.dateline == dateline
    assert found.body == body
    assert found.related == related
    assert sorted(found.furniture) == sorted(furniture)


def test_wire_credit_line_gives_place_and_date() -> None:
    found = analyse_record_text("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nأوصى المجلس بتوزيع الأرباح.")
    assert (found.dateline, found.published, found.body) == ("الرياض", "2015-08-10", ["أوصى المجلس بتوزيع الأرباح."])


def test_example_records_file() -> None:
    lines = EXAMPLE_RECORDS.read_text(encoding="utf-8").splitlines()
    articles = [_article(json.loads(line)) for line in lines]
    assert len(articles) >= 4
    assert all(a.published and a.headline and a.body for a in articles)
    clutter = articles[-1]
    assert clutter.dateline == "عمّان"
    assert clutter.related == ["ارتفاع أسعار الخضر في الأسواق المحلية", "انقطاع الكهرباء عن أحياء في العاصمة"]
    assert "تابعونا على تويتر" in clutter.furniture


WRAPPED_PARAGRAPHS = [
    "أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة ستمئة سرير، وقالت "
    "إن المستشفيات ستبدأ استقبال المرضى مطلع الشهر المقبل بعد استكمال تجهيزها بالكامل.",
    "وقال الوزير إن العمل جار على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات بكامل طاقتها، وإن "
    "الحكومة رصدت ميزانية إضافية لقطاع الصحة هذا العام تشمل شراء أجهزة طبية حديثة.",
    "وأضاف أن الوزارة ستفتتح مستشفيين آخرين في الشمال قبل نهاية العام.",
]


def test_a_hard_wrapped_record_text_is_joined_back_into_paragraphs() -> None:
    import textwrap

    text = "\n\n".join("\n".join(textwrap.wrap(p, 60)) for p in WRAPPED_PARAGRAPHS)
    assert analyse_record_text(text).body == WRAPPED_PARAGRAPHS
    short_lines = "\n".join(["سطر أول قصير", "سطر ثان قصير", "سطر ثالث", "سطر رابع", "سطر خامس", "سطر سادس"])
    assert analyse_record_text(short_lines).body == short_lines.split("\n")  # no wrapped text: lines stay


def test_an_agency_signing_a_record_s_text_off_is_furniture() -> None:
    """As on a page copied as text (layout.py): records and pages share the step (dateline.take_dateline)."""
    page = analyse_record_text("صنعاء - سبأ : أعلنت الحكومة خطة للمياه.\n\nوقال الوزير إن العمل بدأ.\n\n- سبأ -\n")
    assert (page.dateline, page.agency) == ("صنعاء", "سبأ")
    assert page.body == ["أعلنت الحكومة خطة للمياه.", "وقال الوزير إن العمل بدأ."] and "- سبأ -" in page.furniture


_SENTENCES = "أعلنت الحكومة اليوم خطة جديدة لترشيد استهلاك المياه. وقال الوزير إن المخزون يكفي حتى الصيف."
_ANSWER = " ".join(["وأضاف الوزير أن الخطة تشمل المدن والقرى"] * 3) + " وزير المياه"  # 25 words, no full stop


@pytest.mark.parametrize(("text", "body", "furniture"), [
    # SUB marks (\x1a) run into one line: each opens a paragraph
    (f"{_SENTENCES} \x1a\x1a {_SENTENCES}", [_SENTENCES, _SENTENCES], []),
    # the closing ones that end no sentence are the photos' captions
    (f"{_SENTENCES} \x1a\x1aمن احتفالات أهالي المدينة \x1a\x1aالأطفال في الحديقة",
     [_SENTENCES], ["من احتفالات أهالي المدينة", "الأطفال في الحديقة"]),
    # a question opened by the mark ends a sentence: a paragraph
    (f"{_SENTENCES}\n\x1a ما خطة الوزارة للصيف؟", [_SENTENCES, "ما خطة الوزارة للصيف؟"], []),
    # a long closing paragraph without a full stop is the text's, as is an unmarked short one
    (f"{_SENTENCES} \x1a {_ANSWER}", [_SENTENCES, _ANSWER], []),
    (f"{_SENTENCES}\nمن احتفالات أهالي المدينة", [_SENTENCES, "من احتفالات أهالي المدينة"], []),
])
def test_sub_marks_part_paragraphs_and_close_on_captions(text: str, body: list[str], furniture: list[str]) -> None:
    found = analyse_record_text(text)
    assert found.body == body
    assert [line for line in found.furniture if line in furniture] == furniture[::-1]
