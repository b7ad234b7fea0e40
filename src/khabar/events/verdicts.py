"""Convictions: a verb of condemning (أدان) is also a court's verdict when a charge follows with ب.

أدانت المحكمة 45 شخصا بقتل متظاهرين: the court convicts them (CAMEO 1121, accusing of a crime);
وأدين خان (52 عاما) بانتهاك القانون: passive, so nobody named convicts; بعد إدانته بتهمة الصيد: the
noun's possessor is the one convicted.  أدانت فرنسا بشدة الهجوم (a manner) and أدانت مصر الهجوم
بمدينة العريش (no party before the ب) stay condemnations, and so does one whose subject is no court,
judge or jury (ودانت الحكومة المسلحين بقتل المدنيين: the government accuses, it convicts no one).
"""

from __future__ import annotations

from dataclasses import replace

from khabar.arabic import Token
from khabar.arabic.inflection import PERFECT, fold, folded_bare, verb_readings
from khabar.events.actors import Actor
from khabar.events.arguments import Arguments
from khabar.events.lexicon import load_lexicon, word_set
from khabar.events.noun_arguments import noun_arguments
from khabar.events.passives import passive_perfect
from khabar.events.predicates import Trigger
from khabar.events.titles import skip_parenthesis

#: A conviction: CAMEO 1121, accusing of a crime (PLOVER ACCUSE), which a court's finding of guilt is.
VERDICT = "1121"
#: Nouns of a verdict predicate that are a conviction too (إدانة: condemnation or conviction).
VERDICT_NOUNS = word_set("verdict_nouns", strip_article=True)
#: Words after ب that say how one condemns (بشدة، بأشد العبارات، بالإجماع), not what one is convicted of.
MANNERS = word_set("condemn_manners", strip_article=True)


def verdict_reading(toks: list[Token], actors: list[Actor], trig: Trigger, args: Arguments,
                    time_tokens: set[int], text: str) -> tuple[Trigger, Arguments] | None:
    """The predicate read as a conviction, with its arguments, or None when it is no verdict."""
    if trig.is_noun:
        word = folded_bare(toks[trig.last].text)
        if not any(word.startswith(noun[:-1]) for noun in VERDICT_NOUNS):
            return None
        trig = replace(trig, pred=replace(trig.pred, cameo=VERDICT, genitive_target=True))
        args = noun_arguments(toks, actors, trig, time_tokens, text)
        after = args.target.last + 1 if args.target is not None and args.target.first > trig.last else trig.last + 1
        return (trig, Arguments(None, args.target, passive=True)) if _charge_at(toks, after) else None
    if not trig.pred.verdict:
        return None
    passive = passive_perfect(toks[trig.first], trig)  # أدين، أدينت، أدينوا
    if not (passive or _perfect(toks[trig.first].text, trig)):
        return None
    # with no object read, a party after the verb followed by the charge is the one convicted, not
    # the judge (أن محكمة استئناف طرابلس أدانت 45 شخصا بقتل: the court is no party the tables know)
    undergoer = passive or args.target is None
    party = args.target or (args.source if undergoer else None)
    if party is None or party.first <= trig.last:
        return None
    judged = party is args.target and args.source is not None and args.source.agent == "JUD"
    if not (_charge_at(toks, skip_parenthesis(toks, party.last + 1)) or judged):
        return None  # (a court that condemns a party convicts it, charge named or not: أدانت محكمة رجلا)
    if party is args.target and not passive and not _may_judge(args.source):
        return None  # دان ترمب قيام هيلاري كلينتون باستخدام خادم: a politician condemns, a court convicts
    trig = replace(trig, pred=replace(trig.pred, cameo=VERDICT))
    return trig, (Arguments(None, party, passive=passive) if party is not args.target else args)


def _may_judge(subject: Actor | None) -> bool:
    """Whether the subject may hand down a verdict: a court, judge or jury (agents.tsv JUD), or no
    party the tables know (أن محكمة استئناف طرابلس أدانت).  A government, a party or a person who
    condemns someone for an act accuses them (ودانت الحكومة المسلحين بقتل المدنيين: 111)."""
    return subject is None or subject.agent == "JUD"


def _perfect(word: str, trig: Trigger) -> bool:
    """Whether the verb is read as the predicate's perfect (أدانت): the imperfect with ب is mostly
    another verb, owing or professing (تدين بنما بالفضل لحارس مرماها، يدين بالإسلام)."""
    lex = load_lexicon()
    return any(r.tense == PERFECT and trig.pred in lex.perfect.get(r.stem, ()) for r in verb_readings(fold(word)))


def _charge_at(toks: list[Token], k: int) -> bool:
    """Whether the word at k is a charge with ب (بقتل، بتهمة، بالتورط), not a manner (بشدة)."""
    if k >= len(toks) or toks[k].kind != "word":
        return False
    word = fold(toks[k].text)
    return word.startswith("ب") and len(word) > 3 and folded_bare(toks[k].text) not in MANNERS
