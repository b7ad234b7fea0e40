"""The name inside a titled speaker phrase (khabar.quotes.names): a title's genitive, the body
after في or لل, and where the office is (ب + a place) are no name; the name follows them."""

from __future__ import annotations

import pytest

from khabar.quotes.context import prepare_units
from khabar.quotes.lexicon import key
from khabar.quotes.names import names_outlet, nisba, nisba_end

# (paragraph, speaker words): a title without the article heads a construct, so the words after it
# are its genitive, not a name; the name, if any, follows the genitive
CONSTRUCT_TITLES = [
    ("وقال رئيس مجلس نواب الشعب إن العمل بطولي.", "رئيس مجلس نواب الشعب"),
    ("وبين مدير صحة جازان أن هناك عجزا في الكادر الطبي.", "مدير صحة جازان"),
    ("وقال عضو مجلس النقابة إن الحالة مستقرة.", "عضو مجلس النقابة"),
    # the genitive runs past a title inside it (مستشفى الملك فهد): the whole phrase, no name
    ("وأوضح مدير مستشفى الملك فهد أن العملية نجحت.", "مدير مستشفى الملك فهد"),
    # a preposition after the genitive opens no name
    ("وقال رئيس بلدية الخليل بالضفة إن الوضع صعب.", "رئيس بلدية الخليل بالضفة"),
    # where the office is, after a title with the article (ب on a construct of two heads), is no name
    ("قال النائب بمجلس نواب الشعب عن حزب حراك تونس إن الوضع صعب.", "النائب بمجلس نواب الشعب"),
    # ... but ب opening a word before a family name is a name's first letter
    ('وقالت المحامية بشرى الهندال، بصفتها وكيلة عن الفنان: "تم تأجيل القضية".', "بشرى الهندال"),
    # a name after the genitive and its adjectives is the speaker's
    ("وقال وزير خارجية قطر محمد بن عبدالرحمن إن الحوار مستمر.", "محمد بن عبدالرحمن"),
    ("وقال رئيس حركة النهضة راشد الغنوشي إن الحوار مستمر.", "راشد الغنوشي"),
    # a medium's quoted name is the name, without the adjective after the closing mark
    ('وقالت صحيفة "ديلي ميل" البريطانية إن المشكلة كبيرة.', "ديلي ميل"),
    ('وقالت صحيفة "الخبر الجزائرية" إن المشكلة كبيرة.', "الخبر الجزائرية"),
    # ... also after where the office is (ب + a body or place) and what is joined to the genitive (و)
    ("تقول رئيس قطاع البحوث بشركة فاروس القابضة رضوى السويفي، أن ارتفاع الدولار أمر طبيعي.", "رضوى السويفي"),
    ('وأضاف مدير التسويق في غوغل الشرق الأوسط وشمال أفريقيا: "نضع الابتكارات بين يدي المستخدمين".',
     "مدير التسويق في غوغل الشرق الأوسط وشمال أفريقيا"),
]


# (paragraph, speaker words): في and a body after a title tell where the title holds (membership);
# a place after في is where the words were said; an unnamed source stays unnamed
MEMBERSHIP = [
    ('وعلق مفوض العدل في الاتحاد الأوروبي على الإجراءات قائلا: "القواعد الجديدة ستعيد السيطرة للمواطنين".',
     "مفوض العدل في الاتحاد الأوروبي"),
    ("ونقلت الوكالة عن الباحث في المعهد الكوري للتمويل بمدينة سيول قوله إن الإنتاج سيرتفع.",
     "الباحث في المعهد الكوري للتمويل بمدينة سيول"),
    ("وقال الباحث في معهد واشنطن ديفيد شينكر إن الوضع معقد.", "ديفيد شينكر"),
    ("وقال الوزير في القاهرة إن الوضع معقد.", "الوزير"),
    # عن and a body after a representative's title tell whom the seat is for; the name after it speaks
    ("واعتبر النائب عن حركة الشعب سالم الأبيض أن الذكرى جميلة.", "سالم الأبيض"),
    ("وقال النائب عن حزب التكتل مصطفى بن جعفر إن الميزانية ضعيفة.", "مصطفى بن جعفر"),
    ("وقال مسؤول في وزارة الخارجية إن الوضع معقد.", None),
    # لل + a body after a title (and its adjectives) is the body it holds, not a channel
    ("قال الأمين العام للاتحاد العام التونسي للشغل حسين العباسي اليوم، إن الحوار ضروري.", "حسين العباسي"),
    ("أوضح المتحدث الإعلامي للدفاع المدني بمنطقة نجران المقدم أن الفرق باشرت عملها.",
     "المتحدث الإعلامي للدفاع المدني بمنطقة نجران المقدم"),
    # ... past the title's adjectives, through a construct after ل and one joined by و: no name
    ("ولفت المدير العام للمؤسسة العامة لصوامع الغلال ومطاحن الدقيق إلى أن الكمية كبيرة.",
     "المدير العام للمؤسسة العامة لصوامع الغلال ومطاحن الدقيق"),
    # ل + a noun heading a body (office_body) after a title or a spokesperson: the body it holds,
    # so the name after it speaks (a rank before a name is in its mention, as in اللواء منصور الأحمد)
    ("وقال المتحدث الرسمي لوزارة الداخلية اللواء منصور التركي إن الأمن مستتب.", "اللواء منصور التركي"),
    ("قال المتحدث الرسمي لوزارة الداخلية إن الأمن مستتب.", "المتحدث الرسمي لوزارة الداخلية"),
    ("أكدت الأمينة العامة للحزب الجمهوري مية الجريبي أن المخاطر مازالت قائمة.", "مية الجريبي"),
    # في + a noun heading a body and its name
    ("قال القيادي السابق في حزب نداء تونس الطاهر بن حسين إن الحكومة فشلت.", "الطاهر بن حسين"),
    # words after the body a spokesperson speaks for that hold a body of their own are no person's name
    ("قالت متحدثة باسم مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة إن 45 ألف شخص نزحوا.",
     "متحدثة باسم مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة"),
    # a medium's word inside a body's name (هيئة قناة السويس) is no channel
    ("أوضح رئيس هيئة قناة السويس الفريق مهاب مميش، أن القناة الجديدة ستعمل.", "الفريق مهاب مميش"),
    # a quoted name with the article after a title is the title's body, not a person's name: the
    # title and the body speak (its words are not split at the article); a place after it says where
    ('وأكد مراسل "الإذاعة الوطنية" بالجهة أن المحتجين أغلقوا الطريق.', 'مراسل "الإذاعة الوطنية"'),
    ('وأفاد مراسل "العربية" أن الجنود انسحبوا.', 'مراسل "العربية"'),
    # punctuation inside a short quoted name does not end the speaker's phrase
    ('وذكر تلفزيون "إم.بي.سي" أن الجنود انسحبوا.', "إم.بي.سي"),
]


# (paragraph, speaker words, channel words): an outlet after ل is the channel the speaker talks to,
# never the body of the speaker's title (العربية is also 'Arabic')
OUTLETS = [
    ("وقال وزير الخارجية للعربية إن الاتفاق قريب.", "وزير الخارجية", "للعربية"),
    ('وقال المتحدث باسم الجيش لـ"العربية.نت" إن الهجوم فشل.', "المتحدث باسم الجيش", "العربية.نت"),
    ("وأشار المدير لـ «عكاظ» بأن المشروع مهم.", "المدير", "عكاظ"),
    ("وقال المدير العام للشركة لوكالة الأنباء إن الأرباح زادت.", "المدير العام للشركة", "وكالة الأنباء"),
]


@pytest.mark.parametrize(("text", "speaker", "via"), OUTLETS)
def test_outlet_is_the_channel(analyse, text, speaker, via):
    article = analyse([text])
    assert [(q.speaker.text if q.speaker else None, q.via.text if q.via else None) for q in article.quotes] \
        == [(speaker, via)]


@pytest.mark.parametrize(("word", "outlet"), [
    ("للعربية", True), ("لعكاظ", True), ("لـ", True),
    # another letter is no ل: بالخليج is 'in the Gulf', والجزيرة 'and the island'
    ("بالخليج", False), ("والجزيرة", False), ("الجزيرة", False),
])
def test_only_lam_writes_an_outlet(analyse, word, outlet):
    (unit,) = prepare_units(analyse([f"وقال المدير {word} عكاظ إن المشروع مهم."]))
    j = next(j for j, t in enumerate(unit.tokens) if t.text == word)
    assert names_outlet(unit, j) is outlet


@pytest.mark.parametrize(("text", "expected"), MEMBERSHIP)
def test_membership_after_title(analyse, text, expected):
    article = analyse([text])
    assert [q.speaker.text if q.speaker else None for q in article.quotes] == [expected]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCT_TITLES)
def test_construct_title_genitive_is_no_name(analyse, text, expected):
    article = analyse([text])
    assert [q.speaker.text if q.speaker else None for q in article.quotes] == [expected]


@pytest.mark.parametrize(("word", "expected"), [("الروسية", True), ("الأمريكيين", True), ("إلى", False), ("الذي", False)])
def test_nisba(word, expected):
    # إلى is keyed الي, which looks like an article and the ending ي
    assert nisba(key(word)) is expected


# (words after ل written apart, an outlet?): a quoted, bracketed or plain name is the outlet spoken
# to; a hashtag (the site's tag for a body) or punctuation is none
LAM_APART_CASES = [
    ('"عكاظ"', True),
    ("(عكاظ)", True),
    ("عكاظ", True),
    ("#صندوق_النقد_الدولي", False),
    ("، عكاظ", False),
]


@pytest.mark.parametrize(("after", "outlet"), LAM_APART_CASES)
def test_lam_apart_outlet(analyse, after, outlet):
    (unit,) = prepare_units(analyse([f"وقال المدير لـ {after} إن المشروع مهم."]))
    j = next(j for j, t in enumerate(unit.tokens) if t.text == "لـ")
    assert names_outlet(unit, j) is outlet


# (paragraph, first word of the run, its relational adjectives with the article): the run ends at
# the first word that is none (a relative pronoun in ي, a word without the article)
NISBA_RUNS = [
    ("قالت وزارة الخارجية البحرينية الأردنية إن الوضع هادئ.", "البحرينية", "البحرينية الأردنية"),
    ("قالت الوزارة الأمريكية التي تتابع الملف إن الوضع هادئ.", "الأمريكية", "الأمريكية"),
    ("قالت الوزارة إن الوضع هادئ.", "إن", ""),
]


@pytest.mark.parametrize(("paragraph", "first", "expected"), NISBA_RUNS)
def test_nisba_end(analyse, paragraph, first, expected):
    (unit,) = prepare_units(analyse([paragraph]))
    j = next(j for j, t in enumerate(unit.tokens) if t.text == first)
    end = nisba_end(unit, j, len(unit.tokens))
    assert " ".join(t.text for t in unit.tokens[j:end]) == expected
    assert nisba_end(unit, j, j) == j  # never past ``stop``
