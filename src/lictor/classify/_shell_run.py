"""One simple command being classified: its words, where it runs, and the effects it adds."""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from lictor.classify._shell_words import Output, Word
from lictor.classify.targets import Place, host_of, inside, path_target, resolve_path
from lictor.model import Capability, Effect, Target, TargetKind

_GLOB_CHARS = re.compile(r"[*?\[]")
_QUIET_DEVICES = frozenset(
    {
        "/dev/null",
        "/dev/stdout",
        "/dev/stderr",
        "/dev/stdin",
        "/dev/tty",
        "/dev/zero",
        "/dev/random",
        "/dev/urandom",
        "/dev/full",
    }
)
_PROD = re.compile(r"(?:^|[^a-z0-9])(prod|production|prd|live)(?:$|[^a-z0-9])", re.IGNORECASE)


def quiet_device(path: str) -> bool:
    """Pseudo-devices writing to or reading from which changes nothing."""
    return path in _QUIET_DEVICES or path.startswith(("/dev/fd/", "/proc/self/fd/"))


def block_device(path: str) -> bool:
    """A /dev node that is a disk (or anything not a harmless pseudo-device)."""
    return path.startswith("/dev/") and not quiet_device(path)


def production(words: Iterable[Word]) -> bool:
    """True when an argument names a production context, stack, profile or stage."""
    return any(not w.dynamic and _PROD.search(w.value) for w in words)


class Nested(Protocol):
    """What a rule may ask of the analyser: run more shell code or another command line."""

    def script(self, text: str, why: str, flags: frozenset[str]) -> None:
        """Analyse `text` as a shell script one level deeper."""

    def argv(self, words: list[Word], flags: frozenset[str], detail: str) -> None:
        """Analyse a command line given as words (find -exec, xargs)."""

    def downloaded(self, path: str) -> bool:
        """True when an earlier command of this line saved downloaded content at `path`."""

    def mark_downloaded(self, path: str) -> None:
        """Remember that `path` now holds downloaded content."""


@dataclass(frozen=True)
class Stdin:
    """Where a command's standard input comes from."""

    kind: str = ""
    """'' (terminal or inherited), 'pipe', 'file' or 'text' (here-doc / here-string)."""
    text: str | None = None
    """Exact content when statically known."""
    download: bool = False
    """True when the content comes from a downloader."""
    decoded: bool = False
    """True when the content went through a decoder (base64 -d ...)."""


@dataclass
class Opts:
    """Options and positional arguments of one command line."""

    pairs: list[tuple[str, Word | None]]
    """Each option as written (`-r`, `--force`) with its value, if it takes one."""
    positionals: list[Word]
    """Operands, in order."""

    def has(self, *names: str) -> bool:
        return any(name in names for name, _ in self.pairs)

    def values(self, *names: str) -> list[Word]:
        return [value for name, value in self.pairs if name in names and value is not None]


def parse_opts(
    args: list[Word],
    with_value: Iterable[str] = (),
    *,
    attached: Iterable[str] = (),
    stop_at_positional: bool = False,
    terminal: Iterable[str] = (),
) -> Opts:
    """Split getopt-style arguments; `attached` options take a value only when glued (`-i.bak`)."""
    takes = set(with_value) | set(terminal)
    glued = set(attached)
    ends = set(terminal)
    pairs: list[tuple[str, Word | None]] = []
    positionals: list[Word] = []
    i = 0
    while i < len(args):
        w = args[i]
        v = w.value
        i += 1
        if w.dynamic or not v.startswith("-") or v == "-":
            positionals.append(w)
            if stop_at_positional:
                positionals.extend(args[i:])
                break
            continue
        if v == "--":
            positionals.extend(args[i:])
            break
        if v.startswith("--"):
            name, eq, value = v.partition("=")
            if eq:
                pairs.append((name, Word(value, w.text)))
            elif name in takes and i < len(args):
                pairs.append((name, args[i]))
                i += 1
            else:
                pairs.append((name, None))
            if name in ends:
                positionals.extend(args[i:])
                break
            continue
        if v in takes:
            pairs.append((v, args[i] if i < len(args) else None))
            i += 1
            if v in ends:
                positionals.extend(args[i:])
                break
            continue
        for k in range(1, len(v)):
            name = "-" + v[k]
            rest = v[k + 1 :]
            if name in glued:
                pairs.append((name, Word(rest, w.text) if rest else None))
                break
            if name in takes:
                if rest:
                    pairs.append((name, Word(rest, w.text)))
                elif i < len(args):
                    pairs.append((name, args[i]))
                    i += 1
                else:
                    pairs.append((name, None))
                break
            pairs.append((name, None))
        else:
            continue
        if pairs and pairs[-1][0] in ends:
            positionals.extend(args[i:])
            break
    return Opts(pairs, positionals)


@dataclass
class Run:
    """A simple command (after unwrapping) whose effects are being worked out."""

    prog: str
    """Program basename."""
    args: list[Word]
    """Arguments after the program word."""
    place: Place
    """Where it runs."""
    nested: Nested
    """The analyser, for nested code."""
    detail: str
    """Source text, for effect details."""
    cwd_dynamic: bool = False
    """True when an earlier `cd` went somewhere unknown: relative paths are dynamic."""
    stdin: Stdin = field(default_factory=Stdin)
    """Its standard input."""
    inherited: frozenset[str] = frozenset()
    """Flags every effect gets (privileged...)."""
    effects: list[Effect] = field(default_factory=list)
    """Effects added so far, EXEC excluded."""
    exec_flags: set[str] = field(default_factory=set)
    """Flags for its EXEC effect."""
    output: Output = field(default_factory=Output)
    """What it prints, for pipelines and substitutions."""

    def emit(self, capability: Capability, target: Target, flags: Iterable[str] = ()) -> None:
        self.effects.append(
            Effect(capability, target, frozenset(flags) | self.inherited, detail=self.detail)
        )

    def path(self, w: Word) -> tuple[Target, set[str]]:
        """Path target of a word, with `dynamic_target` / `glob` flags where it is not concrete."""
        relative = not w.value.startswith("/")
        if w.dynamic or (relative and self.cwd_dynamic):
            return Target(TargetKind.PATH, w.text), {"dynamic_target"}
        if w.glob:
            base = glob_base(w.value, self.place)
            if base is None:
                return Target(TargetKind.PATH, w.text), {"dynamic_target", "glob"}
            path = posixpath.join(base, _glob_tail(w.value))
            in_ws = inside(base, self.place.workspace)
            target = Target(TargetKind.PATH, w.value, path=path, in_workspace=in_ws)
            return target, {"glob"}
        return path_target(w.value, self.place), set()

    def read(self, w: Word, *flags: str) -> None:
        if not w.value or (not w.dynamic and quiet_device(w.value)) or w.value == "-":
            return
        target, extra = self.path(w)
        self.emit(Capability.READ, target, extra | set(flags))

    def write(self, w: Word, *flags: str, wipe: bool = False) -> None:
        """A write; a `wipe` (removal) is `destructive` unless of a concrete workspace sub-path."""
        if not w.value or w.value == "-":
            return
        if not w.dynamic and quiet_device(w.value) and not wipe:
            return
        target, extra = self.path(w)
        extra |= set(flags)
        if not w.dynamic and block_device(target.path or w.value):
            extra.add("disk_tool")
        if wipe and self.wipes_too_much(w, target, extra):
            extra.add("destructive")
        self.emit(Capability.WRITE, target, extra)

    def wipes_too_much(self, w: Word, target: Target, flags: set[str]) -> bool:
        if "dynamic_target" in flags or not target.in_workspace:
            return True
        root = os.path.realpath(self.place.workspace)
        if target.path == root:
            return True
        return "glob" in flags and glob_base(w.value, self.place) == root

    def url(self, w: Word, *flags: str) -> None:
        if w.dynamic:
            self.emit(
                Capability.EGRESS,
                dynamic_host_target(w, TargetKind.URL),
                {"dynamic_target", *flags},
            )
        else:
            self.emit(
                Capability.EGRESS, Target(TargetKind.URL, w.value, host=host_of(w.value)), flags
            )

    def host(self, w: Word, *flags: str) -> None:
        if w.dynamic:
            self.emit(
                Capability.EGRESS,
                dynamic_host_target(w, TargetKind.HOST),
                {"dynamic_target", *flags},
            )
        else:
            self.emit(
                Capability.EGRESS, Target(TargetKind.HOST, w.value, host=host_of(w.value)), flags
            )

    def deploy(self, tool: str, *flags: str) -> None:
        extra = {"deploy", *flags}
        if production(self.args):
            extra.add("production")
        self.emit(Capability.DEPLOY, Target(TargetKind.COMMAND, tool), extra)

    @property
    def piped_in(self) -> bool:
        return self.stdin.kind != ""


def dynamic_host_target(w: Word, kind: TargetKind) -> Target:
    """A host/URL target for a word built at run time: the static domain suffix is still known."""
    tail = re.split(r"[)}`\s]", w.text)[-1].strip("\"'").lstrip(".")
    host = host_of(tail) if "." in tail else ""
    return Target(kind, w.text, host=host)


def glob_base(value: str, place: Place) -> str | None:
    """Resolved directory holding the first glob component; None when matches may escape it."""
    parts = value.split("/")
    first = next((k for k, p in enumerate(parts) if _GLOB_CHARS.search(p)), len(parts))
    if ".." in parts[first:]:
        return None
    prefix = "/".join(parts[:first]) or ("/" if value.startswith("/") else ".")
    return resolve_path(prefix, place)


def _glob_tail(value: str) -> str:
    parts = value.split("/")
    first = next((k for k, p in enumerate(parts) if _GLOB_CHARS.search(p)), len(parts))
    return "/".join(parts[first:])
