"""The people table (``lexicons/people.tsv``): one parametrised table per class of person (Arabic
text -> canonical name, type, role) and the names it must not find in common words (the lexicon
layer's people: tests/entities/test_lexlayer.py)."""

import pytest

from khabar.arabic import tokenize
from khabar.entities import Options, run
from khabar.entities.lexicon import country_entries, named_entries, word_list
from khabar.entities.matcher import lexicon
from khabar.model import Article, Source


def people(text: str) -> list[tuple[str, str, str, str | None]]:
    """(surface, canonical name, type, lexicon role) of each people-table match."""
    toks = tokenize(text)
    return [(text[toks[m.first].start:toks[m.last].end], m.entry.name, m.entry.type, m.entry.role)
            for m in lexicon().find(toks) if m.entry.group == "people"]


def assert_person(text: str, surface: str, name: str, role: str | None) -> None:
    assert (surface, name, "PER", role) in people(text), people(text)


@pytest.mark.parametrize("text, surface, name, role", [
    ("استقبل الرئيس الإيراني مسعود بزشكيان الوفد", "مسعود بزشكيان", "Masoud Pezeshkian", "الرئيس الإيراني"),
    ("وقال تبون إن الجزائر", "تبون", "Abdelmadjid Tebboune", "الرئيس الجزائري"),
    ("التقى الملك الحسين بن طلال", "الملك الحسين بن طلال", "Hussein of Jordan", None),
    ("وصرح شولتس للصحفيين", "شولتس", "Olaf Scholz", "المستشار الألماني"),
    ("أعلنت جورجيا ميلوني", "جورجيا ميلوني", "Giorgia Meloni", "رئيسة الوزراء الإيطالية"),
    ("وصل هيثم بن طارق إلى الرياض", "هيثم بن طارق", "Haitham bin Tariq", "سلطان عمان"),
    ("قال لولا دا سيلفا", "لولا دا سيلفا", "Luiz Inácio Lula da Silva", "الرئيس البرازيلي"),
    ("زار نيكولاس مادورو", "نيكولاس مادورو", "Nicolás Maduro", "رئيس فنزويلا"),
    ("وقال بنيامين نتانياهو", "بنيامين نتانياهو", "Benjamin Netanyahu", "رئيس الوزراء الإسرائيلي"),  # ا spelling
])
def test_heads_of_state_and_government(text, surface, name, role):
    assert_person(text, surface, name, role)


@pytest.mark.parametrize("text, surface, name, role", [
    ("وقال عباس عراقجي", "عباس عراقجي", "Abbas Araghchi", "وزير الخارجية الإيراني"),
    ("اتصل بلينكن بنظيره", "بلينكن", "Antony Blinken", "وزير الخارجية الأمريكي"),
    ("التقى فيصل بن فرحان", "فيصل بن فرحان", "Faisal bin Farhan", "وزير الخارجية السعودي"),
    ("صرح يوآف غالانت", "يوآف غالانت", "Yoav Gallant", "وزير الدفاع الإسرائيلي"),
    ("وأكد ناصر بوريطة", "ناصر بوريطة", "Nasser Bourita", "وزير الخارجية المغربي"),
    ("قال هاكان فيدان", "هاكان فيدان", "Hakan Fidan", "وزير الخارجية التركي"),
    ("وأعلن ولويد أوستن", "ولويد أوستن", "Lloyd Austin", "وزير الدفاع الأمريكي"),
    ("قال وزير الخزانة ستيف منوتشين", "ستيف منوتشين", "Steven Mnuchin", "وزير الخزانة الأمريكي"),
    ("وصرح ويلبور روس", "ويلبور روس", "Wilbur Ross", "وزير التجارة الأمريكي"),
    ("أعلن عمرو الجارحي", "عمرو الجارحي", "Amr El-Garhy", "وزير المالية المصري"),
    ("وأكد إياد الدهماني", "إياد الدهماني", "Iyad Dahmani", "المتحدث باسم الحكومة التونسية"),
])
def test_ministers(text, surface, name, role):
    assert_person(text, surface, name, role)


@pytest.mark.parametrize("text, surface, name, role", [
    ("قال تيدروس أدهانوم غيبريسوس", "تيدروس أدهانوم غيبريسوس", "Tedros Adhanom Ghebreyesus",
     "المدير العام لمنظمة الصحة العالمية"),
    ("حذر غروسي من", "غروسي", "Rafael Grossi", "المدير العام للوكالة الدولية للطاقة الذرية"),
    ("وصل المبعوث هانس غروندبرغ", "هانس غروندبرغ", "Hans Grundberg", "المبعوث الأممي إلى اليمن"),
    ("قال أحمد أبو الغيط", "أحمد أبو الغيط", "Ahmed Aboul Gheit", "الأمين العام لجامعة الدول العربية"),
])
def test_international_officials(text, surface, name, role):
    assert_person(text, surface, name, role)


@pytest.mark.parametrize("text, surface, name", [
    ("قتل يحيى السنوار", "يحيى السنوار", "Yahya Sinwar"),
    ("ظهر أبو محمد الجولاني", "أبو محمد الجولاني", "Ahmed al-Sharaa"),
    ("خطاب عبد الملك الحوثي", "عبد الملك الحوثي", "Abdul-Malik al-Houthi"),
    ("قاد الزرقاوي التنظيم", "الزرقاوي", "Abu Musab al-Zarqawi"),
    ("قال حميدتي إن", "حميدتي", "Mohamed Hamdan Dagalo"),
])
def test_armed_group_leaders(text, surface, name):
    assert_person(text, surface, name, next(e.role for _, e in named_entries() if e.name == name))


@pytest.mark.parametrize("text, surface, name", [
    ("أفتى السيستاني بأن", "السيستاني", "Ali al-Sistani"),
    ("استقبل البابا تواضروس الثاني", "البابا تواضروس الثاني", "Pope Tawadros II"),
    ("قال شيخ الأزهر أحمد الطيب", "أحمد الطيب", "Ahmed el-Tayeb"),
    ("كتب يوسف القرضاوي", "يوسف القرضاوي", "Yusuf al-Qaradawi"),
])
def test_religious_figures(text, surface, name):
    assert [p[1] for p in people(text) if p[0] == surface] == [name]


@pytest.mark.parametrize("text, surface, name", [
    ("سجل مبابي هدفين", "مبابي", "Kylian Mbappé"),
    ("درب غوارديولا الفريق", "غوارديولا", "Pep Guardiola"),
    ("تألق أشرف حكيمي", "أشرف حكيمي", "Achraf Hakimi"),
    ("فاز نادال بالبطولة", "نادال", "Rafael Nadal"),
    ("قال إنفانتينو إن", "إنفانتينو", "Gianni Infantino"),
])
def test_athletes_and_sports_officials(text, surface, name):
    assert [p[1] for p in people(text) if p[0] == surface] == [name]


@pytest.mark.parametrize("text, surface, name", [
    ("غنت أم كلثوم", "أم كلثوم", "Umm Kulthum"),
    ("قصيدة لمحمود درويش", "لمحمود درويش", "Mahmoud Darwish"),
    ("رواية نجيب محفوظ", "نجيب محفوظ", "Naguib Mahfouz"),
    ("حفل كاظم الساهر", "كاظم الساهر", "Kadim Al Sahir"),
    ("فيلم عادل إمام", "عادل إمام", "Adel Emam"),
    ("أخرج جعفر بناهي فيلما", "جعفر بناهي", "Jafar Panahi"),
    ("مسلسل بطولة محمد رمضان", "محمد رمضان", "Mohamed Ramadan"),
    ("غنى عاصي الحلاني", "عاصي الحلاني", "Assi El Helani"),
])
def test_artists_and_writers(text, surface, name):
    assert [p[1] for p in people(text) if p[0] == surface] == [name]


@pytest.mark.parametrize("text, surface, name", [
    ("في عهد صلاح الدين الأيوبي", "صلاح الدين الأيوبي", "Saladin"),
    ("قال ابن خلدون", "ابن خلدون", "Ibn Khaldun"),
    ("خطاب هتلر", "هتلر", "Adolf Hitler"),
    ("منذ أيام عمر بن الخطاب", "عمر بن الخطاب", "Umar ibn al-Khattab"),
    ("حكم جورج بوش الأب", "جورج بوش الأب", "George H. W. Bush"),
    ("وقال بوش إن", "بوش", "George W. Bush"),
])
def test_historical_figures(text, surface, name):
    assert [p[1] for p in people(text) if p[0] == surface] == [name]


@pytest.mark.parametrize("text", [
    "كان سعيد جدا بالنتيجة",  # سعيد (happy), not Kais Saied
    "أحكام الشرع واضحة",  # الشرع (the law), not Ahmed al-Sharaa
    "قدم البرهان على ذلك",  # البرهان (the proof), not Abdel Fattah al-Burhan
    "يوم مبارك للجميع",  # مبارك (blessed), not Hosni Mubarak
    "لولا المطر لخرجنا",  # لولا (if not for), not Lula
    "التقدم المحرز في المفاوضات",  # المحرز (achieved), not Riyad Mahrez
    "عاد من المنفى",  # exile, not Mohamed al-Menfi
    "أغلقت الطريق المؤدي إلى المدينة",  # المؤدي folds like مودي: no Modi
    "هجوم في شمال الكاميرون",  # Cameroon, not David Cameron
    "توقف الإنتاج بولايتي تطاوين وقبلي",  # two provinces, not Velayati
    "كوب من النخالة",  # bran, not Ziyad al-Nakhalah
    "قالت أنجلا برايس",  # برايس (Price) is no ب + Rice
    "وقف الحجاج على صعيد عرفات",  # the mountain
    "عولج في مستشفى الملك فهد",  # an institution named after a king
])
def test_common_words_name_no_person(text):
    assert people(text) == []


def test_a_curated_person_is_one_entity_with_its_surname():
    body = ["قال وزير الخارجية الإيراني عباس عراقجي إن بلاده مستعدة.", "وأضاف عراقجي أن المحادثات مستمرة."]
    art = run(Article(id="t", source=Source(kind="text"), body=body), Options(tagger=False))
    per = [e for e in art.entities if e.type == "PER"]
    assert [(e.name, len(e.mentions)) for e in per] == [("Abbas Araghchi", 2)]


def test_people_aliases_shadow_no_place_or_ambiguous_word():
    """A person's alias spelled like a country, its capital or nationality would take its place
    (curated named entries rank first), and ambiguous.txt words are never names alone."""
    lex = lexicon()
    places = {" ".join(lex.token_keys(tokenize(a))) for a, _ in country_entries()}
    ambiguous = {" ".join(lex.token_keys(tokenize(w))) for w in word_list("ambiguous")}
    aliases = [a for a, e in named_entries() if e.group == "people"]
    keys = {" ".join(lex.token_keys(tokenize(a))): a for a in aliases}
    assert len(keys) > 1000 and not {k: a for k, a in keys.items() if k in places | ambiguous}
