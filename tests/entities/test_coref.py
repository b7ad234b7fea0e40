"""Article-level linking of people: a surname before or after the full name is the same person."""

import pytest

from khabar.entities import Options, run
from khabar.entities.builder import Builder, particle_surname, surname_words
from khabar.entities.coref import merge_first_names, resolve_pending
from khabar.entities.lexicon import Entry
from khabar.model import Article, Entity, Mention, Source


def people(*body: str, tagger: bool = True) -> list[tuple[str, list[str]]]:
    art = run(Article(id="t", source=Source(kind="text"), body=list(body)), Options(tagger=tagger))
    return [(e.name, [m.text for m in e.mentions]) for e in art.entities if e.type == "PER"]


@pytest.mark.parametrize("body, expected", [
    # the surname first (a headline), the full curated name later
    (["المرزوقي يقاضي عددا من الصحفيين", "قال الرئيس السابق المنصف المرزوقي إنه سيقاضي الصحفيين"],
     [("Moncef Marzouki", ["المرزوقي", "المنصف المرزوقي"])]),
    # a surname of two words, بن and a name, before and after the full name
    (["بن صالح: الزيادة مرفوضة", "قال رضوان بن صالح إن الزيادة في الأسعار مرفوضة"],
     [("رضوان بن صالح", ["بن صالح", "رضوان بن صالح"])]),
    (["قال رضوان بن صالح إن الزيادة في الأسعار مرفوضة", "وأضاف بن صالح أن الجامعة ستتحرك"],
     [("رضوان بن صالح", ["رضوان بن صالح", "بن صالح"])]),
    # a European surname with its particle, and the last word alone
    (["والتقى الرئيس ماركو بولو ديل نيرو يوم الخميس.", "وقال ديل نيرو في بيان إن الاتحاد يدعمه."],
     [("ماركو بولو ديل نيرو", ["ماركو بولو ديل نيرو", "ديل نيرو"])]),
    (["قال جون دي جارتنر إن المرض خطير.", "وأضاف جارتنر أن الأمر خطير."],
     [("جون دي جارتنر", ["جون دي جارتنر", "جارتنر"])]),
])
def test_surname_and_full_name_are_one_person(body, expected):
    assert people(*body) == expected


def test_a_surname_read_before_the_full_name_is_a_mention():
    # ولافروف in the first paragraph is only known as a surname once the third is read
    body = ["وزارة الدفاع تتهم واشنطن ولافروف ينفي ضمان الانسحاب", "وقالت الوزارة إن الضربات توقفت",
            "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو لم تضمن شيئا"]
    assert ("Sergey Lavrov", ["لافروف", "سيرغي لافروف"]) in people(*body)


def test_a_repeated_name_a_proclitic_opens_is_a_mention_without_it():
    # وحبري, لحبري: the keys know no such name, so the mention is cut where the alias's reading is
    body = ["وأكدت المحامية أن المدون شادي حبري محتجز.", "وحبري مدون شاب ينشر مقاطع فيديو.",
            "وقالت شقيقة لحبري إنه بريء."]
    assert ("شادي حبري", ["شادي حبري", "حبري", "حبري"]) in people(*body)


@pytest.mark.parametrize("words, curated, surname", [
    (["سيرغي", "لافروف"], False, ["لافروف"]),
    (["رضوان", "بن", "صالح"], False, ["بن", "صالح"]),
    (["رضوان", "صالح"], False, None),  # alone, a common word (صالح "valid") is no surname
    (["الرئيس", "التونسي"], False, None),  # the tagger's span with the article: maybe a title
    (["المنصف", "المرزوقي"], True, ["المرزوقي"]),  # a curated name is a name
    (["محمد", "بن"], False, None),
    (["الطاهر", "بن", "حسين"], False, ["بن", "حسين"]),  # a nasab names a person after an article word
    (["الحبيب", "الصيد"], False, ["الصيد"]),  # a given name with the article
    (["الوزير", "التونسي"], False, None),  # a title with the article is no given name
    (["الشيخ", "زايد"], False, None),  # nor an honorific
    (["الحبيب", "الصيد", "الجديد"], False, None),  # a longer span's last word may be no name
    (["إلكاي", "غوندوغان"], False, ["غوندوغان"]),  # إل with hamza is no article (folds like one)
    (["ألبرتو", "مورينو"], False, ["مورينو"]),
    (["علي", "أبو", "شادي"], False, ["أبو", "شادي"]),  # a family name of أبو after a given name
    (["أبو", "شادي"], False, None),  # a kunya alone names nobody else
    (["محمد", "بن", "أبو", "بكر"], False, None),  # a father's kunya after a nasab is no family name
])
def test_surname_words(words, curated, surname):
    assert surname_words(words, curated) == surname


@pytest.mark.parametrize("words, surname", [
    (["ماركو", "بولو", "ديل", "نيرو"], ["ديل", "نيرو"]),
    (["برونو", "لو", "مير"], ["لو", "مير"]),
    (["لو", "مير"], None),  # the whole name
    (["محمد", "علي", "صالح"], None),  # no particle
])
def test_particle_surname(words, surname):
    assert particle_surname(words) == surname


def bodies(*body: str) -> list[tuple[str, list[str]]]:
    art = run(Article(id="t", source=Source(kind="text"), body=list(body)), Options(tagger=False))
    return [(e.name, [m.text for m in e.mentions]) for e in art.entities if e.type == "ORG"]


@pytest.mark.parametrize("body, expected", [
    # the short name of the only body it begins: the same body
    (["قالت الهيئة الوطنية لمكافحة الفساد إنها تحقق", "وأضافت الهيئة الوطنية أن الملف كامل"],
     [("الهيئة الوطنية لمكافحة الفساد", ["الهيئة الوطنية لمكافحة الفساد", "الهيئة الوطنية"])]),
    # two bodies begin so: the short name stays apart
    (["قالت الهيئة الوطنية لمكافحة الفساد إنها تحقق", "وقالت الهيئة الوطنية للإعلام إنها تتابع",
      "وأضافت الهيئة الوطنية أن الملف كامل"],
     [("الهيئة الوطنية لمكافحة الفساد", ["الهيئة الوطنية لمكافحة الفساد"]),
      ("الهيئة الوطنية للإعلام", ["الهيئة الوطنية للإعلام"]), ("الهيئة الوطنية", ["الهيئة الوطنية"])]),
])
def test_short_name_of_a_body(body, expected):
    assert bodies(*body) == expected


@pytest.mark.parametrize("body, expected", [
    # أمام (before) folds like إمام but is one of the commonest words as written: no mention
    (["شارك الفنان عادل إمام في فيلم جديد.", "ووقف الممثل أمام الجمهور.", "وقال إمام إن الفيلم ناجح."],
     [("Adel Emam", ["عادل إمام", "إمام"])]),
    # a frequent word written as the person was named is still the person
    (["قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ.", "وأضاف ترامب أنه سينسحب."],
     [("Donald Trump", ["دونالد ترامب", "ترامب"])]),
])
def test_a_common_word_spelt_otherwise_is_no_surname(body, expected):
    assert people(*body) == expected


def test_a_bare_institution_is_named_by_its_head_without_the_proclitic():
    body = ["صوت النواب في لبنان على القانون. وأحال رئيس الوزراء اللبناني المشروع للبرلمان الذي وافق عليه."]
    art = run(Article(id="t", source=Source(kind="text"), body=body), Options(tagger=False))
    parliament = next(e for e in art.entities if e.name == "Council of Representatives of Lebanon")
    assert (parliament.name_ar, [m.text for m in parliament.mentions]) == ("البرلمان", ["للبرلمان"])


@pytest.mark.parametrize("body, name", [
    # a bare body with في and a place is that place's country's, not the most-named country's
    (["قالت وزارة الصحة في غزة إن 12 شخصا قتلوا. وقال الجيش الإسرائيلي إن إسرائيل ردت. وأعلنت إسرائيل الحداد."],
     "Palestinian Ministry of Health"),
    (["أعلنت وزارة الداخلية في تونس اعتقال خلية. وقالت فرنسا وفرنسا والولايات المتحدة."],
     "Tunisian Ministry of Interior"),
    (["قالت وزارة الخارجية في بيان إن فرنسا وفرنسا ترحب."], "French Ministry of Foreign Affairs"),  # no place
])
def test_a_bare_body_in_a_place_is_that_places(body, name):
    art = run(Article(id="t", source=Source(kind="text"), body=body), Options(tagger=False))
    assert name in [e.name for e in art.entities if e.type == "ORG"]


@pytest.mark.parametrize("body, title", [
    # an indefinite one-word title heads the phrase after it (رئيس المجلس): it names no one before
    (["قال الرئيس دونالد ترامب إن الفائدة سترتفع.", "وأعرب جيروم باول رئيس المجلس عن ثقته."], "رئيس"),
    (["قال الأمير فيصل بن بندر إن المشروع مهم.", "وافتتح أمير المنطقة المعرض."], "أمير"),
])
def test_an_indefinite_title_is_no_mention_of_an_earlier_person(body, title):
    assert all(title not in mentions for _, mentions in people(*body, tagger=False))


@pytest.mark.parametrize("body, expected", [
    # a first name alone is the one person of the article whose name begins with it
    (["أحيت الفنانة شيرين عبد الوهاب حفلا في القاهرة.", "وغنت شيرين أغانيها القديمة."],
     [("Sherine", ["شيرين عبد الوهاب", "شيرين"])]),
    # two people with that first name: it stays apart
    (["التقى نادر القباني ونادر الحلبي في عمان.", "وقال نادر إن اللقاء مثمر."],
     [("نادر القباني", ["نادر القباني"]), ("نادر الحلبي", ["نادر الحلبي"]), ("نادر", ["نادر"])]),
])
def test_a_first_name_alone_is_the_one_person_so_named(body, expected):
    assert sorted(people(*body)) == sorted(expected)


def test_a_word_with_the_article_is_no_first_name():
    b = Builder()
    for i, name in enumerate(["شيرين عبد الوهاب", "شيرين", "الفائز حمزة", "الفائز"]):
        b.add(Entity(id=f"p{i}", name=name, type="PER", name_ar=name),
              Mention(text=name, field="body", paragraph=i, start=0, end=len(name)))
    merge_first_names(b)
    assert sorted(b.entities) == ["p0", "p2", "p3"]  # شيرين joined شيرين عبد الوهاب; الفائز (the winner) stays


@pytest.mark.parametrize("body, merged", [
    # first and family name after the full name with the father's: one person
    (["اختارت الفيدرالية الفنان عمر بن محمد الجاسر مديرا.", "وتلقى الفنان عمر الجاسر خطاب تهنئة."], True),
    (["وقال أحمد سعد القحطاني إن المشروع بدأ.", "وأضاف أحمد القحطاني أن العمل مستمر."], True),
    # the father's name a compound given name (one word or two), or after ابن: one person
    (["وقال سالم عبدالله بوزيان إن المشروع بدأ.", "وأضاف سالم بوزيان أن العمل مستمر."], True),
    (["وقال سالم عبد الكريم بوزيان إن المشروع بدأ.", "وأضاف سالم بوزيان أن العمل مستمر."], True),
    (["وقال مراد ابن سعيد قاسمي إن المشروع بدأ.", "وأضاف مراد قاسمي أن العمل مستمر."], True),
    # a man's given name in the middle of three words: the father's, dropped in the short form
    (["وقال مقداد مدحت بدرخان إن المشروع بدأ.", "وأضاف مقداد بدرخان أن العمل مستمر."], True),
    (["وقال مقداد إلياس بدرخان إن المشروع بدأ.", "وأضاف مقداد بدرخان أن العمل مستمر."], True),  # (hamza: no ال)
    # a woman's given name in the middle is no father's
    (["وقالت سلمى فاطمة بدرخان إن المشروع بدأ.", "وأضافت سلمى بدرخان أن العمل مستمر."], False),
    # a full name that does not read as an Arab one (no بن, no family name with ال): apart
    (["قالت بوبي كريستينا براون إن الحفل بدأ.", "وغنت بوبي براون أغنية."], False),
])
def test_first_and_family_name_join_the_full_name(body, merged):
    art = run(Article(id="t", source=Source(kind="text"), body=body), Options())
    people = [e for e in art.entities if e.type == "PER"]
    assert (len(people) == 1) is merged


@pytest.mark.parametrize("names, kept", [
    # a compound given name alone joins the one longer name it opens
    (["عز الدين سعيدان", "عز الدين"], ["p0"]),
    (["عبد الرحمن اللهو", "عبد الرحمن"], ["p0"]),
    (["أبو بكر سالم", "أبو بكر"], ["p0"]),
    # two people so named: it stays apart
    (["عبد الله البرقان", "عبد الله الثاني", "عبد الله"], ["p0", "p1", "p2"]),
    # a title ending in الله is no given name
    (["آية الله خامنئي", "آية الله"], ["p0", "p1"]),
    # a one-word first name still joins a compound-named person of two words
    (["فخر الدين", "فخر"], ["p0"]),
])
def test_a_compound_first_name_alone_is_the_one_person_so_named(names, kept):
    b = Builder()
    for i, name in enumerate(names):
        b.add(Entity(id=f"p{i}", name=name, type="PER", name_ar=name),
              Mention(text=name, field="body", paragraph=i, start=0, end=len(name)))
    merge_first_names(b)
    assert sorted(b.entities) == kept


@pytest.mark.parametrize("body, name, texts", [
    # a bare institution is the one body the text names with that head and more words, even a
    # lexicon one under another name (Israel Defense Forces), whatever country the article names most
    (["أعلن الجيش الإسرائيلي قصف مواقع في غزة.", "وقال الجيش إن الفلسطينيين في غزة أطلقوا صواريخ من غزة."],
     "Israel Defense Forces", ["الجيش الإسرائيلي", "الجيش"]),
    (["صوت البرلمان التركي على القانون.", "وقال رئيس الوزراء في تركيا إن البرلمان سيجتمع."],
     "Grand National Assembly of Turkey", ["البرلمان التركي", "البرلمان"]),
])
def test_a_bare_institution_is_the_body_named_with_its_head(body, name, texts):
    art = run(Article(id="t", source=Source(kind="text"), body=body), Options(tagger=False))
    assert [m.text for m in {e.name: e for e in art.entities}[name].mentions] == texts


def test_a_qualified_bare_head_is_another_body():
    body = ["أعلن الجيش الإسرائيلي قصف مواقع في سوريا.", "وقال مسؤول إن الجيش النظامي تصدى للهجوم في سوريا."]
    art = run(Article(id="t", source=Source(kind="text"), body=body), Options(tagger=False))
    idf = {e.name: e for e in art.entities}["Israel Defense Forces"]
    assert [m.text for m in idf.mentions] == ["الجيش الإسرائيلي"]


@pytest.mark.parametrize("names, kept", [
    # a one-word body found in the text joins the one body named with that word and more
    ([("المرصد", "المرصد", ["المرصد"]), ("Syrian Observatory for Human Rights", "المرصد السوري لحقوق الإنسان",
                                          ["المرصد السوري لحقوق الإنسان"])], ["o1"]),
    # two such bodies: it stays apart
    ([("الجبهة", "الجبهة", ["الجبهة"]), ("Popular Front", "الجبهة الشعبية", ["الجبهة الشعبية"]),
      ("Al-Nusra Front", "جبهة النصرة", ["الجبهة الإسلامية"])], ["o0", "o1", "o2"]),
    # a lexicon body of one word (الاتحاد the club) is a body of its own
    ([("Al Ittihad Club", "الاتحاد", ["الاتحاد"]), ("Asian Football Confederation", "الاتحاد الآسيوي",
                                                    ["الاتحاد الآسيوي"])], ["o0", "o1"]),
])
def test_a_one_word_body_is_the_body_it_opens(names, kept):
    from khabar.entities.coref import merge_short_bodies

    b = Builder()
    for i, (name, name_ar, texts) in enumerate(names):
        ent = Entity(id=f"o{i}", name=name, type="ORG", name_ar=name_ar)
        for j, text in enumerate(texts):
            b.add(ent, Mention(text=text, field="body", paragraph=i, start=j * 40, end=j * 40 + len(text)))
    merge_short_bodies(b)
    assert sorted(b.entities) == kept


@pytest.mark.parametrize("names, kept", [
    # a name found in the text, written as the lexicon body's mention: the same club
    ([("مالقا", "مالقا", ["مالقا الاسباني"]), ("Málaga CF", "مالقا", ["مالقا الاسباني"])], ["o1"]),
    # an anaphor's text shared is no name (الشركة)
    ([("شركة النور", "شركة النور", ["شركة النور", "الشركة"]), ("Aramco", "أرامكو", ["أرامكو", "الشركة"])],
     ["o0", "o1"]),
    # a head noun of bodies before one of the names: the same body
    ([("منظمة بي كا كا", "منظمة بي كا كا", ["منظمة بي كا كا"]), ("بي كا كا", "بي كا كا", ["بي كا كا"])], ["o1"]),
    # a lexicon's name with a head noun before it is another body; so are two heads
    ([("غرفة الرياض", "غرفة الرياض", ["غرفة الرياض"]), ("Al Riyadh", "الرياض", ["الرياض"])], ["o0", "o1"]),
    ([("جامعة الكوفة", "جامعة الكوفة", ["جامعة الكوفة"]), ("ديوان الكوفة", "ديوان الكوفة", ["ديوان الكوفة"])],
     ["o0", "o1"]),
    # a head noun of another type of name: مهرجان بدرخان is no person بدرخان
    ([("مهرجان بدرخان", "مهرجان بدرخان", ["مهرجان بدرخان"], "PER"), ("بدرخان", "بدرخان", ["بدرخان"], "PER")],
     ["o0", "o1"]),
    # two entities so written: it stays apart
    ([("الأمل", "الأمل", ["الأمل"]), ("Al Amal A", "الأمل", ["الأمل"]), ("Al Amal B", "الأمل", ["الأمل"])],
     ["o0", "o1", "o2"]),
    # a name merged into a body brings its mentions: a later name written as one of them is that body
    ([("Málaga CF", "مالقا", ["مالقا الاسباني"]), ("مالقا", "مالقا", ["مالقا الاسباني", "الفريق الأندلسي"]),
      ("الفريق الأندلسي", "الفريق الأندلسي", ["الفريق الأندلسي"])], ["o0"]),
])
def test_a_name_written_as_another_entity_s_mention_is_that_entity(names, kept):
    from khabar.entities.coref import merge_same_mentions

    b = Builder()
    for i, (name, name_ar, texts, *type_) in enumerate(names):
        ent = Entity(id=f"o{i}", name=name, type=type_[0] if type_ else "ORG", name_ar=name_ar)
        for j, text in enumerate(texts):
            b.add(ent, Mention(text=text, field="body", paragraph=i, start=j * 40, end=j * 40 + len(text)))
    merge_same_mentions(b)
    assert sorted(b.entities) == kept


def mention_owners(text: str) -> dict[str, str]:
    """Each mention's text -> the id of its entity (lexicons and rules only)."""
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    return {m.text: e.id for e in art.entities for m in e.mentions}


def test_a_body_of_another_nationality_is_not_the_longer_body():
    # اللجنة الأولمبية الكويتية opens like اللجنة الأولمبية الدولية, but its nationality is its own
    owners = mention_owners("وردت اللجنة الأولمبية الكويتية برسالة إلى اللجنة الأولمبية الدولية.")
    assert owners["اللجنة الأولمبية الكويتية"] != owners["اللجنة الأولمبية الدولية"]


@pytest.mark.parametrize("text, body, short", [
    ("ورفعت مؤسسة النقد العربي السعودي (ساما) الفائدة.", "مؤسسة النقد العربي السعودي", "ساما"),
    ("ونقلت وكالة الأنباء البحرينية الرسمية (بنا) عن المسؤول.", "وكالة الأنباء البحرينية", "بنا"),  # past an adjective
    ("وقالت الهيئة العامة لمكافحة الفساد (نزاهة) إن", "الهيئة العامة لمكافحة الفساد", "نزاهة"),
])
def test_a_short_name_in_brackets_after_a_body_is_its_mention(text, body, short):
    owners = mention_owners(text)
    assert owners[short] == owners[body]


@pytest.mark.parametrize("text, word", [
    ("وقال الديوان الجزائري للثقافة والإعلام (حكومي) إن", "حكومي"),  # a relational adjective
    ("وقالت الهيئة العامة للاستثمار (2018) إن", "2018"),  # a number
])
def test_no_short_name_from_a_word_in_brackets(text, word):
    assert word not in mention_owners(text)


class _Visits(list):
    """A list that counts the items read from it (through, backwards or by a slice)."""

    visits = 0

    def __iter__(self):
        for item in super().__iter__():
            type(self).visits += 1
            yield item

    def __reversed__(self):
        for item in super().__reversed__():
            type(self).visits += 1
            yield item

    def __getitem__(self, key):
        got = super().__getitem__(key)
        if isinstance(key, slice):
            type(self).visits += len(got)
        return got


def _pending_visits(paragraphs: int) -> int:
    """Reading-order entries and mentions read while resolving a page that repeats a paragraph
    with a body's name, its bare head (الجيش) and a bare title (الوزير)."""
    text = "أعلن الجيش الإسرائيلي القصف، وقال الجيش إن الوزير زار الموقع."
    named, bare, title = text.index("الجيش الإسرائيلي"), text.rindex("الجيش"), text.index("الوزير")
    b = Builder(recent=_Visits())
    army = Entity(id="org:idf", name="Israel Defense Forces", type="ORG", name_ar="الجيش الإسرائيلي",
                  mentions=_Visits())
    head = Entry(name="Army of {country}", type="ORG", kind="institution", name_ar="الجيش", alone=True)
    pendings = []
    for n in range(paragraphs):
        b.add(army, Mention(text="الجيش الإسرائيلي", field="body", paragraph=n, start=named, end=named + 16))
        pendings += [("institution", Mention(text="الجيش", field="body", paragraph=n, start=bare, end=bare + 5), head),
                     ("title", Mention(text="الوزير", field="body", paragraph=n, start=title, end=title + 6), None)]
    _Visits.visits = 0
    resolve_pending(b, pendings, lambda m: (m.paragraph, m.start), {("body", n): text for n in range(paragraphs)})
    assert len(army.mentions) == 2 * paragraphs  # each bare head is the army named before it
    return _Visits.visits


def test_resolving_a_long_page_reads_each_mention_a_fixed_number_of_times():
    # a page repeating one sentence once took seconds: each bare head scanned the whole reading order
    # and folded every mention of every body, each bare title gathered every mention's start again;
    # counting reads (not the clock) shows the cost grows with the page, not with its square
    assert _pending_visits(40) - _pending_visits(20) == 2 * (_pending_visits(20) - _pending_visits(10))
