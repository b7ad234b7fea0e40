"""Whether the clause around a time expression speaks of the future: a future verb or marker
before it (سيزور، من المقرر), a present verb of its clause before a bare weekday (يتوجه الناخبون
السبت), a match preview (لمباراة الاثنين، لدينا مباراة الثلاثاء); a past particle (لم، كان) undoes a
present verb; an anaphor answering a condition (إذا ... فهو حينئذ يحتاج) names no time."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from khabar.arabic.fold import WORD_END_MARKS, Folded, fold_word
from khabar.arabic.inflection import IMPERFECT, PERFECT, noun_cores, verb_readings
from khabar.arabic.verbs import non_triggers, predicate_stems
from khabar.conditions import condition_words
from khabar.times.lexicon import alternation, lexicon

#: A word (`.detect` reads words with it too).
WORD = re.compile(r"\w+")
CONJUNCTION = re.compile(r"^[وف]")
#: Any stop mark, a decimal point too: the start of the sentence a verb or a condition is looked for in
#: (cutting that reach short at 3.5 only loses evidence, unlike _STOP_NOT_IN_NUMBER in the stage).
_ANY_STOP = re.compile(r"[.!؟?\n]")
#: A future-tense verb: سـ before an imperfect prefix (سيزور، ستبدأ، سنعمل).
_FUTURE_VERB = re.compile(r"(?<!\w)[وف]?س[يتنا][^\s]{2,}")
#: سا with a bare alif: no سأ + first-person imperfect (سأزور) but a noun or a transliterated name
#: (ساوثامبتون، ساركوزي، سانتوس), which folding would make look alike.
_BARE_ALIF_SA = re.compile(r"[وف]?سا")
#: A present-tense verb by its form: ي + three letters or more, or تست/تت (forms X, V-VI), which
#: no perfect starts with (تضمن، تعهد are perfects; تعرض stays unread), or ت?ت / تن in five letters
#: or more with no ي fourth (forms VIII and VII: تحتضن، تلتقي، تنعقد; not the form II
#: masdars تفتيش، تنظيم, nor the form VI perfects تناول، تنازل);
#: after و only (فيلم، فيديو، فيما are no ف + verb), and never يوم (يومي الاثنين والثلاثاء).
_PRESENT_VERB = re.compile(r"و?(?!يوم)(?:ي\w{3,}|ت(?:ست|ت)\w{2,}|ت\wت(?!ي)\w{2,}|تن(?!ا)\w(?!ي)\w{2,})")
#: How many words before a weekday the verb of its clause may stand (يتوجه الناخبون السبت).
_PRESENT_REACH = 4
#: How many words before that verb a past marker (لم، كان) may stand: كان ترامب يؤكد.
_PAST_REACH = 3
_CLAUSE_END = re.compile(r"[.،,؛;:!؟?«»\"()\n]")
_COMMA_AFTER = re.compile(r"\s*[،,]")
#: How many words before an expression :func:`future_context` reads for a future verb or marker.
_FUTURE_REACH = 6
#: How many words back a month may still take the future of its clause's verb (:func:`future_clause`).
_CLAUSE_REACH = 14


def future_context(f: Folded, original: str, start: int, names: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the words just before folded ``start`` speak of the future (سيزور، من المقرر، ...).

    A word read as سـ + imperfect verb is none when it ends in ة (ساخنة، سيئة: verbs never do)
    or lies inside a name (``names``: original spans, e.g. the entities stage's mentions:
    سيرغي لافروف، روبن سيميدو، ستوكهولم); a marker a few words after كان (كان من المقرر، كان مقررا أن
    تنتهي) is a plan of the past."""
    lx = lexicon()
    window = max(0, start - 60)
    words = list(WORD.finditer(f.text, window, start))
    for i in range(max(0, len(words) - _FUTURE_REACH), len(words)):
        m = words[i]
        w = m.group()
        core = CONJUNCTION.sub("", w)
        # (كان من المقرر، كان مقررا أن تنتهي: a plan of the past, كان up to _PAST_REACH words back;
        # غير متوقع: unexpectedly)
        if (core in lx.words["future_marker"] or w in lx.words["future_marker"]) \
                and (CONJUNCTION.sub("", words[i - 1].group()) if i else "") not in lx.words["marker_negation"] \
                and not any(CONJUNCTION.sub("", b.group()) in lx.words["past_aux"]
                            for b in words[max(0, i - _PAST_REACH):i]):
            return True
        if _FUTURE_VERB.fullmatch(w) and not _not_future().match(w) \
                and not _is_noun_or_name(f, original, m.start(), m.end(), names):
            return True
    return False


def future_clause(f: Folded, original: str, start: int, names: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether a future verb or marker opens the clause of folded ``start`` farther back than
    :func:`future_context` reads (سيزور الرئيس الفرنسي إيمانويل ماكرون العاصمة اللبنانية بيروت في
    مارس): up to ``_CLAUSE_REACH`` words, none of them ending the clause or starting another
    (``present_break`` and ``clause_break`` words: سيزور لبنان بعد أن التقى عون في مارس is no visit
    in March, ستساعد في فهم ما حدث في أبريل no help in April)."""
    lx = lexicon()
    window = max(0, start - 160)
    ends = list(_CLAUSE_END.finditer(f.text, window, start))
    clause = ends[-1].end() if ends else window
    words = list(WORD.finditer(f.text, clause, start))
    far = words[-_CLAUSE_REACH:-_FUTURE_REACH] if len(words) > _FUTURE_REACH else []
    breaks = clause_breaks()
    if any(m.group() in breaks or CONJUNCTION.sub("", m.group()) in breaks for m in words[-_FUTURE_REACH:]):
        return False
    for i, m in reversed(list(enumerate(far))):
        w = m.group()
        core = CONJUNCTION.sub("", w)
        if w in breaks or core in breaks:
            if i and CONJUNCTION.sub("", far[i - 1].group()) in lx.words["future_marker"]:
                continue  # من المقرر أن يبحث: the plan's own clause, not another
            return False
        planned = core in lx.words["future_marker"] or w in lx.words["future_marker"] \
            or (_FUTURE_VERB.fullmatch(w) and not _not_future().match(w)
                and not _is_noun_or_name(f, original, m.start(), m.end(), names))
        if planned:  # (كان سيزور، كان المقرر: a plan of the past; غير المتوقع: unexpectedly)
            return not (i and CONJUNCTION.sub("", far[i - 1].group()) in lx.words["past_aux"] | lx.words["marker_negation"])
    return False


@lru_cache(maxsize=1)
def clause_breaks() -> frozenset[str]:
    """Words that end a clause or start another (``present_break`` and ``clause_break``), joined once."""
    lx = lexicon()
    return lx.words["present_break"] | lx.words["clause_break"]


@lru_cache(maxsize=1)
def _not_future() -> re.Pattern[str]:
    """Words that open with a ``not_future_stem`` of the lexicon (after و/ف): nouns and names in
    سـ (سيارة، سنوات، ساحل، سيناء), no سـ + imperfect."""
    return re.compile(rf"^[وف]?{alternation(lexicon().words['not_future_stem'])}")


def present_context(f: Folded, original: str, start: int, names: Sequence[tuple[int, int]] = (),
                    end: int | None = None) -> bool:
    """Whether a present-tense verb of the same clause stands within a few words before folded
    ``start`` (يتوجه الناخبون السبت، أن يتم الإفراج عنه الثلاثاء، الذي يوافق الثلاثاء): news tells
    what is coming in the present tense, so a bare weekday after one is the coming day.  Words
    that start another clause or time (أن، بعد) before the verb is reached say nothing, and
    لم or كان before the verb makes it a past (لم يعلق حتى مساء الاثنين، كان يتحدث الجمعة).
    A weekday set off by commas (ويلاقي السويسري في النهائي، الأحد، الكندي) is an aside of the
    clause around it: the comma before it (the expression's folded ``end`` tells) ends nothing."""
    lx = lexicon()
    window = max(0, start - 60)
    ends = list(_CLAUSE_END.finditer(f.text, window, start))
    if end is not None and ends and ends[-1].group() in "،," and not f.text[ends[-1].end():start].strip() \
            and _COMMA_AFTER.match(f.text, end):
        ends.pop()
    clause = ends[-1].end() if ends else window
    counted = 0
    for m in reversed(list(WORD.finditer(f.text, clause, start))):
        w = m.group()
        core = CONJUNCTION.sub("", w) if len(w) > 3 else w
        if w in lx.words["present_break"] or core in lx.words["present_break"]:
            break
        if _present_verb(f, original, m, names):
            return not _after_past_particle(f.text, clause, m.start())
        if w not in lx.words["adjunct_preposition"]:  # (يقام في كنيسة ويستمينستر في لندن الجمعة)
            counted += 1
            if counted == _PRESENT_REACH:
                break
    return end is not None and _aside_before_verb(f, original, start, end, names)


def past_context(f: Folded, original: str, start: int, names: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the verb of the clause within a few words before folded ``start`` is a perfect of a
    lexicon verb (زار الرئيس القاهرة الثلاثاء، وافتتح الأمير المعرض الثلاثاء): the text tells the
    weekday past, where a bare weekday with no such verb is past by default only.  A present or
    future verb reached first, or a word opening another clause or time, says no."""
    lx = lexicon()
    window = max(0, start - 60)
    ends = list(_CLAUSE_END.finditer(f.text, window, start))
    clause = ends[-1].end() if ends else window
    counted = 0
    for m in reversed(list(WORD.finditer(f.text, clause, start))):
        w = m.group()
        core = CONJUNCTION.sub("", w) if len(w) > 3 else w
        if w in lx.words["present_break"] or core in lx.words["present_break"] \
                or _present_verb(f, original, m, names) or _FUTURE_VERB.fullmatch(w):
            return False
        if _perfect_verb(w) and not _is_noun_or_name(f, original, m.start(), m.end(), names):
            return True
        if w not in lx.words["adjunct_preposition"]:
            counted += 1
            if counted == _PRESENT_REACH:
                break
    return False


@lru_cache(maxsize=4096)
def _perfect_verb(word: str) -> bool:
    """Whether the folded word reads as a perfect of a lexicon verb (زار، وقال، أعلنت) and as no
    lexicon noun, nor as an imperfect but of the first person."""
    stems = predicate_stems()
    if word.removeprefix("و").removeprefix("ف") in non_triggers() \
            or any(core in stems.nouns for core in noun_cores(word)):
        return False
    readings = [r for r in verb_readings(word) if stems.reads(r)]
    # (an imperfect of the first person, أعلن 'I announce', is no reading of a news report's narration)
    return any(r.tense == PERFECT for r in readings) \
        and not any(r.tense == IMPERFECT and not r.prefix.endswith("ا") for r in readings)


#: How many words before a bare weekday a condition may open its clause (في حال خسارة الأخير أمام
#: وست بروميتش ألبيون الأحد).
_CONDITION_REACH = 8


def condition_ahead(f: Folded, start: int) -> bool:
    """Whether a condition opens the clause of the bare weekday at folded ``start``, up to
    ``_CONDITION_REACH`` words back: a ``condition_ahead`` particle (إذا, with و or ف; not after a
    ``whether`` word, ما إذا) or a condition noun (conditionals.tsv: حال) after a ``condition_noun_link``
    (في, or ب as its proclitic: إذا فاز الفريق الأحد، في حال خسارة الأخير الأحد، بحال): what may happen
    is to come.  لو and لولا say what would have been, of the past."""
    lx = lexicon()
    links = lx.words["condition_noun_link"]
    ends = list(_CLAUSE_END.finditer(f.text, max(0, start - 80), start))
    clause = ends[-1].end() if ends else max(0, start - 80)
    words = WORD.findall(f.text, clause, start)[-_CONDITION_REACH:]
    for i, w in enumerate(words):
        before, core = words[i - 1] if i else "", CONJUNCTION.sub("", w)
        if core in lx.words["condition_ahead"] and before not in lx.words["whether"]:
            return True
        if core in _condition_nouns() and before.removeprefix("و") in links \
                or core[:1] in links and core[1:] in _condition_nouns():
            return True
    return False


@lru_cache(maxsize=1)
def _condition_nouns() -> frozenset[str]:
    """The shared condition nouns (conditionals.tsv: حال), folded."""
    return frozenset(fold_word(w) for w in condition_words("noun"))


def _aside_before_verb(f: Folded, original: str, start: int, end: int, names: Sequence[tuple[int, int]]) -> bool:
    """A weekday set off by commas with a present verb right after them (وبعد يوم واحد بلا مباريات،
    الجمعة، تنطلق السبت لقاءات دور الـ16): an aside of the clause that verb opens."""
    comma_before = _CLAUSE_END.finditer(f.text, max(0, start - 3), start)
    after = _COMMA_AFTER.match(f.text, end)
    if after is None or not any(c.group() in "،," and not f.text[c.end():start].strip() for c in comma_before):
        return False
    m = WORD.search(f.text, after.end(), after.end() + 20)
    return m is not None and not f.text[after.end():m.start()].strip() and _present_verb(f, original, m, names)


def _present_verb(f: Folded, original: str, m: re.Match[str], names: Sequence[tuple[int, int]]) -> bool:
    """Whether the folded word ``m`` is an imperfect verb (يتوجه، وتستعد), not a listed
    ``not_present_verb`` nor a noun or name in ي or ت (تسوية، تونس)."""
    w = m.group()
    core = CONJUNCTION.sub("", w) if len(w) > 3 else w
    return _PRESENT_VERB.fullmatch(w) is not None and core not in lexicon().words["not_present_verb"] \
        and not _is_noun_or_name(f, original, m.start(), m.end(), names)


#: A fixture noun as written with its proclitics (و، ف، ب، ل، لل for ل + ال).
_FIXTURE_CLITICS = re.compile(r"^[وف]?(?:لل|[بل])?")


def fixture_ahead(f: Folded, original: str, start: int, end: int, names: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the bare weekday at folded ``start`` names a fixture to come: right after a
    ``fixture`` noun (مباراة السبت، مواجهة الأربعاء) no ``fixture_past`` word stands before (بعد
    مباراة السبت، غاب عن مباراة الأحد) and no past relative clause follows (مباراة الاثنين التي
    أقيمت), the noun taking ل or following a ``fixture_ahead`` word (جاهز لمباراة الأربعاء، قبل
    مواجهة الثلاثاء), or a present verb standing before it in its sentence (يستدعي المدرب اللاعبين
    لمباراة الاثنين, not after لم or كان): a preview speaks of the coming match."""
    lx = lexicon()
    ends = list(_ANY_STOP.finditer(f.text, 0, start))
    sentence = ends[-1].end() if ends else 0
    if _fixture_held(f.text, sentence, start):
        return True
    words = list(WORD.finditer(f.text, max(0, start - 40), start))
    if not words or words[-1].end() + 1 < start:
        return False
    noun = words[-1].group()
    bare = _FIXTURE_CLITICS.sub("", noun)
    bare = "ال" + noun[noun.index("لل") + 2:] if bare not in lx.words["fixture"] and "لل" in noun[:3] else bare
    if bare not in lx.words["fixture"] and noun not in lx.words["fixture"]:
        return False
    written = words[-2].group() if len(words) > 1 else ""
    before = _FIXTURE_CLITICS.sub("", written)
    # (the word as written, or without و/ف only: وبعد is و + بعد, its ب no clitic)
    if {before, written, CONJUNCTION.sub("", written)} & lx.words["fixture_past"]:
        return False
    after = WORD.findall(f.text, end, end + 30)[:2]
    if len(after) == 2 and after[0] in lx.words["fixture_relative"] and not _PRESENT_VERB.fullmatch(after[1]):
        return False  # مباراة الاثنين التي أقيمت: played
    if noun.startswith(("ل", "ول", "فل")) or before in lx.words["fixture_ahead"]:
        return True
    return any(_present_verb(f, original, m, names) and not _after_past_particle(f.text, sentence, m.start())
               for m in WORD.finditer(f.text, sentence, words[-1].start()))


def _fixture_held(folded: str, sentence: int, start: int) -> bool:
    """A ``fixture_holder`` word right before a fixture noun stands in the sentence before folded ``start``
    (لدينا مباراة الثلاثاء، أمامنا مباراة لخوضها الأحد), with no past marker before it (كان لدينا)."""
    lx = lexicon()
    words = list(WORD.finditer(folded, sentence, start))
    return any(CONJUNCTION.sub("", w.group()) in lx.words["fixture_holder"]
               and _FIXTURE_CLITICS.sub("", nxt.group()) in lx.words["fixture"]
               and not _after_past_particle(folded, sentence, w.start())
               for w, nxt in zip(words, words[1:], strict=False))


def _after_past_particle(folded: str, clause: int, start: int) -> bool:
    """A word of the clause just before folded ``start`` makes the imperfect there a past: لم or لما
    (لم يعلق), or كان a few words before (كان يتحدث، وكان ترامب يؤكد)."""
    before = WORD.findall(folded[max(clause, start - 30):start])[-_PAST_REACH:]
    lx = lexicon()
    return any(CONJUNCTION.sub("", w) in lx.words["past_particle"] or w in lx.words["past_aux"]
               or CONJUNCTION.sub("", w) in lx.words["past_aux"] for w in before)


def _is_noun_or_name(f: Folded, original: str, start: int, end: int, names: Sequence[tuple[int, int]]) -> bool:
    o_start, o_end = f.span(start, end)
    word = original[o_start:o_end]
    if word.rstrip(WORD_END_MARKS).endswith("ة") or _BARE_ALIF_SA.match(word):
        return True
    return any(s <= o_start and o_end <= e for s, e in names)


@lru_cache(maxsize=1)
def _condition_openers() -> frozenset[str]:
    """The words opening a condition (the shared particles, إذا، لو) or a clause of when (``when_opener``)."""
    return frozenset(fold_word(w) for w in condition_words("particle")) | lexicon().words["when_opener"]


def answers_condition(folded: str, start: int, end: int) -> bool:
    """The anaphor at folded ``start``-``end`` answers a condition: a condition particle or ``when_opener`` (إذا، لو، عندما;
    with و or ف; not after a ``whether`` word: ما إذا) stands before it in its sentence, and an imperfect or future verb
    right before or after it (فهو حينئذ يحتاج، ستضطر حينها) speaks of what would follow. Beside a perfect
    it tells a past (عندما طرحت مجموعة ... قالت حينها: then), and keeps its value."""
    ends = list(_ANY_STOP.finditer(folded, max(0, start - 300), start))
    sentence = ends[-1].end() if ends else max(0, start - 300)
    lx = lexicon()
    words = WORD.findall(folded, sentence, start)
    openers = _condition_openers()
    if not any((w in openers or CONJUNCTION.sub("", w) in openers)
               and (i == 0 or words[i - 1] not in lx.words["whether"]) for i, w in enumerate(words)):
        return False
    beside = words[-1:] + WORD.findall(folded, end, end + 20)[:1]
    return any((_PRESENT_VERB.fullmatch(w) or _FUTURE_VERB.fullmatch(w))
               and CONJUNCTION.sub("", w) not in lx.words["not_present_verb"] for w in beside)
