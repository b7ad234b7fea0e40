"""The linker's filters of matches and spans (khabar.entities.filters; tagger off)."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.bodies import Span
from khabar.entities.builder import Builder
from khabar.entities.linking import UnitLinker
from khabar.entities.matcher import lexicon


@pytest.mark.parametrize("word, seldom", [
    ("تقنية", True), ("نجوم", True),  # read as a name in few of many corpus occurrences
    ("تايمز", False), ("الريف", False),  # mostly names to the corpus tagger
    ("قواميس", False),  # too few occurrences to say
])
def test_seldom_a_name(word, seldom):
    text = f"قال إن {word} كبيرة"
    linker = UnitLinker(Builder(), lexicon(), ("body", 0), text, tokenize(text))
    assert linker.seldom_a_name(2) is seldom


@pytest.mark.parametrize("text, span, family", [
    ("وعين توفيق العلوي مديرا", (1, 2), True),  # a listed given name and a people's name: his family's
    ("وقال أيمن العراقي إن", (1, 2), True),  # a nationality's adjective too
    ("وقال محمد المصري إن", (1, 1), False),  # the tagger read the given name alone
    ("وقال الرئيس المصري إن", (1, 2), False),  # a title is no given name
    ("وغنى ريمون كوبا أغنية", (1, 2), True),  # a curated person's name word and a country: his family's
    ("وغنى ريمون كوبا أغنية", (1, 1), False),  # the tagger read the name alone
    ("وقال زار كوبا إن", (1, 2), False),  # no name before the country
])
def test_a_people_after_a_given_name_is_a_family_name(text, span, family):
    tokens = tokenize(text)
    linker = UnitLinker(Builder(), lexicon(), ("body", 0), text, tokens)
    (match,) = [m for m in lexicon().find(tokens) if m.entry.type == "NORP" or m.entry.kind == "country"]
    assert linker.family_name_of(match, [Span(*span, "PER")]) is family


@pytest.mark.parametrize("text, i, common", [
    ("وعقدت الحكومة اجتماعا وزاريا أمس", 3, True),  # و + Zaria spells an adjective the corpora use
    ("وقاتلوا بتاتا أمس", 1, True),  # ب + Tata: "at all"
    ("وزار الوفد وبغداد أمس", 3, False),  # بغداد is frequent alone: the town after و
    ("وغادر الصيادون وباكرا إلى البحر", 2, True),  # و + باكرا 'early', not و + ب + Accra
    ("ووصل الوفد وبنزرت هادئة", 3, False),  # و + Bizerte: بنزرت is no word of its own
    ("وقال الوزير إن", 1, False),  # no proclitic read off a name
])
def test_a_common_word_read_as_a_proclitic_and_a_town(text, i, common):
    linker = UnitLinker(Builder(), lexicon(), ("body", 0), text, tokenize(text))
    assert linker.whole_word_is_common(i) is common


@pytest.mark.parametrize("text", ["وعقدت الحكومة اجتماعا وزاريا لبحث الأزمة", "وافتتح الفريق التسجيل باكرا",
                                  "وغادر الصيادون وباكرا إلى البحر"])
def test_a_common_word_read_as_a_proclitic_and_a_town_is_no_place(text):
    from khabar.entities import Options, run
    from khabar.model import Article, Source
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    assert [e.name for e in art.entities if e.type in ("GPE", "LOC")] == []


@pytest.mark.parametrize("text, town", [
    ("وصل الوفد أمس إلى مسقط للتفاوض", "Muscat"),  # a destination: the town (town_prepositions.txt)
    ("استهدفت الغارة تجمعا في معسكر الجبانة", None),  # في: a camp, no town
    ("وتحقق الأمن من هوية المنفذ", None),  # من: identity
])
def test_a_town_after_a_preposition_of_a_destination(text, town):
    from khabar.entities import Options, run
    from khabar.model import Article, Source
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    assert [e.name for e in art.entities if e.type == "GPE"] == ([town] if town else [])


@pytest.mark.parametrize("word, misread", [
    ("وأرى", True),  # و + أرى "I see" spells واري, Warri, folded
    ("وأنقرة", False),  # و + Ankara: وانقره names no town
    ("واري", False),  # written without the hamza: the town's own spelling
])
def test_a_proclitic_before_a_hamza_word_is_no_town(word, misread):
    from khabar.entities.filters import proclitic_before_hamza
    assert proclitic_before_hamza(word) is misread


@pytest.mark.parametrize("text, names", [
    ("وأرى أن الحكومة أخطأت في القرار", []),  # "and I see that": no Warri, from the gazetteer or the tagger
    ("وزار الوفد أنقرة أمس", ["Ankara"]),
])
def test_a_verb_after_a_proclitic_is_no_town(text, names):
    from khabar.entities import Options, run
    from khabar.model import Article, Source
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    assert [e.name for e in art.entities if e.type in ("GPE", "LOC")] == names


@pytest.mark.parametrize("text, name", [
    ("ودعا النقابة لجمعية عامة خارقة للعادة", None),  # indefinite: a general assembly, no UN body
    ("وقالت الجمعية العامة للأمم المتحدة إن", "United Nations General Assembly"),
    ("وقال حزب العدالة والتنمية إن", "Justice and Development Party"),  # the article after و counts
    ("وحذر من اندلاع حرب باردة جديدة", None),  # a cold war, not the Cold War
    ("ونشرت وكالة \"إرنا\" للأنباء خطابا", "Islamic Republic News Agency"),  # a quote mark is no word
])
def test_a_curated_name_keeps_its_article(text, name):
    from khabar.entities import Options, run
    from khabar.model import Article, Source
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    assert [e.name for e in art.entities if e.type == "ORG"] == ([name] if name else [])


@pytest.mark.parametrize("text, nusra", [
    ("وتحدث عن معاني النصرة والتأييد للمظلوم", False),  # support and backing (idioms.tsv)
    ("وقاتلت النصرة والجيش في ريف حلب", True),
])
def test_support_is_no_nusra_front(text, nusra):
    from khabar.entities import Options, run
    from khabar.model import Article, Source
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    assert ("Al-Nusra Front" in [e.name for e in art.entities]) is nusra
