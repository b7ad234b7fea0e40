"""Lexicon matching: one alias per entry class, clitics, leftmost-longest."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.matcher import lexicon


def names(text: str) -> list[tuple[str, str, str]]:
    toks = tokenize(text)
    return [(" ".join(t.text for t in toks[m.first:m.last + 1]), m.entry.name, m.entry.kind)
            for m in lexicon().find(toks)]


@pytest.mark.parametrize("text, surface, name", [
    # armed groups: three aliases of one referent
    ("هاجم داعش المدينة", "داعش", "Islamic State"),
    ("أعلن تنظيم الدولة الإسلامية مسؤوليته", "تنظيم الدولة الإسلامية", "Islamic State"),
    ("مقاتلو الدولة الإسلامية", "الدولة الإسلامية", "Islamic State"),
    # parties
    ("فاز حزب العدالة والتنمية", "حزب العدالة والتنمية", "Justice and Development Party"),
    # media
    ("نقلت وكالة رويترز", "وكالة رويترز", "Reuters"),
    # international bodies, with the لل contraction
    ("دعا الأمين العام للأمم المتحدة", "للأمم المتحدة", "United Nations"),
    # agencies
    ("قال البيت الأبيض", "البيت الأبيض", "White House"),
    ("أعلن مكتب التحقيقات الاتحادي", "مكتب التحقيقات الاتحادي", "Federal Bureau of Investigation"),
    # companies
    ("حظر فيسبوك الحساب", "فيسبوك", "Facebook"),
    # people
    ("قال فلاديمير بوتين", "فلاديمير بوتين", "Vladimir Putin"),
    # places and events
    ("على ضفاف نهر الفرات", "نهر الفرات", "Euphrates"),
    ("انتهاك معاهدة جنيف", "معاهدة جنيف", "Geneva Conventions"),
    # countries with stacked proclitics
    ("وصل وبالرياض الوفد", "وبالرياض", "Riyadh"),
    ("زار ولبنان", "ولبنان", "Lebanon"),
    # Babel names for a country the curated table lacks
    ("سافر إلى آيسلندا", "آيسلندا", "Iceland"),
    # an abbreviation spelt letter by letter with dots: the dots are transparent
    ("وقال لشبكة سي. إن. إن. الأمريكية", "لشبكة سي . إن . إن", "CNN"),
])
def test_alias_found(text, surface, name):
    assert (surface, name) in [(s, n) for s, n, _ in names(text)]


@pytest.mark.parametrize("text, kinds", [
    ("وزير الخارجية الروسي", ["title", "demonym"]),
    ("وزارة الدفاع الروسية", ["institution", "demonym"]),
])
def test_kinds(text, kinds):
    assert [k for _, _, k in names(text)] == kinds


@pytest.mark.parametrize("text", ["قال إن الأمر إلى التي", "في مدينة كبيرة"])
def test_common_words_are_not_towns(text):
    assert names(text) == []


def test_longest_alias_wins():
    assert names("التحالف الدولي بقيادة الولايات المتحدة")[0][1] == "US-led coalition"


@pytest.mark.parametrize("text, found", [
    ("انتقد الغرب القرار", True),  # الغرب: The West
    ("تقع البلدة غرب المدينة", False),  # غرب: a direction, not The West
    ("سافر لألمانيا أمس", True),  # hamza alef after ل is no article, but still the name
])
def test_one_word_names_written_with_the_article_need_it(text, found):
    assert any(n in ("The West", "Germany") for _, n, _ in names(text)) == found


@pytest.mark.parametrize("text, spans", [
    # token indices of each match, at the start, inside and at the end of the unit
    ("لبنان وسوريا والعراق", [(0, 0), (1, 1), (2, 2)]),
    ("قال فلاديمير بوتين في موسكو", [(1, 2), (4, 4)]),
    # quotation marks are skipped for matching but the indices are the unit's own
    ('نقلت وكالة أنباء "فارس" عن لبنان', [(1, 4), (7, 7)]),
])
def test_match_token_indices(text, spans):
    assert [(m.first, m.last) for m in lexicon().find(tokenize(text))] == spans


@pytest.mark.parametrize("text, keys", [
    ("وبالرياض ، زار الوزير", ["رياض", "،", "زار", "وزير"]),  # words by key, punctuation as written
    # a one-word hashtag keys as its word; one joining words with _ stays whole
    ("انظر https://example.com/a و #سوريا 2017", ["انظر", "https://example.com/a", "و", "سوريا", "2017"]),
    ("#جوني_هاليداي", ["#جوني_هاليداي"]),
])
def test_token_keys(text, keys):
    assert lexicon().token_keys(tokenize(text)) == keys


@pytest.mark.parametrize("text, expected", [
    # a hashtag joining a whole alias's words with _ names it, as one token
    ("قال #صندوق_النقد_الدولي إن النمو ضعيف", [("#صندوق_النقد_الدولي", "International Monetary Fund")]),
    ("تنمو #منطقة_اليورو ببطء", [("#منطقة_اليورو", "Eurozone")]),
    # a hashtag holding only part of an alias, or more than one, names nothing
    ("ارتفع #النقد_الدولي", []),
    ("زار #بوتين_وأردوغان المعرض", []),
])
def test_joined_hashtags(text, expected):
    assert [(s, n) for s, n, _ in names(text)] == expected


@pytest.mark.parametrize("text, name, found", [
    ("أعلنت حماس رفضها للمقترح", "Hamas", True),  # bare_names.txt: the name without ال
    ("ساد الحماس بين الجماهير", "Hamas", False),  # enthusiasm
    ("وبالحماس نفسه عاد اللاعبون", "Hamas", False),
    ("باعت أبل ملايين الهواتف", "Apple", True),
    ("يربي الأهالي الإبل في الصحراء", "Apple", False),  # camels
    ("سباق للإبل في الإمارات", "Apple", False),
    ("زار الرئيس بنين ونيجيريا", "Benin", True),  # a gazetteer's country
    ("افتتاح 20 كلية تقنية للبنين و10 للبنات", "Benin", False),  # for the boys
])
def test_names_only_without_the_article(text, name, found):
    assert any(n == name for _, n, _ in names(text)) == found


@pytest.mark.parametrize("text, expected", [
    # a name opening with a two-letter word keeps its match after proclitics; the clitic is read off
    ("بين واشنطن وتل أبيب", [("واشنطن", "Washington"), ("تل أبيب", "Tel Aviv")]),
    ("وصل الوفد لتل أبيب", [("تل أبيب", "Tel Aviv")]),
    ("في ولايتي نابل وبن عروس", [("نابل", "Nabeul"), ("بن عروس", "Ben Arous")]),
    ("في البصرة وذي قار", [("البصرة", "Basra"), ("ذي قار", "Dhi Qar Governorate")]),
    # a mark on the proclitic goes with it: the mention starts on the name's first letter
    ("سقطت الصواريخ على وَتل أبيب", [("تل أبيب", "Tel Aviv")]),
    ("وصل الوفد لـتل أبيب", [("تل أبيب", "Tel Aviv")]),
    # the word alone, or before other words, keeps its own reading
    ("وتل من الرمال", []),
    ("وفي قار", []),
])
def test_two_letter_name_openers_after_proclitics(text, expected):
    from khabar.entities import Options, run
    from khabar.model import Article, Source

    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    assert [(m.text, e.name) for e in art.entities for m in e.mentions] == expected


def _automaton_hits(keys: list[str]) -> list[tuple[int, tuple]]:
    """(last token, value) of the automaton's hits in " k0 k1 ... ", the scan _occurrences replaces."""
    ends, end = [], 0
    for k in keys:
        end += len(k) + 1
        ends.append(end)
    return [(ends.index(end), value) for end, value in lexicon().automaton.iter(" " + " ".join(keys) + " ")]


@pytest.mark.parametrize("text", [
    "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف إطلاق النار في سوريا",
    "قال وزير الخارجية الأمريكي في البيت الأبيض إن الولايات المتحدة الأمريكية",
    "وصل وبالرياض وفد من حزب العدالة والتنمية ومن وتل أبيب",
    "للمجلس والنواب",  # keys that overlap: a name inside a longer one
    "",
])
def test_occurrences_are_the_automatons_hits(text):
    lex = lexicon()
    keys = lex.token_keys(tokenize(text))
    assert sorted(lex._occurrences(keys, " ".join(keys)), key=lambda h: (h[0], h[1][0])) \
        == sorted(_automaton_hits(keys), key=lambda h: (h[0], h[1][0]))


def test_occurrences_of_a_key_with_a_space_fall_back_to_the_automaton():
    keys = ["امم متحده", "امم", "متحده"]  # (no token key holds a space; were one to, the letters decide)
    assert lexicon()._occurrences(keys, " ".join(keys)) == _automaton_hits(keys)
