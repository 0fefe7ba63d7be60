"""Grant patterns: `Tool(argspec, ...)`, what they allow, and whether one covers another.

    Bash(pytest *)                      the command of every sub-command matches `pytest *`
    git.push(repo=org/app, branch!=main)
    Write(path=./src/**)                 resolved against the workspace, matched on absolute paths
    mcp__github__*                       any arguments

A pattern is parsed once into tokens. Matching compiles them to a regex;
coverage (for delegation) compares token lists, so "child is covered by parent"
is proved, never guessed: when the proof fails, the delegation is refused.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from lictor.classify import Manifest
from lictor.errors import GrantError
from lictor.model import TargetKind

TARGET_ALIASES = frozenset({"path", "url", "host", "repo", "branch", "recipient"})
"""Constraint names that, when the tool has no argument of that name, mean its effects' targets."""

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_TOOL = re.compile(r"[A-Za-z0-9_.:*?\-]+")
_MAX_DOUBLE_STAR_SLASH = 4  # each `**/` doubles the forms coverage compares


class Tok(Enum):
    """One glob token; the wildcard kinds are told apart so coverage can compare them."""

    LIT = "lit"
    ANY1 = "any1"  # `?` in text: one character
    SEG1 = "seg1"  # `?` in a path: one character but `/`
    SEG = "seg"  # `*` in a path: any run without `/`
    ANY = "any"  # `**` anywhere, `*` in text: any run


Token = tuple[Tok, str]


@dataclass(frozen=True)
class Glob:
    """A parsed glob (or exact value) in one of its `**/`-free forms."""

    source: str
    """The value as written (after resolving a path against the workspace)."""
    forms: tuple[tuple[Token, ...], ...]
    """Token lists; `a/**/b` has two forms, `a/b` and `a/<ANY>/b`."""

    @cached_property
    def literal(self) -> str | None:
        """The one string this glob matches, or None when it has wildcards."""
        if len(self.forms) != 1 or any(kind is not Tok.LIT for kind, _ in self.forms[0]):
            return None
        return "".join(ch for _, ch in self.forms[0])

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{_form_regex(f)})" for f in self.forms), re.DOTALL)

    def matches(self, value: str) -> bool:
        """True when `value` is in the glob's language."""
        return self.regex.fullmatch(value) is not None


@dataclass(frozen=True)
class Constraint:
    """One argument spec: `name=glob`, `name!=glob` or `name==exact`."""

    name: str
    """Argument name, or a target alias (`path`, `url`...)."""
    glob: Glob
    """The value pattern (an exact value is a glob without wildcards)."""
    negated: bool = False
    """True for `!=`: no value may match."""
    path: bool = False
    """True when values are paths (`*` stops at `/`, resolved against the workspace)."""

    def holds(self, values: Sequence[str]) -> bool:
        """Every value satisfies the spec; a call without the argument satisfies nothing."""
        if not values:
            return False
        if self.negated:
            return not any(self.glob.matches(v) for v in values)
        return all(self.glob.matches(v) for v in values)

    def describe(self) -> str:
        op = "!=" if self.negated else ("==" if self.glob.literal is not None else "=")
        return f"{self.name}{op}{self.glob.source}"


@dataclass(frozen=True)
class Pattern:
    """One `--allow` entry of a grant."""

    text: str
    """The pattern as the user wrote it."""
    tool: Glob
    """Tool name glob."""
    constraints: tuple[Constraint, ...] = ()
    """Every one must hold."""

    def allows(self, call: Call) -> bool:
        """True when the tool matches and every constraint holds for this call."""
        return self.tool.matches(call.tool) and all(
            c.holds(call.values(c.name)) for c in self.constraints
        )

    def first_failure(self, call: Call) -> str:
        """Which part of the pattern the call fails, for a deny reason; empty when it matches."""
        if not self.tool.matches(call.tool):
            return f"tool {call.tool} is not {self.tool.source}"
        for c in self.constraints:
            values = call.values(c.name)
            if not values:
                return f"{c.name} is absent"
            if not c.holds(values):
                return f"{c.name} {values[0]!r} fails {c.describe()}"
        return ""


@dataclass(frozen=True)
class Call:
    """One tool call as patterns see it: argument values by name, resolved where they are paths."""

    tool: str
    """Tool name."""
    args: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Argument name -> its values (a list argument has several)."""
    targets: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Target kind -> the effects' targets of that kind (paths absolute)."""

    def values(self, name: str) -> tuple[str, ...]:
        if name in self.args:
            return self.args[name]
        if name in TARGET_ALIASES:
            return self.targets.get(name, ())
        return ()


def allowed_by(patterns: Iterable[Pattern], calls: Sequence[Call]) -> bool:
    """A set of calls (a shell command's sub-commands) is allowed when each is allowed."""
    items = list(patterns)
    return bool(calls) and all(any(p.allows(c) for p in items) for c in calls)


# --- parsing --------------------------------------------------------------------


@dataclass(frozen=True)
class _Shape:
    primary: str
    kinds: Mapping[str, TargetKind]
    shell: str


def _shape(tool: str, manifest: Manifest) -> _Shape | None:
    if any(ch in tool for ch in "*?"):
        return None
    spec = manifest.lookup(tool)
    if spec is None:
        return None
    primary = spec.shell or next(iter(spec.targets), "")
    return _Shape(primary, spec.targets, spec.shell)


def parse_pattern(text: str, manifest: Manifest, workspace: str, home: str = "") -> Pattern:
    """Parse one pattern; GrantError naming the pattern and the 1-based column on bad input."""
    parser = _Parser(text, manifest, workspace, home or os.path.expanduser("~"))
    return parser.parse()


def parse_patterns(
    texts: Iterable[str], manifest: Manifest, workspace: str, home: str = ""
) -> tuple[Pattern, ...]:
    """Parse several patterns (a grant's `--allow` list); at least one is required."""
    out = tuple(parse_pattern(t, manifest, workspace, home) for t in texts)
    if not out:
        raise GrantError("a grant needs at least one --allow pattern", "lictor.grant.bad-pattern")
    return out


class _Parser:
    def __init__(self, text: str, manifest: Manifest, workspace: str, home: str) -> None:
        self.text = text
        self.manifest = manifest
        self.workspace = workspace
        self.home = home
        self.i = 0

    def fail(self, why: str, at: int | None = None) -> GrantError:
        column = (self.i if at is None else at) + 1
        return GrantError(
            f"grant pattern {self.text!r} does not parse at column {column}: {why}",
            "lictor.grant.bad-pattern",
        )

    def parse(self) -> Pattern:
        text = self.text
        self.skip_space()
        m = _TOOL.match(text, self.i)
        if m is None:
            raise self.fail("expected a tool name (e.g. Bash, Write, mcp__github__*)")
        tool_text = m.group(0)
        self.i = m.end()
        shape = _shape(tool_text, self.manifest)
        tool = Glob(tool_text, _forms(tool_text, path=False))
        self.skip_space()
        if self.i == len(text):
            return Pattern(text, tool)
        if text[self.i] != "(":
            raise self.fail("expected `(` after the tool name")
        self.i += 1
        constraints: list[Constraint] = []
        positional_seen = False
        self.skip_space()
        if self.i < len(text) and text[self.i] == ")":
            raise self.fail("empty `()`: write the bare tool name to allow any arguments")
        while True:
            self.skip_space()
            start = self.i
            name, op = self.spec_head(shape)
            if name is None:
                if positional_seen:
                    raise self.fail("only one positional spec (the tool's primary argument)")
                if shape is None or not shape.primary:
                    raise self.fail(
                        f"a positional spec needs a tool with a known primary argument; "
                        f"write name=value for {tool_text}",
                        start,
                    )
                positional_seen = True
                name = shape.primary
            value, vstart = self.value()
            if not value:
                raise self.fail("empty value", vstart)
            constraints.append(self.constraint(name, op, value, shape, vstart))
            self.skip_space()
            if self.i >= len(text):
                raise self.fail("missing `)`")
            if text[self.i] == ",":
                self.i += 1
                continue
            if text[self.i] == ")":
                self.i += 1
                break
            raise self.fail("expected `,` or `)`")
        self.skip_space()
        if self.i != len(text):
            raise self.fail("unexpected text after `)`")
        return Pattern(text, tool, tuple(constraints))

    def skip_space(self) -> None:
        while self.i < len(self.text) and self.text[self.i] in " \t":
            self.i += 1

    def spec_head(self, shape: _Shape | None) -> tuple[str | None, str]:
        """`name=`, `name!=`, `name==` or a positional `==` / `!=` prefix."""
        text = self.text
        for op in ("==", "!="):
            if text.startswith(op, self.i):
                self.i += 2
                return None, op
        m = _NAME.match(text, self.i)
        if m is not None:
            rest = m.end()
            for op in ("==", "!=", "="):
                if text.startswith(op, rest):
                    name = m.group(0)
                    # A shell command may start with `FOO=1 ...`: in a shell
                    # tool's spec only the command argument itself is a name.
                    if (
                        shape is not None
                        and shape.shell
                        and name
                        not in (
                            shape.shell,
                            *TARGET_ALIASES,
                        )
                    ):
                        return None, "="
                    self.i = rest + len(op)
                    return name, op
        return None, "="

    def value(self) -> tuple[str, int]:
        """A value up to a top-level `,` or the closing `)`; `"..."` quotes, `\\` escapes."""
        text, start = self.text, self.i
        self.skip_space()
        start = self.i
        out: list[str] = []
        depth = 0
        if self.i < len(text) and text[self.i] == '"':
            self.i += 1
            while self.i < len(text) and text[self.i] != '"':
                if text[self.i] == "\\" and self.i + 1 < len(text):
                    out.append(text[self.i : self.i + 2])
                    self.i += 2
                    continue
                out.append(text[self.i])
                self.i += 1
            if self.i >= len(text):
                raise self.fail('unterminated `"`', start)
            self.i += 1
            return "".join(out), start
        while self.i < len(text):
            ch = text[self.i]
            if ch == "\\" and self.i + 1 < len(text):
                out.append(text[self.i : self.i + 2])
                self.i += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    break
                depth -= 1
            elif ch == "," and depth == 0:
                break
            out.append(ch)
            self.i += 1
        return "".join(out).rstrip(" \t"), start

    def constraint(
        self, name: str, op: str, value: str, shape: _Shape | None, at: int
    ) -> Constraint:
        kind = shape.kinds.get(name) if shape is not None else None
        is_path = kind is TargetKind.PATH or (name == "path" and kind is None)
        exact = op == "=="
        if is_path:
            value = self.resolve(value, at)
        try:
            forms = _literal_forms(value) if exact else _forms(value, path=is_path)
        except ValueError as e:
            raise self.fail(str(e), at) from None
        return Constraint(name, Glob(value, forms), negated=op == "!=", path=is_path)

    def resolve(self, value: str, at: int) -> str:
        """A path glob made absolute against the workspace; `..` after a wildcard is refused."""
        raw = value
        if raw == "~" or raw.startswith("~/"):
            raw = self.home + raw[1:]
        if not raw.startswith("/"):
            raw = posixpath.join(self.workspace, raw)
        parts: list[str] = []
        for part in raw.split("/"):
            if part in ("", "."):
                continue
            if part == "..":
                if parts and _has_wildcard(parts[-1]):
                    raise self.fail("`..` after a wildcard cannot be resolved", at)
                if parts:
                    parts.pop()
                continue
            parts.append(part)
        return "/" + "/".join(parts)


def _has_wildcard(text: str) -> bool:
    escaped = False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "*?":
            return True
    return False


def _literal_forms(value: str) -> tuple[tuple[Token, ...], ...]:
    chars: list[Token] = []
    i = 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            i += 1
        chars.append((Tok.LIT, value[i]))
        i += 1
    return (tuple(chars),)


def _forms(value: str, *, path: bool) -> tuple[tuple[Token, ...], ...]:
    """Tokenise a glob; each `**/` in a path yields two forms (zero or more folders)."""
    pieces: list[list[Token] | None] = [[]]  # None marks a `**/`
    i = 0
    while i < len(value):
        ch = value[i]
        current = pieces[-1]
        assert current is not None
        if ch == "\\" and i + 1 < len(value):
            current.append((Tok.LIT, value[i + 1]))
            i += 2
            continue
        if ch == "*":
            j = i
            while j < len(value) and value[j] == "*":
                j += 1
            double = j - i >= 2
            if path and double and j < len(value) and value[j] == "/":
                pieces.extend([None, []])
                i = j + 1
                continue
            token = Tok.ANY if (double or not path) else Tok.SEG
            if not current or current[-1] != (token, ""):
                current.append((token, ""))
            i = j
            continue
        if ch == "?":
            current.append((Tok.SEG1 if path else Tok.ANY1, ""))
        else:
            current.append((Tok.LIT, ch))
        i += 1
    slashes = sum(1 for p in pieces if p is None)
    if slashes > _MAX_DOUBLE_STAR_SLASH:
        raise ValueError(f"more than {_MAX_DOUBLE_STAR_SLASH} `**/` in one glob")
    forms: list[list[Token]] = [[]]
    for piece in pieces:
        if piece is None:
            # `**/` is either nothing or any run ending in `/`.
            forms = [f for base in forms for f in (base, [*base, (Tok.ANY, ""), (Tok.LIT, "/")])]
        else:
            forms = [[*f, *piece] for f in forms]
    return tuple(tuple(f) for f in forms)


def _form_regex(form: Sequence[Token]) -> str:
    out = []
    for kind, ch in form:
        if kind is Tok.LIT:
            out.append(re.escape(ch))
        elif kind is Tok.ANY1:
            out.append(".")
        elif kind is Tok.SEG1:
            out.append("[^/]")
        elif kind is Tok.SEG:
            out.append("[^/]*")
        else:
            out.append(".*")
    return "".join(out)


# --- coverage (delegation) ---------------------------------------------------------


def glob_covers(parent: Glob, child: Glob) -> bool:
    """Proof that every string the child matches, the parent matches (sound, not complete)."""
    return all(any(_form_covers(p, c) for p in parent.forms) for c in child.forms)


def _form_covers(parent: Sequence[Token], child: Sequence[Token]) -> bool:
    # reach[j]: parent[:i] can absorb child[:j]. One row per parent token.
    n = len(child)
    reach = [True] + [False] * n
    for kind, ch in parent:
        nxt = [False] * (n + 1)
        for j in range(n + 1):
            if kind in (Tok.ANY, Tok.SEG):
                # A run: absorb nothing, or extend over child tokens it contains.
                if reach[j] or (j > 0 and nxt[j - 1] and _run_absorbs(kind, child[j - 1])):
                    nxt[j] = True
            elif j > 0 and reach[j - 1] and _one_absorbs(kind, ch, child[j - 1]):
                nxt[j] = True
        reach = nxt
    return reach[n]


def _run_absorbs(kind: Tok, token: Token) -> bool:
    if kind is Tok.ANY:
        return True
    child_kind, ch = token
    return child_kind in (Tok.SEG, Tok.SEG1) or (child_kind is Tok.LIT and ch != "/")


def _one_absorbs(kind: Tok, ch: str, token: Token) -> bool:
    child_kind, child_ch = token
    if kind is Tok.LIT:
        return child_kind is Tok.LIT and child_ch == ch
    if kind is Tok.ANY1:
        return child_kind in (Tok.LIT, Tok.ANY1, Tok.SEG1)
    # SEG1
    return child_kind is Tok.SEG1 or (child_kind is Tok.LIT and child_ch != "/")


def constraint_implies(child: Constraint, parent: Constraint) -> bool:
    """Whenever the child constraint holds, the parent one does (same argument, sound)."""
    if child.name != parent.name:
        return False
    if not parent.negated:
        return not child.negated and glob_covers(parent.glob, child.glob)
    if child.negated:
        # The child excludes at least what the parent excludes.
        return glob_covers(child.glob, parent.glob)
    value = child.glob.literal
    return value is not None and not parent.glob.matches(value)


def pattern_covers(parent: Pattern, child: Pattern) -> bool:
    """Every call the child allows, the parent allows."""
    if not glob_covers(parent.tool, child.tool):
        return False
    return all(any(constraint_implies(c, p) for c in child.constraints) for p in parent.constraints)


def uncovered(parents: Sequence[Pattern], children: Sequence[Pattern]) -> list[Pattern]:
    """Child patterns that no single parent pattern covers (empty: the child set is a subset)."""
    return [c for c in children if not any(pattern_covers(p, c) for p in parents)]
