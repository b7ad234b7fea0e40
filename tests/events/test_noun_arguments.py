"""An event noun's arguments: a masdar after تم/جرى, a noun undergone, a genitive agent, an accusation's pronoun."""

from __future__ import annotations

import pytest

from .composed import coded as plain
from .composed import coded_parties as coded
from .composed import parties


@pytest.mark.parametrize(("text", "event"), [
    # a masdar after تم/جرى is passive: the count or party after it undergoes it
    ("وقد تم حجز 21 هاتفا جوالا.", ("مصادرة", None, "21 هاتفا")),
    ("كما تم إلقاء القبض على شخصين مفتش عنهما.", ("ألقى القبض", None, "شخصين")),
    # only an agent phrase names who did it
    ("وتم اعتقال الناشط من قبل الشرطة.", ("اعتقال", "الشرطة", "الناشط")),
    ("وجرى اعتقاله على أيدي القوات الحكومية.", ("اعتقال", "القوات الحكومية", None)),
    ("وقد تم اعتقال المتهم من طرف قوات الأمن.", ("اعتقال", "قوات الأمن", "المتهم")),
])
def test_a_masdar_after_a_passive_auxiliary_is_passive(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # the subject of تعرض undergoes the event noun after ل (words.tsv undergoing), after it or before it
    ("تعرض الجيش لانتقادات شديدة بسبب القمع.", ("انتقاد", None, "الجيش")),
    ("ويذكر أن الحكومة تتعرض لانتقادات كثيرة.", ("انتقاد", None, "الحكومة")),
    # only an agent phrase names who does it
    ("تعرض الصحفي لهجوم من قبل مسلحين مجهولين.", ("هجوم", "مسلحين مجهولين", "الصحفي")),
])
def test_the_subject_of_an_undergoing_verb_undergoes_the_noun(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize("text", [
    # neither the reporter nor the topic does a passive masdar
    "وأكد الوالي أنه تم فتح تحقيق في الحادثة.",
    "وقالت الوزارة إن المواطن تم تهديده بسلاح.",
])
def test_no_one_unnamed_does_a_passive_masdar(text: str) -> None:
    assert all(source is None for _, source, _ in coded(text))


def test_an_indefinite_accusative_is_no_genitive_agent() -> None:
    assert ("هجوم", "جنودا", None) not in coded("استهدف هجوم جنودا قرب الحدود.")


@pytest.mark.parametrize(("text", "event"), [
    # ل with a pronoun or a named party after an event noun's genitive: the genitive is the agent
    ("أدان الحزب اعتقال الجيش لها.", ("اعتقال", "الجيش", None)),
    ("أدان الحزب اعتقال الشرطة للناشط.", ("اعتقال", "الشرطة", "ناشط")),
    ("قتل مدنيون في قصف النظام السوري لحي في حمص.", ("قصف", "النظام السوري", None)),  # ل + a place
    # ل with a span of time is an adjunct: the genitive is the object
    ("قضت المحكمة بحظر حزب العمال لمدة شهر.", ("منع", "المحكمة", "حزب العمال")),
])
def test_a_genitive_is_the_agent_before_a_lam_phrase_not_of_time(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # an indefinite act of force names its doer with ل too (its genitive is its doer)
    ("وأعلن الجيش صد هجوم للمتمردين على مواقعه.", ("هجوم", "متمردين", None)),
    ("وقتل 5 مدنيين في غارة للتحالف على البلدة.", ("غارة", "تحالف", None)),
])
def test_an_indefinite_act_of_force_names_its_doer_with_lam(
        text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize("text", [
    # a noun whose genitive undergoes it keeps ل for its object; a definite noun's ل is a purpose
    "وندد باعتقال للناشطين في المدينة.",
    "وقال إن الهجوم للرد على الاعتداءات.",
])
def test_lam_after_other_nouns_names_no_doer(text: str) -> None:
    assert all(source is None for action, source, _ in coded(text) if action in ("اعتقال", "هجوم"))


@pytest.mark.parametrize(("text", "accused"), [
    # an accusation's pronoun right before its charge is the accused, never the accuser
    ("واعتقلت الشرطة الصحفي لاتهامه بنشر أخبار كاذبة.", "الصحفي"),
    ("وأوقف الناشط لاتهامه بالتحريض على العنف.", "الناشط"),
])
def test_an_accusations_pronoun_before_the_charge_is_the_accused(text: str, accused: str) -> None:
    assert not any(action == "اتهام" and source == accused for action, source, _ in coded(text))


def test_an_accusations_possessor_before_its_object_accuses() -> None:
    assert ("اتهام", "الرئيس", "غرب") in coded("وجدد الرئيس اتهامه للغرب بدعم الإرهاب.")


@pytest.mark.parametrize(("text", "event"), [
    # an accusation giving the cause of an act against a party: the act's subject accuses that party
    ("قطعت الدول العلاقات مع قطر لاتهامها بدعم الإرهاب.", ("اتهام", "الدول", "قطر")),
    ("فرضت واشنطن عقوبات على روسيا بسبب اتهامها بالتدخل في الانتخابات.", ("اتهام", "واشنطن", "روسيا")),
    ("وقطعت مصر علاقاتها الدبلوماسية مع قطر على خلفية اتهامها بدعم الإرهاب.", ("اتهام", "مصر", "قطر")),
    ("واتخذت الحكومة إجراءات ضد الشركة إثر اتهامها بالتهرب الضريبي.", ("اتهام", "الحكومة", "الشركة")),
    ("واتخذت الحكومة إجراءات ضد الشركة اثر اتهامها بالتهرب الضريبي.", ("اتهام", "الحكومة", "الشركة")),
    ("وفرضت الحكومة عقوبات على الشركة جراء اتهامها بالتهرب الضريبي.", ("اتهام", "الحكومة", "الشركة")),
    ("وقطعت الحكومة علاقاتها مع الشركة وذلك لاتهامها بالتهرب الضريبي.", ("اتهام", "الحكومة", "الشركة")),
])
def test_an_accusation_of_an_acts_party_is_its_subjects(text: str, event: tuple[str, str | None, str | None]) -> None:
    """words.tsv cause_links, a row per entry (على and خلفية together)."""
    assert event in coded(text)


@pytest.mark.parametrize("text", [
    # a party after another preposition is the accused, with no accuser named
    "أحيلت الإعلامية إلى محكمة الجنايات على خلفية اتهامها بالتحريض.",
    # the object of the act is the accused, and no accuser is named
    "واعتقلت الشرطة الصحفي لاتهامه بنشر أخبار كاذبة.",
    # an accusation joined by و is a second act, not the cause of the first
    "وانتقد الحزب فرض عقوبات على الحكومة واتهامها بالفساد.",
])
def test_no_accuser_of_a_party_not_acted_against(text: str) -> None:
    assert all(source is None for action, source, _ in coded(text) if action == "اتهام")



@pytest.mark.parametrize(("text", "wrong"), [
    # a noun with the article governs no party without it: the party is the verb's
    ("وتطالب النقابة من خلال هذه الإضرابات وزارة التربية بتنفيذ الاتفاق.", ("إضراب", "وزارة التربية", None)),
    ("وشملت المداهمات 12 محافظة في الجنوب.", ("مداهمة", "12 محافظة", None)),
])
def test_a_definite_noun_governs_no_bare_party(text: str, wrong: tuple[str, str | None, str | None]) -> None:
    assert wrong not in coded(text)


def test_a_definite_demonym_after_a_definite_noun_is_its_doer() -> None:
    assert ("غارة", "الروسية", None) in coded("وتواصلت الغارات الروسية على المدينة.")


@pytest.mark.parametrize(("text", "event"), [
    # talks between two named parties (predicates.tsv: target بين): the first negotiates with the second
    ("وجرت محادثات بين روسيا وتركيا أمس.", ("046", "روسيا", "تركيا")),
    ("استؤنفت المباحثات بين إيران والولايات المتحدة.", ("046", "إيران", "الولايات المتحدة")),
    ("وفشلت المفاوضات بين مصر وإثيوبيا حول السد.", ("046", "مصر", "إثيوبيا")),
])
def test_talks_between_two_parties_negotiate(text: str, event: tuple[str, str, str]) -> None:
    assert event in [parties(e, "cameo") for e in plain(text)]


@pytest.mark.parametrize("text", [
    "بدأت مفاوضات بين الجانبين.",  # one party named
    "وتناول الاجتماع المفاوضات الجارية في المنطقة.",  # no بين
    "وقال الخبير إن المفاوضات صعبة.",
])
def test_talks_without_two_named_parties_negotiate_nothing(text: str) -> None:
    assert all(e.cameo != "046" for e in plain(text))


def test_talks_with_one_party_stay_a_meeting() -> None:
    assert ("040", None, "روسيا") in [parties(e, "cameo") for e in plain("عقدت محادثات مع روسيا.")]
