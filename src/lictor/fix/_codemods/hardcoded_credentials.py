"""Hard-coded credentials -> `os.environ["NAME"]` (suggest-only, guarded against false positives).

Bandit's B105/B106 fire on any string assigned to a name that contains
"password", "token" or "secret": `token_type = "Bearer"` included. Rewriting
those breaks working code, so values that do not look like secrets are left
alone and reported as false positives.
"""

from __future__ import annotations

import re

import libcst as cst
from libcst.helpers import get_full_name_for_node

from lictor.fix._codemods._cst import expr, literal_string, nodes_at, replace
from lictor.fix.interface import Codemod, Plan, Tier
from lictor.review.interface import CodeFinding
from lictor.scan.secrets import shannon_entropy

_NOT_SECRET_NAME = re.compile(
    r"(_|^)(type|types|name|names|field|fields|url|uri|path|file|header|prefix|suffix|kind|mode"
    r"|format|method|endpoint|label|key_name|param|length|len|min|max|policy|regex|pattern"
    r"|template|hint|message|msg|prompt|placeholder|env|var|column|attr|id)$",
    re.IGNORECASE,
)
_NOT_SECRET_VALUE = re.compile(
    r"^(bearer|basic|token|digest|oauth|password|passwd|secret|api[_-]?key|none|null|true|false"
    r"|access_token|refresh_token|id_token|client_credentials|authorization_code|\*+|x+|changeme"
    r"|example|dummy|test|placeholder)$",
    re.IGNORECASE,
)


def looks_like_secret(name: str, value: str) -> tuple[bool, str]:
    """Whether a literal assigned to `name` is plausibly a real credential, and why not."""
    if _NOT_SECRET_NAME.search(name):
        return False, f"{name} names a kind of value, not a credential"
    if not value or _NOT_SECRET_VALUE.match(value.strip()):
        return False, f"{value!r} is a keyword or placeholder, not a credential"
    if (
        len(value) < 6
        or " " in value.strip()
        or value.startswith(("/", "http://", "https://", "${", "{{", "<", "%("))
    ):
        return False, f"{value!r} does not look like a credential"
    if value.lower() == name.lower() or shannon_entropy(value) < 2.3:
        return False, f"{value!r} has too little entropy to be a credential"
    return True, ""


def _env_name(name: str) -> str:
    last = name.rsplit(".", 1)[-1]
    return re.sub(r"[^A-Za-z0-9]+", "_", last).strip("_").upper() or "SECRET"


class HardcodedCredentials(Codemod):
    """Suggest-only: the value must be provisioned in the environment before the edit works."""

    name = "hardcoded-credentials"
    handles = frozenset(
        {"bandit:B105", "bandit:B106", "bandit:B107", "semgrep:lictor.python.hardcoded-secret"}
    )

    def matches(self, finding: CodeFinding) -> bool:
        return super().matches(finding) or finding.scanner == "secrets"

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        for stmt in nodes_at(module, finding.line, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, cst.Assign) and len(small.targets) == 1:
                    name = get_full_name_for_node(small.targets[0].target) or ""
                    value = literal_string(small.value)
                    if name and value is not None:
                        return self._rewrite(module, finding, name, value, small.value)
        for arg in nodes_at(module, finding.line, cst.Arg):
            if arg.keyword is not None:
                value = literal_string(arg.value)
                if value is not None:
                    return self._rewrite(module, finding, arg.keyword.value, value, arg.value)
        for param in nodes_at(module, finding.line, cst.Param):
            if param.default is not None and literal_string(param.default) is not None:
                return self.skip(
                    finding,
                    "a credential as a parameter default",
                    "default to None and read the value from configuration at the call site",
                )
        return self.skip(
            finding,
            "the credential is not a plain assignment or keyword argument",
            "move the value to the environment or a secret manager and rotate it",
        )

    def _rewrite(
        self, module: cst.Module, finding: CodeFinding, name: str, value: str, node: cst.CSTNode
    ) -> Plan:
        plausible, why = looks_like_secret(name, value)
        if finding.scanner == "secrets" and finding.confidence == "high":
            # A credential-shaped value (an AWS key id, a token prefix) is a secret whatever
            # its variable is called.
            plausible = True
        if not plausible:
            return Plan(
                self.name, finding, Tier.MANUAL, f"likely false positive: {why}; left alone"
            )
        env = _env_name(name)
        return Plan(
            self.name,
            finding,
            Tier.SUGGEST,
            f"read {name} from the environment ({env}); set it before deploying and rotate the "
            "committed value",
            replace(module, node, expr(f'os.environ["{env}"]')),
            imports=(("os", None),),
        )
