"""Speech events made from quotations: only a speech verb is an act of speaking."""

from __future__ import annotations

import pytest

from khabar.events.coding import _locative, attribution_only
from khabar.model import Article, Source
from khabar.pipeline import build_pipeline


@pytest.fixture(scope="module")
def analyse():
    pipeline = build_pipeline(["events"])
    runners = [r for s, r in zip(pipeline.stages, pipeline.runners, strict=True) if s.name != "structure"]

    def go(text: str) -> Article:
        article = Article(id="t", source=Source("text"), published="2017-11-14", body=[text])
        for stage_run, options in runners:
            article = stage_run(article, options)
        return article

    return go


# (cue, attribution phrase without a speech verb of its own)
ATTRIBUTIONS = [
    ("بحسب", True),
    ("وبحسب", True),
    ("حسب ما", True),
    ("وفقا", True),
    ("ووفقا لما", True),
    ("وفق", True),
    ("نقلا", True),
    ("بحسب ما يوضح", False),  # the verb is the act of speaking
    ("وقال", False),
    ("مؤكدا", False),
]


@pytest.mark.parametrize(("cue", "expected"), ATTRIBUTIONS)
def test_attribution_only(cue: str, expected: bool) -> None:
    assert attribution_only(cue) is expected


# (sentence, a word that must not be the cue of any quotation or the trigger of any speech event)
NOT_SPEECH = [
    # attribution: the quotation may stand, but 'according to' is nobody speaking
    ("ارتفع عدد القتلى إلى عشرين، بحسب وزارة الصحة الفلسطينية.", "بحسب"),
    ("وبحسب الشرطة المحلية، فإن المشتبه به اعتقل في منزله.", "وبحسب"),
    ("تراجعت الصادرات بنسبة عشرة في المئة، وفقا لهيئة الإحصاء.", "وفقا"),
    ("ووفق الوكالة الرسمية، فإن الوزير وصل إلى بغداد.", "ووفق"),
    # the noun 'opinion' (the verb is رأى)
    ("كان للوزير رأي آخر في هذه القضية.", "رأي"),
    ("لا يعني ذلك في رأي أغلب الخبراء أن الأزمة انتهت.", "رأي"),
    ("جميع المقالات المنشورة تمثل رأي كتابها فقط.", "رأي"),
    # the greeting 'welcome'
    ("قال المحافظ إن ذلك شرف للمدينة، مرحباً بالجميع في الطائف.", "مرحباً"),
]


def _speech_triggers(article: Article) -> list[str]:
    out = []
    for e in article.events:
        if e.cameo.startswith("01"):
            out.append(article.unit(e.field, e.paragraph)[e.start:e.end])
    return out


@pytest.mark.parametrize(("sentence", "word"), NOT_SPEECH)
def test_no_speech_from_a_non_verb(analyse, sentence: str, word: str) -> None:
    article = analyse(sentence)
    assert all(word not in trigger for trigger in _speech_triggers(article))
    if word in ("رأي", "مرحباً"):
        assert all(q.cue != word for q in article.quotes)


# (sentence, the speech verb that still makes a statement)
STILL_SPEECH = [
    ("وقال وزير الخارجية أحمد علي إن المفاوضات ستستأنف الأسبوع المقبل.", "وقال"),
    ("ورأى وزير المالية أن الأسعار سترتفع.", "ورأى"),
]


@pytest.mark.parametrize(("sentence", "verb"), STILL_SPEECH)
def test_speech_verbs_still_make_statements(analyse, sentence: str, verb: str) -> None:
    assert verb in _speech_triggers(analyse(sentence))


@pytest.mark.parametrize(("sentence", "source", "negated"), [
    # a negator right before the cue negates the statement, whose speaker is no function word
    ("ولم تكشف إدارة النادي عن قيمة التعاقد مع اللاعب.", "إدارة النادي", True),
    # ما before a reporting verb is the relative: no negation
    ("وأوضح الوزير أن المفاوضات مستمرة، وفق ما نقلت وكالة الأنباء الرسمية.", "الوزير", False),
])
def test_a_negated_cue_makes_a_negated_statement(analyse, sentence: str, source: str, negated: bool) -> None:
    statements = [e for e in analyse(sentence).events if e.cameo.startswith("01")]
    assert [(e.source.text if e.source else None, e.negated) for e in statements][:1] == [(source, negated)]


@pytest.mark.parametrize("sentence", [
    # a cue after a privative (دون، بدون، عدم) is no statement: no one spoke
    'وكانت المتحدثة باسم الفنان أعلنت مساء الجمعة "العثور على الفنان متوفى في سلطنة عمان" بدون كشف مكان الوفاة تحديدا ولا أسبابها.',
    "وقالت مصادر في الشرطة إنها تتعامل مع حادث أمني، من دون ذكر مزيد من التفاصيل.",
])
def test_no_statement_after_a_privative(analyse, sentence: str) -> None:
    assert [t for t in _speech_triggers(analyse(sentence)) if t in ("كشف", "ذكر")] == []



@pytest.mark.parametrize(("text", "start_word", "expected"), [
    # a country part named by two directions is placed by its first one (جنوب places شرقي تركيا)
    ("وقع انفجار في بلدة سروج جنوب شرقي تركيا", "جنوب", True),
    ("تحطمت مروحية عسكرية شمال غرب فرنسا", "شمال", True),
    ("يسيطر التنظيم على شمال سوريا", "شمال", False),  # one direction: the word before decides
])
def test_a_part_named_by_two_directions_is_a_location(text: str, start_word: str, expected: bool) -> None:
    start = text.index(start_word)
    assert _locative(text, start, len(text)) is expected
