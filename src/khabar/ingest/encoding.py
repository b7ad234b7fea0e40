"""Bytes into text, and repairs of text damaged upstream, for Arabic news inputs.

:func:`decode_bytes` turns an input's bytes into text: a byte-order mark (UTF-8, UTF-16, UTF-32),
UTF-16 without one (recognised by its high bytes), valid UTF-8, else the best of Windows-1256,
ISO-8859-6, the caller's declared charsets and charset-normalizer's guesses, judged by an
Arabic-aware score (most Arabic letters, fewest control, replacement and stray Latin letters).
Every decoding other than plain UTF-8 is named in ``Decoded.repairs`` (e.g. ``decoded windows-1256``);
the legacy decodings are lossless, so the decoded text kept as ``Article.raw`` still gives back the
original bytes when encoded with the codec named there.

:func:`repair_text` fixes text that was damaged before it reached us: UTF-8 read as Latin-1 /
Windows-1252 or as Windows-1256 (``Ø§Ù„`` or ``ط§ظ„`` for ``ال``) and HTML entities left in plain
text (``&quot;``, ``&nbsp;``, ``&#1575;``).  It is applied to the text that is analysed, never to the
raw input, so offsets are over the repaired text.
"""

from __future__ import annotations

import codecs
import functools
import html
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

#: Bytes looked at to sniff and score an input (enough for a verdict, bounded in time).
SAMPLE_BYTES = 65536
#: The Arabic legacy encodings always tried when an input is not UTF-8.
ARABIC_CODECS = ("cp1256", "iso8859_6")
#: Names used in repair notes (``codecs`` names are terse).
_DISPLAY = {"cp1256": "windows-1256", "iso8859-6": "iso-8859-6", "iso8859_6": "iso-8859-6",
            "cp1252": "windows-1252", "latin-1": "latin-1", "iso8859-1": "latin-1", "utf-16-le": "utf-16-le",
            "utf-16-be": "utf-16-be", "utf-32-le": "utf-32-le", "utf-32-be": "utf-32-be"}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
#: High bytes of UTF-16 code units in Arabic news text: ASCII/Latin-1 (0x00), Arabic (0x06),
#: punctuation (0x20), presentation forms (0xFB, 0xFE).
_UTF16_HIGH = b"\x00\x06\x20\xfb\xfe"
#: A declared charset wins over a detected one unless the detected one scores this much better.
_DECLARED_BONUS = 0.05
#: A legacy decoding is accepted only when this share of it is ordinary text (see _readable_share).
_MIN_READABLE = 0.8


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we accept; the message is the one-line reason."""


@dataclass
class Decoded:
    text: str
    encoding: str  # the Python codec used
    repairs: list[str] = field(default_factory=list)


@dataclass
class Repaired:
    text: str
    repairs: list[str] = field(default_factory=list)


# -- scoring ---------------------------------------------------------------------------------

def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3"


def text_score(text: str) -> float:
    """How much ``text`` looks like (Arabic) news text: Arabic letters per character, less heavy
    penalties for control, replacement and private-use characters and lighter ones for accented
    Latin letters (the signature of Arabic bytes read with a Western codec)."""
    if not text:
        return 0.0
    arabic = bad = latin = 0
    for ch in text:
        if _is_arabic_letter(ch):
            arabic += 1
        elif ch < " " and ch not in "\t\n\r\f\v" or "\x7f" <= ch <= "\x9f" or ch == "\ufffd" \
                or "\ue000" <= ch <= "\uf8ff":
            bad += 1
        elif "\u00c0" <= ch <= "\u024f":
            latin += 1
    return (arabic - 5 * bad - latin) / len(text)


def _readable_share(text: str) -> float:
    """The share of characters that ordinary text is made of: Arabic letters, digits and punctuation,
    ASCII, Latin-1 letters, spaces (a legacy decoding of junk bytes gives mostly other symbols)."""
    if not text:
        return 0.0
    readable = sum(1 for ch in text if " " <= ch <= "~" or ch.isspace() or "\u0621" <= ch <= "\u0669"
                   or ch in "\u060c\u061b\u061f\u00ab\u00bb" or "\u00c0" <= ch <= "\u00ff")
    return readable / len(text)


_WORD_WITH_ARTICLE = re.compile(r"(?<!\w)[وفبكل]?ال\w")


def _article_share(text: str) -> float:
    """Words opening with the definite article ``ال`` per word: Arabic's commonest letter pair, which
    Windows-1256 and ISO-8859-6 read as each other's ``اف`` and ``ان`` (a tie-break between readings
    that are both all Arabic letters)."""
    words = text.count(" ") + 1
    return len(_WORD_WITH_ARTICLE.findall(text)) / words


def display_name(codec: str) -> str:
    """The usual name of a codec in notes and messages (``cp1256`` → ``windows-1256``)."""
    name = codecs.lookup(codec).name
    return _DISPLAY.get(name, name)


# -- decoding --------------------------------------------------------------------------------

def decode_bytes(data: bytes, declared: Iterable[str | None] = ()) -> Decoded:
    """The text of an input's bytes (see the module docstring for the order of tries).

    ``declared`` are charsets the input names itself (an HTTP header, a ``<meta charset>``); they are
    preferred unless an Arabic legacy encoding reads the bytes clearly better (pages that declare
    Windows-1252 but hold Windows-1256 are common).  Raises :class:`DecodeError` with the reason.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, bom, codec)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    sample = data[:SAMPLE_BYTES]
    if b"\x00" in sample:
        raise DecodeError("binary data (NUL bytes), not text")
    try:
        return _non_empty(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _control_bytes(sample) > max(8, len(sample) // 100):
        raise DecodeError("binary data (control bytes), not text")
    if _cut_at_end(data, utf8_error):
        # A download or dump cut inside its last character: the text before it is whole.
        return _non_empty(Decoded(data[:utf8_error.start].decode("utf-8"), "utf-8",
                                  ["decoded utf-8, a character cut at the end dropped"]))
    mixed = _mixed_lines(data) if _utf8_letters(sample) >= _LINE_LETTERS else None
    if mixed is not None:
        return _non_empty(mixed)
    if _mostly_utf8(sample):
        raise DecodeError(f"invalid UTF-8 (bad byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start})")
    return _non_empty(_best_legacy(data, [c for c in map(codec_name, declared) if c]))


def _cut_at_end(data: bytes, error: UnicodeDecodeError) -> bool:
    """Whether the only bytes that are not UTF-8 are the start of a character the input ends inside."""
    return error.end == len(data) and len(data) - error.start < 4 and error.reason == "unexpected end of data"


def _utf8_letters(sample: bytes) -> int:
    """Arabic letters spelled in UTF-8 in ``sample`` (a legacy encoding's Arabic spells almost none)."""
    return len(_ARABIC_LETTER.findall(sample.decode("utf-8", errors="replace")))


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")  # as _is_arabic_letter, in C


def _mixed_lines(data: bytes) -> Decoded | None:
    """UTF-8 text some of whose lines are in Windows-1256 (files of two origins joined with ``cat``,
    a dump with a header added by another tool), each line decoded in its own: None unless a line of
    Arabic words is UTF-8 and every line that is not reads as Arabic words in Windows-1256.  Read
    whole as Windows-1256, the UTF-8 lines were mojibake (``ط§ظ„``) in the raw text; as UTF-8, the
    input was refused.  A line of Arabic words in Windows-1256 is never valid UTF-8 (its letters are
    all lead bytes), so the UTF-8 lines are told apart."""
    lines, legacy, utf8_arabic = [], 0, False
    for line in data.splitlines(keepends=True):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            text = legacy_line(line)
            if text is None:
                return None
            legacy += 1
        else:
            utf8_arabic = utf8_arabic or sum(map(_is_arabic_letter, text)) >= _LINE_LETTERS
        lines.append(text)
    if not (legacy and utf8_arabic):
        return None
    return Decoded("".join(lines), "utf-8", [f"decoded utf-8 with {legacy} line{'s' if legacy > 1 else ''} "
                                             "in windows-1256 (mixed encodings)"])


def legacy_line(line: bytes) -> str | None:
    """A line that is not UTF-8, as Windows-1256 text when it reads as Arabic words there: its bytes
    past ASCII are mostly Arabic letters, enough of them for a few words (a stray byte or two read
    as a letter is damage, not a line of another encoding)."""
    try:
        text = line.decode(ARABIC_CODECS[0])
    except UnicodeDecodeError:
        return None
    beyond_ascii = [ch for ch in text if ch > "\x7f"]
    letters = sum(map(_is_arabic_letter, beyond_ascii))
    return text if letters >= _LINE_LETTERS and letters >= 0.8 * len(beyond_ascii) else None


#: Arabic letters a line in a legacy encoding needs to be read as one (two or three short words).
_LINE_LETTERS = 8
#: Invalid UTF-8 sequences a line of UTF-8 Arabic may hold and still be read, each as U+FFFD: a byte
#: flipped in storage or transfer spoils one or two; more is a line of another encoding or binary.
MAX_DAMAGED_SEQUENCES = 4


def damaged_utf8(line: bytes) -> tuple[str, int] | None:
    """A line of UTF-8 Arabic with a few bytes damaged (a flipped bit: ``0xd9`` turned ``0x99``), as
    its text with each invalid sequence replaced by U+FFFD, and how many there were; None when it is
    no such line (more than :data:`MAX_DAMAGED_SEQUENCES` bad sequences, or fewer than a few words
    of Arabic letters read as UTF-8).  The record around the damage is whole: refusing it lost an
    article for one unreadable letter."""
    bad, at = 0, 0
    while bad <= MAX_DAMAGED_SEQUENCES:
        try:
            line[at:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            bad, at = bad + 1, at + exc.end
    if not 0 < bad <= MAX_DAMAGED_SEQUENCES:
        return None
    text = line.decode("utf-8", errors="replace")  # one U+FFFD a sequence, as counted
    return (text, bad) if len(_ARABIC_LETTER.findall(text)) >= _LINE_LETTERS else None


def _decode_with_bom(data: bytes, bom: bytes, codec: str) -> Decoded:
    try:
        text = data[len(bom):].decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not decodable as {display_name(codec)} despite its byte-order mark "
                          f"(bad bytes at offset {exc.start + len(bom)})") from exc
    note = "utf-8 byte-order mark removed" if codec == "utf-8" else f"decoded {display_name(codec)}"
    return _non_empty(Decoded(text, codec, [note]))


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: nearly every other byte is a high byte of Arabic or ASCII
    text (0x06, 0x00, ...), and the bytes between are not."""
    sample = data[:SAMPLE_BYTES]
    if len(data) % 2 or len(sample) < 4 or b"\x00" not in sample:  # spaces and newlines are 00 20, 00 0A
        return None
    even, odd = sample[0::2], sample[1::2]
    share_even = 1 - len(even.translate(None, _UTF16_HIGH)) / len(even)
    share_odd = 1 - len(odd.translate(None, _UTF16_HIGH)) / len(odd)
    if share_odd >= 0.9 and share_even < 0.5:
        codec = "utf-16-le"
    elif share_even >= 0.9 and share_odd < 0.5:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if text_score(text[:SAMPLE_BYTES]) < 0 or not text.strip():
        return None
    return Decoded(text, codec, [f"decoded {display_name(codec)} (no byte-order mark)"])


_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\v") + b"\x7f"


def _control_bytes(sample: bytes) -> int:
    return len(sample) - len(sample.translate(None, _CONTROL_BYTES))


def _mostly_utf8(sample: bytes) -> bool:
    """Whether bytes that fail as UTF-8 are still UTF-8 with a few damaged sequences (rather than
    a legacy encoding, whose Arabic letters rarely form valid UTF-8 sequences)."""
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return good >= 8 and good >= 4 * bad


def codec_name(name: str | None) -> str | None:
    """Python's name for a declared charset (``UTF8`` → ``utf-8``), or None when it knows none."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def _best_legacy(data: bytes, declared: list[str]) -> Decoded:
    """The best-scoring decoding among the declared charsets, the Arabic legacy encodings and
    charset-normalizer's guesses (declared ones win near-ties)."""
    sample = data[:SAMPLE_BYTES]
    names = list(dict.fromkeys([*declared, *ARABIC_CODECS, *_guesses(sample)]))
    best: tuple[float, str] | None = None
    for codec in names:
        if codec.startswith("utf"):
            continue
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError as exc:
            if len(data) == len(sample) or exc.start < len(sample) - 4:  # not a character cut by the sample's end
                continue
            text = sample[:exc.start].decode(codec, errors="replace")
        score = text_score(text) + _article_share(text) / 10 + (_DECLARED_BONUS if codec in declared else 0.0)
        if best is None or score > best[0]:
            best = (score, codec)
    if best is None or _readable_share(sample.decode(best[1], errors="replace")) < _MIN_READABLE:
        raise DecodeError("not decodable as UTF-8 (nor as Windows-1256/ISO-8859-6)")
    codec = best[1]
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not decodable as UTF-8 nor {display_name(codec)} "
                          f"(bad byte at offset {exc.start})") from exc
    return Decoded(text, codec, [f"decoded {display_name(codec)}"])


def _guesses(sample: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    return [m.encoding for m in list(from_bytes(sample))[:3]]


def _non_empty(decoded: Decoded) -> Decoded:
    if not decoded.text.strip():
        raise DecodeError("empty input")
    return decoded


# -- repairs ---------------------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str) -> str:
    """HTML entities left in plain text, replaced by their characters (twice-escaped ones too);
    entities naming no character or a control character stay as they are."""
    for _ in range(2):  # '&amp;quot;' is '&quot;' after one round
        if "&" not in text:
            break
        text = _ENTITY.sub(_entity_char, text)
    return text


def _entity_char(m: re.Match[str]) -> str:
    char = html.unescape(m.group())
    if not char or char in (m.group(), "\ufffd") or any(c < " " and c not in "\t\n\r" or "\x7f" <= c <= "\x9f"
                                                    for c in char):
        return m.group()
    return char


@dataclass(frozen=True)
class _Mojibake:
    """UTF-8 bytes read as one single-byte codec: how to see it in text and undo it."""

    label: str
    to_byte: dict[str, int]
    pattern: re.Pattern[str]
    hints: tuple[str, ...]  # how the commonest Arabic letters look garbled this way


def _byte_table(codecs_: tuple[str, ...]) -> dict[str, int]:
    """Character → byte for text read with these codecs (later ones fill bytes earlier ones lack:
    tools show Windows-1252's undefined bytes as the Latin-1 control characters)."""
    table: dict[str, int] = {}
    for codec in codecs_:
        for b in range(256):
            try:
                table.setdefault(bytes([b]).decode(codec), b)
            except UnicodeDecodeError:
                continue
    return table


def _char_class(table: dict[str, int], low: int, high: int) -> str:
    return "[" + "".join(re.escape(ch) for ch, b in table.items() if low <= b <= high) + "]"


@functools.cache
def _mojibake_kinds() -> tuple[_Mojibake, ...]:
    kinds = []
    for label, codec_names in (("mojibake utf-8/latin-1", ("cp1252", "latin-1")),
                               ("mojibake utf-8/windows-1256", ("cp1256",))):
        table = _byte_table(codec_names)
        cont = _char_class(table, 0x80, 0xBF)
        seq = (f"(?:{_char_class(table, 0xC2, 0xDF)}{cont}|{_char_class(table, 0xE0, 0xEF)}{cont}{{2}}"
               f"|{_char_class(table, 0xF0, 0xF4)}{cont}{{3}})")
        # A run: encoded sequences with only ASCII spaces, digits and punctuation between them.
        pattern = re.compile(f"{seq}(?:[ -~]*{seq})*")
        kinds.append(_Mojibake(label, table, pattern, _hints(table)))
    return tuple(kinds)


#: Arabic's commonest letters: garbled Arabic text of more than a word or two holds one of them.
_COMMON_LETTERS = "الميون"


def _hints(table: dict[str, int]) -> tuple[str, ...]:
    """Substrings garbled Arabic holds, for a quick test that spares running the full pattern over
    clean text: the lead bytes of Arabic letters (D8, D9) when they read as non-Arabic characters,
    else the commonest letters as this table reads them."""
    chars: dict[int, list[str]] = {}
    for ch, b in table.items():
        chars.setdefault(b, []).append(ch)
    leads = [ch for b in (0xD8, 0xD9) for ch in chars[b]]
    if not any(_is_arabic_letter(ch) for ch in leads):
        return tuple(leads)
    return tuple("".join(combo) for letter in _COMMON_LETTERS
                 for combo in itertools.product(*(chars[b] for b in letter.encode("utf-8"))))


#: Spaces and punctuation common in Arabic news beyond ASCII: Latin-1's (no-break space, guillemets),
#: the general punctuation block (dashes, quotes, zero-width joiners) and the Arabic comma,
#: semicolon and question mark; emoji (social media quoted in articles).
_COMMON_MARK = re.compile("[\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u060c\u061b\u061f\U0001f000-\U0001faff]")


def _plausible(decoded: str, letters_needed: int) -> bool:
    """Whether a run read back as UTF-8 is text: ``letters_needed`` Arabic letters or more, and no
    control, unassigned, private-use or replacement character (what bytes of another kind give);
    with ``letters_needed`` 0, only common spaces and punctuation beyond ASCII (no letter at all)."""
    letters = 0
    for ch in decoded:
        if _is_arabic_letter(ch):
            letters += 1
        elif ch > "~":
            category = unicodedata.category(ch)
            if ch == "\ufffd" or category in ("Cc", "Cn", "Co", "Cs") or (
                    not letters_needed and not _COMMON_MARK.match(ch)):
                return False
    return letters >= letters_needed and (letters_needed or not letters)


def _fix_runs(text: str, kind: _Mojibake, letters_needed: int) -> str:
    def undo(m: re.Match[str]) -> str:
        run = m.group()
        try:
            decoded = bytes(kind.to_byte[ch] for ch in run).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            return run
        return decoded if _plausible(decoded, letters_needed) else run

    return kind.pattern.sub(undo, text)


def fix_mojibake(text: str) -> Repaired:
    """``text`` with UTF-8 read as Latin-1/Windows-1252 or Windows-1256 turned back into what it said.

    A run is taken back when it reads as Arabic (two Arabic letters or more); once one has been, the
    text is known to be garbled that way and the runs without Arabic letters (a no-break space read as
    ``Â\xa0``, quotation marks) are taken back too.
    """
    repairs = []
    for kind in _mojibake_kinds():
        if any(hint in text for hint in kind.hints):
            fixed = _fix_runs(text, kind, letters_needed=2)
            if fixed != text:
                text = _fix_runs(fixed, kind, letters_needed=0)
                repairs.append(kind.label)
    return Repaired(text, repairs)


def repair_text(text: str) -> Repaired:
    """``text`` with HTML entities and mojibake repaired; ``repairs`` names what was done."""
    repairs = []
    unescaped = unescape_entities(text) if "&" in text else text
    if unescaped != text:
        repairs.append("html entities")
    fixed = fix_mojibake(unescaped)
    return Repaired(fixed.text, repairs + fixed.repairs)


#: Repair notes that say how bytes became the raw text (they hold for as long as the raw text is kept).
_DECODING_NOTES = ("decoded ", "utf-8 byte-order mark")


def decoding_notes(repairs: Iterable[str]) -> list[str]:
    """The notes among ``repairs`` about decoding bytes (not about repairing the decoded text)."""
    return [r for r in repairs if r.startswith(_DECODING_NOTES)]


def note_repairs(repairs: list[str], new: Iterable[str]) -> None:
    """Add ``new`` notes to ``repairs`` (e.g. ``Source.repairs``), each once, in order."""
    repairs.extend(r for r in dict.fromkeys(new) if r not in repairs)
