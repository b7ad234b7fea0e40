"""Names no stage recognised, read from the words around a predicate: a subject right after the
verb and before a clause boundary (وقال قرقاش، ...), a headline subject (ولافروف ينفي), a name
after the predicate's preposition (محادثات مع فالستروم) or set off by a comma (هنأ X، أبي).
"""

from __future__ import annotations

from khabar.arabic import Token
from khabar.arabic.inflection import IMPERFECT, bare, fold, folded_bare, verb_readings
from khabar.arabic.tokenize import COMMAS
from khabar.events.actors import Actor
from khabar.events.agent_phrases import is_name, is_name_word
from khabar.events.clitics import glued_conjunction
from khabar.events.lexicon import analyse_word, load_lexicon, word_set
from khabar.events.predicates import CLAUSE_OPENERS, Trigger
from khabar.events.titles import FUNCTION_WORDS, PERSON_TITLES

SKIPPABLE = word_set("skippable")
_PUNCT_SKIP = frozenset("،,\"'«»“”-")
_OPENING_QUOTES = frozenset("\"«“")
_CLOSING_QUOTES = frozenset("\"»”")
#: ل or ب glued to a hamza-seated alif (لإجبار، بأن): a clitic, never a name's first letters.
_CLITIC_HAMZA = ("لإ", "لأ", "بإ", "بأ")


def skippable(tok: Token, time_tokens: set[int], k: int) -> bool:
    if tok.kind == "punct":
        return tok.text in _PUNCT_SKIP
    return k in time_tokens or fold(tok.text) in SKIPPABLE or (fold(tok.text) == "في" and k + 1 in time_tokens)


def is_boundary(tok: Token) -> bool:
    """Where a bare name ends: punctuation, a function word, a predicate or a title (كريس وليامسون كبير)."""
    word = fold(tok.text)
    return (tok.kind == "punct" or word in FUNCTION_WORDS or word in SKIPPABLE or bare(word) in PERSON_TITLES
            or bool(analyse_word(tok.text)))


def name_after(toks: list[Token], k: int, time_tokens: set[int], text: str) -> Actor | None:
    """A subject no stage recognised: one or two name words after the verb, then a clause
    boundary (وقال قرقاش، ... / نفى لافروف أن ...)."""
    quoted = False  # past an opening quotation mark: the words are what is said (وأضاف "نتمنى ...)
    while k < len(toks) and skippable(toks[k], time_tokens, k):
        quoted = quoted or _opens_quotation(toks, k)
        k += 1
    if k < len(toks) and toks[k].kind == "word" and glued_conjunction(toks[k].text):
        return None  # اعتقل وسجن الأحد: a word after و is a second verb or party, never the subject
    end = k
    while end < len(toks) and end - k < 2 and is_name_word(toks[end]):
        end += 1
    if end == k or (end < len(toks) and not is_boundary(toks[end])):
        return None
    if quoted and (end >= len(toks) or toks[end].text not in _CLOSING_QUOTES):
        return None  # a name in quotation marks is closed right after it (قال «أبو أحمد» إن)
    return Actor(k, end - 1, toks[k].start, toks[end - 1].end, text[toks[k].start: toks[end - 1].end],
                 entity_type="PER")


def _opens_quotation(toks: list[Token], k: int) -> bool:
    """An opening quotation mark: «“, or a straight one glued to the word after it and not to the
    word before it (وأضاف "نتمنى; not دافع" واينستين, the verb quoted)."""
    mark = toks[k]
    if mark.text not in _OPENING_QUOTES:
        return False
    if mark.text != '"':
        return True
    return k + 1 < len(toks) and toks[k + 1].start == mark.end and (k == 0 or toks[k - 1].end < mark.start)


def name_before(toks: list[Token], trig: Trigger, text: str) -> Actor | None:
    """A headline-style subject no stage recognised: ولافروف ينفي ... (a name word opening the
    clause right before an imperfect verb)."""
    k = trig.first - 1
    # written with its person prefix first (ينفي، وتتهم): ليقول after ومضى is a purpose, no headline's verb
    opens_with_person = fold(toks[trig.first].text).lstrip("وف").startswith(("ي", "ت"))
    if k < 0 or not opens_with_person or not _imperfect(toks[trig.first].text, trig) or toks[k].kind != "word":
        return None
    conj = fold(toks[k].text).startswith("و") and len(toks[k].text) > 4 and glued_conjunction(toks[k].text) > 0
    if not is_name(toks[k].text[1:] if conj else toks[k].text):
        return None
    if k > 0 and not (conj or toks[k - 1].kind == "punct" or fold(toks[k - 1].text) in CLAUSE_OPENERS):
        return None
    start = toks[k].start + (1 if conj else 0)
    return Actor(k, k, start, toks[k].end, text[start: toks[k].end], entity_type="PER")


def _imperfect(word: str, trig: Trigger) -> bool:
    """Whether the word is read as the predicate's third-person imperfect (ينفي، تتهم), not a perfect
    whose ت is its own (تعهد أوروبا: pledged) nor one spelt as a first person (أعلن)."""
    lex = load_lexicon()
    return any(r.tense == IMPERFECT and r.prefix.endswith(("ي", "ت")) and trig.pred in lex.imperfect.get(r.stem, ())
               for r in verb_readings(fold(word)))


def name_after_prep(toks: list[Token], k: int, prep: str) -> Actor | None:
    """A name no stage recognised right after the predicate's preposition: محادثات مع فالستروم."""
    for j in range(k, min(len(toks), k + 3)):
        if fold(toks[j].text) == prep and j + 1 < len(toks):
            end = j + 1
            while end < len(toks) and end - j <= 2 and is_name_word(toks[end]):
                end += 1
            if end > j + 1 and (end == len(toks) or is_boundary(toks[end])):
                name = " ".join(t.text for t in toks[j + 1: end])
                return Actor(j + 1, end - 1, toks[j + 1].start, toks[end - 1].end, name, entity_type="PER")
            return None
    return None


def name_after_comma(toks: list[Token], k: int, time_tokens: set[int], text: str) -> Actor | None:
    """An object no stage recognised, set off by a comma after the subject: هنأ الرئيس X، أبي
    وإيسياس على... → أبي.  Of names coordinated with و the first is the target (each would be one)."""
    if k >= len(toks) or toks[k].text not in COMMAS:
        return None
    found = name_after(toks, k + 1, time_tokens, text)
    if found is None or found.last == found.first or not fold(toks[found.last].text).startswith("و"):
        return found
    rest = toks[found.last].text[1:]
    if not glued_conjunction(toks[found.last].text) or not is_name(rest):
        return None
    return Actor(found.first, found.first, toks[found.first].start, toks[found.first].end,
                 toks[found.first].text, entity_type="PER")


def name_before_charge(toks: list[Token], k: int, time_tokens: set[int], text: str) -> Actor | None:
    """An object no stage recognised, named right before the charge or means introduced by بـ:
    أدانت المحكمة كوسبي بتخدير...، اعتقلت الشرطة فرانك بتهمة... (one to three name words)."""
    while k < len(toks) and skippable(toks[k], time_tokens, k):
        k += 1
    end = k
    while end < len(toks) and end - k < 3 and is_name_word(toks[end]) and not fold(toks[end].text).startswith("ب"):
        end += 1
    if end == k or end >= len(toks) or toks[end].kind != "word":
        return None
    charge = fold(toks[end].text)
    if not charge.startswith("ب") or len(charge) < 4 or charge in FUNCTION_WORDS:
        return None
    return Actor(k, end - 1, toks[k].start, toks[end - 1].end, text[toks[k].start: toks[end - 1].end],
                 entity_type="PER")


def _is_title(tok: Token) -> bool:
    word = folded_bare(tok.text)
    return tok.kind == "word" and (word in PERSON_TITLES or (word.endswith("ه") and word[:-1] in PERSON_TITLES))


def title_end(toks: list[Token], k: int) -> int:
    """Index after a person's title and its definite adjectives starting at k (العاهل السعودي،
    الممثلة الإباحية), or k when no title starts there."""
    if k >= len(toks) or not _is_title(toks[k]):
        return k
    k += 1
    while k < len(toks) and toks[k].kind == "word" and (fold(toks[k].text).startswith("ال") or _is_title(toks[k])):
        k += 1
    return k


def titled_name(toks: list[Token], k: int, text: str) -> Actor | None:
    """A name right after a person's title and its adjectives, none of them tagged: الممثلة
    الإباحية ستورمي دانيالز → ستورمي دانيالز (up to three name words)."""
    after = title_end(toks, k)
    titled, k = after > k, after
    end = k
    while (titled and end < len(toks) and end - k < 3 and is_name_word(toks[end])
           and not toks[end].text.startswith(_CLITIC_HAMZA)):
        end += 1
    if end == k:
        return None
    return Actor(k, end - 1, toks[k].start, toks[end - 1].end, text[toks[k].start: toks[end - 1].end],
                 entity_type="PER")
