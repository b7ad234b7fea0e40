"""Page furniture: whole lines, inline tails, slider prefixes, spaces."""

from __future__ import annotations

import pytest

from khabar.structure.data import read_rows
from khabar.structure.furniture import (
    clean_spaces,
    is_comment_heading,
    is_furniture,
    is_menu,
    nav_item,
    split_inline_tail,
    split_leading_slider,
)

FURNITURE = [
    ">>",  # marker
    "list 2 of 4",  # a screen reader's list labels
    "end of list",
    "قائمة 1 من 3",
    "* * *",
    "--------------------------------------------------",
    "// انتهى //",
    "من ويكي الأخبار، المصدر الإخباري الحر",  # a wiki's tagline over its headline
    "من ويكيبيديا، الموسوعة الحرة",
    "From Wikinews, the free news source",
    "[تعديل]",  # a wiki's edit link
    "[عدل المصدر]",
    "مصادر",  # a wiki's sources section and its citations
    "* رويترز. «الحكومة تعلن خطة جديدة لترشيد استهلاك المياه» — 14 نوفمبر 2017",
    "...المزيد",
    "&nbsp;",
    "3 / 12",
    "Next Previous",  # slider
    "<< السابق | التالي >>",
    "المقال التالي",
    "Share on Facebook",
    "12 مشاركة",  # counters and meta
    "عدد القراءات: 1234",
    "10:32 ص",
    "3 دقائق للقراءة",
    "مواقيت الصلاة - الدوحة",  # a widget's title over the prayer times
    "الطقس 37° مشمس",  # the weather, its sky after the degrees
    "لقراءة الخبر من المصدر:",  # the link to the source, as a purpose
    "اقرأ الخبر من المصدر",
    "تمت المشاركة من تطبيق نبأ، حمله مجانا: https://app.example.com",  # a news app's share foot
    "تابع القراءة باشتراكك",  # a paywall's invitation
    "(النهاية)",  # KUNA's end mark
    "حجم الخط",
    "أضف تعليقك",
    "شارك المقال على: فيسبوك - تويتر - واتساب",
    "سياسة، اقتصاد، رياضة",
    "آخر تحديث منذ 5 دقائق",
    "منذ ساعتين",
    "السابق التالي",
    "الصورة 2 من 7",
    "شارك: فيسبوك | تويتر | واتساب",  # share
    "شارك: [فيسبوك] [تويتر] [واتساب] [طباعة]",  # share buttons as a text browser brackets them
    "━━━━━━━━━━━━━━━━━━━━",  # a rule of box-drawing bars (w3m)
    "فيسبوك تويتر واتساب تلغرام",
    "Facebook Twitter WhatsApp",
    "طباعة | إرسال | تعليق",
    "© 2018 جميع الحقوق محفوظة",  # copyright
    "Copyright © 2018 - All rights reserved",
    "**حقوق النشر محفوظة لمجلة الأفق",
    "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من التطبيق",  # promotion
    # an app's alerts notice longer than a start row's 16 words
    "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق الأفق الإخباري على هاتفكم المحمول الذكي.",
    "تابعونا على تويتر",
    "رابط الخبر: https://example.org/a/1",  # link
    "الكلمات المفتاحية: المياه، الصيف، الحكومة",  # tags
    "#المياه #الصيف #الحكومة",
    "مصدر الصورة Getty Images",  # caption
    "فيديو",  # media
    "88591 - Stc",  # sms
    "الرئيسية | أخبار | سياسة | اقتصاد | رياضة",  # menus
    "الرئيسية > أخبار > سياسة",
    "أخبار   اقتصاد   رياضة   ثقافة   تكنولوجيا   اتصل بنا",
    "محليات",
    "المقالات المنشورة تعبر عن رأي كتابها ولا تعكس بالضرورة موقف الصحيفة",  # disclaimer
    "تاريخ النشر: 2017/02/18 | عدد القراءات: 1666",  # counter
    "تخطى إلى المحتوى",  # skip link
    "نسخة للطباعة",  # print view
    "إغلاق النافذة",
    "إضافة إعلان",  # ad marker
    "© 2024 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.",  # copyright sign opening a line
    "صدر الصورة،",  # caption label
    "جانب من حفل الافتتاح",  # caption
    "صور وكالة الأنباء السعودية",
    "ظهرت المقالة الحكومة تعلن خطة جديدة أولاً على صحيفة الأفق.",  # feed footer
    "* خدمة «واشنطن بوست»",  # service credit
    "خاص بـ«الشرق الأوسط»",
    "* نقلا عن \"الحياة\" اللندنية",
    "لمتابعة التغطية المباشرة على الحواسيب اللوحية، اضغط هنا...",  # promotion
    "** جميع المقالات المنشورة تمثل رأي كتابها فقط.",  # disclaimer behind stars
    "فيسبوك 25",  # share button with its count
    "3 أيام",  # a post's age without "منذ"
    "عرض جميع التعليقات البالغ عددها 275",  # a social post's comment and like counters
    "عرض كل التعليقات (12)",
    "أعجب بها 7,356 شخصًا",
    "الصفحة 1 من 2",  # a document's page counter
    "العنوان: شارع الملك عبدالله - ص.ب 5466   هاتف: 35778115   فاكس: 48730668",  # a letterhead's contacts
    "الرقم: 14/4/5132",  # an official letter's reference number
    "التتمة ص 22",  # a newspaper's page jump, and the line the article goes on under
    "تتمة المنشور ص 2: روسيا تبدأ أكبر مناورات...",
    "[موسيقى]",  # a transcript's sound cue, label and speaker
    "(مؤثرات صوتية)",
    "نص التقرير:",
    "المراسل:",
    "صوت المراسلة:",
    "3",  # a rank on its own line
    "#الداخلية_السعودية",  # one hashtag
    "اقرأ الخبر من المصدر",  # aggregator link
    "تاريخ الطباعة: 20/8/2021",  # print date
    "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك، وبمواصلة التصفح فإنك توافق على ذلك.",  # consent
    "موافق  |  المزيد",  # consent and account buttons
    "تسجيل الدخول | إنشاء حساب",
    "لمواصلة القراءة، سجّل الدخول أو أنشئ حساباً مجانياً",  # sign-in wall
    "هذا المحتوى متاح للمشتركين فقط",
    "لديك حساب؟ تسجيل الدخول",
    "أدخل بريدك الإلكتروني",  # newsletter box
    "عمان 21°",  # widgets: weather, prayer times, rates
    "الفجر 04:12  الظهر 11:58  العصر 15:21",
    "الدولار 3.75",
    "78 ألف مشاهدة",  # counters with thousands
    "5.3 ألف",
    "351 تعليقًا  885 مشاركة",
    "اكتب تعليقًا...",
    "منقول",  # forwarded-message marker
    "ALOFOQ-NEWS.COM",  # a link card's domain
    "بيان صحفي",  # press-release labels
    "للنشر الفوري",
    "عرض الأصل",  # read-it-later buttons
    "أرشفة  |  حذف  |  مشاركة",
    "* هذا المقال مترجم عن صحيفة الغارديان (The Guardian)",  # translation credit
    "وقت القراءة: 4 دقائق",  # reading time, audio player, ad slot of a select-all copy
    "استمع إلى المقال",
    "استمع للخبر",
    "- إعلان -",
    "— Advertisement —",
    "قناة الغد · منذ 3 ساعات",  # an aggregator item's source and age
    "الرئيسية  عاجل  المصادر  حسابي",  # a news app's tabs
    "36 ردود  148 إعادة نشر  325 إعجاب",  # a post's counts on a social network
    "12 replies 40 reposts 1.2K likes",
    "عرض الردود",  # its buttons
    "Show this thread",
    "28/06/2018, 9:18 وزارة الإعلام تحقق مع صحافية | صحيفة الأفق",  # a browser's print header
    "6/28/18, 9:18 PM وزارة الإعلام تحقق مع صحافية",
    "الحلقة 41",  # a podcast page: episode number, player, platforms, labels
    "Episode 12",
    "تشغيل",
    "00:00 / 27:32",
    "1.5x",
    "استمع على: Apple Podcasts | Spotify | أنغامي",
    "عن الحلقة",
    "محاور الحلقة:",
    "(غيتي)",  # a photo agency's credit
    "(Getty Images)",
    "هل كانت هذه المعلومات مفيدة؟",  # a feedback prompt and its buttons
    "نعم   لا",
    "Was this article helpful?",
    "← المرصد نيوز",  # a phone app's top bar
    "< رجوع   قناة الغد",
    "صحيفة الأفق   ⋮",
    "9:41 ◀ .ıll 4G 87%",  # a phone's status bar over a screenshot read back by OCR
    "87% 4G 22:12",
    "13:50   LTE   93%",
    "الرئيسية | أخبار السودان | أخبار السياسة | اقتصاد | مقالات وآراء | رياضة | منوعات",  # bars are no words
    "ع.ش/ ح.ز (رويترز، د ب أ)",  # the editors' initials and agencies closing a broadcaster's piece
    "ع.ج.م/ أ.ح",
    "SOURCE شركة الأفق للاتصالات",  # a release wire's source line under a press release
    "الصورة - https://mma.prnewswire.com/media/373495/photo.jpg",  # a release's photo link
    "Guild: أخبار العرب",  # a chat exporter's banner and blocks
    "Channel: الأخبار / عاجل",
    "{Attachments}",
    "{Reactions}",
    "👍 (12) 😢 (3)",
    "Exported 2 message(s)",
    "92% Upvoted",  # a forum's or network's counters and buttons in English
    "233 comments   Share   Save   Hide   Report",
    "Like   Comment   Share",
    "Sort by: best",
    "+ Follow",
    "See all articles",
    "More articles by سارة الحسن",  # over the writer's other pieces
    "ZCZC",  # a teleprinter's message marks and a wire desk's initials
    "NNNN",
    "ر ح/ع ش/ح س",
    "قراءة لمدة 3 دقائق",  # a reading time, time last
    "- قراءة لمدة 1 دقائق",
    "عرض الكل",  # a list's "see all" link
    "NewsBot  APP  3:12 PM",  # a team chat's message chrome (Slack's)
    "(edited)",
    ":+1: 3",
    ":eyes: 2  :newspaper: 1",
    "Last reply 3 hours ago",
    "Message #أخبار-المنطقة",
    "40 members",
    "590.7K subscribers",  # a video site's page (YouTube's)
    "Show less",
    "Show transcript",
    "Follow along using the transcript.",
    "Add a comment...",
    "Sent from my iPhone",  # a phone mail client's signature and forward opening
    "Begin forwarded message:",
    "أرسلت من الآيفون",
    "- 2 -",  # a PDF page's number between dashes
    "— ١٢ —",
    "Shared from Pocket",  # a reading or news app's foot on a shared link
    "Sent via Feedly",
    "تمت المشاركة من تطبيق الأخبار",
    "54 boosts",  # a Mastodon post's counters
    "159 favorites",
    "This email and any attachments are confidential and intended solely for the addressee.",  # a mail's notice
    "هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط.",
    "يعرض الموقع ملخصا للأخبار المقدمة للمشتركين في خدمتنا، يرجى التواصل معنا لخيارات الاشتراك.",  # an agency's notice
    "الحصول على رابط مختصر",  # a link's buttons
    "Copy link",
    "الاسم",  # a comment form's fields
    "البريد الإلكتروني *",
    "نص التعليق:",
    "جانب من الاجتماع - تصوير: سارة الحسن",  # a caption closed by its photographer's credit
    "من موقع الحادث (تصوير: سارة الحسن)",
    "الصفحة: 12",  # a print edition's page
    "(الصورة: رويترز)",  # a photo's credit in parentheses
    "مشاركة: فيسبوك تويتر واتساب البريد",
    "حجم الخط: أ+ أ-",
    "2 min",  # a static blog's reading time without "read" (Hugo's PaperMod)
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(" ".join(line.split()))


@pytest.mark.parametrize("line", [
    "الحكومة تعلن خطة لترشيد استهلاك المياه في الصيف",
    "قال الوزير إن جميع الحقوق محفوظة للمواطنين في الدستور الجديد الذي أقر أمس بعد نقاش طويل في البرلمان",
    "شارك آلاف المتظاهرين في مسيرة وسط العاصمة للمطالبة بإصلاحات اقتصادية",
    "ميدل ايست أونلاين",
    "سياسة الحكومة الجديدة تثير جدلا",
    "المراسل: القوات تتقدم نحو المدينة",  # a speaker's words after the label
    "استمرت المفاوضات 3 أيام متتالية",
    "التتمة في العدد المقبل من المجلة الأسبوعية",
    "24 قتيلا بهجوم انتحاري شمال بغداد",
    "وقال الوزير إن المقالات المنشورة تعبر عن رأي الحكومة في هذه القضية",
    "وبلغ عدد الزيارات 5000 زيارة خلال العام الماضي",
    "جانب من الحضور صفق طويلا للفرقة بعد العرض.",  # a sentence, not a caption
    "خدمة العملاء متاحة على مدار الساعة",  # no quoted service name
    "* الحفاظ على المصانع الموجودة حاليا.",  # a bulleted point
    "وقال إن سعر الدولار 3.75 في السوق الموازية",
    "تستخدم شركات الإعلان ملفات تعريف الارتباط لتتبع المستخدمين عبر المواقع",
    "موافق على القرار بعد نقاش طويل",
    "استمع إلى خطاب الرئيس",  # what to listen to is no article
    "الحلقة الأضعف في سلسلة الإمداد",  # an episode's word, no number
    "عن الحلقة المفقودة في التحقيق قال المحامي إن الأدلة ناقصة",
    "إعلان الرياض",  # a declaration
    "وقال الوزير. «لن نتراجع» - وأضاف أن الحكومة ستواصل العمل",  # a quotation, no citation's date
    "من القاهرة، محمد علي",  # no wiki's tagline
    "هل كان هذا القرار مفيدا للاقتصاد؟",
    "وقال الوزير إن المواطنين يمكنهم استلام إشعارات الضرائب عبر تطبيق الوزارة الجديد على الهاتف",  # reported
    "رجوع الحكومة عن قرار رفع الأسعار",  # a word of the text, no back button
    "وقالت الشركة إن المشتركين يمكنهم الاتصال بها لتجديد الاشتراك",  # the subscribers of a story
    "قال الوزير إن الاسم الجديد للشركة سيعلن غدا",
    "وقال المصور إن التعليق على الصورة كان خاطئا.",
    "نسخ المخطوطات القديمة في المكتبة الوطنية",
    "عودة الهدوء إلى غزة",  # a question of the text
    "ارتفع التضخم إلى 4% في 12:00 من يوم الأحد",  # a figure and a clock in a sentence are no status bar
    "م.س",  # one set of initials: no editors' credit
    "source of the leak",  # the wire's line is in capitals
    "أ.د/ محمد علي (جامعة القاهرة)",  # a professor's title and name
    "(2)",  # a list's number alone: no chat reaction's count (a count needs a symbol before it, or two)
    "(12)",
    "تمت المشاركة من قبل آلاف المواطنين في الحملة",  # a sentence, no app's foot
    "هذه الرسالة سرية للغاية كما قال المتحدث باسم الوزارة في مؤتمر صحفي عقده بالعاصمة أمس",  # no mail's notice: reported
    "هذه الرسالة سرية وموجهة إلى معالي الوزير شخصيا، وتتضمن تفاصيل المفاوضات الجارية",  # a letter a story quotes
    "هذه الرسالة سرية ومخصصة لبحث ملف الحدود بين البلدين",
    "- 2017 -",  # a year between dashes heads a wire chronology's entries: no page number
])
def test_text_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize("word", [r[0] for r in read_rows("nav_words.txt")])
def test_every_navigation_word_makes_a_menu(word: str) -> None:
    assert is_menu(word)
    assert is_menu(f"الرئيسية | {word}")


@pytest.mark.parametrize(("kind", "cls", "pattern"), [r for r in read_rows("furniture.tsv")])
def test_every_furniture_pattern_compiles_and_is_anchored(kind: str, cls: str, pattern: str) -> None:
    import re

    re.compile(pattern)
    assert kind in ("line", "start", "has") and cls


def test_link_tail_is_cut_off_a_paragraph() -> None:
    text, tail = split_inline_tail("وارتفعت الأسعار بنسبة 3%. رابط الخبر بصحيفة الأفق: الأسعار ترتفع")
    assert text == "وارتفعت الأسعار بنسبة 3%."
    assert tail == "رابط الخبر بصحيفة الأفق: الأسعار ترتفع"
    assert split_inline_tail("فقرة عادية بلا روابط.") == ("فقرة عادية بلا روابط.", None)


def test_slider_prefix_is_split_off() -> None:
    assert split_leading_slider("Next Previous عين اليوم – الرياض") == ("Next Previous", "عين اليوم – الرياض")
    assert split_leading_slider("التالي من الأخبار") == (None, "التالي من الأخبار")


def test_spaces_and_nbsp_entities_are_cleaned() -> None:
    assert clean_spaces("  \u00a0 ") == ""
    assert clean_spaces("نص&nbsp;مع   مسافات") == "نص مع مسافات"


@pytest.mark.parametrize(("text", "expected"), [
    ("أخبار محلية", True), ("عربي ودولي", True), ("الرئيسية", True),
    ("أخبار الحكومة", False), ("سارة الحسن", False),
])
def test_nav_items_are_made_of_navigation_phrases(text: str, expected: bool) -> None:
    assert nav_item(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تعليقات الزوار (3)", True), ("اترك تعليقاً", True), ("4 تعليقات:", True),
    ("تعليقات الوزير على القرار", False),
    ("التعليقات", True),
    ("التعليقات (4)", True),
    ("تعليقات القراء (12)", True),
    ("أضف تعليقك", True),
    ("اضف تعليقك:", True),  # without hamza, with a colon
    ("ردود القراء", True),
    ("5 Comments", True),
    ("Leave a Reply", True),
    ("ردود الفعل الدولية", False),  # a subheading about reactions, not readers' comments
    ("تعليق الوزير على القرار", False),
    ("", False),
    ("التعليقات " * 10, False),  # too long for a heading
])
def test_comment_headings(text: str, expected: bool) -> None:
    assert is_comment_heading(text) is expected
