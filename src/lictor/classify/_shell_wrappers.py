"""Peeling wrappers (sudo, env, timeout, xargs...) off a command line to find what really runs."""

from __future__ import annotations

import posixpath
import shlex
from dataclasses import dataclass, field

from lictor.classify._shell_run import parse_opts
from lictor.classify._shell_words import NAME, Word, word

PRIVILEGED = frozenset({"sudo", "doas", "su", "pkexec", "run0", "nsenter", "sudoedit"})
_XARGS_INPUT = "{xargs input}"


@dataclass
class Unwrapped:
    """A command line with its wrappers removed."""

    argv: list[Word]
    """What runs, program first; empty when the wrappers run nothing (bare `env`, `sudo -l`)."""
    wrappers: list[str] = field(default_factory=list)
    """Wrapper basenames, outermost first."""
    flags: set[str] = field(default_factory=set)
    """Flags for every effect of what runs (privileged)."""
    env_dump: bool = False
    """True for a bare `env` / `printenv` style dump of the environment."""
    edits: list[Word] = field(default_factory=list)
    """Files `sudo -e` / `sudoedit` opens for writing."""
    writes: list[Word] = field(default_factory=list)
    """Files a wrapper itself writes (`time -o`, `strace -o`)."""
    reads: list[Word] = field(default_factory=list)
    """Files a wrapper itself reads (`xargs -a`)."""


def _skip_assignments(args: list[Word]) -> list[Word]:
    k = 0
    while k < len(args) and not args[k].dynamic and _is_assignment(args[k].value):
        k += 1
    return args[k:]


def _is_assignment(value: str) -> bool:
    name, eq, _ = value.partition("=")
    return bool(eq) and NAME.fullmatch(name) is not None


def unwrap(argv: list[Word], limit: int = 32) -> Unwrapped:
    """Strip wrappers until the real program; `limit` bounds pathological chains."""
    out = Unwrapped(argv)
    for _ in range(limit):
        if not out.argv or out.argv[0].dynamic:
            return out
        name = posixpath.basename(out.argv[0].value)
        step = _WRAPPERS.get(name)
        if step is None:
            inner = unwrap_runner(out.argv)
            if inner is None:
                return out
            out.wrappers.append(name)
            out.argv = inner
            continue
        args = out.argv[1:]
        out.wrappers.append(name)
        if name in PRIVILEGED:
            out.flags.add("privileged")
        nxt = step(args, out)
        if nxt is None:
            out.argv = []
            return out
        out.argv = nxt
    return out


def _env(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(
        args,
        (
            "-u",
            "--unset",
            "-C",
            "--chdir",
            "-S",
            "--split-string",
            "--block-signal",
            "--default-signal",
            "--ignore-signal",
        ),
        stop_at_positional=True,
    )
    split = opts.values("-S", "--split-string")
    rest = _skip_assignments(opts.positionals)
    if split:
        rest = [word(p) for p in _split(split[0])] + rest
        rest = _skip_assignments(rest)
    if not rest:
        out.env_dump = True
        return None
    return rest


def _split(w: Word) -> list[str]:
    try:
        return shlex.split(w.value)
    except ValueError:
        return w.value.split()


def _sudo(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(
        args,
        (
            "-C",
            "-D",
            "-g",
            "-h",
            "-p",
            "-R",
            "-r",
            "-t",
            "-T",
            "-U",
            "-u",
            "--user",
            "--group",
            "--host",
            "--prompt",
            "--chroot",
            "--chdir",
            "--role",
            "--type",
            "--other-user",
            "--close-from",
            "--command-timeout",
        ),
        stop_at_positional=True,
    )
    rest = _skip_assignments(opts.positionals)
    if opts.has("-e", "--edit") or (out.wrappers[-1] == "sudoedit"):
        out.edits.extend(rest)
        return None
    if opts.has(
        "-l",
        "--list",
        "-v",
        "--validate",
        "-k",
        "-K",
        "--reset-timestamp",
        "--remove-timestamp",
        "-V",
        "--version",
    ):
        return rest or None
    if not rest and opts.has("-i", "--login", "-s", "--shell"):
        return [word("sh")]
    return rest or None


def _doas(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(args, ("-u", "-C"), stop_at_positional=True)
    if not opts.positionals and opts.has("-s"):
        return [word("sh")]
    return opts.positionals or None


def _su(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(
        args, ("-c", "--command", "-s", "--shell", "-g", "--group", "-G", "--supp-group", "-w")
    )
    command = opts.values("-c", "--command")
    if command:
        return [word("sh"), word("-c"), command[0]]
    return [word("sh")]


def _pkexec(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(args, ("--user", "-u", "--machine", "-M"), stop_at_positional=True)
    return opts.positionals or [word("sh")]


def _timeout(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(args, ("-s", "--signal", "-k", "--kill-after"), stop_at_positional=True)
    return opts.positionals[1:] or None


def _nice(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(args, ("-n", "--adjustment"), stop_at_positional=True)
    return opts.positionals or None


def _plain(args: list[Word], out: Unwrapped) -> list[Word] | None:
    """Wrappers with only value-less options (nohup, setsid, builtin...)."""
    return parse_opts(args, (), stop_at_positional=True).positionals or None


def _time(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(args, ("-f", "--format", "-o", "--output"), stop_at_positional=True)
    out.writes.extend(opts.values("-o", "--output"))
    return opts.positionals or None


def _command(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(args, (), stop_at_positional=True)
    if opts.has("-v", "-V"):
        return None  # only looks the name up
    return opts.positionals or None


def _exec(args: list[Word], out: Unwrapped) -> list[Word] | None:
    return parse_opts(args, ("-a",), stop_at_positional=True).positionals or None


def _stdbuf(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(
        args, ("-i", "-o", "-e", "--input", "--output", "--error"), stop_at_positional=True
    )
    return opts.positionals or None


def _ionice(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(args, ("-c", "-n", "--class", "--classdata"), stop_at_positional=True)
    if opts.has("-p", "--pid", "-P", "-u"):
        return None
    return opts.positionals or None


def _chroot(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(args, ("--userspec", "--groups"), stop_at_positional=True)
    out.flags.add("privileged")
    return opts.positionals[1:] or [word("sh")]


def _watch(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(
        args, ("-n", "--interval", "-q", "--equexit", "--differences"), stop_at_positional=True
    )
    if not opts.positionals:
        return None
    if opts.has("-x", "--exec"):
        return opts.positionals
    # without -x watch hands the joined words to `sh -c`
    joined = " ".join(w.value for w in opts.positionals)
    dynamic = any(w.dynamic for w in opts.positionals)
    download = any(w.download for w in opts.positionals)
    return [word("sh"), word("-c"), Word(joined, joined, dynamic, download=download)]


def _nsenter(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(
        args,
        ("-t", "--target", "-S", "--setuid", "-G", "--setgid", "-r", "-w"),
        stop_at_positional=True,
    )
    return opts.positionals or [word("sh")]


def _xargs(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(
        args,
        (
            "-d",
            "-E",
            "-I",
            "-L",
            "-n",
            "-P",
            "-s",
            "-a",
            "--delimiter",
            "--max-args",
            "--max-procs",
            "--max-chars",
            "--arg-file",
            "--max-lines",
            "--process-slot-var",
        ),
        attached=("-i", "-e", "-l"),
        stop_at_positional=True,
    )
    out.reads.extend(opts.values("-a", "--arg-file"))
    command = opts.positionals or [word("echo")]
    marker = next(iter(opts.values("-I")), None) or (
        Word("{}", "{}") if opts.has("-i", "--replace") else None
    )
    if marker is not None:
        return [
            Word(_XARGS_INPUT, w.text, dynamic=True)
            if marker.value and marker.value in w.value
            else w
            for w in command
        ]
    return [*command, Word(_XARGS_INPUT, _XARGS_INPUT, dynamic=True)]


def _flock(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(
        args,
        ("-w", "--timeout", "-E", "--conflict-exit-code", "-c", "--command"),
        stop_at_positional=True,
    )
    command = opts.values("-c", "--command")
    if command:
        return [word("sh"), word("-c"), command[0]]
    return opts.positionals[1:] or None


def _tracer(args: list[Word], out: Unwrapped) -> list[Word] | None:
    opts = parse_opts(
        args,
        ("-o", "-p", "-e", "-s", "-u", "-E", "-a", "-O", "-P", "-X", "-b", "-I"),
        stop_at_positional=True,
    )
    out.writes.extend(opts.values("-o"))
    return opts.positionals or None


def _proxy(args: list[Word], out: Unwrapped) -> list[Word] | None:
    return parse_opts(args, ("-f",), stop_at_positional=True).positionals or None


def _applet(args: list[Word], out: Unwrapped) -> list[Word] | None:
    return args or None


def _runner(args: list[Word], out: Unwrapped) -> list[Word] | None:
    """`uv run`, `poetry run`, `bundle exec`, `conda run`: the command after the subcommand."""
    if not args or args[0].value not in ("run", "exec"):
        return None
    opts = parse_opts(
        args[1:],
        (
            "--with",
            "-p",
            "--python",
            "--group",
            "--extra",
            "--env-file",
            "-n",
            "--name",
            "--prefix",
            "--directory",
            "--project",
            "--package",
            "--index",
            "--from",
        ),
        stop_at_positional=True,
    )
    return opts.positionals or None


_WRAPPERS = {
    "env": _env,
    "sudo": _sudo,
    "sudoedit": _sudo,
    "doas": _doas,
    "su": _su,
    "pkexec": _pkexec,
    "run0": _pkexec,
    "timeout": _timeout,
    "gtimeout": _timeout,
    "nice": _nice,
    "renice": _nice,
    "nohup": _plain,
    "setsid": _plain,
    "builtin": _plain,
    "eatmydata": _plain,
    "unbuffer": _plain,
    "torsocks": _plain,
    "caffeinate": _plain,
    "time": _time,
    "command": _command,
    "exec": _exec,
    "stdbuf": _stdbuf,
    "ionice": _ionice,
    "chroot": _chroot,
    "watch": _watch,
    "nsenter": _nsenter,
    "xargs": _xargs,
    "flock": _flock,
    "strace": _tracer,
    "ltrace": _tracer,
    "proxychains": _proxy,
    "proxychains4": _proxy,
    "busybox": _applet,
    "toybox": _applet,
}


def unwrap_runner(argv: list[Word]) -> list[Word] | None:
    """The command `uv run X` / `poetry run X` / `bundle exec X` runs, or None for other uses."""
    if len(argv) < 2 or argv[0].dynamic:
        return None
    name = posixpath.basename(argv[0].value)
    if name in ("uv", "poetry", "pipenv", "pdm", "hatch", "bundle", "conda", "mamba", "rye"):
        return _runner(argv[1:], Unwrapped(argv))
    return None
