"""The events stage on what the stages before it found (entities' names, quotations' speakers,
times, places) and across sentences (the topic a later sentence's dropped subject is)."""

from __future__ import annotations

import pytest

from khabar.events import Options, extract_events, run
from khabar.model import Entity, Mention, Place, Quote, Ref, TimeExpr

from .composed import analyse, coded, text_of, with_people


def test_entity_mentions_name_the_actor() -> None:
    text = "اتهم مسلحو داعش الجيش العراقي بقصف المدنيين."
    art = analyse(text)
    start = text.index("داعش")
    art.entities = [Entity(id="org:is", name="Islamic State", type="ORG",
                           mentions=[Mention("داعش", "body", 0, start, start + 4)])]
    event = next(e for e in extract_events(art) if e.cameo == "112")
    assert (event.source.text, event.source.entity, event.source.agent) == ("داعش", "org:is", "REB")
    assert event.target.text == "الجيش العراقي"


def test_time_place_claimant_and_offsets() -> None:
    text = "وقال الوزير إن الشرطة اعتقلت خمسة متظاهرين يوم الاثنين."
    art = analyse(text)
    t0 = text.index("يوم الاثنين")
    art.times = [TimeExpr("يوم الاثنين", "body", 0, t0, t0 + len("يوم الاثنين"), value="2020-01-06")]
    q0 = text.index("الشرطة")
    art.quotes = [Quote(cue="وقال", kind="indirect", content=text[q0:-1], field="body", paragraph=0,
                        start=q0, end=len(text) - 1, speaker=Ref("الوزير"))]
    art = run(art, Options())
    arrest = next(e for e in art.events if e.cameo == "173")
    assert arrest.when == "2020-01-06"
    assert text_of(arrest.claimed_by) == "الوزير"
    assert art.unit(arrest.field, arrest.paragraph)[arrest.start: arrest.end] == "اعتقلت"
    assert arrest.sentence == text
    assert (arrest.quad, arrest.goldstein) == (4, -7.0)


def test_quotation_speakers_make_statements() -> None:
    text = "وأضاف الوزير أن المفاوضات مستمرة."
    art = analyse("قال الوزير إن الوضع هادئ.", text)
    start = text.index("المفاوضات")
    art.quotes = [Quote(cue="وأضاف", kind="indirect", content=text[start:-1], field="body", paragraph=1,
                        start=start, end=len(text) - 1, speaker=Ref("الوزير", entity="per:x"))]
    statements = [e for e in extract_events(art) if e.cameo == "010"]
    assert [(e.paragraph, text_of(e.source)) for e in statements] == [(0, "الوزير"), (1, "الوزير")]
    assert extract_events(art, Options(statements=False)) == []


def test_where_is_a_place_introduced_as_a_location() -> None:
    text = "هاجمت قوات التحالف بقيادة الولايات المتحدة مواقع المتمردين في إدلب."
    art = analyse(text)
    art.places = [Place(word, "body", 0, text.index(word), text.index(word) + len(word), name=name)
                  for word, name in (("الولايات المتحدة", "United States"), ("إدلب", "Idlib"))]
    event = next(e for e in extract_events(art) if e.cameo == "190")
    assert event.where == "Idlib"


def test_statement_addressee_is_a_person_right_after_the_speaker() -> None:
    text = "وقال أردوغان لترامب إن القضاء مستقل."
    art = analyse(text)
    for name, eid in (("أردوغان", "per:e"), ("ترامب", "per:t")):
        start = text.index(name)
        art.entities.append(Entity(id=eid, name=name, type="PER",
                                   mentions=[Mention(name, "body", 0, start, start + len(name))]))
    statement = extract_events(art)[0]
    assert (statement.cameo, text_of(statement.source), text_of(statement.target)) == ("010", "أردوغان", "ترامب")


def test_participants_carry_the_resolved_entity_name() -> None:
    text = "اتهم الرئيس الأمريكي إيران بدعم الإرهاب."
    article = analyse(text)
    start = text.index("الرئيس الأمريكي")
    article.entities = [Entity(id="per:trump", name="Donald Trump", type="PER", mentions=[
        Mention(text="الرئيس الأمريكي", field="body", paragraph=0, start=start, end=start + len("الرئيس الأمريكي"))])]
    event = next(e for e in extract_events(article) if e.cameo == "112")
    assert event.source is not None and event.source.name == "Donald Trump"


@pytest.mark.parametrize(("text", "names", "cameo", "source", "target"), [
    # a descriptive phrase before a name: the person acts
    ("انتقدت الممثلة البريطانية جودي دينش قرار المخرج ريدلي سكوت.", ("جودي دينش", "ريدلي سكوت"), "111",
     "جودي دينش", "ريدلي سكوت"),
    # an occupation noun whose person is named a few words later: the person is the target
    ("أعربت الوزيرة عن تأييدها للاعب كرة السلة الأمريكي ليبرون جيمس.", ("ليبرون جيمس",), "051",
     "الوزيرة", "ليبرون جيمس"),
    # a rejected request: its submitter is the target; طلباً with tanween is the noun, not a request made
    ("رفضت المحكمة طلباً ثانيا بإخلاء السبيل تقدم به المفكر الإسلامي طارق رمضان.", ("طارق رمضان",), "120",
     "المحكمة", "طارق رمضان"),
    # a possessed patient noun: "him" is the last person named before it
    ("وبعد الاتهامات التي وجهت لسبيسي، أعلنت نتفليكس استبعاده من المسلسل.", ("سبيسي", "نتفليكس"), "16",
     "نتفليكس", "سبيسي"),
    # a rival is a participant
    ("من جانبه، شكر ماكرون غريمته على هجومها الكلامي.", ("ماكرون",), "051", "ماكرون", "غريمته"),
    # عبر عن شكره: thanks
    ("وعبر الوزير في بيان عن شكره للحكومة.", (), "051", "الوزير", "حكومة"),
    # a counterpart named after the word is the person
    ("هنأ الرئيس الأمريكي نظيره الروسي فلاديمير بوتين على فوزه.", ("فلاديمير بوتين",), "051",
     "الرئيس الأمريكي", "فلاديمير بوتين"),
    # an untagged title before a person between commas: the person acts
    ("أجرى العاهل الأردني، الملك سامي مراد، اتصالا هاتفيا مع الرئيس المصري.", ("الملك سامي مراد",), "040",
     "الملك سامي مراد", "الرئيس المصري"),
    ("أجرت الممثلة البريطانية، جين أوستن، محادثات مع الوزير.", ("جين أوستن",), "040", "جين أوستن", "الوزير"),
    # an untagged submitter named after a title and its adjective; لإ opens no name
    ("رفضت المحكمة طلبا قدمته الممثلة الأمريكية جين أوستن لإلغاء الحكم.", (), "120", "المحكمة", "جين أوستن"),
    # a title with the article after a named subject is another person, the object
    ("هنأ بوتين الرئيس السوري على فوزه.", ("بوتين",), "051", "بوتين", "الرئيس السوري"),
    # a definite institution does not govern the person after it: the person is the object
    ("اعتقلت الشرطة فرانك بتهمة التهريب.", ("فرانك",), "173", "الشرطة", "فرانك"),
    ("أدانت المحكمة سامي مراد بالتزوير.", ("سامي مراد",), "1121", "المحكمة", "سامي مراد"),
    # a name set off by a comma after a named subject is the object; of coordinated names, the first
    ("هنأ الرئيس الغاني جون ماهاما، سامي وكريم على فوزهما.", ("جون ماهاما",), "051", "جون ماهاما", "سامي"),
    ("انتقد الرئيس الغاني جون ماهاما، كوفي على تصريحاته.", ("جون ماهاما",), "111", "جون ماهاما", "كوفي"),
    # a title phrase before a name between commas: the named person acts
    ("هنأ رجل الأعمال السعودي، الأمير الوليد بن طلال، الحكومة السعودية على نجاحها.", ("الأمير الوليد بن طلال",),
     "051", "الأمير الوليد بن طلال", "الحكومة السعودية"),
])
def test_named_persons_take_the_place_of_their_titles(text: str, names: tuple[str, ...], cameo: str,
                                                     source: str, target: str) -> None:
    event = next(e for e in extract_events(with_people(text, *names)) if e.cameo == cameo)
    assert (text_of(event.source), text_of(event.target)) == (source, target)


def test_a_confirmed_fate_names_the_statement_target() -> None:
    text = "أكد كل من الجيش والشرطة وفاة الملا محمد عمر."
    statements = [e for e in extract_events(with_people(text, "الملا محمد عمر")) if e.cameo == "010"]
    assert [(text_of(e.source), text_of(e.target)) for e in statements] == [
        ("الجيش", "الملا محمد عمر"), ("الشرطة", "الملا محمد عمر")]


def test_a_quoted_speaker_is_the_topic_of_later_dropped_subjects() -> None:
    text = "وأضاف والد الطفل أن حالة ابنه خطيرة. وناشد وزارة الصحة بالتدخل."
    art = analyse(text)
    art.quotes = [Quote(cue="أضاف", kind="indirect", content="حالة ابنه خطيرة", field="body", paragraph=0,
                        start=text.index("حالة"), end=text.index("خطيرة") + len("خطيرة"), speaker=Ref(text="والد الطفل"))]
    appeal = next(e for e in extract_events(art) if e.cameo == "020")
    assert (text_of(appeal.source), text_of(appeal.target)) == ("والد الطفل", "وزارة الصحة")


@pytest.mark.parametrize("text", [
    # the topic's head noun again with the article is the topic itself, the subject, not the one appealed to
    "أعلنت مفوضية الأمم المتحدة السامية لشؤون اللاجئين أن آلاف اللاجئين عادوا. ودعت المفوضية إلى توفير ممر آمن.",
    "أعلنت وزارة الصحة المصرية أن الوضع مستقر. وناشدت الوزارة بتوفير اللقاحات.",
])
def test_the_topic_named_again_after_the_verb_is_its_subject(text: str) -> None:
    appeal = next(e for e in extract_events(analyse(text)) if e.cameo.startswith("02"))
    assert appeal.target is None and appeal.source is not None


def test_a_damma_marked_passive_takes_no_topic_as_doer() -> None:
    text = "وقال الوزير إن الاقتصاد ينمو. وكانت العقوبات رفعت بموجب اتفاق وُقع عام 2016."
    signings = [e for e in extract_events(analyse(text)) if e.cameo == "057"]
    assert all(e.source is None for e in signings)


def test_a_quoted_speaker_named_again_as_the_subject_is_not_its_own_target() -> None:
    text = "وانتقد نواب مغاربة، من جديد، رداءة البرامج."
    art = with_people(text)
    start = text.index("مغاربة")
    art.entities = [Entity(id="norp:ma", name="Moroccans", type="NORP",
                           mentions=[Mention("مغاربة", "body", 0, start, start + len("مغاربة"))])]
    art.quotes = [Quote(cue="انتقد", kind="indirect", content="رداءة البرامج", field="body", paragraph=0,
                        start=text.index("رداءة"), end=len(text) - 1, speaker=Ref(text="نواب مغاربة"))]
    criticism = next(e for e in extract_events(art) if e.cameo == "111")
    assert criticism.target is None and text_of(criticism.source) in ("مغاربة", "نواب مغاربة")


@pytest.mark.parametrize("text", [
    "وانتقدت الممثلة جين أوستن القرار.",
    "انتقدت الممثلة البريطانية جين أوستن القرار.",
])
def test_a_person_after_an_unlisted_title_is_the_subject_of_the_verb_before(text: str) -> None:
    event = next(e for e in extract_events(with_people(text, "جين أوستن")) if e.cameo == "111")
    assert (text_of(event.source), text_of(event.target)) == ("جين أوستن", None)


@pytest.mark.parametrize("after", ["", " وكانت الأجواء هادئة في المدينة."])
def test_a_pronoun_reaches_an_actor_of_an_earlier_sentence_without_predicate(after: str) -> None:
    """Actors of a sentence with no predicate still serve later sentences; a predicate-less sentence
    after the last event changes nothing."""
    events = coded("وصلت المنظمة الدولية إلى المدينة أمس. واتهمتها الحكومة بالتحيز." + after)
    assert [(e.cameo, text_of(e.source), text_of(e.target)) for e in events] == [
        ("112", "الحكومة", "المنظمة الدولية")]


@pytest.mark.parametrize(("text", "name", "cameo"), [
    # a headline-style subject before an imperfect verb, which the entities stage knows
    ("الوزارة تتهم واشنطن ولافروف ينفي ضمان الانسحاب", "لافروف", "016"),
])
def test_a_subject_read_from_the_words_keeps_its_entity(text: str, name: str, cameo: str) -> None:
    art = with_people(text, name)
    event = next(e for e in extract_events(art) if e.cameo == cameo)
    assert event.source is not None and event.source.entity == "per:0"


class _Counted(list):
    """A list that counts how often it is read through."""

    reads = 0

    def __iter__(self):
        type(self).reads += 1
        return super().__iter__()


def _article_reads(paragraphs: int) -> int:
    """How often the events stage reads the article's quotations, times, places and an entity's
    mentions through, for a page repeating one paragraph with a quotation, a time, a place and a
    name with a proclitic (ولافروف) in each."""
    sentence = "وقال وزير الخارجية أمس في باريس إن الجيش قصف مواقع المتمردين ولافروف."
    article = analyse(*[sentence] * paragraphs)
    cue, day, city = sentence.index("وقال"), sentence.index("أمس"), sentence.index("باريس")
    speaker = Ref(text="وزير الخارجية")
    content = sentence.index("الجيش")
    article.quotes = _Counted(Quote(cue="وقال", kind="indirect", content=sentence[content:-1], field="body",
                                    paragraph=n, start=content, end=len(sentence) - 1, speaker=speaker)
                              for n in range(paragraphs))
    article.times = _Counted(TimeExpr(text="أمس", field="body", paragraph=n, start=day, end=day + 3,
                                      value="2020-03-11") for n in range(paragraphs))
    article.places = _Counted(Place(text="باريس", field="body", paragraph=n, start=city, end=city + 5,
                                    name="Paris", country="FR", feature="city") for n in range(paragraphs))
    name = sentence.index("ولافروف")
    article.entities = [Entity(id="per:l", name="Lavrov", type="PER", name_ar="لافروف", mentions=_Counted(
        Mention(text="ولافروف", field="body", paragraph=n, start=name, end=name + 7) for n in range(paragraphs)))]
    assert cue == 0
    _Counted.reads = 0
    events = extract_events(article)
    assert any(e.where == "Paris" and e.claimed_by for e in events)  # the per-unit lookups found them
    return _Counted.reads


def test_a_long_page_reads_its_quotations_times_places_and_names_a_fixed_number_of_times() -> None:
    # a 1,000-paragraph page once took minutes: each event scanned every quotation and time
    # of the article, each actor every place and each mention its entity's every other mention;
    # counting reads (not the clock) shows the cost does not grow with the page
    assert _article_reads(40) == _article_reads(20)


def test_a_report_that_speaks_is_no_topic_for_later_acts() -> None:
    text = "وأضاف البيان أن الوضع مستقر. وألقى القبض على ثلاثة مسلحين."
    arrest = next(e for e in extract_events(analyse(text)) if e.cameo == "173")
    assert text_of(arrest.source) != "البيان"


def test_a_statement_that_speaks_leaves_its_quotation_to_the_issuer() -> None:
    text = "وأضاف البيان أن الجيش قتل إرهابيا."
    art = analyse(text)
    art.quotes = [Quote(cue="أضاف", kind="indirect", content="الجيش قتل إرهابيا", field="body", paragraph=0,
                        start=text.index("الجيش"), end=len(text) - 1,
                        speaker=Ref(text="وزارة الدفاع الجزائرية", agent="GOV", country="DZ"))]
    added = [e for e in extract_events(art) if e.cameo == "010"]
    assert [text_of(e.source) for e in added] == ["وزارة الدفاع الجزائرية"]
    statements = [e for e in extract_events(analyse('لا يسعني أن أقول إلا "الحمد لله".')) if e.cameo == "010"]
    assert all(text_of(e.source) != "إلا" for e in statements)


def test_a_party_of_a_direct_quotation_is_no_topic_after_it() -> None:
    # the attackers are the topic inside the minister's words only: he is who stresses after them
    text = 'وقال الوزير: "إن المسلحين هاجموا القرية أمس". وأكد أن الحكومة ستعوض السكان.'
    art = analyse(text)
    content = "إن المسلحين هاجموا القرية أمس"
    start = text.index(content)
    art.quotes = [Quote(cue="قال", kind="direct", content=content, field="body", paragraph=0, start=start,
                        end=start + len(content), speaker=Ref(text="الوزير", agent="GOV"))]
    sources = {e.action: text_of(e.source) for e in extract_events(art)}
    assert sources["هاجم"] == "المسلحين"
    assert sources["أكد"] == "الوزير"


@pytest.mark.parametrize(("text", "time", "source", "target"), [
    # the words of a time expression are no party's: not at an actor's edge, nor a whole one
    ("قتل بعد ظهر اليوم الأحد 3 جنود في هجوم.", "بعد ظهر اليوم الأحد", None, "3 جنود"),
    ("قتلت الجماعة اثنين من عناصره الأسبوع الماضي.", "الأسبوع الماضي", "الجماعة", "اثنين من عناصره"),
    ("وأعلن المتحدث الرئاسي أول من أمس أن الانتخابات تأجلت.", "أول من أمس", "المتحدث الرئاسي", None),
    ("وفي أغسطس (آب) الماضي، اعتقلت الشرطة الصحفي.", "أغسطس (آب) الماضي", "الشرطة", "الصحفي"),
])
def test_a_time_word_is_no_party(text: str, time: str, source: str | None, target: str | None) -> None:
    art = analyse(text)
    t0 = text.index(time)
    art.times = [TimeExpr(time, "body", 0, t0, t0 + len(time), value="2020-01-05")]
    event = run(art, Options()).events[0]
    assert (text_of(event.source), text_of(event.target)) == (source, target)
