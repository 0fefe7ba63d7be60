"""Folding text into one canonical form before injection rules read it.

Attackers hide instructions from humans (zero-width and bidi characters, Unicode tag
characters, HTML comments, `display:none`, alt text) and from filters (homoglyphs,
base64, hex, URL-encoding, rot13, spaced-out letters). This module undoes each trick,
bounded in work, and records which ones it saw: the tricks themselves are evidence.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
import unicodedata
from dataclasses import dataclass
from itertools import compress, repeat
from operator import contains, or_
from urllib.parse import unquote

MAX_DECODED_RUNS = 32
"""Encoded runs decoded per text; an input made of thousands of them is not worth more."""
MAX_RUN_CHARS = 65536
"""Longest encoded run decoded; longer runs are payloads, not hidden sentences."""
MIN_PRINTABLE = 0.85
"""Share of printable characters a decoded run needs to count as hidden text."""
MIN_LETTERS = 0.4
"""Share of letters a decoded run needs; JSON tool calls are punctuation-heavy."""

# Zero-width, bidi controls, soft hyphen, word joiners, BOM, Mongolian vowel separator.
_HIDDEN_CHARS = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
# Unicode tag characters mirror ASCII invisibly ("ASCII smuggling").
_TAG_CHARS = re.compile("[\U000e0000-\U000e007f]+")

# Latin look-alikes from Cyrillic, Greek and a few symbol blocks NFKC leaves alone.
_CONFUSABLES = {
    # Cyrillic lower case
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "і": "i",
    "ї": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p",
    "ԛ": "q", "г": "r", "ѕ": "s", "т": "t", "ц": "u", "ѵ": "v", "ԝ": "w", "х": "x",
    "у": "y", "ү": "y", "з": "3", "ь": "b", "п": "n", "и": "u", "л": "n",
    # Cyrillic upper case
    "А": "A", "В": "B", "С": "C", "Е": "E", "Ё": "E", "Н": "H", "І": "I", "Ї": "I",
    "Ј": "J", "К": "K", "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X",
    "У": "Y", "Ү": "Y", "Ԝ": "W", "Ԛ": "Q", "Ӏ": "I",
    # Greek lower case
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "c", "μ": "u",
    # Greek upper case
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Armenian, Cherokee and Latin extensions that render as plain letters
    "օ": "o", "ս": "u", "ց": "g", "հ": "h", "ո": "n", "Ꭺ": "A", "Ꭼ": "E", "Ꮃ": "W",
    "ɑ": "a", "ɡ": "g", "ı": "i", "ȷ": "j", "ℓ": "l", "ꞵ": "b",
}  # fmt: skip
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLES)
# Translating is slow on non-ASCII text; most of it (accents, dashes, quotes) has no look-alike.
_CONFUSABLE_CHAR = re.compile("[" + "".join(_CONFUSABLES) + "]")
_LOOKALIKE_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u052f\u0530-\u058f]")
_MIXED_SCRIPT = re.compile(
    "[A-Za-z][\u0370-\u03ff\u0400-\u052f\u0530-\u058f]|[\u0370-\u03ff\u0400-\u052f\u0530-\u058f][A-Za-z]"
)

_ROT13 = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZabcdefghijklm",
)
# Words nearly every injection uses; a rot13 view is kept only when it contains some.
_ROT13_TRIGGERS = re.compile(
    r"\b(?:ignore|disregard|instructions|previous|system|prompt|assistant|agent|execute|send"
    r"|run|delete|user|tell|reveal|upload|post|password|secret|token|file|the|and|you|your|to)\b"
)

_HTML_COMMENT = re.compile(r"<!--(.{0,20000}?)-->", re.DOTALL)
_HIDDEN_ELEMENT = re.compile(
    r"<(\w{1,10})\b[^>]{0,300}?(?:style\s*=\s*[\"'][^\"']{0,200}?"
    r"(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0"
    r"|color\s*:\s*(?:white|#fff\b|#ffffff|transparent))|\bhidden\b|aria-hidden=\"true\")"
    r"[^>]{0,300}>(.{0,20000}?)</\1\s*>",
    re.DOTALL | re.IGNORECASE,
)
# Attributes are only read inside tags; a tag is found first because `<` is rare and cheap.
_TAG_SPAN = re.compile(r"<[A-Za-z][^<>]{0,8000}>")
_ATTRIBUTE_TEXT = re.compile(
    r"\b(?:alt|title|aria-label|data-[\w-]{1,30}|content)\s*=\s*(?:\"([^\"]{8,4000})\""
    r"|'([^']{8,4000})')",
    re.IGNORECASE,
)
# One pattern per idiom, each opening with a literal that the regex engine scans for quickly.
_MARKDOWN_HIDDEN = (
    re.compile(r"!\[([^\]\n]{8,2000})\]"),  # image alt text
    re.compile(r"\]\([^)\s]{0,2000}\s+\"([^\"\n]{8,2000})\"\)"),  # link title
    # `[x]: # (...)` at a line start; searched in "\n" + text, since `^` has no fast scan.
    re.compile(r"\n\[[^\]\n]{1,100}\]:\s*#?\s*\(([^)\n]{8,2000})\)"),
)
# HTML tags are layout, except names that spoof roles (`<system>`), which rules must see.
_TAG = re.compile(
    r"</?(?!(?:system|instructions?|admin|developer|sys|important|secret|hidden|tool_call"
    r"|function_calls|invoke|assistant|user)\b)[A-Za-z][A-Za-z0-9:-]{0,30}(?:\s[^<>]{0,2000})?/?>"
)

# The lookbehind starts a try only where a run starts, keeping the scan linear.
_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{24,}={0,2}")
# Each run pattern starts its tries only at a run boundary (lookbehind or a literal), so a
# scan is linear in the text: these run on every incoming string.
_HEX_RUN = re.compile(r"(?:\\x[0-9a-fA-F]{2}){8,}|(?<![0-9A-Za-z])[0-9a-fA-F]{24,}(?![0-9A-Za-z])")
_URL_ENCODED = re.compile(
    r"(?<!\S)(?=\S*?%[0-9a-fA-F]{2}\S*?%[0-9a-fA-F]{2}\S*?%[0-9a-fA-F]{2})\S+"
)
_UNICODE_ESCAPES = re.compile(r"(?:\\u[0-9a-fA-F]{4}){6,}")
_HEX_MARKER = re.compile(r"\\x[0-9a-fA-F]{2}|[0-9a-fA-F]{24}")
_ESCAPE_MARKER = re.compile(r"\\u[0-9a-fA-F]{4}")
_URL_MARKER = re.compile(r"%[0-9a-fA-F]{2}[^%\s]{0,64}%[0-9a-fA-F]{2}")
# Three or more characters, the first a letter, split by one repeated separator ("i g n o r e",
# "r.u.l.e.s", "h-t-t-p-s-:-/-/"); a wider gap (two spaces, another separator) ends the word.
_SPACED_LETTERS = re.compile(r"(?<!\S)[^\W\d_]([ .\-_*])(?:\S\1)+\S(?!\S)")
_SEPARATORS = re.compile(r"[ .\-_*]")
# Every spaced-out word has one of these one character after its first letter; each opens with
# a literal the regex engine scans for quickly, unlike `_SPACED_LETTERS`, which is only tried
# where a hint says a word may start.
_SPACED_HINTS = (re.compile(r" \S \S(?!\S)"), re.compile(r"[.\-_*]\S[.\-_*]"))
_LETTER = re.compile(r"[^\W\d_]")
MAX_SPACED_HINTS = 64
"""Hints followed one by one; past that the whole text is searched in one pass."""
# rot13 of words nearly every English sentence has: a cheap test before rotating the text
# ("gb" is rot13 "to", and also "GB", so it needs company).
_ROT13_WORDS = frozenset({"gur", "naq", "lbh", "lbhe", "vtaber", "fraq", "flfgrz", "vafgehpgvbaf"})
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
MIN_RUN = 24
"""Characters of the shortest base64/hex run decoded; URL-encoded runs need a `%` only."""


@dataclass(frozen=True)
class Normalised:
    """One text in canonical form, plus what was hidden in it and how."""

    text: str
    """Visible text: NFKC, hidden characters removed, entities unescaped, spaced-out words
    joined, homoglyphs folded, accents stripped, lower-cased, whitespace collapsed (newlines
    kept)."""
    hidden: tuple[str, ...]
    """Normalised text found where humans do not see it (comments, hidden elements, alt text,
    link titles, Unicode tag characters)."""
    decoded: tuple[str, ...]
    """Normalised text decoded from base64, hex, URL-encoding, `\\u` escapes or rot13."""
    hidden_chars: int
    """Zero-width, bidi-control and other invisible characters that were removed."""
    tag_chars: int
    """Unicode tag characters (invisible ASCII) that were removed."""
    mixed_script: int
    """Places where Latin letters sit next to Cyrillic/Greek/Armenian look-alikes."""
    spaced_words: int = 0
    """Spaced-out words ("i g n o r e") joined back in `text`."""

    @property
    def combined(self) -> str:
        """Visible text, then every hidden and decoded part, one per line."""
        if not self.hidden and not self.decoded:
            return self.text
        return "\n".join((self.text, *self.hidden, *self.decoded))


def fold(text: str) -> str:
    """Canonical form of a short text: the same folding `normalise` applies to visible text."""
    if not text.isascii():
        text = _HIDDEN_CHARS.sub("", unicodedata.normalize("NFKC", text))
    if "&" in text:
        text = html.unescape(text)
    if not text.isascii():
        if _CONFUSABLE_CHAR.search(text):
            text = text.translate(_CONFUSABLE_TABLE)
        # Strip accents so "précédentes" and "precedentes" read alike.
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    text = text.lower()
    # Whitespace runs become one space, lines lose their edges and blank lines go.
    return "\n".join(filter(None, map(" ".join, map(str.split, text.split("\n")))))


def _printable(text: str) -> bool:
    if len(text) < 6:
        return False
    # Counted with C-level maps: decoded runs can be 64 KiB long.
    good = len(text)
    if not text.isprintable():
        good = sum(map(str.isprintable, text)) + sum(map(text.count, "\n\r\t"))
    letters = sum(map(str.isalpha, text))
    return good / len(text) >= MIN_PRINTABLE and letters / len(text) >= MIN_LETTERS


def _decode_base64(run: str) -> str | None:
    # Encoded text has both cases; identifiers and paths that fit the alphabet mostly do not.
    if run.islower() or run.isupper() or ("/" in run and ("-" in run or "_" in run)):
        return None
    run = run.rstrip("=")
    padded = run + "=" * (-len(run) % 4)
    try:
        data = (
            base64.urlsafe_b64decode(padded)
            if "-" in run or "_" in run
            else base64.b64decode(padded, validate=False)
        )
        return data.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def _decode_hex(run: str) -> str | None:
    try:
        return bytes.fromhex(run.replace("\\x", "")).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


def _decode_escapes(run: str) -> str | None:
    try:
        return codecs.decode(run, "unicode_escape")
    except (UnicodeDecodeError, ValueError):
        return None


def _decoded_parts(raw: str, visible: str) -> list[str]:
    found: list[str] = []
    # Every encoded run is one whitespace-free token: search only the long or `%` ones.
    words = raw.split()
    long_words = map(MIN_RUN.__le__, map(len, words))
    if "%" in raw:
        long_words = map(or_, long_words, map(contains, words, repeat("%")))
    runs = "\n".join(compress(words, long_words))
    for pattern, decoder, marker in (
        (_BASE64_RUN, _decode_base64, None),
        (_HEX_RUN, _decode_hex, _HEX_MARKER),
        (_UNICODE_ESCAPES, _decode_escapes, _ESCAPE_MARKER),
        (_URL_ENCODED, unquote, _URL_MARKER),
    ):
        # A cheap marker test first: most text holds no escapes at all.
        if not runs or (marker is not None and not marker.search(runs)):
            continue
        for match in pattern.finditer(runs):
            if len(found) >= MAX_DECODED_RUNS:
                return found
            run = match.group()
            if len(run) > MAX_RUN_CHARS:
                continue
            text = decoder(run)
            if text and text != run and _printable(text):
                found.append(text)
    if "rot13" in visible or "rot-13" in visible or _looks_rot13(visible):
        rotated = visible.translate(_ROT13)
        # Only keep the rot13 view when it reads as English the original did not contain.
        if len(_ROT13_TRIGGERS.findall(rotated)) > len(_ROT13_TRIGGERS.findall(visible)):
            found.append(rotated)
    return found


def _looks_rot13(visible: str) -> bool:
    found = _ROT13_WORDS.intersection(visible.split())
    return bool(found) and (len(found) > 1 or "gb" in visible)


def _join_spaced(match: re.Match[str]) -> str:
    return _SEPARATORS.sub("", match.group())


def _spaced_starts(text: str) -> list[int] | None:
    """Where spaced-out words may start, in order; None when there are too many hints to
    follow one by one."""
    starts: set[int] = set()
    for hint in _SPACED_HINTS:
        found = hint.search(text)
        while found is not None:
            if len(starts) >= MAX_SPACED_HINTS:
                return None
            # The word's first letter sits just before the hint, after a space or the start.
            at = found.start() - 1
            if at >= 0 and _LETTER.match(text, at) and (at == 0 or text[at - 1].isspace()):
                starts.add(at)
            # One character on, not past the hint: hints of neighbouring words overlap.
            found = hint.search(text, found.start() + 1)
    return sorted(starts)


def despace(text: str) -> tuple[str, int]:
    """`text` with spaced-out words joined ("i g n o r e  a l l" -> "ignore all"), and how
    many were joined."""
    starts = _spaced_starts(text)
    if starts is None:
        return _SPACED_LETTERS.subn(_join_spaced, text)
    parts: list[str] = []
    done = 0
    for at in starts:
        if at < done:
            continue
        match = _SPACED_LETTERS.match(text, at)
        if match is not None:
            parts += (text[done:at], _join_spaced(match))
            done = match.end()
    if not parts:
        return text, 0
    parts.append(text[done:])
    return "".join(parts), len(parts) // 2


def _hidden_parts(raw: str) -> list[str]:
    found: list[str] = []
    if "<!--" in raw:
        found.extend(m.group(1) for m in _HTML_COMMENT.finditer(raw))
    if "<" in raw:
        found.extend(m.group(2) for m in _HIDDEN_ELEMENT.finditer(raw))
    if "<" in raw and "=" in raw:
        tags = " ".join(m.group() for m in _TAG_SPAN.finditer(raw))
        found.extend(m.group(1) or m.group(2) for m in _ATTRIBUTE_TEXT.finditer(tags))
    if "[" in raw:
        lines = "\n" + raw
        for pattern in _MARKDOWN_HIDDEN:
            found.extend(m.group(1) for m in pattern.finditer(lines))
    return found[:MAX_DECODED_RUNS]


def normalise(text: str) -> Normalised:
    """Canonical form of `text` with hidden and encoded content pulled out; bounded work."""
    hidden_chars = len(_HIDDEN_CHARS.findall(text)) if not text.isascii() else 0
    tag_chars = 0
    smuggled: list[str] = []
    mixed = 0
    if not text.isascii():
        if _LOOKALIKE_SCRIPT.search(text):
            mixed = len(_MIXED_SCRIPT.findall(text))
        for match in _TAG_CHARS.finditer(text):
            tag_chars += len(match.group())
            smuggled.append("".join(chr(ord(ch) - 0xE0000) for ch in match.group()))
        if tag_chars:
            text = _TAG_CHARS.sub("", text)
    raw = html.unescape(text) if "&" in text else text
    hidden = [*smuggled, *_hidden_parts(raw)]
    visible_raw = _TAG.sub(" ", raw) if "<" in raw else raw
    # Joined before folding, which would collapse the double spaces that separate words.
    visible_raw, spaced = despace(visible_raw)
    visible = fold(visible_raw)
    decoded = _decoded_parts(raw if raw.isascii() else _HIDDEN_CHARS.sub("", raw), visible)
    # Decoded text may itself hide more (base64 inside a comment); one more level is enough.
    for part in list(hidden):
        decoded.extend(_decoded_parts(part, fold(part))[:4])
    return Normalised(
        text=visible,
        hidden=tuple(fold(part) for part in hidden if part.strip()),
        decoded=tuple(fold(part) for part in decoded[:MAX_DECODED_RUNS]),
        hidden_chars=hidden_chars,
        tag_chars=tag_chars,
        mixed_script=mixed,
        spaced_words=spaced,
    )
