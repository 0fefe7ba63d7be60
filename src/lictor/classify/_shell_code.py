"""Programs that run code: shells, interpreters, eval-like builtins, find -exec, and printers.

Code given as a static string is analysed one level deeper; code built at run
time is flagged (`download_exec` when it comes from a downloader, else
`dynamic_code`).
"""

from __future__ import annotations

import posixpath
import re

from lictor.classify._shell_rules import SHELLS, download_key, package_manager, rule
from lictor.classify._shell_run import Run, parse_opts
from lictor.classify._shell_words import Output, Word, decode_ansi_c, word

_FIND_FILTERS = frozenset(
    {
        "-name",
        "-iname",
        "-path",
        "-ipath",
        "-wholename",
        "-iwholename",
        "-regex",
        "-iregex",
        "-type",
        "-mtime",
        "-mmin",
        "-atime",
        "-amin",
        "-ctime",
        "-cmin",
        "-newer",
        "-size",
        "-empty",
        "-user",
        "-group",
        "-perm",
        "-links",
        "-inum",
        "-samefile",
        "-lname",
        "-ilname",
        "-uid",
        "-gid",
        "-nouser",
        "-nogroup",
        "-used",
        "-xtype",
        "-fstype",
    }
)


def _dynamic_code(r: Run, w: Word | None = None, *, decoded: bool = False) -> None:
    """Code only known at run time."""
    download = r.stdin.download if w is None else w.download
    r.exec_flags.add("inline_code")
    if download:
        r.exec_flags.add("download_exec")
    else:
        r.exec_flags.add("dynamic_code")
    if decoded:
        r.exec_flags.add("obfuscated")


def _shell_code(r: Run, code: Word, why: str) -> None:
    if code.dynamic:
        _dynamic_code(r, code)
    else:
        r.nested.script(code.value, why, r.inherited)


def _script_file(r: Run, script: Word, shell: bool) -> None:
    """`bash x.sh`, `python x.py`, `bash <(curl ...)`: the file is read and its code runs."""
    if script.content is not None and shell:
        r.nested.script(script.content, f"{r.prog} process substitution parsed", r.inherited)
        return
    if script.dynamic:
        if script.download or r.nested.downloaded(download_key(r, script)):
            r.exec_flags.add("download_exec")
        elif script.content is None:
            r.exec_flags.add("dynamic_code")
        return
    r.read(script)
    if r.nested.downloaded(download_key(r, script)):
        r.exec_flags.add("download_exec")


def _stdin_code(r: Run, shell: bool) -> None:
    """A shell or interpreter reading its program from standard input."""
    stdin = r.stdin
    if stdin.kind == "":
        return
    if stdin.download:
        r.exec_flags.add("download_exec")
    if stdin.kind == "file" and not stdin.download:
        return
    if stdin.text is not None:
        if shell:
            r.nested.script(stdin.text, f"script on {r.prog}'s stdin parsed", r.inherited)
        else:
            r.exec_flags.add("inline_code")
        if stdin.decoded:
            r.exec_flags.add("obfuscated")
        return
    _dynamic_code(r, decoded=stdin.decoded)


@rule(*SHELLS)
def _shells(r: Run) -> None:
    opts = parse_opts(r.args, ("-o", "-O", "--rcfile", "--init-file"), stop_at_positional=True)
    if opts.has("-c", "--command"):
        code = opts.values("--command") or opts.positionals[:1]
        if code:
            _shell_code(r, code[0], f"{r.prog} -c string parsed")
        return
    if opts.positionals and not opts.has("-s"):
        _script_file(r, opts.positionals[0], shell=True)
        return
    _stdin_code(r, shell=True)


@rule("eval")
def _eval(r: Run) -> None:
    if not r.args:
        return
    joined = " ".join(w.value for w in r.args)
    code = Word(
        joined, joined, any(w.dynamic for w in r.args), download=any(w.download for w in r.args)
    )
    _shell_code(r, code, "eval string parsed")


@rule("source", ".")
def _source(r: Run) -> None:
    if r.args:
        _script_file(r, r.args[0], shell=True)


_INTERPRETERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # name: (options whose value is inline code, other options taking a value)
    "python": (("-c",), ("-m", "-W", "-X", "-Q")),
    "node": (
        ("-e", "--eval", "-p", "--print"),
        ("-r", "--require", "--import", "--loader", "-C", "--conditions", "--input-type"),
    ),
    "perl": (("-e", "-E"), ("-M", "-I", "-m")),
    "ruby": (("-e",), ("-r", "-I", "-C", "-E")),
    "php": (("-r",), ("-d", "-c", "-S", "-t", "-f", "-z")),
    "lua": (("-e",), ("-l",)),
    "Rscript": (("-e",), ()),
    "pwsh": (("-c", "-Command", "-command", "-EncodedCommand", "-e", "-ec"), ("-File", "-f")),
    "osascript": (("-e",), ("-l",)),
    "tclsh": ((), ()),
    "bun": (("-e", "--eval", "-p", "--print"), ()),
    "deno": ((), ()),
    "irb": ((), ()),
    "jshell": ((), ()),
}


def _interpreter_family(prog: str) -> str:
    if re.fullmatch(r"(python|pypy)[\d.]*|py", prog):
        return "python"
    if prog in ("nodejs",):
        return "node"
    if prog in ("powershell", "powershell.exe", "pwsh.exe"):
        return "pwsh"
    if prog in ("luajit",) or re.fullmatch(r"lua[\d.]*", prog):
        return "lua"
    if re.fullmatch(r"(perl|ruby|php)[\d.]*", prog):
        return prog.rstrip("0123456789.")
    return prog


@rule(
    "python",
    "python2",
    "python3",
    "py",
    "pypy",
    "pypy3",
    "node",
    "nodejs",
    "perl",
    "ruby",
    "php",
    "lua",
    "luajit",
    "Rscript",
    "pwsh",
    "powershell",
    "osascript",
    "tclsh",
    "bun",
    "deno",
    "irb",
    "jshell",
)
def _interpreters(r: Run) -> None:
    family = _interpreter_family(r.prog)
    inline, values = _INTERPRETERS.get(family, ((), ()))
    if family == "deno" or (family == "bun" and r.args and r.args[0].value in ("run", "x")):
        _deno(r, family)
        return
    terminal = (*inline, "-m") if family == "python" else inline
    opts = parse_opts(
        r.args,
        values,
        terminal=terminal,
        attached=("-i",) if family == "perl" else (),
        stop_at_positional=True,
    )
    code = opts.values(*inline)
    if family == "python" and opts.values("-m"):
        _python_module(r, opts.values("-m")[0].value, opts.positionals)
        return
    if family == "php" and opts.has("-S"):
        r.exec_flags.add("listener")
    if family == "pwsh" and opts.has("-EncodedCommand", "-e", "-ec"):
        r.exec_flags.add("obfuscated")
    if code:
        r.exec_flags.add("inline_code")
        if any(c.dynamic for c in code):
            _dynamic_code(r, next(c for c in code if c.dynamic))
        files = opts.positionals
        if family == "perl" and opts.has("-i"):
            for w in files:
                r.write(w)
        elif family in ("perl", "ruby") and opts.has("-n", "-p"):
            for w in files:
                r.read(w)
        return
    script = opts.values("-f", "-File") or [w for w in opts.positionals[:1] if w.value != "-"]
    if script:
        _script_file(r, script[0], shell=False)
        return
    _stdin_code(r, shell=False)


def _deno(r: Run, family: str) -> None:
    opts = parse_opts(
        r.args,
        ("--allow-read", "--config", "-c", "--import-map", "--location"),
        stop_at_positional=True,
    )
    subs = opts.positionals
    if not subs:
        return
    sub = subs[0].value
    if sub == "eval":
        r.exec_flags.add("inline_code")
        return
    if sub in ("run", "x", "install", "compile", "test", "bench") and len(subs) > 1:
        rest = parse_opts(subs[1:], ("--allow-read", "--config", "-c"), stop_at_positional=True)
        target = rest.positionals[:1]
        for w in target:
            if "://" in w.value or w.value.startswith(("npm:", "jsr:")):
                r.url(w)
                r.exec_flags.add("download_exec")
            else:
                _script_file(r, w, shell=False)


def _python_module(r: Run, module: str, args: list[Word]) -> None:
    if module in ("pip", "pip3", "uv", "pipx", "poetry"):
        package_manager(r, "pip" if module.startswith("pip") and module != "pipx" else module, args)
    elif module in ("http.server", "SimpleHTTPServer", "smtpd", "pyftpdlib", "uvicorn", "flask"):
        r.exec_flags.add("listener")
    elif module == "venv":
        for w in parse_opts(args, ("--prompt",)).positionals:
            r.write(w)
    elif module in ("base64", "zipfile", "tarfile", "gzip"):
        r.output = Output(None, r.stdin.download, True)


@rule("find", "gfind")
def _find(r: Run) -> None:
    args = list(r.args)
    while args and not args[0].dynamic and args[0].value in ("-H", "-L", "-P", "-D", "-O"):
        args = args[2:] if args[0].value in ("-D", "-O") else args[1:]
    paths: list[Word] = []
    while args and (args[0].dynamic or not args[0].value.startswith(("-", "(", "!", ")"))):
        paths.append(args.pop(0))
    paths = paths or [word(".")]
    filtered = any(not w.dynamic and w.value in _FIND_FILTERS for w in args)
    delete = False
    i = 0
    while i < len(args):
        v = args[i].value
        i += 1
        if v == "-delete":
            delete = True
        elif v in ("-exec", "-execdir", "-ok", "-okdir"):
            end = i
            while end < len(args) and args[end].value not in (";", "+"):
                end += 1
            command = args[i:end]
            i = end + 1
            for base in paths:
                match = _find_match(base, filtered)
                r.nested.argv(
                    [match if w.value == "{}" or "{}" in w.value else w for w in command],
                    r.inherited,
                    r.detail,
                )
        elif v in ("-fprint", "-fprint0", "-fls", "-fprintf") and i < len(args):
            r.write(args[i])
            i += 1
        elif v in ("-newer", "-anewer", "-cnewer", "-samefile") and i < len(args):
            r.read(args[i])
            i += 1
    for w in paths:
        r.read(w)
        if delete:
            if filtered and not w.dynamic:
                r.write(_find_match(w, True), wipe=True)
            else:
                r.write(w, wipe=True)


def _find_match(base: Word, filtered: bool) -> Word:
    """Stand-in for `{}`: some entry below the search root (any entry when nothing filters)."""
    if base.dynamic:
        return Word("{}", "{}", dynamic=True)
    if filtered:
        return Word(posixpath.join(base.value, "{}"), "{}")
    return Word(posixpath.join(base.value, "*"), "{}", glob=True)


@rule("echo")
def _echo(r: Run) -> None:
    args = list(r.args)
    escapes = False
    newline = True
    while args and not args[0].dynamic and re.fullmatch(r"-[neE]+", args[0].value):
        flag = args.pop(0).value
        escapes = escapes or "e" in flag
        newline = newline and "n" not in flag
    if any(w.dynamic for w in args):
        r.output = Output(None, any(w.download for w in args))
        return
    text = " ".join(w.value for w in args)
    if escapes:
        text = decode_ansi_c(text)
    r.output = Output(text + ("\n" if newline else ""))


@rule("printf")
def _printf(r: Run) -> None:
    args = r.args
    if not args or any(w.dynamic for w in args) or args[0].value == "-v":
        r.output = Output(None, any(w.download for w in args))
        return
    fmt, rest = args[0].value, [w.value for w in args[1:]]
    if "%" not in fmt and not rest:
        r.output = Output(decode_ansi_c(fmt))
    elif fmt in ("%s", "%s\\n", "%b") and rest:
        r.output = Output(decode_ansi_c("".join(rest)) + ("\n" if fmt.endswith("n") else ""))
    else:
        r.output = Output(None)


@rule("pwd")
def _pwd(r: Run) -> None:
    if not r.cwd_dynamic:
        r.output = Output(r.place.base + "\n")
