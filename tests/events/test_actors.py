"""Actors: agent nouns with types, countries from nisbas and names, titles followed by names."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.arabic.stage import Options as ArabicOptions
from khabar.arabic.stage import run as run_arabic
from khabar.events import extract_events
from khabar.events.actors import find_actors
from khabar.events.coding import named_ref
from khabar.events.lexicon import word_set
from khabar.events.tables import nisba_country
from khabar.model import Article, Entity, Mention, Ref, Source

from .composed import analyse, parties, with_people


def actors(text: str) -> list[tuple[str, str | None, str | None]]:
    art = Article(id="t", source=Source(kind="test"), body=[text])
    return [(a.text, a.agent, a.country) for a in find_actors(art, "body", 0, tokenize(text), text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("القوات السورية", ("القوات السورية", "MIL", "SY")),
    ("الشرطة التركية", ("الشرطة التركية", "COP", "TR")),
    ("قوات الأمن العراقية", ("قوات الأمن العراقية", "COP", "IQ")),
    ("الحكومة اللبنانية", ("الحكومة اللبنانية", "GOV", "LB")),
    ("مسلحون مجهولون", ("مسلحون مجهولون", "REB", None)),
    ("المعارضة السورية", ("المعارضة السورية", "OPP", "SY")),
    ("المتظاهرون", ("المتظاهرون", "CVL", None)),
    ("المحكمة العليا", ("المحكمة العليا", "JUD", None)),
    ("وزارة الدفاع الروسية", ("وزارة الدفاع الروسية", "GOV", "RU")),
    ("الرئيس الأمريكي دونالد ترامب", ("دونالد ترامب", "GOV", "US")),
    ("مجموعة القوات الروسية في سوريا", ("مجموعة القوات الروسية في سوريا", "MIL", "RU")),
    ("ثلاثة مسلحين", ("ثلاثة مسلحين", "REB", None)),
    ("الأسرى الفلسطينيون", ("الأسرى الفلسطينيون", "CVL", "PS")),  # prisoners are civilians
    ("السجناء", ("السجناء", "CVL", None)),
    ("الجمهور", ("الجمهور", "CVL", None)),
    ("النقاد", ("النقاد", "MED", None)),  # critics write in the media
    ("المتهمان", ("المتهمان", "CRM", None)),  # the dual of the accused
    ("الشركتان", ("الشركتان", "BUS", None)),  # the dual of a noun ending in ة
    ("لجنة", ("لجنة", "GOV", None)),
    ("العاهل الأردني", ("العاهل الأردني", "GOV", "JO")),  # a monarch, named by the nisba
    ("خادم الحرمين الشريفين", ("خادم الحرمين الشريفين", "GOV", None)),  # the Saudi king's title
    ("لخادم الحرمين الشريفين", ("خادم الحرمين الشريفين", "GOV", None)),  # thanked, congratulated: a target
    # craft and weapons are the force that flies or drives them (قصفت طائرات التحالف: the coalition)
    ("طائرات التحالف", ("طائرات التحالف", "MIL", None)),
    ("طائرات روسية", ("طائرات روسية", "MIL", "RU")),
    ("مروحيات الجيش العراقي", ("مروحيات الجيش العراقي", "MIL", "IQ")),
    ("دبابات الاحتلال", ("دبابات الاحتلال", "MIL", None)),
    ("بوارج حربية", ("بوارج حربية", "MIL", None)),
])
def test_agent_phrases(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert actors(text)[0] == expected


@pytest.mark.parametrize(("text", "code"), [
    ("مصر", "EG"), ("الولايات المتحدة", "US"), ("موسكو", "RU"), ("بالولايات المتحدة", "US"),
    ("الأميركيون", "US"),
])
def test_countries(text: str, code: str) -> None:
    assert actors(text)[0][2] == code


@pytest.mark.parametrize(("word", "code"), [
    ("السورية", "SY"), ("الأمريكيين", "US"), ("إيراني", "IR"), ("الكتاب", None),
])
def test_nisba(word: str, code: str | None) -> None:
    assert nisba_country(word) == code


@pytest.mark.parametrize("text", ["زاره", "زارها", "جنة", "لديه", "أية"])
def test_a_word_lacking_the_letters_an_agent_noun_opens_with_is_none(text: str) -> None:
    assert actors(text) == []  # زاره is 'visited him', not وزارة; جنة is paradise, not لجنة


def test_two_phrases_side_by_side() -> None:
    assert [a[0] for a in actors("وزارة الدفاع الروسية الولايات المتحدة")] == [
        "وزارة الدفاع الروسية", "الولايات المتحدة"]


@pytest.mark.parametrize(("text", "expected"), [
    ("للمواطنين", "مواطنين"),  # ل + ال with the alif elided: the slice starts after both lams
    ("بالولايات المتحدة", "الولايات المتحدة"),
    ("ولبنان", "لبنان"),  # و + a country
    ("لبنان", "لبنان"),  # the lam belongs to the name
    ("وزارة الدفاع", "وزارة الدفاع"),  # the waw belongs to the word
    ("لجنة الانتخابات", "لجنة الانتخابات"),
    ("بِالجيش", "الجيش"),  # a diacritic on the clitic goes with it
])
def test_actor_text_starts_at_the_name(text: str, expected: str) -> None:
    art = Article(id="t", source=Source(kind="test"), body=[text])
    found = find_actors(art, "body", 0, tokenize(text), text)[0]
    assert found.text == expected
    assert text[found.start: found.end] == found.text


@pytest.mark.parametrize(("text", "expected"), [
    ("لشركة فيس بوك", "شركة فيس بوك"), ("ولندن", "لندن"), ("لبنان", "لبنان"), ("وزارة الخارجية", "وزارة الخارجية"),
])
def test_quotation_speaker_refs_start_at_the_name(text: str, expected: str) -> None:
    assert named_ref(Ref(text=text), None).text == expected


def test_a_person_mention_stops_before_a_preposition_with_the_article() -> None:
    text = "وأشاد سامي بالجيش اللبناني."
    start = text.index("سامي")
    mention = Mention("سامي بالجيش", "body", 0, start, start + len("سامي بالجيش"))
    art = Article(id="t", source=Source(kind="test"), body=[text],
                  entities=[Entity(id="per:sami", name="Sami", type="PER", mentions=[mention])])
    found = find_actors(art, "body", 0, tokenize(text), text)
    assert [(a.text, text[a.start: a.end]) for a in found][:2] == [("سامي", "سامي"), ("الجيش اللبناني", "الجيش اللبناني")]


@pytest.mark.parametrize(("text", "name"), [
    ("تظاهر عشرات اللبنانيين أمام السفارة.", "اللبنانيين"),
    ("احتج مئات الأكراد في المدينة.", "الأكراد"),
    ("اعتقلت الشرطة نحو 40 سودانيا.", "سودانيا"),
])
def test_a_count_before_an_entity_mention_is_not_part_of_its_name(text: str, name: str) -> None:
    start = text.index(name)
    mention = Mention(name, "body", 0, start, start + len(name))
    art = Article(id="t", source=Source(kind="test"), body=[text],
                  entities=[Entity(id="norp:x", name="X", type="NORP", mentions=[mention])])
    found = [a for a in find_actors(art, "body", 0, tokenize(text), text) if a.entity == "norp:x"]
    assert [a.text for a in found] == [name]
    assert text[found[0].start: found[0].end] != name  # the count still belongs to the span


def test_a_verb_after_a_title_is_not_the_titled_persons_name() -> None:
    text = "قررت الحكومة أن تطرد السفير الكندي وتستدعي سفيرها."
    assert "وتستدعي" not in [a[0] for a in actors(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a people noun in the same case describes the people before it
    ("اقتحم المتظاهرين المحتجين مقر الحزب.", ["المتظاهرين المحتجين"]),
    # a subject and its object differ in case: two actors
    ("هاجم المسلحون المدنيين في القرية.", ["المسلحون", "المدنيين"]),
])
def test_plural_people_nouns_and_what_follows_them(text: str, expected: list[str]) -> None:
    assert [a[0] for a in actors(text)][:len(expected)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun in -اية is no relational adjective of the party before it: it is the verb's object
    ("وكذبت الزوجة الرواية المتداولة.", "الزوجة"),
    ("وطلبت الشرطة الحماية للشهود.", "الشرطة"),
    ("وأعلنت القوات الجوية الحصيلة.", "القوات الجوية"),  # -ية after any other letter may be one
])
def test_a_noun_in_aya_is_no_adjective_of_the_party(text: str, expected: str) -> None:
    assert actors(text)[0][0] == expected


@pytest.mark.parametrize("head", ["المحتجين", "محتجون"])
def test_a_definite_or_nunated_plural_does_not_govern_the_named_place_after_it(head: str) -> None:
    text = f"اقتحم {head} السفارة الكندية في المدينة."
    start = text.index("السفارة")
    mention = Mention("السفارة الكندية", "body", 0, start, start + len("السفارة الكندية"))
    art = Article(id="t", source=Source(kind="test"), body=[text],
                  entities=[Entity(id="fac:x", name="X", type="FAC", mentions=[mention])])
    found = find_actors(art, "body", 0, tokenize(text), text)
    assert [a.text for a in found][:2] == [head, "السفارة الكندية"]


@pytest.mark.parametrize(("text", "mention", "words"), [
    ("قال الوزير سامي الخوري إن الحكومة ستجتمع.", "سامي الخوري", (2, 3)),
    ("وأكد مجلس الأمن الدولي دعمه.", "مجلس الأمن الدولي", (1, 3)),
    ("ولسامي رأي آخر.", "سامي", (0, 0)),  # a mention inside a token covers that token
])
def test_an_entity_mention_covers_the_tokens_it_overlaps(text: str, mention: str, words: tuple[int, int]) -> None:
    start = text.index(mention)
    found = Mention(mention, "body", 0, start, start + len(mention))
    art = Article(id="t", source=Source(kind="test"), body=[text],
                  entities=[Entity(id="org:x", name="X", type="ORG", mentions=[found])])
    actor = next(a for a in find_actors(art, "body", 0, tokenize(text), text) if a.entity == "org:x")
    assert (actor.first, actor.last) == words


def test_a_mention_outside_the_sentence_is_no_actor_of_it() -> None:
    text = "وصل سامي. ثم غادر الوفد."
    start = text.index("سامي")
    art = Article(id="t", source=Source(kind="test"), body=[text],
                  entities=[Entity(id="per:s", name="S", type="PER",
                                   mentions=[Mention("سامي", "body", 0, start, start + 4)])])
    second = [t for t in tokenize(text) if t.start > text.index(".")]
    assert all(a.entity != "per:s" for a in find_actors(art, "body", 0, second, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("التقى المتظاهرون الشرطة", ["المتظاهرون", "الشرطة"]),
    ("وصل السوريون", ["السوريون"]),  # a people plural opens a phrase too
    ("اعتقلت قوات الأمن العراقية سبعة مسلحين في بغداد", ["قوات الأمن العراقية", "سبعة مسلحين", "بغداد"]),
    ("وصل الوفد إلى المدينة", []),
])
def test_every_phrase_of_a_sentence_is_found_left_to_right(text: str, expected: list[str]) -> None:
    assert [a[0] for a in actors(text)] == expected


def _with_orgs(text: str, *names: str) -> list[tuple[str, str | None, str | None]]:
    """(action, source, target) of the events of a sentence whose organisations the entities stage named."""
    return [parties(e) for e in extract_events(with_people(text, *names, type_="ORG"))]


@pytest.mark.parametrize(("text", "names", "event"), [
    # an indefinite noun of the organisation's kind before its name: the name is the subject
    ("وعلق موقع فيسبوك، الجمعة، عمل الشركة.", ("فيسبوك", "الشركة"), ("علق", "فيسبوك", "الشركة")),
    ("انتقدت منصة تويتر قرار الحكومة.", ("تويتر", "الحكومة"), ("انتقد", "تويتر", "الحكومة")),
    # a definite noun is a phrase of its own: the newspaper calls on the authority
    ("ودعت الصحيفة السلطة الفلسطينية إلى الحوار.", ("السلطة الفلسطينية",), ("دعا", "الصحيفة", "السلطة الفلسطينية")),
])
def test_a_kind_noun_before_an_organisation_joins_its_span(text: str, names: tuple[str, ...],
                                                          event: tuple[str, str, str]) -> None:
    assert event in _with_orgs(text, *names)


@pytest.mark.parametrize(("text", "expected"), [
    ("المسؤولون الحكوميون", "المسؤولون الحكوميون"),  # a masculine plural -ي adjective stays in the phrase
    ("المديرون التنفيذيون", "المديرون التنفيذيون"),
    ("المتظاهرين السلميين", "المتظاهرين السلميين"),
])
def test_plural_relational_adjectives_stay_in_an_agent_phrase(text: str, expected: str) -> None:
    assert actors(text)[0][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the ``adjectives`` class: a source's kind stays in its phrase, indefinite too
    ("مصدر أمني", "مصدر أمني"),
    ("مصادر طبية", "مصادر طبية"),
    ("مصدر مطلع", "مصدر مطلع"),
    ("مصادر قضائية", "مصادر قضائية"),
])
def test_a_source_keeps_the_adjective_of_its_kind(text: str, expected: str) -> None:
    assert actors(text)[0][0] == expected


@pytest.mark.parametrize(("text", "source"), [
    ("هاجم مقاتلو المعارضة مواقع الجيش.", "المعارضة"),  # fighters are named by their group
    ("اشتبك مسلحو المعارضة مع الجيش.", "المعارضة"),
])
def test_fighters_are_named_by_the_group_they_belong_to(text: str, source: str) -> None:
    art = analyse(text)
    assert source in [e.source.text for e in extract_events(art) if e.source]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare title governs the indefinite institution after it: the whole office, not the title alone
    ("رئيس مجلس النواب", ("رئيس مجلس النواب", "GOV", None)),
    ("رئيس لجنة الخطة", ("رئيس لجنة الخطة", "GOV", None)),
    ("رئيسة جمعية القضاة", ("رئيسة جمعية القضاة", "GOV", None)),
    # a deputy holds the governed title's office
    ("نائب رئيس مجلس الشعب", ("نائب رئيس مجلس الشعب", "GOV", None)),
    # a definite title stands alone before another actor
    ("الرئيس مجلس", ("الرئيس", "GOV", None)),
    # or the body a hashtag names
    ("رئيس #صندوق_الثروة_السيادية_الصيني", ("رئيس #صندوق_الثروة_السيادية_الصيني", "GOV", None)),
])
def test_a_bare_title_governs_the_institution_after_it(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert actors(text)[0] == expected


def tagged(text: str, names: list[tuple[str, str]]) -> Article:
    """A one-paragraph article with the taggers' mentions of ``names`` ((words, type), those in the
    text), through the arabic stage."""
    art = Article(id="t", source=Source(kind="test"), body=[text])
    art.entities = [Entity(id=f"x:{n}", name=words, type=kind, name_ar=words, mentions=[
        Mention(text=words, field="body", paragraph=0, start=text.index(words), end=text.index(words) + len(words))])
        for n, (words, kind) in enumerate(names) if words in text]
    return run_arabic(art, ArabicOptions())


@pytest.mark.parametrize("text", [
    "أعلن رئيس مجلس النواب، محمد الناصر عن استقالة النائب.",
    "وقال نائب رئيس مجلس الأعمال، محمد الناصر، إن الوقت مناسب.",
])
def test_the_person_after_an_office_is_the_subject(text: str) -> None:
    name = "محمد الناصر"
    art = tagged(text, [(name, "PER")])
    assert [e.source.text for e in extract_events(art) if e.source] == [name]


@pytest.mark.parametrize(("text", "name"), [
    # the person holding a title is found past the body it heads and past further offices
    ("قال الأمين العام للاتحاد العام التونسي للشغل، نور الدين الطبوبي، إن الوضع صعب.", "نور الدين الطبوبي"),
    ("كشف نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي الشيخ محمد بن راشد عن خطة.", "محمد بن راشد"),
    # a body's coordinated name, and a spokesman's body after باسم past his own adjective
    ("أكد وزير التعليم العالي والبحث العلمي، سليم خلبوس، أن الإشكال كبير.", "سليم خلبوس"),
    ("أكد الناطق الرسمي باسم وزارة الدفاع الوطني العقيد بلحسن الوسلاتي أن العمليات متواصلة.", "بلحسن الوسلاتي"),
    # past a construct ending in a named body (رئيس مجلس إدارة #أرامكو)
    ("وقال رئيس مجلس إدارة دبي أمين الناصر إن الوضع جيد.", "أمين الناصر"),
])
def test_the_person_after_a_chain_of_offices_is_the_subject(text: str, name: str) -> None:
    art = tagged(text, [(name, "PER"), ("دبي", "GPE")])  # the person, and the place a ruler governs
    assert [e.source.text for e in extract_events(art) if e.source] == [name]


@pytest.mark.parametrize(("text", "place", "name"), [
    # the place an office is held at (words.tsv postings) stands between the title and its holder
    ("وقال سفير السعودية في لبنان وليد بخاري إن الوضع خطير.", "لبنان", "وليد بخاري"),
    ("أكدت رئيسة بعثة منظمة أطباء بلا حدود في الأراضي الفلسطينية ماري أنغر أن الجروح كبيرة.",
     "الأراضي الفلسطينية", "ماري أنغر"),
    ("وقال سفير فلسطين لدى الأمم المتحدة رياض منصور إن الحوار مستمر.", "الأمم المتحدة", "رياض منصور"),
])
def test_the_person_after_the_place_of_an_office_is_the_subject(text: str, place: str, name: str) -> None:
    bodies = [("السعودية", "GPE"), ("فلسطين", "GPE"), ("منظمة أطباء بلا حدود", "ORG")]
    art = tagged(text, [(name, "PER"), (place, "GPE"), *bodies])
    assert [e.source.text for e in extract_events(art) if e.source] == [name]


@pytest.mark.parametrize(("text", "bodies", "name"), [
    # an idafa chain of bare nouns, ending in a name or a definite noun, runs on to the holder
    ("وقال مدير أمن محافظة جنوب سيناء اللواء مجدي موسى إن التنسيق كامل.", [("سيناء", "LOC")], "اللواء مجدي موسى"),
    ("وقال رئيس قسم دراسة الأرصاد الجوية، ألكسندر كيسلوف، إن الدول غير جاهزة.", [], "ألكسندر كيسلوف"),
    ("قال مدير عام منظمة التجارة العالمية روبيرتو أزيفيدو إن الولايات المتحدة قلقة.",
     [("منظمة التجارة العالمية", "ORG")], "روبيرتو أزيفيدو"),
])
def test_the_person_after_a_chain_of_bare_nouns_is_the_subject(
        text: str, bodies: list[tuple[str, str]], name: str) -> None:
    art = tagged(text, [(name, "PER"), *bodies])
    assert [e.source.text for e in extract_events(art) if e.source and e.cameo == "010"][:1] == [name]


def test_a_place_not_followed_by_a_person_ends_the_chain() -> None:
    text = "وقال الرئيس في القاهرة إن الحوار مستمر."  # where he spoke, not where his office is
    art = tagged(text, [("القاهرة", "GPE")])
    assert [e.source.text for e in extract_events(art) if e.source] == ["الرئيس"]


def test_a_ruler_is_a_title() -> None:
    assert "حاكم" in word_set("titles", strip_article=True)


def test_a_counterpart_after_a_title_is_not_its_holder() -> None:
    text = "دعا وزير الخارجية الفلسطيني نظيره البريطاني بوريس جونسون إلى الاعتراف."
    name = "بوريس جونسون"
    art = tagged(text, [(name, "PER")])
    assert all(e.source is None or e.source.text != name for e in extract_events(art))


@pytest.mark.parametrize(("text", "expected"), [
    # a definite word governs no genitive: the speaker and the addressee are two parties
    ("وأبلغ الوزير الصحافيين أن الحكومة ستستقيل", ["الوزير", "الصحافيين"]),
    # a quotation after a group's genitive is the verb's object, not the group's name
    ('وأعلنت فصائل الجنوب "فشل المفاوضات" مع الجانب الروسي', ["فصائل الجنوب"]),
])
def test_a_definite_phrase_takes_neither_a_genitive_nor_a_quoted_name(text: str, expected: list[str]) -> None:
    assert [a for a, _, _ in actors(text)][: len(expected)] == expected
