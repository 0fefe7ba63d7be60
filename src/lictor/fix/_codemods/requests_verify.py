"""`requests.get(url, verify=False)` -> certificate verification back on."""

from __future__ import annotations

import libcst as cst

from lictor.fix._codemods._cst import (
    calls_at,
    imported_names,
    is_name,
    keyword,
    replace,
    resolve,
    without_keyword,
)
from lictor.fix.interface import Codemod, Plan, Tier
from lictor.review.interface import CodeFinding


class RequestsVerify(Codemod):
    """Suggest-only: hosts with self-signed certificates stop working until given a CA bundle."""

    name = "requests-verify"
    handles = frozenset({"bandit:B501", "semgrep:lictor.python.requests-no-verify"})

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        imports = imported_names(module)
        calls = [
            c
            for c in calls_at(
                module,
                finding.line,
                lambda n: resolve(n, imports).split(".")[0] in {"requests", "httpx"},
            )
            if keyword(c, "verify") is not None
        ]
        if not calls:
            return self.skip(finding, "no requests/httpx call with verify= at the reported line")
        call = calls[0]
        verify = keyword(call, "verify")
        assert verify is not None
        if not is_name(verify.value, "False"):
            return self.skip(finding, "verify= is not the literal False (a CA bundle path is fine)")
        return Plan(
            self.name,
            finding,
            Tier.SUGGEST,
            "remove verify=False (give a CA bundle path instead if the host uses a private CA)",
            replace(module, call, without_keyword(call, "verify")),
        )
