"""pickle/marshal: a flagged manual fix; `torch.load` -> `weights_only=True`."""

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

_PICKLE_ADVICE = (
    "never unpickle data an attacker can touch: use json (or msgpack) for data, or sign it "
    "with hmac and verify before loading; for models use safetensors"
)


class UnsafeDeserialization(Codemod):
    """No safe drop-in exists for pickle; torch.load has one (weights_only)."""

    name = "unsafe-deserialization"
    handles = frozenset(
        {
            "bandit:B301",
            "bandit:B302",
            "bandit:B403",
            "bandit:B614",
            "semgrep:lictor.python.unsafe-deserialization",
            "semgrep:lictor.python.torch-load-unsafe",
        }
    )

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        imports = imported_names(module)
        torch = calls_at(module, finding.line, lambda n: resolve(n, imports) == "torch.load")
        if torch:
            call = torch[0]
            current = keyword(call, "weights_only")
            if current is not None:
                return self.skip(finding, "weights_only is set explicitly", _PICKLE_ADVICE)
            return Plan(
                self.name,
                finding,
                Tier.AUTO,
                "torch.load -> weights_only=True (tensors only; no code in the file runs)",
                replace(module, call, with_keyword(call, "weights_only", expr("True"))),
            )
        return Plan(
            self.name,
            finding,
            Tier.MANUAL,
            "deserialising with pickle/marshal: no safe automatic edit",
            suggestion=_PICKLE_ADVICE,
        )
