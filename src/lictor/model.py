"""The nouns of Lictor: actions, effects, decisions, findings.

Everything here is a frozen dataclass or an enum; the stages of the gate pass
these around and never mutate them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    """What the gate answers for one action."""

    ALLOW = "allow"
    DENY = "deny"
    ASK = "ask"

    @property
    def weight(self) -> int:
        """Order for combining verdicts: the worst one wins."""
        return _VERDICT_WEIGHT[self]


_VERDICT_WEIGHT = {Verdict.ALLOW: 0, Verdict.ASK: 1, Verdict.DENY: 2}


def worst(verdicts: list[Verdict]) -> Verdict:
    """The most restrictive verdict of several (deny > ask > allow); allow for none."""
    return max(verdicts, key=lambda v: v.weight, default=Verdict.ALLOW)


class Capability(StrEnum):
    """What kind of side effect an action has; these are the Cedar actions."""

    READ = "read"
    WRITE = "write"
    EXEC = "exec"
    EGRESS = "egress"
    DEPLOY = "deploy"


SINKS = frozenset({Capability.WRITE, Capability.EXEC, Capability.EGRESS, Capability.DEPLOY})
"""Capabilities that change something outside the agent's head."""


class TargetKind(StrEnum):
    """What a target names."""

    PATH = "path"
    URL = "url"
    HOST = "host"
    REPO = "repo"
    BRANCH = "branch"
    RECIPIENT = "recipient"
    COMMAND = "command"
    NONE = "none"


@dataclass(frozen=True)
class Target:
    """The thing an effect touches, already resolved where that can be done statically."""

    kind: TargetKind
    """What the value names."""
    value: str
    """The value as the agent gave it (a path, URL, host, branch...)."""
    path: str = ""
    """Absolute, normalised path for path targets; empty otherwise."""
    in_workspace: bool = False
    """True when `path` lies inside the workspace root (after resolving symlinks)."""
    host: str = ""
    """Lower-cased host for URL/host/repo targets; empty otherwise."""
    repo: str = ""
    """Repository (remote name or URL) for git targets."""
    branch: str = ""
    """Branch for git targets."""
    recipient: str = ""
    """Recipient address for messaging targets."""

    def describe(self) -> str:
        """A short human form, for reasons and the CLI."""
        if self.kind is TargetKind.PATH:
            return self.path or self.value
        if self.kind is TargetKind.BRANCH:
            return f"{self.repo or 'origin'}:{self.branch}"
        return self.value


NO_TARGET = Target(TargetKind.NONE, "")


@dataclass(frozen=True)
class Effect:
    """One thing an action will do: a capability applied to a target.

    A tool call may have several (a shell pipeline that downloads and executes
    has an egress effect and an exec effect); each is judged by policy and the
    worst verdict wins.
    """

    capability: Capability
    """The kind of side effect; the Cedar action."""
    target: Target = NO_TARGET
    """What it touches."""
    flags: frozenset[str] = frozenset()
    """Risk markers from classification, e.g. `download_exec`, `destructive`, `disk_tool`."""
    detail: str = ""
    """Human text for the part of the action this effect came from (a sub-command, say)."""


@dataclass(frozen=True)
class Action:
    """One attempted operation, before it runs."""

    tool: str
    """Tool name as the agent's client calls it (`Bash`, `Write`, `mcp__git__git_push`...)."""
    args: Mapping[str, Any] = field(default_factory=dict)
    """Arguments, JSON-compatible."""
    agent: str = "anonymous"
    """Agent id; replaced by the authenticated principal once credentials are checked."""
    session: str = ""
    """Session (one agent run) this action belongs to; empty for a one-off check."""
    credential: str = ""
    """Signed credential presented by the agent, if any."""
    cwd: str = ""
    """Working directory the action runs in; defaults to the workspace root."""

    def digest(self, args_json: str | None = None) -> str:
        """SHA-256 of tool and canonical arguments: binds approvals and audit to one action.

        `args_json`, when given, must be `canonical_json(dict(self.args))` computed
        by the caller for this very call; it is spliced in rather than re-encoded
        ("args" sorts before "tool", so the bytes are the same).
        """
        if args_json is None:
            args_json = canonical_json(dict(self.args))
        return sha256_hex('{"args":' + args_json + ',"tool":' + canonical_json(self.tool) + "}")


@dataclass(frozen=True)
class Reason:
    """Why a verdict came out the way it did."""

    rule: str
    """Rule id (`@id` of a Cedar policy, or `lictor.<stage>.<name>` for built-in checks)."""
    text: str
    """One line a human understands."""
    verdict: Verdict = Verdict.DENY
    """The verdict this reason argues for."""


@dataclass(frozen=True)
class Finding:
    """Anything a scanner reports."""

    scanner: str
    """Which scanner found it (`secrets`, `pii`, `injection`...)."""
    kind: str
    """What was found, e.g. `aws-access-key`, `email`, `instruction-override`."""
    severity: str
    """`low`, `medium`, `high` or `critical`."""
    location: str = ""
    """Where: argument or output field path, file:line, offset."""
    excerpt: str = ""
    """A redacted excerpt safe to store and show."""
    start: int = -1
    """Offset of the match in the scanned text, or -1."""
    end: int = -1
    """End offset (exclusive) of the match in the scanned text, or -1."""


@dataclass(frozen=True)
class Decision:
    """The gate's answer for one action; always audited before it is returned."""

    verdict: Verdict
    """allow, deny or ask."""
    reasons: tuple[Reason, ...]
    """Every rule that determined the verdict (the deciding ones first)."""
    decision_id: str
    """Unique id; outcomes and approvals refer to it."""
    action: Action
    """The action decided."""
    effects: tuple[Effect, ...] = ()
    """What classification said the action will do."""
    policy_revision: str = ""
    """Hash of the policy set that decided."""
    findings: tuple[Finding, ...] = ()
    """Scanner findings on the arguments."""
    approval_id: str | None = None
    """Pending approval, when the verdict is ask and an approval was opened."""
    audit_seq: int = -1
    """Sequence number of the decision record in the audit log."""

    @property
    def allowed(self) -> bool:
        """True only for allow."""
        return self.verdict is Verdict.ALLOW

    @property
    def rules(self) -> tuple[str, ...]:
        """Rule ids of the reasons, in order."""
        return tuple(r.rule for r in self.reasons)

    def explain(self) -> str:
        """One line per reason, for humans."""
        return "; ".join(f"[{r.rule}] {r.text}" for r in self.reasons) or "no rule matched"


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
"""json.dumps with these options, built once: dumps builds an encoder per call."""


def canonical_json(value: Any) -> str:
    """Canonical JSON: sorted keys, no whitespace, UTF-8 kept; the bytes audit hashes cover."""
    return _CANONICAL.encode(value)


def sha256_hex(text: str | bytes) -> str:
    """Hex SHA-256 of text (UTF-8) or bytes."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()
