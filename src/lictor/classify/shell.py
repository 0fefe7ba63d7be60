"""Judge a shell command line by what it will really run.

`analyse_shell` parses the line with bashlex, walks every simple command
(pipelines, lists, subshells, substitutions, here-docs, `bash -c` and `eval`
strings), peels wrappers such as `sudo`, `env`, `timeout` and `xargs`, and
turns each command into `Effect`s. Anything it cannot be sure of comes back
as one worst-case EXEC effect flagged `unparseable`.

Flags it sets, besides the capability and target:
`download_exec`, `dynamic_code`, `inline_code`, `obfuscated`, `destructive`,
`disk_tool`, `privileged`, `dynamic_target`, `dynamic_command`, `glob`,
`upload`, `download`, `dns`, `listener`, `reverse_shell`, `tunnel`,
`remote_exec`, `env_dump`, `git_push`, `force_push`, `delete_branch`,
`implicit_branch`, `implicit_remote`, `all_branches`, `tags`, `dry_run`,
`deploy`, `destroy`, `production`, `auto_approve`, `publish`,
`package_install`, `package_exec`, `persistence`, `container_escape`,
`mount`, `no_preserve_root`, `unparseable`.
"""

from __future__ import annotations

import functools
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

import bashlex

from lictor.classify import _shell_code  # noqa: F401  (registers the code-running rules)
from lictor.classify._shell_rules import RULES, Rule, download_key
from lictor.classify._shell_run import Run, Stdin
from lictor.classify._shell_words import (
    Expander,
    Output,
    Unparseable,
    Word,
    heredoc_substitutions,
    rewrite_for_bashlex,
    subst_spans,
    substitution_end,
    word,
)
from lictor.classify._shell_wrappers import unwrap
from lictor.classify.targets import Place, resolve_path
from lictor.model import Capability, Effect, Target, TargetKind

MAX_INPUT = 64 * 1024
_MAX_NODES = 20_000
_SYSTEM_BIN = (
    "/bin/",
    "/usr/bin/",
    "/usr/local/bin/",
    "/sbin/",
    "/usr/sbin/",
    "/opt/homebrew/bin/",
    "/usr/local/sbin/",
)
_ENV_PRINTERS = frozenset({"env", "printenv"})
_ASSIGNERS = frozenset({"export", "declare", "typeset", "local", "readonly"})
_READERS_OF_NAMES = frozenset({"read", "mapfile", "readarray", "getopts"})


@dataclass(frozen=True)
class SimpleCommand:
    """One simple command the line runs, after unwrapping."""

    argv: tuple[str, ...]
    """Program and arguments after unwrapping wrappers, static expansions applied."""
    wrappers: tuple[str, ...]
    """Wrappers peeled off, outermost first (e.g. `("sudo", "env")`)."""
    text: str
    """The command as written in the source."""


@dataclass(frozen=True)
class ShellAnalysis:
    """What a shell command line will do."""

    commands: tuple[SimpleCommand, ...]
    """Every simple command found, nested ones included, in source order."""
    effects: tuple[Effect, ...]
    """Effects of all commands; each is judged by policy and the worst verdict wins."""
    parsed: bool
    """False when the line could not be parsed with certainty: effects hold the worst case."""
    notes: tuple[str, ...]
    """Human lines on how the line was read (nested strings parsed, dynamic targets...)."""


def analyse_shell(command: str, place: Place, *, max_depth: int = 4) -> ShellAnalysis:
    """Parse `command` and classify everything it runs; never raises."""
    try:
        if not isinstance(command, str) or len(command.encode("utf-8", "replace")) > MAX_INPUT:
            raise Unparseable(f"input longer than {MAX_INPUT} bytes")
        analyser = _Analyser(place, max_depth)
        analyser.top(command)
        return ShellAnalysis(
            tuple(analyser.commands), tuple(analyser.effects), True, tuple(analyser.notes)
        )
    except Unparseable as exc:
        reason = str(exc)
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}"
    text = command if isinstance(command, str) else repr(command)
    flags = frozenset({"unparseable"})
    if "-c string" in reason or "eval" in reason:
        flags |= {"inline_code"}
    worst = Effect(Capability.EXEC, Target(TargetKind.COMMAND, "sh"), flags, detail=text[:2000])
    return ShellAnalysis((), (worst,), False, (f"unparseable: {reason[:300]}",))


@dataclass
class _Scope:
    """What earlier commands of the line fixed: working directory and variables."""

    place: Place
    cwd_dynamic: bool = False
    variables: dict[str, tuple[str | None, bool]] = field(default_factory=dict)

    def copy(self) -> _Scope:
        return _Scope(self.place, self.cwd_dynamic, dict(self.variables))


class _Analyser:
    """Walks bashlex trees, collecting commands and effects."""

    def __init__(self, place: Place, max_depth: int) -> None:
        self.commands: list[SimpleCommand] = []
        self.effects: list[Effect] = []
        self.notes: list[str] = []
        self.max_depth = max_depth
        self.scope = _Scope(place)
        self.saved: set[str] = set()
        self.depth = 0
        self.nodes = 0
        self.inherited: frozenset[str] = frozenset()
        self.source = ""
        self.quoted_heredocs: set[int] = set()

    # --- entry points ------------------------------------------------------------------

    def top(self, text: str) -> None:
        self._run_source(text)

    def script(self, text: str, why: str, flags: frozenset[str]) -> None:
        if self.depth + 1 > self.max_depth:
            raise Unparseable(f"nesting deeper than {self.max_depth} ({why})")
        self._note(why)
        saved = (self.source, self.quoted_heredocs, self.inherited)
        self.depth += 1
        self.inherited = self.inherited | flags
        try:
            try:
                self._run_source(text)
            except Unparseable as exc:
                raise Unparseable(f"{why}: {exc}") from exc
        finally:
            self.depth -= 1
            self.source, self.quoted_heredocs, self.inherited = saved

    def argv(self, words: list[Word], flags: frozenset[str], detail: str) -> None:
        saved = self.inherited
        self.inherited = self.inherited | flags
        try:
            self._simple(words, detail, Stdin(), [])
        finally:
            self.inherited = saved

    def downloaded(self, path: str) -> bool:
        return path in self.saved

    def mark_downloaded(self, path: str) -> None:
        self.saved.add(path)

    # --- parsing -----------------------------------------------------------------------

    def _run_source(self, text: str) -> None:
        if not text.strip():
            return
        trees, source, quoted = _parse(text, self.notes)
        self.source, self.quoted_heredocs = source, quoted
        for tree in trees:
            self._visit(tree, Stdin())

    def _note(self, line: str) -> None:
        if line not in self.notes:
            self.notes.append(line)

    def _expander(self) -> Expander:
        place = self.scope.place
        return Expander(self.source, self._lookup, self._subst, place.home_dir, place.base)

    def _lookup(self, name: str) -> tuple[str | None, bool]:
        if name in self.scope.variables:
            return self.scope.variables[name]
        place = self.scope.place
        if name == "HOME":
            return place.home_dir, False
        if name == "PWD" and not self.scope.cwd_dynamic:
            return place.base, False
        self._note(f"dynamic target: ${name}")
        return None, False

    def _subst(self, node: Any) -> Output:
        """Run a `$(...)`, backtick or `<(...)` substitution in a subshell scope."""
        saved = self.scope
        self.scope = saved.copy()
        try:
            out = self._visit(node.command, Stdin())
        finally:
            self.scope = saved
        if out.text is None:
            end = substitution_end(node, self.source)
            self._note(f"dynamic target: {self.source[node.pos[0] : end][:80]}")
        return out

    # --- walking -----------------------------------------------------------------------

    def _visit(self, node: Any, stdin: Stdin) -> Output:
        self.nodes += 1
        if self.nodes > _MAX_NODES:
            raise Unparseable("command line too complex")
        kind = node.kind
        if kind == "list":
            out = Output()
            for part in node.parts:
                if part.kind not in ("operator", "reservedword"):
                    out = self._visit(part, stdin)
            return out
        if kind == "pipeline":
            return self._pipeline(node, stdin)
        if kind == "command":
            return self._command(node, stdin)
        if kind == "compound":
            return self._compound(node, stdin)
        if kind in ("if", "while", "until"):
            out = Output()
            for part in node.parts:
                if part.kind != "reservedword":
                    out = self._visit(part, stdin)
            return out
        if kind == "for":
            return self._for(node, stdin)
        if kind == "function":
            self._note("function body analysed as if called")
            body = [p for p in node.parts if p.kind not in ("word", "reservedword")]
            for part in body:
                self._visit(part, Stdin())
            return Output()
        if kind in ("operator", "reservedword", "pipe"):
            return Output()
        raise Unparseable(f"unsupported construct: {kind}")

    def _pipeline(self, node: Any, stdin: Stdin) -> Output:
        current = stdin
        out = Output()
        download = stdin.download
        for part in node.parts:
            if part.kind in ("pipe", "reservedword"):
                continue
            out = self._visit(part, current)
            download = download or out.download
            current = Stdin("pipe", out.text, download, current.decoded or out.decoded)
        return Output(out.text, download, out.decoded)

    def _compound(self, node: Any, stdin: Stdin) -> Output:
        parts = list(node.list)
        subshell = bool(parts) and parts[0].kind == "reservedword" and parts[0].word == "("
        saved = self.scope
        if subshell:
            self.scope = saved.copy()
        try:
            stdin = self._redirect_input(getattr(node, "redirects", []) or [], stdin)
            out = Output()
            for part in parts:
                if part.kind != "reservedword":
                    out = self._visit(part, stdin)
        finally:
            self.scope = saved
        self._redirect_output(getattr(node, "redirects", []) or [], out)
        return out

    def _for(self, node: Any, stdin: Stdin) -> Output:
        parts = node.parts
        names = [p for p in parts if p.kind == "word"]
        if names:
            expander = self._expander()
            for w in names[1:]:
                expander.expand(w)  # the list's substitutions run
            self.scope.variables[names[0].word] = (None, False)
        out = Output()
        for part in parts:
            if part.kind not in ("word", "reservedword"):
                out = self._visit(part, stdin)
        return out

    def _command(self, node: Any, stdin: Stdin) -> Output:
        expander = self._expander()
        argv: list[Word] = []
        assignments: list[tuple[str, Word]] = []
        redirects: list[Any] = []
        for part in node.parts:
            if part.kind == "word":
                argv.extend(expander.expand(part))
            elif part.kind == "assignment":
                assignments.append(self._assignment(expander, part))
            elif part.kind == "redirect":
                redirects.append(part)
            else:
                raise Unparseable(f"unsupported command part: {part.kind}")
        text = self.source[node.pos[0] : node.pos[1]]
        if not argv:
            for name, value in assignments:
                self._assign(name, value)
            stdin = self._redirect_input(redirects, stdin)
            self._redirect_output(redirects, Output())
            return Output()
        return self._simple(argv, text, stdin, redirects)

    def _assignment(self, expander: Expander, node: Any) -> tuple[str, Word]:
        raw = self.source[node.pos[0] : node.pos[1]]
        name, _, _ = raw.partition("=")
        start = node.pos[0] + len(name) + 1
        fields = expander.expand_range(start, node.pos[1], subst_spans(node), split=False)
        value = fields[0] if fields else word("")
        if name.endswith("+") or raw[len(name) + 1 :].startswith("("):
            value = Word(raw, raw, dynamic=True, download=value.download)
        return name.rstrip("+"), value

    def _assign(self, name: str, value: Word) -> None:
        self.scope.variables[name] = (None if value.dynamic else value.value, value.download)

    # --- one simple command ------------------------------------------------------------

    def _simple(self, argv: list[Word], text: str, stdin: Stdin, redirects: list[Any]) -> Output:
        stdin = self._redirect_input(redirects, stdin)
        unwrapped = unwrap(argv)
        inherited = self.inherited | frozenset(unwrapped.flags)
        run_argv = unwrapped.argv
        self.commands.append(
            SimpleCommand(tuple(w.value for w in run_argv), tuple(unwrapped.wrappers), text)
        )
        first = len(self.effects)
        if not run_argv:
            name = unwrapped.wrappers[-1] if unwrapped.wrappers else "sh"
            run = self._new_run(name, [], text, stdin, inherited)
            if unwrapped.env_dump:
                run.emit(Capability.READ, Target(TargetKind.COMMAND, "environment"), {"env_dump"})
            for w in unwrapped.edits:
                run.write(w)
        else:
            program = run_argv[0]
            if program.dynamic:
                return self._dynamic_program(program, text, inherited)
            name = posixpath.basename(program.value) or program.value
            run = self._new_run(name, run_argv[1:], text, stdin, inherited)
            self._dispatch(run, program)
        for w in unwrapped.writes:
            run.write(w)
        for w in unwrapped.reads:
            run.read(w)
        exec_flags = frozenset(run.exec_flags) | inherited
        self.effects.insert(
            first, Effect(Capability.EXEC, Target(TargetKind.COMMAND, run.prog), exec_flags, text)
        )
        self.effects.extend(run.effects)
        self._redirect_output(redirects, run.output)
        return run.output

    def _new_run(
        self, name: str, args: list[Word], text: str, stdin: Stdin, inherited: frozenset[str]
    ) -> Run:
        return Run(
            prog=name,
            args=args,
            place=self.scope.place,
            nested=self,
            detail=text,
            cwd_dynamic=self.scope.cwd_dynamic,
            stdin=stdin,
            inherited=inherited,
        )

    def _dynamic_program(self, program: Word, text: str, inherited: frozenset[str]) -> Output:
        flags = {"dynamic_command", "dynamic_target"}
        if program.download:
            flags.add("download_exec")
        self._note(f"dynamic command: {program.text[:80]}")
        target = Target(TargetKind.COMMAND, program.text)
        self.effects.append(Effect(Capability.EXEC, target, frozenset(flags) | inherited, text))
        return Output()

    def _dispatch(self, run: Run, program: Word) -> None:
        name = run.prog
        if name in ("cd", "pushd", "popd", "chdir"):
            self._cd(run)
            return
        if name in _ASSIGNERS:
            self._declare(run)
            return
        if name == "unset":
            for w in run.args:
                if not w.value.startswith("-"):
                    self.scope.variables[w.value] = ("", False)
            return
        if name in _READERS_OF_NAMES or (name == "printf" and run.args[:1] == [word("-v")]):
            for w in run.args:
                if not w.dynamic and not w.value.startswith("-"):
                    self.scope.variables[w.value] = (None, run.stdin.download)
            if name != "printf":
                return
        if name in _ENV_PRINTERS or (name == "set" and not run.args):
            flags = {"env_dump"} if not run.args or name == "set" else set()
            run.emit(Capability.READ, Target(TargetKind.COMMAND, "environment"), flags)
            return
        rule = _rule_for(name)
        if "/" in program.value and (rule is None or not program.value.startswith(_SYSTEM_BIN)):
            self._script(run, program)
            if rule is None:
                return
        if rule is not None:
            rule(run)

    def _script(self, run: Run, program: Word) -> None:
        """`./x.sh`, `scripts/build`: the file is read and run."""
        run.read(program)
        if self.downloaded(run.path(program)[0].path):
            run.exec_flags.add("download_exec")

    def _cd(self, run: Run) -> None:
        args = [w for w in run.args if w.dynamic or not w.value.startswith("-") or w.value == "-"]
        scope = self.scope
        if run.prog == "popd" or (args and (args[0].dynamic or args[0].value == "-")):
            scope.cwd_dynamic = True
            self._note("working directory unknown after cd")
            return
        target = args[0].value if args else scope.place.home_dir
        if not target.startswith("/") and scope.cwd_dynamic:
            return
        place = scope.place
        scope.place = Place(place.workspace, resolve_path(target, place), place.home)
        scope.cwd_dynamic = False

    def _declare(self, run: Run) -> None:
        names = [w for w in run.args if w.dynamic or not w.value.startswith(("-", "+"))]
        if not names and run.prog in ("export", "declare", "typeset"):
            run.emit(Capability.READ, Target(TargetKind.COMMAND, "environment"), {"env_dump"})
            return
        for w in names:
            name, eq, value = w.value.partition("=")
            if w.dynamic:
                name = w.text.partition("=")[0]
                self.scope.variables[name] = (None, w.download)
            elif eq:
                self.scope.variables[name] = (value, w.download)

    # --- redirections ------------------------------------------------------------------

    def _redirect_input(self, redirects: list[Any], stdin: Stdin) -> Stdin:
        for node in redirects:
            kind = node.type
            if kind in ("<<", "<<-"):
                stdin = self._heredoc(node)
            elif kind == "<<<":
                fields = self._expander().expand(node.output, split=False)
                value = fields[0] if fields else word("")
                text = None if value.dynamic else value.value + "\n"
                stdin = Stdin("text", text, value.download)
            elif kind in ("<", "<>") and not isinstance(node.output, int):
                for w in self._expander().expand(node.output, split=False):
                    if w.value.startswith("&") or w.value == "-":
                        continue
                    self._redirect_effect(Capability.READ, w, node)
                    path = resolve_path(w.value, self.scope.place) if not w.dynamic else ""
                    stdin = Stdin("file", None, self.downloaded(path) or w.download)
        return stdin

    def _heredoc(self, node: Any) -> Stdin:
        raw = node.heredoc.value
        body = raw.rsplit("\n", 1)[0] if "\n" in raw else ""
        if node.type == "<<-":
            body = "\n".join(line.lstrip("\t") for line in body.split("\n"))
        delim = node.output
        delim_text = self.source[delim.pos[0] : delim.pos[1]]
        quoted = delim.pos[0] in self.quoted_heredocs or any(c in delim_text for c in "'\"\\")
        if quoted:
            return Stdin("text", body + "\n")
        substitutions = heredoc_substitutions(body)
        for code in substitutions:
            self.script(code, "here-doc substitution parsed", frozenset())
        if substitutions or "$" in body:
            return Stdin("text", None if substitutions else body + "\n")
        return Stdin("text", body + "\n")

    def _redirect_output(self, redirects: list[Any], out: Output) -> None:
        for node in redirects:
            if node.type not in (">", ">>", ">|", "&>", "&>>", ">&", "<>"):
                continue
            if isinstance(node.output, int):
                continue
            for w in self._expander().expand(node.output, split=False):
                if not w.dynamic and (w.value == "-" or w.value.isdigit()):
                    continue
                self._redirect_effect(Capability.WRITE, w, node)
                if out.download:
                    keys = self._new_run("redirect", [], "", Stdin(), frozenset())
                    self.mark_downloaded(download_key(keys, w))

    def _redirect_effect(self, capability: Capability, w: Word, node: Any) -> None:
        text = self.source[node.pos[0] : node.pos[1]]
        run = self._new_run("redirect", [], text, Stdin(), self.inherited)
        socket = re.match(r"/dev/(tcp|udp)/([^/]+)/(\d+)", w.value)
        if socket and not w.dynamic:
            # bash opens a network connection for /dev/tcp/HOST/PORT: a classic reverse shell
            run.host(word(f"{socket.group(2)}:{socket.group(3)}"), "reverse_shell", "upload")
        elif capability is Capability.READ:
            run.read(w)
        else:
            run.write(w)
        self.effects.extend(run.effects)


def _rule_for(name: str) -> Rule | None:
    """The rule for a program, seeing through versions and variants (python3.12, mkfs.ext4)."""
    rule = RULES.get(name)
    if rule is None:
        base = re.sub(r"(\.exe|[\d.]+|\.[a-z0-9]+)$", "", name)
        rule = RULES.get(base) or RULES.get(name.split(".", 1)[0])
    return rule


def _parse(text: str, notes: list[str]) -> tuple[list[Any], str, set[int]]:
    """bashlex trees, the source they index into, and quoted here-doc offsets."""
    trees, source, quoted, rewrites = _parse_cached(text)
    for note in rewrites:
        if note not in notes:
            notes.append(note)
    return list(trees), source, set(quoted)


@functools.lru_cache(maxsize=1024)
def _parse_cached(text: str) -> tuple[tuple[Any, ...], str, frozenset[int], tuple[str, ...]]:
    # Parsing is pure in the text and costs ~1 ms in bashlex; agents repeat
    # commands. Only the syntax tree is cached: paths, symlinks and git
    # remotes are resolved afresh on every decision. The trees are never mutated.
    try:
        return tuple(bashlex.parse(text)), text, frozenset(), ()
    except Exception as first:
        rewritten, quoted, rewrites = rewrite_for_bashlex(text)
        if rewritten == text:
            raise Unparseable(f"bashlex: {type(first).__name__}: {first}") from None
        try:
            trees = tuple(bashlex.parse(rewritten))
        except Exception as second:
            raise Unparseable(f"bashlex: {type(second).__name__}: {second}") from None
        return trees, rewritten, frozenset(quoted), tuple(rewrites)
