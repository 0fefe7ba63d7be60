"""MD5/SHA-1: `usedforsecurity=False` for checksums, SHA-256 (suggest-only) for security use."""

from __future__ import annotations

import re

import libcst as cst

from lictor.fix._codemods._cst import (
    calls_at,
    context_names,
    expr,
    imported_names,
    literal_string,
    replace,
    resolve,
    with_keyword,
)
from lictor.fix.interface import Codemod, Plan, Tier
from lictor.review.interface import CodeFinding

_SECURITY = re.compile(
    r"passw|token|secret|sign|auth|hmac|key|salt|nonce|credential|session|csrf|otp|cert"
)
_NON_SECURITY = re.compile(
    r"etag|cache|checksum|fingerprint|digest_of_file|file_hash|filename|dedup|shard|bucket|partition|content_id|hash_file|md5sum|color|colour"
)


class WeakHash(Codemod):
    """Changing a hash invalidates every stored digest, so upgrades are suggest-only."""

    name = "weak-hash"
    handles = frozenset({"bandit:B324", "bandit:B303", "semgrep:lictor.python.weak-hash"})

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        imports = imported_names(module)
        calls = calls_at(
            module,
            finding.line,
            lambda n: resolve(n, imports) in {"hashlib.md5", "hashlib.sha1", "hashlib.new"},
        )
        if not calls:
            return self.skip(finding, "no hashlib.md5/sha1/new call at the reported line")
        call = calls[0]
        name = resolve(_callee(call), imports)
        algorithm = name.rsplit(".", 1)[-1]
        if algorithm == "new":
            first = call.args[0].value if call.args else None
            algorithm = (literal_string(first) or "?").lower() if first is not None else "?"
            if algorithm not in {"md5", "sha1"}:
                return self.skip(finding, f"hashlib.new({algorithm!r}) is not md5/sha1")
        context = context_names(module, finding.line)
        if _NON_SECURITY.search(context) and not _SECURITY.search(context):
            new = with_keyword(call, "usedforsecurity", expr("False"))
            return Plan(
                self.name,
                finding,
                Tier.AUTO,
                f"{algorithm} used as a checksum ({context.split()[0] if context else '?'}): "
                "mark usedforsecurity=False",
                replace(module, call, new),
            )
        if _SECURITY.search(context):
            if name.endswith(".new"):
                args = [
                    call.args[0].with_changes(value=cst.SimpleString('"sha256"')),
                    *call.args[1:],
                ]
                new = call.with_changes(args=args)
            else:
                new = call.with_changes(func=expr(_callee(call).rsplit(".", 1)[0] + ".sha256"))
            return Plan(
                self.name,
                finding,
                Tier.SUGGEST,
                f"{algorithm} in a security context: use sha256 (stored digests must be migrated; "
                "for passwords use hashlib.scrypt or argon2)",
                replace(module, call, new),
            )
        return self.skip(
            finding,
            "cannot tell whether this hash protects anything",
            "use hashlib.sha256 for security, or pass usedforsecurity=False for a checksum",
        )


def _callee(call: cst.Call) -> str:
    from lictor.fix._codemods._cst import callee

    return callee(call)
