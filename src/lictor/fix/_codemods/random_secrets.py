"""`random.choice(...)` for tokens/passwords -> `secrets.SystemRandom().choice(...)`."""

from __future__ import annotations

import re

import libcst as cst

from lictor.fix._codemods._cst import (
    callee,
    calls_at,
    context_names,
    expr,
    imported_names,
    replace,
    resolve,
)
from lictor.fix.interface import Codemod, Plan, Tier
from lictor.review.interface import CodeFinding

_SECRET_CONTEXT = re.compile(
    r"token|secret|passw|salt|nonce|otp|api_?key|session_?id|csrf|invite|reset|verif"
)
_API = {
    "choice",
    "choices",
    "randint",
    "randrange",
    "random",
    "getrandbits",
    "sample",
    "uniform",
    "shuffle",
}


class _Seeded(cst.CSTVisitor):
    def __init__(self) -> None:
        self.seeded = False

    def visit_Call(self, node: cst.Call) -> None:
        name = callee(node)
        if name.endswith("random.seed") or name in {"seed", "random.Random"}:
            self.seeded = True


class RandomSecrets(Codemod):
    """SystemRandom has the same API as the random module, backed by os.urandom."""

    name = "random-secrets"
    handles = frozenset({"bandit:B311", "semgrep:lictor.python.insecure-random-secret"})

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        imports = imported_names(module)
        calls = calls_at(
            module,
            finding.line,
            lambda n: (
                resolve(n, imports).startswith("random.")
                and resolve(n, imports).rsplit(".", 1)[-1] in _API
            ),
        )
        if not calls:
            return self.skip(finding, "no random.* call at the reported line")
        call = calls[0]
        context = context_names(module, finding.line)
        if not _SECRET_CONTEXT.search(context):
            return Plan(
                self.name,
                finding,
                Tier.MANUAL,
                "not used for a secret as far as names show (likely a false positive): left alone",
                suggestion="if this value protects anything, use the secrets module",
            )
        seeded = _Seeded()
        module.visit(seeded)
        if seeded.seeded:
            return self.skip(
                finding,
                "the module seeds its generator (reproducible sequences expected)",
                "use secrets.token_urlsafe() for the secret; keep seeding for the rest",
            )
        method = resolve(callee(call), imports).rsplit(".", 1)[-1]
        new = call.with_changes(func=expr(f"secrets.SystemRandom().{method}"))
        return Plan(
            self.name,
            finding,
            Tier.AUTO,
            f"random.{method} for a secret ({context.split()[0]}) -> "
            f"secrets.SystemRandom().{method}",
            replace(module, call, new),
            imports=(("secrets", None),),
        )
