"""Bodies named by a head noun: with relational adjectives, a nationality, and their remit after ل
(tagger off: rules and lexicons only)."""

import pytest

from khabar.arabic import tokenize
from khabar.entities import Options, run
from khabar.entities.bodies import Span
from khabar.entities.builder import Builder
from khabar.entities.linking import UnitLinker
from khabar.entities.matcher import lexicon
from khabar.model import Article, Source


def names(*body: str) -> dict:
    art = run(Article(id="t", source=Source(kind="text"), body=list(body)), Options(tagger=False))
    return {e.name: e for e in art.entities}


def test_definite_head_with_nationality_is_a_body():
    court = names("وقضت المحكمة التركية بسجنه")["المحكمة التركية"]
    assert court.type == "ORG"


@pytest.mark.parametrize("text, body", [
    # an elative of rank after the nationality closes a body noun's name (rank_elatives.tsv, elative × head)
    ("وقضت المحكمة البريطانية العليا برفض الطعن", "المحكمة البريطانية العليا"),
    ("وقالت اللجنة الكويتية العليا إن", "اللجنة الكويتية العليا"),
    ("وأعلن المجلس الأفغاني الأعلى أن", "المجلس الأفغاني الأعلى"),
    ("وقررت الهيئة المصرية الكبرى أن", "الهيئة المصرية الكبرى"),
    ("ورحب المجلس المصري الأعلى للثقافة بالقرار", "المجلس المصري الأعلى للثقافة"),  # the remit after it
])
def test_a_rank_elative_after_the_nationality_closes_a_body_name(text, body):
    assert names(text)[body].type == "ORG"


def test_a_rank_elative_closes_only_a_body_noun_s_name():
    # (جمعية is no body noun of rank_elatives.tsv: الكبرى there is not read into its name)
    assert list(names("وقالت الجمعية المصرية الكبرى إن")) == ["الجمعية المصرية"]


@pytest.mark.parametrize("text, body", [
    ("قال رئيس المجلس التنفيذي إن", "المجلس التنفيذي"),
    ("أعلنت الهيئة العليا أن", "الهيئة العليا"),
])
def test_head_with_relational_adjective_is_a_body(text, body):
    assert names(text)[body].type == "ORG"


@pytest.mark.parametrize("text, body", [
    ("أعلنت الهيئة العامة للسياحة والتراث الوطني عن برنامج", "الهيئة العامة للسياحة والتراث الوطني"),
    ("قالت الهيئة الوطنية لمكافحة الفساد إنها تحقق", "الهيئة الوطنية لمكافحة الفساد"),
    ("صرحت الهيئة الأردنية للطاقة النووية بأن", "الهيئة الأردنية للطاقة النووية"),  # after a nationality
    ("وقعت الشركة الوطنية للنقل البحري التي", "الشركة الوطنية للنقل البحري"),  # not التي
    ("أكدت الهيئة العامة للنقل البري الخميس", "الهيئة العامة للنقل البري"),  # nor a weekday
    ("وقعت الشركة العربية للتعدين والشركة", "الشركة العربية للتعدين"),  # nor another body's head
    ("قال المجلس الأعلى للمرة الثانية إن", "المجلس الأعلى"),  # a time phrase is no remit
    ("ذكرت الهيئة العامة لدى اجتماعها", "الهيئة العامة"),  # nor a function word
    # a generic institution the lexicon reads in the remit word (للانتخابات: an election) is the remit
    ("وقال رئيس الهيئة العليا المستقلة للانتخابات إن", "الهيئة العليا المستقلة للانتخابات"),
    ("وقالت الإدارة العامة للأمن الوطني إن", "الإدارة العامة للأمن الوطني"),
    # a definite word after a feminine remit word agrees with it, or is the clause's next word
    ("وحضرت الهيئة العامة للرياضة اللقاء النهائي", "الهيئة العامة للرياضة"),
    ("وقالت المنظمة العربية للتنمية الزراعية إن", "المنظمة العربية للتنمية الزراعية"),
    ("وقالت الهيئة الوطنية لمكافحة الفساد إن", "الهيئة الوطنية لمكافحة الفساد"),  # a genitive
    # a feminine elative (in ى or ا, no ة) agrees with the feminine remit word all the same
    ("وشاركت المؤسسة العامة للصناعة الكبرى في المعرض", "المؤسسة العامة للصناعة الكبرى"),
])
def test_a_body_runs_on_over_its_remit(text, body):
    assert names(text)[body].type == "ORG"


@pytest.mark.parametrize("text, body", [
    # a nationality agreeing with the remit word is the body's (plural with plural, feminine with feminine)
    ("وأعلنت النقابة الوطنية للمهندسين المغربيين عن إضراب", "النقابة الوطنية للمهندسين المغربيين"),
    ("وقال رئيس الهيئة العامة للثقافة الأردنية إن", "الهيئة العامة للثقافة الأردنية"),
    # و and a noun of remit_conjuncts.txt before a genitive carries the remit on
    ("وقالت الهيئة العليا للشفافية ومكافحة الرشوة إن", "الهيئة العليا للشفافية ومكافحة الرشوة"),
    ("وأصدر المركز العربي للقانون وحقوق الإنسان تقريرا", "المركز العربي للقانون وحقوق الإنسان"),
])
def test_a_remit_runs_on_over_its_nationality_and_conjuncts(text, body):
    assert names(text)[body].type == "ORG"


@pytest.mark.parametrize("text, body", [
    ("وقالت الهيئة العامة للمدفوعات وتعزيز الثقة", "الهيئة العامة للمدفوعات"),  # a masdar of a new clause
    ("وحضر المجلس الأعلى للثقافة ووزارة الإعلام", "المجلس الأعلى للثقافة"),  # another body
])
def test_a_remit_stops_before_other_words(text, body):
    assert body in names(text)


@pytest.mark.parametrize("text, body, type_", [
    ("أنجز معهد \"أفيرتي\" استطلاعا للرأي", "أفيرتي", "ORG"),  # a head before a quoted name
    ("قال مدير مكتب بغداد إن", "Baghdad", "GPE"),  # an office in a place: the place stays
    ("أعلنت بلدية الرياض عن مشروع", "بلدية الرياض", "ORG"),  # a municipality is its town's body
    ("رفع بنك إنكلترا سعر الفائدة", "بنك إنكلترا", "ORG"),  # a curated region too
    ("افتتحت الجمعية بالرياض فرعا جديدا", "Riyadh", "GPE"),  # something in the place: the place stays
    ("وصل الفريق لمطار القاهرة الدولي", "Cairo International Airport", "FAC"),
    ("زار الوفد موقع المسجد الأقصى", "Al-Aqsa Mosque", "FAC"),  # a curated facility stays itself
    ("أكدت اللجنة الوطنية لمكافحة المخدرات أن", "اللجنة الوطنية لمكافحة المخدرات", "ORG"),
])
def test_head_nouns_and_names(text, body, type_):
    assert names(text)[body].type == type_


def test_a_closing_quote_after_a_head_opens_no_name():
    text = 'تكلم باسمه واسم الرابطة" واعدا بـ"معارضة منطقية"'
    assert all(e.type != "ORG" or "واعدا" not in e.name for e in names(text).values())


@pytest.mark.parametrize("text, name, type_", [
    # a facility's head in construct before a person's name: named after the person
    ("وقعت الحادثة في قضية رضيع مستشفى فرحات حشاد", "مستشفى فرحات حشاد", "FAC"),
    ("صلى المصلون في جامع السلطان قابوس", "جامع السلطان قابوس", "FAC"),
    # the head's first letter is no proclitic (فندق, فريق, وكالة)
    ("نزل الوفد في فندق باركلي", "فندق باركلي", "FAC"),
])
def test_a_facility_named_after_a_person(text, name, type_):
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    assert {e.name: e.type for e in art.entities}.get(name) == type_


@pytest.mark.parametrize("text, person", [
    ("وأدت قاعدة ترمب السياسية دورا", "Donald Trump"),  # قاعدة: a base of supporters
    ("وانتقدت حكومة نتنياهو القرار", "Benjamin Netanyahu"),  # a body the person leads
])
def test_a_body_a_person_leads_leaves_the_person(text, person):
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    assert person in {e.name for e in art.entities}


@pytest.mark.parametrize("text, name", [
    # a known name inside a longer quoted name is part of it
    ('وفاز حزب "اليسار الجمهوري في كاتالونيا" بالمقاعد', "اليسار الجمهوري في كاتالونيا"),
    ('وقالت صحيفة "الإمارات اليوم" إن', "الإمارات اليوم"),
    # a known name that fills the quotes stays itself
    ('ونشرت صحيفة "واشنطن بوست" تقريرا', "The Washington Post"),
])
def test_a_quoted_name_after_a_head(text, name):
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    assert name in {e.name for e in art.entities}


@pytest.mark.parametrize("text, name, named", [
    # after a definite head, quoted common words are what is said of the body, no name
    ('أكد أن اعتذاره عن الوزارة "مخرج من ورطة" حل عقلاني', 'الوزارة "مخرج من ورطة"', False),
    ('وقال إن الوفد الحكومي قدم للاتحاد "مقترحات جديدة"', 'للاتحاد "مقترحات جديدة"', False),
    ('وتعمل في فرع الشركة "ريفوز" في سلوفينيا', 'الشركة "ريفوز"', True),  # a name no corpus word spells
])
def test_quoted_words_after_a_definite_head(text, name, named):
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    assert (name in {m.text for e in art.entities for m in e.mentions}) == named


@pytest.mark.parametrize("text, name, mention", [
    # a head noun before a name in brackets: one body, as with quotes
    ("ومنذ تأسيسه لموقع (إنفو وورز) عام 1999", "إنفو وورز", "موقع (إنفو وورز)"),
    ("وقالت شركة (ديستريس أليرت) إن", "ديستريس أليرت", "شركة (ديستريس أليرت)"),
    # frequent words in brackets are a gloss or an aside, no name
    ("وأعلن تنظيم (المتطرف) مسؤوليته", None, "تنظيم (المتطرف)"),
    ("وقال حزب (لم تسمه) إنه سيشارك", None, "حزب (لم تسمه)"),
    ("ونصح باستخدام ناقل الحركة (القير) اليدوي", None, "الحركة (القير)"),  # a definite head: a gloss
])
def test_a_name_in_brackets_after_a_head(text, name, mention):
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    mentions = {m.text: e.name for e in art.entities for m in e.mentions}
    assert mentions.get(mention) == name


@pytest.mark.parametrize("text, body", [
    ("وقضت محكمة الاستئناف بسجنه", "محكمة الاستئناف"),  # a construct head and its remit noun
    ("وأكدت نقابة الصحفيين التونسيين أن", "نقابة الصحفيين التونسيين"),  # with a people's plural
    ("وقال معهد البترول الأمريكي إن", "معهد البترول الأمريكي"),  # with a nationality
    ("قالت هيئة السوق المالية إن", "هيئة السوق المالية"),  # with a relational adjective
    ("وقالت هيئة الحقيقة والكرامة إن", "هيئة الحقيقة والكرامة"),  # with a conjunct
    ("وأعلنت مديرية الصحة بالمحافظة أن", "مديرية الصحة"),  # not a place after ب
    ("ونفى ترشيح اتحاد الكرة لعدد من الأسماء", "اتحاد الكرة"),  # a ل phrase is no remit here
    ("وتم الاتصال بالمديرية العامة للمياه", "المديرية العامة للمياه"),  # its proclitic left out
])
def test_a_construct_head_of_a_remit_names_a_body(text, body):
    assert names(text)[body].type == "ORG"


@pytest.mark.parametrize("text, body", [
    ("بعد قيادة النادي الملكي للفوز بالبطولة", "النادي الملكي"),  # a purpose (remit_stops.txt)
    ("وقاد المنتخب الوطني للتأهل إلى النهائي", "المنتخب الوطني"),
])
def test_a_purpose_after_a_body_is_no_remit(text, body):
    # (mentions, not names: النادي الملكي in sport is Real Madrid, clubs.tsv cued)
    found = [m.text for e in names(text).values() for m in e.mentions]
    assert body in found and not any(text.startswith(body + " ") for text in found)


@pytest.mark.parametrize("text, head", [
    ("وقال عضو مجلس الإدارة إن النادي جاهز", "مجلس"),  # a board: a part of another body (remit_stops.txt)
    ("ووصل الفريق إلى موقع الحادث", "موقع"),  # موقع is no head of a remit (org_heads.tsv)
    ("وقالت مؤسسة الرئيس عبدالله إن", "مؤسسة"),  # a title opens the name after the head: left to the tagger
    # (a royal's title makes a body named after the royal: test_eponyms.py)
])
def test_no_body_from_a_construct_head_without_a_remit(text, head):
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    assert not [e for e in art.entities if (e.name_ar or "").startswith(head)]


@pytest.mark.parametrize("text, body", [
    ("وقالت وزارة الآثار المصرية إن التحاليل", "وزارة الآثار المصرية"),  # with a nationality
    ("وقال مسؤول في وزارة الشؤون البلدية والقروية إن", "وزارة الشؤون البلدية والقروية"),  # a remit's conjunct
])
def test_a_ministry_the_lexicon_lacks_is_a_body(text, body):
    assert names(text)[body].type == "ORG"


@pytest.mark.parametrize("text, gone, name", [
    ("من المجموعة الفرنسية تاليس في إطار عقد", "المجموعة الفرنسية", "Thales Group"),
    ("ونقلت الصحيفة البريطانية الغارديان عن مصادر", "الصحيفة البريطانية", "The Guardian"),
])
def test_a_head_and_nationality_before_the_body_name_are_no_other_body(text, gone, name):
    found = names(text)
    assert name in found and gone not in found


def test_a_conjunct_after_a_head_and_nationality_is_another_body():
    assert "الوكالة الفرنسية للتنمية" in names("مثل الوكالة الفرنسية للتنمية والبنك الدولي بالمشروع")


@pytest.mark.parametrize("text, facility", [
    ("المتجهة من مطار حائل الإقليمي إلى الرياض", "مطار حائل الإقليمي"),  # a gazetteer town, adjective
    ("وصلت الشحنة إلى ميناء ينبع التجاري", "ميناء ينبع التجاري"),
    ("القتال قرب ميناء ينبع الاستراتيجي", "ميناء ينبع"),  # not a descriptive adjective (remit_stops.txt)
])
def test_a_facility_head_supports_the_town_it_is_named_after(text, facility):
    assert names(text)[facility].type == "FAC"


def test_a_definite_facility_head_before_a_town_is_no_facility_s_name():
    assert "المطار تبوك" not in names("وصل المطار تبوك أمس")


@pytest.mark.parametrize("text, body", [
    ("طالب رئيس شبيبة القيروان بتعديل البرنامج", "شبيبة القيروان"),  # a club's head before its town
    ("وفازت شبيبة القيروانية على منافسها", "شبيبة القيروانية"),  # or its adjective (a remit)
    ("واجه دينامو موسكو منافسه", "دينامو موسكو"),
])
def test_a_club_head_names_the_club(text, body):
    assert names(text)[body].type == "ORG"


@pytest.mark.parametrize("text, span, words", [
    ("وقالت المنظمة العربية للسياحة في بيان", (1, 2), "المنظمة العربية للسياحة"),  # the tagger stopped
    ("أعلن الاتحاد الدولي للسباحة والغطس أمس", (1, 2), "الاتحاد الدولي للسباحة والغطس"),
    ("وقالت المنظمة العربية لنا إن", (1, 2), "المنظمة العربية"),  # لنا: no لل remit
    ("وقالت المنظمة العربية للمرة الثانية إن", (1, 2), "المنظمة العربية"),  # a time phrase
    ("وقالت منظمة العفو للتلفزيون إن", (1, 2), "منظمة العفو"),  # no definite head
])
def test_a_tagger_body_with_a_definite_head_runs_on_over_its_remit(text, span, words):
    tokens = tokenize(text)
    linker = UnitLinker(Builder(), lexicon(), ("body", 0), text, tokens)
    (out,) = linker.with_remits([Span(*span, "ORG")], [])
    assert " ".join(t.text for t in tokens[out.first:out.last + 1]) == words


@pytest.mark.parametrize("text, phrase", [
    # remit_stops.txt: what a group does names no body; the head is an anaphor of the group named
    ("قتل عنصران من تنظيم داعش. وبايع أحدهما التنظيم الإرهابي العام الماضي", "التنظيم الإرهابي"),
    ("وكان ضمن المجموعة الارهابية التي قضي على اثنين منها", "المجموعة الارهابية"),
])
def test_a_head_and_a_descriptive_adjective_are_no_body(text, phrase):
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    assert phrase not in {m.text for e in art.entities for m in e.mentions}


@pytest.mark.parametrize("text, mention, name", [
    # a head of quoted_name_heads.tsv before a quoted name: one body or facility, the head as written
    ('أعلنت سلسلة مطاعم "صب واي" أنها تعتزم إغلاق 500 فرع', 'مطاعم "صب واي"', "صب واي"),
    ("قدمت فرقة «خواطر الظلام» عرضاً فنياً", "فرقة «خواطر الظلام»", "خواطر الظلام"),
    ('افتتح مطعم "سعادة السماء" أبوابه', 'مطعم "سعادة السماء"', "سعادة السماء"),
])
def test_a_quoted_name_after_a_head_of_quoted_names(text, mention, name):
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    assert (name, mention) in [(e.name, m.text) for e in art.entities for m in e.mentions]


def test_a_head_of_quoted_names_alone_names_nothing():
    art = run(Article(id="t", source=Source(kind="text"), body=["وتنتشر المطاعم الإيطالية في المدينة"]), Options())
    assert not [e for e in art.entities if e.type in ("ORG", "FAC")]


@pytest.mark.parametrize("text, body", [
    # a head after another indefinite head is its complement: the board's management, no part of the body
    ("وقال رئيس مجلس إدارة الهيئة العامة للرياضة إن", "الهيئة العامة للرياضة"),
    ("وقال رئيس مجلس إدارة المركز المغاربي للدراسات إن", "المركز المغاربي للدراسات"),
])
def test_a_head_after_a_construct_head_is_no_word_of_the_body(text, body):
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    assert body in {m.text for e in art.entities for m in e.mentions}


@pytest.mark.parametrize("text, body", [
    # a head's construct form, a place and a remit after لل: one body named after the place
    ("وقال مركز الخليج للدراسات والبحوث إن", "مركز الخليج للدراسات والبحوث"),
    ("وأعلنت مؤسسة دبي للمهرجانات والتجزئة عن خطة", "مؤسسة دبي للمهرجانات والتجزئة"),
    ("وقال مدير مركز القاهرة للدراسات الاقتصادية إن", "مركز القاهرة للدراسات الاقتصادية"),
    ("وقال مركز البحرين لحقوق الإنسان إن", "مركز البحرين لحقوق الإنسان"),  # ل before a genitive
])
def test_a_head_a_place_and_a_remit_are_one_body(text, body):
    assert names(text)[body].type == "ORG"


@pytest.mark.parametrize("text", [
    "وزار الوفد مركز الدمام للمرة الأولى",  # a time phrase is no remit
    "وافتتح الأمير المركز بجدة للمرة الثانية",  # a proclitic: in the place
    "وافتتح الأمير مركز بجدة للأبحاث",
    "واحتج الطلبة أمام جامعة صفاقس للتعبير عن رفضهم",  # a remit of one word: a purpose as often
])
def test_a_place_without_a_remit_makes_no_body(text):
    assert not [n for n in names(text) if n.startswith(("مركز", "المركز"))]
