"""Institutional phrases (chain_heads.tsv, chain_words.tsv): a head noun of an institution or a
collective actor, its construct chain, adjectives and affiliation make one body."""

import pytest

from khabar.entities import Options, run
from khabar.entities.chains import chain_heads, chain_words
from khabar.entities.keys import fold
from khabar.entities.lexicon import table_records
from khabar.model import Article, Source


def entities(text: str) -> dict[str, tuple[str, set[str]]]:
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    return {e.name: (e.type, {m.text for m in e.mentions}) for e in art.entities}


def mentions(text: str) -> set[str]:
    return {m for _, texts in entities(text).values() for m in texts}


@pytest.mark.parametrize("text, body", [
    ("أعلنت مديرية أمن الجيزة القبض على متهم", "مديرية أمن الجيزة"),  # a construct word, a place
    ("وصلت قوات الأمن المركزي إلى الميدان", "قوات الأمن المركزي"),  # past a generic institution
    ("وأحالت إدارة البحث الجنائي الملف إلى النيابة", "إدارة البحث الجنائي"),  # a relational adjective
    ("وحضرت قوة الحماية الخاصة الاجتماع", "قوة الحماية الخاصة"),  # an adjective of rank
    ("وانتقد مكتب الشؤون الإنسانية التابع للأمم المتحدة القرار",
     "مكتب الشؤون الإنسانية التابع للأمم المتحدة"),  # an affiliation
    ("ودعت الأمانة العامة لجامعة الدول العربية إلى الحوار",
     "الأمانة العامة لجامعة الدول العربية"),  # a definite head, its adjective, a genitive after ل
    ("تلقى قسم شرطة ثالث المنصورة بلاغا", "قسم شرطة ثالث المنصورة"),  # two construct words, a town
    ("وقالت شرطة نيويورك إنها تحقق", "شرطة نيويورك"),  # a town's police
    ("وقال فرع الأمن الجنائي بالمدينة", "فرع الأمن الجنائي"),
    ("وشارك في التدريب أفراد من القوات المسلحة", "القوات المسلحة"),
])
def test_a_head_and_its_chain_are_one_body(text, body):
    found = entities(text)
    assert found.get(body, ("",))[0] == "ORG", found


@pytest.mark.parametrize("text, inner", [
    ("أعلنت مديرية أمن الجيزة القبض على متهم", "الجيزة"),  # the place in the body's name
    ("وانتقد مكتب الشؤون الإنسانية التابع للأمم المتحدة القرار", "للأمم المتحدة"),  # what it belongs to
    ("وأصدر فرع وزارة العمل بجدة قرارا", "وزارة العمل"),  # the ministry of which it is a branch
])
def test_a_name_inside_the_body_s_is_named_too(text, inner):
    assert inner in mentions(text)


@pytest.mark.parametrize("text, phrase", [
    ("وارتفعت قوة الدولار الأمريكي أمس", "قوة الدولار"),  # strength: قوة needs an adjective of rank
    ("ناقش مجلس إدارة الشركة الميزانية", "مجلس إدارة الشركة"),  # a part of another body
    ("وتقع مديرية حيس جنوب الحديدة", "مديرية حيس"),  # a district, no body
    ("انسحبت القوات الموالية لإيران من المدينة", "القوات الموالية لإيران"),  # a participle's complement
    ("وقالت لجنة لتوطين الوظائف إنها", "لجنة لتوطين الوظائف"),  # a committee for: no construct
    ("وتراجعت القوات الأخرى إلى الخلف", "القوات الأخرى"),  # no relational adjective
    ("وقال قائد قوات التحالف العربي إن", "قوات التحالف العربي"),  # a body's forces are the body
    ("ووصلت قوات حكومة جنوب السودان", "قوات حكومة جنوب السودان"),
])
def test_no_body_of_a_common_noun_a_district_or_a_body_s_forces(text, phrase):
    assert phrase not in mentions(text), entities(text)


def test_a_lexicon_institution_with_its_rank_adjective_keeps_its_country():
    found = entities("وقالت هيئة الأركان العامة الروسية إن")
    assert "هيئة الأركان العامة" not in found, found


@pytest.mark.parametrize("column, values", [
    ("type", {"ORG", "EVENT"}),
    ("needs", {"any", "qualified", "rank", "name"}),
    ("definite", {"yes", "no"}),
    ("place", {"apart", "body"}),
    ("body", {"same", "part"}),
])
def test_chain_heads_rows_are_well_formed(column, values):
    rows = table_records("chain_heads")
    assert rows and {r[column] for r in rows} <= values
    assert len(chain_heads()) == len(rows)  # (no head listed twice)


@pytest.mark.parametrize("role, word", [("adjective", "الخاصة"), ("affiliation", "التابعة"), ("year", "عام")])
def test_chain_words_by_role(role, word):
    assert {r["role"] for r in table_records("chain_words")} == {"adjective", "affiliation", "year"}
    assert fold(word) in chain_words(role)


@pytest.mark.parametrize("text, event", [
    ("وتتواصل أزمة لبنان منذ أشهر", "أزمة لبنان"),  # a place's name after the construct head
    ("وقال إن الأزمة الليبية طالت", "الأزمة الليبية"),  # a nationality after the definite head
    ("أثرت الأزمة المالية الإيطالية على اليورو", "الأزمة المالية الإيطالية"),  # past an adjective
    ("منذ ثورة عام 1979 في إيران", "ثورة عام 1979"),  # a year
])
def test_an_event_head_and_a_place_a_nationality_or_a_year_are_an_event(text, event):
    found = entities(text)
    assert found.get(event, ("",))[0] == "EVENT", found


@pytest.mark.parametrize("text", ["تعاني الشركة من أزمة مالية حادة", "وهي حرب طويلة"])
def test_an_event_head_alone_or_with_an_indefinite_adjective_is_no_event(text):
    assert not [n for n, (t, _) in entities(text).items() if t == "EVENT"]


@pytest.mark.parametrize("text, body", [
    ("وقال مجلس الطلاب العربي والأوروبي إن", "مجلس الطلاب العربي والأوروبي"),  # a conjoined adjective
    ("وأكدت شرطة محافظة بني مالك أن", "شرطة محافظة بني مالك"),
])
def test_more_of_a_body_s_name(text, body):
    assert entities(text).get(body, ("",))[0] == "ORG", entities(text)


@pytest.mark.parametrize("text, phrase", [
    ("وقرر المجلس البلدي لأمانة محافظة جدة أمس", "أمانة محافظة جدة"),  # the council's remit, no body
    ("ودعا إلى إنشاء مجلس للرئاسة", "مجلس للرئاسة"),  # a council for: no construct
])
def test_a_head_in_another_body_s_remit_or_before_a_remit_names_none(text, phrase):
    found = entities(text)
    assert phrase not in {n for n in found} and phrase not in mentions(text), found


def test_a_directorate_of_a_body_is_the_body():
    found = entities("وأعلنت مديرية الأمن العام الأردنية")
    assert "مديرية الأمن العام" not in found, found
