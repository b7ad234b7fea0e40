"""Speaker phrases that are no speaker: a clause word before the verb (حيث، ثم، إذ), a topic
(فيما يتعلق بـ), a hearer (لهم، عليها), 'saying' after a verb of going on (ومضى يقول), and the
verb after 'according to what' (بحسب ما أعلنته X), whose subject is the source."""

from __future__ import annotations

import pytest

# (paragraphs, [(cue, speaker words or None, content), ...])
CASES = [
    # ب on a definite noun or a demonstrative right after the verb is a phrase of manner, no subject
    (["وقال الوزير إن الوضع صعب.", "وشدد بالمناسبة على أن الوضع لا يحتمل مزيدا من الاحتقان."],
     [("وقال", "الوزير", "الوضع صعب"), ("وشدد", "الوزير", "الوضع لا يحتمل مزيدا من الاحتقان")]),
    (["وقال الوزير إن الوضع صعب.", "وقال بهذا الصدد إن الحوار مستمر."],
     [("وقال", "الوزير", "الوضع صعب"), ("وقال", "الوزير", "الحوار مستمر")]),
    # verb_lead: حيث before the verb is no subject; the speaker is the one named before
    (["وتحدثت الممثلة هند صبري عن خلافها مع زميلتها، حيث أكدت أن نقاشا وقع بينهما."],
     [("أكدت", "هند صبري", "نقاشا وقع بينهما")]),
    # not_boundary: فيما يتعلق بـ X is a topic; the subject follows the verb
    (["وفيما يتعلق بالجانب التنظيمي، أكد رئيس اللجنة أن الاستعدادات اكتملت."],
     [("أكد", "رئيس اللجنة", "الاستعدادات اكتملت")]),
    # adjunct: a preposition with a pronoun names the hearer, not the speaker
    (["وقال المدرب محمد حسن إن الفريق جاهز.", "وقال لهم إن المباراة صعبة."],
     [("وقال", "محمد حسن", "الفريق جاهز"), ("وقال", "محمد حسن", "المباراة صعبة")]),
    # ... and so does the press or audience after the verb: the speaker is the one named before
    (["وقال وزير المالية إن العجز تراجع.", "وأضاف للصحافيين إن الموازنة جاهزة."],
     [("وقال", "وزير المالية", "العجز تراجع"), ("وأضاف", "وزير المالية", "الموازنة جاهزة")]),
    (["وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن اللقاء مفيد."],
     [("وقال", "ديمتري بيسكوف", "اللقاء مفيد")]),
    # the hearer right after the verb (ل + a title, an office or a definite noun; ل apart; أمام) is
    # whom it was told: the speaker is the subject after it, else the one named before
    (["وقال الوزير إن العجز تراجع.", "وأكد للرئيس الأمريكي دوايت أيزنهاور أن الاتفاق قائم."],
     [("وقال", "الوزير", "العجز تراجع"), ("وأكد", "الوزير", "الاتفاق قائم")]),
    (["وقال للصحفيين وزير الداخلية إن الاتفاق قائم."], [("وقال", "وزير الداخلية", "الاتفاق قائم")]),
    (["وقال لوزير الخارجية الفرنسي رئيس الوزراء إن الاتفاق قائم."], [("وقال", "رئيس الوزراء", "الاتفاق قائم")]),
    (["وقال المدرب محمد حسن إن الفريق جاهز.", "وأكد للجمهور السعودي أنه سيعود قريبا."],
     [("وقال", "محمد حسن", "الفريق جاهز"), ("وأكد", "محمد حسن", "سيعود قريبا")]),
    (["وأكد أمام رئيس البرلمان وزير المالية أن الموازنة جاهزة."], [("وأكد", "وزير المالية", "الموازنة جاهزة")]),
    (["وقالت الوزيرة إن العجز تراجع.", "وكشفت للمرة الأولى أن الاتفاق قائم."],
     [("وقالت", "الوزيرة", "العجز تراجع"), ("وكشفت", "الوزيرة", "الاتفاق قائم")]),
    # ... a channel after ل is none: the speaker before it stays
    (["وقال وزير الخارجية لرويترز إن الاتفاق قائم."], [("وقال", "وزير الخارجية", "الاتفاق قائم")]),
    # ... منه after طلب is whom it was asked of, not what was asked
    (["وطلبت الفنانة هند من زوجها أن يحضر.", "وطلبت منه أن يكون شاهدا."],
     [("وطلبت", "الفنانة هند", "يحضر"), ("وطلبت", "الفنانة هند", "يكون شاهدا")]),
    # لي before a complementizer is 'to me'; before a name word it is the name Li
    (["وقالت المعلمة هند إن الطفل ذكي.", "ثم قالت لي إن المدرسة جيدة."],
     [("وقالت", "المعلمة هند", "الطفل ذكي"), ("قالت", "المعلمة هند", "المدرسة جيدة")]),
    (["وقال رئيس الوزراء الصيني لي كه شيانغ إن الاقتصاد قوي."], [("وقال", "لي كه شيانغ", "الاقتصاد قوي")]),
    # إلى opens what is called for; its key (الي) is no definite subject
    (["وقالت الوزيرة إن الوضع صعب.", "وتدعو إلى الحوار بين الأطراف."],
     [("وقالت", "الوزيرة", "الوضع صعب"), ("وتدعو", "الوزيرة", "إلى الحوار بين الأطراف")]),
    # verb_lead هل: a question word is no subject
    (["هل يعلن المدرب أحمد حسن اعتزاله خلال أيام"], [("يعلن", "أحمد حسن", "اعتزاله خلال أيام")]),
    # the imperfect of قال after a verb of going on is part of the cue
    (["وقال الوزير إن الاتحاد مستعد.", 'ومضى يقول "ما زال أمامنا بضعة أيام لاتخاذ الخطوات".'],
     [("وقال", "الوزير", "الاتحاد مستعد"), ("ومضى يقول", "الوزير", "ما زال أمامنا بضعة أيام لاتخاذ الخطوات")]),
    # source_prep + ما + verb: the verb's subject is the source of what the sentence says
    (["وصل الوزير إلى بكين الأحد، بحسب ما أعلنته السفارة الأميركية في بكين."],
     [("بحسب ما أعلنته", "السفارة الأميركية", "وصل الوزير إلى بكين الأحد")]),
    (["وأرسلت القوات تعزيزات إلى المدينة، وفقا لما أعلنه التحالف العسكري في اليمن."],
     [("وفقا لما أعلنه", "التحالف العسكري", "وأرسلت القوات تعزيزات إلى المدينة")]),
    (["استقال رئيس الفريق الجمعة، بحسب ما قاله متحدث باسمها، دون الكشف عن السبب."],
     [("بحسب ما قاله", "متحدث باسمها", "استقال رئيس الفريق الجمعة")]),
    # ... unless a complementizer after it opens the verb's own content
    (["نسمع كثيرا عن الطلاق، وحسبما تقول الباحثة فإن ثلثي حالات الطلاق تقع في السنة الأولى."],
     [("تقول", "الباحثة", "ثلثي حالات الطلاق تقع في السنة الأولى")]),
    # ... and what an agency relayed names a channel only, as ونقلته وسائل إعلام does
    (["ووقعت الحكومة اتفاقية للدعم المالي، وفقا لما نقلته وكالة الأنباء الرسمية."], []),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_speaker_phrases(analyse, body, expected):
    article = analyse(body)
    found = [(q.cue, q.speaker.text if q.speaker else None, q.content) for q in article.quotes]
    assert found == expected


def test_no_verb_after_clause_word(analyse):
    """ثم/حيث followed by a verb: the verb and its object (أعاد تغريدة، تكن التوقعات) name no speaker."""
    article = analyse(["وقال الخبير محمد حسن إن التضخم تراجع.",
                       "وفاجأت الأرقام الأسواق، حيث لم تكن التوقعات تشير إلى ذلك."])
    assert {q.speaker.text for q in article.quotes if q.speaker} == {"محمد حسن"}


def test_no_verb_heads_a_speaker(analyse):
    """A phrase opening with a finite verb (وأكدت، وخرجت أقاويل) is a clause, never a speaker:
    the speaker named before says it (khabar.arabic.verbs.is_finite_verb)."""
    article = analyse(["وقالت الفنانة نانسي عجرم إن الحفل ناجح.",
                       "وعند سؤالها عن الإشاعة نفتها وأكدت أنها لم تسمع بها.",
                       "وخرجت أقاويل تشير إلى أن الحفل ألغي."])
    speakers = [q.speaker.text for q in article.quotes if q.speaker]
    assert speakers[:2] == ["نانسي عجرم", "نانسي عجرم"]
    assert not any(s.startswith(("وأكدت", "وخرجت")) for s in speakers)
