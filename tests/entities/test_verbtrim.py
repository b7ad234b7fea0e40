"""A finite verb at the edge of a tagged PER/ORG span is trimmed off; names that spell a verb are kept."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.bodies import Span
from khabar.entities.keys import fold
from khabar.entities.verbtrim import name_words, reads_as_verb, trim_verbs


def trimmed(text: str, first: int, last: int, type_: str = "PER") -> str:
    tokens = [t for t in tokenize(text) if t.text.strip()]
    (sp,) = trim_verbs([Span(first, last, type_)], tokens)
    return " ".join(t.text for t in tokens[sp.first: sp.last + 1])


@pytest.mark.parametrize("text, first, last, type_, name", [
    ("سامي كاريكا يعتذر للجمهور", 0, 2, "PER", "سامي كاريكا"),   # trailing imperfect
    ("اللاعبان هاني ومازن يهاجمان الحكم", 1, 3, "PER", "هاني ومازن"),  # dual imperfect
    ("وزيرة الخارجية منى وشكرت الوفد", 2, 3, "PER", "منى"),            # perfect after و
    ("ترى رضوى السويفي أن السوق تتعافى", 0, 2, "PER", "رضوى السويفي"),  # leading imperfect
    ("نادي الزمالك يطالب بالتحقيق", 0, 2, "ORG", "نادي الزمالك"),
    ("المدرب هاني رمزي سيلتقي اللاعبين", 1, 3, "PER", "هاني رمزي"),  # the future marker and a verb
    ("وسيزور كريم بنزيمة المستشفى", 0, 2, "PER", "كريم بنزيمة"),       # ... leading, after و
])
def test_a_verb_at_the_edge_is_trimmed(text, first, last, type_, name):
    assert trimmed(text, first, last, type_) == name


@pytest.mark.parametrize("text, first, last, name", [
    ("وبحسب التقرير فإن صالح الذي بقي", 2, 3, "صالح"),  # a clause particle with its hamza
    ("وأضاف بأن عامري قال", 1, 2, "عامري"),
    ("قال فان جال إن الفريق", 1, 2, "فان جال"),  # without the hamza: a name (Van Gaal)
    ("التقى بان كي مون بالوفد", 1, 3, "بان كي مون"),
])
def test_a_clause_particle_opens_no_name(text, first, last, name):
    assert trimmed(text, first, last) == name


@pytest.mark.parametrize("text, first, last, name", [
    ("مع نوري علي أبو سهمين كان محورها", 1, 3, "نوري علي أبو سهمين"),  # the word after أبو
    ("التقى محمد بن سلمان بالوفد", 1, 2, "محمد بن سلمان"),
    ("قال ولد أحمد إن", 1, 1, "ولد"),  # a link word alone takes nothing
    ("تعيين نبيل بن عبدالله بن سليمان الطويل على", 1, 5, "نبيل بن عبدالله بن سليمان الطويل"),  # family
    ("والأستاذ عبدالله بن سليمان الربيعان ممثلين", 1, 3, "عبدالله بن سليمان الربيعان"),
    ("التقى محمد بن سلمان السعودي الأربعاء", 1, 3, "محمد بن سلمان"),  # not a nationality
    ("التقى محمد بن سلمان الأربعاء", 1, 3, "محمد بن سلمان"),  # nor a common word
    ("اعتمد عبداللطيف بن عبدالملك آل الشيخ، وزير", 1, 1, "عبداللطيف بن عبدالملك آل الشيخ"),  # left out
    ("استقبل حمد آل ثاني الوفد", 1, 1, "حمد آل ثاني"),  # a family's particle (family_particles.txt)
    ("وصف الشيخ عبدالعزيز بن عبدالله آل الشيخ الحادثة", 2, 5, "عبدالعزيز بن عبدالله آل الشيخ"),  # ends in آل
    ("قال أحمد ابن العاشرة", 1, 1, "أحمد"),  # ابن also opens an age
    ("قال محمد بن، ثم", 1, 1, "محمد"),  # no word after the nasab
])
def test_a_name_link_or_a_nasab_takes_the_next_word(text, first, last, name):
    assert trimmed(text, first, last) == name


@pytest.mark.parametrize("text, first, last, type_, name", [
    ("التقى يزيد بن عبد الله بالوفد", 1, 4, "PER", "يزيد بن عبد الله"),   # a name word
    ("وصل يوسف الشريف إلى القاهرة", 1, 2, "PER", "يوسف الشريف"),
    ("قال يعرب بن سالم إن الاتفاق قريب", 1, 3, "PER", "يعرب بن سالم"),  # a nasab follows
    ("قال الوزير جيوفاني تريا إن الميزانية", 2, 3, "PER", "جيوفاني تريا"),  # ends in ا: no mood form
    ("قال محمد يعتذر", 1, 2, "LOC", "محمد يعتذر"),                    # only PER and ORG spans
    ("حضر يعتذر أمس", 1, 1, "PER", "يعتذر"),                          # a one-word span stays
])
def test_a_name_is_kept(text, first, last, type_, name):
    assert trimmed(text, first, last, type_) == name


@pytest.mark.parametrize("text, first, last, name", [
    ("قال فيرى ديمتري كدياني أن الفيلم ناجح", 1, 3, "ديمتري كدياني"),   # ف + يرى 'and sees' leads
    ("أما محمود عبد الرحيم فيرى أن الأمر بسيط", 1, 4, "محمود عبد الرحيم"),  # ... or ends the span
    ("كما يقول نيكولاس فيرون الزميل في المعهد", 2, 3, "نيكولاس فيرون"),  # Véron: a clear vote
])
def test_a_conjunction_and_verb_is_judged_without_the_conjunction(text, first, last, name):
    assert trimmed(text, first, last) == name


@pytest.mark.parametrize("word, is_name", [
    ("فيرى", False),  # voted a person 4 times in 8, but reads as ف + يرى
    ("فيرون", True),  # voted 5 in 6: clear enough
    ("فيصل", True),   # a curated name (يصل is no lexicon verb anyway)
    ("يزيد", True),
])
def test_name_words_refuse_a_weak_vote_for_a_conjunction_and_verb(word, is_name):
    assert (fold(word) in name_words()) is is_name


@pytest.mark.parametrize("word, verb", [
    ("ورأى", True),
    ("يعتذر", True),
    ("يزيد", False),   # a name word
    ("وليد", False),
    ("سيقول", True),   # the future marker and a finite imperfect
    ("سيلفا", False),  # سي + no lexicon verb
    ("سيحافظ", True),  # the future marker and a frequent corpus word the verb lexicon lacks
    ("وسيزيد", True),  # يزيد: a name in few of its corpus votes
    ("ستالين", False),  # a name: تالين is no frequent word
    ("سيمون", False),
])
def test_reads_as_verb(word, verb):
    assert reads_as_verb(word) is verb


def test_name_words_follow_the_votes_in_use(tmp_path):
    from khabar.entities.autonames import AUTONAMES_PATH, use_votes  # (the committed votes)

    votes = tmp_path / "autonames.tsv"
    votes.write_text("# word\tn\tPERS\tLOC\tORG\tMISC\nكاريكا\t10\t9\t0\t0\t0\n", encoding="utf-8")
    try:
        use_votes(votes)
        assert fold("كاريكا") in name_words() and not reads_as_verb("كاريكا")
        use_votes(tmp_path / "none.tsv")  # no votes: only the curated people's words are names
        assert fold("كاريكا") not in name_words()
    finally:
        use_votes(AUTONAMES_PATH)
