"""Titles and their holders (khabar.entities.roles): the role a title gives the person after it, with
the noun of office it is the complement of (tagger off: curated names only)."""

import pytest

from khabar.entities import Options, run
from khabar.model import Article, Source


def role_of(text: str, name: str) -> str | None:
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    return next(e.role for e in art.entities if e.name == name)


@pytest.mark.parametrize("text, name, role", [
    ("قال وزير الخارجية الروسي سيرغي لافروف إن", "Sergey Lavrov", "وزير الخارجية الروسي"),
    # an indefinite noun of office before the title: the whole phrase is the role
    ("قال نائب وزير الخارجية صائب عريقات إن", "Saeb Erekat", "نائب وزير الخارجية"),
    ("قال مستشار الرئيس صائب عريقات إن", "Saeb Erekat", "مستشار الرئيس"),
    # كبير before a noun of office or a plural noun of people belongs to the role
    ("قال كبير مستشاري الرئيس صائب عريقات إن", "Saeb Erekat", "كبير مستشاري الرئيس"),
    # a proclitic on the title: no complement of the word before
    ("التقى مستشار والرئيس فلاديمير بوتين", "Vladimir Putin", "الرئيس"),
    # the lexicon's own title for the name wins over a head before it
    ("التقى مستشار الرئيس الروسي فلاديمير بوتين", "Vladimir Putin", "الرئيس الروسي"),
    ("قال مساعد وزير الخارجية الروسي سيرغي لافروف إن", "Sergey Lavrov", "وزير الخارجية الروسي"),
    # the Saudi king's title of several words (titles.tsv)
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الوفد", "Salman of Saudi Arabia",
     "خادم الحرمين الشريفين"),
])
def test_title_and_its_head_are_the_role(text, name, role):
    assert role_of(text, name) == role


def test_speaker_for_a_named_title_holder_gives_no_role_to_the_holder():
    assert role_of("قال المتحدث باسم الرئيس فلاديمير بوتين إن", "Vladimir Putin") != "المتحدث"


def analysed(text: str) -> list[tuple[str, str | None]]:
    """(name, role) of the people found with the tagger on."""
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    return [(e.name, e.role) for e in art.entities if e.type == "PER"]


@pytest.mark.parametrize("text, name", [
    # a relative clause between a title and a name: the name is not the title's holder
    ("وكان اللاعب الذي يجب أن يخلف كريستيانو رونالدو", "Cristiano Ronaldo"),
    ("وقال المدرب الذي قاد الفريق إن كريستيانو رونالدو", "Cristiano Ronaldo"),
])
def test_a_clause_ends_the_title(text, name):
    assert (name, None) in analysed(text)


@pytest.mark.parametrize("text, name, role", [
    ("وقالت وزيرة الثقافة الدكتورة إيناس عبد الدايم إن", "Inas Abdel-Dayem", "وزيرة الثقافة"),
    ("وقال وزير الخارجية الروسي السيد سيرغي لافروف إن", "Sergey Lavrov", "وزير الخارجية الروسي"),
])
def test_an_honorific_before_the_name_is_no_part_of_the_role(text, name, role):
    assert (name, role) in analysed(text)


def test_no_name_is_guessed_in_the_complement_of_an_indefinite_title():
    assert analysed("وقال رئيس بلدية تبوك إن المشروع") == []


@pytest.mark.parametrize("text", [
    "وقال مدير ميناء سيت إن السفينة وصلت.",  # a port's name after ميناء
    "وقال مدير مطار تيمور إن الرحلات توقفت.",  # (a given name too)
    "وقال رئيس المجلس البلدي لمدينة ترانيم إن المشروع تأخر.",  # a town's name after مدينة
])
def test_no_name_is_guessed_on_a_place_or_facility_named_in_the_title(text):
    assert analysed(text) == []


@pytest.mark.parametrize("text, name, role", [
    # كبير and a definite plural noun of people is a title with no title word in it
    ("وقال كبير المفاوضين الفلسطينيين صائب عريقات إن", "Saeb Erekat", "كبير المفاوضين الفلسطينيين"),
    ("وقالت كبيرة المفاوضين صائب عريقات إن", "Saeb Erekat", "كبيرة المفاوضين"),
    # a title with ل after it holds the name: the president is Putin, not the adviser
    ("وقال كبير المستشارين للرئيس فلاديمير بوتين إن", "Vladimir Putin", "الرئيس"),
])
def test_senior_of_a_group_is_a_title(text, name, role):
    assert role_of(text, name) == role


@pytest.mark.parametrize("text, name, role", [
    # a form of address alone is no role; a later title gives one
    ("وقال الدكتور سيرغي لافروف إن", "Sergey Lavrov", None),
    ("وقال الدكتور سيرغي لافروف إن السوق. وأضاف وزير الخارجية الروسي الدكتور سيرغي لافروف أن",
     "Sergey Lavrov", "وزير الخارجية الروسي"),
])
def test_a_form_of_address_is_no_role(text, name, role):
    assert role_of(text, name) == role


@pytest.mark.parametrize("text, name, role", [
    ("وسورة الحزن للشاعرة عبير الزهراني.", "عبير الزهراني", "الشاعرة"),  # لل read as the article
    ("أكد الناقد سمير فريد أن الفيلم", "سمير فريد", "الناقد"),  # a writer's trade is a title
    ("وقالت الفنانة يسرا في حوار", "يسرا", "الفنانة"),
])
def test_occupations_are_titles(text, name, role):
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())  # the tagger finds the name
    assert next(e.role for e in art.entities if e.name == name) == role


@pytest.mark.parametrize("text, name, role", [
    # one comma between a title and a person: an apposition, the title is the role
    ("قال وزير الخارجية الروسي، سيرغي لافروف، إن", "Sergey Lavrov", "وزير الخارجية الروسي"),
    ("التقى الرئيس الروسي، فلاديمير بوتين، أمس", "Vladimir Putin", "الرئيس الروسي"),
    # a person after the comma with و is the next one of a list
    ("التقى وزير الخارجية الروسي، وفلاديمير بوتين أمس", "Vladimir Putin", None),
    # a title after a name and a comma qualifies that name, not the one after
    ("حضر صائب عريقات، وزير الخارجية، سيرغي لافروف", "Sergey Lavrov", None),
    # a form of address alone is a word of a name (قيس الشيخ نجيب، X)
    ("حضر الشيخ، سيرغي لافروف", "Sergey Lavrov", None),
])
def test_a_title_and_a_comma_before_a_person(text, name, role):
    assert role_of(text, name) == role


def test_a_body_inside_a_role_keeps_its_nationality():
    art = run(Article(id="t", source=Source(kind="text"),
                      body=["وقال المتحدث الرسمي باسم وزارة الخارجية المصرية، بدر عبد العاطي، في بيان"]), Options())
    assert {e.name for e in art.entities if e.type == "ORG"} == {"Egyptian Ministry of Foreign Affairs"}


def test_no_name_is_guessed_on_a_prize():
    assert analysed("فاز الكاتب بجائزة نوبل للآداب عام 2016.") == []  # نوبل: misc.tsv


@pytest.mark.parametrize("text, name, role", [
    # a title after the name, between commas: its apposition
    ("وقال سيرغي لافروف، وزير الخارجية، إن موسكو لن تتراجع", "Sergey Lavrov", "وزير الخارجية"),
    # without a comma, after a verb of saying; a time word ends the title's complement
    ("وقال سيرغي لافروف وزير الخارجية الأحد إن موسكو لن تتراجع", "Sergey Lavrov", "وزير الخارجية"),
    ("أكد سيرغي لافروف وزير الخارجية أن موسكو لن تتراجع", "Sergey Lavrov", "وزير الخارجية"),
    # after another verb the title may be its object: no role
    ("واستقبل سيرغي لافروف وزير الخارجية في موسكو", "Sergey Lavrov", None),
    # a title with و is the next one of a list
    ("وقال سيرغي لافروف ووزير الخارجية إن", "Sergey Lavrov", None),
    # a title with ل after a verb of saying is whom it was said to
    ("وقال سيرغي لافروف للوزير إن موسكو لن تتراجع", "Sergey Lavrov", None),
])
def test_a_title_after_the_name_is_its_apposition(text, name, role):
    assert role_of(text, name) == role


@pytest.mark.parametrize("text, name, role", [
    # a noun of kin in construct right before a name: the name is the relative's, no role of theirs
    ("وقالت جنيفر رايندل، والدة ترينتون، إن ابنها", "ترينتون", None),
    ("يقضي بمنع زوجة سليم شيبوب من السفر", "سليم شيبوب", None),
    # a title between: the one named is the relative
    ("وقالت ابنة الرئيس إيفانكا ترامب إن", "Ivanka Trump", "ابنة الرئيس"),
    # the noun with a pronoun is the relative's role
    ("والتقى زوجته ليلى الطرابلسي", "ليلى الطرابلسي", "زوجته"),
])
def test_a_noun_of_kin_before_a_name_is_no_role_of_it(text, name, role):
    assert (name, role) in analysed(text)


@pytest.mark.parametrize("text, name", [
    ("وأكد اللاعب وسام العابدي أنه", "وسام العابدي"),  # a listed given name keeps its و
    ("التقى وليد جنبلاط ووسام الحسن", "وسام الحسن"),
])
def test_a_listed_given_name_keeps_its_first_letter(text, name):
    assert name in [n for n, _ in analysed(text)]


@pytest.mark.parametrize("text, name, role", [
    # trades are titles (titles.tsv): الملحن, الموسيقار, المذيعة, الرسام, الطبيب
    ("وقال الملحن صالح الشهري إن الأغنية", "صالح الشهري", "الملحن"),
    ("ورسم الرسام الفرنسي جاك ماجوريل اللوحة", "جاك ماجوريل", "الرسام الفرنسي"),
])
def test_a_trade_is_a_title(text, name, role):
    assert (name, role) in analysed(text)


@pytest.mark.parametrize("text, name, role", [
    # a curated person found by the surname: the given name before it is the name's, not the role's
    ("وكان الزعيم السوفياتي جوزف ستالين قد أمر بذلك", "Joseph Stalin", "الزعيم السوفياتي"),
    ("وقال وزير الخارجية الأمريكي أنطوني بلينكن إن بلاده مستعدة", "Antony Blinken", "وزير الخارجية الأمريكي"),
    ("وقال الرئيس الأفغاني السابق حميد كرزاي إن الحرب لم تنته", "Hamid Karzai", "الرئيس الأفغاني السابق"),
    # a place a role holds in construct stays in it, however name-like
    ("وقال حاكم أوهايو جون كاسيتش إنه سيترشح", "جون كاسيتش", "حاكم أوهايو"),
])
def test_a_given_name_before_the_name_is_no_part_of_the_role(text, name, role):
    assert (name, role) in analysed(text)


@pytest.mark.parametrize("text, name, role", [
    # another spelling of a curated person's given name (جيم for جيمس) is the name's
    ("وقال وزير الدفاع الأمريكي جيم ماتيس إن القوات باقية", "James Mattis", "وزير الدفاع الأمريكي"),
    ("وقال الرئيس الفرنسي فرنسوا هولاند إن الاتفاق صامد", "François Hollande", "الرئيس الفرنسي"),
    # a country or a body the lexicon knows ends the role as a definite word does
    ("وقال رئيس بنين باتريس تالون إن البلاد بخير", "باتريس تالون", "رئيس بنين"),
    # a given name that is none of the curated person's: another person sharing the surname
    ("وقال المدير التنفيذي لحركة نداء تونس حافظ قائد السبسي إن الحزب موحد", "حافظ قائد السبسي",
     "المدير التنفيذي لحركة نداء تونس"),
])
def test_a_given_name_after_a_place_or_body_is_the_name_s(text, name, role):
    assert (name, role) in analysed(text)


def test_a_foreign_given_name_before_a_curated_surname_is_no_link():
    people = analysed("وقال المدير التنفيذي لحركة نداء تونس حافظ قائد السبسي إن الحزب موحد")
    assert "Beji Caid Essebsi" not in [n for n, _ in people]


@pytest.mark.parametrize("text, word", [
    # a verb, a particle right before, a quotation mark or a number ends the title's phrase: no
    # name is guessed after one
    ("ويعلم الرئيس الروسي يدرك جيدا أن الأمر صعب", "جيدا"),
    ("وأجاب الرئيس الفرنسي على أسئلتهم بوضوح", "أسئلتهم"),
    ("وقال رئيس الحكومة بشأن ايلاء الأهمية للشباب إن الأمر مهم", "ايلاء"),
    ("وأضاف ولي العهد \"إذا كان تحالفنا قويا فسننتصر\"", "تحالفنا"),
    ("وحقق المدرب الألماني 11 فوزا متتاليا", "متتاليا"),
    # nor a name right after a preposition, nor a dative after ل: the title is not theirs
    ("وسافر الطفل إلى جاهد مع أسرته", "الطفل إلى"),
    ("أهداها الأمير سلطان للأمير تشارلز أمس", "الأمير سلطان"),
])
def test_no_holder_past_the_end_of_a_title_s_phrase(text, word):
    assert all(word not in n and word != r for n, r in analysed(text))


@pytest.mark.parametrize("text, name, role", [
    # a preposition before a name or a definite word, an adjective of titles and a name-like word
    # the guess passes over stay in the title's phrase
    ("أعلنت النائب عن نداء تونس ليلى الشتاوي أنها ستستقيل", "ليلى الشتاوي", "النائب عن نداء تونس"),
    ("وقد تفقد الفريق أول صدقي صبحي القوات", "صدقي صبحي", "الفريق أول"),
    ("وقال الرئيس البرازيلي السابق لولا إنه بريء", "لولا", "الرئيس البرازيلي السابق"),
])
def test_a_guessed_holder_after_the_title_s_own_words(text, name, role):
    assert (name, role) in analysed(text)


@pytest.mark.parametrize("text, name, role", [
    # a rank joined by و opens another person's title (conjunct_ranks.txt)
    ("والتقى الرئيس وآية الله علي خامنئي بالوفد", "Ali Khamenei", "آية الله"),
    ("وقالت وزيرة الثقافة والرئيس التونسي الباجي قائد السبسي إن المهرجان ناجح", "Beji Caid Essebsi",
     "الرئيس التونسي"),
    # so does a title of another nationality
    ("واجتمع الرئيس الأمريكي والزعيم الكوري الشمالي كيم جونغ أون", "Kim Jong-un", "الزعيم الكوري الشمالي"),
    ("واجتمع الملك والأمير فيصل بن خالد بالوفد", "فيصل بن خالد", "الأمير"),
    ("واجتمع الرئيس السابق ورئيس الوزراء حمدي العياري بالوفد", "حمدي العياري", "رئيس الوزراء"),
    ("وحضر الملك فهد والملك منصور بن زايد الحفل", "Mansour bin Zayed", "الملك"),
    # so does a title of the other gender
    ("وقال الرئيس الروسي والمستشارة الألمانية أنغيلا ميركل إن", "Angela Merkel", "المستشارة الألمانية"),
    ("وحضرت الرئيسة والوزير سامي الطرابلسي الحفل", "سامي الطرابلسي", "الوزير"),
    ("وحضر ولي ولي العهد والرئيس المصري السابق عدنان الشامي الحفل", "عدنان الشامي", "الرئيس المصري السابق"),
    # trades and offices one person holds together stay one role
    ("وقال الكاتب والباحث محمد الهادي إن الكتاب مهم", "محمد الهادي", "الكاتب والباحث"),
    ("وقالت الكاتبة والناشطة سلمى الهاشمي إن", "سلمى الهاشمي", "الكاتبة والناشطة"),
    ("وزار نائب المستشارة الألمانية ووزير الاقتصاد يوهان كرامر المصنع", "يوهان كرامر",
     "نائب المستشارة الألمانية ووزير الاقتصاد"),
    # two offices each with its complement before one name are one person's, ranks or not
    ("وقال رئيس تيار المستقبل ورئيس الحكومة سعد الحريري إن", "Saad Hariri", "رئيس تيار المستقبل ورئيس الحكومة"),
    ("وقال الأمين العام للحزب ورئيس الحكومة كمال الصغير إن", "كمال الصغير", "الأمين العام للحزب ورئيس الحكومة"),
    ("وقال نائب رئيس الوزراء ووزير الداخلية ماتيو سالفيني إن", "ماتيو سالفيني", "نائب رئيس الوزراء ووزير الداخلية"),
])
def test_titles_joined_by_wa(text, name, role):
    assert (name, role) in analysed(text)


def test_a_title_of_several_words_alone_later_is_its_holder():
    art = run(Article(id="t", source=Source(kind="text"), body=[
        "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الوفد. ووجه خادم الحرمين الشريفين بصرف المكافأة"]),
        Options(tagger=False))
    king = next(e for e in art.entities if e.name == "Salman of Saudi Arabia")
    assert "خادم الحرمين الشريفين" in {m.text for m in king.mentions}


@pytest.mark.parametrize("text, name, role", [
    # a rank after the dative ل and an object: the name is the rank's, not the first title's
    ("وسلم الأمير الجائزة للرئيس محمود عباس في الحفل", "Mahmoud Abbas", "الرئيس"),
    ("وقال قائد مؤيد للرئيس السوري بشار الأسد إن القوات تقدمت", "Bashar al-Assad", "الرئيس السوري"),
    # only adjectives of the title between: the dative rank is its complement
    ("تتولى الابنة الأولى للرئيس الأمريكي إيفانكا ترامب المنصب", "Ivanka Trump", "الابنة الأولى للرئيس الأمريكي"),
])
def test_a_dative_rank_after_an_object_holds_the_name(text, name, role):
    assert role_of(text, name) == role


@pytest.mark.parametrize("text, name, role", [
    # a curated alias opening with a title: the title is the role, as before a name the tagger finds
    ("وقال الملك تشارلز الثالث إن البلاد بخير", "Charles III", "الملك"),
    ("وأشاد بالملك تشارلز الثالث", "Charles III", "الملك"),  # without the proclitic
    # a title before the alias replaces it
    ("واستقبل العاهل السعودي الملك سلمان الوفد", "Salman of Saudi Arabia", "العاهل السعودي"),
    ("وقال بوتين إن الاتفاق قائم", "Vladimir Putin", None),  # no title in the text: no role
    # an office stated before or after says more than the rank
    ("وقال الأمير محمد بن سلمان ولي العهد السعودي إن", "Mohammed bin Salman", "ولي العهد السعودي"),
    ("وشدد ولي العهد السعودي الأمير محمد بن سلمان على", "Mohammed bin Salman", "ولي العهد السعودي"),
])
def test_a_title_in_a_curated_alias_is_the_role(text, name, role):
    assert role_of(text, name) == role
