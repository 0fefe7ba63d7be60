"""`subprocess.run("ls -l", shell=True)` -> `subprocess.run(["ls", "-l"])` for plain literals."""

from __future__ import annotations

import re
import shlex

import libcst as cst

from lictor.fix._codemods._cst import (
    callee,
    calls_at,
    imported_names,
    is_name,
    keyword,
    literal_string,
    replace,
    resolve,
    without_keyword,
)
from lictor.fix.interface import Codemod, Plan, Tier
from lictor.review.interface import CodeFinding

_FUNCS = {"run", "call", "check_call", "check_output", "Popen", "getoutput", "getstatusoutput"}
# Anything the shell would interpret: expansion, globbing, redirection, pipes, lists, quoting.
_META = re.compile(r"[|&;<>()$`\\\"'*?\[\]#~=%{}\n!]")
_BUILTINS = {
    "cd",
    "export",
    "source",
    ".",
    "alias",
    "set",
    "unset",
    "exit",
    "ulimit",
    "umask",
    "exec",
    "eval",
    "type",
}


class SubprocessShell(Codemod):
    """Without shell metacharacters, `sh -c CMD` and argv `CMD.split()` run the same program."""

    name = "subprocess-shell"
    handles = frozenset(
        {"bandit:B602", "bandit:B604", "semgrep:lictor.python.subprocess-shell-true"}
    )
    successors = frozenset({"bandit:B603"})

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        imports = imported_names(module)
        calls = calls_at(
            module,
            finding.line,
            lambda n: (
                resolve(n, imports).rsplit(".", 1)[-1] in _FUNCS
                and resolve(n, imports).startswith("subprocess.")
            ),
        )
        calls = [c for c in calls if keyword(c, "shell") is not None]
        if not calls:
            return self.skip(finding, "no subprocess call with shell= at the reported line")
        call = calls[0]
        shell = keyword(call, "shell")
        assert shell is not None
        if not is_name(shell.value, "True"):
            return self.skip(finding, "shell= is not the literal True")
        positional = [a for a in call.args if a.keyword is None]
        command = literal_string(positional[0].value) if positional else None
        advice = "pass an argument list (shlex.split of a fixed string, values as separate items)"
        if command is None:
            return self.skip(finding, "the command is built at run time; needs a human", advice)
        if _META.search(command):
            return self.skip(
                finding, "the command uses shell syntax (pipes, expansion, quoting)", advice
            )
        argv = shlex.split(command)
        if not argv or argv[0] in _BUILTINS:
            return self.skip(finding, "the command is a shell builtin or empty", advice)
        items = [cst.Element(cst.SimpleString(repr(word))) for word in argv]
        new_first = positional[0].with_changes(value=cst.List(items))
        args = [new_first if a is positional[0] else a for a in call.args]
        new = without_keyword(call.with_changes(args=args), "shell")
        return Plan(
            self.name,
            finding,
            Tier.AUTO,
            f"{callee(call)}({command!r}, shell=True) -> argument list {argv!r}",
            replace(module, call, new),
        )
