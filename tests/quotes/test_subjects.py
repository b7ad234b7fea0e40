"""Abstract subjects: a speech verb whose subject is a listed abstract noun reports no statement."""

from __future__ import annotations

import pytest

from khabar.quotes.lexicon import key
from khabar.quotes.subjects import inanimate_nouns

# one abstract subject per class of resources/inanimate_subjects.tsv: no quotation
REMOVED = [
    ("process", "ويشير الارتفاع في الأسعار إلى أن الطلب يزداد."),
    ("event", "وتكشف الأزمة أن النظام المالي هش."),
    ("event", "وتهدد الحرب التجارية بأن تخفض النمو العالمي."),
    ("condition", "وتؤكد الظروف الحالية أن الإصلاح ضروري."),
    ("relation", "وتكشف التقاليد أن العائلة هي أساس المجتمع."),
    ("measure", "وتشدد القوانين الجديدة الرقابة على الأسواق."),  # laws tighten, say nothing
    ("relation", "وتشير العلاقة بين البلدين إلى أن التعاون سيستمر."),
    ("measure", "وتعتبر الأسعار في المملكة من بين الأرخص في العالم."),
    ("requested", "وطلبت المساعدة من الجيران بعد أن علقت في المصعد."),
    ("requested", "وطلب العودة إلى بلاده بإجابات مكتوبة."),
    ("evidence", "وتشير المعطيات إلى أن البطالة تراجعت في الربع الأول."),
    ("evidence", "وتؤكد الأرقام أن عدد السياح تضاعف خلال عامين."),
    ("evidence", "وكشفت النتائج أن الهرمونات انخفضت بعد العلاج."),
    ("evidence", "وتحذر التقديرات من أن المياه ستنفد خلال عقد."),
    ("evidence", "وأكدت الإحصاءات الرسمية أن قطاع النقل يستهلك ربع الطاقة."),
    ("hazard", "ويهدد الجفاف بتدمير المحاصيل في الجنوب."),
    ("hazard", "ويهدد التصحر بابتلاع مساحات واسعة من الأراضي الزراعية."),
    ("machine", "جددت مقاتلات التحالف العربي، الجمعة، قصفها لمواقع المسلحين."),
    ("machine", "وجددت الطائرات الحربية قصفها لمواقع المسلحين."),
    ("machine", "وتهدد الصواريخ بإغلاق المطار أمام الرحلات."),
]


@pytest.mark.parametrize(("cls", "sentence"), REMOVED)
def test_abstract_subject_reports_nothing(said, cls: str, sentence: str) -> None:
    assert said([sentence]) == [], cls


# the subject written before the verb: figures show, no one states
def test_fronted_evidence_reports_nothing(said) -> None:
    got = said(["وقال الوزير إن الاقتصاد ينمو.", "البيانات أشارت إلى أن الصادرات ارتفعت بنسبة كبيرة."])
    assert got == [("وقال", "الاقتصاد ينمو", "الوزير")]


# the same nouns as the object of a verb of the other gender, or beside a speaker: the quotation
# stays, said by the speaker named before or after the verb
KEPT = [
    ("process", ["قالت المديرة العامة للشركة إن الأرباح زادت.", "وأرجعت الارتفاع إلى زيادة المبيعات."],
     [("قالت", "الأرباح زادت", "المديرة العامة للشركة"), ("وأرجعت", "إلى زيادة المبيعات", "المديرة العامة للشركة")]),
    ("event", ["قالت الشرطة إن الحادث وقع ليلا.", "ووصفت الحادث بأنه مأساوي."],
     [("قالت", "الحادث وقع ليلا", "الشرطة"), ("ووصفت", "مأساوي", "الشرطة")]),
    ("condition", ["قال الوزير إن البلاد تجاوزت الأزمة.", "ووصف الأوضاع بأنها مستقرة."],
     [("قال", "البلاد تجاوزت الأزمة", "الوزير"), ("ووصف", "مستقرة", "الوزير")]),
    ("relation", ["أكد وزير الخارجية أن العلاقة بين البلدين ممتازة."],
     [("أكد", "العلاقة بين البلدين ممتازة", "وزير الخارجية")]),
    ("measure", ["قال المتحدث إن الحكومة لن تتراجع.", "ووصف الإجراءات بأنها ضرورية."],
     [("قال", "الحكومة لن تتراجع", "المتحدث"), ("ووصف", "ضرورية", "المتحدث")]),
    ("requested", ["وطلب الوزير من المواطنين البقاء في منازلهم."],
     [("وطلب", "من المواطنين البقاء في منازلهم", "الوزير")]),
    # without the article مساعدة is also 'assistant': a person who speaks
    ("requested", ["وقالت مساعدة المديرة إن اللقاح سيكون جاهزا قريبا."],
     [("وقالت", "اللقاح سيكون جاهزا قريبا", "مساعدة المديرة")]),
    # a verb of blame takes the noun as its object even when they agree: the minister speaks
    ("event", ["قال الوزير إن التحقيق بدأ.", "ووصف الحادث بأنه إرهابي."],
     [("قال", "التحقيق بدأ", "الوزير"), ("ووصف", "إرهابي", "الوزير")]),
    # figures inside what a person says, or the object of a verb of the other gender
    ("evidence", ["وأكد الوزير أن الأرقام تظهر تحسن الاقتصاد."],
     [("وأكد", "الأرقام تظهر تحسن الاقتصاد", "الوزير")]),
    ("evidence", ["قالت الوزيرة إن التضخم تراجع.", "ووصفت المؤشرات بأنها مشجعة."],
     [("قالت", "التضخم تراجع", "الوزيرة"), ("ووصفت", "مشجعة", "الوزيرة")]),
    ("hazard", ["وقال المزارع أحمد سالم إن الجفاف أتلف المحاصيل."],
     [("وقال", "الجفاف أتلف المحاصيل", "أحمد سالم")]),
    # figures whose owner is named (a body after ل, or a publisher after الصادرة عن) are its statement
    ("evidence", ["وكانت الأرقام الأخيرة لمركز الإحصائيات للجمارك قد أشارت إلى تضاعف الاستهلاك."],
     [("أشارت", "تضاعف الاستهلاك", "الأرقام الأخيرة لمركز الإحصائيات للجمارك")]),
    ("evidence", ["وتشير الأرقام الصادرة عن الهيئة الملكية إلى أن الاستثمارات تضاعفت."],
     [("وتشير", "الاستثمارات تضاعفت", None)]),
    # a document someone wrote is a source, and reports passed on an unnamed one: both stay
    ("evidence", ["وأشارت الدراسة إلى أن التدخين يضر بالقلب."],
     [("وأشارت الدراسة", "التدخين يضر بالقلب", None)]),
    ("evidence", ["وذكرت التقارير أن الزفاف سيقام في الصيف."],
     [("وذكرت", "الزفاف سيقام في الصيف", None)]),
]


@pytest.mark.parametrize(("cls", "paragraphs", "expected"), KEPT)
def test_speaker_keeps_quotation(said, cls: str, paragraphs: list[str],
                                 expected: list[tuple[str, str, str | None]]) -> None:
    assert said(paragraphs) == expected, cls


@pytest.mark.parametrize("cls", ["process", "event", "condition", "relation", "measure", "requested", "evidence",
                                 "hazard"])
def test_every_class_is_listed(cls: str) -> None:
    assert any(c == cls for c, _agreement in inanimate_nouns().values())


def test_entries_are_definite_nouns_with_an_agreement() -> None:
    for noun, (_cls, agreement) in inanimate_nouns().items():
        assert noun.startswith(key("ال")) and agreement in ("m", "f"), noun


@pytest.mark.parametrize("word", ["بيان", "التقرير", "الدراسة", "الاستطلاع", "التقارير", "المعلومات", "الحياة",
                                  "الوزارة", "الحكومة", "العلاقات"])
def test_documents_bodies_and_newspapers_are_not_listed(word: str) -> None:
    assert key(word) not in inanimate_nouns()
