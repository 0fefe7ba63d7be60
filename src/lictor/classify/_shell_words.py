"""Static word expansion for the shell analyser: quotes, variables, `~`, globs, substitutions.

bashlex gives the structure (and where each word and substitution lies); the
value of a word is rebuilt here from its source text, because bashlex drops
ANSI-C quoting (`$'\\x72m'`) and does not say which characters were quoted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SPECIAL_PARAMS = frozenset("@*#?$!-0123456789")
_ANSI_SIMPLE = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "e": "\x1b",
    "E": "\x1b",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "?": "?",
}


class Unparseable(Exception):
    """What runs cannot be known; analyse_shell turns this into the worst case."""


@dataclass(frozen=True)
class Word:
    """One field of a command line after static expansion."""

    value: str
    """The expanded value (the literal source text when `dynamic`)."""
    text: str
    """The word as written in the source."""
    dynamic: bool = False
    """True when the value depends on something unknown before it runs (substitution, variable)."""
    glob: bool = False
    """True when the value holds an unquoted glob pattern."""
    download: bool = False
    """True when a substitution inside it runs a downloader (its output is remote content)."""
    content: str | None = None
    """Static content of a process substitution `<(...)` making up the word, when known."""


@dataclass(frozen=True)
class Output:
    """What a command writes to stdout, as far as it is statically known."""

    text: str | None = None
    """The exact output when known (`echo`, here-doc `cat`), else None."""
    download: bool = False
    """True when the output is (or derives from) downloaded content."""
    decoded: bool = False
    """True when the output was decoded (base64 -d, xxd -r...): a sign of obfuscation."""


def word(value: str) -> Word:
    """A static word not taken from source (an unwrapped option, a synthetic argument)."""
    return Word(value, value)


def decode_ansi_c(body: str) -> str:
    """The value of a `$'...'` string body."""
    out: list[str] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\" or i + 1 >= len(body):
            out.append(c)
            i += 1
            continue
        n = body[i + 1]
        i += 2
        if n in _ANSI_SIMPLE:
            out.append(_ANSI_SIMPLE[n])
        elif n in "xuU":
            size = {"x": 2, "u": 4, "U": 8}[n]
            digits = re.match(f"[0-9a-fA-F]{{1,{size}}}", body[i:])
            if digits:
                out.append(chr(min(int(digits.group(), 16), 0x10FFFF)))
                i += len(digits.group())
            else:
                out.append("\\" + n)
        elif n in "01234567":
            digits = re.match(r"[0-7]{0,2}", body[i:])
            assert digits is not None
            out.append(chr(int(n + digits.group(), 8) & 0xFF))
            i += len(digits.group())
        elif n == "c" and i < len(body):
            out.append(chr(ord(body[i]) & 0x1F))
            i += 1
        else:
            out.append("\\" + n)
    return "".join(out)


def _ansi_c_end(source: str, start: int, end: int) -> int:
    """Index of the closing quote of a `$'...'` body starting at `start`."""
    i = start
    while i < end:
        if source[i] == "\\":
            i += 2
            continue
        if source[i] == "'":
            return i
        i += 1
    raise Unparseable("unterminated $'...' string")


def _brace_end(source: str, start: int, end: int) -> int:
    """Index of the `}` closing a `${` whose body starts at `start`."""
    depth = 1
    i = start
    while i < end:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise Unparseable("unterminated ${...}")


SubstFn = Callable[[Any], Output]
"""Runs (analyses) a command or process substitution node and says what it prints."""
LookupFn = Callable[[str], "tuple[str | None, bool]"]
"""Value of a variable (None when unknown) and whether it holds downloaded content."""


class _Chars:
    """Characters of the fields being built, each remembering whether it was quoted."""

    def __init__(self) -> None:
        self.fields: list[list[tuple[str, bool]]] = [[]]
        self.had_quotes = [False]

    def add(self, text: str, quoted: bool, split: bool = False) -> None:
        for c in text:
            if split and not quoted and c in " \t\n":
                if self.fields[-1] or self.had_quotes[-1]:
                    self.fields.append([])
                    self.had_quotes.append(False)
                continue
            self.fields[-1].append((c, quoted))

    def quote(self) -> None:
        self.had_quotes[-1] = True


def subst_spans(node: Any) -> dict[int, Any]:
    """Command and process substitutions directly inside a word, by start offset."""
    spans: dict[int, Any] = {}
    stack = list(getattr(node, "parts", []) or [])
    while stack:
        part = stack.pop()
        if part.kind in ("commandsubstitution", "processsubstitution"):
            spans[part.pos[0]] = part
        else:
            stack.extend(getattr(part, "parts", []) or [])
    return spans


def _walk(node: Any) -> list[Any]:
    """Every node below `node` (bounded by the tree's size)."""
    found: list[Any] = []
    stack = [node]
    while stack:
        current = stack.pop()
        found.append(current)
        for attr in ("parts", "list", "redirects"):
            stack.extend(getattr(current, attr, None) or [])
        for attr in ("command", "heredoc", "output"):
            child = getattr(current, attr, None)
            if child is not None and not isinstance(child, int | str):
                stack.append(child)
    return found


def substitution_end(node: Any, source: str) -> int:
    """Where a substitution really ends: bashlex stops its span at a here-doc inside it."""
    end: int = node.pos[1]
    heredoc_end = max((n.pos[1] for n in _walk(node) if n.kind == "heredoc"), default=0)
    if heredoc_end > end:
        close = source.find(")" if source[node.pos[0]] == "$" else "`", heredoc_end)
        end = close + 1 if close >= 0 else heredoc_end
    return end


class Expander:
    """Expands words of one source string with what is statically known."""

    def __init__(self, source: str, lookup: LookupFn, subst: SubstFn, home: str, cwd: str) -> None:
        self.source = source
        self.lookup = lookup
        self.subst = subst
        self.home = home
        self.cwd = cwd

    def expand(self, node: Any, *, split: bool = True) -> list[Word]:
        """The fields a word node expands to (several after IFS splitting or brace expansion)."""
        start, end = node.pos
        return self.expand_range(start, end, subst_spans(node), split=split)

    def expand_range(
        self, start: int, end: int, spans: dict[int, Any], *, split: bool = True
    ) -> list[Word]:
        """The fields of the source between `start` and `end`."""
        src = self.source
        text = src[start:end]
        if not spans and _LITERAL.fullmatch(text):
            # Nothing to expand, quote, split or glob: the word is itself.
            return [Word(value=text, text=text)]
        chars = _Chars()
        state = {"dynamic": False, "download": False}
        contents: list[str | None] = []
        dq = False
        i = start
        while i < end:
            if i in spans:
                node = spans[i]
                out = self.subst(node)
                state["download"] |= out.download
                s, e = node.pos[0], substitution_end(node, src)
                if node.kind == "processsubstitution":
                    contents.append(out.text)
                    state["dynamic"] = True
                    chars.add(src[s:e], True)
                elif out.text is None:
                    state["dynamic"] = True
                    chars.add(src[s:e], True)
                else:
                    chars.add(out.text.rstrip("\n"), dq, split=split)
                i = max(e, i + 1)
                continue
            c = src[i]
            if c == "`" or (c == "$" and src.startswith("$(", i)):
                raise Unparseable("substitution the parser did not report")
            if dq:
                if c == '"':
                    dq = False
                    i += 1
                elif c == "\\" and i + 1 < end and src[i + 1] in '$`"\\\n':
                    if src[i + 1] != "\n":
                        chars.add(src[i + 1], True)
                    i += 2
                elif c == "$":
                    i = self._dollar(i, end, chars, state, quoted=True, split=split)
                else:
                    chars.add(c, True)
                    i += 1
                continue
            if c == "'":
                close = src.find("'", i + 1, end)
                if close < 0:
                    raise Unparseable("unterminated quote")
                chars.quote()
                chars.add(src[i + 1 : close], True)
                i = close + 1
            elif c == '"':
                chars.quote()
                dq = True
                i += 1
            elif c == "\\":
                if i + 1 < end and src[i + 1] != "\n":
                    chars.add(src[i + 1], True)
                i += 2
            elif c == "$" and src.startswith("$'", i):
                close = _ansi_c_end(src, i + 2, end)
                chars.quote()
                chars.add(decode_ansi_c(src[i + 2 : close]), True)
                i = close + 1
            elif c == "$" and src.startswith('$"', i):
                chars.quote()
                dq = True
                i += 2
            elif c == "$":
                i = self._dollar(i, end, chars, state, quoted=False, split=split)
            else:
                chars.add(c, False)
                i += 1
        words: list[Word] = []
        content = contents[0] if len(contents) == 1 else None
        for index, field in enumerate(chars.fields):
            if not field and not chars.had_quotes[index]:
                continue
            if index == 0:
                field = self._tilde(field, state)
            for value_chars in _braces(field):
                words.append(
                    Word(
                        value=text if state["dynamic"] else "".join(c for c, _ in value_chars),
                        text=text,
                        dynamic=bool(state["dynamic"]),
                        glob=_is_glob(value_chars),
                        download=bool(state["download"]),
                        content=content,
                    )
                )
        return words

    def _dollar(
        self,
        i: int,
        end: int,
        chars: _Chars,
        state: dict[str, bool],
        *,
        quoted: bool,
        split: bool,
    ) -> int:
        """Expand the parameter at `i`; returns the index after it."""
        src = self.source
        if i + 1 >= end:
            chars.add("$", quoted)
            return i + 1
        nxt = src[i + 1]
        if nxt == "{":
            close = _brace_end(src, i + 2, end)
            inner = src[i + 2 : close]
            if "$(" in inner or "`" in inner:
                raise Unparseable("substitution inside ${...}")
            name, stop = inner, close + 1
        elif nxt in _SPECIAL_PARAMS:
            state["dynamic"] = True
            chars.add(src[i : i + 2], True)
            return i + 2
        else:
            match = NAME.match(src, i + 1, end)
            if not match:
                chars.add("$", quoted)
                return i + 1
            name, stop = match.group(), match.end()
        if name == "IFS":
            # default IFS: an unquoted ${IFS} splits the word, the `rm${IFS}-rf` trick
            chars.add(" ", quoted, split=split)
            return stop
        value, download = (None, False) if not NAME.fullmatch(name) else self.lookup(name)
        state["download"] |= download
        if value is None:
            state["dynamic"] = True
            chars.add(src[i:stop], True)
        else:
            chars.add(value, quoted, split=split)
        return stop

    def _tilde(
        self, field: list[tuple[str, bool]], state: dict[str, bool]
    ) -> list[tuple[str, bool]]:
        """Leading unquoted `~`, `~+`, `~user` expanded."""
        if not field or field[0] != ("~", False):
            return field
        cut = next((k for k, (c, _) in enumerate(field) if c == "/"), len(field))
        if any(q for _, q in field[:cut]):
            return field
        user = "".join(c for c, _ in field[1:cut])
        if user == "":
            home = self.home
        elif user == "+":
            home = self.cwd
        elif user == "root":
            home = "/root"
        else:
            state["dynamic"] = True
            return field
        return [(c, True) for c in home] + field[cut:]


def _is_glob(chars: list[tuple[str, bool]]) -> bool:
    """True when an unquoted `*`, `?` or `[...]` appears."""
    for k, (c, quoted) in enumerate(chars):
        if quoted:
            continue
        if c in "*?":
            return True
        if c == "[" and any(d == "]" and not q for d, q in chars[k + 1 :]):
            return True
    return False


def _braces(chars: list[tuple[str, bool]]) -> list[list[tuple[str, bool]]]:
    """Bash brace expansion of the first unquoted `{a,b}` (recursively), bounded."""
    opens = [k for k, (c, q) in enumerate(chars) if c == "{" and not q]
    for open_at in opens:
        depth = 0
        commas: list[int] = []
        for k in range(open_at, len(chars)):
            c, q = chars[k]
            if q:
                continue
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    if not commas:
                        break
                    cuts = [open_at, *commas, k]
                    head, tail = chars[:open_at], chars[k + 1 :]
                    results: list[list[tuple[str, bool]]] = []
                    for a, b in itertools.pairwise(cuts):
                        results.extend(_braces(head + chars[a + 1 : b] + tail))
                        if len(results) > 256:
                            raise Unparseable("brace expansion too large")
                    return results
            elif c == "," and depth == 1:
                commas.append(k)
    return [chars]


_LITERAL = re.compile(r"[^\s'\"\\$`~{}*?\[\]]+")
"""A word with none of quoting, expansion, tilde, braces, globs or blanks: it expands to itself."""
_QUOTED_HEREDOC = re.compile(r"<<(-?)([ \t]*)(?:'(\w+)'|\"(\w+)\"|\\(\w+))")
_ARITH = re.compile(r"\$\(\(((?:[^()`$]|\$(?!\())*)\)\)")
_DBRACKET = re.compile(r"\[\[\s((?:[^\]`$]|\$(?!\()|\](?!\]))*)\s\]\]")
_TIME_KEYWORD = re.compile(r"(^|[;&|(\n]|\bthen|\bdo|\belse)([ \t]*)time(?:[ \t]+-p)?(?=[ \t])")


def rewrite_for_bashlex(source: str) -> tuple[str, set[int], list[str]]:
    """Same-length rewrites of constructs bashlex rejects but that have no effect of their own.

    Returns the new source, the offsets of here-doc delimiters that were quoted
    (so their bodies stay literal) and notes saying what was rewritten.
    """
    notes: list[str] = []
    quoted: set[int] = set()

    def heredoc(m: re.Match[str]) -> str:
        delim = m.group(3) or m.group(4) or m.group(5)
        head = "<<" + m.group(1)
        pad = len(m.group()) - len(head) - len(delim)
        quoted.add(m.start() + len(head) + pad)
        return head + " " * pad + delim

    out = _QUOTED_HEREDOC.sub(heredoc, source)
    if quoted:
        notes.append("quoted here-doc delimiter: body taken literally")
    out, count = _ARITH.subn(lambda m: "1" * len(m.group()), out)
    if count:
        notes.append("arithmetic $((...)) taken as a number")
    out, count = _DBRACKET.subn(lambda m: "true" + " " * (len(m.group()) - 4), out)
    if count:
        notes.append("[[ ... ]] test without substitutions taken as a no-op")
    out, count = _TIME_KEYWORD.subn(
        lambda m: m.group(1) + m.group(2) + " " * (len(m.group()) - len(m.group(1) + m.group(2))),
        out,
    )
    if count:
        notes.append("time keyword dropped")
    return out, quoted, notes


def heredoc_substitutions(body: str) -> list[str]:
    """Command texts of `$(...)` and backticks in an unquoted here-doc body (they run)."""
    found: list[str] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if c == "`":
            close = body.find("`", i + 1)
            if close < 0:
                raise Unparseable("unterminated backtick in here-doc")
            found.append(body[i + 1 : close])
            i = close + 1
        elif body.startswith("$(", i):
            close = _paren_end(body, i + 2)
            found.append(body[i + 2 : close])
            i = close + 1
        else:
            i += 1
    return found


def _paren_end(text: str, start: int) -> int:
    """Index of the `)` closing a `$(` whose body starts at `start`, skipping quotes."""
    depth = 1
    i = start
    quote = ""
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if quote:
            if c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise Unparseable("unterminated $( in here-doc")
