"""The name inside a titled speaker phrase (khabar.quotes.names): a title's genitive, the body
after في or لل, and where the office is (ب + a place) are no name; the name follows them."""

from __future__ import annotations

import pytest

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
    # a name after the genitive and its adjectives is the speaker's
    ("وقال وزير خارجية قطر محمد بن عبدالرحمن إن الحوار مستمر.", "محمد بن عبدالرحمن"),
    ("وقال رئيس حركة النهضة راشد الغنوشي إن الحوار مستمر.", "راشد الغنوشي"),
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
    ("وقال مسؤول في وزارة الخارجية إن الوضع معقد.", None),
    # لل + a body after a title (and its adjectives) is the body it holds, not a channel
    ("قال الأمين العام للاتحاد العام التونسي للشغل حسين العباسي اليوم، إن الحوار ضروري.", "حسين العباسي"),
    ("أوضح المتحدث الإعلامي للدفاع المدني بمنطقة نجران المقدم أن الفرق باشرت عملها.",
     "المتحدث الإعلامي للدفاع المدني بمنطقة نجران المقدم"),
    # ... past the title's adjectives, through a construct after ل and one joined by و: no name
    ("ولفت المدير العام للمؤسسة العامة لصوامع الغلال ومطاحن الدقيق إلى أن الكمية كبيرة.",
     "المدير العام للمؤسسة العامة لصوامع الغلال ومطاحن الدقيق"),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERSHIP)
def test_membership_after_title(analyse, text, expected):
    article = analyse([text])
    assert [q.speaker.text if q.speaker else None for q in article.quotes] == [expected]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCT_TITLES)
def test_construct_title_genitive_is_no_name(analyse, text, expected):
    article = analyse([text])
    assert [q.speaker.text if q.speaker else None for q in article.quotes] == [expected]
