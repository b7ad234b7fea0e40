"""Bodies and facilities named after a royal or a sheikh (eponym_heads.txt, person_named_heads.txt
and eponym_titles.txt): the head, the title and the name are one body, not a role and a person."""

import pytest

from khabar.entities import Options, run
from khabar.model import Article, Source


def entities(text: str, tagger: bool = False) -> dict[str, tuple[str, set[str]]]:
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=tagger))
    return {e.name: (e.type, {m.text for m in e.mentions}) for e in art.entities}


@pytest.mark.parametrize("text, name, type_", [
    ("أعلنت عمادة القبول بجامعة الملك خالد عن فتح باب التحويل", "جامعة الملك خالد", "ORG"),  # eponym head
    ("يعرض فيلم في مركز الملك عبد الله المالي في الرياض", "مركز الملك عبد الله المالي", "ORG"),  # its adjective
    ("نتيجة استطلاع لمركز الملك عبدالعزيز للحوار الوطني", "مركز الملك عبدالعزيز للحوار الوطني", "ORG"),  # remit
    ("حيث تم نقلها الى مستشفى الملك خالد.", "مستشفى الملك خالد", "FAC"),  # a facility head
    ("أطلقت مكتبة الملك عبدالعزيز العامة برنامجا", "مكتبة الملك عبدالعزيز العامة", "ORG"),  # a library
    ("وقالت مدينة الملك عبدالعزيز للعلوم والتقنية إن", "مدينة الملك عبدالعزيز للعلوم والتقنية", "ORG"),
    ("في مدينة الملك عبدالله الاقتصادية أمس", "مدينة الملك عبدالله الاقتصادية", "GPE"),  # a town
    ("ونقل إلى مستشفى الملك فهد بن عبدالعزيز آل سعود في جدة",
     "مستشفى الملك فهد بن عبدالعزيز آل سعود", "FAC"),  # بن and آل hold the name together
    ("بعد صلاة العصر في جامع الملك فيصل بأبها", "جامع الملك فيصل", "FAC"),  # not the town after ب
    ("أقيم الحفل في مسجد الشيخ زايد أمس", "مسجد الشيخ زايد", "FAC"),
    ("وقالت مؤسسة الملك عبدالله إن", "مؤسسة الملك عبدالله", "ORG"),  # not the particle after it
    ("وتقام العروض في حديقة الملك سعود العامة مساء", "حديقة الملك سعود العامة", "FAC"),  # a park
    ("وتستمر الفعاليات في منتزه الأمير خالد حتى الفجر", "منتزه الأمير خالد", "FAC"),
    ("وعقد اللقاء في قاعة الملك فيصل للمؤتمرات", "قاعة الملك فيصل", "FAC"),  # a hall
])
def test_a_head_a_title_and_a_name_are_one_body(text, name, type_):
    ents = entities(text)
    assert ents[name][0] == type_, ents
    assert not [n for n, (t, _) in ents.items() if t == "PER"]


@pytest.mark.parametrize("text, name", [
    ("بعد صلاة العصر في جامع الملك فيصل بأبها", "جامع الملك فيصل"),
    ("وحولنا إلى مستشفى الملك خالد بتبوك، ولكن", "مستشفى الملك خالد"),  # no word with a proclitic
    ("جامعة الملك خالد تستضيف طلاب المنح", "جامعة الملك خالد"),  # nor a verb
])
def test_the_name_ends_before_a_word_no_name_has(text, name):
    ents = entities(text, tagger=True)
    assert name in ents, ents
    assert not [n for n, (t, _) in ents.items() if t == "PER"]


@pytest.mark.parametrize("text, name, type_", [
    ("درس في جامعة الملك سعود ثم", "King Saud University", "ORG"),  # a known name is the lexicon's
    ("وقال مكتب الرئيس محمود عباس إن", "Mahmoud Abbas", "PER"),  # الرئيس: no eponym title
    ("قال الملك سلمان إن المملكة", "Salman of Saudi Arabia", "PER"),  # no head before the title
])
def test_other_titles_and_known_names_are_left_alone(text, name, type_):
    assert entities(text)[name][0] == type_


def test_a_second_name_after_the_royal_s_is_another_person():
    ents = entities("اجتماعا مع مساعد مدير مستشفى الملك خالد محمد النشمي، حيث", tagger=True)
    assert ents["مستشفى الملك خالد"][0] == "FAC"
    assert ents["محمد النشمي"][0] == "PER"  # what of the tagger's span runs on past the hospital


@pytest.mark.parametrize("text, mention", [
    ("وأقيم الحفل بحديقة الملك سعود العامة مساء", "حديقة الملك سعود العامة"),  # ب, which the key keeps
    ("وعقدت الندوة وبقاعة الملك فيصل عرض", "قاعة الملك فيصل"),  # و and ب
    ("ونقل المصاب بمستشفى الملك خالد مساء", "مستشفى الملك خالد"),  # a head the tables knew already
])
def test_a_head_s_proclitics_are_no_part_of_the_mention(text, mention):
    assert any(mention in mentions for _, mentions in entities(text).values()), entities(text)


@pytest.mark.parametrize("text", [
    "ودخل القاضي قاعة المحكمة صباحا",  # a common noun before no title
    "وزار الملك فهد الحديقة العامة",  # the definite noun after the title
])
def test_a_park_or_hall_before_no_royal_is_no_facility(text):
    assert not [n for n, (t, _) in entities(text).items() if t == "FAC"]
