"""A curated person's match inside a tagger span that makes a longer name of someone else is no
link (spans given by hand: the rule, not the tagger, is under test)."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.bodies import Span
from khabar.entities.longnames import given_name_openers, person_name_words, without_shared_names
from khabar.entities.matcher import lexicon

#: A stand-in for the tagger's name-likeness: given names score high, other words low.
NOUNS = frozenset({"فيلم", "مستشارو"})


def kept_people(text: str, span_words: tuple[int, int]) -> list[str]:
    lex = lexicon()
    tokens = tokenize(text)
    matches = lex.find(tokens)
    spans = [Span(span_words[0], span_words[1], "PER")]
    kept = without_shared_names(matches, spans, tokens, lex, lambda w: -1.0 if w in NOUNS else 5.0)
    return [m.entry.name for m in kept if m.entry.type == "PER"]


@pytest.mark.parametrize("text, span, person", [
    ("وأكدت سناء بن لادن أنها لم تلتق بأحد", (1, 3), "Osama bin Laden"),  # a given name before
    ("وقالت الطالبة سناء بن لادن إن", (2, 4), "Osama bin Laden"),  # after a noun
])
def test_a_known_name_inside_another_person_s_name_is_no_link(text, span, person):
    assert person not in kept_people(text, span)


@pytest.mark.parametrize("text, span, person", [
    ("قال الشيخ حسن نصر الله إن الوضع صعب", (1, 4), "Hassan Nasrallah"),  # an honorific/title
    ("وقال حسن نصر الله إن الوضع صعب", (1, 3), "Hassan Nasrallah"),  # the span is the match
    ("قال نصر الله اللبناني إن الوضع صعب", (1, 3), "Hassan Nasrallah"),  # a nationality after
    ("قال نصر الله، إن الوضع صعب", (1, 3), "Hassan Nasrallah"),  # punctuation is no name word
    ("قال وزير الدفاع جيم ماتيس إن", (3, 4), "James Mattis"),  # جيم: another spelling of جيمس
    ("وقال ديديي دروغبا إن", (1, 2), "Didier Drogba"),  # ديديي for ديدييه
    ("وقال القائد الحكيم كيم جونغ أون إن", (2, 5), "Kim Jong-un"),  # an epithet with the article
    ("قال نصر الله الجوادي إن", (1, 3), "Hassan Nasrallah"),  # after the match: not read
    ("عرض فيلم بن لادن أمس", (1, 3), "Osama bin Laden"),  # a noun the span swallowed
    ("وهاجم مستشارو ترامب رئيس الوزراء", (1, 2), "Donald Trump"),
    ("قال مساعد وزير الخارجية أنطوني بلينكن", (4, 5), "Antony Blinken"),  # ط for ت
])
def test_the_person_s_own_words_titles_and_nationalities_keep_the_link(text, span, person):
    assert person in kept_people(text, span)


def test_every_curated_person_has_name_words():
    words = person_name_words()
    assert words and all(words.values())
    assert "لادن" in words["Osama bin Laden"]


def test_without_a_tagger_every_match_stays():
    lex = lexicon()
    tokens = tokenize("وأكدت سناء بن لادن أنها")
    matches = lex.find(tokens)
    assert without_shared_names(matches, [Span(1, 3, "PER")], tokens, lex, None) == matches


def opened_names(text: str, spans: list[Span] = ()) -> tuple[list[tuple[int, int]], list[str]]:
    """The PER spans and the curated people left after given_name_openers (spans given by hand)."""
    lex = lexicon()
    tokens = tokenize(text)
    out_spans, kept = given_name_openers(lex.find(tokens), list(spans), tokens, lex)
    return [(s.first, s.last) for s in out_spans if s.type == "PER"], \
        [m.entry.name for m in kept if m.entry.type == "PER"]


@pytest.mark.parametrize("text, spans, span, person", [
    ("وقررت الهيئة طرد حافظ قائد السبسي من الحركة", [], (3, 5), "Beji Caid Essebsi"),  # the son
    ("وقالت سارة أوباما إن حفيدها بخير", [Span(1, 1, "PER")], (1, 2), "Barack Obama"),  # a lone given name
    ("واقترح نائب الرئيس فيصل البرادعي أن", [], (3, 4), "Mohamed ElBaradei"),
])
def test_a_given_name_before_a_known_name_opens_another_person(text, spans, span, person):
    people, kept = opened_names(text, spans)
    assert span in people
    assert person not in kept


@pytest.mark.parametrize("text, person", [
    ("وقال الباجي قائد السبسي إن الحزب باق", "Beji Caid Essebsi"),  # his own given name
    ("قال الشيخ يوسف عبدالله القرضاوي إن", "Yusuf al-Qaradawi"),  # a father's name after his own
    ("أفرجت المحكمة عن جمال وعلاء مبارك", "Alaa Mubarak"),  # a list: the match has و
    ("وأشاد الوزير بدور الجبير في الملف", "Adel al-Jubeir"),  # no given name before
    ("وقال وزير الخارجية عادل بن أحمد الجبير إن", "Adel al-Jubeir"),  # a father's name after بن
    ("وقال الرئيس الأفغاني محمد أشرف غني إن", "Ashraf Ghani"),  # محمد before a known name
    ("ليصل عمر أردوغان في الحكم إلى عشرين عاما", "Recep Tayyip Erdogan"),  # عمر: his age
])
def test_own_names_lists_and_plain_words_keep_the_link(text, person):
    assert person in opened_names(text)[1]
