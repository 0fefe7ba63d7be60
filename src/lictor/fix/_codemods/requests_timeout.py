"""`requests.get(url)` -> `requests.get(url, timeout=30)`."""

from __future__ import annotations

import libcst as cst

from lictor.fix._codemods._cst import (
    calls_at,
    expr,
    imported_names,
    keyword,
    replace,
    resolve,
    with_keyword,
)
from lictor.fix.interface import Codemod, Plan, Tier
from lictor.review.interface import CodeFinding

DEFAULT_TIMEOUT = 30
"""Seconds; generous enough not to cut off normal calls, finite so a dead peer cannot hang us."""

_METHODS = {"get", "post", "put", "patch", "delete", "head", "options", "request"}


class RequestsTimeout(Codemod):
    """Adds a timeout; a call that passes **kwargs may already carry one, so it is left alone."""

    name = "requests-timeout"
    handles = frozenset({"bandit:B113", "semgrep:lictor.python.requests-no-timeout"})

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        imports = imported_names(module)
        calls = calls_at(
            module,
            finding.line,
            lambda n: (
                resolve(n, imports).startswith("requests.")
                and resolve(n, imports).rsplit(".", 1)[-1] in _METHODS
            ),
        )
        calls = [c for c in calls if keyword(c, "timeout") is None]
        if not calls:
            return self.skip(finding, "no requests call without timeout at the reported line")
        call = calls[0]
        if any(a.star == "**" for a in call.args):
            return self.skip(
                finding,
                "the call passes **kwargs, which may carry a timeout",
                "add timeout= explicitly",
            )
        new = with_keyword(call, "timeout", expr(str(DEFAULT_TIMEOUT)))
        return Plan(
            self.name,
            finding,
            Tier.AUTO,
            f"add timeout={DEFAULT_TIMEOUT}",
            replace(module, call, new),
        )
